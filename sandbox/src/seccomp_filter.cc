// The seccomp allowlist. Anything not listed here ends the run as a security violation. Each
// rule says why a program needs the call; calls that runtimes merely probe are answered with an
// errno instead, so that Java, Node and Python start normally.
#include "seccomp_filter.h"

#include <errno.h>
#include <linux/seccomp.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstring>

#include "candidate.h"
#include "child.h"
#include "plan.h"

#ifndef SANDBOX_HELPER_BUILD
#include <fcntl.h>
#include <sched.h>
#include <seccomp.h>
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <memory>

#include <fmt/format.h>

#include "sandbox/error.h"
#include "sandbox/unique_fd.h"
#endif

namespace sandbox::detail {

#ifndef SANDBOX_HELPER_BUILD
// --- Library half: compile ---------------------------------------------------------------------

namespace {

// Stands for the candidate's PID in argument comparisons; patched in the child. Larger than
// any PID the kernel hands out (PID_MAX_LIMIT is 2^22) and unlike any flag or syscall number.
constexpr std::uint32_t kPidPlaceholder = 0x7e5a1d01;

struct Rule {
  int nr;
  const char* why;
};

// Calls every program may make. They touch only the process itself, its own descriptors or
// the files the mount namespace (or Landlock) lets it see.
constexpr Rule kAllowed[] = {
    // Descriptors and files. What is visible is decided by the mount namespace or Landlock.
    {SCMP_SYS(read), "read input"},
    {SCMP_SYS(write), "write output"},
    {SCMP_SYS(readv), "vectored read (iostreams, JVM)"},
    {SCMP_SYS(writev), "vectored write (iostreams, JVM)"},
    {SCMP_SYS(pread64), "positioned read (ELF loader)"},
    {SCMP_SYS(pwrite64), "positioned write"},
    {SCMP_SYS(preadv), "positioned vectored read"},
    {SCMP_SYS(pwritev), "positioned vectored write"},
    {SCMP_SYS(preadv2), "positioned vectored read"},
    {SCMP_SYS(pwritev2), "positioned vectored write"},
    {SCMP_SYS(lseek), "seek in input (stdio buffering)"},
    {SCMP_SYS(close), "close descriptors"},
    {SCMP_SYS(close_range), "close descriptors in bulk (runtimes)"},
    {SCMP_SYS(open), "open files the mount namespace shows"},
    {SCMP_SYS(openat), "open files the mount namespace shows"},
    {SCMP_SYS(creat), "create files in the scratch folder"},
    {SCMP_SYS(stat), "file status"},
    {SCMP_SYS(fstat), "file status"},
    {SCMP_SYS(lstat), "file status"},
    {SCMP_SYS(newfstatat), "file status"},
    {SCMP_SYS(statx), "file status"},
    {SCMP_SYS(statfs), "file-system status (JVM, Python)"},
    {SCMP_SYS(fstatfs), "file-system status (JVM, Python)"},
    {SCMP_SYS(access), "check a path (dynamic loader)"},
    {SCMP_SYS(faccessat), "check a path"},
    {SCMP_SYS(faccessat2), "check a path (JVM)"},
    {SCMP_SYS(readlink), "resolve /proc/self/exe (runtimes)"},
    {SCMP_SYS(readlinkat), "resolve links"},
    {SCMP_SYS(getdents), "list a folder"},
    {SCMP_SYS(getdents64), "list a folder (Python imports)"},
    {SCMP_SYS(getcwd), "current folder"},
    {SCMP_SYS(chdir), "change folder"},
    {SCMP_SYS(fchdir), "change folder (JVM)"},
    {SCMP_SYS(mkdir), "make folders in the scratch folder"},
    {SCMP_SYS(mkdirat), "make folders in the scratch folder"},
    {SCMP_SYS(rmdir), "remove folders in the scratch folder"},
    {SCMP_SYS(unlink), "remove files in the scratch folder"},
    {SCMP_SYS(unlinkat), "remove files in the scratch folder"},
    {SCMP_SYS(rename), "rename in the scratch folder"},
    {SCMP_SYS(renameat), "rename in the scratch folder"},
    {SCMP_SYS(renameat2), "rename in the scratch folder"},
    {SCMP_SYS(ftruncate), "resize own files (scratch size is capped)"},
    {SCMP_SYS(truncate), "resize own files (scratch size is capped)"},
    {SCMP_SYS(fallocate), "reserve file space (scratch size is capped)"},
    {SCMP_SYS(fsync), "flush own files"},
    {SCMP_SYS(fdatasync), "flush own files"},
    {SCMP_SYS(flock), "lock own files (JVM)"},
    {SCMP_SYS(umask), "file-creation mask"},
    {SCMP_SYS(fadvise64), "read-ahead hints"},
    {SCMP_SYS(readahead), "read-ahead hints"},
    {SCMP_SYS(sendfile), "copy between own descriptors"},
    {SCMP_SYS(copy_file_range), "copy between own descriptors"},
    {SCMP_SYS(splice), "copy between own descriptors"},
    {SCMP_SYS(tee), "copy between own descriptors"},
    {SCMP_SYS(getxattr), "extended attributes, read only"},
    {SCMP_SYS(lgetxattr), "extended attributes, read only"},
    {SCMP_SYS(fgetxattr), "extended attributes, read only"},

    {SCMP_SYS(dup), "duplicate descriptors"},
    {SCMP_SYS(dup2), "duplicate descriptors"},
    {SCMP_SYS(dup3), "duplicate descriptors"},
    {SCMP_SYS(pipe), "in-process pipes (Node, JVM)"},
    {SCMP_SYS(pipe2), "in-process pipes (Node, JVM)"},
    // A connected pair of UNIX sockets reaches nothing outside the process; the JVM makes one
    // at start-up (FileDispatcherImpl) and fails without it.
    {SCMP_SYS(socketpair), "in-process socket pair (JVM file channels)"},
    // No terminal is reachable (stdin is a file, stdout/stderr are pipes), so TIOCSTI and
    // friends have nothing to act on; isatty() and FIONREAD need ioctl.
    {SCMP_SYS(ioctl), "isatty() and FIONREAD on own descriptors"},

    // Memory. The address-space rlimit or the cgroup bounds all of it.
    {SCMP_SYS(mmap), "allocate memory"},
    {SCMP_SYS(munmap), "free memory"},
    {SCMP_SYS(mprotect), "JIT code and guard pages"},
    {SCMP_SYS(mremap), "grow allocations (realloc)"},
    {SCMP_SYS(brk), "heap"},
    {SCMP_SYS(madvise), "return memory (allocators, GC)"},
    {SCMP_SYS(msync), "flush own mappings"},
    {SCMP_SYS(mincore), "residency queries (JVM)"},
    {SCMP_SYS(membarrier), "memory barriers (JVM, V8)"},
    {SCMP_SYS(get_mempolicy), "NUMA query (JVM)"},
    {SCMP_SYS(pkey_alloc), "memory protection keys (V8 probes them)"},
    {SCMP_SYS(pkey_free), "memory protection keys"},
    {SCMP_SYS(pkey_mprotect), "memory protection keys"},
    // Signals, delivered within the process only (see the kill rules below).
    {SCMP_SYS(rt_sigaction), "signal handlers"},
    {SCMP_SYS(rt_sigprocmask), "signal masks"},
    {SCMP_SYS(rt_sigreturn), "return from a handler"},
    {SCMP_SYS(rt_sigpending), "pending signals"},
    {SCMP_SYS(rt_sigtimedwait), "wait for a signal"},
    {SCMP_SYS(rt_sigsuspend), "wait for a signal"},
    {SCMP_SYS(pause), "wait for a signal (pause(), sleeping servers)"},
    {SCMP_SYS(sigaltstack), "stack-overflow handlers (JVM, Go, Rust)"},
    {SCMP_SYS(getitimer), "interval timers (to self)"},
    {SCMP_SYS(setitimer), "interval timers (to self)"},
    {SCMP_SYS(alarm), "alarm (to self)"},
    // Threads. clone itself is restricted below.
    {SCMP_SYS(futex), "thread synchronisation"},
    {SCMP_SYS(futex_waitv), "thread synchronisation"},
    {SCMP_SYS(set_robust_list), "thread start-up (glibc)"},
    {SCMP_SYS(get_robust_list), "thread start-up"},
    {SCMP_SYS(set_tid_address), "thread start-up (glibc)"},
    {SCMP_SYS(rseq), "restartable sequences (glibc)"},
    {SCMP_SYS(arch_prctl), "thread-local storage (x86-64)"},
    {SCMP_SYS(prctl), "thread names, dumpability; nothing here needs privilege"},
    {SCMP_SYS(exit), "end a thread"},
    {SCMP_SYS(exit_group), "end the process"},
    {SCMP_SYS(wait4), "reap children (harmless without any)"},
    {SCMP_SYS(waitid), "reap children (harmless without any)"},
    // Identity and environment, read only.
    {SCMP_SYS(getpid), "own identity"},
    {SCMP_SYS(gettid), "own identity"},
    {SCMP_SYS(getppid), "own identity"},
    {SCMP_SYS(getpgid), "own identity"},
    {SCMP_SYS(getpgrp), "own identity"},
    {SCMP_SYS(getsid), "own identity"},
    {SCMP_SYS(getuid), "own identity"},
    {SCMP_SYS(geteuid), "own identity"},
    {SCMP_SYS(getgid), "own identity"},
    {SCMP_SYS(getegid), "own identity"},
    {SCMP_SYS(getresuid), "own identity"},
    {SCMP_SYS(getresgid), "own identity"},
    {SCMP_SYS(getgroups), "own identity"},
    {SCMP_SYS(capget), "capability query (Node)"},
    {SCMP_SYS(uname), "kernel name (runtimes)"},
    {SCMP_SYS(sysinfo), "memory size (JVM, Python)"},
    // Raising a hard limit needs CAP_SYS_RESOURCE in the initial namespace, which the program
    // never has; the JVM raises its soft descriptor limit to the hard one at start-up.
    {SCMP_SYS(getrlimit), "own limits"},
    {SCMP_SYS(setrlimit), "lower own limits; the kernel refuses raising hard limits"},
    // prlimit64 is restricted to the caller below.
    {SCMP_SYS(getrusage), "own resource usage"},
    {SCMP_SYS(times), "own CPU times"},
    {SCMP_SYS(getcpu), "current CPU"},
    {SCMP_SYS(getrandom), "random numbers"},
    // Time.
    {SCMP_SYS(clock_gettime), "clocks"},
    {SCMP_SYS(clock_getres), "clocks"},
    {SCMP_SYS(clock_nanosleep), "sleep"},
    {SCMP_SYS(nanosleep), "sleep"},
    {SCMP_SYS(gettimeofday), "clocks"},
    {SCMP_SYS(time), "clocks"},
    // Scheduling of own threads.
    {SCMP_SYS(sched_yield), "yield"},
    {SCMP_SYS(sched_getaffinity), "CPU count (JVM, Node, Go)"},
    {SCMP_SYS(sched_getparam), "scheduling query"},
    {SCMP_SYS(sched_getscheduler), "scheduling query"},
    {SCMP_SYS(sched_get_priority_max), "scheduling query"},
    {SCMP_SYS(sched_get_priority_min), "scheduling query"},
    // Event loops over own descriptors (Node, JVM).
    {SCMP_SYS(poll), "event loops"},
    {SCMP_SYS(ppoll), "event loops"},
    {SCMP_SYS(select), "event loops"},
    {SCMP_SYS(pselect6), "event loops"},
    {SCMP_SYS(epoll_create), "event loops"},
    {SCMP_SYS(epoll_create1), "event loops"},
    {SCMP_SYS(epoll_ctl), "event loops"},
    {SCMP_SYS(epoll_wait), "event loops"},
    {SCMP_SYS(epoll_pwait), "event loops"},
    {SCMP_SYS(epoll_pwait2), "event loops"},
    {SCMP_SYS(eventfd), "event loops"},
    {SCMP_SYS(eventfd2), "event loops (Node)"},
    {SCMP_SYS(timerfd_create), "event loops"},
    {SCMP_SYS(timerfd_settime), "event loops"},
    {SCMP_SYS(timerfd_gettime), "event loops"},
    {SCMP_SYS(signalfd), "event loops"},
    {SCMP_SYS(signalfd4), "event loops"},
};

// Calls only a toolchain (compiler driver, linker, build tool) needs: it runs its own
// sub-programs. It stays inside the PID namespace, so it can signal only its own tree.
constexpr Rule kToolchainAllowed[] = {
    {SCMP_SYS(clone), "compiler drivers start cc1plus, as, ld"},
    {SCMP_SYS(fork), "build tools"},
    {SCMP_SYS(vfork), "posix_spawn in compiler drivers"},
    {SCMP_SYS(execve), "compiler drivers run their passes"},
    {SCMP_SYS(kill), "drivers stop their own passes"},
    {SCMP_SYS(tgkill), "abort() in a pass"},
    {SCMP_SYS(setpgid), "build tools group their jobs"},
    {SCMP_SYS(link), "linkers and archivers in the scratch folder"},
    {SCMP_SYS(linkat), "linkers and archivers in the scratch folder"},
    {SCMP_SYS(symlink), "build tools in the scratch folder"},
    {SCMP_SYS(symlinkat), "build tools in the scratch folder"},
    {SCMP_SYS(utime), "archivers"},
    {SCMP_SYS(utimes), "archivers"},
};

// Permission and timestamp changes. Landlock does not cover them, so without a user namespace
// a program could change any file its user owns, and that user is the judge's: only
// toolchains (the linker marks its output executable) and runs in namespaces get them. In a
// namespace every host file a run sees is on a read-only mount, and its input is a sealed
// memory file.
constexpr Rule kChmod[] = {
    {SCMP_SYS(fchmod), "permissions of own files"},
    {SCMP_SYS(chmod), "permissions of own files"},
    {SCMP_SYS(fchmodat), "permissions of own files"},
    {SCMP_SYS(utimensat), "timestamps of own files"},
};

// Calls that are refused with an errno rather than a kill, because ordinary programs probe
// them and cope with the refusal.
struct ErrnoRule {
  int nr;
  int err;
  const char* why;
};
constexpr ErrnoRule kRefused[] = {
    // glibc 2.34+ creates threads and posix_spawn children with clone3 first and falls back to
    // clone on ENOSYS; clone3 passes its flags in memory, where seccomp cannot check them.
    {SCMP_SYS(clone3), ENOSYS, "flags live in memory; glibc falls back to clone"},
    // glibc's getpwuid() asks nscd through a UNIX socket first (the JVM does at start-up);
    // refusing socket() makes it read the files instead. No socket is ever created.
    {SCMP_SYS(socket), EACCES, "no network; NSS falls back to files"},
    // libuv (Node) probes io_uring at start-up and falls back to the thread pool. io_uring
    // would bypass this filter: its operations are not system calls.
    {SCMP_SYS(io_uring_setup), ENOSYS, "io_uring bypasses seccomp; libuv falls back"},
    // A memory file's pages are shared memory: they are in no resident set until mapped, so
    // memfd_create + fallocate held gigabytes past a memory limit (and its size is no
    // rlimit's). The runtimes we run do not need one (the JVM's default collector, V8 and
    // CPython start without it); "not implemented" is what they would see on an old kernel.
    {SCMP_SYS(memfd_create), ENOSYS, "its pages are outside every resident set"},
    // Runtimes query the execution domain with personality(0xffffffff); changing it (e.g.
    // ADDR_NO_RANDOMIZE) is refused below.
};

// The fcntl commands a program may use, each with who needs it.
struct FcntlRule {
  unsigned cmd;
  const char* why;
};
constexpr FcntlRule kFcntlCommands[] = {
    {F_DUPFD, "duplicate a descriptor"},
    {F_DUPFD_CLOEXEC, "duplicate a descriptor (every runtime)"},
    {F_GETFD, "descriptor flags"},
    {F_SETFD, "close-on-exec"},
    {F_GETFL, "status flags"},
    {F_SETFL, "non-blocking mode (Node, Go, the JVM)"},
    {F_GETLK, "record locks on own files"},
    {F_SETLK, "record locks on own files (the JVM)"},
    {F_SETLKW, "record locks on own files"},
    {F_OFD_GETLK, "record locks on own files"},
    {F_OFD_SETLK, "record locks on own files"},
    {F_OFD_SETLKW, "record locks on own files"},
    {F_GETOWN, "signal owner query"},
    {F_GETSIG, "signal query"},
    {F_GETPIPE_SZ, "pipe size query"},
    {F_ADD_SEALS, "seal own memory files"},
    {F_GET_SEALS, "seal query"},
};

constexpr const char* kLibseccompHint =
    "libseccomp could not compile the allowlist: check that libseccomp 2.5 or newer is "
    "installed";

void check(int rc, const char* what) {
  if (rc < 0) {
    throw system_error(-rc, fmt::format("cannot build the seccomp filter: {}", what),
                       kLibseccompHint);
  }
}

struct CtxDeleter {
  void operator()(void* ctx) const { seccomp_release(ctx); }
};
using Context = std::unique_ptr<void, CtxDeleter>;

Context make_context(bool notify) {
  Context owner(seccomp_init(notify ? SCMP_ACT_NOTIFY : SCMP_ACT_KILL_PROCESS));
  if (!owner) {
    throw Error("cannot build the seccomp filter: seccomp_init failed", kLibseccompHint);
  }
  scmp_filter_ctx ctx = owner.get();
  // We set no_new_privs ourselves, in its own step, before loading.
  check(seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0), "attribute NNP");
  // A 32-bit (int 0x80) or x32 call would take a different syscall table past the filter.
  check(seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS), "bad arch");
  // A binary tree of syscall numbers instead of a list: each call costs a few comparisons
  // instead of up to two hundred, and loading is several times faster, because the kernel
  // runs the filter for every syscall number when it loads it (to cache the always-allowed
  // ones).
  check(seccomp_attr_set(ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2), "binary tree");
  return owner;
}

