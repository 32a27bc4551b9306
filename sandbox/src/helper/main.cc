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
#include <linux/seccomp.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "../child.h"
#include "../wire.h"

namespace sandbox::detail {
namespace {

using wire::EntryKind;

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

// --- The minimal root ------------------------------------------------------------------------

int bind_read_only(const char* source, const char* target, bool device) {
  if (mount(source, target, nullptr, MS_BIND | MS_REC, nullptr) != 0) {
    return errno;
  }
  // A mount copied from the host keeps its locked flags (nosuid, nodev, atime...); a remount
  // that dropped one would fail. Devices keep their nodes usable; nothing keeps set-uid.
  unsigned long flags = MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | locked_flags(target);
  if (!device) {
    flags |= MS_NODEV;
  }
  return mount(nullptr, target, nullptr, flags, nullptr) == 0 ? 0 : errno;
}

int make_entry(EntryKind kind, const char* path, const char* source, std::size_t source_len) {
  switch (kind) {
    case EntryKind::kDir:
      return mkdir(path, 0755) == 0 || errno == EEXIST ? 0 : errno;
    case EntryKind::kHost:
      if (mkdir(path, 0755) != 0 && errno != EEXIST) {
        return errno;
      }
      if (mount(source, path, nullptr, MS_BIND | MS_REC, nullptr) != 0) {
        return errno;
      }
      // Host unmounts must reach this copy, or it would keep their file systems busy.
      return mount(nullptr, path, nullptr, MS_REC | MS_SLAVE, nullptr) == 0 ? 0 : errno;
    case EntryKind::kBindDir:
      if (mkdir(path, 0755) != 0 && errno != EEXIST) {
        return errno;
      }
      return bind_read_only(source, path, false);
    case EntryKind::kBindFile:
    case EntryKind::kDevice: {
      int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
      if (fd < 0) {
        return errno;
      }
      close(fd);
      return bind_read_only(source, path, kind == EntryKind::kDevice);
    }
    case EntryKind::kSymlink:
      return symlink(source, path) == 0 ? 0 : errno;
    case EntryKind::kHide:
      // An installed pack's tests, answers and solutions under a system folder (/usr/local/
      // share/judge): the folder is there, empty, unreadable and read-only.
      return mount("tmpfs", path, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC,
                   "size=4k,nr_inodes=1,mode=000") == 0
                 ? 0
                 : errno;
    case EntryKind::kFile: {
      int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
      if (fd < 0) {
        return errno;
      }
      ssize_t n = write(fd, source, source_len);
      int err = n == static_cast<ssize_t>(source_len) ? 0 : (n < 0 ? errno : EIO);
      close(fd);
      return err;
    }
  }
  return EINVAL;
}

// Builds the root the runs see and pivots this process into it. The host's root stays
// reachable at /.host, from where each run binds its own folders before covering it.
wire::Reply build_root(const Message& msg) {
  const char* base = msg.data() + sizeof(wire::Header);
  std::uint32_t count = 0;
  std::memcpy(&count, base, sizeof count);
  const auto* entries = reinterpret_cast<const wire::RootEntry*>(base + sizeof count);
  const char* strings = base + sizeof count + count * sizeof(wire::RootEntry);

  if (sethostname("judge", 5) != 0) {
    return failure(errno, -1, 0);
  }
  if (mount(nullptr, "/", nullptr, MS_REC | MS_SLAVE, nullptr) != 0) {
    return failure(errno, -1, 1);
  }
  // Stage on a tmpfs over /tmp and pivot into it: the host's root then sits at /oldroot, where
  // every host path (even one under /tmp) can be bound from.
  if (mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0755") != 0) {
    return failure(errno, -1, 2);
  }
  if (chdir("/tmp") != 0 || mkdir("oldroot", 0755) != 0 || mkdir("newroot", 0755) != 0 ||
      syscall(SYS_pivot_root, ".", "oldroot") != 0 || chdir("/") != 0) {
    return failure(errno, -1, 3);
  }
  // The root stays writable underneath: keepers create mountpoints for their binds, then
  // remount their own view read-only.
  if (mount("tmpfs", "/newroot", "tmpfs", MS_NOSUID | MS_NODEV,
            "size=1m,nr_inodes=4096,mode=0755") != 0) {
    return failure(errno, -1, 4);
  }
  char path[4096];
  char source[4096];
  for (std::uint32_t i = 0; i < count; ++i) {
    const wire::RootEntry& e = entries[i];
    const char* p = strings + e.path;
    const char* s = strings + e.source;
    if (std::strlen(p) + 9 >= sizeof path || std::strlen(s) + 9 >= sizeof source) {
      return failure(ENAMETOOLONG, static_cast<int>(i));
    }
    std::strcpy(path, "/newroot");
    std::strcat(path, p);
    std::size_t source_len = e.source_len;
    const char* src = s;
    if (e.kind == EntryKind::kBindDir || e.kind == EntryKind::kBindFile ||
        e.kind == EntryKind::kDevice || e.kind == EntryKind::kHost) {
      std::strcpy(source, "/oldroot");
      if (std::strcmp(s, "/") != 0) {
        std::strcat(source, s);
      }
      src = source;
      source_len = std::strlen(source);
    }
    if (int err = make_entry(e.kind, path, src, source_len); err != 0) {
      return failure(err, static_cast<int>(i));
    }
  }
  if (chdir("/newroot") != 0 || syscall(SYS_pivot_root, ".", ".") != 0) {
    return failure(errno, -1, 5);
  }
  if (umount2(".", MNT_DETACH) != 0 || chdir("/") != 0) {
    return failure(errno, -1, 6);
  }
  return success();
}

// --- Runs ------------------------------------------------------------------------------------

struct Filters {
  bool notify = false;
  std::vector<sock_filter> program[2];
  std::vector<int> patches[2];
  bool loaded = false;
};

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

struct RunState {
  ChildPlan plan;
  std::vector<char*> argv;
  std::vector<char*> envp;
  std::vector<MountStep> mounts;
};

// Starts a keeper; on success `pidfd` refers to it.
wire::Reply start_run(Message& msg, const Filters& filters, unsigned notif_size,
                      char* keeper_stack_top, int& pidfd) {
  auto close_fds = [&msg]() {
    for (int i = 0; i < msg.fd_count; ++i) {
      close(msg.fds[i]);
    }
  };
  char* base = msg.data() + sizeof(wire::Header);
  wire::RunHead head{};
  if (msg.size < sizeof(wire::Header) + sizeof head || !filters.loaded) {
    close_fds();
    return failure(EPROTO);
  }
  std::memcpy(&head, base, sizeof head);
  const int needed = 4 + ((head.flags & wire::kHasStdin) != 0 ? 1 : 0) +
                     ((head.flags & wire::kHasLandlock) != 0 ? 1 : 0);
  if (msg.fd_count != needed || head.rlimit_count > wire::kMaxRlimits || head.profile > 1) {
    close_fds();
    return failure(EPROTO);
  }
  auto* offsets = reinterpret_cast<std::uint32_t*>(base + sizeof head);
  auto* wmounts = reinterpret_cast<wire::WireMount*>(offsets + head.argc + head.envc);
  char* strings = reinterpret_cast<char*>(wmounts + head.mount_count);
  auto str = [strings](std::uint32_t off) -> char* {
    return off == wire::kNull ? nullptr : strings + off;
  };

  RunState state;
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
  int next = 0;
  plan.stdout_fd = msg.fds[next++];
  plan.stderr_fd = msg.fds[next++];
  plan.report_fd = msg.fds[next++];
  plan.control_fd = msg.fds[next++];
  plan.stdin_fd = (head.flags & wire::kHasStdin) != 0 ? msg.fds[next++] : -1;
  plan.landlock_fd = (head.flags & wire::kHasLandlock) != 0 ? msg.fds[next++] : -1;
  plan.namespaces = (head.flags & wire::kNamespaces) != 0;
  plan.mounts = state.mounts.data();
  plan.mount_count = state.mounts.size();
  plan.wait_for_go = (head.flags & wire::kWaitForGo) != 0;
  plan.set_ids = (head.flags & wire::kSetIds) != 0;
  plan.drop_groups = (head.flags & wire::kDropGroups) != 0;
  plan.kill_process_group = (head.flags & wire::kKillGroup) != 0;
  plan.count_all_processes = (head.flags & wire::kCountAllProcesses) != 0;
  plan.uid = head.uid;
  plan.gid = head.gid;
  plan.rlimit_count = static_cast<int>(head.rlimit_count);
  for (std::uint32_t i = 0; i < head.rlimit_count; ++i) {
    plan.rlimits[i] = {head.rlimits[i].resource, static_cast<rlim_t>(head.rlimits[i].value)};
  }
  // The keeper is a copy of this process: it patches its own copy of the instructions.
  auto& program = const_cast<std::vector<sock_filter>&>(filters.program[head.profile]);
  plan.filter.len = static_cast<unsigned short>(program.size());
  plan.filter.filter = program.data();
  plan.pid_patch_count = static_cast<int>(filters.patches[head.profile].size());
  for (int i = 0; i < plan.pid_patch_count; ++i) {
    plan.pid_patches[i] = filters.patches[head.profile][static_cast<std::size_t>(i)];
  }
  plan.notif_size = filters.notify ? notif_size : 0;
  plan.cpu_limit_ns = head.cpu_limit_ns;
  plan.wall_limit_ns = head.wall_limit_ns;
  plan.rss_limit_bytes = head.rss_limit_bytes;

  int flags = SIGCHLD;
  if (plan.namespaces) {
    flags |= CLONE_NEWPID | CLONE_NEWNS;
  }
  pid_t pid = clone(keeper_main, keeper_stack_top, flags, &plan);
  int err = errno;
  close_fds();
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

int serve(int sock) {
  // Reap keepers as they end.
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, nullptr);
  int sigfd = signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK);
  // Keepers inherit this helper's signal mask; they reset it for the program.
  Filters filters;
  constexpr std::size_t kKeeperStack = 256 * 1024;
  char* keeper_stack_top = lazy_alloc(kKeeperStack) + kKeeperStack;
  const unsigned notif_size = [] {
    seccomp_notif_sizes sizes{};
    return syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes) == 0 ? sizes.seccomp_notif : 0U;
  }();
  Message msg;
  for (;;) {
    pollfd fds[2] = {{sock, POLLIN, 0}, {sigfd, POLLIN, 0}};
    if (poll(fds, 2, -1) < 0 && errno != EINTR) {
      return 1;
    }
    if ((fds[1].revents & POLLIN) != 0) {
      signalfd_siginfo info{};
      while (read(sigfd, &info, sizeof info) > 0) {
      }
      while (waitpid(-1, nullptr, WNOHANG | __WALL) > 0) {
      }
    }
    if ((fds[0].revents & (POLLIN | POLLHUP | POLLERR)) == 0) {
      continue;
    }
    if (!receive(sock, msg)) {
      return 0;  // the library is gone; keepers die with us (PR_SET_PDEATHSIG)
    }
    wire::Header header{};
    if (msg.size < sizeof header) {
      return 1;
    }
    std::memcpy(&header, msg.data(), sizeof header);
    if (header.magic != wire::kMagic || header.size != msg.size) {
      return 1;
    }
    switch (header.op) {
      case wire::Op::kHello: {
        std::uint32_t namespaces = 0;
        std::memcpy(&namespaces, msg.data() + sizeof header, sizeof namespaces);
        if (namespaces != 0 && unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC |
                                       CLONE_NEWUTS) != 0) {
          wire::Reply r = failure(errno);
          r.exec_buffer = reinterpret_cast<std::uint64_t>(g_exec_path);
          reply(sock, r);
        } else {
          reply(sock, success());
        }
        break;
      }
      case wire::Op::kRoot:
        reply(sock, build_root(msg));
        break;
      case wire::Op::kFilters:
        // The library has written the user namespace's maps (a non-dumpable process's /proc
        // files belong to root, and an unprivileged library could not): from now on keep this
        // process's memory out of the programs' reach.
        prctl(PR_SET_DUMPABLE, 0);
        reply(sock, load_filters(msg, filters));
        break;
      case wire::Op::kRun: {
        int pidfd = -1;
        const wire::Reply r = start_run(msg, filters, notif_size, keeper_stack_top, pidfd);
        reply(sock, r, pidfd);
        if (pidfd >= 0) {
          close(pidfd);
        }
        break;
      }
      default:
        reply(sock, failure(EPROTO));
    }
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
