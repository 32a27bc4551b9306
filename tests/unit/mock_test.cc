// The mock phone screen (mock.cc) over an in-memory store and a clock set by hand: how problems
// are picked, the deadline and its warnings, overtime, the score and its rule, a session that
// survives a restart, abandoning, and the report's timeline. Nothing is judged: runs are stored
// as a judged submission would be.
#include "judge/mock.h"

#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "judge/paths.h"
#include "memory_store.h"
#include "test_support.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using unit::error_of;
using unit::FakeClock;
using unit::hint_of;
using unit::MemoryStore;
using unit::write_file;

constexpr const char* kLanguages = R"([fake]
name = "Fake"
extensions = ["fake"]
source = "main.fake"
compile = ["true", "main.fake"]
run = ["/box/main"]
)";

// A STAR answer with every part, a measurable result and about 260 words.
std::string good_answer() {
  std::string action;
  for (int i = 0; i < 14; ++i) {
    action += "I checked the next step of the export, wrote down what failed and why. ";
  }
  return "## Situation\nOur nightly billing export failed twice a week, and the finance team "
         "rebuilt its reports by hand every single Monday morning before the weekly review.\n"
         "## Task\nI owned the export service, and I had to make it reliable before the quarter "
         "closed, three weeks later, without stopping the nightly runs.\n"
         "## Action\n" +
         action +
         "\n## Result\nFailures dropped from two a week to none in the next two months, and the "
         "finance team saved about four hours every Monday. I learned to measure before I "
         "change anything.\n";
}

class MockTest : public ::testing::Test {
 protected:
  MockTest() : languages_(Languages::parse(kLanguages, "languages.toml")), store_(clock_) {}

  // The problems are written once for the whole suite: no test changes them, and removing a
  // folder of files is what costs most here.
  static void SetUpTestSuite() {
    tmp_ = std::make_unique<TempDir>("judge-mock-test");
    root_ = fs::canonical(tmp_->path());
    write_file(root_ / "pack/pack.toml", "name = \"builtin\"\nversion = \"1\"\n");
    make_problem("pack", "easy-one", "easy", {"arrays"});
    make_problem("pack", "easy-two", "easy", {"strings"});
    make_problem("pack", "medium-one", "medium", {"arrays", "graphs"});
    make_problem("pack", "medium-two", "medium", {"strings"});
    make_problem("pack", "hard-one", "hard", {"graphs"});
    write_file(root_ / "home/packs/extra/pack.toml", "name = \"extra\"\nversion = \"1\"\n");
    make_problem("home/packs/extra", "extra-easy", "easy", {"trees"});
    make_problem("home/packs/extra", "extra-medium", "medium", {"trees"}, true);
    library_ = Library::load(root_ / "pack", root_ / "home/packs");
  }
  static void TearDownTestSuite() {
    library_.reset();
    tmp_.reset();
  }

  static void make_problem(const std::string& pack, const std::string& id,
                           const std::string& difficulty, const std::vector<std::string>& tags,
                           bool followup = false) {
    const fs::path dir = root_ / pack / id;
    std::string tag_list;
    for (const auto& t : tags) {
      tag_list += (tag_list.empty() ? "\"" : ", \"") + t + "\"";
    }
    write_file(dir / "problem.toml", "title = \"" + id + "\"\ndifficulty = \"" + difficulty +
                                         "\"\nminutes = 20\ntags = [" + tag_list + "]\n");
    write_file(dir / "statement.md", "# " + id + "\n");
    write_file(dir / "data/sample/1.in", "1 2\n");
    write_file(dir / "data/sample/1.ans", "3\n");
    if (followup) {
      write_file(dir / "followups/1/problem.toml",
                 "title = \"again\"\ndifficulty = \"" + difficulty + "\"\n");
      write_file(dir / "followups/1/statement.md", "# again\n");
      write_file(dir / "followups/1/data/sample/1.in", "1 2\n");
      write_file(dir / "followups/1/data/sample/1.ans", "3\n");
    }
  }

  // A fresh service over the same store and clock: what each command of the program makes.
  MockSession mock() {
    session_ = std::make_unique<Session>(*library_, store_, clock_, []() -> Judge& {
      throw std::logic_error("nothing is judged in these tests");
    });
    return MockSession(*session_, *library_, coach::QuestionBank::builtin());
  }

