// The session (session.cc) over an in-memory store, a clock set by hand and a FakeRunner: how
// a file finds its problem, the unlock rule of follow-ups, a submission's lifecycle in the
// store, the review, the stats model, and the JSON shapes (result_json.cc).
#include "judge/session.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "judge/compile.h"
#include "judge/paths.h"
#include "judge/result_json.h"
#include "memory_store.h"
#include "test_support.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using unit::bind_source;
using unit::error_of;
using unit::exited;
using unit::FakeClock;
using unit::FakeRunner;
using unit::hint_of;
using unit::MemoryStore;
using unit::read_fd;
using unit::write_fd;
using unit::write_file;

constexpr const char* kLanguages = R"([fake]
name = "Fake"
extensions = ["fake"]
source = "main.fake"
run = ["/box/main"]
)";

class SessionTest : public ::testing::Test {
 protected:
  SessionTest()
      : root_(fs::canonical(tmp_.path())),
        languages_(Languages::parse(kLanguages, "languages.toml")),
        runner_([this](const sandbox::RunSpec& spec) { return run(spec); }),
        compiler_(root_ / "cache"),
        engine_(runner_, compiler_, languages_, root_ / "cache"),
        store_(clock_) {
    make_problem("add", "Add", "easy", {"math"});
    make_problem("merge", "Merge", "medium", {"sorting", "math"});
    write_file(root_ / "pack/pack.toml", "name = \"builtin\"\nversion = \"1\"\n");
    library_ = Library::load(root_ / "pack", root_ / "home/packs");
  }

  void make_problem(const std::string& id, const std::string& title, const std::string& difficulty,
                    const std::vector<std::string>& tags) {
    const fs::path dir = root_ / "pack" / id;
    std::string tag_list;
    for (const auto& t : tags) {
      tag_list += (tag_list.empty() ? "\"" : ", \"") + t + "\"";
    }
    write_file(dir / "problem.toml", "title = \"" + title + "\"\ndifficulty = \"" + difficulty +
                                         "\"\ntags = [" + tag_list + "]\n");
    write_file(dir / "statement.md", "# " + title + "\n");
    write_file(dir / "solution.md", "Reference for " + title + ".\n");
    write_file(dir / "data/sample/1.in", "1 2\n");
    write_file(dir / "data/sample/1.ans", "3\n");
    write_file(dir / "data/secret/01-big.in", "10 20\n");
    write_file(dir / "data/secret/01-big.ans", "30\n");
    write_file(dir / "data/secret/01-big.desc", "large numbers\n");
    write_file(dir / "followups/1/problem.toml",
               "title = \"" + title + " again\"\ndifficulty = \"" + difficulty + "\"\n");
    write_file(dir / "followups/1/statement.md", "# again\n");
    write_file(dir / "followups/1/data/sample/1.in", "1 2\n");
    write_file(dir / "followups/1/data/sample/1.ans", "3\n");
  }

  Session session() {
    return Session(library_, store_, clock_, [this]() -> Judge& { return engine_; });
  }

  Attempt attempt(RunKind kind = RunKind::kSubmission) const {
    Attempt a;
    a.kind = kind;
    a.language = &languages_.get("fake");
    a.source = "int main() {}\n";
    a.file_name = "add.fake";
    a.explanation = kind == RunKind::kSubmission ? "Add them. O(1).\n" : "";
    return a;
  }

  // The fake sandbox: "compiles" by writing the program, and answers each input with
  // `answer_` (sum of the two numbers unless told otherwise).
  sandbox::RunResult run(const sandbox::RunSpec& spec) {
    if (spec.profile == sandbox::Profile::kToolchain) {
      write_file(*bind_source(spec, "/box") / "main", "#!fake\n");
      return exited(0);
    }
    std::string input = read_fd(spec.stdin_fd);
    long a = 0;
    long b = 0;
    std::sscanf(input.c_str(), "%ld %ld", &a, &b);
    write_fd(spec.stdout_fd, std::to_string(wrong_ ? a + b + 1 : a + b) + "\n");
    clock_.advance(100ms);
    return exited(0);
  }

