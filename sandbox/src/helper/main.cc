// judge-sandbox-helper: a small static process that the sandbox library starts once and keeps.
// It holds the namespaces every run shares (user, mount with the minimal root, network, IPC,
// UTS) and forks one keeper per run. Being small, its forks are cheap and the program's
// peak-memory figure does not include the judge's own memory (execve keeps the high-water
// mark of the memory the process had before).
//
// It talks to the library over one SOCK_SEQPACKET socket (descriptor number in argv[1]) and
// exits when the library closes it.
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "../candidate.h"
#include "../keeper.h"
#include "../plan.h"
#include "../root.h"
#include "../seccomp_filter.h"
#include "../user.h"
#include "../wire.h"

namespace sandbox::detail {
namespace {

constexpr int kMaxFds = 8;

// Memory from mmap is touched only where used: the keepers, copies of this process, then
// carry little into the programs' peak-memory figure.
char* lazy_alloc(std::size_t size) {
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) {
    _exit(1);
  }
  return static_cast<char*>(p);
}

struct Message {
  char* buffer = lazy_alloc(wire::kMaxMessage);
  std::size_t size = 0;
  int fds[kMaxFds];
  int fd_count = 0;
  [[nodiscard]] const char* data() const { return buffer; }
  [[nodiscard]] char* data() { return buffer; }
};

bool receive(int sock, Message& msg) {
  char control[CMSG_SPACE(sizeof(int) * kMaxFds)];
  iovec iov{msg.buffer, wire::kMaxMessage};
  msghdr hdr{};
  hdr.msg_iov = &iov;
  hdr.msg_iovlen = 1;
  hdr.msg_control = control;
  hdr.msg_controllen = sizeof control;
  ssize_t n;
  do {
    n = recvmsg(sock, &hdr, MSG_CMSG_CLOEXEC);
  } while (n < 0 && errno == EINTR);
  if (n <= 0) {
    return false;
  }
  msg.size = static_cast<std::size_t>(n);
  msg.fd_count = 0;
  for (cmsghdr* c = CMSG_FIRSTHDR(&hdr); c != nullptr; c = CMSG_NXTHDR(&hdr, c)) {
    if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
      int count = static_cast<int>((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
      for (int i = 0; i < count && msg.fd_count < kMaxFds; ++i) {
        std::memcpy(&msg.fds[msg.fd_count++], CMSG_DATA(c) + i * sizeof(int), sizeof(int));
      }
    }
  }
  return true;
}

// Sends `r`, with descriptor `fd` attached when there is one.
void reply(int sock, const wire::Reply& r, int fd = -1) {
  iovec iov{const_cast<wire::Reply*>(&r), sizeof r};
  msghdr hdr{};
  hdr.msg_iov = &iov;
  hdr.msg_iovlen = 1;
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))];
  if (fd >= 0) {
    hdr.msg_control = control;
    hdr.msg_controllen = sizeof control;
    cmsghdr* c = CMSG_FIRSTHDR(&hdr);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    std::memcpy(CMSG_DATA(c), &fd, sizeof fd);
  }
  while (sendmsg(sock, &hdr, MSG_NOSIGNAL) < 0 && errno == EINTR) {
  }
}

wire::Reply failure(int err, int index = -1, int step = -1) {
  return wire::Reply{0, err, index, step, 0, 0};
}

wire::Reply success(std::int64_t value = 0) {
  return wire::Reply{1, 0, -1, -1, value, reinterpret_cast<std::uint64_t>(g_exec_path)};
}

// --- Requests ----------------------------------------------------------------------------------

// kHello: the namespaces every run shares, if asked for.
wire::Reply hello(const Message& msg) {
  std::uint32_t namespaces = 0;
  std::memcpy(&namespaces, msg.data() + sizeof(wire::Header), sizeof namespaces);
  if (namespaces == 0) {
    return success();
  }
  const int err = unshare_namespaces();  // user.cc
  if (err == 0) {
    return success();
  }
  wire::Reply r = failure(err);
  r.exec_buffer = reinterpret_cast<std::uint64_t>(g_exec_path);
  return r;
}

// kRoot: builds the minimal root (root.cc) and pivots into it.
wire::Reply make_root(const Message& msg) {
  const char* base = msg.data() + sizeof(wire::Header);
  RootBuild build;
  std::memcpy(&build.count, base, sizeof build.count);
  build.entries = reinterpret_cast<const wire::RootEntry*>(base + sizeof build.count);
  build.strings = base + sizeof build.count + build.count * sizeof(wire::RootEntry);
  int err = 0;
  const RootStep failed = build_root(build, err);
  if (failed == RootStep::kNone) {
    return success();
  }
  return failure(err, build.failed_entry, static_cast<int>(failed));
}

struct Filters {
  bool notify = false;
  std::vector<sock_filter> program[2];
  std::vector<int> patches[2];
  bool loaded = false;
};