  // Plans and begins a session, with a file per problem in the scratch folder.
  MockRow begin(MockSession& m, MockOptions options) {
    const MockPlan plan = m.plan(options);
    std::vector<fs::path> files;
    for (const auto& p : plan.problems) {
      files.push_back(root_ / "work" / (p.id + ".fake"));
      write_file(files.back(), "");
    }
    return m.begin(options, plan, files, languages_.get("fake"));
  }

  static MockOptions options(int problems = 2, std::uint64_t seed = 1) {
    MockOptions o;
    o.problems = problems;
    o.seed = seed;
    return o;
  }

  // A judged submission (or test run) of `problem` now, attached as the program attaches one.
  std::int64_t run(MockSession& m, const std::string& problem, Verdict verdict,
                   RunKind kind = RunKind::kSubmission, const std::string& explanation = "") {
    Problem p = session_->load_stage(problem, 0);
    Attempt attempt;
    attempt.kind = kind;
    m.attach(attempt, p);
    NewRun r;
    r.kind = kind;
    r.problem = p.id;
    r.language = "fake";
    r.file_name = problem + ".fake";
    r.source = "src";
    r.explanation = explanation;
    r.mock = attempt.mock;
    r.overtime = attempt.overtime;
    const std::int64_t id = store_.begin(r);
    JudgeOutcome outcome;
    outcome.verdict = verdict;
    store_.finish(id, outcome);
    if (kind == RunKind::kSubmission) {
      coach::Feedback none;
      store_.record_feedback(id, none);
    }
    return id;
  }

  static std::vector<std::string> ids(const std::vector<Problem>& problems) {
    std::vector<std::string> out;
    for (const auto& p : problems) {
      out.push_back(p.id);
    }
    return out;
  }

  static inline std::unique_ptr<TempDir> tmp_;
  static inline fs::path root_;
  static inline std::optional<Library> library_;
  Languages languages_;
  FakeClock clock_;
  MemoryStore store_;
  std::unique_ptr<Session> session_;
};

TEST_F(MockTest, TwoProblemsAreAnEasyThenAMediumOne) {
  auto m = mock();
  const MockPlan plan = m.plan(options(2));
  ASSERT_EQ(plan.problems.size(), 2u);
  EXPECT_EQ(plan.problems[0].difficulty, Difficulty::kEasy);
  EXPECT_EQ(plan.problems[1].difficulty, Difficulty::kMedium);
  EXPECT_TRUE(plan.notes.empty());
  ASSERT_TRUE(plan.question);
  EXPECT_FALSE(plan.question->text.empty());
  // One problem is a medium one, as a single-problem screen usually is.
  EXPECT_EQ(m.plan(options(1)).problems.at(0).difficulty, Difficulty::kMedium);
}

TEST_F(MockTest, TheSameSeedPicksTheSameProblemsAndQuestion) {
  auto m = mock();
  const MockPlan a = m.plan(options(2, 42));
  const MockPlan b = m.plan(options(2, 42));
  EXPECT_EQ(ids(a.problems), ids(b.problems));
  EXPECT_EQ(a.question->id, b.question->id);
  std::set<std::string> seen;
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    seen.insert(m.plan(options(1, seed)).problems.at(0).id);
  }
  EXPECT_EQ(seen.size(), 3u) << "every medium problem comes up for some seed";
}

TEST_F(MockTest, ProblemsSolvedRecentlyAreLeftForOthers) {
  auto m = mock();
  // Every easy problem but extra-easy was solved last week; easy-two was only tried.
  for (const char* id : {"easy-one"}) {
    (void)run(m, id, Verdict::kAccepted);
  }
  (void)run(m, "easy-two", Verdict::kWrongAnswer);
  clock_.advance(7 * 24h);
  for (std::uint64_t seed = 0; seed < 10; ++seed) {
    EXPECT_EQ(m.plan(options(2, seed)).problems.at(0).id, "extra-easy") << "never tried first";
  }
  (void)run(m, "extra-easy", Verdict::kAccepted);
  EXPECT_EQ(m.plan(options(2)).problems.at(0).id, "easy-two") << "tried and unsolved next";
  (void)run(m, "easy-two", Verdict::kAccepted);
  // All three solved, easy-one longest ago: past the recent window it comes back first.
  clock_.advance(std::chrono::hours(24 * kRecentDays));
  (void)run(m, "extra-easy", Verdict::kAccepted);
  (void)run(m, "easy-two", Verdict::kAccepted);
  const MockPlan plan = m.plan(options(2));
  EXPECT_EQ(plan.problems.at(0).id, "easy-one");
  EXPECT_TRUE(plan.notes.empty());
  // Once everything easy was solved recently, one comes back anyway, and the plan says so.
  (void)run(m, "easy-one", Verdict::kAccepted);
  const MockPlan again = m.plan(options(2));
  ASSERT_EQ(again.problems.at(0).difficulty, Difficulty::kEasy);
  ASSERT_FALSE(again.notes.empty());
  EXPECT_THAT(again.notes[0], HasSubstr("solved in the last 30 days"));
}

