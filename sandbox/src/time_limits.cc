// Time limits. The keeper's clocks decide a TLE to the millisecond; CPU time is user + system
// of every thread, from the kernel, never user time alone.
#include "time_limits.h"

#include <algorithm>

#include "child.h"

namespace sandbox::detail {

#ifndef SANDBOX_HELPER_BUILD
// --- Library half: convert and decide ----------------------------------------------------------

TimeWatch time_watch(const Limits& limits) noexcept {
  return {limits.cpu_time.count() * kNsPerMs, limits.wall_time.count() * kNsPerMs};
}

bool ended_over_cpu(const RunResult& result, const Limits& limits) noexcept {
  return limits.cpu_time.count() > 0 && result.cpu_time > limits.cpu_time;
}

#endif  // SANDBOX_HELPER_BUILD
// --- Helper half: watch -----------------------------------------------------------------------

namespace {

// The keeper looks at the clocks at least this often.
constexpr std::int64_t kLongestTickNs = 20 * kNsPerMs;

}  // namespace

// As clock_getcpuclockid() builds the clock, without glibc's extra checks.
SANDBOX_CHILD std::int64_t process_cpu_ns(pid_t pid) noexcept {
  const clockid_t clock = static_cast<clockid_t>((~static_cast<unsigned>(pid) << 3) | 2);
  timespec ts{};
  if (clock_gettime(clock, &ts) != 0) {
    return -1;
  }
  return std::int64_t{ts.tv_sec} * kNsPerSecond + ts.tv_nsec;
}

SANDBOX_CHILD timespec next_check(const TimeWatch& watch, std::int64_t start_ns,
                                  pid_t candidate) noexcept {
  std::int64_t tick_ns = kLongestTickNs;
  if (watch.wall_limit_ns > 0) {
    tick_ns = std::min(tick_ns, watch.wall_limit_ns - (now_ns() - start_ns));
  }
  if (watch.cpu_limit_ns > 0) {
    const std::int64_t cpu = process_cpu_ns(candidate);
    if (cpu >= 0) {
      // CPU time can run ahead of the clock on several cores: wake at half the headroom.
      tick_ns = std::min(tick_ns, (watch.cpu_limit_ns - cpu) / 2);
    }
  }
  tick_ns = std::max(tick_ns, kNsPerMs);
  return {static_cast<time_t>(tick_ns / kNsPerSecond), static_cast<long>(tick_ns % kNsPerSecond)};
}

SANDBOX_CHILD LimitKind time_limit_reached(const TimeWatch& watch, std::int64_t start_ns,
                                           pid_t candidate) noexcept {
  if (watch.wall_limit_ns > 0 && now_ns() - start_ns >= watch.wall_limit_ns) {
    return LimitKind::kWallTime;
  }
  if (watch.cpu_limit_ns > 0 && process_cpu_ns(candidate) >= watch.cpu_limit_ns) {
    return LimitKind::kCpuTime;
  }
  return LimitKind::kNone;
}

}  // namespace sandbox::detail
