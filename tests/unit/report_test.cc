// The progress report (report.cc, report_html.cc) and the exports (export.cc): the model from
// a scripted history with a fixed clock and a fixed time zone, the explanation feedback and
// mock interviews it sums up, the page's escaping of hostile pack strings, a mock session's own
// page, and the CSV, JSON and Markdown shapes.
#include "judge/report.h"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "judge/error.h"
#include "judge/export.h"
#include "judge/mock.h"
#include "judge/paths.h"
#include "memory_store.h"
#include "test_support.h"

namespace judge::report {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using nlohmann::json;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

// A zone five hours behind UTC with no summer time, so that the tests do not depend on TZ.
std::tm minus_five(std::time_t t) {
  t -= 5 * 3600;
  std::tm tm{};
  gmtime_r(&t, &tm);
  tm.tm_zone = "XST";
  return tm;
}

TimePoint at(const std::string& iso) {
  return *parse_iso8601(iso);
}

std::int64_t day_of(const std::string& date) {
  std::tm tm{};
  strptime(date.c_str(), "%Y-%m-%d", &tm);
  return day_number(tm);
}

Problem problem(const std::string& id, Difficulty difficulty, std::vector<std::string> tags,
                int minutes = 20) {
  Problem p;
  p.id = id;
  p.title = "Title of " + id;
  p.difficulty = difficulty;
  p.tags = std::move(tags);
  p.minutes = minutes;
  return p;
}

// A history written by hand: rows, the stats model the store would give, and the library.
class History {
 public:
  History() {
    problems_ = {problem("two-sum", Difficulty::kEasy, {"arrays", "hashing"}),
                 problem("coin-change", Difficulty::kMedium, {"dp"}),
                 problem("n-queens", Difficulty::kHard, {"backtracking"}),
                 problem("stack", Difficulty::kEasy, {"design"})};
  }

  History& add(const std::string& when, const std::string& id, std::optional<Verdict> verdict,
               RunKind kind = RunKind::kSubmission) {
    SubmissionRow r;
    r.id = static_cast<std::int64_t>(rows_.size()) + 1;
    r.kind = kind;
    r.problem = id;
    r.language = "python";
    r.created_at = iso8601(at(when));
    r.status = verdict ? "done" : "interrupted";
    r.verdict = verdict;
    rows_.push_back(r);
    return *this;
  }

  // What Session::stats() gives for these rows (every first AC counted from the first
  // submission, as the store does without `judge start`).
  [[nodiscard]] StatsModel stats() const {
    StatsModel m;
    for (const char* level : {"easy", "medium", "hard"}) {
      m.by_difficulty[level] = {};
    }
    std::map<std::string, ProblemStats> by;
    for (const auto& r : rows_) {
      if (r.kind != RunKind::kSubmission || !r.forgotten_at.empty()) {
        continue;
      }
      auto& s = by[r.problem];
      s.problem = r.problem;
      s.title = "Title of " + r.problem;
      s.attempts += 1;
      if (s.first_accepted_at.empty() && r.verdict == Verdict::kAccepted) {
        s.solved = true;
        s.first_accepted_at = r.created_at;
      }
    }
    for (auto& [id, s] : by) {
      const auto p = std::find_if(problems_.begin(), problems_.end(),
                                  [&](const Problem& q) { return q.id == id; });
      s.difficulty = std::string(to_string(p->difficulty));
      s.tags = p->tags;
      if (s.solved) {
        const auto first = std::find_if(rows_.begin(), rows_.end(),
                                        [&](const SubmissionRow& r) { return r.problem == id; });
        s.seconds_to_accept = std::chrono::duration_cast<std::chrono::seconds>(
                                  at(s.first_accepted_at) - at(first->created_at))
                                  .count();
      }
      m.submissions += s.attempts;
      m.solved += s.solved ? 1 : 0;
      m.problems.push_back(s);
    }
    for (const auto& p : problems_) {
      const bool solved = by.count(p.id) != 0 && by.at(p.id).solved;
      auto& level = m.by_difficulty[std::string(to_string(p.difficulty))];
      level.total += 1;
      level.solved += solved ? 1 : 0;
      for (const auto& tag : p.tags) {
        m.by_tag[tag].total += 1;
        m.by_tag[tag].solved += solved ? 1 : 0;
      }
    }
    return m;
  }

  [[nodiscard]] Model model(const std::string& now,
                            std::optional<std::string> since = std::nullopt) const {
    Options o;
    o.now = at(now);
    o.local = minus_five;
    if (since) {
      o.since = at(*since);
    }
    return build(rows_, stats(), problems_, o);
  }

  std::vector<SubmissionRow>& rows() { return rows_; }
  std::vector<Problem>& problems() { return problems_; }

