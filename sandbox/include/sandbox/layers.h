// What isolation this machine allows, and what the sandbox uses.
#pragma once

#include <string>
#include <vector>

namespace sandbox {

enum class MemoryBackend {
  kCgroupV2,      ///< a delegated cgroup v2 subtree: memory.max, memory.peak, pids.max
  kAddressSpace,  ///< RLIMIT_AS backstop + resident-set checks + peak RSS from the kernel
};

/// The layers a Sandbox applies to every run, and why any is missing.
struct Layers {
  bool user_namespace = false;
  bool mount_namespace = false;  ///< with a minimal read-only root and a tmpfs /tmp
  bool pid_namespace = false;
  bool network_namespace = false;
  bool ipc_namespace = false;
  bool uts_namespace = false;
  int landlock_abi = 0;  ///< 0: Landlock not used
  bool seccomp = false;
  bool rlimits = true;
  MemoryBackend memory = MemoryBackend::kAddressSpace;
  std::string cgroup_path;  ///< the delegated subtree, when memory is kCgroupV2
  int sandbox_uid = -1;     ///< the host uid the programs run as
  /// One line per layer that could not be used, with the reason and what to do.
  std::vector<std::string> notes;

  [[nodiscard]] bool filesystem_isolated() const noexcept {
    return mount_namespace || landlock_abi > 0;
  }
};

/// What the kernel and the environment offer, found without changing anything.
struct Probe {
  bool user_namespaces = false;
  std::string user_namespaces_note;
  int landlock_abi = 0;
  std::string landlock_note;
  bool seccomp = false;
  bool seccomp_notify = false;
  std::string kernel;  ///< uname -r
};

[[nodiscard]] Probe probe_system();

}  // namespace sandbox
