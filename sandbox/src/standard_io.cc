// The program's standard descriptors. Input arrives on a descriptor, never as a path, and a
// regular file never as the host's own inode.
#include "standard_io.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "candidate.h"
#include "child.h"
#include "plan.h"

#ifndef SANDBOX_HELPER_BUILD
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>

#include "sandbox/error.h"
#endif

namespace sandbox::detail {

#ifndef SANDBOX_HELPER_BUILD
// --- Library half: pipes and input -----------------------------------------------------------

namespace {

constexpr const char* kFdHint =
    "the process may be out of descriptors: raise its open-file limit (ulimit -n) or run fewer "
    "programs at once";

// The program's standard input as a sealed memory file holding the rest of `fd` (a regular
// file). Handing over the host file's own descriptor would let the program reopen
// /proc/self/fd/0 for writing, fchmod or utimensat it (its owner in the sandbox maps to the
// judge's user), and readlink would name the test's host path. Sealed: nobody can change it.
UniqueFd sealed_copy(int fd) {
  UniqueFd mem(memfd_create("stdin", MFD_CLOEXEC | MFD_ALLOW_SEALING));
  if (!mem) {
    throw system_error(errno, "cannot make a copy of standard input for the sandbox", kFdHint);
  }
  off_t offset = lseek(fd, 0, SEEK_CUR);
  if (offset < 0) {
    offset = 0;
  }
  for (;;) {
    const ssize_t n = sendfile(mem.get(), fd, &offset, 1 << 30);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      throw system_error(errno, "cannot copy standard input for the sandbox",
                         "check that the input file can be read to its end, and that there is "
                         "memory for a copy of it");
    }
    if (n == 0) {
      break;
    }
  }
  if (lseek(mem.get(), 0, SEEK_SET) != 0 ||
      fcntl(mem.get(), F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) !=
          0) {
    throw system_error(errno, "cannot seal the copy of standard input",
                       "memory-file seals need Linux 3.17 or newer");
  }
  return mem;
}

}  // namespace

// The candidate moves its own stdio onto 0, 1 and 2, which must not already hold one of its
// sources.
UniqueFd above_stdio(UniqueFd fd) {
  if (fd.get() >= 3) {
    return fd;
  }
  UniqueFd moved(fcntl(fd.get(), F_DUPFD_CLOEXEC, 3));
  if (!moved) {
    throw system_error(errno, "cannot duplicate a descriptor", kFdHint);
  }
  return moved;
}

void make_pipe(UniqueFd& read_end, UniqueFd& write_end) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    throw system_error(errno, "cannot create a pipe for the sandbox", kFdHint);
  }
  read_end = above_stdio(UniqueFd(fds[0]));
  write_end = above_stdio(UniqueFd(fds[1]));
}

OutputPipes make_output_pipes() {
  OutputPipes pipes;
  make_pipe(pipes.out_read, pipes.out_write);
  make_pipe(pipes.err_read, pipes.err_write);
  fcntl(pipes.out_read.get(), F_SETFL, O_NONBLOCK);
  fcntl(pipes.err_read.get(), F_SETFL, O_NONBLOCK);
  // A bigger pipe means fewer wake-ups for programs that print a lot.
  fcntl(pipes.out_write.get(), F_SETPIPE_SZ, 1 << 20);
  return pipes;
}

UniqueFd program_stdin(int fd) {
  if (fd < 0) {
    return {};
  }
  struct stat st {};
  if (fstat(fd, &st) != 0) {
    throw system_error(errno, "cannot pass standard input to the sandbox",
                       "RunSpec::stdin_fd must be an open, readable descriptor (or -1)");
  }
  // Pipes and devices are no host file the program could change; a regular file is copied.
  UniqueFd in =
      S_ISREG(st.st_mode) ? above_stdio(sealed_copy(fd)) : UniqueFd(fcntl(fd, F_DUPFD_CLOEXEC, 3));
  if (!in) {
    throw system_error(errno, "cannot pass standard input to the sandbox", kFdHint);
  }
  return in;
}

#endif  // SANDBOX_HELPER_BUILD
// --- Helper half: 0, 1 and 2 --------------------------------------------------------------------

SANDBOX_CHILD int connect_stdio(CandidateState& state) noexcept {
  const ChildPlan& plan = *state.plan;
  // Everything else (the judge's database, other runs' pipes, the seccomp listener) is closed
  // by execve. The table is shared with the keeper, so mark rather than close.
  const int in_fd = plan.stdin_fd >= 0 ? plan.stdin_fd : open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (in_fd < 0 || dup2(in_fd, 0) < 0 || dup2(plan.stdout_fd, 1) < 0 ||
      dup2(plan.stderr_fd, 2) < 0) {
    return errno;
  }
  if (syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) != 0) {
    return errno;
  }
  return 0;
}

// The library sees end-of-file as soon as the program's last process is gone, without waiting
// for this keeper's namespaces to be torn down.
SANDBOX_CHILD void drop_stdio_copies(const ChildPlan& plan) noexcept {
  for (int fd : {0, 1, 2, plan.stdin_fd, plan.stdout_fd, plan.stderr_fd}) {
    if (fd >= 0) {
      close(fd);
    }
  }
}

}  // namespace sandbox::detail