 private:
  std::vector<SubmissionRow> rows_;
  std::vector<Problem> problems_;
};

const DayCount& day(const Model& m, const std::string& date) {
  return m.calendar.at(static_cast<std::size_t>(day_of(date) - m.calendar_from));
}

// --- days ---

TEST(ReportDaysTest, DayNumbersAreCivilDaysAndWeekdaysStartOnMonday) {
  EXPECT_EQ(day_of("1970-01-01"), 0);
  EXPECT_EQ(day_text(day_of("2026-03-09")), "2026-03-09");
  EXPECT_EQ(day_text(day_of("2028-02-29") + 1), "2028-03-01");
  EXPECT_EQ(weekday(day_of("2026-03-09")), 0);  // a Monday
  EXPECT_EQ(weekday(day_of("2026-03-15")), 6);  // a Sunday
}

// --- the model ---

TEST(ReportModelTest, ASubmissionCountsOnItsLocalDay) {
  History h;
  // 02:30 UTC is 21:30 the evening before, five hours behind.
  h.add("2026-03-10T02:30:00Z", "two-sum", Verdict::kWrongAnswer)
      .add("2026-03-10T15:00:00Z", "two-sum", Verdict::kAccepted);
  const Model m = h.model("2026-03-12T12:00:00Z");
  EXPECT_EQ(m.today, day_of("2026-03-12"));
  EXPECT_EQ(m.generated, "2026-03-12 07:00");
  EXPECT_EQ(m.zone, "XST");
  EXPECT_EQ(day(m, "2026-03-09").submissions, 1);
  EXPECT_EQ(day(m, "2026-03-09").accepted, 0);
  EXPECT_EQ(day(m, "2026-03-10").submissions, 1);
  EXPECT_EQ(day(m, "2026-03-10").accepted, 1);
}

TEST(ReportModelTest, TheCalendarIsAYearOfWeeksEndingToday) {
  History h;
  h.add("2025-01-05T12:00:00Z", "two-sum", Verdict::kWrongAnswer)
      .add("2026-03-11T12:00:00Z", "two-sum", Verdict::kAccepted);
  const Model m = h.model("2026-03-12T12:00:00Z");
  EXPECT_EQ(weekday(m.calendar_from), 0);
  EXPECT_EQ(m.today - m.calendar_from, 52 * 7 + weekday(m.today));
  EXPECT_EQ(m.calendar.size(), static_cast<std::size_t>(m.today - m.calendar_from + 1));
  EXPECT_EQ(m.calendar.back().day, m.today);
  EXPECT_EQ(m.earlier_submissions, 1);
  EXPECT_EQ(m.window_submissions, 2);
}

TEST(ReportModelTest, StreaksCountConsecutiveActiveDays) {
  History h;
  for (const char* d :
       {"2026-03-01", "2026-03-02", "2026-03-03", "2026-03-05", "2026-03-09", "2026-03-10"}) {
    h.add(std::string(d) + "T15:00:00Z", "two-sum", Verdict::kWrongAnswer);
  }
  // Nothing yet today (the 11th): the streak ending yesterday is still the current one.
  const Model m = h.model("2026-03-11T15:00:00Z");
  EXPECT_EQ(m.active_days, 6);
  EXPECT_EQ(m.longest_streak, 3);
  EXPECT_EQ(m.current_streak, 2);
  // Two days later it is broken.
  EXPECT_EQ(h.model("2026-03-12T15:00:00Z").current_streak, 0);
}

TEST(ReportModelTest, TestRunsForgottenAndUndatedRowsAreLeftOut) {
  History h;
  h.add("2026-03-10T15:00:00Z", "two-sum", Verdict::kAccepted)
      .add("2026-03-10T16:00:00Z", "two-sum", Verdict::kWrongAnswer, RunKind::kTest)
      .add("2026-03-10T17:00:00Z", "two-sum", Verdict::kWrongAnswer);
  h.rows().back().forgotten_at = "2026-03-10T18:00:00Z";
  h.add("2026-03-10T17:00:00Z", "two-sum", Verdict::kWrongAnswer);
  h.rows().back().created_at = "yesterday";
  const Model m = h.model("2026-03-11T15:00:00Z");
  EXPECT_EQ(m.window_submissions, 1);
  EXPECT_EQ(day(m, "2026-03-10").submissions, 1);
}

TEST(ReportModelTest, SinceLimitsTheActivityButNotWhatIsSolved) {
  History h;
  h.add("2026-02-01T15:00:00Z", "two-sum", Verdict::kAccepted)
      .add("2026-03-02T15:00:00Z", "coin-change", Verdict::kWrongAnswer)
      .add("2026-03-03T15:00:00Z", "coin-change", std::nullopt);
  // Local midnight of 2026-03-01, five hours behind.
  const Model m = h.model("2026-03-05T15:00:00Z", "2026-03-01T05:00:00Z");
  ASSERT_TRUE(m.since);
  EXPECT_EQ(*m.since, day_of("2026-03-01"));
  EXPECT_EQ(m.calendar_from, day_of("2026-03-01"));
  EXPECT_EQ(m.calendar.size(), 5u);
  EXPECT_EQ(m.window_submissions, 2);
  EXPECT_EQ(m.window_accepted, 0);
  EXPECT_EQ(m.unjudged, 1);
  EXPECT_EQ(m.earlier_submissions, 0);
  EXPECT_EQ(m.stats.solved, 1);
  ASSERT_EQ(m.first_accepts.size(), 1u);
  EXPECT_EQ(m.first_accepts[0].problem, "two-sum");
}

TEST(ReportModelTest, VerdictsAreBucketedByDayWeekOrMonthAsTheSpanAsks) {
  History h;
  h.add("2026-03-02T15:00:00Z", "two-sum", Verdict::kWrongAnswer)
      .add("2026-03-02T16:00:00Z", "two-sum", Verdict::kTimeLimit)
      .add("2026-03-04T15:00:00Z", "two-sum", Verdict::kAccepted)
      .add("2026-03-04T16:00:00Z", "coin-change", std::nullopt);
  const Model days = h.model("2026-03-05T15:00:00Z");
  EXPECT_EQ(days.verdict_unit, "day");
  EXPECT_THAT(days.verdicts, ElementsAre("AC", "WA", "TLE"));
  ASSERT_EQ(days.verdict_mix.size(), 4u);  // the 2nd to the 5th, empty days too
  EXPECT_EQ(days.verdict_mix[0].label, "2026-03-02");
  EXPECT_EQ(days.verdict_mix[0].verdicts.at("WA"), 1);
  EXPECT_EQ(days.verdict_mix[0].verdicts.at("TLE"), 1);
  EXPECT_EQ(days.verdict_mix[2].verdicts.at("AC"), 1);
  EXPECT_TRUE(days.verdict_mix[3].verdicts.empty());

  const Model weeks = h.model("2026-05-20T15:00:00Z");
  EXPECT_EQ(weeks.verdict_unit, "week");
  EXPECT_EQ(weeks.verdict_mix.front().label, "week of 2026-03-02");
  EXPECT_EQ(weeks.verdict_mix.front().verdicts.at("WA"), 1);
  EXPECT_EQ(weeks.verdict_mix.front().verdicts.at("AC"), 1);

  const Model months = h.model("2027-01-20T15:00:00Z");
  EXPECT_EQ(months.verdict_unit, "month");
  EXPECT_EQ(months.verdict_mix.front().label, "2026-03");
  EXPECT_EQ(months.verdict_mix.back().label, "2027-01");
  EXPECT_EQ(months.verdict_mix.size(), 11u);
  int judged = 0;
  for (const auto& b : months.verdict_mix) {
    for (const auto& [code, n] : b.verdicts) {
      judged += n;
    }
  }
  EXPECT_EQ(judged, 3);  // the interrupted one has no verdict to count
}

TEST(ReportModelTest, TopicsComeWeakestFirst) {
  History h;
  h.add("2026-03-02T15:00:00Z", "two-sum", Verdict::kAccepted)            // arrays, hashing: solved
      .add("2026-03-02T16:00:00Z", "coin-change", Verdict::kWrongAnswer)  // dp: 0 of 1
      .add("2026-03-02T17:00:00Z", "coin-change", Verdict::kWrongAnswer)
      .add("2026-03-02T18:00:00Z", "n-queens", Verdict::kWrongAnswer);  // backtracking: 0 of 1
  const Model m = h.model("2026-03-05T15:00:00Z");
  std::vector<std::string> order;
  for (const auto& t : m.topics) {
    order.push_back(t.tag);
  }
  // dp and backtracking are both 0 of 1; dp cost more submissions. design was not tried.
  EXPECT_THAT(order, ElementsAre("dp", "backtracking", "arrays", "hashing", "design"));
  EXPECT_EQ(m.topics[0].tried, 1);
  EXPECT_EQ(m.topics[0].solved, 0);
  EXPECT_EQ(m.topics[0].submissions, 2);
  EXPECT_EQ(m.topics[2].problems, 1);
  EXPECT_EQ(m.topics[2].solved, 1);
  EXPECT_EQ(m.topics[4].tried, 0);
}

TEST(ReportModelTest, TimeToFirstAcIsInTheOrderSolvedWithATrendPerLevel) {
  History h;
  h.problems().push_back(problem("e1", Difficulty::kEasy, {"x"}));
  h.problems().push_back(problem("e2", Difficulty::kEasy, {"x"}));
  h.problems().push_back(problem("e3", Difficulty::kEasy, {"x"}));
  // Four easy ones taking 40, 30, 20 and 10 minutes, solved on successive days.
  const char* ids[] = {"two-sum", "e1", "e2", "e3"};
  for (int i = 0; i < 4; ++i) {
    const std::string d = fmt::format("2026-03-0{}", i + 2);
    h.add(d + "T15:00:00Z", ids[i], Verdict::kWrongAnswer)
        .add(fmt::format("{}T15:{}:00Z", d, 40 - 10 * i), ids[i], Verdict::kAccepted);
  }
  const Model m = h.model("2026-03-09T15:00:00Z");
  ASSERT_EQ(m.first_accepts.size(), 4u);
  EXPECT_EQ(m.first_accepts[0].problem, "two-sum");
  EXPECT_EQ(m.first_accepts[0].seconds, 40 * 60);
  EXPECT_EQ(m.first_accepts[0].day, day_of("2026-03-02"));
  EXPECT_EQ(m.first_accepts[0].attempts, 2);
  EXPECT_EQ(m.first_accepts[3].problem, "e3");
  EXPECT_DOUBLE_EQ(m.first_accepts[3].rolling_median_min, 25.0);  // of 40, 30, 20, 10
  ASSERT_EQ(m.trends.size(), 1u);
  EXPECT_EQ(m.trends[0].difficulty, "easy");
  EXPECT_DOUBLE_EQ(m.trends[0].earlier_median_min, 35.0);
  EXPECT_DOUBLE_EQ(m.trends[0].later_median_min, 15.0);
}

TEST(ReportModelTest, WhatIsDueComesFromTheSchedule) {
  History h;
  // Failed two days ago: a lapse is due again after a day.
  h.add("2026-03-03T15:00:00Z", "coin-change", Verdict::kWrongAnswer)
      // Solved cleanly yesterday: due in six days.
      .add("2026-03-04T15:00:00Z", "two-sum", Verdict::kAccepted);
  const Model m = h.model("2026-03-05T16:00:00Z");
  ASSERT_EQ(m.due.size(), 1u);
  EXPECT_EQ(m.due[0].problem, "coin-change");
  EXPECT_EQ(m.due[0].title, "Title of coin-change");
  EXPECT_EQ(m.due[0].difficulty, "medium");
  EXPECT_EQ(m.due[0].kind, "due");
  EXPECT_EQ(m.due[0].due_day, day_of("2026-03-04"));
  EXPECT_THAT(m.due[0].reason, HasSubstr("not solved"));
  ASSERT_EQ(m.upcoming.size(), 1u);
  EXPECT_EQ(m.upcoming[0].problem, "two-sum");
  EXPECT_EQ(m.upcoming[0].due_day, day_of("2026-03-10"));
  ASSERT_EQ(m.fresh.size(), 2u);  // n-queens and stack: never tried
  EXPECT_EQ(m.fresh[0].kind, "new");
}

TEST(ReportModelTest, SectionsWithNothingStoredAreEmpty) {
  History h;
  h.add("2026-03-04T15:00:00Z", "two-sum", Verdict::kAccepted);
  const Model m = h.model("2026-03-05T16:00:00Z");
  EXPECT_TRUE(m.mocks.empty());
  EXPECT_TRUE(m.probes.empty());
  EXPECT_FALSE(m.feedback);
}

TEST(ReportModelTest, UnreadableProblemsAreNoted) {
  History h;
  StatsModel stats = h.stats();
  stats.unreadable.push_back("broken: problem.toml:3:1: expected a string");
  Options o;
  o.now = at("2026-03-05T16:00:00Z");
  o.local = minus_five;
  const Model m = build({}, stats, h.problems(), o);
  ASSERT_EQ(m.notes.size(), 1u);
  EXPECT_THAT(m.notes[0], HasSubstr("broken: problem.toml:3:1"));
}

// The model read through the session: MemoryStore, FakeClock and a library on disk.
TEST(ReportModelTest, BuildsFromASessionAndItsLibrary) {
  TempDir tmp("judge-report-test");
  const fs::path root = fs::canonical(tmp.path());
  unit::write_file(root / "pack/pack.toml", "name = \"builtin\"\nversion = \"1\"\n");
  for (const auto& [id, level] : {std::pair{"add", "easy"}, std::pair{"merge", "medium"}}) {
    unit::write_file(
        root / "pack" / id / "problem.toml",
        fmt::format("title = \"T {}\"\ndifficulty = \"{}\"\ntags = [\"math\"]\n", id, level));
    unit::write_file(root / "pack" / id / "statement.md", "# T\n");
    unit::write_file(root / "pack" / id / "data/sample/1.in", "1\n");
    unit::write_file(root / "pack" / id / "data/sample/1.ans", "1\n");
  }
  const Library library = Library::load(root / "pack", root / "packs");
  unit::FakeClock clock(at("2026-03-04T15:00:00Z"));
  unit::MemoryStore store(clock);
  NewRun run;
  run.problem = "add";
  run.language = "python";
  const auto first = store.begin(run);
  JudgeOutcome outcome;
  outcome.verdict = Verdict::kWrongAnswer;
  store.finish(first, outcome);
  clock.advance(600s);
  const auto second = store.begin(run);
  outcome.verdict = Verdict::kAccepted;
  store.finish(second, outcome);
  Session session(library, store, clock, []() -> Judge& { throw Error("not judging"); });

  Options o;
  o.now = at("2026-03-05T16:00:00Z");
  o.local = minus_five;
  // A mock interview, ended without a run: scored, its problem not submitted.
  MockRow row;
  row.started_at = iso8601(clock.now());
  row.deadline = iso8601(clock.now() + 45min);
  row.problems = {{"merge", "T merge", "medium", 20, "merge.py"}};
  row.id = store.create_mock(row);
  row.status = "ended";
  row.ended_at = iso8601(clock.now() + 30min);
  store.update_mock(row);
  const judge::MockSession mocks(session, library, coach::QuestionBank::builtin());

  const Model m = build(session, mocks, library, o);
  ASSERT_EQ(m.mocks.size(), 1u);
  EXPECT_EQ(m.mocks[0].id, row.id);
  EXPECT_EQ(m.mocks[0].status, "ended");
  ASSERT_TRUE(m.mocks[0].score);
  EXPECT_EQ(*m.mocks[0].score, 0);
  ASSERT_EQ(m.mocks[0].problems.size(), 1u);
  EXPECT_EQ(m.mocks[0].problems[0].outcome, "not submitted");
  EXPECT_EQ(m.library_size, 2);
  EXPECT_EQ(m.window_submissions, 2);
  EXPECT_EQ(m.stats.by_difficulty.at("easy").solved, 1);
  EXPECT_EQ(m.stats.by_difficulty.at("medium").total, 1);
  EXPECT_EQ(day(m, "2026-03-04").submissions, 2);
  ASSERT_EQ(m.topics.size(), 1u);
  EXPECT_EQ(m.topics[0].tag, "math");
  EXPECT_EQ(m.topics[0].tried, 1);
  EXPECT_EQ(m.topics[0].submissions, 2);
  ASSERT_EQ(m.fresh.size(), 1u);
  EXPECT_EQ(m.fresh[0].problem, "merge");
}

// Feedback as submit stores it: `time` is the time item's code ("" for none), then the edge cases
// missed, in the built-in wording (judge/data/explanation.toml).
coach::Feedback feedback(const std::string& time, const std::vector<std::string>& missed) {
  coach::Feedback f;
  f.summary = "things to fix";
  if (!time.empty()) {
    const bool bad = time != "explain.time.same";
    f.items.push_back({bad ? coach::Severity::kWarning : coach::Severity::kPraise, time, "..."});
  }
  for (const auto& edge : missed) {
    f.items.push_back(
        {coach::Severity::kWarning, "explain.edge.missed",
         "You did not mention an edge case this problem is known for: " + edge + "."});
  }
  return f;
}

TEST(ReportModelTest, FeedbackIsSummedWithTheEdgeCasesMissedAndPerProblem) {
  History h;
  h.add("2026-03-02T15:00:00Z", "two-sum", Verdict::kWrongAnswer)
      .add("2026-03-02T15:10:00Z", "two-sum", Verdict::kAccepted)
      .add("2026-03-03T15:00:00Z", "coin-change", Verdict::kAccepted)
      .add("2026-03-03T16:00:00Z", "coin-change", Verdict::kWrongAnswer)
      .add("2026-03-04T15:00:00Z", "stack", Verdict::kAccepted);
  auto& rows = h.rows();
  // Right, and no edge case named.
  rows[0].feedback = feedback("explain.time.same", {"duplicate values", "empty array"});
  // Wrong (worse than the bound), the empty array named.
  rows[1].feedback = feedback("explain.time.worse", {"duplicate values"});
  // No time complexity at all.
  rows[2].feedback = feedback("explain.time.missing", {"duplicate values", "empty array"});
  // Forgotten: not counted. The last one has no feedback (stored before the judge gave any).
  rows[3].feedback = feedback("explain.time.worse", {"a message of another wording"});
  rows[3].forgotten_at = "2026-03-03T17:00:00.000Z";

  const Model m = h.model("2026-03-05T16:00:00Z");
  ASSERT_TRUE(m.feedback);
  const FeedbackSummary& f = *m.feedback;
  EXPECT_EQ(f.explanations, 3);
  EXPECT_EQ(f.complexity_claims, 2);
  EXPECT_EQ(f.complexity_wrong, 1);
  EXPECT_EQ(f.complexity_missing, 1);
  EXPECT_THAT(f.missed_edge_cases, ElementsAre(std::pair<std::string, int>{"duplicate values", 3},
                                               std::pair<std::string, int>{"empty array", 2}));
  ASSERT_EQ(f.problems.size(), 2u);
  // two-sum: 1 wrong and 3 edge cases missed; coin-change: 1 missing and 2 missed.
  EXPECT_EQ(f.problems[0].problem, "two-sum");
  EXPECT_EQ(f.problems[0].title, "Title of two-sum");
  EXPECT_EQ(f.problems[0].explanations, 2);
  EXPECT_EQ(f.problems[0].complexity_wrong, 1);
  EXPECT_EQ(f.problems[0].complexity_missing, 0);
  EXPECT_EQ(f.problems[0].edge_cases_missed, 3);
  EXPECT_EQ(f.problems[1].problem, "coin-change");
  EXPECT_EQ(f.problems[1].complexity_missing, 1);
  EXPECT_EQ(f.problems[1].edge_cases_missed, 2);
}

TEST(ReportModelTest, AClaimBetterThanTheBoundIsWrongOnlyWhenWarned) {
  coach::Feedback fb;
  fb.items = {{coach::Severity::kInfo, "explain.time.better", "Say why it is faster."}};
  std::vector<SubmissionRow> rows(2);
  rows[0].problem = "two-sum";
  rows[0].feedback = fb;
  fb.items[0].severity = coach::Severity::kWarning;
  rows[1].problem = "two-sum";
  rows[1].feedback = fb;
  // A message in another wording than today's template is kept whole.
  fb.items.push_back({coach::Severity::kWarning, "explain.edge.missed", "Name the empty array."});
  rows[1].feedback = fb;
  const auto f = feedback_summary(rows, {});
  ASSERT_TRUE(f);
  EXPECT_THAT(f->missed_edge_cases,
              ElementsAre(std::pair<std::string, int>{"Name the empty array.", 1}));
  EXPECT_EQ(f->complexity_claims, 2);
  EXPECT_EQ(f->complexity_wrong, 1);
  EXPECT_EQ(f->problems.at(0).title, "two-sum");  // not in the library: its ID
  EXPECT_FALSE(feedback_summary({SubmissionRow{}}, {}));
}

// A session's report as MockSession::report() gives it, shown in local time.
TEST(ReportModelTest, AMockReportBecomesItsDrillDown) {
  judge::MockReport r;
  r.mock.id = 2;
  r.mock.status = "ended";
  r.mock.started_at = "2026-03-04T15:00:00.000Z";
  r.mock.minutes = 45;
  r.mock.closing_feedback =
      coach::Feedback{{{coach::Severity::kPraise, "closing.good", "Good."}}, "Well asked."};
  MockProblemReport p;
  p.row = {"two-sum", "Two Sum", "easy", 20, "two-sum.py"};
  p.submissions = 2;
  p.rejected = 1;
  p.solved = true;
  p.solved_at = 720s;
  p.explanation = coach::Feedback{{{coach::Severity::kWarning, "explain.time.missing", "Say it."}},
                                  "1 thing to fix"};
  r.problems.push_back(p);
  judge::MockEvent start;
  start.at = r.mock.started_at;
  start.kind = "start";
  judge::MockEvent submit;
  submit.at = "2026-03-04T15:12:00.000Z";
  submit.elapsed = 720s;
  submit.kind = "submit";
  submit.problem = "two-sum";
  submit.run = 7;
  submit.verdict = Verdict::kAccepted;
  judge::MockEvent warning;
  warning.at = "2026-03-04T15:35:00.000Z";
  warning.elapsed = 2100s;
  warning.kind = "warning";
  warning.detail = "10";
  r.timeline = {start, submit, warning};
  r.score = score_mock(r);

  const MockSession s = mock_session(r, minus_five);
  EXPECT_EQ(s.id, 2);
  EXPECT_EQ(s.started, "2026-03-04 10:00");
  EXPECT_EQ(s.day, day_of("2026-03-04"));
  ASSERT_TRUE(s.score);
  EXPECT_EQ(*s.score, r.score.score);
  EXPECT_EQ(s.summary, "two-sum solved; ended");
  ASSERT_EQ(s.timeline.size(), 3u);
  EXPECT_EQ(s.timeline[0].what, "started");
  EXPECT_EQ(s.timeline[1].at, "10:12:00 (+12:00)");
  EXPECT_EQ(s.timeline[1].what, "submitted two-sum (#7): AC");
  EXPECT_EQ(s.timeline[2].what, "10 minutes left");
  ASSERT_EQ(s.problems.size(), 1u);
  EXPECT_EQ(s.problems[0].title, "Two Sum");
  EXPECT_TRUE(s.problems[0].solved);
  EXPECT_EQ(s.problems[0].outcome, "accepted at +12:00");
  EXPECT_EQ(s.problems[0].rejected, 1);
  ASSERT_EQ(s.feedback.size(), 2u);
  EXPECT_EQ(s.feedback[0].about, "two-sum: the explanation");
  EXPECT_EQ(s.feedback[0].items.at(0), (std::pair<std::string, std::string>{"warning", "Say it."}));
  EXPECT_EQ(s.feedback[1].about, "closing questions");
  EXPECT_EQ(s.parts.size(), r.score.parts.size());
  EXPECT_EQ(s.parts[0].part, "problem two-sum");

  // An abandoned session is not scored.
  r.mock.status = "abandoned";
  EXPECT_FALSE(mock_session(r, minus_five).score);
}

TEST(ReportModelTest, AProbeBecomesItsPointsAndTheBestCurve) {
  Problem p = problem("two-sum", Difficulty::kEasy, {"arrays"});
  p.complexity = "O(n)";
  std::vector<coach::Sample> samples;
  for (std::int64_t n = 1000; n <= 1'000'000; n *= 2) {
    for (int r = 0; r < 3; ++r) {
      samples.push_back({n, 2e-7 * static_cast<double>(n) + 0.001, false});
    }
  }
  const coach::FitResult fit = coach::fit_complexity(samples);
  const ProbePlot plot = probe_plot(p, fit);
  EXPECT_EQ(plot.problem, "two-sum");
  EXPECT_EQ(plot.expected, "O(n)");
  EXPECT_EQ(plot.fitted, "O(n)");
  EXPECT_EQ(plot.summary, fit.summary);
  ASSERT_EQ(plot.points.size(), fit.points.size());
  EXPECT_DOUBLE_EQ(plot.points.front().n, 1000);
  ASSERT_EQ(plot.curve.size(), 25u);
  EXPECT_NEAR(plot.curve.front().n, 1000, 1e-6);
  EXPECT_NEAR(plot.curve.back().n, plot.points.back().n, 1e-3);
  for (std::size_t i = 1; i < plot.curve.size(); ++i) {
    EXPECT_GT(plot.curve[i].seconds, plot.curve[i - 1].seconds);
  }
  EXPECT_NEAR(plot.curve.back().seconds, plot.points.back().seconds,
              0.1 * plot.points.back().seconds);

  // Too few sizes: the points, and no curve.
  const ProbePlot thin = probe_plot(p, coach::fit_complexity(std::vector<coach::Sample>{
                                           {1000, 0.01, false}, {2000, 0.02, false}}));
  EXPECT_EQ(thin.points.size(), 2u);
  EXPECT_TRUE(thin.fitted.empty());
  EXPECT_TRUE(thin.curve.empty());
}

// --- escaping ---

TEST(ReportEscapeTest, HtmlEscapeLeavesNoMarkup) {
  EXPECT_EQ(html_escape("<b onclick=\"x\">'a' & b</b>"),
            "&lt;b onclick=&quot;x&quot;&gt;&#39;a&#39; &amp; b&lt;/b&gt;");
  EXPECT_EQ(html_escape("héllo, 世界 🙂\ttab\nline"), "héllo, 世界 🙂\ttab\nline");
}

TEST(ReportEscapeTest, ControlsAndBadUtf8BecomeReplacementCharacters) {
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(html_escape("\x1b[31mred"), fffd + "[31mred");
  EXPECT_EQ(html_escape(std::string("a\0b", 3)), "a" + fffd + "b");
  EXPECT_EQ(html_escape("\xC2\x9B"
                        "2J"),
            fffd + "2J");  // U+009B, the one-byte CSI
  EXPECT_EQ(html_escape("\xFF"
                        "x"),
            fffd + "x");
  EXPECT_EQ(html_escape("\xC0\xBC"), fffd + fffd);             // an overlong '<'
  EXPECT_EQ(html_escape("\xED\xA0\x80"), fffd + fffd + fffd);  // a surrogate
  EXPECT_EQ(html_escape("\xE4\xB8"), fffd + fffd);             // cut short
}

TEST(ReportEscapeTest, ScriptJsonCannotEndItsScriptElement) {
  const json value = {{"title", "</script><script>alert(1)</script><!-- \u2028\u2029 & >"},
                      {"bad", "\xFF"}};
  const std::string text = script_json(value);
  EXPECT_EQ(text.find('<'), std::string::npos);
  EXPECT_EQ(text.find('>'), std::string::npos);
  EXPECT_EQ(text.find('&'), std::string::npos);
  EXPECT_EQ(text.find("\u2028"), std::string::npos);
  EXPECT_EQ(text.find("\u2029"), std::string::npos);
  const json back = json::parse(text);
  EXPECT_EQ(back["title"], value["title"]);
  EXPECT_EQ(back["bad"], "\xEF\xBF\xBD");
}

// --- the page ---

constexpr const char* kHostileTitle = "</script><script>alert('title')</script>";
constexpr const char* kHostileTag = "<img src=x onerror=alert(1)>\u2028";

std::string between(const std::string& text, const std::string& from, const std::string& to) {
  const auto a = text.find(from);
  if (a == std::string::npos) {
    return {};
  }
  const auto b = text.find(to, a + from.size());
  return text.substr(a + from.size(), b - a - from.size());
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto i = text.find(what); i != std::string::npos; i = text.find(what, i + 1)) {
    ++n;
  }
  return n;
}

