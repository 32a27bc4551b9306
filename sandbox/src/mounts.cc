// A run's own mounts, in its own mount namespace (a copy of the helper's, whose root is the
// minimal one of root.cc). Without namespaces none of this happens: Landlock (landlock.cc)
// decides what the program may open, and binds are host paths (program.cc translates).
#include "mounts.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cstring>
#include <utility>

#include "child.h"
#include "plan.h"
#include "root.h"
#include "user.h"

#ifndef SANDBOX_HELPER_BUILD
#include <filesystem>

#include <fmt/format.h>

#include "sandbox/error.h"
#endif

namespace sandbox::detail {

#ifndef SANDBOX_HELPER_BUILD
// --- Library half: resolve and list -----------------------------------------------------------

namespace {

namespace fs = std::filesystem;

// 4096 files per private tmpfs: a few MiB of the kernel's own memory at most (16384 empty
// files held 24 MiB of dentries and inodes, in no memory figure).
constexpr int kMaxFiles = 4096;

// What a copy of `folder` takes on a tmpfs: its regular files and folders in whole pages, plus
// room for the copy's own bookkeeping.
std::uint64_t folder_bytes(const std::string& folder) {
  constexpr std::uint64_t kPage = 4096;
  std::uint64_t bytes = kMiB;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    const auto status = it->symlink_status(ec);
    if (fs::is_regular_file(status)) {
      bytes += (it->file_size(ec) + kPage - 1) / kPage * kPage;
    } else if (fs::is_directory(status)) {
      bytes += kPage;
    }
  }
  return bytes;
}

// A bind's target: absolute, and not where the sandbox keeps its own mounts.
fs::path checked_target(const Bind& bind) {
  fs::path target = fs::path(bind.target).lexically_normal();
  if (!target.is_absolute() || target == "/" || path_within(target, "/proc") ||
      path_within(target, "/dev") || path_within(target, kHostDir)) {
    throw Error(fmt::format("cannot mount '{}' at '{}': the target must be an absolute path "
                            "outside /, /proc and /dev",
                            bind.source, bind.target),
                "choose a target folder of its own inside the sandbox, such as /box or /data");
  }
  return target;
}

ResolvedBind resolve_bind(const Bind& bind, bool namespaces, bool root_mode, LentFolders& lent) {
  const fs::path target = checked_target(bind);
  std::error_code ec;
  const fs::path real = fs::canonical(bind.source, ec);
  if (ec) {
    throw Error(
        fmt::format("cannot make '{}' visible in the sandbox: {}", bind.source, ec.message()),
        "check that the path exists and that the judge's user can read it");
  }
  const bool directory = fs::is_directory(real, ec);
  if (bind.copy && !directory) {
    throw Error(
        fmt::format("cannot copy '{}' into the sandbox: only folders are copied", real.string()),
        "bind the file itself (Bind::copy off), or copy the folder that holds it");
  }
  const bool copy = bind.copy && namespaces;
  if (bind.writable && root_mode && directory && !copy) {
    // Programs run as nobody: lend them the folder for the run, and give it back after.
    lent.lend(real.string());
  }
  return {real.string(), target.string(), bind.writable, directory, copy};
}

}  // namespace

bool path_within(const std::string& path, const std::string& prefix) {
  return path == prefix ||
         (path.size() > prefix.size() && path.compare(0, prefix.size(), prefix) == 0 &&
          (prefix == "/" || path[prefix.size()] == '/'));
}

LentFolders::~LentFolders() {
  for (const auto& item : items_) {
    (void)!chown(item.path.c_str(), item.uid, item.gid);
  }
}

void LentFolders::lend(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0 || chown(path.c_str(), kNobodyUid, kNobodyGid) != 0) {
    throw system_error(errno, fmt::format("cannot hand '{}' to the sandbox's user", path),
                       "as root without namespaces programs run as nobody, and a writable "
                       "folder must be one whose owner root can change");
  }
  items_.push_back({path, st.st_uid, st.st_gid});
}

std::vector<ResolvedBind> resolve_binds(const std::vector<Bind>& binds, bool namespaces,
                                        bool root_mode, LentFolders& lent) {
  std::vector<ResolvedBind> resolved;
  for (const Bind& bind : binds) {
    resolved.push_back(resolve_bind(bind, namespaces, root_mode, lent));
  }
  return resolved;
}

std::vector<MountRequest> run_mounts(const std::vector<ResolvedBind>& binds, const Limits& limits) {
  std::vector<MountRequest> mounts;
  // A procfs of the run's own PID namespace: it shows only the run's processes.
  mounts.push_back({MountStep::Kind::kProc, "", "/proc", "hidepid=2", false, true});
  // The private scratch folder, capped in bytes and in files.
  mounts.push_back({MountStep::Kind::kTmpfs, "", "/tmp",
                    fmt::format("size={},nr_inodes={},mode=0700,uid={},gid={}",
                                limits.scratch_bytes, kMaxFiles, kSandboxUid, kSandboxGid),
                    true, true});
  for (const auto& b : binds) {
    const std::string source = std::string(kHostDir) + (b.host == "/" ? "" : b.host);
    if (!b.copy) {
      mounts.push_back({MountStep::Kind::kBind, source, b.target, "", b.writable, b.directory});
      continue;
    }
    // A writable copy is capped like the scratch folder and owned by the program's user; a
    // read-only one is as large as what it holds (a 100 MiB program must fit), and cannot
    // grow.
    const unsigned owner = b.writable ? kSandboxUid : 0;
    const std::uint64_t size = b.writable ? limits.scratch_bytes : folder_bytes(b.host);
    mounts.push_back(
        {MountStep::Kind::kCopy, source, b.target,
         fmt::format("size={},nr_inodes={},mode=0755,uid={},gid={}", size, kMaxFiles, owner, owner),
         b.writable, true});
  }
  mounts.push_back({MountStep::Kind::kCover, "", kHostDir, "", false, true});
  mounts.push_back({MountStep::Kind::kRemountRootReadOnly, "", "/", "", false, true});
  return mounts;
}

