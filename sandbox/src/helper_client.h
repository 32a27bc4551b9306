// The library's side of the helper process (see helper/main.cc): starting it, setting it up,
// and asking it for runs.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "sandbox/run.h"
#include "sandbox/unique_fd.h"
#include "wire.h"

namespace sandbox::detail {

/// The uid and gid programs have inside the user namespace.
inline constexpr uid_t kSandboxUid = 1000;
inline constexpr gid_t kSandboxGid = 1000;
/// The host uid programs run as when the judge runs as root.
inline constexpr uid_t kNobodyUid = 65534;
inline constexpr gid_t kNobodyGid = 65534;
/// Inside the helper's root, the host's root is at this path (covered again in every run after
/// the run's own binds are made).
inline constexpr const char* kHostDir = "/.host";

/// What every program sees of the host, read-only, whichever isolation is in force: the
/// system's libraries and toolchains (on merged-/usr systems /bin, /lib... are symlinks into
/// /usr), what the dynamic loader, the JVM and time zones read in /etc (nothing about users or
/// the host), and the harmless devices. Paths that do not exist are skipped.
inline constexpr const char* kSystemFolders[] = {"/usr",   "/bin",   "/sbin",  "/lib",
                                                 "/lib32", "/lib64", "/libx32"};
inline constexpr const char* kSystemEtcFiles[] = {"/etc/ld.so.cache",  "/etc/ld.so.conf",
                                                  "/etc/ld.so.conf.d", "/etc/alternatives",
                                                  "/etc/localtime",    "/etc/timezone"};
inline constexpr const char* kDevices[] = {"/dev/null", "/dev/zero", "/dev/full", "/dev/random",
                                           "/dev/urandom"};

/// The folders of `hidden` (resolved) that lie inside a folder every run sees: the system
/// folders and `system_binds`. Only those need covering; the others are out of sight already.
[[nodiscard]] std::vector<std::string> hidden_inside_visible(const std::vector<std::string>& hidden,
                                                             const std::vector<Bind>& system_binds);

/// `allowed` with every folder that holds one of `hidden` replaced by its other entries, down
/// to the hidden folder's parent: Landlock only ever allows, so a hole is made by allowing
/// everything around it.
[[nodiscard]] std::vector<std::string> allowed_around(const std::vector<std::string>& allowed,
                                                      const std::vector<std::string>& hidden);

struct HelperConfig {
  bool namespaces = true;
  std::vector<Bind> system_binds;   ///< read-only, at the same path inside
  std::vector<std::string> hidden;  ///< folders inside visible ones, covered in every run
  uid_t host_uid = 0;
  gid_t host_gid = 0;
  bool root_mode = false;  ///< the judge is root: map 0 to 0 too, programs run as nobody
};

class Helper {
 public:
  /// Starts the helper. With config.namespaces it also creates the namespaces and the root;
  /// if that fails the helper runs without them, and `namespace_error` says why.
  explicit Helper(const HelperConfig& config);
  ~Helper();
  Helper(const Helper&) = delete;
  Helper& operator=(const Helper&) = delete;

  [[nodiscard]] bool namespaces() const noexcept { return namespaces_; }
  [[nodiscard]] const std::string& namespace_error() const noexcept { return namespace_error_; }
  /// Address of the helper's exec-path buffer (for the seccomp filter).
  [[nodiscard]] std::uintptr_t exec_buffer() const noexcept { return exec_buffer_; }

  /// Sends the compiled filters (program, toolchain). Throws Error.
  void load_filters(bool notify, const std::vector<sock_filter>* programs,
                    const std::vector<int>* patches);

  struct Keeper {
    pid_t pid;
    UniqueFd pidfd;  ///< opened by the helper before it could reap the keeper
  };
  /// Asks for a keeper. `message` is a kRun message; `fds` go along. Thread-safe. Throws Error.
  [[nodiscard]] Keeper start_run(const std::vector<char>& message, const std::vector<int>& fds);

 private:
  /// Sends `message` with `fds` and waits for the reply; a descriptor that comes with the reply
  /// goes to `received`.
  wire::Reply call(const std::vector<char>& message, const std::vector<int>& fds,
                   UniqueFd* received = nullptr);
  void spawn();
  void stop();

  UniqueFd socket_;
  pid_t pid_ = -1;
  bool namespaces_ = false;
  std::string namespace_error_;
  std::uintptr_t exec_buffer_ = 0;
  std::mutex mutex_;
};

/// Appends `value`'s bytes to `out`.
template <typename T>
void append(std::vector<char>& out, const T& value) {
  const char* p = reinterpret_cast<const char*>(&value);
  out.insert(out.end(), p, p + sizeof(T));
}

/// A message with its header; the size is filled in by finish().
std::vector<char> begin_message(wire::Op op);
void finish_message(std::vector<char>& message);

}  // namespace sandbox::detail
