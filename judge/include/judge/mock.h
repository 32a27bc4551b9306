// The mock phone screen: a timed rehearsal of the whole call. One behavioural question answered
// in STAR form, one or two problems picked for the candidate, a clock that every command shows,
// the candidate's questions for the interviewer, then a report with a score. Everything lives
// in the store, so a closed terminal or a crash loses nothing: a MockSession holds no state of
// its own. It never prints; the command-line program renders what it returns.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "judge/clock.h"
#include "judge/coach/feedback.h"
#include "judge/coach/questions.h"
#include "judge/coach/star.h"
#include "judge/language.h"
#include "judge/library.h"
#include "judge/problem.h"
#include "judge/session.h"
#include "judge/store.h"

namespace judge {

/// What `judge mock start` asks for.
struct MockOptions {
  int minutes = 45;
  int problems = 2;                   ///< 1 or 2
  std::string difficulty;             ///< only this level ("easy", "medium", "hard"); empty: a mix
  std::vector<std::string> tags;      ///< problems with any of these tags; empty: any problem
  std::string pack;                   ///< only this pack's problems; empty: every pack
  bool behavioural = true;            ///< ask a behavioural question first
  std::optional<std::uint64_t> seed;  ///< empty: taken from the clock
};

/// The problems and question chosen for a session, before anything is stored.
struct MockPlan {
  std::uint64_t seed = 0;
  std::vector<Problem> problems;  ///< in the order they are asked: the easier first
  std::optional<coach::Question> question;
  std::vector<std::string> notes;  ///< where the plan differs from what was asked, and why
};

/// How a problem was chosen: never tried beats tried and unsolved, which beats solved long ago;
/// a problem solved in the last kRecentDays, or asked in one of the last kRecentMocks
/// sessions, comes only when nothing else is left.
inline constexpr int kRecentDays = 30;
inline constexpr int kRecentMocks = 3;

/// The session's clock at one moment.
struct MockClock {
  std::int64_t mock = 0;
  TimePoint started;
  TimePoint deadline;
  std::chrono::seconds left{0};  ///< negative past the deadline
  /// The warning due now, given once per session: 10 or 5 (minutes left), or 0 (time is up).
  std::optional<int> warning;

  [[nodiscard]] bool overtime() const noexcept { return left.count() < 0; }
};

/// One problem of a session, as the report shows it.
struct MockProblemReport {
  MockProblemRow row;
  int submissions = 0;
  int test_runs = 0;
  /// Rejected submissions before the first AC (all of them when unsolved). A compile error is
  /// not counted (a typo is not a wrong idea), nor an internal error (the judge's fault).
  int rejected = 0;
  int hints = 0;
  /// Hidden tests of its submissions revealed (judge reveal) before the session ended.
  int reveals = 0;
  bool solved = false;
  bool solved_overtime = false;                      ///< its first AC came after the deadline
  std::optional<std::chrono::seconds> first_run_at;  ///< since the start of the session
  std::optional<std::chrono::seconds> solved_at;     ///< the first AC, since the start
  std::optional<Verdict> last_verdict;
  /// The submission whose explanation counts: the first AC, else the last judged submission.
  std::int64_t counted = 0;
  std::optional<coach::Feedback> explanation;
  int followups = 0;         ///< follow-ups the problem has (0 when it cannot be read now)
  int followups_solved = 0;  ///< accepted in this session
};

/// One line of the timeline: the start, the answer, each test and submission, hints and time
/// warnings, the closing questions, the end.
struct MockEvent {
  std::string at;  ///< ISO 8601, UTC
  std::chrono::seconds elapsed{0};
  /// "start", "answer", "test", "submit", "hint", "warning", "reveal", "closing", "end",
  /// "abandon"
  std::string kind;
  std::string problem;
  std::int64_t run = 0;  ///< test and submit: the run's number
  std::optional<Verdict> verdict;
  bool overtime = false;
  /// hint: its number; warning: minutes left; reveal after the end: that it does not count
  std::string detail;
};

/// A part of the score and the rule's arithmetic that made it.
struct ScorePart {
  std::string part;  ///< "problem ID", "behavioural", "closing"
  int points = 0;
  int possible = 0;
  std::vector<std::string> reasons;  ///< "accepted before the deadline: +21", ...
};

struct MockScore {
  std::vector<ScorePart> parts;
  int points = 0;
  int possible = 0;
  int score = 0;  ///< round(100 × points / possible)
};

/// Points of the score (docs/mock.md states the rule).
inline constexpr int kProblemPoints = 60;  ///< shared equally by the problems
inline constexpr int kBehaviouralPoints = 20;
inline constexpr int kClosingPoints = 20;

/// A follow-up worth taking while time remains.
struct FollowupOffer {
  std::string problem;
  int followup = 0;           ///< its number
  std::filesystem::path dir;  ///< where the problem's file is
};

/// Everything known about a session: what `judge mock report` and `status` show, and what an
/// HTML report draws.
struct MockReport {
  MockRow mock;
  std::optional<MockClock> clock;  ///< an active session's clock now
  std::vector<MockProblemReport> problems;
  std::vector<MockEvent> timeline;
  MockScore score;
  std::vector<FollowupOffer> offers;  ///< active sessions only
};

/// A session in a list: `judge mock list`, `judge history`.
struct MockSummary {
  MockRow mock;
  std::vector<std::pair<std::string, bool>> problems;  ///< each problem and whether it was solved
  std::optional<int> score;                            ///< ended sessions only
};

/// The sessions in numbers (judge stats).
struct MockStats {
  int sessions = 0;
  int ended = 0;  ///< finished with `judge mock end`: the ones with a score
  int abandoned = 0;
  int active = 0;
  std::optional<std::pair<std::int64_t, int>> best;    ///< session and score
  std::optional<std::pair<std::int64_t, int>> latest;  ///< the newest ended session
  std::optional<double> average;                       ///< over the ended sessions
};

/// Scores a report by the rule in docs/mock.md.
[[nodiscard]] MockScore score_mock(const MockReport& report);

/// The report as JSON (judge mock report --json): the session, per problem, the behavioural
/// and closing parts with their feedback, the timeline, and the score with its parts.
[[nodiscard]] nlohmann::json mock_report_json(const MockReport& report);

[[nodiscard]] nlohmann::json mock_summary_json(const MockSummary& summary);
[[nodiscard]] nlohmann::json mock_stats_json(const MockStats& stats);

class MockSession {
 public:
  /// Over the session's store and clock. `bank`: the behavioural questions (question_bank()).
  MockSession(Session& session, const Library& library, coach::QuestionBank bank);