#endif  // SANDBOX_HELPER_BUILD
// --- Helper half: mount, copy, copy back
// ----------------------------------------------------------

namespace {

// Folders deeper than this are not copied: build folders and feedback folders are flat or
// nearly so, and the copy runs on the keeper's fixed stack.
constexpr int kMaxCopyDepth = 8;

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

SANDBOX_CHILD bool is_dot(const char* name) noexcept {
  return name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'));
}

SANDBOX_CHILD void close_both(int a, int b) noexcept {
  for (int fd : {a, b}) {
    if (fd >= 0) {
      close(fd);
    }
  }
}

// Who owns what a copy creates: with `set`, uid:gid (the program's user, in a writable copy).
struct Owner {
  bool set;
  uid_t uid;
  gid_t gid;
};

int copy_tree(int from, int to, Owner owner, int depth) noexcept;

// Copies the regular file `name` of the folder `from` into the folder `to`.
SANDBOX_CHILD int copy_file(int from, int to, const char* name, mode_t mode, Owner owner) noexcept {
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
  if (err == 0 && fchmod(out, mode & 0755) != 0) {
    err = errno;
  }
  if (err == 0 && owner.set && fchown(out, owner.uid, owner.gid) != 0) {
    err = errno;
  }
  close_both(in, out);
  return err;
}

// Makes the folder `name` in `to` and copies the folder `name` of `from` into it.
SANDBOX_CHILD int copy_folder(int from, int to, const char* name, Owner owner, int depth) noexcept {
  if (mkdirat(to, name, 0755) != 0 && errno != EEXIST) {
    return errno;
  }
  const int sub_from = openat(from, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  const int sub_to = openat(to, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  int err = sub_from < 0 || sub_to < 0 ? errno : 0;
  if (err == 0 && owner.set && fchown(sub_to, owner.uid, owner.gid) != 0) {
    err = errno;
  }
  if (err == 0) {
    err = copy_tree(sub_from, sub_to, owner, depth + 1);
  }
  close_both(sub_from, sub_to);
  return err;
}

// Copies the regular files and folders under the open folder `from` into the open folder `to`.
// Links and special files are skipped, never followed: a run's copy-back must not write
// through a link it planted, and a copy-in must not read through one.
SANDBOX_CHILD int copy_tree(int from, int to, Owner owner, int depth) noexcept {
  if (depth > kMaxCopyDepth) {
    return ELOOP;
  }
  alignas(8) char entries[2048];
  for (;;) {
    const ssize_t size = getdents64(from, entries, sizeof entries);
    if (size <= 0) {
      return size < 0 ? errno : 0;
    }
    for (ssize_t at = 0; at < size;) {
      const auto* entry = reinterpret_cast<const dirent64*>(entries + at);
      at += entry->d_reclen;
      const char* name = entry->d_name;
      struct stat st {};
      if (is_dot(name) || fstatat(from, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
        continue;
      }
      int err = 0;
      if (S_ISDIR(st.st_mode)) {
        err = copy_folder(from, to, name, owner, depth);
      } else if (S_ISREG(st.st_mode)) {
        err = copy_file(from, to, name, st.st_mode, owner);
      }
      if (err != 0) {
        return err;
      }
    }
  }
}

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
      return mount(nullptr, step.target, nullptr, flags, nullptr) == 0 ? 0 : errno;
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
SANDBOX_CHILD int do_copy_mount(const MountStep& step, const Credentials& ids,
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
    err = copy_tree(from, to, {step.writable, ids.uid, ids.gid}, 0);
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

SANDBOX_CHILD int make_run_mounts(const ChildPlan& plan, PrivateMounts& mounts) noexcept {
  mounts.count = 0;
  for (std::size_t i = 0; i < plan.mount_count; ++i) {
    const MountStep& step = plan.mounts[i];
    const bool counted = step.kind == MountStep::Kind::kTmpfs ||
                         (step.kind == MountStep::Kind::kCopy && step.writable);
    if (counted && mounts.count == kMaxPrivateMounts) {
      return E2BIG;
    }
    int host_dir = -1;
    const int err = step.kind == MountStep::Kind::kCopy
                        ? do_copy_mount(step, plan.credentials, host_dir)
                        : do_mount(step);
    if (err != 0) {
      return err;
    }
    if (counted) {
      mounts.paths[mounts.count] = step.target;
      mounts.copy_back[mounts.count++] = host_dir;
    }
  }
  return 0;
}

SANDBOX_CHILD bool has_copy_back(const PrivateMounts& mounts) noexcept {
  for (int i = 0; i < mounts.count; ++i) {
    if (mounts.copy_back[i] >= 0) {
      return true;
    }
  }
  return false;
}

SANDBOX_CHILD int copy_back(PrivateMounts& mounts) noexcept {
  int result = 0;
  for (int i = 0; i < mounts.count; ++i) {
    if (mounts.copy_back[i] < 0) {
      continue;
    }
    const int from = open(mounts.paths[i], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    const int err = from < 0 ? errno : copy_tree(from, mounts.copy_back[i], {false, 0, 0}, 0);
    if (from >= 0) {
      close(from);
    }
    close(mounts.copy_back[i]);
    mounts.copy_back[i] = -1;
    if (err != 0) {
      result = err;
    }
  }
  return result;
}

}  // namespace sandbox::detail