Model hostile_model() {
  History h;
  h.problems()[0].title = kHostileTitle;
  h.problems()[0].tags = {kHostileTag};
  h.add("2026-03-02T15:00:00Z", "two-sum", Verdict::kWrongAnswer)
      .add("2026-03-02T15:20:00Z", "two-sum", Verdict::kAccepted);
  StatsModel stats = h.stats();
  stats.problems[0].title = kHostileTitle;
  Options o;
  o.now = at("2026-03-05T16:00:00Z");
  o.local = minus_five;
  return build(h.rows(), stats, h.problems(), o);
}

RenderOptions with_charts() {
  RenderOptions o;
  o.chart_js = "window.Chart = function () {};";
  o.nonce = "n0nce";
  return o;
}

TEST(ReportPageTest, HostileTitlesAndTagsStayText) {
  const Model m = hostile_model();
  ASSERT_EQ(m.first_accepts.size(), 1u);
  const std::string page = render_html(m, with_charts());
  EXPECT_THAT(page, Not(HasSubstr("<script>alert")));
  EXPECT_THAT(page, Not(HasSubstr("<img")));
  EXPECT_THAT(page, HasSubstr("&lt;/script&gt;&lt;script&gt;alert(&#39;title&#39;)"));
  EXPECT_THAT(page, HasSubstr("&lt;img src=x onerror=alert(1)&gt;"));
  // The data, Chart.js and the page's script: no other script element.
  EXPECT_EQ(count(page, "<script"), 3u);
  EXPECT_EQ(count(page, "</script>"), 3u);
  // The embedded data reads back as the same strings.
  const json data = json::parse(between(page, "id=\"report-data\">", "</script>"));
  EXPECT_EQ(data["topics"]["tags"][0], kHostileTag);
  EXPECT_EQ(data["first_ac"]["points"][0]["title"], kHostileTitle);
}

