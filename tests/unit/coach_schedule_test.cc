// The practice schedule over scripted histories, with times as plain numbers (the clock is
// whatever `now` the test passes).
#include <algorithm>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "judge/coach/schedule.h"

namespace judge::coach {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 24 * kHour;
// Some Monday at 09:00 UTC: day 0 of every script.
constexpr std::int64_t kT0 = 1'700'000'000;

std::int64_t day(double d) {
  return kT0 + static_cast<std::int64_t>(d * static_cast<double>(kDay));
}

Attempt ac(std::int64_t at) {
  return {at, Verdict::kAccepted};
}
Attempt wa(std::int64_t at) {
  return {at, Verdict::kWrongAnswer};
}

ProblemInfo problem(std::string id, Difficulty d, std::vector<std::string> tags, int minutes = 0) {
  return {std::move(id), d, std::move(tags), minutes};
}

std::vector<std::string> ids(const std::vector<Pick>& picks) {
  std::vector<std::string> out;
  for (const auto& p : picks) {
    out.push_back(p.problem);
  }
  return out;
}

const Pick& find(const std::vector<Pick>& picks, const std::string& id) {
  auto it =
      std::find_if(picks.begin(), picks.end(), [&](const Pick& p) { return p.problem == id; });
  EXPECT_NE(it, picks.end()) << id;
  return *it;
}

Grade grade(std::vector<Attempt> attempts, int minutes = 0, std::vector<std::int64_t> starts = {}) {
  auto reviews = reviews_of({"p", std::move(attempts), std::move(starts)}, minutes);
  EXPECT_EQ(reviews.size(), 1u);
  return reviews.empty() ? Grade::kAgain : reviews.front().grade;
}

TEST(CoachScheduleTest, GradesASittingFromItsSubmissions) {
  const std::int64_t t = day(0);
  EXPECT_EQ(grade({ac(t)}), Grade::kEasy);
  EXPECT_EQ(grade({wa(t), ac(t + 60)}), Grade::kGood);
  EXPECT_EQ(grade({wa(t), wa(t + 60), ac(t + 120)}), Grade::kHard);
  EXPECT_EQ(grade({wa(t), wa(t + 60)}), Grade::kAgain);
  // A test revealed after the first failure: solved, but not from memory.
  EXPECT_EQ(grade({{t, Verdict::kWrongAnswer, true}, ac(t + 60)}), Grade::kAgain);
  EXPECT_EQ(grade({{t, Verdict::kAccepted, false, true}}), Grade::kHard);
  // First try, but 40 minutes after `judge start` on a 25-minute problem.
  EXPECT_EQ(grade({ac(t)}, 25, {t - 40 * 60}), Grade::kGood);
  EXPECT_EQ(grade({ac(t)}, 25, {t - 20 * 60}), Grade::kEasy);
  // A compile error is a typo, not a lapse; an internal error is the judge's fault.
  EXPECT_EQ(grade({{t, Verdict::kCompileError}, ac(t + 60)}), Grade::kEasy);
  EXPECT_EQ(grade({{t, Verdict::kInternalError}, ac(t + 60)}), Grade::kEasy);
  EXPECT_EQ(grade({{t, Verdict::kTimeLimit}, {t + 9, Verdict::kRuntimeError}, ac(t + 60)}),
            Grade::kHard);
}

TEST(CoachScheduleTest, SplitsSittingsAtLongPausesAndAfterAnAccept) {
  std::vector<Attempt> attempts = {
      wa(day(0)), wa(day(0) + 600),  // day 0: two failures, then a night's pause
      ac(day(1)), ac(day(1) + 60),   // day 1: solved; the re-submit is more of the same
      wa(day(5)), ac(day(5) + 300),  // day 5: a review, one failure
  };
  auto reviews = reviews_of({"p", attempts, {}}, 0);
  ASSERT_EQ(reviews.size(), 3u);
  EXPECT_EQ(reviews[0].grade, Grade::kAgain);
  EXPECT_EQ(reviews[0].failures, 2);
  EXPECT_TRUE(reviews[0].all_wrong);
  EXPECT_EQ(reviews[1].grade, Grade::kEasy);
  EXPECT_EQ(reviews[1].ended, day(1));
  EXPECT_EQ(reviews[2].grade, Grade::kGood);
  EXPECT_EQ(reviews[2].started, day(5));
  EXPECT_EQ(reviews[2].seconds_to_accept, 300);
}

TEST(CoachScheduleTest, TimesASittingFromItsStart) {
  std::vector<std::int64_t> starts = {day(0) - 600, day(3) - 1200};
  auto reviews = reviews_of({"p", {ac(day(0)), ac(day(3))}, starts}, 0);
  ASSERT_EQ(reviews.size(), 2u);
  EXPECT_EQ(reviews[0].seconds_to_accept, 600);
  EXPECT_EQ(reviews[1].seconds_to_accept, 1200);
}

TEST(CoachScheduleTest, IgnoresTheOrderOfTheRecords) {
  std::vector<Attempt> sorted = {wa(day(0)), ac(day(0) + 60), wa(day(4)), wa(day(4) + 60),
                                 ac(day(4) + 120)};
  std::vector<Attempt> shuffled = {sorted[3], sorted[0], sorted[4], sorted[2], sorted[1]};
  auto a = reviews_of({"p", sorted, {}}, 0);
  auto b = reviews_of({"p", shuffled, {}}, 0);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].grade, b[i].grade);
    EXPECT_EQ(a[i].ended, b[i].ended);
  }
}

