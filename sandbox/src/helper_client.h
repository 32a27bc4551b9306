// The library's side of the helper process (see helper/main.cc): starting it, setting it up,
// and asking it for runs.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "mounts.h"
#include "sandbox/run.h"
#include "sandbox/unique_fd.h"
#include "wire.h"

namespace sandbox::detail {

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
  /// kHello: the helper's exec buffer, and its namespaces if asked for. The reply.
  wire::Reply hello(bool namespaces);
  /// After a successful kHello with namespaces: the id maps and the root. Throws Error.
  void set_up_namespaces(const HelperConfig& config);

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

/// What a kRun message carries: the head (profile, flags and the plain-data parts of the
/// plan), the program's arguments (the first is the path to execute) and environment as the
/// program sees them, its working folder, and the run's mounts.
struct RunRequest {
  wire::RunHead head{};  ///< its counts and string offsets are filled in by run_message()
  std::vector<std::string> argv;
  std::vector<std::string> env;
  std::string cwd;
  std::vector<MountRequest> mounts;
};
[[nodiscard]] std::vector<char> run_message(RunRequest& request);

}  // namespace sandbox::detail