TEST(ReportPageTest, NothingLoadsAndEveryScriptCarriesTheNonce) {
  const std::string page = render_html(hostile_model(), with_charts());
  EXPECT_EQ(page.rfind("<!DOCTYPE html>\n<!-- judge report -->", 0), 0u);
  EXPECT_THAT(page, HasSubstr("Content-Security-Policy\" content=\"default-src 'none'; "
                              "script-src 'nonce-n0nce'; style-src 'nonce-n0nce'"));
  EXPECT_EQ(count(page, "<script nonce=\"n0nce\">"), 2u);
  EXPECT_EQ(count(page, "<style nonce=\"n0nce\">"), 1u);
  EXPECT_THAT(page, Not(HasSubstr("src=\"")));
  EXPECT_THAT(page, Not(HasSubstr("http://")));
  EXPECT_THAT(page, Not(HasSubstr("https://")));
  EXPECT_THAT(page, HasSubstr("prefers-color-scheme: dark"));
  EXPECT_THAT(page, HasSubstr("@media print"));
}

TEST(ReportPageTest, EveryChartHasItsTable) {
  const std::string page = render_html(hostile_model(), with_charts());
  for (const char* chart : {"solved", "verdicts", "topics", "first_ac"}) {
    EXPECT_THAT(page, HasSubstr(fmt::format("<canvas data-chart=\"{}\"", chart)));
  }
  for (const char* table : {"table-solved", "table-calendar", "table-verdicts", "table-topics",
                            "table-first-ac", "table-due"}) {
    EXPECT_THAT(page, HasSubstr(fmt::format("<table id=\"{}\"", table))) << table;
  }
  EXPECT_THAT(page, HasSubstr("<table class=\"calendar\">"));
  EXPECT_THAT(page, HasSubstr("title=\"2026-03-02: 2 submissions, 1 accepted\""));
}

