// The mock phone screen through the real program, as a script drives it: no terminal, every
// answer from a file, and JUDGE_NOW moving time between commands. Each command is a process of
// its own, so the whole session also shows that nothing lives outside the store.
#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "harness.h"

namespace e2e {
namespace {

// An accepted and a rejected program for each problem of the e2e pack.
const std::map<std::string, std::pair<std::string, std::string>> kPrograms = {
    {"e2e-add", {"ac.c", "wa.c"}},
    {"e2e-float", {"close.py", "wa.py"}},
    {"e2e-kattis", {"ac.cpp", "wa.py"}},
    {"e2e-testlib", {"ac.py", "wa.py"}},
};

constexpr const char* kAnswer = R"(## Situation
Our nightly billing export failed twice a week, and the finance team rebuilt its reports by hand.
## Task
I owned the export service and had to make it reliable before the quarter closed.
## Action
I read the logs of every failure and found a slow query that timed out. I rewrote it with an
index, added retries, and wrote an alert that paged me when a run failed.
## Result
Failures dropped from two a week to none in two months.
)";

constexpr const char* kQuestions =
    "What does the company do?\n"
    "How does the team decide what goes into a release, and who is on call for it?\n";

class MockE2eTest : public JudgeTest {
 protected:
  void SetUp() override {
    JudgeTest::SetUp();
    for (const char* tool : {"gcc", "g++", "python3"}) {
      if (!have_program(tool)) {
        GTEST_SKIP() << tool << " is not installed";
      }
    }
    Output add = judge({"pack", "add", pack_dir().string()});
    ASSERT_EQ(add.exit_code, 0) << add.describe();
    write_file(scratch() / "answer.md", kAnswer);
    write_file(scratch() / "questions.txt", kQuestions);
  }

  // The program's options at 2026-12-01 `hhmm` UTC, in a UTC time zone.
  static RunOptions at(const std::string& hhmm) {
    RunOptions o;
    o.env = {fmt::format("JUDGE_NOW=2026-12-01T{}:00Z", hhmm), "TZ=UTC"};
    return o;
  }

  // Writes the accepted (or rejected) program of `problem` where judging finds it: the starter
  // file for a C program, else a file named after the problem.
  fs::path solution(const json& problem, bool accepted) {
    const std::string id = problem.at("problem").get<std::string>();
    const auto& [ac, wa] = kPrograms.at(id);
    const std::string name = accepted ? ac : wa;
    const fs::path starter = problem.at("file").get<std::string>();
    const fs::path file = starter.parent_path() / (id + fs::path(name).extension().string());
    write_file(file, read_file(program(id, name)));
    return file;
  }