TEST_F(MockTest, ProblemsOfTheLastMocksAreNotAskedAgainAtOnce) {
  auto m = mock();
  const MockRow first = begin(m, options(1, 5));
  (void)m.abandon();
  for (std::uint64_t seed = 0; seed < 10; ++seed) {
    EXPECT_NE(m.plan(options(1, seed)).problems.at(0).id, first.problems.at(0).problem);
  }
}

TEST_F(MockTest, FiltersByDifficultyTagAndPack) {
  auto m = mock();
  MockOptions o = options(2);
  o.difficulty = "medium";
  auto plan = m.plan(o);
  ASSERT_EQ(plan.problems.size(), 2u);
  for (const auto& p : plan.problems) {
    EXPECT_EQ(p.difficulty, Difficulty::kMedium);
  }
  o = options(2);
  o.tags = {"graphs"};  // any of the tags: medium-one and hard-one
  plan = m.plan(o);
  EXPECT_THAT(ids(plan.problems), ElementsAre("medium-one", "hard-one"));
  ASSERT_EQ(plan.notes.size(), 1u);
  EXPECT_EQ(plan.notes[0], "no easy problem fits the filters: hard-one is hard");
  o = options(2);
  o.pack = "extra";
  EXPECT_THAT(ids(m.plan(o).problems), ElementsAre("extra-easy", "extra-medium"));
  o.tags = {"no-such-tag"};
  EXPECT_EQ(error_of([&] { (void)m.plan(o); }), "no problem matches the mock's filters");
  o = options(2);
  o.pack = "nope";
  EXPECT_EQ(error_of([&] { (void)m.plan(o); }), "there is no pack named nope");
  o = options(2);
  o.difficulty = "hard";
  plan = m.plan(o);
  EXPECT_THAT(ids(plan.problems), ElementsAre("hard-one"));
  EXPECT_THAT(plan.notes.back(), HasSubstr("only 1 problem fits"));
}

TEST_F(MockTest, RefusesOptionsOutOfRange) {
  auto m = mock();
  MockOptions o = options(3);
  EXPECT_EQ(error_of([&] { (void)m.plan(o); }),
            "--problems 3: a phone screen asks 1 or 2 problems");
  o = options(1);
  o.minutes = 2;
  EXPECT_EQ(hint_of([&] { (void)m.plan(o); }), "give 5 to 240 minutes (a screen is usually 45)");
  o = options(1);
  o.difficulty = "trivial";
  EXPECT_EQ(error_of([&] { (void)m.plan(o); }), "unknown difficulty 'trivial'");
}

TEST_F(MockTest, BeginStoresThePlanWithItsDeadlineAndStartsEachFile) {
  auto m = mock();
  const MockRow row = begin(m, options(2));
  EXPECT_EQ(row.started_at, "2026-12-01T09:00:00.000Z");
  EXPECT_EQ(row.deadline, "2026-12-01T09:45:00.000Z");
  const auto active = m.active();
  ASSERT_TRUE(active);
  EXPECT_EQ(active->id, row.id);
  ASSERT_EQ(active->problems.size(), 2u);
  EXPECT_EQ(active->problems[0].file, (root_ / "work" / (active->problems[0].problem + ".fake")));
  ASSERT_EQ(store_.starts().size(), 2u) << "judge test FILE knows each file's problem";
  EXPECT_EQ(store_.starts()[1].problem, active->problems[1].problem);
  EXPECT_FALSE(active->question.empty());
  // One session at a time.
  EXPECT_EQ(error_of([&] { (void)m.plan(options(1)); }), "mock session #1 is still in progress");
}

