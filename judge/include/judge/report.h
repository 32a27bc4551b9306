// The progress report (judge report): what the candidate did, as a data model built from the
// store, the library and the practice schedule, and that model as one self-contained HTML page
// (styles, data and script inline; Chart.js embedded when given). Never prints; never reads
// the network. Strings from packs and from the user are untrusted: every one is escaped for
// where it lands (HTML text, an attribute, JSON inside a <script>).
#pragma once

#include <cstdint>
#include <ctime>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "judge/clock.h"
#include "judge/coach/fit.h"
#include "judge/library.h"
#include "judge/mock.h"
#include "judge/session.h"
#include "judge/store.h"

namespace judge::report {

/// Breaks a moment into the local calendar (localtime_r by default; tests fix the zone).
using LocalTime = std::function<std::tm(std::time_t)>;

/// localtime_r, in the zone of the TZ variable.
[[nodiscard]] std::tm system_local_time(std::time_t t);

/// A local calendar day, as days since 1970-01-01 (so that days subtract), and as text.
[[nodiscard]] std::int64_t day_number(const std::tm& local);
[[nodiscard]] std::string day_text(std::int64_t day);  ///< "2026-03-09"
/// 0 Monday ... 6 Sunday.
[[nodiscard]] int weekday(std::int64_t day);

/// Submissions on one local day.
struct DayCount {
  std::int64_t day = 0;
  int submissions = 0;
  int accepted = 0;
};

/// The verdicts of the submissions in one bucket of time (a day, a week from Monday, or a
/// month), by verdict code ("AC", "WA", ...).
struct VerdictBucket {
  std::int64_t first_day = 0;  ///< the bucket's first day
  std::string label;           ///< "2026-03-09", "week of 2026-03-09", "2026-03"
  std::map<std::string, int> verdicts;
};

/// One tag, against the library.
struct TopicRow {
  std::string tag;
  int problems = 0;     ///< problems in the library with the tag
  int tried = 0;        ///< of those, with a submission
  int solved = 0;       ///< of those, accepted once
  int submissions = 0;  ///< submissions on problems with the tag
};

/// A solved problem and how long its first AC took (from `judge start`, else its first
/// submission: the store's figure).
struct FirstAccept {
  std::string problem;
  std::string title;
  std::string difficulty;
  std::int64_t day = 0;  ///< local day of the first AC
  std::int64_t seconds = 0;
  int attempts = 0;
  /// Median minutes over this one and the previous ones of its level (up to 5): the trend line.
  double rolling_median_min = 0;
};

/// How time to first AC moved within one level: the median of the earlier half of the solved
/// problems against the later half (only with 4 or more solved).
struct Trend {
  std::string difficulty;
  int count = 0;
  double earlier_median_min = 0;
  double later_median_min = 0;
};

/// What the schedule says to practise, with when and why.
struct DueRow {
  std::string problem;
  std::string title;
  std::string difficulty;
  std::string kind;  ///< "due", "new", "later"
  std::optional<std::int64_t> due_day;
  std::string reason;
};

// --- Mock interviews and explanation feedback come from the store (build(const Session&,
// ...)); complexity probes are drawn once their results are stored (Model::probes).

/// One moment of a mock interview, for its drill-down.
struct MockEvent {
  std::string at;    ///< local time as shown, "10:04"
  std::string what;  ///< "submitted two-sum (#12): WA", ...
};

/// One part of a mock interview's score and the rule's arithmetic that made it.
struct MockPart {
  std::string part;  ///< "problem two-sum", "behavioural", "closing"
  int points = 0;
  int possible = 0;
  std::vector<std::string> reasons;
};

/// One problem of a mock interview, as it went.
struct MockProblem {
  std::string problem;
  std::string title;
  std::string difficulty;
  bool solved = false;
  std::string outcome;  ///< "accepted at +23:10", "not accepted (last: WA)", ...
  int submissions = 0;
  int test_runs = 0;
  int rejected = 0;
  int hints = 0;
};

/// Feedback given during a mock interview: on an explanation, the STAR answer or the closing
/// questions.
struct MockFeedback {
  std::string about;  ///< "two-sum: the explanation", "behavioural answer", "closing questions"
  std::string summary;
  std::vector<std::pair<std::string, std::string>> items;  ///< severity ("warning"), message
};

/// One mock interview: its score and its timeline and feedback.
struct MockSession {
  std::int64_t id = 0;
  std::int64_t day = 0;         ///< local day it started
  std::string started;          ///< local date and time as shown
  std::string status;           ///< "ended", "abandoned", "active"
  int minutes = 0;              ///< its length
  std::optional<double> score;  ///< 0 to 100, when the session was scored (ended)
  std::string summary;          ///< one line: problems and outcome
  std::vector<MockEvent> timeline;
  std::vector<MockFeedback> feedback;
  std::vector<MockPart> parts;  ///< the score's breakdown
  std::vector<MockProblem> problems;
};

/// A session's report (judge::MockSession::report()) as the page shows it; times local.
[[nodiscard]] MockSession mock_session(const judge::MockReport& report, const LocalTime& local);

/// One measured size of a complexity probe.
struct ProbePoint {
  double n = 0;
  double seconds = 0;
  bool hit_limit = false;
};

/// A complexity probe of one problem: the measured points and the fitted curve.
struct ProbePlot {
  std::string problem;
  std::string title;
  std::string expected;  ///< the problem's expected class, "O(n)", or empty
  std::string fitted;    ///< the class fitted, "O(n log n)", or empty when none fits
  std::string summary;   ///< the fit's one or two sentences
  std::vector<ProbePoint> points;
  std::vector<ProbePoint> curve;  ///< the fitted curve, sampled over the points' range
};

/// A probe's result as the page draws it: every measured size, and the curve of the class that
/// fits best sampled over their range (none when there was too little to fit).
[[nodiscard]] ProbePlot probe_plot(const Problem& problem, const coach::FitResult& fit);

/// One problem's explanation feedback.
struct FeedbackProblem {
  std::string problem;
  std::string title;
  int explanations = 0;        ///< submissions of it with feedback
  int complexity_missing = 0;  ///< no time complexity stated
  int complexity_wrong = 0;    ///< a time complexity stated and found wrong
  int edge_cases_missed = 0;   ///< edge cases not named, over all its explanations
};

/// What the feedback on written explanations found, summed over the submissions. A claim is
/// wrong when the feedback warned about it: worse than the problem's bound, better than it
/// while naming a cost left out, or against what a complexity probe measured.
struct FeedbackSummary {
  int explanations = 0;        ///< explanations given feedback
  int complexity_claims = 0;   ///< of those, stating a time complexity
  int complexity_wrong = 0;    ///< of those claims, wrong
  int complexity_missing = 0;  ///< explanations stating none (an empty one included)
  /// Edge cases an explanation did not name, with how often, most often first.
  std::vector<std::pair<std::string, int>> missed_edge_cases;
  /// Per problem, the most trouble (wrong, missing, edge cases missed) first.
  std::vector<FeedbackProblem> problems;
};

/// The summary of the feedback stored with `rows` (submissions not forgotten; none: nullopt).
/// `problems` gives the titles.
[[nodiscard]] std::optional<FeedbackSummary> feedback_summary(
    const std::vector<SubmissionRow>& rows, const std::vector<Problem>& problems);

struct Model {
  std::int64_t today = 0;             ///< local day of `now`
  std::string generated;              ///< local date and time of `now`, "2026-03-09 14:05"
  std::string zone;                   ///< the local zone's abbreviation, "CET"
  std::optional<std::int64_t> since;  ///< --since's day, if given