// kFilters: keeps the two compiled programs (seccomp_filter.cc) for every later run.
wire::Reply load_filters(const Message& msg, Filters& filters) {
  const char* p = msg.data() + sizeof(wire::Header);
  const char* end = msg.data() + msg.size;
  wire::FilterHead head{};
  if (end - p < static_cast<long>(sizeof head)) {
    return failure(EPROTO);
  }
  std::memcpy(&head, p, sizeof head);
  p += sizeof head;
  filters.notify = head.notify != 0;
  for (int i = 0; i < 2; ++i) {
    filters.patches[i].resize(head.patches[i]);
    for (auto& patch : filters.patches[i]) {
      std::uint32_t v = 0;
      std::memcpy(&v, p, sizeof v);
      p += sizeof v;
      patch = static_cast<int>(v);
    }
    filters.program[i].resize(head.length[i]);
    std::memcpy(filters.program[i].data(), p, head.length[i] * sizeof(sock_filter));
    p += head.length[i] * sizeof(sock_filter);
    if (p > end || filters.patches[i].size() > static_cast<std::size_t>(kMaxPatches)) {
      return failure(EPROTO);
    }
  }
  filters.loaded = true;
  return success();
}

// One run's plan, decoded, with the storage its pointers refer to.
struct RunState {
  ChildPlan plan;
  std::vector<char*> argv;
  std::vector<char*> envp;
  std::vector<MountStep> mounts;
};

// The descriptors of a kRun message, in order: stdout, stderr, report, control, [stdin],
// [landlock]. False if their number does not match the flags.
bool take_fds(const Message& msg, std::uint32_t flags, ChildPlan& plan) {
  const bool has_stdin = (flags & wire::kHasStdin) != 0;
  const bool has_landlock = (flags & wire::kHasLandlock) != 0;
  if (msg.fd_count != 4 + (has_stdin ? 1 : 0) + (has_landlock ? 1 : 0)) {
    return false;
  }
  int next = 0;
  plan.stdout_fd = msg.fds[next++];
  plan.stderr_fd = msg.fds[next++];
  plan.report_fd = msg.fds[next++];
  plan.control_fd = msg.fds[next++];
  plan.stdin_fd = has_stdin ? msg.fds[next++] : -1;
  plan.landlock_fd = has_landlock ? msg.fds[next++] : -1;
  return true;
}

// The program's arguments and environment, and the run's mounts, from the string table.
void take_tables(char* base, const wire::RunHead& head, RunState& state) {
  auto* offsets = reinterpret_cast<std::uint32_t*>(base + sizeof head);
  auto* wmounts = reinterpret_cast<wire::WireMount*>(offsets + head.argc + head.envc);
  char* strings = reinterpret_cast<char*>(wmounts + head.mount_count);
  auto str = [strings](std::uint32_t off) -> char* {
    return off == wire::kNull ? nullptr : strings + off;
  };
  for (std::uint32_t i = 0; i < head.argc; ++i) {
    state.argv.push_back(str(offsets[i]));
  }
  state.argv.push_back(nullptr);
  for (std::uint32_t i = 0; i < head.envc; ++i) {
    state.envp.push_back(str(offsets[head.argc + i]));
  }
  state.envp.push_back(nullptr);
  for (std::uint32_t i = 0; i < head.mount_count; ++i) {
    const wire::WireMount& m = wmounts[i];
    state.mounts.push_back({static_cast<MountStep::Kind>(m.kind), str(m.source), str(m.target),
                            str(m.data), m.writable != 0, m.directory != 0});
  }
  ChildPlan& plan = state.plan;
  plan.argv = state.argv.data();
  plan.envp = state.envp.data();
  plan.exec_path = str(head.exec_path);
  plan.cwd = str(head.cwd);
  plan.mounts = state.mounts.data();
  plan.mount_count = state.mounts.size();
}

// The run's seccomp program: the keeper is a copy of this process, and patches its own copy of
// the instructions.
SeccompPlan seccomp_plan(const Filters& filters, std::uint32_t profile, unsigned notif_size) {
  auto& program = const_cast<std::vector<sock_filter>&>(filters.program[profile]);
  SeccompPlan seccomp{};
  seccomp.filter.len = static_cast<unsigned short>(program.size());
  seccomp.filter.filter = program.data();
  seccomp.pid_patch_count = static_cast<int>(filters.patches[profile].size());
  for (int i = 0; i < seccomp.pid_patch_count; ++i) {
    seccomp.pid_patches[i] = filters.patches[profile][static_cast<std::size_t>(i)];
  }
  seccomp.notif_size = filters.notify ? notif_size : 0;
  return seccomp;
}

