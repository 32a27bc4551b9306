#include "helper_client.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>

#include <fmt/format.h>

#include "root.h"
#include "sandbox/error.h"
#include "user.h"

// The helper executable, embedded at build time (helper_blob.S).
extern "C" const char judge_sandbox_helper_start[];
extern "C" const char judge_sandbox_helper_end[];

namespace sandbox::detail {
namespace {

constexpr const char* kGoneHint =
    "the sandbox helper is gone (killed from outside, or out of memory); start again";
constexpr const char* kBugHint = "this is a bug in the sandbox; please report it";

// The string table of a message.
class Strings {
 public:
  std::uint32_t add(const std::string& s) {
    auto offset = static_cast<std::uint32_t>(data_.size());
    data_ += s;
    data_ += '\0';
    return offset;
  }
  std::uint32_t add_or_null(const std::string& s) { return s.empty() ? wire::kNull : add(s); }
  [[nodiscard]] const std::string& data() const noexcept { return data_; }

 private:
  std::string data_;
};

}  // namespace

std::vector<char> begin_message(wire::Op op) {
  std::vector<char> message;
  message.reserve(4096);
  append(message, wire::Header{wire::kMagic, op, 0, 0});
  return message;
}

void finish_message(std::vector<char>& message) {
  const auto size = static_cast<std::uint32_t>(message.size());
  std::memcpy(message.data() + offsetof(wire::Header, size), &size, sizeof size);
}

Helper::Helper(const HelperConfig& config) {
  spawn();
  const wire::Reply r = hello(config.namespaces);
  if (!config.namespaces) {
    return;
  }
  if (r.ok != 1) {
    namespace_error_ = fmt::format("cannot create a user namespace: {}", std::strerror(r.error));
    return;
  }
  try {
    set_up_namespaces(config);
    namespaces_ = true;
  } catch (const Error& e) {
    // Half-built namespaces are of no use: start again without them.
    namespace_error_ = e.what();
    stop();
    spawn();
    (void)hello(false);
  }
}

wire::Reply Helper::hello(bool namespaces) {
  auto message = begin_message(wire::Op::kHello);
  append(message, static_cast<std::uint32_t>(namespaces ? 1 : 0));
  finish_message(message);
  const wire::Reply r = call(message, {});
  exec_buffer_ = r.exec_buffer;
  return r;
}

void Helper::set_up_namespaces(const HelperConfig& config) {
  write_id_maps(pid_, config.host_uid, config.host_gid, config.root_mode);    // user.cc
  const RootMessage root = root_message(config.system_binds, config.hidden);  // root.cc
  const wire::Reply built = call(root.message, {});
  if (built.ok != 1) {
    throw root_error(built, root);
  }
}

Helper::~Helper() {
  stop();
}

void Helper::spawn() {
  // The helper runs from an in-memory copy of the embedded executable: nothing to install,
  // and no path anyone could swap.
  UniqueFd exe(memfd_create("judge-sandbox-helper", MFD_CLOEXEC));
  if (!exe) {
    throw system_error(errno, "cannot create the sandbox helper (memfd_create)",
                       "memory files need Linux 3.17 or newer, and a free descriptor");
  }
  const auto size = static_cast<std::size_t>(judge_sandbox_helper_end - judge_sandbox_helper_start);
  for (std::size_t done = 0; done < size;) {
    ssize_t n = write(exe.get(), judge_sandbox_helper_start + done, size - done);
    if (n <= 0) {
      throw system_error(errno, "cannot write the sandbox helper",
                         "the helper's in-memory copy needs a few MiB of memory");
    }
    done += static_cast<std::size_t>(n);
  }
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0) {
    throw system_error(errno, "cannot create the sandbox helper's socket",
                       "the process may be out of descriptors: raise its open-file limit "
                       "(ulimit -n)");
  }
  socket_.reset(sv[0]);
  UniqueFd theirs(sv[1]);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  // dup2 onto itself clears close-on-exec for this descriptor only (glibc 2.29+).
  posix_spawn_file_actions_adddup2(&actions, theirs.get(), theirs.get());
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attr, &none);
  sigset_t all;
  sigfillset(&all);
  posix_spawnattr_setsigdefault(&attr, &all);
  // A process group of its own: Ctrl-C on a terminal signals the whole foreground group, and
  // the helper (with the runs it keeps) must outlive it until the judge has stopped them and
  // recorded what was judged. It still ends with the judge: its socket closes then.
  posix_spawnattr_setpgroup(&attr, 0);
  posix_spawnattr_setflags(&attr,
                           POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);
  std::string path = fmt::format("/proc/self/fd/{}", exe.get());
  std::string fd_arg = std::to_string(theirs.get());
  char name[] = "judge-sandbox-helper";
  char* argv[] = {name, fd_arg.data(), nullptr};
  char* envp[] = {nullptr};
  // The memfd must survive until execve has opened it: posix_spawn's child opens the path
  // before close-on-exec descriptors go.
  int rc = posix_spawn(&pid_, path.c_str(), &actions, &attr, argv, envp);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) {
    pid_ = -1;
    throw system_error(rc, "cannot start the sandbox helper",
                       "the helper starts from /proc/self/fd, so /proc must be mounted; the "
                       "judge's user may also be at its process limit (ulimit -u)");
  }
}

void Helper::stop() {
  socket_.reset();  // the helper exits on EOF, and its keepers with it
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    while (waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
  }
}