  /// The built-in questions and those of every pack that has a questions.toml (same format);
  /// a pack file that cannot be read is skipped and said in `notes`.
  [[nodiscard]] static coach::QuestionBank question_bank(const Library& library,
                                                         std::vector<std::string>* notes);

  /// The session in progress, if any.
  [[nodiscard]] std::optional<MockRow> active() const;

  /// Chooses the problems and the question. Throws Error when a session is in progress, when
  /// an option is out of range, or when no problem matches.
  [[nodiscard]] MockPlan plan(const MockOptions& options) const;

  /// Stores the session, started now, with its deadline; each problem is started for its file
  /// (Session::start), so that `judge test FILE` knows it.
  MockRow begin(const MockOptions& options, const MockPlan& plan,
                const std::vector<std::filesystem::path>& files, const Language& language);

  /// Stores the STAR answer to the session's question, then its feedback. Throws Error when
  /// no session is in progress or it has no question.
  coach::StarReview answer(const std::string& text);

  /// The clock of the session in progress, if any. A warning is recorded (and so given once)
  /// unless the store is read-only.
  [[nodiscard]] std::optional<MockClock> tick();

  /// Makes `attempt` part of the session in progress when `problem` (or the problem it is a
  /// follow-up of) is one of its problems, marked overtime after the deadline.
  void attach(Attempt& attempt, const Problem& problem) const;

  /// Records that hint `hint` of `problem` was shown (Session::record_hint), and counts it
  /// against the session in progress when `problem` is one of its problems. Nothing is
  /// recorded when the store cannot be written.
  void record_hint(const Problem& problem, int hint);

  /// Stores the candidate's questions for the interviewer, then their feedback, and ends the
  /// session. Throws Error when no session is in progress.
  MockReport end(const std::string& closing);

  /// Drops the session in progress: marked abandoned, its runs kept. Throws Error when none.
  MockRow abandon();

  /// Session `id` (0: the newest). Throws Error when there is none.
  [[nodiscard]] MockReport report(std::int64_t id) const;
  /// The report of a session already read (from list()): its runs and events.
  [[nodiscard]] MockReport report_of(const MockRow& mock) const;

  /// Sessions, newest first.
  [[nodiscard]] std::vector<MockRow> list(int limit) const;
  /// Sessions with their problems and score, newest first: at most `limit`, only those that
  /// asked `problem` (empty: any), only those started at or after `since` (ISO 8601; empty:
  /// any time).
  [[nodiscard]] std::vector<MockSummary> summaries(int limit, const std::string& problem = "",
                                                   const std::string& since = "") const;
  /// Every session counted, with the best, latest and average score of the ended ones.
  [[nodiscard]] MockStats stats() const;

 private:
  [[nodiscard]] MockRow require_active() const;
  [[nodiscard]] std::vector<Problem> pick_problems(const MockOptions& options, std::uint64_t seed,
                                                   std::vector<std::string>& notes) const;
  /// How many follow-ups problem `id` has; 0 when it is gone (a removed pack).
  [[nodiscard]] int followups_of(const std::string& id) const;

  Session& session_;
  const Library& library_;
  coach::QuestionBank bank_;
  /// followups_of() by problem: `judge report` builds every session's report, and loading a
  /// problem (its TOML and its folder) once per session made 100 sessions take about a second.
  mutable std::map<std::string, int> followups_;
};

}  // namespace judge
