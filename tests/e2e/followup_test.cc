// Interviewer follow-ups: a problem's next stage, locked until the problem is accepted, judged
// and counted as a problem of its own (tests/testdata/e2e-followup/e2e-sum).
#include <fmt/format.h>

#include "harness.h"

namespace e2e {
namespace {

fs::path sum_problem() {
  return testdata() / "e2e-followup" / "e2e-sum";
}

fs::path sum_program(const std::string& name) {
  return sum_problem() / "submissions" / "accepted" / name;
}

class FollowupTest : public JudgeTest {};

TEST_F(FollowupTest, IsLockedUntilTheProblemIsAccepted) {
  Output r = judge({"show", sum_problem().string(), "--followup", "1"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find("follow-up 1 of e2e-sum unlocks once e2e-sum is accepted"),
            std::string::npos)
      << r.err;
  r = judge({"submit", sum_program("stream.c").string(), "--problem", sum_problem().string(),
             "--followup", "1", "--explain", "x"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
}

TEST_F(FollowupTest, RejectsTheFirstStagesNaturalSolutionOnceUnlocked) {
  // The problem itself accepts keeping every number in an array...
  json first = submit_json(sum_program("store_all.c"), sum_problem().string(), 0);
  ASSERT_TRUE(first.is_object());
  EXPECT_EQ(first.at("problem"), "e2e-sum");

  Output shown = judge({"show", sum_problem().string(), "--followup", "1"});
  EXPECT_EQ(shown.exit_code, 0) << shown.describe();
  EXPECT_NE(shown.out.find("the numbers no longer fit in memory"), std::string::npos) << shown.out;

  // ...its follow-up, with sixteen MiB and three million numbers, does not.
  json stored =
      submit_json(sum_program("store_all.c"), sum_problem().string(), 1, {"--followup", "1"});
  ASSERT_TRUE(stored.is_object());
  EXPECT_EQ(stored.at("problem"), "e2e-sum/followup-1");
  EXPECT_EQ(stored.at("verdict"), "MLE");
  json streamed =
      submit_json(sum_program("stream.c"), sum_problem().string(), 0, {"--followup", "1"});
  ASSERT_TRUE(streamed.is_object());
  EXPECT_EQ(streamed.at("verdict"), "AC");

  // judge start writes the follow-up's file, and judge submit knows its stage from it.
  Output started = judge({"start", sum_problem().string(), "--followup", "1", "--lang", "c"});
  EXPECT_EQ(started.exit_code, 0) << started.describe();
  const fs::path file = scratch() / "e2e-sum-followup-1.c";
  ASSERT_TRUE(fs::exists(file)) << started.describe();
  write_file(file, read_file(sum_program("stream.c")));
  json by_file = judge_json({"submit", file.string(), "--explain", "x", "--json"}, 0);
  ASSERT_TRUE(by_file.is_object());
  EXPECT_EQ(by_file.at("problem"), "e2e-sum/followup-1");

  // Counted apart: history and stats name the follow-up as a problem of its own.
  json history = judge_json({"history", "--json"}, 0);
  ASSERT_TRUE(history.is_array());
  EXPECT_EQ(history.at(0).at("problem"), "e2e-sum/followup-1");
  json stats = judge_json({"stats", "--json"}, 0);
  ASSERT_TRUE(stats.is_object());
  int followup_attempts = -1;
  for (const auto& p : stats.at("problems")) {
    if (p.at("problem") == "e2e-sum/followup-1") {
      followup_attempts = p.at("attempts").get<int>();
    }
  }
  EXPECT_EQ(followup_attempts, 3) << stats.dump(2);
}

TEST_F(FollowupTest, PackCheckChecksEachFollowUpsSolutions) {
  json j = judge_json({"pack", "check", sum_problem().string(), "--json"}, 0);
  ASSERT_TRUE(j.is_object());
  std::vector<std::string> items;
  for (const auto& row : j.at("rows")) {
    items.push_back(row.at("item").get<std::string>() + " " + row.at("got").get<std::string>());
  }
  EXPECT_NE(std::find(items.begin(), items.end(),
                      "followup-1/submissions/memory_limit_exceeded/store_all.c MLE"),
            items.end())
      << j.dump(2);
}

}  // namespace
}  // namespace e2e
