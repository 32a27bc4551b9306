// Code that runs between clone() and execve(): the join helper, the keeper (PID 1 of the run)
// and the candidate's last steps. Rules for this file: no allocation, no exceptions, no stdio,
// no locks; only system calls and reads of the prepared ChildPlan. The processes here are
// copies of a judge that may have other threads, so libc state may be mid-update.
#include "child.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/sched.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>

#include "sandbox/limits.h"

// Sanitizers keep per-thread state that these processes must not touch: they run on stacks the
// runtime does not know, share memory with the supervisor, or are forked mid-flight.
#define SANDBOX_CHILD __attribute__((no_sanitize("address", "undefined")))

namespace sandbox::detail {

char g_exec_path[kExecPathSize];

namespace {

constexpr std::int64_t kNsPerMs = 1000 * 1000;

SANDBOX_CHILD std::int64_t now_ns() noexcept {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return std::int64_t{ts.tv_sec} * 1000 * kNsPerMs + ts.tv_nsec;
}

// CPU clock of another process (user + system of all its threads), as clock_getcpuclockid()
// builds it, without glibc's extra checks.
SANDBOX_CHILD std::int64_t process_cpu_ns(pid_t pid) noexcept {
  const clockid_t clock = static_cast<clockid_t>((~static_cast<unsigned>(pid) << 3) | 2);
  timespec ts{};
  if (clock_gettime(clock, &ts) != 0) {
    return -1;
  }
  return std::int64_t{ts.tv_sec} * 1000 * kNsPerMs + ts.tv_nsec;
}

// Writes the decimal form of `value` at `out` (no terminator); returns the end.
SANDBOX_CHILD char* put_uint(char* out, unsigned long value) noexcept {
  char digits[24];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (n > 0) {
    *out++ = digits[--n];
  }
  return out;
}

// Resident set of `pid` in bytes from /proc/PID/statm (second field, in pages).
SANDBOX_CHILD std::uint64_t read_rss(int statm_fd, long page_size) noexcept {
  char buf[128];
  ssize_t n = pread(statm_fd, buf, sizeof buf - 1, 0);
  if (n <= 0) {
    return 0;
  }
  buf[n] = '\0';
  const char* p = buf;
  while (*p != '\0' && *p != ' ') {
    ++p;
  }
  while (*p == ' ') {
    ++p;
  }
  std::uint64_t pages = 0;
  while (*p >= '0' && *p <= '9') {
    pages = pages * 10 + static_cast<std::uint64_t>(*p - '0');
    ++p;
  }
  return pages * static_cast<std::uint64_t>(page_size);
}

SANDBOX_CHILD bool write_all(int fd, const void* data, std::size_t size) noexcept {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    ssize_t n = write(fd, p, size);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      return false;
    }
    p += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

[[noreturn]] SANDBOX_CHILD void report_failure(const ChildPlan& plan, Step step, int err) noexcept {
  KeeperReport report{};
  report.failed_step = static_cast<std::int32_t>(step);
  report.error = err;
  write_all(plan.report_fd, &report, sizeof report);
  _exit(127);
}

// Calls visit(pid) for every process /proc lists.
template <typename Visit>
SANDBOX_CHILD void for_each_process(Visit&& visit) noexcept {
  const int proc = open("/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (proc < 0) {
    return;
  }
  alignas(8) char entries[4096];
  for (;;) {
    const ssize_t size = getdents64(proc, entries, sizeof entries);
    if (size <= 0) {
      break;
    }
    for (ssize_t at = 0; at < size;) {
      const auto* entry = reinterpret_cast<const dirent64*>(entries + at);
      at += entry->d_reclen;
      pid_t pid = 0;
      const char* c = entry->d_name;
      for (; *c >= '0' && *c <= '9'; ++c) {
        pid = pid * 10 + (*c - '0');
      }
      if (*c == '\0' && pid != 0) {
        visit(pid);
      }
    }
  }
  close(proc);
}

// Numeric field `n` (4 or more, numbered as in proc(5): 4 is the parent, 6 the session) of
// /proc/PID/stat, or -1. The command (field 2) may hold spaces and parentheses: fields are
// counted from its last ')'.
SANDBOX_CHILD long stat_field(pid_t pid, int n) noexcept {
  char path[64] = "/proc/";
  std::memcpy(put_uint(path + 6, static_cast<unsigned long>(pid)), "/stat", 6);
  char stat[512];
  const int fd = open(path, O_RDONLY | O_CLOEXEC);
  const ssize_t got = fd >= 0 ? read(fd, stat, sizeof stat - 1) : -1;
  if (fd >= 0) {
    close(fd);
  }
  if (got <= 0) {
    return -1;
  }
  stat[got] = '\0';
  const char* p = std::strrchr(stat, ')');
  if (p == nullptr) {
    return -1;
  }
  for (int field = 2; *p != '\0' && field < n; ++p) {
    if (*p == ' ') {
      ++field;
    }
  }
  if (*p < '0' || *p > '9') {
    return -1;
  }
  long value = 0;
  for (; *p >= '0' && *p <= '9'; ++p) {
    value = value * 10 + (*p - '0');
  }
  return value;
}

// Sends SIGKILL to every process whose parent is `parent` (found in /proc); returns how many
// there were, dead ones not yet reaped included.
SANDBOX_CHILD int kill_children_of(pid_t parent) noexcept {
  int found = 0;
  for_each_process([&found, parent](pid_t pid) SANDBOX_CHILD {
    if (stat_field(pid, 4) == parent) {
      kill(pid, SIGKILL);
      ++found;
    }
  });
  return found;
}

// mkdir -p for a mountpoint, then the mountpoint itself (a folder, or an empty file).
SANDBOX_CHILD int make_mountpoint(const char* path, bool directory) noexcept {
  char buf[4096];
  std::size_t len = std::strlen(path);
  if (len == 0 || len >= sizeof buf) {
    return ENAMETOOLONG;
  }
  std::memcpy(buf, path, len + 1);
  for (std::size_t i = 1; i < len; ++i) {
    if (buf[i] == '/') {
      buf[i] = '\0';
      if (mkdir(buf, 0755) != 0 && errno != EEXIST) {
        return errno;
      }
      buf[i] = '/';
    }
  }
  if (directory) {
    if (mkdir(buf, 0755) != 0 && errno != EEXIST) {
      return errno;
    }
    return 0;
  }
  int fd = open(buf, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) {
    return errno == EEXIST ? 0 : errno;
  }
  close(fd);
  return 0;
}

// Folders deeper than this are not copied: build folders and feedback folders are flat or
// nearly so, and the copy runs on the keeper's fixed stack.
constexpr int kMaxCopyDepth = 8;

SANDBOX_CHILD bool is_dot(const char* name) noexcept {
  return name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'));
}

// Copies the regular files and folders under the open folder `from` into the open folder `to`.
// Links and special files are skipped, never followed: a run's copy-back must not write
// through a link it planted, and a copy-in must not read through one. With `owner`, what is
// created belongs to uid:gid (the program's user, in a writable copy).
SANDBOX_CHILD int copy_tree(int from, int to, bool owner, uid_t uid, gid_t gid,
                            int depth) noexcept {
  if (depth > kMaxCopyDepth) {
    return ELOOP;
  }
  alignas(8) char entries[2048];
  for (;;) {
    const ssize_t size = getdents64(from, entries, sizeof entries);
    if (size < 0) {
      return errno;
    }
    if (size == 0) {
      return 0;
    }
    for (ssize_t at = 0; at < size;) {
      const auto* entry = reinterpret_cast<const dirent64*>(entries + at);
      at += entry->d_reclen;
      const char* name = entry->d_name;
      struct stat st {};
      if (is_dot(name) || fstatat(from, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
        continue;
      }
      if (S_ISDIR(st.st_mode)) {
        if (mkdirat(to, name, 0755) != 0 && errno != EEXIST) {
          return errno;
        }
        const int sub_from = openat(from, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        const int sub_to = openat(to, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        int err = sub_from < 0 || sub_to < 0 ? errno : 0;
        if (err == 0 && owner && fchown(sub_to, uid, gid) != 0) {
          err = errno;
        }
        if (err == 0) {
          err = copy_tree(sub_from, sub_to, owner, uid, gid, depth + 1);
        }
        for (int fd : {sub_from, sub_to}) {
          if (fd >= 0) {
            close(fd);
          }
        }
        if (err != 0) {
          return err;
        }
        continue;
      }
      if (!S_ISREG(st.st_mode)) {
        continue;
      }
      const int in = openat(from, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
      const int out = openat(to, name, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
      int err = in < 0 || out < 0 ? errno : 0;
      while (err == 0) {
        const ssize_t n = sendfile(out, in, nullptr, 1 << 30);
        if (n < 0 && errno != EINTR) {
          err = errno;  // ENOSPC: the copy is over its cap
        }
        if (n == 0) {
          break;
        }
      }
      if (err == 0 && fchmod(out, st.st_mode & 0755) != 0) {
        err = errno;
      }
      if (err == 0 && owner && fchown(out, uid, gid) != 0) {
        err = errno;
      }
      for (int fd : {in, out}) {
        if (fd >= 0) {
          close(fd);
        }
      }
      if (err != 0) {
        return err;
      }
    }
  }
}

// Bytes in use on the file system at `path` (a tmpfs of the run).
SANDBOX_CHILD std::uint64_t used_bytes(const char* path) noexcept {
  struct statfs fs {};
  if (statfs(path, &fs) != 0) {
    return 0;
  }
  return static_cast<std::uint64_t>(fs.f_blocks - fs.f_bfree) *
         static_cast<std::uint64_t>(fs.f_bsize);
}

// The resident sets of every process of the run: in its own PID namespace, every process but
// PID 1 (the keeper); without one, every process of the candidate's session. Compilers run
// their passes as processes of their own, each as large as the source makes it.
SANDBOX_CHILD std::uint64_t run_rss(bool in_pid_namespace, pid_t session, long page_size) noexcept {
  std::uint64_t total = 0;
  for_each_process([&](pid_t pid) SANDBOX_CHILD {
    if (in_pid_namespace ? pid == 1 : stat_field(pid, 6) != session) {
      return;
    }
    char path[64] = "/proc/";
    std::memcpy(put_uint(path + 6, static_cast<unsigned long>(pid)), "/statm", 7);
    const int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
      total += read_rss(fd, page_size);
      close(fd);
    }
  });
  return total;
}

}  // namespace

// A mount copied from a more privileged namespace has its nosuid/nodev/noexec/atime flags
// locked, and a remount that drops one fails with EPERM.
SANDBOX_CHILD unsigned long locked_flags(const char* path) noexcept {
  struct statvfs vfs {};
  if (statvfs(path, &vfs) != 0) {
    return 0;
  }
  static constexpr std::pair<unsigned long, unsigned long> kFlags[] = {
      {ST_NOSUID, MS_NOSUID},   {ST_NODEV, MS_NODEV},           {ST_NOEXEC, MS_NOEXEC},
      {ST_NOATIME, MS_NOATIME}, {ST_NODIRATIME, MS_NODIRATIME}, {ST_RELATIME, MS_RELATIME},
  };
  unsigned long flags = 0;
  for (const auto& [st, ms] : kFlags) {
    if ((vfs.f_flag & st) != 0) {
      flags |= ms;
    }
  }
  return flags;
}

namespace {

SANDBOX_CHILD int do_mount(const MountStep& step) noexcept {
  switch (step.kind) {
    case MountStep::Kind::kBind: {
      if (int err = make_mountpoint(step.target, step.directory); err != 0) {
        return err;
      }
      if (mount(step.source, step.target, nullptr, MS_BIND | MS_REC, nullptr) != 0) {
        return errno;
      }
      unsigned long flags = MS_REMOUNT | MS_BIND | MS_NOSUID | MS_NODEV | locked_flags(step.target);
      if (!step.writable) {
        flags |= MS_RDONLY;
      }
      if (mount(nullptr, step.target, nullptr, flags, nullptr) != 0) {
        return errno;
      }
      return 0;
    }
    case MountStep::Kind::kTmpfs:
      if (int err = make_mountpoint(step.target, true); err != 0) {
        return err;
      }
      return mount("tmpfs", step.target, "tmpfs", MS_NOSUID | MS_NODEV, step.data) == 0 ? 0 : errno;
    case MountStep::Kind::kProc:
      // A procfs of the run's own PID namespace: it shows only the run's processes.
      return mount("proc", step.target, "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, step.data) == 0
                 ? 0
                 : errno;
    case MountStep::Kind::kCover:
      // Hides the host tree that per-run binds were taken from; cheaper than a detaching
      // umount, which waits for an RCU grace period.
      return mount("tmpfs", step.target, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC,
                   "size=4k,nr_inodes=1,mode=000") == 0
                 ? 0
                 : errno;
    case MountStep::Kind::kRemountRootReadOnly:
      return mount(nullptr, "/", nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV,
                   nullptr) == 0
                 ? 0
                 : errno;
    case MountStep::Kind::kCopy:
      break;  // do_copy_mount
  }
  return EINVAL;
}

// A kCopy step: a capped tmpfs at the target, filled from the host folder. For a writable
// copy, `host_dir` is left open on the host folder for the copy back.
SANDBOX_CHILD int do_copy_mount(const MountStep& step, uid_t uid, gid_t gid,
                                int& host_dir) noexcept {
  host_dir = -1;
  const int from = open(step.source, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (from < 0) {
    return errno;
  }
  int err = make_mountpoint(step.target, true);
  if (err == 0 && mount("tmpfs", step.target, "tmpfs", MS_NOSUID | MS_NODEV, step.data) != 0) {
    err = errno;
  }
  const int to = err == 0 ? open(step.target, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
  if (err == 0 && to < 0) {
    err = errno;
  }
  if (err == 0) {
    err = copy_tree(from, to, step.writable, uid, gid, 0);
  }
  if (to >= 0) {
    close(to);
  }
  if (err == 0 && !step.writable &&
      mount(nullptr, step.target, nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV,
            nullptr) != 0) {
    err = errno;
  }
  if (err == 0 && step.writable) {
    host_dir = from;
  } else {
    close(from);
  }
  return err;
}

// Shared between the keeper and the candidate (CLONE_VM): where the candidate says which step
// failed, and the seccomp listener it created.
struct CandidateState {
  const ChildPlan* plan;
  pid_t keeper = 0;
  Step failed = Step::kNone;
  int error = 0;
  int listener = -1;
};

// The candidate: a CLONE_VM|CLONE_VFORK|CLONE_FILES child of the keeper. Each step returns 0
// or an errno; the first failure is recorded and the child exits.
SANDBOX_CHILD int candidate_main(void* arg) noexcept {
  auto& state = *static_cast<CandidateState*>(arg);
  const ChildPlan& plan = *state.plan;
  auto fail = [&state](Step step, int err) SANDBOX_CHILD {
    state.failed = step;
    state.error = err;
    _exit(127);
  };

  // A session of its own: kill(0, ...) then reaches only this process, and without a PID
  // namespace the keeper can end the whole group.
  if (setsid() < 0) {
    fail(Step::kSession, errno);
  }
  // Standard descriptors; everything else (the judge's database, other runs' pipes, the
  // seccomp listener) is closed by execve. The table is shared with the keeper, so mark
  // rather than close.
  int in_fd = plan.stdin_fd >= 0 ? plan.stdin_fd : open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (in_fd < 0 || dup2(in_fd, 0) < 0 || dup2(plan.stdout_fd, 1) < 0 ||
      dup2(plan.stderr_fd, 2) < 0) {
    fail(Step::kStdio, errno);
  }
  if (syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) != 0) {
    fail(Step::kStdio, errno);
  }
  if (chdir(plan.cwd) != 0) {
    fail(Step::kWorkdir, errno);
  }
  for (int i = 0; i < plan.rlimit_count; ++i) {
    const rlimit limit{plan.rlimits[i].value, plan.rlimits[i].value};
    if (setrlimit(static_cast<__rlimit_resource>(plan.rlimits[i].resource), &limit) != 0) {
      fail(Step::kRlimits, errno);
    }
  }
  if (plan.set_ids) {
    // Raw system calls: glibc's wrappers would broadcast the change to every thread of the
    // memory we share with the supervisor.
    if (plan.drop_groups && syscall(SYS_setgroups, 0, nullptr) != 0) {
      fail(Step::kCredentials, errno);
    }
    if (syscall(SYS_setresgid, plan.gid, plan.gid, plan.gid) != 0 ||
        syscall(SYS_setresuid, plan.uid, plan.uid, plan.uid) != 0) {
      fail(Step::kCredentials, errno);
    }
  }
  // Without a PID namespace, a program whose keeper is killed (with the judge, by SIGKILL)
  // would be re-parented to init and run on with no limit: it dies with its keeper instead.
  // Set after the credentials, whose change clears it; no_new_privs keeps it across execve.
  if (!plan.namespaces) {
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) {
      fail(Step::kSession, errno);
    }
    if (getppid() != state.keeper) {
      _exit(127);  // the keeper is already gone
    }
  }
  // Required for an unprivileged seccomp filter and for Landlock; also keeps set-uid
  // binaries from gaining anything.
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
    fail(Step::kNoNewPrivs, errno);
  }
  if (plan.landlock_fd >= 0 && syscall(SYS_landlock_restrict_self, plan.landlock_fd, 0U) != 0) {
    fail(Step::kLandlock, errno);
  }
  // Last: after this only the allowlist remains, and execve must be on it.
  const auto self = static_cast<std::uint32_t>(getpid());
  for (int i = 0; i < plan.pid_patch_count; ++i) {
    plan.filter.filter[plan.pid_patches[i]].k = self;
  }
  const unsigned flags = plan.notif_size != 0 ? SECCOMP_FILTER_FLAG_NEW_LISTENER : 0U;
  long listener = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &plan.filter);
  if (listener < 0) {
    fail(Step::kSeccomp, errno);
  }
  if (plan.notif_size != 0) {
    state.listener = static_cast<int>(listener);
  }
  execve(g_exec_path, plan.argv, plan.envp);
  fail(Step::kExec, errno);
  return 127;
}

}  // namespace

SANDBOX_CHILD int keeper_main(void* arg) noexcept {
  ChildPlan& plan = *static_cast<ChildPlan*>(arg);

  // Die with the supervisor, and keep the judge's memory and environment (inherited by the
  // copy) out of reach: a non-dumpable process's /proc/PID/{mem,environ} need CAP_SYS_PTRACE.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  prctl(PR_SET_DUMPABLE, 0);
  if (!plan.namespaces) {
    // Without a PID namespace, orphans of the run would go to the host's init and outlive the
    // run; as a subreaper the keeper inherits them, and ends them with the run.
    prctl(PR_SET_CHILD_SUBREAPER, 1);
  }

  // The run's private tmpfs mounts: what they hold counts as memory, and writable copies go
  // back to their host folders at the end.
  const char* private_mounts[kMaxPrivateMounts];
  int copy_back[kMaxPrivateMounts];
  int private_count = 0;
  if (plan.namespaces) {
    for (std::size_t i = 0; i < plan.mount_count; ++i) {
      const MountStep& step = plan.mounts[i];
      const bool counted = step.kind == MountStep::Kind::kTmpfs ||
                           (step.kind == MountStep::Kind::kCopy && step.writable);
      if (counted && private_count == kMaxPrivateMounts) {
        report_failure(plan, Step::kMounts, E2BIG);
      }
      int host_dir = -1;
      const int err = step.kind == MountStep::Kind::kCopy
                          ? do_copy_mount(step, plan.uid, plan.gid, host_dir)
                          : do_mount(step);
      if (err != 0) {
        report_failure(plan, Step::kMounts, err);
      }
      if (counted) {
        private_mounts[private_count] = step.target;
        copy_back[private_count++] = host_dir;
      }
    }
  }
  if (plan.wait_for_go) {
    char go = 0;
    if (read(plan.control_fd, &go, 1) != 1 || go != 'g') {
      _exit(1);
    }
  }

  // Every disposition is already the default: the library starts the helper with
  // POSIX_SPAWN_SETSIGDEF for all signals (an ignored SIGPIPE of the judge would otherwise
  // survive execve and change how the program dies), and neither the helper nor the keeper
  // installs a handler. Only the mask needs clearing: the helper blocks SIGCHLD.
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
  // Except glibc's own two real-time signals (32 and 33), which posix_spawn cannot reset and
  // arrive ignored: raw calls, as glibc's sigaction refuses them.
  for (int sig : {32, 33}) {
    struct kernel_sigaction {
      void (*handler)(int);
      unsigned long flags;
      void (*restorer)();
      unsigned long mask;
    } action{SIG_DFL, 0, nullptr, 0};
    syscall(SYS_rt_sigaction, sig, &action, nullptr, sizeof action.mask);
  }

  std::size_t path_len = std::strlen(plan.exec_path);
  if (path_len >= kExecPathSize) {
    report_failure(plan, Step::kExec, ENAMETOOLONG);
  }
  std::memcpy(g_exec_path, plan.exec_path, path_len + 1);

  // The candidate borrows this stack only until it calls execve (CLONE_VFORK).
  alignas(16) char candidate_stack[32 * 1024];
  CandidateState state{&plan, getpid()};
  const std::int64_t start = now_ns();
  pid_t pid = clone(candidate_main, candidate_stack + sizeof candidate_stack,
                    CLONE_VM | CLONE_VFORK | CLONE_FILES | SIGCHLD, &state);
  if (pid < 0) {
    report_failure(plan, Step::kClone, errno);
  }
  if (state.failed != Step::kNone) {
    int status = 0;
    waitpid(pid, &status, 0);
    report_failure(plan, state.failed, state.error);
  }
  // The program has its own copies of its standard descriptors now (execve unshared the
  // table): drop the keeper's, so that the library sees end-of-file as soon as the program's
  // last process is gone, without waiting for this keeper's namespaces to be torn down.
  for (int fd : {0, 1, 2, plan.stdin_fd, plan.stdout_fd, plan.stderr_fd}) {
    if (fd >= 0) {
      close(fd);
    }
  }

  KeeperReport report{};
  auto kill_run = [&plan, pid]() SANDBOX_CHILD {
    if (plan.kill_process_group) {
      kill(-pid, SIGKILL);
      kill(pid, SIGKILL);
    } else {
      kill(-1, SIGKILL);  // PID 1 of the run's namespace: every process but itself
    }
  };
  auto set_limit = [&report](LimitKind kind) SANDBOX_CHILD {
    if (report.limit == 0) {
      report.limit = static_cast<std::int32_t>(kind);
    }
  };

  int pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  if (pidfd < 0) {
    kill_run();
    report_failure(plan, Step::kPidfd, errno);
  }
  int statm_fd = -1;
  const long page_size = sysconf(_SC_PAGESIZE);
  if (plan.rss_limit_bytes != 0 && !plan.count_all_processes) {
    char path[64] = "/proc/";
    char* end = put_uint(path + 6, static_cast<unsigned long>(pid));
    std::memcpy(end, "/statm", 7);
    statm_fd = open(path, O_RDONLY | O_CLOEXEC);
  }
  // What the run holds now: resident sets (the candidate's, or every process's for a
  // toolchain) plus the files in its private tmpfs mounts.
  auto held_in_private_mounts = [&]() SANDBOX_CHILD {
    std::uint64_t bytes = 0;
    for (int i = 0; i < private_count; ++i) {
      bytes += used_bytes(private_mounts[i]);
    }
    return bytes;
  };
  auto memory_now = [&]() SANDBOX_CHILD {
    const std::uint64_t bytes = (plan.count_all_processes ? run_rss(plan.namespaces, pid, page_size)
                                                          : read_rss(statm_fd, page_size)) +
                                held_in_private_mounts();
    report.peak_bytes = std::max<std::int64_t>(report.peak_bytes, static_cast<std::int64_t>(bytes));
    return bytes;
  };
  const bool poll_memory = plan.rss_limit_bytes != 0 && (statm_fd >= 0 || plan.count_all_processes);

  // Watch the candidate: its exit, the supervisor, forbidden calls, and the clock.
  alignas(16) char notif_buf[512];
  bool killed = false;
  for (;;) {
    pollfd fds[3] = {{pidfd, POLLIN, 0}, {plan.control_fd, POLLIN, 0}, {state.listener, POLLIN, 0}};
    const nfds_t nfds = state.listener >= 0 ? 3 : 2;
    std::int64_t tick_ns = 20 * kNsPerMs;
    const std::int64_t elapsed = now_ns() - start;
    if (plan.wall_limit_ns > 0) {
      tick_ns = std::min(tick_ns, plan.wall_limit_ns - elapsed);
    }
    if (plan.cpu_limit_ns > 0 && !killed) {
      std::int64_t cpu = process_cpu_ns(pid);
      if (cpu >= 0) {
        // CPU time can run ahead of the clock on several cores: wake at half the headroom.
        tick_ns = std::min(tick_ns, (plan.cpu_limit_ns - cpu) / 2);
      }
    }
    tick_ns = std::max(tick_ns, std::int64_t{kNsPerMs});
    const timespec timeout{static_cast<time_t>(tick_ns / (1000 * kNsPerMs)),
                           static_cast<long>(tick_ns % (1000 * kNsPerMs))};
    int ready = ppoll(fds, nfds, killed ? nullptr : &timeout, nullptr);
    if (ready < 0 && errno != EINTR) {
      kill_run();
      killed = true;
    }
    if ((fds[0].revents & POLLIN) != 0) {
      break;  // the candidate has ended
    }
    if (!killed && (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      // 'k' (an output cap) or EOF (the supervisor is gone): end the run.
      kill_run();
      killed = true;
    }
    if (nfds == 3 && (fds[2].revents & POLLIN) != 0) {
      std::memset(notif_buf, 0, sizeof notif_buf);
      if (plan.notif_size <= sizeof notif_buf &&
          ioctl(state.listener, SECCOMP_IOCTL_NOTIF_RECV, notif_buf) == 0) {
        const auto* notif = reinterpret_cast<const seccomp_notif*>(notif_buf);
        if (report.violation < 0) {
          report.violation = notif->data.nr;
        }
      }
      if (!killed) {
        kill_run();
        killed = true;
      }
    }
    if (killed) {
      continue;
    }
    if (plan.wall_limit_ns > 0 && now_ns() - start >= plan.wall_limit_ns) {
      set_limit(LimitKind::kWallTime);
      kill_run();
      killed = true;
      continue;
    }
    if (plan.cpu_limit_ns > 0 && process_cpu_ns(pid) >= plan.cpu_limit_ns) {
      set_limit(LimitKind::kCpuTime);
      kill_run();
      killed = true;
      continue;
    }
    if (poll_memory && memory_now() > plan.rss_limit_bytes) {
      set_limit(LimitKind::kMemory);
      kill_run();
      killed = true;
    }
  }

  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  report.wall_us = (now_ns() - start) / 1000;
  if (!plan.kill_process_group) {
    // Anything the run left behind (a toolchain's stray process) dies with the namespace.
    kill(-1, SIGKILL);
    while (waitpid(-1, nullptr, __WALL) > 0 || errno == EINTR) {
    }
  } else {
    kill(-pid, SIGKILL);
    // A process that left the candidate's group (setpgid, setsid) escaped that kill. Every
    // survivor is a descendant of the keeper: end its children, whose own children then come
    // to the keeper, until none is left.
    while (kill_children_of(getpid()) > 0) {
      pid_t reaped;
      while ((reaped = waitpid(-1, nullptr, __WALL)) < 0 && errno == EINTR) {
      }
      if (reaped < 0) {
        break;  // ECHILD: what /proc showed is gone already
      }
    }
  }
  // Children's figures now cover the whole run: in a PID namespace the keeper (its init) has
  // reaped every process, orphans included, and each parent's share includes what it reaped.
  getrusage(RUSAGE_CHILDREN, &usage);
  report.wait_status = status;
  report.cpu_us = std::int64_t{usage.ru_utime.tv_sec} * 1000000 + usage.ru_utime.tv_usec +
                  std::int64_t{usage.ru_stime.tv_sec} * 1000000 + usage.ru_stime.tv_usec;
  report.maxrss_kb = usage.ru_maxrss;
  // Files left in the private mounts were memory too, on top of the peak resident set.
  report.peak_bytes = std::max<std::int64_t>(
      report.peak_bytes,
      std::int64_t{usage.ru_maxrss} * 1024 + static_cast<std::int64_t>(held_in_private_mounts()));
  // Every process of the run is gone: writable copies go back to their host folders.
  for (int i = 0; i < private_count; ++i) {
    if (copy_back[i] < 0) {
      continue;
    }
    const int from = open(private_mounts[i], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    const int err = from < 0 ? errno : copy_tree(from, copy_back[i], false, 0, 0, 0);
    if (from >= 0) {
      close(from);
    }
    close(copy_back[i]);
    if (err != 0 && report.failed_step < 0) {
      report.copy_back_error = err;
    }
  }
  write_all(plan.report_fd, &report, sizeof report);
  _exit(0);
}

}  // namespace sandbox::detail