TEST_F(MockTest, TheClockCountsDownAndWarnsOnceAtTenAndFiveMinutesAndTheDeadline) {
  auto m = mock();
  (void)begin(m, options(1));
  auto clock = m.tick();
  ASSERT_TRUE(clock);
  EXPECT_EQ(clock->left, 45min);
  EXPECT_FALSE(clock->warning);
  clock_.advance(35min);
  EXPECT_EQ(m.tick()->warning, 10);
  EXPECT_FALSE(m.tick()->warning) << "said once";
  clock_.advance(5min);
  EXPECT_EQ(m.tick()->warning, 5);
  clock_.advance(5min);
  clock = m.tick();
  EXPECT_EQ(clock->left, 0s);
  EXPECT_FALSE(clock->overtime());
  EXPECT_EQ(clock->warning, 0);
  clock_.advance(90s);
  clock = m.tick();
  EXPECT_TRUE(clock->overtime());
  EXPECT_EQ(clock->left, -90s);
  EXPECT_FALSE(clock->warning);
}

TEST_F(MockTest, AJumpPastTwoWarningsGivesTheLaterOne) {
  auto m = mock();
  (void)begin(m, options(1));
  clock_.advance(42min);
  EXPECT_EQ(m.tick()->warning, 5);
  clock_.advance(1min);
  EXPECT_FALSE(m.tick()->warning) << "the 10-minute warning is not given late";
}

TEST_F(MockTest, RunsOfTheSessionsProblemsArePartOfItAndOvertimeAfterTheDeadline) {
  auto m = mock();
  MockOptions o = options(2);
  o.pack = "extra";
  (void)begin(m, o);
  const auto in_time = run(m, "extra-easy", Verdict::kAccepted);
  const auto other = run(m, "easy-one", Verdict::kAccepted);
  clock_.advance(46min);
  const auto late = run(m, "extra-medium", Verdict::kWrongAnswer);
  EXPECT_EQ(store_.get(in_time, false)->mock, 1);
  EXPECT_FALSE(store_.get(in_time, false)->overtime);
  EXPECT_EQ(store_.get(other, false)->mock, 0) << "not one of the session's problems";
  EXPECT_EQ(store_.get(late, false)->mock, 1);
  EXPECT_TRUE(store_.get(late, false)->overtime);
  // A follow-up belongs to its problem's session.
  Problem followup = load_followup(library_->load_problem("extra-medium"), 1);
  Attempt attempt;
  m.attach(attempt, followup);
  EXPECT_EQ(attempt.mock, 1);
  EXPECT_TRUE(attempt.overtime);
}

TEST_F(MockTest, ASessionSurvivesARestart) {
  {
    auto m = mock();
    (void)begin(m, options(2));
    clock_.advance(10min);
    m.answer(good_answer());
  }
  clock_.advance(26min);
  auto again = mock();  // a new command, after the terminal was closed
  const auto active = again.active();
  ASSERT_TRUE(active);
  EXPECT_EQ(active->answered_at, "2026-12-01T09:10:00.000Z");
  EXPECT_EQ(active->answer, good_answer());
  const auto clock = again.tick();
  EXPECT_EQ(clock->left, 9min);
  EXPECT_EQ(clock->warning, 10);
  (void)run(again, active->problems[0].problem, Verdict::kAccepted);
  const MockReport report = again.report(active->id);
  EXPECT_TRUE(report.problems[0].solved);
  EXPECT_EQ(report.problems[0].solved_at, 36min);
}

TEST_F(MockTest, TheAnswerIsStoredWithItsStarFeedback) {
  auto m = mock();
  (void)begin(m, options(1));
  const coach::StarReview thin = m.answer("We fixed the export. It worked.");
  EXPECT_GT(thin.feedback.count(coach::Severity::kWarning), 2u);
  const coach::StarReview good = m.answer(good_answer());  // answered again: replaced
  const auto active = m.active();
  ASSERT_TRUE(active->answer_feedback);
  EXPECT_EQ(active->answer_feedback->items.size(), good.feedback.items.size());
  EXPECT_EQ(good.feedback.count(coach::Severity::kWarning), 0u) << good.feedback.summary;
  MockOptions o = options(1);
  o.behavioural = false;
  (void)m.abandon();
  (void)begin(m, o);
  EXPECT_TRUE(m.active()->question.empty());
  EXPECT_EQ(error_of([&] { (void)m.answer("x"); }), "mock session #2 has no behavioural question");
}

