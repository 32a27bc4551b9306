// What a run's result means: its verdict before the output is checked, and the words of a
// crash worth showing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "judge/language.h"
#include "judge/verdict.h"
#include "sandbox/run.h"

namespace judge {

/// The verdict of one run, before its output is checked.
struct RunVerdict {
  Verdict verdict = Verdict::kAccepted;  ///< kAccepted: exited normally, check the output
  std::string message;
};

/// Turns what the sandbox saw into a verdict (classify.cc). `hidden`: keep test data out of
/// the message.
[[nodiscard]] RunVerdict classify_run(const sandbox::RunResult& run, const Language& language,
                                      double time_limit_s, std::uint64_t memory_mib, bool hidden);

/// The line of a crash report worth showing (crash.cc): an exception's type and message, or
/// the last line of standard error. For hidden tests, only an exception type from a fixed list
/// of known names (known_exception_name), else kUnknownException: never text the program wrote.
[[nodiscard]] std::string crash_summary(const std::string& stderr_text, bool hidden);

/// What a hidden test's message says of an exception whose type is not a known one.
inline constexpr const char* kUnknownException = "an uncaught exception";

/// `name` as shown (GNU C++'s "__cxx11::" and ABI tags dropped) if it is one of the standard
/// exception types of C++, Java (java.lang, java.util, java.io), Python or JavaScript
/// (exceptions.cc).
[[nodiscard]] std::optional<std::string> known_exception_name(std::string_view name);

/// A signal as a person reads it: "segmentation fault (an invalid memory access, or a stack
/// overflow)", "killed by signal 12 (USR2)".
[[nodiscard]] std::string signal_text(int signal);

}  // namespace judge
