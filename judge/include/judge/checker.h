// Comparing a program's output with the expected answer.
#pragma once

#include <filesystem>
#include <string>

#include "judge/problem.h"
#include "judge/verdict.h"

namespace judge {

struct CheckResult {
  Verdict verdict = Verdict::kAccepted;  ///< AC, WA, or IE (a checker that failed)
  std::string message;                   ///< why, quoting the output; shown for samples only
};

/// Compares `output` with `answer` as the built-in checker `spec` says (exact, lines, tokens,
/// float). Reads both as streams: memory stays flat whatever their size. `spec.kind` must not
/// be kCustom.
[[nodiscard]] CheckResult compare_files(const CheckerSpec& spec,
                                        const std::filesystem::path& output,
                                        const std::filesystem::path& answer);

/// The same on two descriptors (read from their current offsets).
[[nodiscard]] CheckResult compare_fds(const CheckerSpec& spec, int output_fd, int answer_fd);

}  // namespace judge