  JudgeOutcome submit(Session& s, const std::string& id, RunKind kind = RunKind::kSubmission) {
    Problem p = s.load_stage(id, 0);
    const auto row = s.begin(p, attempt(kind));
    NullReporter reporter;
    return s.judge(row, p, attempt(kind), reporter);
  }

  class NullReporter : public Reporter {};

  TempDir tmp_{"judge-session-test"};
  fs::path root_;
  Languages languages_;
  FakeRunner runner_;
  unit::FakeCompiler compiler_;
  Judge engine_;
  FakeClock clock_;
  MemoryStore store_;
  Library library_;
  bool wrong_ = false;
};

TEST_F(SessionTest, AnExplicitProblemWins) {
  auto s = session();
  EXPECT_EQ(s.choose_problem("merge.fake", "// judge: merge\n", "add", 0).id, "add");
}

TEST_F(SessionTest, AJudgeCommentNamesTheProblem) {
  auto s = session();
  EXPECT_EQ(s.choose_problem("solution.fake", "// judge: merge\nint main() {}\n", "", 0).id,
            "merge");
  EXPECT_EQ(s.choose_problem("solution.py", "#!/usr/bin/env python3\n# judge: add\n", "", 0).id,
            "add");
  EXPECT_EQ(s.choose_problem("x.c", "/* judge: merge */\n", "", 0).id, "merge");
}

TEST(ProblemMarkerTest, IsReadFromACommentInTheFirstLinesOnly) {
  EXPECT_EQ(problem_marker("// judge: two-sum\n"), "two-sum");
  EXPECT_EQ(problem_marker("  #judge:two-sum/followup-1\n"), "two-sum/followup-1");
  EXPECT_EQ(problem_marker("-- judge: lru-cache\n"), "lru-cache");
  EXPECT_EQ(problem_marker("x = 1  # judge: two-sum\n"), "");  // not a comment line
  EXPECT_EQ(problem_marker("print('judge: two-sum')\n"), "");
  EXPECT_EQ(problem_marker("/* judge: two-sum */\r\n"), "two-sum");
  EXPECT_EQ(problem_marker("% judge: two-sum\n"), "two-sum");
  EXPECT_EQ(problem_marker("// judge: two-sum is what this solves\n"), "");
  std::string late(25, '\n');
  EXPECT_EQ(problem_marker(late + "// judge: two-sum\n"), "");
}

TEST_F(SessionTest, AStarterSaysWhichProblemItIsForInTheLanguagesCommentSyntax) {
  auto s = session();
  Language python = languages_.get("fake");
  python.comment = "#";
  const std::string marker = s.starter_marker(s.load_stage("add", 0), python);
  EXPECT_EQ(marker, "# judge: add\n");
  EXPECT_EQ(s.choose_problem(root_ / "anything.py", marker + "print(1)\n", "", 0).id, "add");
  (void)submit(s, "add");
  EXPECT_EQ(s.starter_marker(s.load_stage("add", 1), languages_.get("fake")),
            "// judge: add/followup-1\n");
  // A problem given by path is found by its start record, not by a path in the file.
  make_problem("loose", "Loose", "easy", {});
  fs::rename(root_ / "pack/loose", root_ / "loose");
  EXPECT_EQ(s.starter_marker(s.load_stage((root_ / "loose").string(), 0), python), "");
}

TEST_F(SessionTest, AFileFindsTheProblemItWasStartedFor) {
  auto s = session();
  const fs::path file = root_ / "work" / "mine.fake";
  write_file(file, "x");
  (void)s.start(s.load_stage("merge", 0), languages_.get("fake"), file);
  EXPECT_EQ(s.choose_problem(file, "", "", 0).id, "merge");
}

