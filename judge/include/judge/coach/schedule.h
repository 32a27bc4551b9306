// What to practise next: a spaced-repetition schedule over the candidate's own submissions.
// Pure: the caller reads the store and the clock and passes plain values; the same history
// and the same `now` always give the same list.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "judge/problem.h"
#include "judge/verdict.h"

namespace judge::coach {

/// What the schedule needs of a problem.
struct ProblemInfo {
  std::string id;
  Difficulty difficulty = Difficulty::kMedium;
  std::vector<std::string> tags;
  int minutes = 0;  ///< time to solve in an interview (problem.toml), 0 if unknown
};

/// One judged submission. Compile errors count as tries but not as failures (a typo is not
/// a lapse of recall); internal errors are the judge's fault and are ignored.
struct Attempt {
  std::int64_t at = 0;  ///< when it was judged, in seconds since the epoch
  Verdict verdict = Verdict::kWrongAnswer;
  bool revealed = false;  ///< a hidden test of this submission was revealed (judge reveal)
  bool hinted = false;    ///< a hint or the solution was shown before this submission
};

/// Everything the candidate did on one problem.
struct History {
  std::string problem;
  std::vector<Attempt> attempts;     ///< any order
  std::vector<std::int64_t> starts;  ///< `judge start` times (for the time to solve), any order
};

/// How well a review went, as SM-2's recall grades.
enum class Grade {
  kAgain,  ///< not solved, or solved only after a test was revealed: a lapse
  kHard,   ///< solved after two or more failures, or with a hint
  kGood,   ///< solved after one failure, or first try but slower than the problem's minutes
  kEasy,   ///< solved on the first try, without hints, within the problem's minutes
};

/// One sitting on a problem: its submissions up to the first AC, or up to a pause longer
/// than ScheduleOptions::session_gap_s.
struct Review {
  std::int64_t started = 0;  ///< the `judge start` before it, else its first submission
  std::int64_t ended = 0;    ///< its AC, or its last submission
  Grade grade = Grade::kAgain;
  bool solved = false;
  bool revealed = false;
  bool hinted = false;
  int failures = 0;        ///< failed submissions before the AC (or in all, if unsolved)
  bool all_wrong = false;  ///< every failure was a wrong answer
  std::int64_t seconds_to_accept = 0;  ///< from `started` to the AC, if solved
};

struct ScheduleOptions {
  /// Submissions further apart than this, with no AC between, are separate sittings; after
  /// an AC, submissions within it are more of the same sitting (not a review).
  std::int64_t session_gap_s = 12 * 3600;
};

/// The problem's sittings in time order, each graded.
[[nodiscard]] std::vector<Review> reviews_of(const History& history, int minutes,
                                             const ScheduleOptions& options = {});

/// The SM-2 state of a problem after replaying its reviews.
struct Memory {
  double ease = 2.5;      ///< SM-2's easiness factor (1.3 and up)
  int streak = 0;         ///< successful reviews since the last lapse
  int interval_days = 0;  ///< days from the last review to the next
  std::int64_t due = 0;   ///< when the next review is due, in seconds since the epoch
};

/// Replays reviews (in time order) through SM-2; nullopt when there are none.
[[nodiscard]] std::optional<Memory> replay(std::span<const Review> reviews);

enum class PickKind {
  kDue,    ///< a review whose time has come
  kNew,    ///< never tried
  kLater,  ///< tried, next review in the future
};

struct Pick {
  std::string problem;
  PickKind kind = PickKind::kNew;
  std::optional<std::int64_t> due;  ///< kDue and kLater
  std::optional<Memory> memory;     ///< kDue and kLater
  std::string reason;               ///< one line: why this one, and why now
};

/// Every problem, ranked: due reviews (earliest due first), then new problems (weakest
/// topic first, then the difficulty that topic's progress calls for), then the rest by due
/// date. `judge next` takes the first; `judge list --due` marks the kDue ones. Histories of
/// problems not in `problems` are ignored.
[[nodiscard]] std::vector<Pick> schedule(std::span<const ProblemInfo> problems,
                                         std::span<const History> histories, std::int64_t now,
                                         const ScheduleOptions& options = {});

}  // namespace judge::coach