TEST(CoachScheduleTest, AFailedProblemComesBackTheNextDay) {
  std::vector<ProblemInfo> problems = {problem("two-sum", Difficulty::kEasy, {"hash"})};
  std::vector<History> history = {{"two-sum", {wa(day(0)), wa(day(0) + 300)}, {}}};

  auto later = schedule(problems, history, day(0.5));
  ASSERT_EQ(later.size(), 1u);
  EXPECT_EQ(later[0].kind, PickKind::kLater);
  EXPECT_EQ(later[0].reason, "review tomorrow: not solved when last tried today (2 wrong answers)");

  auto due = schedule(problems, history, day(1) + 300);
  EXPECT_EQ(due[0].kind, PickKind::kDue);
  EXPECT_EQ(due[0].due, day(1) + 300);
  EXPECT_EQ(due[0].reason,
            "due for review: not solved when last tried yesterday (2 wrong answers)");
}

TEST(CoachScheduleTest, ACleanSolveComesBackAfterDaysThenLonger) {
  std::vector<ProblemInfo> problems = {problem("lru-cache", Difficulty::kMedium, {"design"}, 30)};
  std::vector<History> history = {{"lru-cache", {ac(day(0))}, {day(0) - 15 * 60}}};
  auto first = schedule(problems, history, day(1));
  EXPECT_EQ(first[0].kind, PickKind::kLater);
  EXPECT_EQ(first[0].memory->interval_days, 6);
  EXPECT_EQ(first[0].reason, "review in 5 days: last solved yesterday on the first try");
  EXPECT_EQ(schedule(problems, history, day(6))[0].kind, PickKind::kDue);

  // Solved cleanly again when due: the interval grows by the easiness (2.7, then 2.8).
  history[0].attempts.push_back(ac(day(6)));
  auto second = schedule(problems, history, day(7));
  EXPECT_EQ(second[0].memory->interval_days, 16);
  EXPECT_EQ(second[0].due, day(22));
  history[0].attempts.push_back(ac(day(22)));
  auto third = schedule(problems, history, day(23));
  EXPECT_EQ(third[0].memory->interval_days, 45);
  EXPECT_NEAR(third[0].memory->ease, 2.8, 1e-9);
}