TEST_F(SessionTest, AFileNamedAfterAProblemIsForItWhateverTheCaseAndSeparators) {
  auto s = session();
  EXPECT_EQ(s.choose_problem(root_ / "add.fake", "", "", 0).id, "add");
  make_problem("merge-intervals", "Merge intervals", "medium", {});
  library_ = Library::load(root_ / "pack", root_ / "home/packs");
  for (const char* name : {"merge_intervals.py", "MergeIntervals.java", "mergeintervals.py"}) {
    EXPECT_EQ(s.choose_problem(root_ / name, "", "", 0).id, "merge-intervals") << name;
  }
}

TEST_F(SessionTest, AFollowUpFileNamedAsStartNamesItIsForTheFollowUp) {
  auto s = session();
  (void)submit(s, "add");
  const Problem p = s.choose_problem(root_ / "add-followup-1.fake", "", "", 0);
  EXPECT_EQ(p.stage, 1);
  EXPECT_EQ(p.base_id, "add");
}

TEST_F(SessionTest, AGuessIsNeverMadeTheErrorNamesTheLikelyProblems) {
  auto s = session();
  (void)s.start(s.load_stage("merge", 0), languages_.get("fake"), root_ / "merge.fake");
  EXPECT_THAT(error_of([&] { (void)s.choose_problem(root_ / "solution.fake", "", "", 0); }),
              HasSubstr("which problem is solution.fake for?"));
  EXPECT_THAT(hint_of([&] { (void)s.choose_problem(root_ / "solution.fake", "", "", 0); }),
              HasSubstr("likely: merge, the problem you started last"));
  EXPECT_THAT(hint_of([&] { (void)s.choose_problem(root_ / "ad.fake", "", "", 0); }),
              HasSubstr("likely: add, or merge, the problem you started last"));
}

TEST_F(SessionTest, AFileWithNoProblemIsAnErrorWithTheFix) {
  auto s = session();
  EXPECT_THAT(hint_of([&] { (void)s.choose_problem(root_ / "solution.fake", "", "", 0); }),
              HasSubstr("pass --problem ID"));
}

TEST_F(SessionTest, StartRecordsTheProblemTheLanguageAndTheTime) {
  auto s = session();
  EXPECT_EQ(s.start(s.load_stage("add", 0), languages_.get("fake"), root_ / "add.fake"), "add");
  ASSERT_EQ(store_.starts().size(), 1U);
  EXPECT_EQ(store_.starts()[0].language, "fake");
  EXPECT_EQ(store_.starts()[0].started_at, "2026-12-01T09:00:00.000Z");
}

TEST_F(SessionTest, AFollowUpIsLockedUntilTheProblemIsAccepted) {
  auto s = session();
  EXPECT_THAT(error_of([&] { (void)s.load_stage("add", 1); }),
              HasSubstr("follow-up 1 of add unlocks once add is accepted"));
  wrong_ = true;
  EXPECT_EQ(submit(s, "add").verdict, Verdict::kWrongAnswer);
  EXPECT_THAT(error_of([&] { (void)s.load_stage("add", 1); }), HasSubstr("unlocks"));
  wrong_ = false;
  EXPECT_EQ(submit(s, "add").verdict, Verdict::kAccepted);
  EXPECT_EQ(s.load_stage("add", 1).stage, 1);
  // What start() records for a follow-up's file names the stage too.
  EXPECT_EQ(s.load_stage("add/followup-1", 0).title, "Add again");
  EXPECT_THAT(hint_of([&] { (void)s.load_stage("add", -1); }), HasSubstr("numbered from 1"));
}

