// What a newcomer hit (issue 13), each as the user meets it through the real program: the
// problem a file is for is never guessed, a mistaken submission can be forgotten, and test
// runs are reviewed by the number history prints.
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "harness.h"

namespace e2e {
namespace {

class NewcomerTest : public JudgeTest {
 protected:
  void SetUp() override {
    JudgeTest::SetUp();
    if (!have_program("gcc")) {
      GTEST_SKIP() << "gcc is not installed";
    }
    Output add = judge({"pack", "add", pack_dir().string()});
    ASSERT_EQ(add.exit_code, 0) << add.describe();
  }

  // The accepted solution of e2e-add, under another name, with `first_line` on top.
  fs::path solution(const std::string& name, const std::string& first_line = {}) {
    const fs::path file = scratch() / name;
    write_file(file, first_line + read_file(program("e2e-add", "ac.c")));
    return file;
  }

  int submissions() { return judge_json({"stats", "--json"}, 0).at("submissions").get<int>(); }
};

TEST_F(NewcomerTest, AFileOfNoKnownProblemIsRefusedNotJudgedAgainstTheLastStarted) {
  // Starting another problem used to make it the silent target of every unknown file.
  ASSERT_EQ(judge({"start", "e2e-float", "--lang", "c"}).exit_code, 0);
  for (const std::vector<std::string>& extra :
       {std::vector<std::string>{"submit", "--explain", "Add them."}, {"test"}}) {
    std::vector<std::string> args = extra;
    args.insert(args.begin() + 1, solution("solution.c").string());
    Output r = judge(args);
    EXPECT_EQ(r.exit_code, 2) << r.describe();
    EXPECT_NE(r.err.find("which problem is solution.c for?"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("e2e-float, the problem you started last"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("--problem"), std::string::npos) << r.err;
  }
  EXPECT_EQ(judge_json({"history", "--tests", "--json"}, 0), json::array()) << "nothing stored";
}

TEST_F(NewcomerTest, AFileNamedLikeTheProblemInAnotherCaseOrSeparatorIsForIt) {
  json j = judge_json({"test", solution("E2E_Add.c").string(), "--json"}, 0);
  EXPECT_EQ(j.at("problem"), "e2e-add");
}

TEST_F(NewcomerTest, AJudgeCommentInTheFileNamesTheProblem) {
  json j = judge_json({"test", solution("mine.c", "// judge: e2e-add\n").string(), "--json"}, 0);
  EXPECT_EQ(j.at("problem"), "e2e-add");
}

TEST_F(NewcomerTest, AStartedFileFindsItsProblemAfterItIsRenamedOrMoved) {
  ASSERT_EQ(judge({"start", "e2e-add", "--lang", "c"}).exit_code, 0);
  const std::string starter = read_file(scratch() / "e2e-add.c");
  EXPECT_EQ(starter.rfind("// judge: e2e-add\n", 0), 0U) << starter;
  // The user's solution, written into the starter, then moved to another name and folder.
  const fs::path moved = scratch() / "elsewhere" / "attempt2.c";
  write_file(moved, "// judge: e2e-add\n" + read_file(program("e2e-add", "ac.c")));
  json j = judge_json({"test", moved.string(), "--json"}, 0);
  EXPECT_EQ(j.at("problem"), "e2e-add");
}

TEST_F(NewcomerTest, AMistakenSubmissionCanBeForgottenAndBroughtBack) {
  json j = submit_json(solution("add.c"), "e2e-float", 1);  // the wrong problem
  const int id = j.at("submission").get<int>();
  ASSERT_EQ(submissions(), 1);
  Output forget = judge({"forget", std::to_string(id)});
  EXPECT_EQ(forget.exit_code, 0) << forget.describe();
  EXPECT_NE(forget.out.find(fmt::format("Forgot #{}", id)), std::string::npos) << forget.out;
  EXPECT_EQ(submissions(), 0) << "stats ignore it";
  EXPECT_EQ(judge_json({"history", "--json"}, 0), json::array());
  EXPECT_EQ(judge_json({"list", "--json"}, 0)[1].at("status"), nullptr) << "not attempted";
  // Still there for review, marked.
  Output review = judge({"review", std::to_string(id)});
  EXPECT_EQ(review.exit_code, 0) << review.describe();
  EXPECT_NE(review.out.find("Forgotten"), std::string::npos) << review.out;
  EXPECT_EQ(judge({"forget", std::to_string(id), "--undo"}).exit_code, 0);
  EXPECT_EQ(submissions(), 1);
  Output missing = judge({"forget", "99"});
  EXPECT_EQ(missing.exit_code, 2) << missing.describe();
  EXPECT_NE(missing.err.find("there is no submission #99"), std::string::npos) << missing.err;
}

TEST_F(NewcomerTest, ReviewTakesTheNumberHistoryPrintsForATestRun) {
  json j = judge_json({"test", solution("e2e-add.c").string(), "--json"}, 0);
  const int id = j.at("test_run").get<int>();
  Output history = judge({"history", "--tests"});
  ASSERT_NE(history.out.find(fmt::format("{}t", id)), std::string::npos) << history.out;
  Output review = judge({"review", fmt::format("{}t", id)});
  EXPECT_EQ(review.exit_code, 0) << review.describe();
  EXPECT_NE(review.out.find(fmt::format("Test run #{}", id)), std::string::npos) << review.out;
  Output bad = judge({"review", "one"});
  EXPECT_EQ(bad.exit_code, 2) << bad.describe();
  EXPECT_NE(bad.err.find("'one' is not a submission number"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace e2e