  StatsModel stats;            ///< the same model as `judge stats`
  int library_size = 0;        ///< problems in the library that could be read
  int window_submissions = 0;  ///< submissions in the activity window (since, else all)
  int window_accepted = 0;
  int unjudged = 0;  ///< submissions in the window with no verdict (interrupted, running)

  /// Every day from calendar_from to today, oldest first.
  std::int64_t calendar_from = 0;
  std::vector<DayCount> calendar;
  int earlier_submissions = 0;  ///< submissions before calendar_from, not drawn
  int active_days = 0;
  int current_streak = 0;  ///< days with a submission, ending today or yesterday
  int longest_streak = 0;

  std::string verdict_unit;           ///< "day", "week" or "month"
  std::vector<std::string> verdicts;  ///< codes that occur, in the order of judge::Verdict
  std::vector<VerdictBucket> verdict_mix;

  std::vector<TopicRow> topics;            ///< weakest first
  std::vector<FirstAccept> first_accepts;  ///< by time of first AC
  std::vector<Trend> trends;               ///< easy, medium, hard, where there are enough

  std::vector<DueRow> due;       ///< due now, earliest first (all of them)
  std::vector<DueRow> upcoming;  ///< next reviews, soonest first (a few)
  std::vector<DueRow> fresh;     ///< new problems the schedule suggests (a few)