TEST_F(SessionTest, ASubmissionIsStoredBeforeJudgingAndClosedAfter) {
  auto s = session();
  Problem p = s.load_stage("add", 0);
  const auto id = s.begin(p, attempt());
  EXPECT_EQ(store_.get(id, true)->status, "running");
  EXPECT_EQ(store_.get(id, true)->explanation, "Add them. O(1).\n");
  NullReporter reporter;
  const auto outcome = s.judge(id, p, attempt(), reporter);
  EXPECT_EQ(outcome.verdict, Verdict::kAccepted);
  const auto row = *store_.get(id, true);
  EXPECT_EQ(row.status, "done");
  EXPECT_EQ(row.verdict, Verdict::kAccepted);
  EXPECT_EQ(row.created_at, "2026-12-01T09:00:00.000Z");
  EXPECT_EQ(row.finished_at, "2026-12-01T09:00:00.200Z");  // two tests, 100 ms each
  // Hidden tests are stored under their public names only.
  std::vector<std::string> names;
  for (const auto& t : row.tests) {
    names.push_back(t.name);
  }
  EXPECT_THAT(names, ElementsAre("sample/1", "hidden/1"));
}

TEST_F(SessionTest, ATestRunJudgesOnlyTheSamples) {
  auto s = session();
  const auto outcome = submit(s, "add", RunKind::kTest);
  EXPECT_EQ(outcome.tests.size(), 1U);
  EXPECT_TRUE(s.history("", 10, false).empty());
  EXPECT_EQ(s.history("", 10, true).size(), 1U);
}

TEST_F(SessionTest, AProblemThatCannotBeJudgedClosesTheRowAsAnInternalError) {
  Session s(library_, store_, clock_,
            []() -> Judge& { throw Error("the sandbox cannot start", "run judge doctor"); });
  Problem p = s.load_stage("add", 0);
  const auto id = s.begin(p, attempt());
  NullReporter reporter;
  EXPECT_THROW((void)s.judge(id, p, attempt(), reporter), Error);
  EXPECT_EQ(store_.get(id, false)->status, "done");
  EXPECT_EQ(store_.get(id, false)->verdict, Verdict::kInternalError);
}

TEST_F(SessionTest, HistoryRefusesANonPositiveLimitWithTheFix) {
  auto s = session();
  EXPECT_THAT(hint_of([&] { (void)s.history("", 0, false); }), HasSubstr("positive"));
}

TEST_F(SessionTest, AReviewShowsTheReferenceExplanation) {
  auto s = session();
  (void)submit(s, "add");
  const auto review = s.review(1, ReferenceWhen::kAfterSubmission);
  ASSERT_TRUE(review.has_value());
  EXPECT_EQ(review->title, "Add");
  EXPECT_EQ(review->reference, "Reference for Add.\n");
  EXPECT_EQ(review->withheld, "");
  EXPECT_FALSE(s.review(2, ReferenceWhen::kAfterSubmission).has_value());
}

TEST_F(SessionTest, ATestRunDoesNotRevealTheReference) {
  // Issue 13: one `judge test` of the untouched template showed the whole approach.
  auto s = session();
  (void)submit(s, "add", RunKind::kTest);
  const auto review = s.review(1, ReferenceWhen::kAfterSubmission);
  ASSERT_TRUE(review.has_value());
  EXPECT_EQ(review->reference, "");
  EXPECT_THAT(review->withheld, HasSubstr("once you have submitted add"));
  EXPECT_EQ(s.review(1, ReferenceWhen::kAlways)->reference, "Reference for Add.\n");
  // A judged submission of the problem opens it, for the test run's review too.
  (void)submit(s, "add");
  EXPECT_EQ(s.review(1, ReferenceWhen::kAfterSubmission)->reference, "Reference for Add.\n");
}

TEST_F(SessionTest, OnlyAJudgedSubmissionOfThatProblemCounts) {
  auto s = session();
  (void)submit(s, "merge");
  EXPECT_NE(s.reference_withheld("add", ReferenceWhen::kAfterSubmission), "") << "other problem";
  // Stored but never judged to the end (Ctrl-C, a crash): no attempt.
  (void)s.begin(s.load_stage("add", 0), attempt());
  EXPECT_NE(s.reference_withheld("add", ReferenceWhen::kAfterSubmission), "");
  (void)submit(s, "add");
  EXPECT_EQ(s.reference_withheld("add", ReferenceWhen::kAfterSubmission), "");
}

