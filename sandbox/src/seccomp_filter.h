// The system-call allowlist, compiled once per profile into a BPF program.
#pragma once

#include <linux/filter.h>

#include <cstdint>
#include <string>
#include <vector>

#include "sandbox/run.h"

namespace sandbox::detail {

/// A compiled filter. The candidate patches `pid_patches` with its own PID just before loading
/// (in a PID namespace it is 2; without one, whatever the kernel gave it).
struct Filter {
  std::vector<sock_filter> program;
  std::vector<int> pid_patches;
  bool notify = false;  ///< the default action is a user notification (the keeper kills)
};

/// Compiles the allowlist for `profile`. With `notify`, forbidden calls are reported to the
/// keeper through a seccomp listener, which kills the run and records the call; without, the
/// kernel kills the process with SIGSYS. `exec_buffer` is the address of the helper's
/// exec-path buffer, the only path a Profile::kProgram execve may pass. `namespaces`: the runs
/// have user and mount namespaces (without them, programs may not change permissions). Throws
/// Error when libseccomp fails.
[[nodiscard]] Filter build_filter(Profile profile, bool notify, std::uintptr_t exec_buffer,
                                  bool namespaces);

/// The name of a system call of this architecture, or "syscall N".
[[nodiscard]] std::string syscall_name(int nr);

/// sizeof(struct seccomp_notif) for the running kernel, or 0 if notifications are unsupported.
[[nodiscard]] unsigned seccomp_notif_size() noexcept;

}  // namespace sandbox::detail