// The calls allowed, or refused with an errno, whatever their arguments.
void add_whole_calls(scmp_filter_ctx ctx) {
  for (const Rule& rule : kAllowed) {
    check(seccomp_rule_add(ctx, SCMP_ACT_ALLOW, rule.nr, 0), rule.why);
  }
  for (const ErrnoRule& rule : kRefused) {
    check(seccomp_rule_add(ctx, SCMP_ACT_ERRNO(static_cast<std::uint32_t>(rule.err)), rule.nr, 0),
          rule.why);
  }
}

// Calls every profile may make with some arguments only.
void add_argument_rules(scmp_filter_ctx ctx, Profile profile, bool namespaces) {
  // fcntl by command, from a list: growing a pipe's buffer (F_SETPIPE_SZ) would let a
  // program pin up to 1 MiB of kernel memory per pipe, hundreds of MiB over its descriptors,
  // counted in no memory figure; leases and directory notifications reach other processes'
  // files. Those, and every command not listed, end the run. The kernel reads the command as
  // 32 bits, so only those are compared (high bits set do not hide a command).
  for (const FcntlRule& rule : kFcntlCommands) {
    check(seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(fcntl), 1,
                           SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffU, rule.cmd)),
          rule.why);
  }
  // Querying the personality is harmless; setting one could turn off address randomisation.
  check(seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(personality), 1,
                         SCMP_A0(SCMP_CMP_EQ, 0xffffffffu)),
        "personality query");
  // CPU pinning of the calling thread only (PID 0, or its own PID below): without a PID
  // namespace other runs of the same user are in reach, and pinning them to one CPU slows
  // them down.
  check(seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(sched_setaffinity), 1,
                         SCMP_A0(SCMP_CMP_EQ, 0)),
        "pin the calling thread");
  // Limits of the caller only: glibc's getrlimit and setrlimit pass PID 0. Without a PID
  // namespace the judge is in reach, and a CPU limit of 0 would kill it.
  check(seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(prlimit64), 1, SCMP_A0(SCMP_CMP_EQ, 0)),
        "own limits");
  for (const Rule& rule : kChmod) {
    const bool allowed = namespaces || profile == Profile::kToolchain;
    check(seccomp_rule_add(ctx, allowed ? SCMP_ACT_ALLOW : SCMP_ACT_ERRNO(EPERM), rule.nr, 0),
          rule.why);
  }
}

