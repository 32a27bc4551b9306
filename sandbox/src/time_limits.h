// The CPU and wall-clock limits: the library converts them; the keeper watches the candidate's
// CPU clock and the elapsed time and stops it at either limit; the library decides after the
// run whether it ended over the CPU limit. RLIMIT_CPU (rlimits.cc) and the library's deadline
// (supervisor.cc) are backstops behind the keeper.
#pragma once

#include <sys/types.h>
#include <time.h>

#include <cstdint>

#include "sandbox/run.h"

namespace sandbox::detail {

/// Plain data: travels in the kRun message as it is, and is read by the keeper.
struct TimeWatch {
  std::int64_t cpu_limit_ns;  // 0: none
  std::int64_t wall_limit_ns;
};

// --- Library half ----------------------------------------------------------------------------

/// What the keeper watches. Limits::wall_time must be set (Sandbox::run checks).
[[nodiscard]] TimeWatch time_watch(const Limits& limits) noexcept;

/// A run that ended by itself between two of the keeper's checks, over the CPU limit.
[[nodiscard]] bool ended_over_cpu(const RunResult& result, const Limits& limits) noexcept;

// --- Helper half -----------------------------------------------------------------------------

/// CPU time (user + system of all its threads) of process `pid`, or -1.
[[nodiscard]] std::int64_t process_cpu_ns(pid_t pid) noexcept;

/// How long the keeper may sleep before it looks at the clocks again.
[[nodiscard]] timespec next_check(const TimeWatch& watch, std::int64_t start_ns,
                                  pid_t candidate) noexcept;

/// The time limit the candidate (started at `start_ns`) has reached, or LimitKind::kNone.
[[nodiscard]] LimitKind time_limit_reached(const TimeWatch& watch, std::int64_t start_ns,
                                           pid_t candidate) noexcept;

}  // namespace sandbox::detail