TEST(ReportPageTest, ALongCalendarIsCutIntoYears) {
  History h;
  h.add("2024-03-04T15:00:00Z", "two-sum", Verdict::kWrongAnswer)
      .add("2026-03-04T15:00:00Z", "two-sum", Verdict::kAccepted);
  // From Monday 2024-03-04 to 2026-03-05: 105 weeks, in tables of 53 weeks at most.
  const Model m = h.model("2026-03-05T16:00:00Z", "2024-03-04T05:00:00Z");
  EXPECT_EQ(m.calendar.size(), 732u);
  const std::string page = render_html(m, with_charts());
  EXPECT_EQ(count(page, "<table class=\"calendar\">"), 2u);
  EXPECT_THAT(page, HasSubstr("Submissions per day, 2024-03-04 to 2025-03-09"));
  EXPECT_THAT(page, HasSubstr("Submissions per day, 2025-03-10 to 2026-03-05"));
  EXPECT_THAT(page, HasSubstr("title=\"2024-03-04: 1 submission, 0 accepted\""));
  EXPECT_THAT(page, HasSubstr("title=\"2026-03-04: 1 submission, 1 accepted\""));
}

TEST(ReportPageTest, WithoutChartJsItIsTablesAndSaysWhy) {
  RenderOptions o;
  o.no_charts_reason = "Chart.js was not found at /x (Debian package libjs-chart.js)";
  const std::string page = render_html(hostile_model(), o);
  EXPECT_THAT(page, Not(HasSubstr("<canvas")));
  EXPECT_THAT(page, HasSubstr("No charts: Chart.js was not found at /x (Debian package "
                              "libjs-chart.js). Every number is in the tables below."));
  EXPECT_EQ(count(page, "<script"), 2u);
  EXPECT_THAT(page, HasSubstr("<table id=\"table-verdicts\""));
}

