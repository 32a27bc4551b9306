// The user's own settings: $JUDGE_HOME/config.toml. Every key is optional; a missing file is
// the defaults. Read strictly (unknown keys and wrong types are errors with file:line:column),
// because a misspelt switch that is silently ignored is worse than no switch.
#pragma once

#include <filesystem>
#include <string>

namespace judge {

/// When `judge review` shows a problem's reference explanation (issue 13: a test run of the
/// untouched template must not reveal the approach).
enum class ReferenceWhen {
  kAfterSubmission,  ///< after any judged submission of the problem (not a test run); default
  kAfterAccepted,    ///< only after an accepted submission
  kAlways,           ///< always, as before
  kNever,
};

struct UserConfig {
  /// [review] reference = "after-submission" | "after-accepted" | "always" | "never"
  ReferenceWhen reference = ReferenceWhen::kAfterSubmission;
  /// [probe] after_accept = true: `judge submit` runs the complexity probe after an AC on a
  /// problem with a [complexity] table (the --no-probe flag wins for one command).
  bool probe_after_accept = true;
};

/// Reads `path`; the defaults when it does not exist. Throws Error naming the file, line and
/// column for anything it does not understand.
[[nodiscard]] UserConfig read_config(const std::filesystem::path& path);

/// The spelling of `when` in config.toml.
[[nodiscard]] const char* to_string(ReferenceWhen when) noexcept;

}  // namespace judge
