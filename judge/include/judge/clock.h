// What time it is, behind an interface: the store stamps rows with it, a timed session (a mock
// interview) counts down with it, and tests set it by hand.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace judge {

using TimePoint = std::chrono::system_clock::time_point;

class Clock {
 public:
  virtual ~Clock() = default;
  [[nodiscard]] virtual TimePoint now() const = 0;
};

/// The machine's clock.
class SystemClock final : public Clock {
 public:
  [[nodiscard]] TimePoint now() const override { return std::chrono::system_clock::now(); }
};

/// A clock stopped at one time: what JUDGE_NOW sets, a testing aid for moving a timed session
/// along from a script (each command is one moment).
class FixedClock final : public Clock {
 public:
  explicit FixedClock(TimePoint at) : at_(at) {}
  [[nodiscard]] TimePoint now() const override { return at_; }

 private:
  TimePoint at_;
};

/// One SystemClock for the whole program.
[[nodiscard]] const Clock& system_clock();

/// `time` as ISO 8601 UTC with milliseconds: 2026-11-25T16:17:45.123Z (how the store keeps
/// times: they sort as text).
[[nodiscard]] std::string iso8601(TimePoint time);

/// Reads back what iso8601() wrote (the milliseconds and the Z are optional). Empty when `text`
/// is not such a time.
[[nodiscard]] std::optional<TimePoint> parse_iso8601(const std::string& text);

/// Now, as iso8601() writes it.
[[nodiscard]] std::string now_iso8601();

}  // namespace judge
