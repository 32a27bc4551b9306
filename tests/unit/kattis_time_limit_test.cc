// The time limit of ICPC/Kattis packages (kattis/time_limit.cc): fixed, or computed from the
// accepted submissions as problemtools computes it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "judge/error.h"
#include "judge/kattis/time_limit.h"
#include "judge/paths.h"
#include "test_support.h"

namespace judge::kattis {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using unit::error_of;

KattisMetadata meta(const std::string& yaml) {
  return parse_metadata(yaml, "problem.yaml");
}

TimingEvidence slowest(double seconds) {
  TimingEvidence e;
  e.slowest_lower_bound_s = seconds;
  return e;
}

TEST(KattisTimeLimitTest, LegacyMultipliesAndRoundsUpToWholeSeconds) {
  const KattisMetadata m = meta("");
  const TimeLimit t = compute_time_limit(m, std::nullopt, slowest(0.31));
  EXPECT_EQ(t.source, TimeLimit::Source::kComputed);
  EXPECT_EQ(t.seconds, 2.0);  // 0.31 * 5 = 1.55 -> 2
  EXPECT_EQ(t.tle_seconds, 4.0);
  EXPECT_EQ(t.how,
            "2 s: the slowest accepted submission ran 0.31 s; times 5 (limits.time_multiplier) "
            "is 1.55 s, rounded up to whole seconds");
  EXPECT_TRUE(t.problems.empty());
}

TEST(KattisTimeLimitTest, LegacyUsesItsMultiplierAndMargin) {
  const KattisMetadata m = meta("limits:\n  time_multiplier: 1.2\n  time_safety_margin: 3\n");
  const TimeLimit t = compute_time_limit(m, std::nullopt, slowest(2.5));
  EXPECT_EQ(t.seconds, 3.0);  // 3.0 exactly: no step added for a hair of rounding error
  EXPECT_EQ(t.tle_seconds, 9.0);
  EXPECT_EQ(compute_time_limit(m, std::nullopt, slowest(2.51)).seconds, 4.0);
}

TEST(KattisTimeLimitTest, IsAtLeastOneStep) {
  const TimeLimit t = compute_time_limit(meta(""), std::nullopt, slowest(0.01));
  EXPECT_EQ(t.seconds, 1.0);
  EXPECT_THAT(t.how, HasSubstr("is 0.05 s, rounded up to whole seconds"));
  const TimeLimit zero = compute_time_limit(meta(""), std::nullopt, slowest(0));
  EXPECT_EQ(zero.seconds, 1.0);
  EXPECT_THAT(zero.how, HasSubstr("is 0 s, rounded up to whole seconds, and at least one step"));
  // Measured in milliseconds: 0.4 * 5 is 2, not a hair above it.
  EXPECT_EQ(compute_time_limit(meta(""), std::nullopt, slowest(0.4)).seconds, 2.0);
  EXPECT_EQ(compute_time_limit(meta(""), std::nullopt, slowest(0.401)).seconds, 3.0);
}

TEST(KattisTimeLimitTest, TheTimelimitFileFixesALegacyLimit) {
  const TimeLimit t = compute_time_limit(meta(""), 5.0, {});
  EXPECT_EQ(t.source, TimeLimit::Source::kTimelimitFile);
  EXPECT_EQ(t.seconds, 5.0);
  EXPECT_EQ(t.tle_seconds, 10.0);
  EXPECT_EQ(t.how, "5 s: the package's .timelimit file");
  EXPECT_FALSE(needs_measurement(meta(""), 5.0));
  EXPECT_TRUE(needs_measurement(meta(""), std::nullopt));
}

TEST(KattisTimeLimitTest, ProblemYamlWinsOverTheTimelimitFile) {
  const KattisMetadata m = meta("problem_format_version: 2023-07\nlimits:\n  time_limit: 3\n");
  EXPECT_FALSE(needs_measurement(m, std::nullopt));
  const TimeLimit t = compute_time_limit(m, 5.0, {});
  EXPECT_EQ(t.source, TimeLimit::Source::kProblemYaml);
  EXPECT_EQ(t.seconds, 3.0);
  EXPECT_EQ(t.tle_seconds, 4.5);  // 2023-07's default time_limit_to_tle: 1.5
  EXPECT_EQ(t.how, "3 s: limits.time_limit in problem.yaml (it wins over the .timelimit file)");
}

TEST(KattisTimeLimitTest, AFixedLimitTighterThanTheAcceptedTimesIsAProblem) {
  const KattisMetadata m = meta("problem_format_version: 2025-09\nlimits:\n  time_limit: 1\n");
  const TimeLimit t = compute_time_limit(m, std::nullopt, slowest(0.8));
  EXPECT_EQ(t.seconds, 1.0);
  EXPECT_THAT(t.problems,
              ElementsAre("the fixed limit 1 s is tighter than the accepted submissions allow: "
                          "the slowest ran 0.8 s, times 2 "
                          "(limits.time_multipliers.ac_to_time_limit) is 1.6 s"));
}

TEST(KattisTimeLimitTest, The2025FormatRoundsToItsResolution) {
  const KattisMetadata m = meta(
      "problem_format_version: 2025-09\nlimits:\n  time_multipliers: {ac_to_time_limit: 3}\n"
      "  time_resolution: 0.5\n");
  const TimeLimit t = compute_time_limit(m, std::nullopt, slowest(0.7));
  EXPECT_EQ(t.seconds, 2.5);  // 2.1 -> 2.5
  EXPECT_EQ(t.tle_seconds, 3.75);
  EXPECT_EQ(t.how,
            "2.5 s: the slowest submission that may not time out ran 0.7 s; times 3 "
            "(limits.time_multipliers.ac_to_time_limit) is 2.1 s, rounded up to a multiple of "
            "0.5 s (limits.time_resolution)");
}

TEST(KattisTimeLimitTest, The2025FormatBoundsTheLimitByTheTimeLimitExceededSubmissions) {
  const KattisMetadata m = meta("problem_format_version: 2025-09\n");
  TimingEvidence e = slowest(0.9);  // limit 2 s; TLE submissions must run past 3 s
  e.fastest_tle_s = 3.5;
  EXPECT_TRUE(compute_time_limit(m, std::nullopt, e).problems.empty());
  e.fastest_tle_s = 2.5;
  EXPECT_THAT(compute_time_limit(m, std::nullopt, e).problems,
              ElementsAre("no time limit fits: the accepted submissions need at least 2 s, and "
                          "the fastest time-limit-exceeded submission (2.5 s) allows at most "
                          "1.667 s (limits.time_multipliers.time_limit_to_tle 1.5)"));
}

TEST(KattisTimeLimitTest, ALegacyTimeLimitExceededSubmissionMustRunPastTheMargin) {
  TimingEvidence e = slowest(0.3);  // limit 2 s, margin 2: past 4 s
  e.fastest_tle_s = 3.0;
  EXPECT_THAT(compute_time_limit(meta(""), std::nullopt, e).problems,
              ElementsAre("the fastest time-limit-exceeded submission ran 3 s, not past 4 s (the "
                          "limit 2 s times 2, limits.time_safety_margin)"));
}

TEST(KattisTimeLimitTest, AFixedLimitNotAMultipleOfTheResolutionIsAProblem) {
  const KattisMetadata m =
      meta("problem_format_version: 2025-09\nlimits:\n  time_limit: 1.5\n  time_resolution: 1\n");
  EXPECT_THAT(compute_time_limit(m, std::nullopt, {}).problems,
              ElementsAre("limits.time_limit 1.5 s is not a multiple of limits.time_resolution "
                          "1 s"));
}

TEST(KattisTimeLimitTest, ComputingWithoutMeasurementsIsAnError) {
  EXPECT_THAT(error_of([] { (void)compute_time_limit(meta(""), std::nullopt, {}); }),
              HasSubstr("none was measured"));
}

TEST(KattisTimeLimitTest, ReadsTheTimelimitFile) {
  TempDir tmp("kattis-timelimit-test");
  const fs::path dir = fs::canonical(tmp.path()) / "pkg";
  fs::create_directories(dir);
  EXPECT_EQ(read_timelimit_file(dir), std::nullopt);
  unit::write_file(dir / ".timelimit", "2.5\n");
  EXPECT_EQ(read_timelimit_file(dir), 2.5);
  for (const char* bad : {"two\n", "1 2\n", "0\n", "61\n", "\n"}) {
    unit::write_file(dir / ".timelimit", bad);
    EXPECT_THAT(error_of([&] { (void)read_timelimit_file(dir); }), HasSubstr(".timelimit")) << bad;
  }
  unit::write_file(dir / ".timelimit", std::string(100, '1'));
  EXPECT_THAT(error_of([&] { (void)read_timelimit_file(dir); }), HasSubstr("longer than"));
  fs::remove(dir / ".timelimit");
  unit::write_file(dir.parent_path() / "outside", "1\n");
  fs::create_symlink(dir.parent_path() / "outside", dir / ".timelimit");
  EXPECT_THAT(error_of([&] { (void)read_timelimit_file(dir); }), HasSubstr("outside"));
  EXPECT_EQ(read_timelimit_file(fs::path(JUDGE_KATTIS_TESTDATA) / "pairsum"), 2.0);
}

}  // namespace
}  // namespace judge::kattis