TEST_F(SessionTest, AForgottenSubmissionDoesNotRevealTheReference) {
  auto s = session();
  (void)submit(s, "add");
  s.forget(1, true);
  EXPECT_THAT(s.reference_withheld("add", ReferenceWhen::kAfterSubmission),
              HasSubstr("submitted add"));
  s.forget(1, false);
  EXPECT_EQ(s.reference_withheld("add", ReferenceWhen::kAfterSubmission), "");
}

TEST_F(SessionTest, AfterAcceptedWaitsForAnAcceptedSubmission) {
  auto s = session();
  wrong_ = true;
  (void)submit(s, "add");
  EXPECT_EQ(s.reference_withheld("add", ReferenceWhen::kAfterSubmission), "");
  EXPECT_THAT(s.reference_withheld("add", ReferenceWhen::kAfterAccepted),
              HasSubstr("once a submission of add is accepted"));
  wrong_ = false;
  (void)submit(s, "add");
  EXPECT_EQ(s.reference_withheld("add", ReferenceWhen::kAfterAccepted), "");
}

TEST_F(SessionTest, NeverAndAlwaysDoNotLookAtTheHistory) {
  auto s = session();
  EXPECT_EQ(s.reference_withheld("add", ReferenceWhen::kAlways), "");
  (void)submit(s, "add");
  EXPECT_THAT(s.reference_withheld("add", ReferenceWhen::kNever), HasSubstr("never"));
  const auto review = s.review(1, ReferenceWhen::kNever);
  ASSERT_TRUE(review.has_value());
  EXPECT_EQ(review->reference, "");
  EXPECT_EQ(review->title, "Add") << "the rest of the review is there";
}

TEST_F(SessionTest, ASubmissionGetsFeedbackOnItsExplanationStoredWithIt) {
  // The expected bound and a classic edge case, as problem.toml [complexity] gives them.
  write_file(root_ / "pack/add/problem.toml",
             "title = \"Add\"\ndifficulty = \"easy\"\n[complexity]\nexpected = \"O(1)\"\n"
             "space = \"O(1)\"\nedge_cases = [\"negative numbers\"]\n");
  auto s = session();
  Problem p = s.load_stage("add", 0);
  Attempt a = attempt();
  a.explanation =
      "## Approach\nRead the two numbers and print their sum, nothing more to it.\n"
      "## Time\nO(n)\n## Space\nO(1)\n";
  const auto id = s.begin(p, a);
  EXPECT_FALSE(s.feedback(id)) << "no feedback before the verdict";
  NullReporter reporter;
  (void)s.judge(id, p, a, reporter);
  const auto feedback = s.feedback(id);
  ASSERT_TRUE(feedback);
  EXPECT_TRUE(feedback->has("explain.time.worse")) << feedback->summary;
  EXPECT_TRUE(feedback->has("explain.space.same"));
  EXPECT_TRUE(feedback->has("explain.edge.missed"));
  EXPECT_THAT(feedback->find("explain.edge.missed")->message, HasSubstr("negative numbers"));
  EXPECT_EQ(store_.get(id, false)->feedback->items.size(), feedback->items.size()) << "stored";

  (void)submit(s, "add", RunKind::kTest);
  EXPECT_FALSE(s.feedback(2)) << "a test run has no explanation";
}

TEST_F(SessionTest, AReviewGivesFeedbackToASubmissionStoredWithoutIt) {
  auto s = session();
  // As a submission judged before the judge gave feedback: done, and no feedback stored.
  const auto id = store_.begin({RunKind::kSubmission, "add", "fake", "add.fake", "src", "", ""});
  store_.finish(id, JudgeOutcome{});
  const auto review = s.review(id, ReferenceWhen::kAlways);
  ASSERT_TRUE(review && review->row.feedback);
  EXPECT_TRUE(review->row.feedback->has("explain.empty"));
  EXPECT_FALSE(store_.get(id, false)->feedback) << "a review only reads";
}