  std::vector<MockSession> mocks;  ///< oldest first
  std::vector<ProbePlot> probes;
  std::optional<FeedbackSummary> feedback;

  std::vector<std::string> notes;  ///< said at the top of the page (unreadable problems, ...)
};

struct Options {
  TimePoint now;
  std::optional<TimePoint> since;  ///< activity from this moment on (a local midnight)
  LocalTime local = system_local_time;
  int upcoming = 5;  ///< how many upcoming reviews and new problems to list
};

/// The model from the session's store and stats, the mock interviews (`mocks`, over the same
/// session), the library (for sizes, titles and the schedule's problem data) and the options.
/// Reads every stored submission once.
[[nodiscard]] Model build(const Session& session, const judge::MockSession& mocks,
                          const Library& library, const Options& options);

/// The model from what build() reads: submissions (any order), the stats model, and the
/// library's problems. Pure: the same input gives the same model.
[[nodiscard]] Model build(const std::vector<SubmissionRow>& rows, const StatsModel& stats,
                          const std::vector<Problem>& problems, const Options& options);

struct RenderOptions {
  /// Chart.js (the UMD build) to embed; empty: a page of tables, saying why.
  std::string chart_js;
  /// Why there is no Chart.js, shown on the page when chart_js is empty.
  std::string no_charts_reason;
  /// The Content-Security-Policy nonce of the page's scripts and styles; empty: a random one.
  std::string nonce;
};

/// The page: one HTML document, nothing fetched. Throws Error when chart_js would end its
/// <script> element early (it holds "</script").
[[nodiscard]] std::string render_html(const Model& model, const RenderOptions& options);

/// The page of one mock interview (judge mock report N --html): its score breakdown, its
/// problems, its timeline and its feedback; `generated` is when it was made, as shown.
[[nodiscard]] std::string render_mock_html(const MockSession& session, const std::string& generated,
                                           const RenderOptions& options);

/// The data the page's charts draw, as embedded in it.
[[nodiscard]] nlohmann::json chart_data(const Model& model);

/// `text` for HTML text or a quoted attribute value: & < > " ' as character references;
/// control characters (but tab and newline) and bytes that are not UTF-8 become U+FFFD.
[[nodiscard]] std::string html_escape(std::string_view text);

/// `value` as JSON that can sit inside a <script> element: every '<' (so no "</script" or
/// "<!--"), '>' and '&' and U+2028/U+2029 written as \u escapes; bad UTF-8 replaced.
[[nodiscard]] std::string script_json(const nlohmann::json& value);

/// A random token for a Content-Security-Policy nonce (128 bits, hexadecimal).
[[nodiscard]] std::string random_nonce();

/// The marker every page starts with, to recognise a report that may be overwritten.
inline constexpr std::string_view kMarker = "<!-- judge report -->";

}  // namespace judge::report
