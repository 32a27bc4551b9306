// The JSON shapes of results, as docs/cli.md documents them: one function per shape, so that
// `judge submit --json`, `judge review --json`, `judge history --json`, `judge stats --json` and
// a report all say the same thing the same way.
#pragma once

#include <cstddef>

#include <nlohmann/json.hpp>

#include "judge/coach/feedback.h"
#include "judge/judge.h"
#include "judge/session.h"
#include "judge/store.h"

namespace judge {

/// `text`, or null when it is empty: how every shape writes a text that may be missing.
[[nodiscard]] nlohmann::json or_null(const std::string& text);

/// One test's result: name, verdict, times, memory, exit, message, and `desc` (null for
/// samples).
[[nodiscard]] nlohmann::json test_json(const TestRow& test);

/// The row a TestOutcome is stored as: its public name (public_test_name()).
[[nodiscard]] TestRow test_row(const TestOutcome& test, std::size_t sample_count);

/// A judging run as it ended (judge test/submit --json).
[[nodiscard]] nlohmann::json outcome_json(const JudgeOutcome& outcome, std::size_t sample_count);

/// A stored submission or test run; `full` adds source, explanation, compiler, tests and the
/// feedback on the explanation.
[[nodiscard]] nlohmann::json submission_json(const SubmissionRow& row, bool full);

/// Feedback as JSON: {"summary": "...", "items": [{"severity": "warning", "code": "...",
/// "message": "..."}]}. How the store keeps it, and what submit, review and mock print.
[[nodiscard]] nlohmann::json feedback_json(const coach::Feedback& feedback);

/// Reads back what feedback_json() wrote; an item of unknown severity reads as "info", and
/// anything that is not such an object reads as no items.
[[nodiscard]] coach::Feedback feedback_from_json(const nlohmann::json& json);

/// judge stats --json.
[[nodiscard]] nlohmann::json stats_json(const StatsModel& stats);

}  // namespace judge