  json start(const std::vector<std::string>& more = {}) {
    std::vector<std::string> args = {"mock",          "start",     "--lang", "c", "--pack", "e2e",
                                     "--answer-file", "answer.md", "--seed", "3", "--json"};
    args.insert(args.end(), more.begin(), more.end());
    return judge_json(args, 0, at("09:00"));
  }
};

TEST_F(MockE2eTest, AWholeScriptedSessionFromStartToReport) {
  const json started = start();
  ASSERT_TRUE(started.is_object());
  const int id = started.at("id").get<int>();
  EXPECT_EQ(started.at("status"), "active");
  EXPECT_EQ(started.at("deadline"), "2026-12-01T09:45:00.000Z");
  EXPECT_EQ(started.at("seconds_left"), 45 * 60);
  const json problems = started.at("problems");
  ASSERT_EQ(problems.size(), 2u);
  for (const auto& p : problems) {
    EXPECT_TRUE(fs::exists(p.at("file").get<std::string>())) << p.dump();
    EXPECT_EQ(fs::path(p.at("file").get<std::string>()).parent_path().filename(),
              "mock-20261201-0900")
        << "a folder of its own";
  }
  EXPECT_NE(started.at("behavioural").at("answered_at"), nullptr);
  EXPECT_FALSE(started.at("behavioural").at("feedback").at("items").empty())
      << "the STAR feedback is shown after the answer";
  EXPECT_EQ(started.at("notes").size(), 1u) << "no medium problem in the e2e pack, and it says so";

  // A test run: the clock is the first line.
  const fs::path wrong = solution(problems[0], false);
  Output tested = judge({"test", wrong.string()}, at("09:05"));
  EXPECT_EQ(tested.exit_code, 1) << tested.describe();
  EXPECT_EQ(tested.out.substr(0, tested.out.find('\n')), "Mock #1: 40:00 left, until 09:45.");

  // A rejected submission, with --json: standard output stays one JSON value, the clock goes
  // to standard error, and the feedback on the explanation comes with the verdict.
  const std::vector<std::string> explain = {"--explain", "Print the answer. Time O(1)."};
  std::vector<std::string> args = {"submit", wrong.string(), "--json"};
  args.insert(args.end(), explain.begin(), explain.end());
  json rejected = judge_json(args, 1, at("09:10"));
  ASSERT_TRUE(rejected.is_object());
  EXPECT_EQ(rejected.at("mock"), id);
  EXPECT_EQ(rejected.at("overtime"), false);
  ASSERT_TRUE(rejected.at("feedback").is_object());
  EXPECT_FALSE(rejected.at("feedback").at("items").empty());
  EXPECT_EQ(rejected.at("feedback").at("items")[0].at("severity"), "warning");

  // Accepted at 36 minutes: the 10-minute warning, once.
  const fs::path right = solution(problems[0], true);
  args = {"submit", right.string(), "--json"};
  args.insert(args.end(), explain.begin(), explain.end());
  Output accepted = judge(args, at("09:36"));
  EXPECT_EQ(accepted.exit_code, 0) << accepted.describe();
  EXPECT_NE(accepted.err.find("Mock #1: 9:00 left, until 09:45.\n10 minutes left"),
            std::string::npos)
      << accepted.err;
  Output shown = judge({"show", problems[1].at("problem").get<std::string>()}, at("09:37"));
  EXPECT_EQ(shown.out.substr(0, shown.out.find('\n')), "Mock #1: 8:00 left, until 09:45.");
  EXPECT_EQ(shown.out.find("minutes left"), std::string::npos) << "said once";

  // The status: time left, what is done, the timeline so far.
  Output status = judge({"mock", "status"}, at("09:41"));
  EXPECT_EQ(status.exit_code, 0) << status.describe();
  EXPECT_EQ(status.out.rfind("Mock #1: 4:00 left, until 09:45.\n5 minutes left", 0), 0u)
      << status.out;
  EXPECT_NE(status.out.find("accepted 36:00 in; 2 submissions (1 rejected), 1 test run"),
            std::string::npos)
      << status.out;
  EXPECT_NE(status.out.find("Timeline"), std::string::npos) << status.out;
  json status_json = judge_json({"mock", "status", "--json"}, 0, at("09:42"));
  EXPECT_EQ(status_json.at("seconds_left"), 180);
  EXPECT_EQ(status_json.at("problems")[0].at("solved"), true);

  // Past the deadline a submission still judges, marked overtime.
  const fs::path late = solution(problems[1], true);
  args = {"submit", late.string(), "--json"};
  args.insert(args.end(), explain.begin(), explain.end());
  Output overtime = judge(args, at("09:50"));
  EXPECT_EQ(overtime.exit_code, 0) << overtime.describe();
  EXPECT_NE(overtime.err.find("Mock #1: 5:00 over time (the deadline was 09:45)"),
            std::string::npos)
      << overtime.err;
  EXPECT_NE(overtime.err.find("Time is up"), std::string::npos) << overtime.err;
  const json late_json = json::parse(overtime.out);
  EXPECT_EQ(late_json.at("overtime"), true);
  const json review =
      judge_json({"review", std::to_string(late_json.at("submission").get<int>()), "--json"}, 0);
  EXPECT_EQ(review.at("overtime"), true);
  EXPECT_EQ(review.at("mock"), id);
  EXPECT_TRUE(review.at("feedback").is_object()) << "stored with the submission";

  // The end: the questions for the interviewer from a file, their feedback, the report.
  json ended =
      judge_json({"mock", "end", "--questions-file", "questions.txt", "--json"}, 0, at("09:55"));
  ASSERT_TRUE(ended.is_object());
  EXPECT_EQ(ended.at("status"), "ended");
  EXPECT_EQ(ended.at("ended_at"), "2026-12-01T09:55:00.000Z");
  EXPECT_EQ(ended.at("closing").at("questions").get<std::string>() + "\n", kQuestions)
      << "stored as written";
  const auto& closing_items = ended.at("closing").at("feedback").at("items");
  ASSERT_FALSE(closing_items.empty());
  EXPECT_EQ(closing_items[0].at("code"), "closing.generic") << "the company question";
  EXPECT_EQ(ended.at("problems")[1].at("solved_overtime"), true);
  std::vector<std::string> kinds;
  for (const auto& e : ended.at("timeline")) {
    kinds.push_back(e.at("kind").get<std::string>());
  }
  EXPECT_EQ(kinds,
            (std::vector<std::string>{"start", "answer", "test", "submit", "warning", "submit",
                                      "warning", "warning", "submit", "closing", "end"}));
  const json& score = ended.at("score");
  EXPECT_EQ(score.at("possible"), 100);
  EXPECT_EQ(score.at("parts").size(), 4u);
  int sum = 0;
  for (const auto& part : score.at("parts")) {
    sum += part.at("points").get<int>();
  }
  EXPECT_EQ(score.at("points"), sum);
  EXPECT_EQ(score.at("score"), sum) << "out of 100 points";
  EXPECT_EQ(score.at("parts")[1].at("points"), 10) << "accepted in overtime: 21 halved, rounded "
                                                      "down, and an explanation with fixes";

  // The report reads it all back from the store.
  Output report = judge({"mock", "report", std::to_string(id)}, at("10:30"));
  EXPECT_EQ(report.exit_code, 0) << report.describe();
  for (const char* part :
       {"Mock phone screen #1 ended", "Behavioural", "Problems",
        "Your questions for the interviewer", "Timeline", "overtime", "Score", "The rule:"}) {
    EXPECT_NE(report.out.find(part), std::string::npos) << part << "\n" << report.out;
  }
  EXPECT_EQ(report.out.find("left, until"), std::string::npos) << "no clock once ended";
  json list = judge_json({"mock", "list", "--json"}, 0);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].at("score"), score.at("score"));
}

