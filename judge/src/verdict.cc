#include "judge/verdict.h"

#include <array>
#include <utility>

namespace judge {
namespace {

struct Names {
  Verdict verdict;
  std::string_view code;
  std::string_view description;
  std::string_view folder;  // submissions/<folder>/ in a pack
};

constexpr std::array<Names, 9> kNames = {{
    {Verdict::kAccepted, "AC", "accepted", "accepted"},
    {Verdict::kWrongAnswer, "WA", "wrong answer", "wrong_answer"},
    {Verdict::kTimeLimit, "TLE", "time limit exceeded", "time_limit_exceeded"},
    {Verdict::kMemoryLimit, "MLE", "memory limit exceeded", "memory_limit_exceeded"},
    {Verdict::kOutputLimit, "OLE", "output limit exceeded", "output_limit_exceeded"},
    {Verdict::kRuntimeError, "RE", "runtime error", "run_time_error"},
    {Verdict::kCompileError, "CE", "compile error", "compile_error"},
    {Verdict::kSecurityViolation, "SV", "security violation", "security_violation"},
    {Verdict::kInternalError, "IE", "internal error", "internal_error"},
}};

}  // namespace

std::string_view code(Verdict verdict) noexcept {
  return kNames[static_cast<std::size_t>(verdict)].code;
}

std::string_view describe(Verdict verdict) noexcept {
  return kNames[static_cast<std::size_t>(verdict)].description;
}

std::optional<Verdict> parse_verdict(std::string_view text) noexcept {
  for (const auto& n : kNames) {
    if (text == n.code || text == n.folder || text == n.description) {
      return n.verdict;
    }
  }
  if (text == "runtime_error") {
    return Verdict::kRuntimeError;
  }
  return std::nullopt;
}

}  // namespace judge
