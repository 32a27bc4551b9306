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

#include <algorithm>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "sandbox/error.h"

// The helper executable, embedded at build time (helper_blob.S).
extern "C" const char judge_sandbox_helper_start[];
extern "C" const char judge_sandbox_helper_end[];

namespace sandbox::detail {
namespace {

namespace fs = std::filesystem;

constexpr const char* kRootSteps[] = {
    "set the host name",       "make mounts private",
    "mount the staging tmpfs", "pivot into the staging tmpfs",
    "mount the new root",      "pivot into the new root",
    "detach the old root",
};

struct Entry {
  wire::EntryKind kind;
  std::string path;
  std::string source;
};

std::vector<Entry> root_entries(const HelperConfig& config) {
  std::vector<Entry> entries;
  auto host_entry = [&entries](const std::string& path) {
    std::error_code ec;
    auto status = fs::symlink_status(path, ec);
    if (ec || !fs::exists(status)) {
      return;
    }
    if (fs::is_symlink(status)) {
      entries.push_back({wire::EntryKind::kSymlink, path, fs::read_symlink(path, ec).string()});
    } else if (fs::is_directory(status)) {
      entries.push_back({wire::EntryKind::kBindDir, path, path});
    } else {
      entries.push_back({wire::EntryKind::kBindFile, path, path});
    }
  };
  for (const char* path : kSystemFolders) {
    host_entry(path);
  }
  entries.push_back({wire::EntryKind::kDir, "/etc", ""});
  for (const char* path : kSystemEtcFiles) {
    host_entry(path);
  }
  entries.push_back({wire::EntryKind::kFile, "/etc/passwd",
                     fmt::format("root:x:0:0:root:/tmp:/usr/sbin/nologin\n"
                                 "judge:x:{}:{}:judge:/tmp:/usr/sbin/nologin\n",
                                 kSandboxUid, kSandboxGid)});
  entries.push_back(
      {wire::EntryKind::kFile, "/etc/group", fmt::format("root:x:0:\njudge:x:{}:\n", kSandboxGid)});
  entries.push_back({wire::EntryKind::kFile, "/etc/hostname", "judge\n"});
  entries.push_back({wire::EntryKind::kFile, "/etc/hosts", "127.0.0.1 localhost judge\n"});
  for (const Bind& bind : config.system_binds) {
    std::error_code ec;
    fs::path real = fs::canonical(bind.source, ec);
    if (ec) {
      throw Error(
          fmt::format("cannot make '{}' visible in the sandbox: {}", bind.source, ec.message()));
    }
    fs::path target = bind.target.empty() ? real : fs::path(bind.target);
    std::string parent;
    for (const auto& part : target.parent_path()) {
      if (part == "/") {
        continue;
      }
      parent += "/" + part.string();
      entries.push_back({wire::EntryKind::kDir, parent, ""});
    }
    entries.push_back(
        {fs::is_directory(real) ? wire::EntryKind::kBindDir : wire::EntryKind::kBindFile,
         target.string(), real.string()});
  }
  for (const std::string& path : config.hidden) {
    entries.push_back({wire::EntryKind::kHide, path, ""});
  }
  entries.push_back({wire::EntryKind::kDir, "/dev", ""});
  for (const char* dev : kDevices) {
    entries.push_back({wire::EntryKind::kDevice, dev, dev});
  }
  entries.push_back({wire::EntryKind::kSymlink, "/dev/fd", "/proc/self/fd"});
  entries.push_back({wire::EntryKind::kSymlink, "/dev/stdin", "/proc/self/fd/0"});
  entries.push_back({wire::EntryKind::kSymlink, "/dev/stdout", "/proc/self/fd/1"});
  entries.push_back({wire::EntryKind::kSymlink, "/dev/stderr", "/proc/self/fd/2"});
  for (const char* dir : {"/proc", "/tmp", "/box"}) {
    entries.push_back({wire::EntryKind::kDir, dir, ""});
  }
  entries.push_back({wire::EntryKind::kHost, kHostDir, "/"});
  return entries;
}

void write_file(const std::string& path, const std::string& contents) {
  UniqueFd fd(open(path.c_str(), O_WRONLY | O_CLOEXEC));
  if (!fd ||
      write(fd.get(), contents.data(), contents.size()) != static_cast<ssize_t>(contents.size())) {
    throw system_error(errno, fmt::format("cannot write {}", path));
  }
}

bool inside(const fs::path& path, const fs::path& folder) {
  auto [end, _] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return end == folder.end() && path != folder;
}

}  // namespace

std::vector<std::string> hidden_inside_visible(const std::vector<std::string>& hidden,
                                               const std::vector<Bind>& system_binds) {
  std::vector<fs::path> visible;
  for (const char* folder : kSystemFolders) {
    std::error_code ec;
    fs::path real = fs::canonical(folder, ec);
    if (!ec) {
      visible.push_back(real);
    }
  }
  for (const Bind& bind : system_binds) {
    std::error_code ec;
    fs::path real = fs::canonical(bind.source, ec);
    if (!ec) {
      visible.push_back(real);
    }
  }
  std::vector<std::string> result;
  for (const std::string& path : hidden) {
    std::error_code ec;
    fs::path real = fs::canonical(path, ec);
    if (ec || !fs::is_directory(real, ec)) {
      continue;  // nothing there to hide
    }
    if (std::any_of(visible.begin(), visible.end(),
                    [&real](const fs::path& v) { return inside(real, v); }) &&
        std::find(result.begin(), result.end(), real.string()) == result.end()) {
      result.push_back(real.string());
    }
  }
  return result;
}

std::vector<std::string> allowed_around(const std::vector<std::string>& allowed,
                                        const std::vector<std::string>& hidden) {
  std::vector<std::string> result;
  // Depth-first: a folder holding a hidden one is replaced by its entries.
  std::vector<fs::path> todo;
  for (auto it = allowed.rbegin(); it != allowed.rend(); ++it) {
    todo.emplace_back(*it);
  }
  while (!todo.empty()) {
    fs::path path = todo.back();
    todo.pop_back();
    std::error_code ec;
    fs::path real = fs::canonical(path, ec);
    if (ec) {
      result.push_back(path.string());  // make_landlock_ruleset skips what does not exist
      continue;
    }
    bool hides = false;
    bool hidden_itself = false;
    for (const auto& h : hidden) {
      hides = hides || inside(fs::path(h), real);
      hidden_itself = hidden_itself || fs::path(h) == real;
    }
    if (hidden_itself) {
      continue;
    }
    if (!hides) {
      result.push_back(path.string());
      continue;
    }
    std::vector<fs::path> children;
    for (const auto& entry : fs::directory_iterator(real, ec)) {
      children.push_back(entry.path());
    }
    std::sort(children.rbegin(), children.rend());
    todo.insert(todo.end(), children.begin(), children.end());
  }
  return result;
}

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
  auto hello = begin_message(wire::Op::kHello);
  append(hello, static_cast<std::uint32_t>(config.namespaces ? 1 : 0));
  finish_message(hello);
  wire::Reply r = call(hello, {});
  exec_buffer_ = r.exec_buffer;
  if (!config.namespaces) {
    return;
  }
  if (r.ok != 1) {
    namespace_error_ = fmt::format("cannot create a user namespace: {}", std::strerror(r.error));
    return;
  }
  try {
    const std::string proc = fmt::format("/proc/{}", pid_);
    if (config.root_mode) {
      // Root outside stays root inside (so the helper can build the root file system), and the
      // programs' uid maps to nobody: no host file is theirs.
      write_file(proc + "/uid_map", fmt::format("0 0 1\n{} {} 1\n", kSandboxUid, kNobodyUid));
      write_file(proc + "/gid_map", fmt::format("0 0 1\n{} {} 1\n", kSandboxGid, kNobodyGid));
    } else {
      // An unprivileged user may map only itself, and must give up setgroups() to map a gid.
      write_file(proc + "/setgroups", "deny");
      write_file(proc + "/uid_map", fmt::format("{} {} 1\n", kSandboxUid, config.host_uid));
      write_file(proc + "/gid_map", fmt::format("{} {} 1\n", kSandboxGid, config.host_gid));
    }
    std::vector<Entry> entries = root_entries(config);
    auto root = begin_message(wire::Op::kRoot);
    append(root, static_cast<std::uint32_t>(entries.size()));
    std::string strings;
    for (const Entry& e : entries) {
      auto path = static_cast<std::uint32_t>(strings.size());
      strings += e.path;
      strings += '\0';
      auto source = static_cast<std::uint32_t>(strings.size());
      strings += e.source;
      strings += '\0';
      append(root,
             wire::RootEntry{e.kind, path, source, static_cast<std::uint32_t>(e.source.size())});
    }
    root.insert(root.end(), strings.begin(), strings.end());
    finish_message(root);
    wire::Reply built = call(root, {});
    if (built.ok != 1) {
      if (built.index >= 0 && static_cast<std::size_t>(built.index) < entries.size()) {
        const Entry& e = entries[static_cast<std::size_t>(built.index)];
        throw Error(fmt::format("cannot prepare '{}' in the sandbox's root (from '{}'): {}", e.path,
                                e.source, std::strerror(built.error)));
      }
      const char* step = built.step >= 0 && built.step < 7 ? kRootSteps[built.step] : "?";
      throw Error(fmt::format("cannot prepare the sandbox's root: {}: {}", step,
                              std::strerror(built.error)));
    }
    namespaces_ = true;
  } catch (const Error& e) {
    // Half-built namespaces are of no use: start again without them.
    namespace_error_ = e.what();
    stop();
    spawn();
    auto plain = begin_message(wire::Op::kHello);
    append(plain, std::uint32_t{0});
    finish_message(plain);
    exec_buffer_ = call(plain, {}).exec_buffer;
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
    throw system_error(errno, "cannot create the sandbox helper (memfd_create)");
  }
  const auto size = static_cast<std::size_t>(judge_sandbox_helper_end - judge_sandbox_helper_start);
  for (std::size_t done = 0; done < size;) {
    ssize_t n = write(exe.get(), judge_sandbox_helper_start + done, size - done);
    if (n <= 0) {
      throw system_error(errno, "cannot write the sandbox helper");
    }
    done += static_cast<std::size_t>(n);
  }
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0) {
    throw system_error(errno, "cannot create the sandbox helper's socket");
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
    throw system_error(rc, "cannot start the sandbox helper");
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
    throw Error(
        fmt::format("the run is too large to describe ({} bytes of arguments, "
                    "environment and paths; at most {})",
                    message.size(), wire::kMaxMessage));
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
    throw system_error(errno, "cannot talk to the sandbox helper");
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
               : fmt::format("cannot read the sandbox helper's reply: {}", std::strerror(errno)));
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
    throw system_error(r.error, "the sandbox helper refused the seccomp filters");
  }
}

Helper::Keeper Helper::start_run(const std::vector<char>& message, const std::vector<int>& fds) {
  UniqueFd pidfd;
  wire::Reply r = call(message, fds, &pidfd);
  if (r.ok != 1) {
    throw system_error(r.error, "the sandbox helper cannot start the run");
  }
  if (!pidfd) {
    throw Error("the sandbox helper did not pass the run's process descriptor");
  }
  return {static_cast<pid_t>(r.value), std::move(pidfd)};
}

}  // namespace sandbox::detail