TEST_F(MockTest, EndStoresTheQuestionsReviewsThemAndReportsInTimeOrder) {
  auto m = mock();
  MockOptions o = options(2);
  o.pack = "extra";
  (void)begin(m, o);
  clock_.advance(2min);
  m.answer(good_answer());
  clock_.advance(3min);
  (void)run(m, "extra-easy", Verdict::kWrongAnswer, RunKind::kTest);
  clock_.advance(1min);
  (void)run(m, "extra-easy", Verdict::kWrongAnswer);
  clock_.advance(1min);
  (void)run(m, "extra-easy", Verdict::kCompileError);
  clock_.advance(1min);
  (void)run(m, "extra-easy", Verdict::kAccepted);
  clock_.advance(29min);  // 37 minutes in: the 10-minute warning
  (void)m.tick();
  m.record_hint(library_->load_problem("extra-medium"), 1);
  m.record_hint(library_->load_problem("easy-one"), 1);  // not the session's: not counted
  clock_.advance(10min);
  (void)run(m, "extra-medium", Verdict::kAccepted);  // overtime
  clock_.advance(2min);
  const MockReport report =
      m.end("What does the company do?\nHow do you decide what goes into a release?\n");
  EXPECT_EQ(report.mock.status, "ended");
  EXPECT_EQ(report.mock.ended_at, "2026-12-01T09:49:00.000Z");
  ASSERT_TRUE(report.mock.closing_feedback);
  EXPECT_TRUE(report.mock.closing_feedback->has("closing.generic"));
  EXPECT_FALSE(m.active());
  EXPECT_FALSE(report.clock);
  EXPECT_TRUE(report.offers.empty());

  ASSERT_EQ(report.problems.size(), 2u);
  const auto& easy = report.problems[0];
  EXPECT_TRUE(easy.solved);
  EXPECT_FALSE(easy.solved_overtime);
  EXPECT_EQ(easy.submissions, 3);
  EXPECT_EQ(easy.test_runs, 1);
  EXPECT_EQ(easy.rejected, 1) << "a compile error is not a rejection";
  EXPECT_EQ(easy.first_run_at, 5min);
  EXPECT_EQ(easy.solved_at, 8min);
  EXPECT_EQ(easy.counted, 4);
  const auto& medium = report.problems[1];
  EXPECT_TRUE(medium.solved_overtime);
  EXPECT_EQ(medium.hints, 1);
  EXPECT_EQ(medium.followups, 1);

  std::vector<std::string> kinds;
  for (const auto& e : report.timeline) {
    kinds.push_back(e.kind);
  }
  EXPECT_THAT(kinds, ElementsAre("start", "answer", "test", "submit", "submit", "submit", "warning",
                                 "hint", "submit", "closing", "end"));
  EXPECT_EQ(report.timeline[6].detail, "10");
  EXPECT_EQ(report.timeline[7].problem, "extra-medium");
  EXPECT_EQ(report.timeline[8].elapsed, 47min);
  EXPECT_TRUE(report.timeline[8].overtime);
  EXPECT_EQ(report.timeline[8].verdict, Verdict::kAccepted);
}

