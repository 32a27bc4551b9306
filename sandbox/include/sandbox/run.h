// Running one program in the sandbox.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sandbox/layers.h"
#include "sandbox/limits.h"

namespace sandbox {

/// A host file or folder made visible inside the sandbox.
struct Bind {
  std::string source;  ///< host path (resolved with realpath before use)
  std::string target;  ///< absolute path inside the sandbox
  bool writable = false;
  /// A folder only: the run gets a private copy in a tmpfs capped at Limits::scratch_bytes,
  /// instead of the host folder itself. It sees no host inode it could change and no host path
  /// (/proc/self/mountinfo names a tmpfs). A writable copy counts as memory, and its files are
  /// copied back into the host folder once every process of the run is gone. Without a mount
  /// namespace (Landlock) the host folder is used as it is.
  bool copy = false;
};

/// What the program may do besides computing.
enum class Profile {
  /// One process, any number of threads, one execve (its own): candidate programs, checkers,
  /// generators. fork, exec of anything else, and every non-allowlisted call end the run.
  kProgram,
  /// A process tree that may fork and exec: compilers and their drivers.
  kToolchain,
};

struct RunSpec {
  /// argv[0] is the program: an absolute path inside the sandbox, or a bare name looked up in
  /// /usr/local/bin, /usr/bin and /bin of the sandbox.
  std::vector<std::string> argv;
  /// The whole environment ("NAME=value"). Nothing is inherited from the caller.
  std::vector<std::string> env;
  /// Host paths made visible, besides the read-only system folders.
  std::vector<Bind> binds;
  /// Working folder inside the sandbox. /tmp is the private scratch folder.
  std::string cwd = "/tmp";
  /// Standard input: a readable descriptor owned by the caller, or -1 for /dev/null. A regular
  /// file is never handed over as it is: the program gets a sealed copy in memory (a memfd),
  /// from the descriptor's offset, so that reopening /proc/self/fd/0 for writing, fchmod or
  /// utimensat cannot reach the host file, and readlink names no host path.
  int stdin_fd = -1;
  /// Where standard output goes: a writable descriptor owned by the caller, or -1 to count
  /// and discard it.
  int stdout_fd = -1;
  Limits limits;
  Profile profile = Profile::kProgram;
};

struct RunResult {
  /// Exactly one of these holds: the program exited with exit_code, or died of signal.
  bool exited = false;
  int exit_code = -1;
  int signal = 0;

  std::chrono::microseconds cpu_time{0};   ///< user + system, all threads, from the kernel
  std::chrono::microseconds wall_time{0};  ///< from just before exec to the end
  std::uint64_t peak_memory_bytes = 0;     ///< peak resident set (or memory.peak)
  std::uint64_t stdout_bytes = 0;
  std::uint64_t stderr_bytes = 0;
  std::string stderr_tail;  ///< the last Limits::stderr_keep_bytes of standard error

  /// The limit that ended the run, if one did. A run that ends by itself over the CPU or
  /// memory limit is reported as having hit it.
  LimitKind limit = LimitKind::kNone;

  /// The run was stopped by request_interrupt() (Ctrl-C or SIGTERM of the judge); its
  /// figures cover the part that ran.
  bool interrupted = false;

  /// Set when the program made a forbidden system call (the run was killed).
  std::optional<int> violation_syscall;
  std::string violation_name;  ///< e.g. "socket", "ptrace"

  [[nodiscard]] bool violated() const noexcept { return violation_syscall.has_value(); }
  /// Exited with status 0 and hit no limit and no violation.
  [[nodiscard]] bool ok() const noexcept {
    return exited && exit_code == 0 && limit == LimitKind::kNone && !violated() && !interrupted;
  }
};

struct SandboxOptions {
  /// Allow each layer; a layer that is allowed but not available is reported in layers() and
  /// the sandbox degrades to the next one (namespaces, then Landlock).
  bool namespaces = true;
  bool landlock = true;
  bool cgroup = true;
  /// Extra read-only host folders every run sees (toolchain prefixes outside /usr).
  std::vector<Bind> system_binds;
  /// Host folders no run may see even where they lie inside a visible folder: the judge's
  /// installed packs (/usr/local/share/judge) and its data. A run's own binds still reach
  /// files inside them.
  std::vector<std::string> hidden_paths;
};

/// Runs programs under isolation and limits. One Sandbox serves many runs, from any number of
/// threads at once. It keeps a small process (the anchor) that holds the namespaces the runs
/// share, for as long as it lives.
class Sandbox {
 public:
  explicit Sandbox(SandboxOptions options = {});
  ~Sandbox();
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;

  /// Runs the program to completion or to a limit. Throws Error when the sandbox cannot start
  /// it (bad bind, missing program, a failed isolation step).
  [[nodiscard]] RunResult run(const RunSpec& spec);

  /// The layers in force for every run.
  [[nodiscard]] const Layers& layers() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Stops every run in progress, in every Sandbox of this process, and makes every later run
/// end at once with RunResult::interrupted set. Async-signal-safe: call it from a SIGINT or
/// SIGTERM handler. The runs' processes are killed and their scratch space removed as at the
/// end of any run.
void request_interrupt() noexcept;

/// True once request_interrupt() has been called.
[[nodiscard]] bool interrupt_requested() noexcept;

}  // namespace sandbox