TEST(ReportPageTest, AChartJsThatWouldEndItsScriptIsRefused) {
  RenderOptions o;
  o.chart_js = "var x = '</SCRIPT>';";
  EXPECT_THROW(static_cast<void>(render_html(hostile_model(), o)), Error);
}

TEST(ReportPageTest, EmptySectionsSaySo) {
  const std::string page = render_html(hostile_model(), with_charts());
  EXPECT_THAT(page, HasSubstr("No mock interviews recorded yet."));
  EXPECT_THAT(page, HasSubstr("No complexity probes recorded yet."));
  EXPECT_THAT(page, HasSubstr("No explanation feedback recorded yet."));
}

TEST(ReportPageTest, FilledSectionsDrawAndEscapeToo) {
  Model m = hostile_model();
  MockSession s;
  s.id = 3;
  s.started = "2026-03-04 10:00";
  s.minutes = 45;
  s.score = 72;
  s.summary = "<b>two-sum</b>: AC";
  s.timeline = {{"10:04", "submitted <i>two-sum</i>: WA"}};
  s.status = "ended";
  s.feedback = {
      {"two-sum: the explanation", "1 thing to fix", {{"warning", "Name the <empty> input."}}}};
  s.parts = {{"problem two-sum", 21, 30, {"accepted before the deadline: +21"}}};
  s.problems = {{"two-sum", kHostileTitle, "easy", true, "accepted at +12:00", 2, 1, 1, 0}};
  m.mocks.push_back(s);
  ProbePlot p;
  p.problem = "two-sum";
  p.title = kHostileTitle;
  p.expected = "O(n)";
  p.fitted = "O(n^2)";
  p.points = {{1000, 0.01, false}, {10000, 1.0, true}};
  p.curve = {{1000, 0.01, false}, {10000, 1.0, false}};
  m.probes.push_back(p);
  m.feedback = FeedbackSummary{
      10, 8, 3, 2, {{"<empty> array", 4}}, {{"two-sum", kHostileTitle, 3, 1, 1, 2}}};
  const std::string page = render_html(m, with_charts());
  EXPECT_THAT(page, HasSubstr("<canvas data-chart=\"mocks\""));
  EXPECT_THAT(page, HasSubstr("<canvas data-chart=\"probe\" data-index=\"0\""));
  EXPECT_THAT(page, HasSubstr("<table id=\"table-mocks\""));
  EXPECT_THAT(page, HasSubstr("<details class=\"mock\"><summary>Session #3"));
  EXPECT_THAT(page, HasSubstr("submitted &lt;i&gt;two-sum&lt;/i&gt;: WA"));
  EXPECT_THAT(page, HasSubstr("Name the &lt;empty&gt; input."));
  EXPECT_THAT(page, HasSubstr("stopped at the time limit"));
  EXPECT_THAT(page, HasSubstr("<table id=\"table-feedback\""));
  EXPECT_THAT(page, HasSubstr("&lt;empty&gt; array"));
  EXPECT_THAT(page, HasSubstr("<table id=\"table-feedback-problems\""));
  EXPECT_THAT(page, HasSubstr("<canvas data-chart=\"feedback\""));
  EXPECT_THAT(page, HasSubstr("<li class=\"sev-warning\">"));
  EXPECT_THAT(page, HasSubstr("accepted before the deadline: +21"));
  EXPECT_THAT(page, HasSubstr("accepted at +12:00"));
  EXPECT_THAT(page, Not(HasSubstr("No mock interviews recorded yet.")));
  EXPECT_THAT(page, Not(HasSubstr("<b>two-sum")));
  EXPECT_EQ(count(page, "<script"), 3u);
  const json data = json::parse(between(page, "id=\"report-data\">", "</script>"));
  EXPECT_EQ(data["mocks"]["scores"][0], 72.0);
  EXPECT_EQ(data["probes"][0]["points"][1]["limit"], true);
  EXPECT_EQ(data["feedback"]["problems"][0], kHostileTitle);
  EXPECT_EQ(data["feedback"]["edges"][0], 2);
}