// A program's process rules: one process, its own execve, signals to itself.
void add_program_rules(scmp_filter_ctx ctx, std::uintptr_t exec_buffer) {
  // Threads only: a clone without CLONE_THREAD would be a new process (fork bombs,
  // system()). The other thread flags (CLONE_VM, CLONE_SIGHAND) are checked by the kernel.
  check(seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(clone), 1,
                         SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, CLONE_THREAD)),
        "clone of threads");
  // The sandbox's own execve passes the helper's exec buffer; any later exec (a shell)
  // passes another address and is a violation.
  check(
      seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(execve), 1, SCMP_A0(SCMP_CMP_EQ, exec_buffer)),
      "the sandbox's own execve");
  // Signals to itself only: raise() and abort() use tgkill(getpid(), ...); kill(0, ...)
  // reaches its own session, which holds only itself.
  check(seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(kill), 1,
                         SCMP_A0(SCMP_CMP_EQ, kPidPlaceholder)),
        "kill self");
  check(seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(kill), 1, SCMP_A0(SCMP_CMP_EQ, 0)),
        "kill own session");
  // The same calls on its own PID (patched in by the candidate), for runtimes that pass it.
  const Rule kOwnPid[] = {
      {SCMP_SYS(tgkill), "tgkill own threads"},
      {SCMP_SYS(prlimit64), "own limits by PID"},
      {SCMP_SYS(sched_setaffinity), "pin itself by PID"},
      {SCMP_SYS(rt_sigqueueinfo), "queue signals to self"},
      {SCMP_SYS(rt_tgsigqueueinfo), "queue signals to own threads"},
  };
  for (const Rule& rule : kOwnPid) {
    check(seccomp_rule_add(ctx, SCMP_ACT_ALLOW, rule.nr, 1, SCMP_A0(SCMP_CMP_EQ, kPidPlaceholder)),
          rule.why);
  }
}

