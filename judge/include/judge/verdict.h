// Verdicts of a test and of a submission.
#pragma once

#include <optional>
#include <string_view>

#include <fmt/format.h>

namespace judge {

enum class Verdict {
  kAccepted,           ///< AC
  kWrongAnswer,        ///< WA
  kTimeLimit,          ///< TLE: CPU or wall time
  kMemoryLimit,        ///< MLE
  kOutputLimit,        ///< OLE
  kRuntimeError,       ///< RE: a signal or a non-zero exit
  kCompileError,       ///< CE
  kSecurityViolation,  ///< SV: a forbidden system call
  kInternalError,      ///< IE: the judge or a checker failed, never the candidate's fault
};

/// "AC", "WA", ...
[[nodiscard]] std::string_view code(Verdict verdict) noexcept;
/// "accepted", "wrong answer", ...
[[nodiscard]] std::string_view describe(Verdict verdict) noexcept;
/// Parses a code ("AC") or a submissions folder name ("wrong_answer").
[[nodiscard]] std::optional<Verdict> parse_verdict(std::string_view text) noexcept;

}  // namespace judge

template <>
struct fmt::formatter<judge::Verdict> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(judge::Verdict verdict, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(judge::code(verdict), ctx);
  }
};