TEST(ReportPageTest, AMockSessionHasAPageOfItsOwn) {
  MockSession s;
  s.id = 4;
  s.started = "2026-03-04 10:00";
  s.status = "ended";
  s.minutes = 45;
  s.score = 65;
  s.summary = "two-sum solved; ended";
  s.parts = {{"problem two-sum", 21, 30, {"accepted: +21"}}, {"closing", 10, 20, {"two: 10"}}};
  s.problems = {{"two-sum", kHostileTitle, "easy", true, "accepted at +12:00", 2, 1, 1, 0}};
  s.timeline = {{"10:00:00 (+0:00)", "started"}, {"10:12:00 (+12:00)", "submitted two-sum"}};
  s.feedback = {{"closing questions", "Ask <more>.", {{"info", "One question."}}}};
  const std::string page = render_mock_html(s, "2026-03-05 11:00", with_charts());
  EXPECT_EQ(page.rfind("<!DOCTYPE html>\n<!-- judge report -->", 0), 0u);
  EXPECT_THAT(page, HasSubstr("<title>Mock interview #4, 2026-03-04 10:00</title>"));
  EXPECT_THAT(page, HasSubstr("<canvas data-chart=\"mock_parts\""));
  for (const char* table : {"table-mock-score", "table-mock-problems", "table-mock-timeline"}) {
    EXPECT_THAT(page, HasSubstr(fmt::format("<table id=\"{}\"", table))) << table;
  }
  EXPECT_THAT(page, HasSubstr("Score: 65 of 100"));
  EXPECT_THAT(page, HasSubstr("<dd>1 of 1</dd>"));
  EXPECT_THAT(page, HasSubstr("Ask &lt;more&gt;."));
  EXPECT_THAT(page, Not(HasSubstr("<script>alert")));
  EXPECT_EQ(count(page, "<script"), 3u);
  const json data = json::parse(between(page, "id=\"report-data\">", "</script>"));
  EXPECT_EQ(data["mock_parts"]["labels"], json::array({"problem two-sum", "closing"}));
  EXPECT_EQ(data["mock_parts"]["points"], json::array({21, 10}));
  EXPECT_EQ(data["mock_parts"]["possible"], json::array({30, 20}));

  // Without Chart.js: the tables, and why there is no chart.
  RenderOptions plain;
  plain.no_charts_reason = "Chart.js was not found";
  const std::string tables = render_mock_html(s, "2026-03-05 11:00", plain);
  EXPECT_THAT(tables, Not(HasSubstr("<canvas")));
  EXPECT_THAT(tables, HasSubstr("No charts: Chart.js was not found."));
  EXPECT_THAT(tables, HasSubstr("<table id=\"table-mock-score\""));
}

}  // namespace
}  // namespace judge::report

