// A run's own mounts: /proc, the scratch tmpfs, the run's binds and folder copies, the cover
// over the host tree and the read-only root. The library resolves the binds and lists the
// mounts; the keeper makes them inside the run's mount namespace, and copies writable copies
// back at the end.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "sandbox/run.h"

namespace sandbox::detail {

struct ChildPlan;

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
  const char* source;  // kBind, kCopy: path inside the helper's root (under /.host)
  const char* target;
  const char* data;  // kTmpfs, kCopy: mount options
  bool writable;
  bool directory;  // kBind: create the target as a folder (else as a file)
};

/// At most this many private tmpfs mounts (scratch and writable copies) per run.
inline constexpr int kMaxPrivateMounts = 8;

/// The run's private tmpfs mounts: what they hold counts as memory, and writable copies go back
/// to their host folders at the end.
struct PrivateMounts {
  const char* paths[kMaxPrivateMounts];
  int copy_back[kMaxPrivateMounts];  // open host folder of a writable copy, or -1
  int count = 0;
};

// --- Library half ----------------------------------------------------------------------------

/// `path` is `prefix` or lies under it.
[[nodiscard]] bool path_within(const std::string& path, const std::string& prefix);

struct ResolvedBind {
  std::string host;  // real path
  std::string target;
  bool writable;
  bool directory;
  bool copy;  // made a private copy (only with namespaces)
};

/// Writable folders handed to the sandbox's user for one run (as root without namespaces),
/// returned to their owner when this is destroyed.
class LentFolders {
 public:
  LentFolders() = default;
  LentFolders(const LentFolders&) = delete;
  LentFolders& operator=(const LentFolders&) = delete;
  ~LentFolders();
  void lend(const std::string& path);

 private:
  struct Item {
    std::string path;
    uid_t uid;
    gid_t gid;
  };
  std::vector<Item> items_;
};

/// Checks and resolves a run's binds. Throws Error.
[[nodiscard]] std::vector<ResolvedBind> resolve_binds(const std::vector<Bind>& binds,
                                                      bool namespaces, bool root_mode,
                                                      LentFolders& lent);

/// A MountStep with owned strings (empty: none).
struct MountRequest {
  MountStep::Kind kind;
  std::string source;
  std::string target;
  std::string data;
  bool writable;
  bool directory;
};

/// The mounts of a run in a mount namespace, in the order the keeper makes them.
[[nodiscard]] std::vector<MountRequest> run_mounts(const std::vector<ResolvedBind>& binds,
                                                   const Limits& limits);

// --- Helper half -----------------------------------------------------------------------------

/// The flags a bind remount of `path` must keep (nosuid, nodev, noexec, atime): they are
/// locked on a mount copied from a more privileged namespace. 0 if `path` cannot be read.
[[nodiscard]] unsigned long locked_flags(const char* path) noexcept;

/// The keeper's step "mounts": makes the plan's mounts, and lists the private ones in
/// `mounts`. 0 or an errno.
[[nodiscard]] int make_run_mounts(const ChildPlan& plan, PrivateMounts& mounts) noexcept;

/// The run has writable copies to copy back.
[[nodiscard]] bool has_copy_back(const PrivateMounts& mounts) noexcept;

/// Copies every writable copy back to its host folder, once every process of the run is gone.
/// 0, or the errno of the last copy that failed.
[[nodiscard]] int copy_back(PrivateMounts& mounts) noexcept;

}  // namespace sandbox::detail
