#include "judge/clock.h"

#include <ctime>

#include <fmt/format.h>

namespace judge {

const Clock& system_clock() {
  static const SystemClock clock;
  return clock;
}

std::string iso8601(TimePoint time) {
  const auto secs = std::chrono::system_clock::to_time_t(time);
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  return fmt::format("{}.{:03}Z", buf, ms < 0 ? ms + 1000 : ms);
}

std::optional<TimePoint> parse_iso8601(const std::string& text) {
  std::tm tm{};
  const char* rest = strptime(text.c_str(), "%Y-%m-%dT%H:%M:%S", &tm);
  if (rest == nullptr) {
    return std::nullopt;
  }
  int ms = 0;
  if (*rest == '.') {
    int digits = 0;
    for (++rest; *rest >= '0' && *rest <= '9'; ++rest, ++digits) {
      if (digits < 3) {
        ms = ms * 10 + (*rest - '0');
      }
    }
    for (; digits < 3; ++digits) {
      ms *= 10;
    }
  }
  if (*rest == 'Z') {
    ++rest;
  }
  if (*rest != '\0') {
    return std::nullopt;
  }
  return std::chrono::system_clock::from_time_t(timegm(&tm)) + std::chrono::milliseconds(ms);
}

std::string now_iso8601() {
  return iso8601(system_clock().now());
}

}  // namespace judge
