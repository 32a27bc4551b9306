// Resource limits of one run.
#pragma once

#include <chrono>
#include <cstdint>
#include <string_view>

namespace sandbox {

inline constexpr std::uint64_t kMiB = 1024 * 1024;

struct Limits {
  /// CPU time, user + system, of every thread and process of the run. Zero: no limit (the
  /// wall-time limit still applies).
  std::chrono::milliseconds cpu_time{1000};
  /// Elapsed time, from just before the program's execve. Required: the caller decides it, and
  /// Sandbox::run throws Error for a run whose wall_time is zero.
  std::chrono::milliseconds wall_time{0};
  /// Peak resident memory. With cgroup v2 this is memory.max; otherwise it is checked from the
  /// process's resident set while it runs and from its peak at the end. Zero: no limit.
  std::uint64_t memory_bytes = 256 * kMiB;
  /// Without cgroups, the address space is capped at memory_bytes plus this allowance, as a
  /// backstop against allocations faster than the resident-set check. It must leave room for
  /// reservations that are never touched: glibc gives every thread a stack as large as the
  /// stack limit (the memory limit by default), and the JVM and V8 reserve large areas.
  std::uint64_t address_space_extra_bytes = 4096 * kMiB;
  /// Stack of the main thread. Zero: the memory limit, so that deep recursion works whenever
  /// the memory would allow it.
  std::uint64_t stack_bytes = 0;
  /// Bytes accepted on standard output; one more ends the run.
  std::uint64_t stdout_bytes = 64 * kMiB;
  /// Bytes accepted on standard error; one more ends the run. Only the last stderr_keep_bytes
  /// are kept.
  std::uint64_t stderr_bytes = 8 * kMiB;
  std::uint64_t stderr_keep_bytes = 16 * 1024;
  /// Size of the private scratch folder (/tmp, a tmpfs) and of any one file written.
  std::uint64_t scratch_bytes = 64 * kMiB;
  /// Open file descriptors.
  int open_files = 256;
  /// Threads and processes the run may have at once.
  int tasks = 64;
};

/// Which limit ended a run.
enum class LimitKind {
  kNone,
  kCpuTime,
  kWallTime,
  kMemory,
  kStdout,
  kStderr,
};

[[nodiscard]] std::string_view to_string(LimitKind kind) noexcept;

}  // namespace sandbox