TEST_F(MockTest, ARevealDuringTheSessionCostsLikeAHintAndOneAfterItsEndDoesNot) {
  auto m = mock();
  MockOptions o = options(1);
  o.behavioural = false;
  const MockRow row = begin(m, o);
  const std::string problem = row.problems[0].problem;
  clock_.advance(5min);
  const std::int64_t wrong = run(m, problem, Verdict::kWrongAnswer);
  clock_.advance(1min);
  ASSERT_TRUE(store_.record_reveal(wrong));  // as `judge reveal` records it
  clock_.advance(4min);
  const std::int64_t again = run(m, problem, Verdict::kWrongAnswer);
  clock_.advance(1min);
  const MockReport ended = m.end("How is the team's work planned?\nWho reviews the code?\n");
  EXPECT_EQ(ended.problems[0].reveals, 1);
  EXPECT_EQ(ended.problems[0].rejected, 2);
  EXPECT_THAT(ended.score.parts[0].reasons,
              ElementsAre("not accepted: +0", "explanation, nothing to fix: +18 of 18",
                          "2 rejected submissions: -6 each", "1 hidden test revealed: -6 each"));
  EXPECT_EQ(ended.score.parts[0].points, 18 - 18);
  const auto reveal = std::find_if(ended.timeline.begin(), ended.timeline.end(),
                                   [](const MockEvent& e) { return e.kind == "reveal"; });
  ASSERT_NE(reveal, ended.timeline.end());
  EXPECT_EQ(reveal->run, wrong);
  EXPECT_EQ(reveal->elapsed, 6min);

  // After the end the score is final: a later reveal is shown, and costs nothing.
  clock_.advance(10min);
  ASSERT_TRUE(store_.record_reveal(again));
  const MockReport later = m.report(row.id);
  EXPECT_EQ(later.problems[0].reveals, 1);
  EXPECT_EQ(later.score.score, ended.score.score);
  EXPECT_EQ(later.timeline.back().kind, "reveal");
  EXPECT_EQ(later.timeline.back().detail, "after the end: not counted");
}

TEST_F(MockTest, AHintIsRecordedInsideAndOutsideASession) {
  auto m = mock();
  m.record_hint(library_->load_problem("easy-two"), 1);  // no session
  MockOptions o = options(2);
  o.pack = "extra";
  o.behavioural = false;
  const MockRow row = begin(m, o);
  clock_.advance(3min);
  m.record_hint(library_->load_problem("extra-easy"), 2);
  m.record_hint(library_->load_problem("easy-one"), 1);  // not the session's problem
  const auto hints = store_.hints("");
  ASSERT_EQ(hints.size(), 3u);
  EXPECT_EQ(hints[0].problem, "easy-two");
  EXPECT_EQ(hints[0].mock, 0);
  EXPECT_EQ(hints[1].problem, "extra-easy");
  EXPECT_EQ(hints[1].level, 2);
  EXPECT_EQ(hints[1].mock, row.id);
  EXPECT_EQ(hints[2].mock, 0);
  EXPECT_EQ(m.report(row.id).problems[0].hints, 1) << "the session's events count it";
  const StatsModel stats = session_->stats();
  EXPECT_EQ(stats.hints, 3);
  EXPECT_EQ(stats.hints_by_problem.at("easy-one"), 1);
  EXPECT_EQ(stats.hints_by_problem.at("extra-easy"), 1);
}

// The schedule's pick of problem `id`.
coach::Pick pick_of(const ScheduleModel& schedule, const std::string& id) {
  return *std::find_if(schedule.picks.begin(), schedule.picks.end(),
                       [&id](const coach::Pick& p) { return p.problem == id; });
}

// Days from problem `id`'s last review to its next, by the schedule; -1 when it has none.
int interval_of(const ScheduleModel& schedule, const std::string& id) {
  const coach::Pick pick = pick_of(schedule, id);
  EXPECT_TRUE(pick.memory) << id << " has no review";
  return pick.memory ? pick.memory->interval_days : -1;
}

TEST_F(MockTest, ASolveAfterAHintIsAHardRecallForTheSchedule) {
  auto m = mock();
  // Two problems solved on the first try, one of them after a hint.
  m.record_hint(library_->load_problem("easy-one"), 1);
  clock_.advance(5min);
  (void)run(m, "easy-one", Verdict::kAccepted);
  (void)run(m, "easy-two", Verdict::kAccepted);
  const ScheduleModel schedule = session_->schedule();
  EXPECT_LT(interval_of(schedule, "easy-one"), interval_of(schedule, "easy-two"))
      << "the hinted solve comes back sooner";
  EXPECT_THAT(pick_of(schedule, "easy-one").reason, HasSubstr("hint"));
}

TEST_F(MockTest, ASolveLongAfterItsStartIsASlowerRecallForTheSchedule) {
  auto m = mock();
  // Both solved on the first try; easy-one was started (judge start) three hours before.
  store_.record_start({"easy-one", "cpp", "easy-one.cpp", iso8601(clock_.now())});
  clock_.advance(3h);
  (void)run(m, "easy-one", Verdict::kAccepted);
  (void)run(m, "easy-two", Verdict::kAccepted);
  EXPECT_LT(interval_of(session_->schedule(), "easy-one"),
            interval_of(session_->schedule(), "easy-two"))
      << "three hours on a problem of a few minutes is not an easy recall";
}