TEST_F(SessionTest, AReviewOfAProblemThatIsGoneStillShowsTheSubmission) {
  auto s = session();
  (void)submit(s, "add");
  fs::remove_all(root_ / "pack/add");
  const auto review = s.review(1, ReferenceWhen::kAfterSubmission);
  ASSERT_TRUE(review.has_value());
  EXPECT_EQ(review->title, "add");
  EXPECT_EQ(review->reference, "");
  EXPECT_EQ(review->withheld, "") << "nothing to withhold";
}

TEST_F(SessionTest, StatsCountSolvedProblemsPerLevelAndTag) {
  auto s = session();
  (void)submit(s, "add");
  wrong_ = true;
  (void)submit(s, "merge");
  const StatsModel stats = s.stats();
  EXPECT_EQ(stats.submissions, 2);
  EXPECT_EQ(stats.solved, 1);
  EXPECT_EQ(stats.by_difficulty.at("easy").solved, 1);
  EXPECT_EQ(stats.by_difficulty.at("medium").solved, 0);
  EXPECT_EQ(stats.by_difficulty.at("medium").total, 1);
  EXPECT_EQ(stats.by_difficulty.at("hard").total, 0);
  EXPECT_EQ(stats.by_tag.at("math").solved, 1);
  EXPECT_EQ(stats.by_tag.at("math").total, 2);
  EXPECT_EQ(stats.by_tag.at("sorting").solved, 0);
  EXPECT_TRUE(stats.unreadable.empty());
}

TEST_F(SessionTest, StatsSayWhichProblemsCouldNotBeCounted) {
  write_file(root_ / "pack/merge/problem.toml", "title = \"Merge\"\n");  // no difficulty
  auto s = session();
  const StatsModel stats = s.stats();
  ASSERT_EQ(stats.unreadable.size(), 1U);
  EXPECT_THAT(stats.unreadable[0], HasSubstr("merge"));
  EXPECT_EQ(stats.by_difficulty.at("medium").total, 0);
}

TEST(ResultJsonTest, HiddenTestsHaveNumbersAndDescriptionsSamplesHaveNoDescription) {
  JudgeOutcome outcome;
  TestOutcome sample;
  sample.index = 0;
  sample.name = "sample/1";
  sample.sample = true;
  TestOutcome hidden;
  hidden.index = 1;
  hidden.name = "secret/07-secret-name";
  hidden.desc = "an empty list";
  hidden.verdict = Verdict::kWrongAnswer;
  outcome.tests = {sample, hidden};
  const auto j = outcome_json(outcome, 1);
  EXPECT_EQ(j["tests"][0]["name"], "sample/1");
  EXPECT_TRUE(j["tests"][0]["desc"].is_null());
  EXPECT_EQ(j["tests"][1]["name"], "hidden/1");
  EXPECT_EQ(j["tests"][1]["desc"], "an empty list");
  EXPECT_EQ(j["tests"][1]["verdict"], "WA");
  // A stored row says the same.
  EXPECT_EQ(test_json(test_row(hidden, 1)), j["tests"][1]);
}

TEST(ClockTest, TimesRoundTripThroughText) {
  const auto t = parse_iso8601("2026-11-25T16:17:45.123Z");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(iso8601(*t), "2026-11-25T16:17:45.123Z");
  EXPECT_EQ(iso8601(*parse_iso8601("2026-11-25T16:17:45")), "2026-11-25T16:17:45.000Z");
  EXPECT_FALSE(parse_iso8601("yesterday").has_value());
  EXPECT_FALSE(parse_iso8601("2026-11-25T16:17:45.1Zjunk").has_value());
}

}  // namespace
}  // namespace judge