TEST(CoachScheduleTest, HardReviewsSpaceOutSlowlyAndEaseStaysAboveTheFloor) {
  std::vector<Review> reviews;
  for (int i = 0; i < 12; ++i) {
    Review r;
    r.ended = day(i * 10);
    r.solved = true;
    r.failures = 3;
    r.grade = Grade::kHard;
    reviews.push_back(r);
  }
  auto m = replay(reviews);
  ASSERT_TRUE(m);
  EXPECT_DOUBLE_EQ(m->ease, 1.3);
  EXPECT_EQ(m->streak, 12);
  // 1, then at least a day longer each time.
  EXPECT_GE(m->interval_days, 12);
}

TEST(CoachScheduleTest, ALapseRestartsTheIntervals) {
  std::vector<Review> reviews(3);
  reviews[0] = {.ended = day(0), .grade = Grade::kEasy, .solved = true};
  reviews[1] = {.ended = day(6), .grade = Grade::kEasy, .solved = true};
  reviews[2] = {.ended = day(22), .grade = Grade::kAgain};
  auto m = replay(reviews);
  EXPECT_EQ(m->streak, 0);
  EXPECT_EQ(m->interval_days, 1);
  EXPECT_EQ(m->due, day(23));
  EXPECT_NEAR(m->ease, 2.7, 1e-9);  // SM-2 leaves the easiness alone on a lapse
  EXPECT_FALSE(replay({}));
}

TEST(CoachScheduleTest, ATopicNeverTouchedComesFirst) {
  std::vector<ProblemInfo> problems = {
      problem("two-sum", Difficulty::kEasy, {"hash"}),
      problem("valid-anagram", Difficulty::kEasy, {"hash"}),
      problem("kth-largest", Difficulty::kEasy, {"heap"}),
  };
  std::vector<History> history = {{"two-sum", {ac(day(0))}, {}}};
  auto picks = schedule(problems, history, day(1));
  EXPECT_THAT(ids(picks), ElementsAre("kth-largest", "valid-anagram", "two-sum"));
  EXPECT_EQ(picks[0].kind, PickKind::kNew);
  EXPECT_EQ(picks[0].reason,
            "new: covers 'heap', a topic you have not tried yet; easy, to start "
            "with");
  EXPECT_EQ(picks[1].reason, "new: covers 'hash', a topic with 1 of 1 solved; easy");
}

TEST(CoachScheduleTest, DueReviewsComeBeforeNewProblemsEarliestFirst) {
  std::vector<ProblemInfo> problems = {
      problem("a", Difficulty::kEasy, {"array"}),
      problem("b", Difficulty::kEasy, {"array"}),
      problem("c", Difficulty::kEasy, {"graph"}),
      problem("d", Difficulty::kEasy, {"array"}),
  };
  std::vector<History> history = {
      {"a", {wa(day(0)), wa(day(0) + 60), wa(day(0) + 120), ac(day(0) + 600)}, {}},  // hard: 1 day
      {"b", {wa(day(1))}, {}},                                                       // lapse: 1 day
      {"d", {ac(day(9))}, {}},  // easy: due on day 15
  };
  auto picks = schedule(problems, history, day(9) + 3600);
  EXPECT_THAT(ids(picks), ElementsAre("a", "b", "c", "d"));
  EXPECT_EQ(picks[0].kind, PickKind::kDue);
  EXPECT_EQ(picks[0].reason, "due for review: last solved 9 days ago after 3 wrong answers");
  EXPECT_EQ(picks[1].kind, PickKind::kDue);
  EXPECT_EQ(picks[1].reason,
            "due for review: not solved when last tried 8 days ago (1 wrong answer)");
  EXPECT_EQ(picks[2].kind, PickKind::kNew);
  EXPECT_EQ(picks[3].kind, PickKind::kLater);
  EXPECT_EQ(picks[3].reason, "review in 6 days: last solved today on the first try");
}