TEST_F(MockE2eTest, TheReportAsMarkdownToAFileOrStandardOutput) {
  const json started = start({"--problems", "1"});
  ASSERT_TRUE(started.is_object());
  const json& problem = started.at("problems")[0];
  const std::vector<std::string> explain = {"--explain", "Print the answer. Time O(1)."};
  std::vector<std::string> args = {"submit", solution(problem, false).string()};
  args.insert(args.end(), explain.begin(), explain.end());
  EXPECT_EQ(judge(args, at("09:10")).exit_code, 1);
  ASSERT_EQ(judge({"mock", "end", "--questions-file", "questions.txt"}, at("09:20")).exit_code, 0);

  Output written = judge({"mock", "report", "--markdown", "report.md"}, at("09:30"));
  ASSERT_EQ(written.exit_code, 0) << written.describe();
  EXPECT_EQ(written.out, "") << "the report is in the file";
  const std::string md = read_file(scratch() / "report.md");
  for (const char* part :
       {"# Mock phone screen #1\n", "## Behavioural (", "## Problems\n", "### 1. ",
        "Not accepted (last: WA); 1 submission (1 rejected), 0 test runs.",
        "## Your questions for the interviewer\n", "## Timeline\n",
        "| At | What | Problem | Verdict | Run | Note |", "| 10:00 | submit | ", "| WA | #",
        "## Score: ", "| Part | Points | Of | How |", "The rule: "}) {
    EXPECT_NE(md.find(part), std::string::npos) << part << "\n" << md;
  }
  // The same session as the terminal report: the same score.
  const json report = judge_json({"mock", "report", "--json"}, 0, at("09:30"));
  EXPECT_NE(md.find(fmt::format("## Score: {} of 100", report.at("score").at("score").get<int>())),
            std::string::npos);

  Output again = judge({"mock", "report", "1", "--markdown", "report.md"}, at("09:31"));
  EXPECT_EQ(again.exit_code, 2) << again.describe();
  EXPECT_NE(again.err.find("report.md exists"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("--force"), std::string::npos) << again.err;
  write_file(scratch() / "report.md", "old");
  ASSERT_EQ(judge({"mock", "report", "--markdown", "report.md", "--force"}, at("09:31")).exit_code,
            0);
  EXPECT_EQ(read_file(scratch() / "report.md"), md) << "replaced with --force";
  Output out = judge({"mock", "report", "--markdown", "-"}, at("09:31"));
  EXPECT_EQ(out.exit_code, 0) << out.describe();
  EXPECT_EQ(out.out, md) << "- is standard output";
  EXPECT_EQ(judge({"mock", "report", "--markdown", "-", "--json"}).exit_code, 2)
      << "one format at a time";
}

TEST_F(MockE2eTest, ARevealDuringTheSessionLowersItsScoreAndOneAfterItsEndDoesNot) {
  // Seed 1 asks e2e-add, whose int32 program passes the samples and fails a small hidden test.
  const json started = judge_json({"mock", "start", "--lang", "cpp", "--pack", "e2e", "--problems",
                                   "1", "--no-behavioural", "--seed", "1", "--json"},
                                  0, at("09:00"));
  ASSERT_EQ(started.at("problems")[0].at("problem"), "e2e-add");
  const fs::path file = scratch() / "mock-20261201-0900" / "e2e-add.cpp";
  write_file(file, read_file(problem_dir("e2e-add") / "submissions/wrong_answer/int32.cpp"));
  std::vector<std::string> wrong;
  for (const char* hhmm : {"09:10", "09:11"}) {
    const json j = judge_json(
        {"submit", file.string(), "--explain", "Add them. Time O(1).", "--json"}, 1, at(hhmm));
    wrong.push_back(std::to_string(j.at("submission").get<int>()));
  }
  write_file(file, read_file(problem_dir("e2e-add") / "submissions/accepted/solution.cpp"));
  ASSERT_EQ(
      judge({"submit", file.string(), "--explain", "Add them in 64 bits. Time O(1)."}, at("09:12"))
          .exit_code,
      0);
  const json before = judge_json({"mock", "status", "--json"}, 0, at("09:13"));
  ASSERT_EQ(judge({"reveal", wrong[0]}, at("09:14")).exit_code, 0);
  const json after = judge_json({"mock", "status", "--json"}, 0, at("09:15"));
  EXPECT_EQ(after.at("problems")[0].at("reveals"), 1);
  EXPECT_EQ(after.at("score").at("parts")[0].at("points").get<int>(),
            before.at("score").at("parts")[0].at("points").get<int>() - 6)
      << "a tenth of the problem's 60 points, as a hint costs";

  // Once the session has ended its score is final: a later reveal is shown, and not counted.
  const json ended =
      judge_json({"mock", "end", "--questions-file", "questions.txt", "--json"}, 0, at("09:20"));
  ASSERT_EQ(judge({"reveal", wrong[1]}, at("09:30")).exit_code, 0);
  const json report = judge_json({"mock", "report", "--json"}, 0, at("09:40"));
  EXPECT_EQ(report.at("score"), ended.at("score"));
  EXPECT_EQ(report.at("timeline").back().at("kind"), "reveal");
  EXPECT_EQ(report.at("timeline").back().at("detail"), "after the end: not counted");
  Output text = judge({"mock", "report"}, at("09:40"));
  EXPECT_NE(text.out.find("1 hidden test revealed: -6 each"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("after the end: not counted"), std::string::npos) << text.out;
}

TEST_F(MockE2eTest, HistoryAndStatsShowTheSessions) {
  Output none = judge({"stats"});
  EXPECT_EQ(none.out.find("Mock sessions"), std::string::npos) << "nothing to say before one";
  const json started = start({"--problems", "1"});
  ASSERT_TRUE(started.is_object());
  const fs::path right = solution(started.at("problems")[0], true);
  EXPECT_EQ(judge({"submit", right.string(), "--explain", "Add them. Time O(1), space O(1)."},
                  at("09:10"))
                .exit_code,
            0);
  const json ended =
      judge_json({"mock", "end", "--questions-file", "questions.txt", "--json"}, 0, at("09:20"));
  const int score = ended.at("score").at("score").get<int>();
  const std::string id = started.at("problems")[0].at("problem").get<std::string>();

  Output history = judge({"history"}, at("09:30"));
  EXPECT_EQ(history.exit_code, 0) << history.describe();
  EXPECT_NE(history.out.find("Mock sessions"), std::string::npos) << history.out;
  EXPECT_NE(history.out.find(fmt::format("2026-12-01 09:00  ended   {:>5}  {} ✓", score, id)),
            std::string::npos)
      << history.out;
  const json rows = judge_json({"history", "--json"}, 0);
  ASSERT_EQ(rows.size(), 2u) << rows.dump(2);
  EXPECT_EQ(rows[0].at("kind"), "submit") << "newest first: the submission came after the start";
  EXPECT_EQ(rows[1].at("kind"), "mock");
  EXPECT_EQ(rows[1].at("id"), 1);
  EXPECT_EQ(rows[1].at("score"), score);
  EXPECT_EQ(rows[1].at("problems")[0], json({{"problem", id}, {"solved", true}}));
  EXPECT_EQ(judge_json({"history", "--problem", "e2e-none", "--json"}, 0), json::array())
      << "a session that did not ask the problem is left out";

  Output stats = judge({"stats"}, at("09:30"));
  EXPECT_NE(stats.out.find(fmt::format("Mock sessions: 1 (1 ended); score best {} (#1), latest "
                                       "{} (#1), average {}.0",
                                       score, score, score)),
            std::string::npos)
      << stats.out;
  const json stats_json = judge_json({"stats", "--json"}, 0);
  EXPECT_EQ(stats_json.at("mocks").at("sessions"), 1);
  EXPECT_EQ(stats_json.at("mocks").at("ended"), 1);
  EXPECT_EQ(stats_json.at("mocks").at("best").at("score"), score);
  EXPECT_EQ(stats_json.at("mocks").at("average"), static_cast<double>(score));
}

TEST_F(MockE2eTest, AHintOutsideASessionIsCountedInTheStats) {
  Output shown = judge({"show", "e2e-add", "--hint", "1"}, at("08:00"));
  ASSERT_EQ(shown.exit_code, 0) << shown.describe();
  Output again = judge({"show", "e2e-add", "--hint", "1", "--json"}, at("08:05"));
  ASSERT_EQ(again.exit_code, 0) << again.describe();
  const json stats = judge_json({"stats", "--json"}, 0);
  EXPECT_EQ(stats.at("hints").at("total"), 2);
  EXPECT_EQ(stats.at("hints").at("by_problem").at("e2e-add"), 2);
  Output text = judge({"stats"});
  EXPECT_NE(text.out.find("Hints shown: 2 (e2e-add 2)"), std::string::npos) << text.out;
  // Solved after the hint: the schedule takes it as a hard recall and says why.
  ASSERT_EQ(judge({"start", "e2e-add", "--lang", "c"}, at("08:06")).exit_code, 0);
  write_file(scratch() / "e2e-add.c", read_file(program("e2e-add", "ac.c")));
  ASSERT_EQ(judge({"submit", "e2e-add.c", "--explain", "Add. O(1)."}, at("08:10")).exit_code, 0);
  // A clean first-try solve would wait days; a hinted one is due the next day.
  RunOptions two_days_later;
  two_days_later.env = {"JUDGE_NOW=2026-12-03T08:00:00Z", "TZ=UTC"};
  const json due = judge_json({"list", "--due", "--json"}, 0, two_days_later);
  ASSERT_EQ(due.size(), 1u) << due.dump(2);
  EXPECT_EQ(due[0].at("id"), "e2e-add");
  EXPECT_NE(due[0].at("reason").get<std::string>().find("on the first try and a hint"),
            std::string::npos)
      << due[0].dump();
}

// docs/mock.md shows a whole session's report between these lines.
constexpr std::string_view kDocBegin = "<!-- mock-report: begin -->\n```\n";
constexpr std::string_view kDocEnd = "```\n<!-- mock-report: end -->";

fs::path doc_file() {
  return testdata().parent_path().parent_path() / "docs" / "mock.md";
}

// An accepted Python program of a built-in problem: the first of its shipped ones.
std::string builtin_solution(const std::string& id) {
  const fs::path dir =
      testdata().parent_path().parent_path() / "problems" / id / "submissions" / "accepted";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".py") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files.empty() ? std::string() : read_file(files.front());
}

TEST_F(MockE2eTest, TheReportInTheDocsIsWhatTheProgramPrints) {
  // The complexity probe after an AC measures times, different on every run, and its finding
  // enters the explanation feedback: off for a report that must print the same each time
  // (docs/mock.md says so).
  write_file(home() / "config.toml", "[probe]\nafter_accept = false\n");
  const json started = judge_json({"mock", "start", "--lang", "py", "--pack", "builtin",
                                   "--answer-file", "answer.md", "--seed", "11", "--json"},
                                  0, at("09:00"));
  ASSERT_TRUE(started.is_object());
  ASSERT_EQ(started.at("problems").size(), 2u);
  std::vector<fs::path> files;
  std::vector<std::string> ids;
  for (const auto& p : started.at("problems")) {
    files.push_back(p.at("file").get<std::string>());
    ids.push_back(p.at("problem").get<std::string>());
  }
  const std::string wrong = "import sys\nsys.stdin.read()\nprint(0)\n";
  write_file(files[0], wrong);
  EXPECT_EQ(judge({"test", files[0].string()}, at("09:06")).exit_code, 1);
  EXPECT_EQ(judge({"submit", files[0].string(), "--explain", "I print the answer. Time O(1)."},
                  at("09:09"))
                .exit_code,
            1);
  ASSERT_EQ(judge({"show", ids[1], "--hint", "1"}, at("09:14")).exit_code, 0);
  write_file(files[0], builtin_solution(ids[0]));
  // The explanation claims a worse time than the problem's bound: the feedback says so.
  Output first = judge({"submit", files[0].string(), "--explain",
                        "Approach: for each number from 1 to n, its count of set bits is the "
                        "count of the number shifted right by one, plus its lowest bit, both "
                        "known already.\nTime: O(n log n): log n bits for each of the n "
                        "numbers.\nSpace: O(1) besides the answer."},
                       at("09:21"));
  EXPECT_EQ(first.exit_code, 0) << first.describe();
  write_file(files[1], builtin_solution(ids[1]));
  Output second = judge({"submit", files[1].string(), "--explain",
                         "Approach: a breadth-first search from every rotten orange at once, "
                         "one minute per level, counting the fresh oranges until none is "
                         "left.\nTime: O(rows * cols): each cell enters the queue once.\n"
                         "Space: O(rows * cols) for the queue.\nEdge cases: no fresh orange "
                         "at all (answer 0); a fresh orange that can never rot (answer -1).\n"
                         "Tests: the examples, and a grid with a walled-off orange."},
                        at("09:48"));
  EXPECT_EQ(second.exit_code, 0) << second.describe();
  ASSERT_EQ(judge({"mock", "end", "--questions-file", "questions.txt"}, at("09:52")).exit_code, 0);

  RunOptions o = at("10:00");
  o.env.push_back("COLUMNS=80");
  Output report = judge({"mock", "report", "1"}, o);
  ASSERT_EQ(report.exit_code, 0) << report.describe();
  std::string doc = read_file(doc_file());
  const auto begin = doc.find(kDocBegin);
  const auto end = doc.find(kDocEnd);
  ASSERT_NE(begin, std::string::npos) << "docs/mock.md has lost its report markers";
  ASSERT_NE(end, std::string::npos) << "docs/mock.md has lost its report markers";
  const auto from = begin + kDocBegin.size();
  const char* update = std::getenv("JUDGE_UPDATE_DOCS");
  if (update != nullptr && std::string_view(update) == "1") {
    doc.replace(from, end - from, report.out);
    write_file(doc_file(), doc);
    return;
  }
  EXPECT_EQ(doc.substr(from, end - from), report.out)
      << "docs/mock.md shows another report than the program prints: if the change is meant, "
         "run this test with JUDGE_UPDATE_DOCS=1";
}

TEST_F(MockE2eTest, WithoutATerminalEveryAnswerMustComeFromAFile) {
  Output r = judge({"mock", "start", "--lang", "c", "--pack", "e2e"}, at("09:00"));
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find("standard input is not a terminal"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--answer-file"), std::string::npos) << r.err;
  EXPECT_EQ(judge_json({"mock", "list", "--json"}, 0), json::array()) << "nothing stored";
  EXPECT_FALSE(fs::exists(scratch() / "mock-20261201-0900")) << "no file written";

  ASSERT_TRUE(start({"--problems", "1"}).is_object());
  r = judge({"mock", "end"}, at("09:20"));
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find("--questions-file"), std::string::npos) << r.err;
  EXPECT_EQ(judge_json({"mock", "status", "--json"}, 0, at("09:21")).at("status"), "active")
      << "the session goes on";
  write_file(scratch() / "empty.txt", "# nothing but a comment\n");
  r = judge({"mock", "end", "--questions-file", "empty.txt"}, at("09:22"));
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find("no questions for the interviewer"), std::string::npos) << r.err;
}

