// The minimal root. Built once per helper: every run's mount namespace is a copy of it, with
// the run's own mounts on top (mounts.cc).
#include "root.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstring>

#include "mounts.h"

#ifndef SANDBOX_HELPER_BUILD
#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "helper_client.h"
#include "user.h"
#endif

namespace sandbox::detail {

#ifndef SANDBOX_HELPER_BUILD
// --- Library half: list the entries ----------------------------------------------------------

namespace {

namespace fs = std::filesystem;

struct Entry {
  wire::EntryKind kind;
  std::string path;
  std::string source;
};

// A host path as it is: a link stays a link, a folder or file is bound read-only.
void add_host_path(std::vector<Entry>& entries, const std::string& path) {
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
}

// /etc: what the loader and runtimes read, and users and names of the sandbox's own.
void add_etc(std::vector<Entry>& entries) {
  entries.push_back({wire::EntryKind::kDir, "/etc", ""});
  for (const char* path : kSystemEtcFiles) {
    add_host_path(entries, path);
  }
  entries.push_back({wire::EntryKind::kFile, "/etc/passwd",
                     fmt::format("root:x:0:0:root:/tmp:/usr/sbin/nologin\n"
                                 "judge:x:{}:{}:judge:/tmp:/usr/sbin/nologin\n",
                                 kSandboxUid, kSandboxGid)});
  entries.push_back(
      {wire::EntryKind::kFile, "/etc/group", fmt::format("root:x:0:\njudge:x:{}:\n", kSandboxGid)});
  entries.push_back({wire::EntryKind::kFile, "/etc/hostname", "judge\n"});
  entries.push_back({wire::EntryKind::kFile, "/etc/hosts", "127.0.0.1 localhost judge\n"});
}

// Extra read-only folders (toolchain prefixes outside /usr), with their parents.
void add_system_binds(std::vector<Entry>& entries, const std::vector<Bind>& system_binds) {
  for (const Bind& bind : system_binds) {
    std::error_code ec;
    fs::path real = fs::canonical(bind.source, ec);
    if (ec) {
      throw Error(
          fmt::format("cannot make '{}' visible in the sandbox: {}", bind.source, ec.message()),
          "check that every extra system folder (SandboxOptions::system_binds) exists");
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
}

// /dev: the harmless devices, and the links programs expect.
void add_dev(std::vector<Entry>& entries) {
  entries.push_back({wire::EntryKind::kDir, "/dev", ""});
  for (const char* dev : kDevices) {
    entries.push_back({wire::EntryKind::kDevice, dev, dev});
  }
  entries.push_back({wire::EntryKind::kSymlink, "/dev/fd", "/proc/self/fd"});
  entries.push_back({wire::EntryKind::kSymlink, "/dev/stdin", "/proc/self/fd/0"});
  entries.push_back({wire::EntryKind::kSymlink, "/dev/stdout", "/proc/self/fd/1"});
  entries.push_back({wire::EntryKind::kSymlink, "/dev/stderr", "/proc/self/fd/2"});
}

std::vector<Entry> root_entries(const std::vector<Bind>& system_binds,
                                const std::vector<std::string>& hidden) {
  std::vector<Entry> entries;
  for (const char* path : kSystemFolders) {
    add_host_path(entries, path);
  }
  add_etc(entries);
  add_system_binds(entries, system_binds);
  for (const std::string& path : hidden) {
    entries.push_back({wire::EntryKind::kHide, path, ""});
  }
  add_dev(entries);
  for (const char* dir : {"/proc", "/tmp", "/box"}) {
    entries.push_back({wire::EntryKind::kDir, dir, ""});
  }
  entries.push_back({wire::EntryKind::kHost, kHostDir, "/"});
  return entries;
}

}  // namespace

std::vector<std::string> hidden_inside_visible(const std::vector<std::string>& hidden,
                                               const std::vector<Bind>& system_binds) {
  std::vector<std::string> visible;
  auto add_visible = [&visible](const std::string& path) {
    std::error_code ec;
    fs::path real = fs::canonical(path, ec);
    if (!ec) {
      visible.push_back(real.string());
    }
  };
  for (const char* folder : kSystemFolders) {
    add_visible(folder);
  }
  for (const Bind& bind : system_binds) {
    add_visible(bind.source);
  }
  std::vector<std::string> result;
  for (const std::string& path : hidden) {
    std::error_code ec;
    const fs::path real = fs::canonical(path, ec);
    if (ec || !fs::is_directory(real, ec)) {
      continue;  // nothing there to hide
    }
    const std::string name = real.string();
    const bool covered = std::any_of(visible.begin(), visible.end(), [&name](const auto& v) {
      return name != v && path_within(name, v);
    });
    if (covered && std::find(result.begin(), result.end(), name) == result.end()) {
      result.push_back(name);
    }
  }
  return result;
}

RootMessage root_message(const std::vector<Bind>& system_binds,
                         const std::vector<std::string>& hidden) {
  const std::vector<Entry> entries = root_entries(system_binds, hidden);
  RootMessage root;
  root.message = begin_message(wire::Op::kRoot);
  append(root.message, static_cast<std::uint32_t>(entries.size()));
  std::string strings;
  for (const Entry& e : entries) {
    auto path = static_cast<std::uint32_t>(strings.size());
    strings += e.path;
    strings += '\0';
    auto source = static_cast<std::uint32_t>(strings.size());
    strings += e.source;
    strings += '\0';
    append(root.message,
           wire::RootEntry{e.kind, path, source, static_cast<std::uint32_t>(e.source.size())});
    root.paths.push_back(e.path);
    root.sources.push_back(e.source);
  }
  root.message.insert(root.message.end(), strings.begin(), strings.end());
  finish_message(root.message);
  return root;
}

Error root_error(const wire::Reply& reply, const RootMessage& root) {
  if (reply.index >= 0 && static_cast<std::size_t>(reply.index) < root.paths.size()) {
    const auto i = static_cast<std::size_t>(reply.index);
    return Error(fmt::format("cannot prepare '{}' in the sandbox's root (from '{}'): {}",
                             root.paths[i], root.sources[i], std::strerror(reply.error)),
                 "check that the judge's user can read that host path");
  }
  return Error(
      fmt::format("cannot prepare the sandbox's root: {}: {}",
                  root_step_name(static_cast<RootStep>(reply.step)), std::strerror(reply.error)),
      "the kernel refused a mount in the user namespace; the sandbox then runs "
      "without namespaces");
}

#endif  // SANDBOX_HELPER_BUILD
// --- Helper half: build and pivot -------------------------------------------------------------

namespace {

int bind_read_only(const char* source, const char* target, bool device) noexcept {
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

int make_dir(const char* path) noexcept {
  return mkdir(path, 0755) == 0 || errno == EEXIST ? 0 : errno;
}

int make_file(const char* path, const char* contents, std::size_t size) noexcept {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    return errno;
  }
  ssize_t n = size == 0 ? 0 : write(fd, contents, size);
  int err = n == static_cast<ssize_t>(size) ? 0 : (n < 0 ? errno : EIO);
  close(fd);
  return err;
}

int make_entry(wire::EntryKind kind, const char* path, const char* source,
               std::size_t source_len) noexcept {
  switch (kind) {
    case wire::EntryKind::kDir:
      return make_dir(path);
    case wire::EntryKind::kHost:
      if (int err = make_dir(path); err != 0) {
        return err;
      }
      if (mount(source, path, nullptr, MS_BIND | MS_REC, nullptr) != 0) {
        return errno;
      }
      // Host unmounts must reach this copy, or it would keep their file systems busy.
      return mount(nullptr, path, nullptr, MS_REC | MS_SLAVE, nullptr) == 0 ? 0 : errno;
    case wire::EntryKind::kBindDir:
      if (int err = make_dir(path); err != 0) {
        return err;
      }
      return bind_read_only(source, path, false);
    case wire::EntryKind::kBindFile:
    case wire::EntryKind::kDevice:
      if (int err = make_file(path, "", 0); err != 0) {
        return err;
      }
      return bind_read_only(source, path, kind == wire::EntryKind::kDevice);
    case wire::EntryKind::kSymlink:
      return symlink(source, path) == 0 ? 0 : errno;
    case wire::EntryKind::kHide:
      // An installed pack's tests, answers and solutions under a system folder (/usr/local/
      // share/judge): the folder is there, empty, unreadable and read-only.
      return mount("tmpfs", path, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC,
                   "size=4k,nr_inodes=1,mode=000") == 0
                 ? 0
                 : errno;
    case wire::EntryKind::kFile:
      return make_file(path, source, source_len);
  }
  return EINVAL;
}

int set_host_name(RootBuild&) noexcept {
  return sethostname("judge", 5) == 0 ? 0 : errno;
}

// Mounts and unmounts in here must not reach the host.
int make_mounts_private(RootBuild&) noexcept {
  return mount(nullptr, "/", nullptr, MS_REC | MS_SLAVE, nullptr) == 0 ? 0 : errno;
}

// Stage on a tmpfs over /tmp and pivot into it: the host's root then sits at /oldroot, where
// every host path (even one under /tmp) can be bound from.
int mount_staging(RootBuild&) noexcept {
  return mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0755") == 0 ? 0
                                                                                          : errno;
}

int pivot_into_staging(RootBuild&) noexcept {
  if (chdir("/tmp") != 0 || mkdir("oldroot", 0755) != 0 || mkdir("newroot", 0755) != 0 ||
      syscall(SYS_pivot_root, ".", "oldroot") != 0 || chdir("/") != 0) {
    return errno;
  }
  return 0;
}

// The root stays writable underneath: keepers create mountpoints for their binds, then
// remount their own view read-only.
int mount_new_root(RootBuild&) noexcept {
  return mount("tmpfs", "/newroot", "tmpfs", MS_NOSUID | MS_NODEV,
               "size=1m,nr_inodes=4096,mode=0755") == 0
             ? 0
             : errno;
}

// Each entry at /newroot/PATH; host sources are under /oldroot.
int make_entries(RootBuild& build) noexcept {
  char path[4096];
  char source[4096];
  for (std::uint32_t i = 0; i < build.count; ++i) {
    const wire::RootEntry& e = build.entries[i];
    const char* p = build.strings + e.path;
    const char* s = build.strings + e.source;
    build.failed_entry = static_cast<int>(i);
    if (std::strlen(p) + 9 >= sizeof path || std::strlen(s) + 9 >= sizeof source) {
      return ENAMETOOLONG;
    }
    std::strcpy(path, "/newroot");
    std::strcat(path, p);
    std::size_t source_len = e.source_len;
    const char* src = s;
    if (e.kind == wire::EntryKind::kBindDir || e.kind == wire::EntryKind::kBindFile ||
        e.kind == wire::EntryKind::kDevice || e.kind == wire::EntryKind::kHost) {
      std::strcpy(source, "/oldroot");
      if (std::strcmp(s, "/") != 0) {
        std::strcat(source, s);
      }
      src = source;
      source_len = std::strlen(source);
    }
    if (int err = make_entry(e.kind, path, src, source_len); err != 0) {
      return err;
    }
  }
  build.failed_entry = -1;
  return 0;
}

int pivot_into_new_root(RootBuild&) noexcept {
  return chdir("/newroot") == 0 && syscall(SYS_pivot_root, ".", ".") == 0 ? 0 : errno;
}

// The host's root stays reachable only through /.host (an entry of the new root).
int detach_old_root(RootBuild&) noexcept {
  return umount2(".", MNT_DETACH) == 0 && chdir("/") == 0 ? 0 : errno;
}

struct RootStepInfo {
  RootStep step;
  const char* name;
  int (*run)(RootBuild&) noexcept;
};

// Building the root, in order.
constexpr RootStepInfo kRootSteps[] = {
    {RootStep::kHostName, "set the host name", set_host_name},
    {RootStep::kPrivate, "make mounts private", make_mounts_private},
    {RootStep::kStaging, "mount the staging tmpfs", mount_staging},
    {RootStep::kPivotStaging, "pivot into the staging tmpfs", pivot_into_staging},
    {RootStep::kNewRoot, "mount the new root", mount_new_root},
    {RootStep::kEntries, "make the root's entries", make_entries},
    {RootStep::kPivotNewRoot, "pivot into the new root", pivot_into_new_root},
    {RootStep::kDetachOldRoot, "detach the old root", detach_old_root},
};

}  // namespace

RootStep build_root(RootBuild& build, int& err) noexcept {
  for (const RootStepInfo& step : kRootSteps) {
    if ((err = step.run(build)) != 0) {
      return step.step;
    }
  }
  return RootStep::kNone;
}

const char* root_step_name(RootStep step) noexcept {
  for (const RootStepInfo& info : kRootSteps) {
    if (info.step == step) {
      return info.name;
    }
  }
  return "?";
}

}  // namespace sandbox::detail