TEST(CoachScheduleTest, NewProblemsFromTheLowestSolveRate) {
  std::vector<ProblemInfo> problems = {
      problem("g1", Difficulty::kEasy, {"graph"}), problem("g2", Difficulty::kEasy, {"graph"}),
      problem("g3", Difficulty::kEasy, {"graph"}), problem("t1", Difficulty::kEasy, {"tree"}),
      problem("t2", Difficulty::kEasy, {"tree"}),  problem("t3", Difficulty::kEasy, {"tree"}),
  };
  std::vector<History> history = {
      {"g1", {ac(day(0))}, {}},
      {"g2", {wa(day(0))}, {}},  // graph: 1 of 2
      {"t1", {ac(day(0))}, {}},
      {"t2", {ac(day(0))}, {}},  // tree: 2 of 2
  };
  auto picks = schedule(problems, history, day(0) + 3600);
  std::vector<std::string> fresh;
  for (const auto& p : picks) {
    if (p.kind == PickKind::kNew) {
      fresh.push_back(p.problem);
    }
  }
  EXPECT_THAT(fresh, ElementsAre("g3", "t3"));
  EXPECT_EQ(find(picks, "g3").reason,
            "new: covers 'graph', your weakest topic (1 of 2 solved); easy");
  EXPECT_EQ(find(picks, "t3").reason, "new: covers 'tree', a topic with 2 of 2 solved; easy");
}

TEST(CoachScheduleTest, StepsUpTheDifficultyWithinATopic) {
  std::vector<ProblemInfo> problems = {
      problem("climb", Difficulty::kEasy, {"dp"}),
      problem("house-robber", Difficulty::kEasy, {"dp"}),
      problem("edit-distance", Difficulty::kHard, {"dp"}),
      problem("coin-change", Difficulty::kMedium, {"dp"}),
  };
  std::vector<History> history = {{"climb", {ac(day(0))}, {}}};
  auto picks = schedule(problems, history, day(0) + 3600);
  // Medium first (a step up from the easy one solved), then the nearest levels, easier first.
  EXPECT_THAT(ids(picks), ElementsAre("coin-change", "house-robber", "edit-distance", "climb"));
  EXPECT_EQ(picks[0].reason,
            "new: covers 'dp', a topic with 1 of 1 solved; medium, a step up from the easy ones "
            "you solved");
}

TEST(CoachScheduleTest, IgnoresHistoriesOfUnknownProblems) {
  std::vector<ProblemInfo> problems = {problem("a", Difficulty::kEasy, {})};
  std::vector<History> history = {{"gone", {wa(day(0))}, {}}};
  auto picks = schedule(problems, history, day(3));
  ASSERT_EQ(picks.size(), 1u);
  EXPECT_EQ(picks[0].problem, "a");
  EXPECT_EQ(picks[0].reason, "new: not tried yet; easy");
  EXPECT_THAT(schedule({}, history, day(3)), IsEmpty());
}

TEST(CoachScheduleTest, SameInputsSameList) {
  std::vector<ProblemInfo> problems = {
      problem("a", Difficulty::kEasy, {"x"}),
      problem("b", Difficulty::kMedium, {"y"}),
      problem("c", Difficulty::kEasy, {"y"}),
      problem("d", Difficulty::kHard, {"x", "z"}),
  };
  std::vector<History> history = {{"a", {wa(day(0)), ac(day(0) + 99)}, {}},
                                  {"c", {ac(day(1))}, {}}};
  auto one = schedule(problems, history, day(2));
  std::reverse(problems.begin(), problems.end());
  auto two = schedule(problems, history, day(2));
  EXPECT_EQ(ids(one), ids(two));
  for (std::size_t i = 0; i < one.size(); ++i) {
    EXPECT_EQ(one[i].reason, two[i].reason);
  }
}

}  // namespace
}  // namespace judge::coach
