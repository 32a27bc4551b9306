// The mock phone screen through the real program, as a script drives it: no terminal, every
// answer from a file, and JUDGE_NOW moving time between commands. Each command is a process of
// its own, so the whole session also shows that nothing lives outside the store.
#include <map>
#include <string>
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
