// The time limit of an ICPC/Kattis package. Most packages write none: it is computed from how
// long their accepted submissions run, as problemtools does.
//
// - A fixed limit wins: limits.time_limit (2023-07 and later), else a .timelimit file (the
//   DOMjudge convention, any format).
// - Otherwise: the slowest accepted submission's time (its slowest test, any language) times
//   ac_to_time_limit (legacy time_multiplier, default 5; later default 2), rounded up to a
//   multiple of time_resolution (1 s, and always 1 s in the legacy format), at least one
//   multiple. The 2025-09 format also bounds the limit from above by the time-limit-exceeded
//   submissions: limit * time_limit_to_tle <= the fastest of them, else no limit fits.
// - A time-limit-exceeded submission is expected to run past limit * time_limit_to_tle
//   (legacy time_safety_margin, default 2; later default 1.5).
// One limit for every language: these packages are judged that way.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "judge/kattis/metadata.h"

namespace judge::kattis {

/// What running the labelled submissions measured, in seconds of CPU time: for each
/// submission its slowest test, then the slowest (or fastest) over the submissions.
struct TimingEvidence {
  /// The slowest accepted submission (problemtools' "slowest AC"). In the 2025-09 format the
  /// wrong-answer and run-time-error submissions bound the limit from below too: pass the
  /// slowest of all of them.
  std::optional<double> slowest_lower_bound_s;
  /// The fastest time-limit-exceeded submission, run with a generous limit.
  std::optional<double> fastest_tle_s;
};

struct TimeLimit {
  enum class Source { kProblemYaml, kTimelimitFile, kComputed };
  Source source = Source::kComputed;
  double seconds = 1.0;
  /// Time-limit-exceeded submissions must still exceed this (seconds * time_limit_to_tle).
  double tle_seconds = 2.0;
  /// How the limit was obtained, in a sentence for `judge show` and `judge pack check`:
  /// "2 s: the slowest accepted submission ran 0.31 s; times 5 (limits.time_multiplier) is
  /// 1.55 s, rounded up to whole seconds."
  std::string how;
  /// Inconsistencies for `judge pack check` to report (empty when none): a fixed limit
  /// tighter than the accepted submissions allow, no multiple of time_resolution fitting, a
  /// time-limit-exceeded submission too fast.
  std::vector<std::string> problems;
};

/// True if the limit must be measured: no limits.time_limit and no .timelimit file.
[[nodiscard]] bool needs_measurement(const KattisMetadata& metadata,
                                     std::optional<double> timelimit_file);

/// The limit. `timelimit_file` is the content of the package's .timelimit, if any. Throws
/// Error when the limit must be computed and `evidence` has no lower bound (nothing was
/// measured, or the package has no accepted submission).
[[nodiscard]] TimeLimit compute_time_limit(const KattisMetadata& metadata,
                                           std::optional<double> timelimit_file,
                                           const TimingEvidence& evidence);

/// Reads DIR/.timelimit: a number of seconds (more than 0, at most 60), alone in the file.
/// Nothing when the file is absent. Throws Error for anything else, or for a link leaving the
/// package.
[[nodiscard]] std::optional<double> read_timelimit_file(const std::filesystem::path& dir);

}  // namespace judge::kattis
