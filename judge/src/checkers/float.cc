// The float checker: tokens, except that two numbers within the problem's absolute or relative
// error are equal.
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <memory>

#include <fmt/format.h>

#include "stream.h"

namespace judge {

namespace {

// A finite number written the plain way (no hex, inf or nan).
bool parse_number(const checkers::Token& t, double& value) {
  if (t.truncated || t.text.empty()) {
    return false;
  }
  for (char c : t.text) {
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.' ||
          c == 'e' || c == 'E')) {
      return false;
    }
  }
  char* end = nullptr;
  value = std::strtod(t.text.c_str(), &end);
  return end == t.text.c_str() + t.text.size() && std::isfinite(value);
}

}  // namespace

CheckResult FloatChecker::compare(int output_fd, int answer_fd) const {
  // On the heap: two 64 KiB buffers are too much for a thread's stack.
  auto out = std::make_unique<checkers::Reader>(output_fd);
  auto ans = std::make_unique<checkers::Reader>(answer_fd);
  auto numbers = [this](const checkers::Token& o, const checkers::Token& a,
                        std::uint64_t index) -> std::optional<CheckResult> {
    double x = 0;
    double y = 0;
    if (!parse_number(o, x) || !parse_number(a, y)) {
      return checkers::token_mismatch(o, a, index);
    }
    // The (1 + 1e-12) forgives the error of reading both numbers in binary.
    double diff = std::fabs(x - y);
    if ((absolute_ > 0 && diff <= absolute_ * (1 + 1e-12)) ||
        (relative_ > 0 && diff <= relative_ * std::fabs(y) * (1 + 1e-12))) {
      return std::nullopt;
    }
    return CheckResult{Verdict::kWrongAnswer,
                       fmt::format("token {} (line {}): expected {}, got {} (difference {:g})",
                                   index, o.line, a.text, o.text, diff)};
  };
  return checkers::compare_tokens(*out, *ans, case_sensitive_, numbers);
}

}  // namespace judge