// The BPF program, through a memory file (libseccomp 2.5 exports only to a descriptor), with
// the places where the candidate's PID goes.
Filter export_filter(scmp_filter_ctx ctx, Profile profile, bool notify) {
  UniqueFd mem(memfd_create("judge-seccomp", MFD_CLOEXEC));
  if (!mem) {
    throw system_error(errno, "cannot build the seccomp filter: memfd_create",
                       "memory files need Linux 3.17 or newer");
  }
  check(seccomp_export_bpf(ctx, mem.get()), "export");
  off_t size = lseek(mem.get(), 0, SEEK_END);
  if (size <= 0 || size % static_cast<off_t>(sizeof(sock_filter)) != 0) {
    throw Error("cannot build the seccomp filter: exported program has a bad size",
                kLibseccompHint);
  }
  Filter filter;
  filter.notify = notify;
  filter.program.resize(static_cast<std::size_t>(size) / sizeof(sock_filter));
  if (pread(mem.get(), filter.program.data(), static_cast<std::size_t>(size), 0) != size) {
    throw system_error(errno, "cannot build the seccomp filter: reading the export",
                       kLibseccompHint);
  }
  for (std::size_t i = 0; i < filter.program.size(); ++i) {
    const sock_filter& insn = filter.program[i];
    if (BPF_CLASS(insn.code) == BPF_JMP && insn.k == kPidPlaceholder) {
      filter.pid_patches.push_back(static_cast<int>(i));
    }
  }
  if (profile == Profile::kProgram && filter.pid_patches.empty()) {
    throw Error("cannot build the seccomp filter: PID comparisons not found in the program",
                kLibseccompHint);
  }
  return filter;
}

}  // namespace