TEST_F(MockTest, SummariesAndStatsCountTheSessions) {
  auto m = mock();
  MockOptions o = options(1);
  o.behavioural = false;
  EXPECT_EQ(m.stats().sessions, 0);
  EXPECT_FALSE(m.stats().average);
  const MockRow first = begin(m, o);
  (void)run(m, first.problems[0].problem, Verdict::kAccepted);
  const int first_score =
      m.end("How is the team's work planned?\nWho reviews the code?\n").score.score;
  clock_.advance(24h);
  o.seed = 2;
  const MockRow second = begin(m, o);
  const int second_score = m.end("What does the company do?\n").score.score;
  ASSERT_GT(first_score, second_score);
  clock_.advance(24h);
  (void)begin(m, o);
  (void)m.abandon();

  const auto all = m.summaries(10);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].mock.status, "abandoned") << "newest first";
  EXPECT_FALSE(all[0].score) << "no score unless ended";
  EXPECT_EQ(all[2].score, first_score);
  ASSERT_EQ(all[2].problems.size(), 1u);
  EXPECT_TRUE(all[2].problems[0].second) << "solved";
  EXPECT_EQ(m.summaries(1).size(), 1u);
  EXPECT_EQ(m.summaries(10, first.problems[0].problem).front().mock.id, first.id);
  EXPECT_EQ(m.summaries(10, "", second.started_at).size(), 2u) << "started since then";

  const MockStats stats = m.stats();
  EXPECT_EQ(stats.sessions, 3);
  EXPECT_EQ(stats.ended, 2);
  EXPECT_EQ(stats.abandoned, 1);
  EXPECT_EQ(stats.active, 0);
  EXPECT_EQ(stats.best, std::make_pair(first.id, first_score));
  EXPECT_EQ(stats.latest, std::make_pair(second.id, second_score));
  ASSERT_TRUE(stats.average);
  EXPECT_DOUBLE_EQ(*stats.average, (first_score + second_score) / 2.0);
}

TEST_F(MockTest, AbandonDropsTheSessionAndKeepsItsRuns) {
  auto m = mock();
  EXPECT_EQ(error_of([&] { (void)m.abandon(); }), "no mock session is in progress");
  const MockRow row = begin(m, options(1));
  (void)run(m, row.problems[0].problem, Verdict::kWrongAnswer);
  clock_.advance(3min);
  const MockRow dropped = m.abandon();
  EXPECT_EQ(dropped.status, "abandoned");
  EXPECT_FALSE(m.active());
  EXPECT_FALSE(m.tick()) << "no clock once dropped";
  EXPECT_EQ(error_of([&] { (void)m.end("Why?"); }), "no mock session is in progress");
  const MockReport report = m.report(row.id);
  EXPECT_EQ(report.timeline.back().kind, "abandon");
  EXPECT_EQ(report.problems[0].submissions, 1);
  EXPECT_EQ(store_.history("", 10, false).size(), 1u) << "its run stays in the history";
  EXPECT_EQ(m.report(0).mock.id, row.id) << "0: the newest";
  EXPECT_EQ(error_of([&] { (void)m.report(7); }), "there is no mock session #7");
}

TEST_F(MockTest, AnAcceptedProblemWithAFollowUpIsOfferedItWhileTimeRemains) {
  auto m = mock();
  MockOptions o = options(2);
  o.pack = "extra";
  (void)begin(m, o);
  EXPECT_TRUE(m.report(1).offers.empty());
  (void)run(m, "extra-medium", Verdict::kAccepted);
  auto report = m.report(1);
  ASSERT_EQ(report.offers.size(), 1u);
  EXPECT_EQ(report.offers[0].problem, "extra-medium");
  EXPECT_EQ(report.offers[0].followup, 1);
  EXPECT_EQ(report.offers[0].dir, root_ / "work");
  clock_.advance(46min);
  EXPECT_TRUE(m.report(1).offers.empty()) << "not once time is up";
}

// The score's rule, on reports made by hand.
MockReport scored(int problems) {
  MockReport r;
  r.mock.status = "ended";
  for (int i = 0; i < problems; ++i) {
    MockProblemReport p;
    p.row.problem = "p" + std::to_string(i + 1);
    r.problems.push_back(p);
  }
  return r;
}

