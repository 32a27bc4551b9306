// The plan a run's keeper and candidate follow between clone() and execve(), and what the
// keeper reports back. The library chooses every part (each in its mechanism's file), the
// helper decodes the kRun message into a ChildPlan, and its children only read it.
#pragma once

#include <cstddef>
#include <cstdint>

#include "memory.h"
#include "mounts.h"
#include "rlimits.h"
#include "seccomp_filter.h"
#include "time_limits.h"
#include "user.h"

namespace sandbox::detail {

/// The steps of a run that can fail before the program runs. The numbers travel in
/// KeeperReport::failed_step; the names and hints come from the keeper's and the candidate's
/// step tables (keeper.cc, candidate.cc), found by value.
enum class Step : std::int32_t {
  kNone = -1,
  // The keeper's.
  kMounts,
  kClone,
  kPidfd,
  // The candidate's, in the order of its table.
  kSession,
  kStdio,
  kWorkdir,
  kRlimits,
  kCredentials,
  kParentDeath,
  kNoNewPrivs,
  kLandlock,
  kSeccomp,
  kExec,
};

/// What the library says about a failed step.
struct StepText {
  const char* name;
  const char* hint;  // what to do about it, or nullptr
};

/// The name and hint of `step` (never null names: "?" for an unknown value).
[[nodiscard]] StepText step_text(Step step) noexcept;

struct ChildPlan {
  // Program.
  char* const* argv = nullptr;
  char* const* envp = nullptr;
  const char* exec_path = nullptr;  // copied into the fixed exec buffer (candidate.h)
  const char* cwd = nullptr;

  // Descriptors in the helper's table, inherited by copy.
  int stdin_fd = -1;
  int stdout_fd = -1;
  int stderr_fd = -1;
  int report_fd = -1;   // keeper -> library: KeeperReport messages
  int control_fd = -1;  // library -> keeper: 'g' go, 'k' kill; EOF means kill
  int landlock_fd = -1;

  // Namespaces: when true the keeper is PID 1 of a new PID namespace with a private copy of
  // the helper's mount namespace, and performs `mounts`. Without them, the keeper ends the
  // candidate's process group instead of every process of a namespace.
  bool namespaces = false;
  bool kill_process_group = false;
  const MountStep* mounts = nullptr;
  std::size_t mount_count = 0;

  bool wait_for_go = false;  // cgroup mode: the library moves the keeper first

  Credentials credentials{};
  RlimitTable rlimits{};
  SeccompPlan seccomp{};
  TimeWatch time{};
  MemoryWatch memory{};
};

/// What the keeper tells the library. Each message is one write smaller than PIPE_BUF, so it
/// arrives whole. A run with writable copies gets two: the figures as soon as every process of
/// the run is gone (`copy_back_pending` set), then the same with `copy_back_error` once the
/// copies are back on the host. Any other run gets the last one only.
struct KeeperReport {
  std::int32_t failed_step = -1;  // Step, or -1 when the program ran
  std::int32_t error = 0;         // errno of the failed step
  std::int32_t wait_status = 0;
  std::int32_t limit = 0;       // LimitKind
  std::int32_t violation = -1;  // syscall number, -1 if none
  std::int32_t copy_back_pending = 0;
  std::int64_t cpu_us = 0;
  std::int64_t wall_us = 0;
  std::int64_t maxrss_kb = 0;
  // The largest memory figure the keeper saw: resident sets plus what the run holds in its
  // private tmpfs mounts (files there are memory, outside any resident set).
  std::int64_t peak_bytes = 0;
  std::int32_t copy_back_error = 0;  // errno of copying a writable copy back, 0 if none
  std::int32_t reserved2 = 0;
};

}  // namespace sandbox::detail