// --- exports ---

namespace judge::exporting {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

std::vector<Item> items() {
  SubmissionRow a;
  a.id = 1;
  a.problem = "two-sum";
  a.language = "python";
  a.file_name = "two sum.py";
  a.created_at = "2026-03-02T15:00:00.000Z";
  a.finished_at = "2026-03-02T15:00:02.000Z";
  a.status = "done";
  a.verdict = Verdict::kWrongAnswer;
  a.passed = 3;
  a.planned = 10;
  a.time_ms = 12;
  a.memory_kb = 9000;
  a.explanation = "Hash map, \"one pass\",\nO(n) time.";
  SubmissionRow b = a;
  b.id = 2;
  b.verdict.reset();
  b.status = "interrupted";
  b.finished_at.clear();
  b.explanation = "```\ncode\n```";
  b.feedback =
      coach::Feedback{{{coach::Severity::kWarning, "explain.space.missing", "Say the space: O(n)."},
                       {coach::Severity::kPraise, "explain.time.same", "Right: O(n)."}},
                      "1 thing to fix: say the space."};
  return {{a}, {b}};
}

TEST(ExportTest, FormatsByName) {
  EXPECT_EQ(parse_format("csv"), Format::kCsv);
  EXPECT_EQ(parse_format("json"), Format::kJson);
  EXPECT_EQ(parse_format("md"), Format::kMarkdown);
  EXPECT_EQ(parse_format("markdown"), Format::kMarkdown);
  EXPECT_EQ(parse_format("xml"), std::nullopt);
}

TEST(ExportTest, CsvFieldsAreQuotedAsRfc4180Says) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field(""), "");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_field("cr\r"), "\"cr\r\"");
  EXPECT_EQ(csv_field(" padded"), "\" padded\"");
}

TEST(ExportTest, CsvHasAHeaderAndALinePerSubmission) {
  const std::string csv = to_csv(items());
  EXPECT_EQ(csv,
            "id,created_at,finished_at,problem,language,file,status,verdict,passed,total,time_ms,"
            "memory_kb,explanation,feedback,warnings\r\n"
            "1,2026-03-02T15:00:00.000Z,2026-03-02T15:00:02.000Z,two-sum,python,two sum.py,done,"
            "WA,3,10,12,9000,\"Hash map, \"\"one pass\"\",\nO(n) time.\",,\r\n"
            "2,2026-03-02T15:00:00.000Z,,two-sum,python,two sum.py,interrupted,,3,10,12,9000,"
            "\"```\ncode\n```\",1 thing to fix: say the space.,1\r\n");
}

TEST(ExportTest, JsonIsVersionedWithEverySubmission) {
  const json j = to_json(items(), "2026-03-05T00:00:00.000Z");
  EXPECT_EQ(j["format"], "judge-export");
  EXPECT_EQ(j["version"], 2);
  EXPECT_EQ(j["exported_at"], "2026-03-05T00:00:00.000Z");
  ASSERT_EQ(j["submissions"].size(), 2u);
  const json& first = j["submissions"][0];
  EXPECT_EQ(first["id"], 1);
  EXPECT_EQ(first["problem"], "two-sum");
  EXPECT_EQ(first["language"], "python");
  EXPECT_EQ(first["verdict"], "WA");
  EXPECT_EQ(first["created_at"], "2026-03-02T15:00:00.000Z");
  EXPECT_EQ(first["explanation"], "Hash map, \"one pass\",\nO(n) time.");
  EXPECT_TRUE(first["feedback"].is_null());
  EXPECT_TRUE(j["submissions"][1]["verdict"].is_null());
  const json& feedback = j["submissions"][1]["feedback"];
  EXPECT_EQ(feedback["summary"], "1 thing to fix: say the space.");
  ASSERT_EQ(feedback["items"].size(), 2u);
  EXPECT_EQ(feedback["items"][0]["severity"], "warning");
  EXPECT_EQ(feedback["items"][0]["code"], "explain.space.missing");
  EXPECT_EQ(feedback["items"][0]["message"], "Say the space: O(n).");
}

TEST(ExportTest, MarkdownEscapesLinesAndFencesExplanations) {
  EXPECT_EQ(markdown_text("a|b <i>*x*</i>\nnext"), "a\\|b \\<i\\>\\*x\\*\\</i\\> next");
  EXPECT_EQ(markdown_fence("no ticks"), "```text\nno ticks\n```\n");
  EXPECT_EQ(markdown_fence("```\ncode\n```"), "````text\n```\ncode\n```\n````\n");
  EXPECT_EQ(markdown_fence("\x1b[2J"), "```text\n\xEF\xBF\xBD[2J\n```\n");
  const std::string md = to_markdown(items(), [](std::time_t t) {
    std::tm tm{};
    gmtime_r(&t, &tm);
    return tm;
  });
  EXPECT_THAT(md, HasSubstr("2 submissions, oldest first"));
  EXPECT_THAT(md, HasSubstr("| 1 | 2026-03-02 15:00 | two-sum | python | WA | 3/10 | 12 ms | "
                            "9000 KiB |"));
  EXPECT_THAT(md, HasSubstr("| 2 | 2026-03-02 15:00 | two-sum | python | interrupted |"));
  EXPECT_THAT(md, HasSubstr("### #1 two-sum, 2026-03-02 15:00\n\n```text\nHash map"));
  EXPECT_THAT(md, HasSubstr("Feedback: 1 thing to fix: say the space.\n\n- warning: Say the "
                            "space: O(n).\n- praise: Right: O(n).\n"));
}

}  // namespace
}  // namespace judge::exporting
