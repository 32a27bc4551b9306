// The plan a child process follows between clone() and execve(), and what it reports back.
// Everything here is prepared by the supervisor before cloning: the child only reads it, never
// allocates, never throws, never logs (it may be a copy of a multi-threaded process).
#pragma once

#include <linux/filter.h>
#include <sys/resource.h>
#include <sys/types.h>

#include <cstddef>
#include <cstdint>

namespace sandbox::detail {

/// One mount operation of a run, done by the keeper inside the run's mount namespace.
struct MountStep {
  enum class Kind {
    kBind,   // the host file or folder `source` at `target`
    kTmpfs,  // a private, capped tmpfs (the scratch folder); its use counts as memory
    kProc,   // the run's own procfs
    kCover,  // an empty read-only tmpfs over the host tree, once the binds are made
    kRemountRootReadOnly,
    // A private, capped tmpfs at `target` holding a copy of the host folder `source`: the run
    // sees no host inode and no host path (mountinfo names only a tmpfs). Read-only after the
    // copy unless writable; a writable one counts as memory and is copied back to `source`
    // when every process of the run is gone.
    kCopy,
  };
  Kind kind;
  const char* source;  // kBind, kCopy: path inside the anchor's root (under /.host)
  const char* target;
  const char* data;  // kTmpfs, kCopy: mount options
  bool writable;
  bool directory;  // kBind: create the target as a folder (else as a file)
};

/// At most this many private tmpfs mounts (scratch and writable copies) per run.
inline constexpr int kMaxPrivateMounts = 8;

struct RlimitStep {
  int resource;
  rlim_t value;  // soft = hard
};

/// The steps of the candidate, in order; names appear in error messages.
enum class Step : std::int32_t {
  kNone = -1,
  kMounts,
  kPidfd,
  kCgroup,
  kSession,
  kStdio,
  kWorkdir,
  kRlimits,
  kCredentials,
  kNoNewPrivs,
  kLandlock,
  kSeccomp,
  kExec,
  kClone,
  kCount,
};

[[nodiscard]] inline const char* step_name(Step step) noexcept {
  switch (step) {
    case Step::kMounts:
      return "mounts";
    case Step::kPidfd:
      return "pidfd";
    case Step::kCgroup:
      return "cgroup";
    case Step::kSession:
      return "session";
    case Step::kStdio:
      return "stdio";
    case Step::kWorkdir:
      return "working folder";
    case Step::kRlimits:
      return "rlimits";
    case Step::kCredentials:
      return "credentials";
    case Step::kNoNewPrivs:
      return "no_new_privs";
    case Step::kLandlock:
      return "landlock";
    case Step::kSeccomp:
      return "seccomp";
    case Step::kExec:
      return "exec";
    case Step::kClone:
      return "clone";
    case Step::kNone:
    case Step::kCount:
      break;
  }
  return "?";
}

inline constexpr int kMaxRlimits = 12;
inline constexpr int kMaxPatches = 16;

struct ChildPlan {
  // Program.
  char* const* argv = nullptr;
  char* const* envp = nullptr;
  const char* exec_path = nullptr;  // copied into the fixed exec buffer (see seccomp.h)
  const char* cwd = nullptr;

  // Descriptors in the supervisor's table, inherited by copy.
  int stdin_fd = -1;
  int stdout_fd = -1;
  int stderr_fd = -1;
  int report_fd = -1;   // keeper -> supervisor: one KeeperReport
  int control_fd = -1;  // supervisor -> keeper: 'g' go, 'k' kill; EOF means kill

  // Namespaces: when true the keeper is PID 1 of a new PID namespace with a private copy of
  // the helper's mount namespace, and performs `mounts`.
  bool namespaces = false;
  const MountStep* mounts = nullptr;
  std::size_t mount_count = 0;

  bool wait_for_go = false;  // cgroup mode: the supervisor moves the keeper first

  // Credentials of the candidate (inside the user namespace when there is one).
  bool set_ids = false;
  uid_t uid = 0;
  gid_t gid = 0;
  bool drop_groups = false;

  RlimitStep rlimits[kMaxRlimits] = {};
  int rlimit_count = 0;

  int landlock_fd = -1;

  // Seccomp: `filter` points at a private copy of the program; the instructions at
  // `pid_patches` compare against the candidate's own PID and are patched just before loading.
  sock_fprog filter = {0, nullptr};
  int pid_patches[kMaxPatches] = {};
  int pid_patch_count = 0;
  unsigned notif_size = 0;          // sizeof(struct seccomp_notif) of the running kernel
  bool kill_process_group = false;  // no PID namespace: kill the candidate's group, not -1
  // Toolchains: memory is the sum over every process of the run (a compiler's passes are
  // processes of their own), not the candidate's alone.
  bool count_all_processes = false;

  // Keeper limits.
  std::int64_t cpu_limit_ns = 0;  // 0: none
  std::int64_t wall_limit_ns = 0;
  std::uint64_t rss_limit_bytes = 0;  // 0: not polled (cgroup mode enforces memory itself)
};

/// What the keeper tells the supervisor. Written once, atomically (smaller than PIPE_BUF).
struct KeeperReport {
  std::int32_t failed_step = -1;  // Step, or -1 when the program ran
  std::int32_t error = 0;         // errno of the failed step
  std::int32_t wait_status = 0;
  std::int32_t limit = 0;       // LimitKind
  std::int32_t violation = -1;  // syscall number, -1 if none
  std::int32_t reserved = 0;
  std::int64_t cpu_us = 0;
  std::int64_t wall_us = 0;
  std::int64_t maxrss_kb = 0;
  // The largest memory figure the keeper saw: resident sets plus what the run holds in its
  // private tmpfs mounts (files there are memory, outside any resident set).
  std::int64_t peak_bytes = 0;
  std::int32_t copy_back_error = 0;  // errno of copying a writable copy back, 0 if none
  std::int32_t reserved2 = 0;
};

/// The buffer that execve's path must be: under Profile::kProgram the filter allows execve only
/// with this address as its first argument, so a program can exec itself once (the sandbox's
/// own execve) and never a shell. Each keeper is a separate process and writes its own copy.
/// The helper is a static PIE: the address changes with every helper, and programs cannot
/// read the filter to learn it.
inline constexpr std::size_t kExecPathSize = 4096;
extern char g_exec_path[kExecPathSize];

/// The flags a bind remount of `path` must keep (nosuid, nodev, noexec, atime): they are
/// locked on a mount copied from a more privileged namespace. 0 if `path` cannot be read.
[[nodiscard]] unsigned long locked_flags(const char* path) noexcept;

/// Entry of the keeper process (clone callback in the helper). Never returns.
[[noreturn]] int keeper_main(void* plan) noexcept;

}  // namespace sandbox::detail