coach::Feedback warnings(int n) {
  coach::Feedback f;
  for (int i = 0; i < n; ++i) {
    f.items.push_back({coach::Severity::kWarning, "x", "fix"});
  }
  f.items.push_back({coach::Severity::kPraise, "y", "good"});
  return f;
}

TEST(MockScoreTest, AProblemAcceptedInTimeWithAGoodExplanationEarnsItsShare) {
  MockReport r = scored(2);
  r.problems[0].solved = true;
  r.problems[0].counted = 1;
  r.problems[0].explanation = warnings(0);
  r.mock.closing_at = "2026-12-01T09:50:00.000Z";
  r.mock.closing_feedback = warnings(0);
  const MockScore s = score_mock(r);
  ASSERT_EQ(s.parts.size(), 3u) << "two problems and the closing; no question was asked";
  EXPECT_EQ(s.parts[0].points, 30);
  EXPECT_EQ(s.parts[0].possible, 30);
  EXPECT_EQ(s.parts[1].points, 0);
  EXPECT_THAT(s.parts[1].reasons,
              ElementsAre("not accepted: +0", "no submission, so no explanation: +0"));
  EXPECT_EQ(s.parts[2].points, 20);
  EXPECT_EQ(s.points, 50);
  EXPECT_EQ(s.possible, 80);
  EXPECT_EQ(s.score, 63);  // 62.5 rounds up
}

TEST(MockScoreTest, OvertimeWarningsRejectionsAndHintsCost) {
  MockReport r = scored(1);
  auto& p = r.problems[0];
  p.solved = true;
  p.solved_overtime = true;
  p.counted = 3;
  p.explanation = warnings(1);
  p.rejected = 1;
  p.hints = 1;
  r.mock.question = "own-mistake";
  r.mock.answered_at = "2026-12-01T09:02:00.000Z";
  r.mock.answer_feedback = warnings(2);
  r.mock.closing_at = "2026-12-01T09:50:00.000Z";
  r.mock.closing_feedback = warnings(5);
  const MockScore s = score_mock(r);
  ASSERT_EQ(s.parts.size(), 3u);
  // 60 points: 42 for AC, halved in overtime to 21; explanation 18, less a third: 12; two
  // penalties of 6.
  EXPECT_EQ(s.parts[0].points, 21 + 12 - 12);
  EXPECT_THAT(s.parts[0].reasons,
              ElementsAre("accepted after the deadline: +21 (half, rounded down)",
                          "explanation, 1 thing to fix: +12 of 18",
                          "1 rejected submission: -6 each", "1 hint shown: -6 each"));
  EXPECT_EQ(s.parts[1].part, "behavioural");
  EXPECT_EQ(s.parts[1].points, 12);
  EXPECT_EQ(s.parts[2].points, 0) << "never below zero";
  EXPECT_EQ(s.points, 33);
  EXPECT_EQ(s.possible, 100);
  EXPECT_EQ(s.score, 33);
}

TEST(MockScoreTest, ARevealedHiddenTestCostsATenthOfTheShareLikeAHint) {
  MockReport r = scored(2);
  auto& p = r.problems[0];
  p.solved = true;
  p.counted = 2;
  p.explanation = warnings(0);
  p.reveals = 2;
  const MockScore s = score_mock(r);
  EXPECT_EQ(s.parts[0].points, 30 - 3 - 3);
  EXPECT_EQ(s.parts[0].reasons.back(), "2 hidden tests revealed: -3 each");
  p.hints = 1;
  p.reveals = 3;
  EXPECT_EQ(score_mock(r).parts[0].points, 30 - 9) << "in the same cap as hints";
}

TEST(MockScoreTest, PenaltiesStopAtThirtyPercentOfTheShare) {
  MockReport r = scored(2);
  auto& p = r.problems[0];
  p.solved = true;
  p.counted = 9;
  p.explanation = warnings(0);
  p.rejected = 5;
  p.hints = 2;
  const MockScore s = score_mock(r);
  EXPECT_EQ(s.parts[0].points, 30 - 9);
  EXPECT_EQ(s.parts[0].reasons.back(), "penalties capped at -9");
}

}  // namespace
}  // namespace judge