Filter build_filter(Profile profile, bool notify, std::uintptr_t exec_buffer, bool namespaces) {
  const Context owner = make_context(notify);
  scmp_filter_ctx ctx = owner.get();
  add_whole_calls(ctx);
  add_argument_rules(ctx, profile, namespaces);
  if (profile == Profile::kToolchain) {
    for (const Rule& rule : kToolchainAllowed) {
      check(seccomp_rule_add(ctx, SCMP_ACT_ALLOW, rule.nr, 0), rule.why);
    }
  } else {
    add_program_rules(ctx, exec_buffer);
  }
  return export_filter(ctx, profile, notify);
}

std::string syscall_name(int nr) {
  char* name = seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, nr);
  if (name == nullptr) {
    return fmt::format("syscall {}", nr);
  }
  std::string result(name);
  std::free(name);  // NOLINT(cppcoreguidelines-no-malloc): libseccomp allocates with malloc
  return result;
}

#endif  // SANDBOX_HELPER_BUILD
// --- Helper half: load and listen --------------------------------------------------------------

unsigned seccomp_notif_size() noexcept {
  seccomp_notif_sizes sizes{};
  if (syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes) != 0) {
    return 0;
  }
  return sizes.seccomp_notif;
}

// Last: after this only the allowlist remains, and execve must be on it.
SANDBOX_CHILD int load_seccomp(CandidateState& state) noexcept {
  const SeccompPlan& seccomp =
      state.plan->seccomp;  // the program it points at is the keeper's copy
  const auto self = static_cast<std::uint32_t>(getpid());
  for (int i = 0; i < seccomp.pid_patch_count; ++i) {
    seccomp.filter.filter[seccomp.pid_patches[i]].k = self;
  }
  const unsigned flags = seccomp.notif_size != 0 ? SECCOMP_FILTER_FLAG_NEW_LISTENER : 0U;
  const long listener = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &seccomp.filter);
  if (listener < 0) {
    return errno;
  }
  if (seccomp.notif_size != 0) {
    state.listener = static_cast<int>(listener);
  }
  return 0;
}

SANDBOX_CHILD int receive_violation(int listener, unsigned notif_size) noexcept {
  alignas(16) char buffer[512];
  std::memset(buffer, 0, sizeof buffer);
  if (notif_size > sizeof buffer || ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, buffer) != 0) {
    return -1;
  }
  return reinterpret_cast<const seccomp_notif*>(buffer)->data.nr;
}

}  // namespace sandbox::detail