wire::Reply Helper::call(const std::vector<char>& message, const std::vector<int>& fds,
                         UniqueFd* received) {
  if (message.size() > wire::kMaxMessage) {
    throw Error(fmt::format("the run is too large to describe ({} bytes of arguments, "
                            "environment and paths; at most {})",
                            message.size(), wire::kMaxMessage),
                "pass large data through standard input or a bind, not in arguments or the "
                "environment");
  }
  iovec iov{const_cast<char*>(message.data()), message.size()};
  msghdr hdr{};
  hdr.msg_iov = &iov;
  hdr.msg_iovlen = 1;
  std::vector<char> control(CMSG_SPACE(sizeof(int) * fds.size()));
  if (!fds.empty()) {
    hdr.msg_control = control.data();
    hdr.msg_controllen = control.size();
    cmsghdr* c = CMSG_FIRSTHDR(&hdr);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int) * fds.size());
    std::memcpy(CMSG_DATA(c), fds.data(), sizeof(int) * fds.size());
  }
  std::lock_guard lock(mutex_);
  ssize_t n;
  do {
    n = sendmsg(socket_.get(), &hdr, MSG_NOSIGNAL);
  } while (n < 0 && errno == EINTR);
  if (n != static_cast<ssize_t>(message.size())) {
    throw system_error(errno, "cannot talk to the sandbox helper", kGoneHint);
  }
  wire::Reply reply{};
  iovec reply_iov{&reply, sizeof reply};
  alignas(cmsghdr) char reply_control[CMSG_SPACE(sizeof(int))];
  msghdr reply_hdr{};
  reply_hdr.msg_iov = &reply_iov;
  reply_hdr.msg_iovlen = 1;
  reply_hdr.msg_control = reply_control;
  reply_hdr.msg_controllen = sizeof reply_control;
  do {
    n = recvmsg(socket_.get(), &reply_hdr, MSG_CMSG_CLOEXEC);
  } while (n < 0 && errno == EINTR);
  for (cmsghdr* c = n > 0 ? CMSG_FIRSTHDR(&reply_hdr) : nullptr; c != nullptr;
       c = CMSG_NXTHDR(&reply_hdr, c)) {
    if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
      int fd = -1;
      std::memcpy(&fd, CMSG_DATA(c), sizeof fd);
      UniqueFd owned(fd);
      if (received != nullptr) {
        *received = std::move(owned);
      }
    }
  }
  if (n != sizeof reply) {
    throw Error(
        n == 0 ? "the sandbox helper exited unexpectedly"
               : fmt::format("cannot read the sandbox helper's reply: {}", std::strerror(errno)),
        kGoneHint);
  }
  return reply;
}

void Helper::load_filters(bool notify, const std::vector<sock_filter>* programs,
                          const std::vector<int>* patches) {
  auto message = begin_message(wire::Op::kFilters);
  wire::FilterHead head{notify ? 1U : 0U,
                        {static_cast<std::uint32_t>(programs[0].size()),
                         static_cast<std::uint32_t>(programs[1].size())},
                        {static_cast<std::uint32_t>(patches[0].size()),
                         static_cast<std::uint32_t>(patches[1].size())}};
  append(message, head);
  for (int i = 0; i < 2; ++i) {
    for (int patch : patches[i]) {
      append(message, static_cast<std::uint32_t>(patch));
    }
    for (const sock_filter& insn : programs[i]) {
      append(message, insn);
    }
  }
  finish_message(message);
  wire::Reply r = call(message, {});
  if (r.ok != 1) {
    throw system_error(r.error, "the sandbox helper refused the seccomp filters", kBugHint);
  }
}

Helper::Keeper Helper::start_run(const std::vector<char>& message, const std::vector<int>& fds) {
  UniqueFd pidfd;
  wire::Reply r = call(message, fds, &pidfd);
  if (r.ok != 1) {
    throw system_error(r.error, "the sandbox helper cannot start the run",
                       "the judge's user may be at its process limit (ulimit -u), or the "
                       "machine out of memory");
  }
  if (!pidfd) {
    throw Error("the sandbox helper did not pass the run's process descriptor", kBugHint);
  }
  return {static_cast<pid_t>(r.value), std::move(pidfd)};
}

std::vector<char> run_message(RunRequest& request) {
  Strings strings;
  wire::RunHead& head = request.head;
  std::vector<std::uint32_t> offsets;
  for (const auto& arg : request.argv) {
    offsets.push_back(strings.add(arg));
  }
  for (const auto& variable : request.env) {
    offsets.push_back(strings.add(variable));
  }
  head.argc = static_cast<std::uint32_t>(request.argv.size());
  head.envc = static_cast<std::uint32_t>(request.env.size());
  head.exec_path = offsets.at(0);
  head.cwd = strings.add(request.cwd);
  std::vector<wire::WireMount> mounts;
  for (const MountRequest& m : request.mounts) {
    mounts.push_back({static_cast<std::uint32_t>(m.kind), strings.add_or_null(m.source),
                      strings.add(m.target), strings.add_or_null(m.data), m.writable ? 1U : 0U,
                      m.directory ? 1U : 0U});
  }
  head.mount_count = static_cast<std::uint32_t>(mounts.size());
  std::vector<char> message = begin_message(wire::Op::kRun);
  append(message, head);
  for (auto offset : offsets) {
    append(message, offset);
  }
  for (const auto& m : mounts) {
    append(message, m);
  }
  message.insert(message.end(), strings.data().begin(), strings.data().end());
  finish_message(message);
  return message;
}

}  // namespace sandbox::detail