// Decodes a kRun message into `state`. False if it is malformed.
bool decode_run(Message& msg, const Filters& filters, unsigned notif_size, RunState& state) {
  char* base = msg.data() + sizeof(wire::Header);
  wire::RunHead head{};
  if (msg.size < sizeof(wire::Header) + sizeof head || !filters.loaded) {
    return false;
  }
  std::memcpy(&head, base, sizeof head);
  ChildPlan& plan = state.plan;
  if (head.rlimits.count > kMaxRlimits || head.profile > 1 || !take_fds(msg, head.flags, plan)) {
    return false;
  }
  take_tables(base, head, state);
  plan.namespaces = (head.flags & wire::kNamespaces) != 0;
  plan.kill_process_group = (head.flags & wire::kKillGroup) != 0;
  plan.wait_for_go = (head.flags & wire::kWaitForGo) != 0;
  plan.credentials = head.credentials;
  plan.rlimits = head.rlimits;
  plan.seccomp = seccomp_plan(filters, head.profile, notif_size);
  plan.time = head.time;
  plan.memory = head.memory;
  return true;
}

// kRun: starts a keeper (keeper.cc); on success `pidfd` refers to it.
wire::Reply start_run(Message& msg, const Filters& filters, unsigned notif_size,
                      char* keeper_stack_top, int& pidfd) {
  RunState state;
  const bool decoded = decode_run(msg, filters, notif_size, state);
  pid_t pid = -1;
  int err = EPROTO;
  if (decoded) {
    const int flags = SIGCHLD | (state.plan.namespaces ? CLONE_NEWPID | CLONE_NEWNS : 0);
    pid = clone(keeper_main, keeper_stack_top, flags, &state.plan);
    err = errno;
  }
  for (int i = 0; i < msg.fd_count; ++i) {
    close(msg.fds[i]);  // the keeper has its copies
  }
  if (pid < 0) {
    return failure(err);
  }
  // Opened here, before this loop can reap the keeper: a fast run may end before the library
  // hears of it, and its PID could then name another process.
  pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  if (pidfd < 0) {
    err = errno;
    kill(pid, SIGKILL);
    return failure(err);
  }
  return success(pid);
}

// --- The loop ----------------------------------------------------------------------------------

struct Server {
  int sock;
  int sigfd;
  Filters filters;
  char* keeper_stack_top;
  unsigned notif_size;
  Message msg;
};

// Keepers are reaped as they end.
void reap_keepers(int sigfd) {
  signalfd_siginfo info{};
  while (read(sigfd, &info, sizeof info) > 0) {
  }
  while (waitpid(-1, nullptr, WNOHANG | __WALL) > 0) {
  }
}

// Answers the request in `server.msg`.
void handle(Server& server) {
  const Message& msg = server.msg;
  wire::Header header{};
  std::memcpy(&header, msg.data(), sizeof header);
  switch (header.op) {
    case wire::Op::kHello:
      reply(server.sock, hello(msg));
      break;
    case wire::Op::kRoot:
      reply(server.sock, make_root(msg));
      break;
    case wire::Op::kFilters:
      // The library has written the user namespace's maps (a non-dumpable process's /proc
      // files belong to root, and an unprivileged library could not): from now on keep this
      // process's memory out of the programs' reach.
      prctl(PR_SET_DUMPABLE, 0);
      reply(server.sock, load_filters(msg, server.filters));
      break;
    case wire::Op::kRun: {
      int pidfd = -1;
      const wire::Reply r =
          start_run(server.msg, server.filters, server.notif_size, server.keeper_stack_top, pidfd);
      reply(server.sock, r, pidfd);
      if (pidfd >= 0) {
        close(pidfd);
      }
      break;
    }
    default:
      reply(server.sock, failure(EPROTO));
  }
}

// A message that is whole and ours.
bool well_formed(const Message& msg) {
  wire::Header header{};
  if (msg.size < sizeof header) {
    return false;
  }
  std::memcpy(&header, msg.data(), sizeof header);
  return header.magic == wire::kMagic && header.size == msg.size;
}

int serve(int sock) {
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, nullptr);
  // Keepers inherit this helper's signal mask; they reset it for the program.
  constexpr std::size_t kKeeperStack = 256 * 1024;
  Server server{sock,
                signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK),
                {},
                lazy_alloc(kKeeperStack) + kKeeperStack,
                seccomp_notif_size(),
                {}};
  for (;;) {
    pollfd fds[2] = {{sock, POLLIN, 0}, {server.sigfd, POLLIN, 0}};
    if (poll(fds, 2, -1) < 0 && errno != EINTR) {
      return 1;
    }
    if ((fds[1].revents & POLLIN) != 0) {
      reap_keepers(server.sigfd);
    }
    if ((fds[0].revents & (POLLIN | POLLHUP | POLLERR)) == 0) {
      continue;
    }
    if (!receive(sock, server.msg)) {
      return 0;  // the library is gone; keepers die with us (PR_SET_PDEATHSIG)
    }
    if (!well_formed(server.msg)) {
      return 1;
    }
    handle(server);
  }
}

}  // namespace
}  // namespace sandbox::detail

int main(int argc, char** argv) {
  if (argc != 2) {
    static const char kUsage[] =
        "judge-sandbox-helper: started by the judge's sandbox library, not by hand\n";
    (void)!write(2, kUsage, sizeof kUsage - 1);
    return 2;
  }
  return sandbox::detail::serve(std::atoi(argv[1]));
}