TEST_F(MockE2eTest, OneSessionAtATimeAndAbandonDropsIt) {
  // --no-behavioural needs no answer; a second start is refused while one is active.
  json first = judge_json({"mock", "start", "--lang", "c", "--pack", "e2e", "--problems", "1",
                           "--no-behavioural", "--json"},
                          0, at("09:00"));
  EXPECT_EQ(first.at("behavioural"), nullptr);
  ASSERT_EQ(first.at("problems").size(), 1u);
  Output again =
      judge({"mock", "start", "--lang", "c", "--no-behavioural", "--dir", "other"}, at("09:10"));
  EXPECT_EQ(again.exit_code, 2) << again.describe();
  EXPECT_NE(again.err.find("mock session #1 is still in progress"), std::string::npos) << again.err;
  Output dropped = judge({"mock", "abandon"}, at("09:15"));
  EXPECT_EQ(dropped.exit_code, 0) << dropped.describe();
  EXPECT_NE(dropped.out.find("Abandoned mock #1"), std::string::npos) << dropped.out;
  EXPECT_EQ(judge_json({"mock", "status", "--json"}, 0), json({{"active", false}}));
  Output shown = judge({"list"}, at("09:16"));
  EXPECT_EQ(shown.out.find("Mock #"), std::string::npos) << "no clock outside a session";
  EXPECT_EQ(judge_json({"mock", "report", "1", "--json"}, 0).at("status"), "abandoned");
}

TEST_F(MockE2eTest, AJudgeNowThatIsNoTimeIsRefused) {
  RunOptions o;
  o.env = {"JUDGE_NOW=yesterday"};
  Output r = judge({"mock", "status"}, o);
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find("JUDGE_NOW=yesterday is not a time"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace e2e
