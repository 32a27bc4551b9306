// The complexity fit, the size ladder and the probe's budget, on synthetic timings: exact
// curves with seeded noise shaped like a shared machine's (always slower, sometimes much
// slower), rounded to the runner's millisecond.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "judge/coach/fit.h"
#include "judge/error.h"

namespace judge::coach {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

using Curve = std::function<double(double)>;

// Noise from a seed, with arithmetic only (no libm), so that every platform draws the same.
class Noise {
 public:
  explicit Noise(std::uint64_t seed) : engine_(seed) {}
  double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  // Irwin–Hall: the sum of twelve uniforms, less six, is close to a standard normal.
  double normal() {
    double sum = 0;
    for (int i = 0; i < 12; ++i) {
      sum += uniform();
    }
    return sum - 6;
  }

 private:
  std::mt19937_64 engine_;
};

struct Shape {
  double lo = 0;
  double hi = 0;
  int sizes = 10;
  int repeats = 3;
  double noise = 0.05;  // relative, one-sided
  double spike = 0.2;   // chance that a run is 1.2 to 2.2 times slower (another program ran)
};

// Timings of `curve` at a geometric ladder, as the runner reports them (whole milliseconds).
std::vector<Sample> timings(const Curve& curve, const Shape& shape, std::uint64_t seed) {
  Noise noise(seed);
  std::vector<Sample> out;
  for (int k = 0; k < shape.sizes; ++k) {
    double n = std::round(shape.lo * std::pow(shape.hi / shape.lo, k / (shape.sizes - 1.0)));
    for (int r = 0; r < shape.repeats; ++r) {
      double t = curve(n) * (1 + std::abs(noise.normal()) * shape.noise);
      if (noise.uniform() < shape.spike) {
        t *= 1.2 + noise.uniform();
      }
      out.push_back({static_cast<std::int64_t>(n), std::round(t * 1000) / 1000});
    }
  }
  return out;
}

double log2n(double n) {
  return std::log2(n);
}

const Curve kLinear = [](double n) { return 0.001 + 5e-6 * n; };
const Curve kLinearLog = [](double n) { return 0.001 + 3e-7 * n * log2n(n); };

bool has(const FitResult& r, Growth g) {
  return std::find(r.candidates.begin(), r.candidates.end(), g) != r.candidates.end();
}

TEST(CoachFitTest, NamesTheClassesAsBigO) {
  std::vector<std::string> names;
  for (Growth g : kAllGrowths) {
    names.emplace_back(to_string(g));
  }
  EXPECT_THAT(names,
              ElementsAre("O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^3)", "O(2^n)"));
  EXPECT_EQ(to_string(FitStatus::kAmbiguous), "cannot tell apart");
  EXPECT_EQ(to_string(FitStatus::kTooFast), "too fast to measure");
}

struct KnownCase {
  const char* name;
  Growth growth;
  Curve curve;
  Shape shape;
};

class CoachFitKnownTest : public ::testing::TestWithParam<KnownCase> {};

std::string case_name(const ::testing::TestParamInfo<KnownCase>& info) {
  return info.param.name;
}

// Classes far enough apart over the range are told apart, for every seed.
TEST_P(CoachFitKnownTest, FindsTheClassClearly) {
  const KnownCase& c = GetParam();
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    FitResult r = fit_complexity(timings(c.curve, c.shape, seed));
    EXPECT_EQ(r.status, FitStatus::kClear) << "seed " << seed << ": " << r.summary;
    ASSERT_TRUE(r.best.has_value());
    EXPECT_EQ(*r.best, c.growth) << "seed " << seed << ": " << r.summary;
    EXPECT_THAT(r.candidates, ElementsAre(c.growth));
    EXPECT_THAT(r.summary, HasSubstr(std::string(to_string(c.growth)) + ": it fits"));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Classes, CoachFitKnownTest,
    ::testing::Values(
        KnownCase{"Log",
                  Growth::kLog,
                  [](double n) { return 0.001 + 0.01 * log2n(n); },
                  {.lo = 1e2, .hi = 1e6}},
        KnownCase{"QuadraticOneDecade",
                  Growth::kQuadratic,
                  [](double n) { return 0.002 + 1e-7 * n * n; },
                  {.lo = 3e2, .hi = 3e3}},
        // A constant 200 ms (an interpreter starting, a big table built) over a quadratic:
        // the small sizes look flat, the large ones quadruple per doubling.
        KnownCase{"QuadraticWithLargeConstant",
                  Growth::kQuadratic,
                  [](double n) { return 0.2 + 1e-9 * n * n; },
                  {.lo = 1e3, .hi = 1e5}},
        KnownCase{"Cubic",
                  Growth::kCubic,
                  [](double n) { return 0.001 + 1e-9 * n * n * n; },
                  {.lo = 10, .hi = 1000}},
        KnownCase{"Exponential",
                  Growth::kExponential,
                  [](double n) { return 0.001 + 1e-7 * std::exp2(n); },
                  {.lo = 10, .hi = 30}},
        KnownCase{"LinearLogExactOverTwoDecades",
                  Growth::kLinearLog,
                  kLinearLog,
                  {.lo = 2e3, .hi = 2e5, .noise = 0, .spike = 0}}),
    case_name);

// The case the probe must not guess: over one decade, n and n log n differ by 23% end to end,
// inside what caches and noise do to a real program.
TEST(CoachFitTest, CannotTellLinearFromLinearLogOverOneDecade) {
  for (const Curve& curve : {kLinear, kLinearLog}) {
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
      FitResult r = fit_complexity(timings(curve, {.lo = 2e4, .hi = 2e5}, seed));
      EXPECT_EQ(r.status, FitStatus::kAmbiguous) << r.summary;
      EXPECT_TRUE(has(r, Growth::kLinear)) << r.summary;
      EXPECT_TRUE(has(r, Growth::kLinearLog)) << r.summary;
      EXPECT_THAT(r.summary, HasSubstr("the data cannot tell these apart"));
      EXPECT_THAT(r.summary, HasSubstr("(1.0 decade)"));
    }
  }
}

// Over two decades the answer may be either, but never a confident wrong one, and the true
// class is always among the candidates.
TEST(CoachFitTest, NeverConfidentlyWrongBetweenLinearAndLinearLog) {
  struct Case {
    Growth growth;
    Curve curve;
  };
  for (const Case& c : {Case{Growth::kLinear, kLinear}, Case{Growth::kLinearLog, kLinearLog}}) {
    for (double noise : {0.03, 0.1, 0.3}) {
      for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        FitResult r =
            fit_complexity(timings(c.curve, {.lo = 2e3, .hi = 2e5, .noise = noise}, seed));
        EXPECT_TRUE(has(r, c.growth)) << r.summary;
        if (r.status == FitStatus::kClear) {
          EXPECT_EQ(*r.best, c.growth) << r.summary;
        }
      }
    }
  }
}

TEST(CoachFitTest, ConstantWithTinyNoiseIsFlat) {
  FitResult r = fit_complexity(
      timings([](double) { return 0.05; }, {.lo = 1e3, .hi = 1e5, .noise = 0.005}, 7));
  EXPECT_EQ(r.status, FitStatus::kFlat);
  EXPECT_EQ(r.best, Growth::kConstant);
  EXPECT_TRUE(has(r, Growth::kConstant));
  EXPECT_THAT(r.summary, HasSubstr("no measurable growth"));
  EXPECT_THAT(r.summary, HasSubstr("use larger n"));
}

TEST(CoachFitTest, QuotesTheSlopeAtTheLargestSizes) {
  // The large constant flattens the slope over all sizes; the larger half shows the growth.
  FitResult r = fit_complexity(
      timings([](double n) { return 0.2 + 1e-9 * n * n; }, {.lo = 1e3, .hi = 1e5}, 3));
  ASSERT_TRUE(r.slope && r.tail_slope);
  EXPECT_LT(*r.slope, 1.0);
  EXPECT_GT(*r.tail_slope, 1.5);
  EXPECT_THAT(r.summary, HasSubstr("Growth at the largest sizes: about n^1."));
}

TEST(CoachFitTest, SlopeOfAPowerLaw) {
  FitResult r = fit_complexity(timings([](double n) { return 1e-9 * n * n; },
                                       {.lo = 1e3, .hi = 3e4, .noise = 0, .spike = 0}, 1));
  ASSERT_TRUE(r.slope);
  EXPECT_NEAR(*r.slope, 2.0, 0.05);
}

TEST(CoachFitTest, GrowthBetweenTheClassesFitsNone) {
  FitResult r = fit_complexity(timings([](double n) { return 0.001 + 1e-8 * std::pow(n, 1.5); },
                                       {.lo = 1e3, .hi = 1e5, .noise = 0, .spike = 0}, 1));
  EXPECT_EQ(r.status, FitStatus::kPoorFit) << r.summary;
  EXPECT_THAT(r.summary, HasSubstr("no class fits well"));
  EXPECT_NEAR(*r.tail_slope, 1.5, 0.05);
}

TEST(CoachFitTest, ExactLinearDataIsFittedExactly) {
  FitResult r = fit_complexity(timings(kLinear, {.lo = 2e3, .hi = 2e5, .noise = 0, .spike = 0}, 1));
  const ClassFit& f = r.fits[static_cast<std::size_t>(Growth::kLinear)];
  EXPECT_EQ(f.growth, Growth::kLinear);
  EXPECT_NEAR(f.b, 0.001, 2e-4);
  for (const auto& p : r.points) {
    // Within the millisecond the times were rounded to, or half a percent.
    EXPECT_NEAR(predict(f, static_cast<double>(p.n)), p.time_s, 0.001 + 0.005 * p.time_s) << p.n;
  }
  EXPECT_GT(f.r2, 0.999);
  EXPECT_LT(f.rms_error, 0.01);
}

TEST(CoachFitTest, FitsEveryClassWithoutOverflowAtLargeSizes) {
  FitResult r = fit_complexity(timings(kLinear, {.lo = 2e4, .hi = 2e5}, 1));
  ASSERT_EQ(r.fits.size(), std::size(kAllGrowths));
  for (const auto& f : r.fits) {
    EXPECT_TRUE(std::isfinite(f.chi2)) << to_string(f.growth);
    EXPECT_TRUE(std::isfinite(f.a) && f.a >= 0) << to_string(f.growth);
    EXPECT_TRUE(std::isfinite(f.b) && f.b >= 0) << to_string(f.growth);
  }
}

TEST(CoachFitTest, SummarisesRepeatsByTheirMinimum) {
  std::vector<Sample> s = {{100, 0.30}, {100, 0.10}, {100, 0.12}, {200, 0.2}};
  FitResult r = fit_complexity(s);
  ASSERT_EQ(r.points.size(), 2u);
  EXPECT_EQ(r.points[0].n, 100);
  EXPECT_DOUBLE_EQ(r.points[0].time_s, 0.10);
  EXPECT_DOUBLE_EQ(r.points[0].median_s, 0.12);
  EXPECT_DOUBLE_EQ(r.points[0].max_s, 0.30);
  EXPECT_EQ(r.points[0].repeats, 3);
  EXPECT_EQ(r.points[1].repeats, 1);
}

TEST(CoachFitTest, TooFewSizes) {
  FitResult r = fit_complexity(std::vector<Sample>{{100, 0.1}, {200, 0.2}, {400, 0.4}});
  EXPECT_EQ(r.status, FitStatus::kTooFewSizes);
  EXPECT_FALSE(r.best);
  EXPECT_THAT(r.fits, IsEmpty());
  EXPECT_EQ(r.summary, "too few sizes to fit a curve: 3 run, and at least 4 are needed.");
}

TEST(CoachFitTest, TimesAtTheResolutionAreTooFastToMeasure) {
  std::vector<Sample> s;
  for (std::int64_t n : {10, 30, 100, 300, 1000}) {
    s.push_back({n, n < 300 ? 0.0 : 0.001});
  }
  FitResult r = fit_complexity(s, {.resolution_s = 0.002});
  EXPECT_EQ(r.status, FitStatus::kTooFast);
  EXPECT_FALSE(r.best);
  EXPECT_EQ(r.summary,
            "too fast to measure at these sizes: only 0 of 5 sizes took longer than the "
            "timer's resolution (2.0 ms); use larger n.");
  EXPECT_TRUE(std::all_of(r.points.begin(), r.points.end(),
                          [](const FitPoint& p) { return p.below_resolution && !p.fitted; }));
}

TEST(CoachFitTest, ASizeOverTheLimitAloneIsEvidence) {
  std::vector<Sample> s = {{1000, 0.01}, {2000, 0.2}, {4000, 1.0, true}, {4000, 1.0, true}};
  FitResult r = fit_complexity(s, {.time_limit_s = 1.0});
  EXPECT_EQ(r.status, FitStatus::kTooSlow);
  EXPECT_EQ(r.limit_n, 4000);
  EXPECT_TRUE(r.points[2].hit_limit);
  EXPECT_EQ(r.summary,
            "n = 4000 took more than the time limit (1.00 s) on every run, with only 2 smaller "
            "sizes measured: that alone says the time grows too fast for these sizes. Smaller "
            "sizes would show how fast.");
}

TEST(CoachFitTest, ASizeOverTheLimitCountsAgainstSlowClasses) {
  std::vector<Sample> measured =
      timings([](double n) { return 0.001 + 1e-8 * n * n; }, {.lo = 500, .hi = 5000}, 2);
  std::vector<Sample> with_limit = measured;
  with_limit.push_back({10000, 1.0, true});
  FitResult without = fit_complexity(measured, {.time_limit_s = 1.0});
  FitResult with = fit_complexity(with_limit, {.time_limit_s = 1.0});
  auto chi2 = [](const FitResult& r, Growth g) { return r.fits[static_cast<std::size_t>(g)].chi2; };
  // O(n) predicts well under a second at n = 10000, O(n^2) about a second, O(n^3) more.
  EXPECT_GT(chi2(with, Growth::kLinear), chi2(without, Growth::kLinear));
  EXPECT_DOUBLE_EQ(chi2(with, Growth::kCubic), chi2(without, Growth::kCubic));
  EXPECT_EQ(with.best, Growth::kQuadratic);
  EXPECT_EQ(with.limit_n, 10000);
  EXPECT_THAT(with.summary,
              HasSubstr("n = 10000 took more than the time limit (1.00 s) on every run."));
}

TEST(CoachFitTest, LeavesOutOneInnerSizeSlowedByABusyMoment) {
  Shape shape{.lo = 300, .hi = 3000, .noise = 0.02, .spike = 0};
  std::vector<Sample> s = timings([](double n) { return 0.002 + 1e-7 * n * n; }, shape, 5);
  // Every repeat of the fifth size ran while something else did: two and a half times slower.
  std::int64_t busy = s[12].n;
  for (auto& sample : s) {
    if (sample.n == busy) {
      sample.cpu_s *= 2.5;
    }
  }
  FitResult r = fit_complexity(s);
  EXPECT_EQ(r.status, FitStatus::kClear) << r.summary;
  EXPECT_EQ(r.best, Growth::kQuadratic);
  auto p = std::find_if(r.points.begin(), r.points.end(),
                        [&](const FitPoint& q) { return q.n == busy; });
  EXPECT_TRUE(p->outlier);
  EXPECT_FALSE(p->fitted);
  EXPECT_THAT(r.summary, HasSubstr(std::to_string(busy) + " was left out"));
}

TEST(CoachFitTest, NeverLeavesOutTheLargestSize) {
  // A last size much slower than the rest may be the growth itself: it stays.
  Shape shape{.lo = 300, .hi = 3000, .noise = 0.02, .spike = 0};
  std::vector<Sample> s = timings([](double n) { return 0.002 + 1e-7 * n * n; }, shape, 5);
  for (auto& sample : s) {
    if (sample.n == 3000) {
      sample.cpu_s *= 2.5;
    }
  }
  FitResult r = fit_complexity(s);
  EXPECT_TRUE(
      std::none_of(r.points.begin(), r.points.end(), [](const FitPoint& p) { return p.outlier; }));
  EXPECT_NE(r.status, FitStatus::kClear) << r.summary;
}

TEST(CoachFitTest, EstimatesTheNoiseFromTheRepeats) {
  FitResult quiet =
      fit_complexity(timings(kLinear, {.lo = 2e3, .hi = 2e5, .noise = 0.01, .spike = 0}, 1));
  FitResult loud =
      fit_complexity(timings(kLinear, {.lo = 2e3, .hi = 2e5, .noise = 0.5, .spike = 0}, 1));
  EXPECT_DOUBLE_EQ(quiet.noise, 0.03);  // the floor
  EXPECT_GT(loud.noise, 0.1);
}

TEST(CoachFitTest, RejectsImpossibleSamples) {
  try {
    (void)fit_complexity(std::vector<Sample>{{0, 0.1}});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "cannot fit a run of size n = 0: sizes start at 1");
    EXPECT_EQ(e.hint(), "check the sizes in the problem's [complexity] table");
  }
  EXPECT_THROW((void)fit_complexity(std::vector<Sample>{{10, -1.0}}), Error);
  EXPECT_THROW((void)fit_complexity(std::vector<Sample>{{10, NAN}}), Error);
}

TEST(CoachLadderTest, SpansTwoDecadesBelowTheLargestSize) {
  std::vector<std::int64_t> table = {20000, 60000, 200000};
  Ladder l = plan_ladder(table);
  EXPECT_EQ(l.sizes.size(), 10u);
  EXPECT_EQ(l.sizes.front(), 2000);
  EXPECT_EQ(l.sizes.back(), 200000);
  EXPECT_TRUE(std::is_sorted(l.sizes.begin(), l.sizes.end()));
  EXPECT_EQ(std::adjacent_find(l.sizes.begin(), l.sizes.end()), l.sizes.end());
  for (std::int64_t n : table) {
    EXPECT_THAT(l.sizes, Contains(n));
  }
  for (std::size_t i = 1; i < l.sizes.size(); ++i) {
    double step = static_cast<double>(l.sizes[i]) / static_cast<double>(l.sizes[i - 1]);
    EXPECT_GT(step, 1.1);
    EXPECT_LT(step, 2.2);
  }
  EXPECT_EQ(l.note, "");
}

TEST(CoachLadderTest, KeepsASmallestSizeAlreadyLowEnough) {
  Ladder l = plan_ladder(std::vector<std::int64_t>{10, 1000, 10000}, {.count = 8});
  EXPECT_EQ(l.sizes.front(), 10);
  EXPECT_EQ(l.sizes.back(), 10000);
  EXPECT_EQ(l.sizes.size(), 8u);
}

TEST(CoachLadderTest, SaysWhenSmallSizesCannotSpanTwoDecades) {
  // n <= 12 cannot span two decades: the ladder keeps to the table's range, where a
  // fast-growing program's time is more than its start-up.
  Ladder l = plan_ladder(std::vector<std::int64_t>{8, 10, 12});
  EXPECT_THAT(l.sizes, ElementsAre(8, 9, 10, 11, 12));
  EXPECT_EQ(l.note,
            "the sizes span only 0.2 of the 2.0 decades wanted: n stays under 100, so the "
            "ladder keeps to the table's sizes (smaller n would time only the start-up); only 5 "
            "distinct sizes between 8 and 12");
  // A largest size of 100 or more still reaches down two decades, under the table's smallest.
  EXPECT_EQ(plan_ladder(std::vector<std::int64_t>{50, 100}).sizes.front(), 1);
  // And with a min_n, two decades above it.
  EXPECT_EQ(plan_ladder(std::vector<std::int64_t>{50, 150}, {.min_n = 2}).sizes.front(), 50);
}

TEST(CoachLadderTest, GoesAboveTheTableOnlyWhenAsked) {
  Ladder l =
      plan_ladder(std::vector<std::int64_t>{20000, 60000, 200000}, {.count = 12, .max_n = 2000000});
  EXPECT_EQ(l.sizes.size(), 12u);
  EXPECT_EQ(l.sizes.front(), 20000);
  EXPECT_EQ(l.sizes.back(), 2000000);
}

TEST(CoachExtendTest, GoesPastTheTopInStepsWhileTheGrowthIsTooSmall) {
  const ExtendOptions extend{.extend_to = 1'000'000, .step = 2.0, .enough_s = 0.05};
  // 0.3 ms of growth from n = 100 to 10^4: under the start-up's noise.
  const std::vector<Sample> flat = {{100, 0.0017}, {1000, 0.0018}, {10000, 0.0020}};
  EXPECT_EQ(next_extension(flat, extend), 40000) << "far from enough: two steps at once";
  const std::vector<Sample> nearer = {{100, 0.0017}, {10000, 0.0020}, {40000, 0.0150}};
  EXPECT_EQ(next_extension(nearer, extend), 80000) << "13 ms of growth: one step";
  EXPECT_EQ(next_extension(flat, {.extend_to = 15000, .step = 2.0}), 15000)
      << "never past extend_to";
  EXPECT_EQ(next_extension(flat, {.extend_to = 10000}), std::nullopt) << "already there";
  EXPECT_EQ(next_extension(flat, {.extend_to = 0}), std::nullopt) << "no extend_to: never";
  EXPECT_EQ(next_extension(std::vector<Sample>{{3, 0.0017}}, {.extend_to = 10, .step = 1.1}), 4)
      << "a step under 1 + 1/n still moves on";
}

TEST(CoachExtendTest, StopsOnceTheGrowthIsEnoughOrASizeHitTheLimit) {
  const ExtendOptions extend{.extend_to = 1'000'000, .step = 2.0, .enough_s = 0.05};
  const std::vector<Sample> grown = {{100, 0.0017}, {10000, 0.0020}, {20000, 0.0600}};
  EXPECT_EQ(next_extension(grown, extend), std::nullopt) << "58 ms of growth: enough to fit";
  const std::vector<Sample> limit = {{100, 0.0017}, {10000, 0.0020}, {20000, 1.0, true}};
  EXPECT_EQ(next_extension(limit, extend), std::nullopt) << "past the limit: larger only hits it";
  EXPECT_EQ(next_extension(std::vector<Sample>{}, extend), std::nullopt) << "nothing run yet";
}

TEST(CoachLadderTest, RejectsAnEmptyOrNonPositiveTable) {
  try {
    (void)plan_ladder(std::vector<std::int64_t>{});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(),
                 "the [complexity] table has no sizes to build a ladder of input "
                 "sizes from");
    EXPECT_THAT(e.hint(), HasSubstr("add sizes = [...]"));
  }
  EXPECT_THROW((void)plan_ladder(std::vector<std::int64_t>{0, 10}), Error);
}

TEST(CoachBudgetTest, RunsTheFirstSizeInFull) {
  NextRun next = plan_next_run({}, 1000);
  EXPECT_TRUE(next.run);
  EXPECT_EQ(next.repeats, 3);
  EXPECT_EQ(next.reason, "");
}

TEST(CoachBudgetTest, ExtrapolatesAlongTheLastSlope) {
  std::vector<Sample> done;
  for (std::int64_t n : {1000, 2000, 4000}) {
    done.push_back({n, 1e-8 * static_cast<double>(n * n)});
  }
  NextRun next = plan_next_run(done, 8000);
  EXPECT_TRUE(next.run);
  EXPECT_NEAR(next.predicted_s, 0.64, 0.01);
  EXPECT_EQ(next.repeats, 3);
}

TEST(CoachBudgetTest, StopsAfterASizeHitTheLimit) {
  std::vector<Sample> done = {{1000, 0.1}, {2000, 1.0, true}};
  NextRun next = plan_next_run(done, 4000, {.time_limit_s = 1.0});
  EXPECT_FALSE(next.run);
  EXPECT_EQ(next.reason,
            "n = 2000 already took more than the time limit (1.00 s): a larger size would only "
            "hit it again");
}

TEST(CoachBudgetTest, RunsOnceToConfirmAPredictedTimeout) {
  std::vector<Sample> done = {{1000, 0.05}, {2000, 0.2}, {4000, 0.8}};
  NextRun next = plan_next_run(done, 8000, {.time_limit_s = 1.0});
  EXPECT_TRUE(next.run);
  EXPECT_EQ(next.repeats, 1);
  EXPECT_THAT(next.reason, HasSubstr("over the time limit (1.00 s): one run to confirm"));
}

TEST(CoachBudgetTest, FitsTheRepeatsToWhatIsLeft) {
  std::vector<Sample> done = {{1000, 0.5}, {2000, 1.0}, {4000, 2.0}, {4000, 2.0}, {4000, 2.0}};
  // 7.5 s spent of 10; the next size should take about 4 s: no run fits.
  NextRun none = plan_next_run(done, 8000, {.time_limit_s = 5.0, .total_cpu_s = 10.0});
  EXPECT_FALSE(none.run);
  EXPECT_THAT(none.reason, HasSubstr("only 2.50 s of the 10.00 s budget is left"));
  // With 20 s, 12.5 s are left: three runs of about 4 s each.
  NextRun three = plan_next_run(done, 8000, {.time_limit_s = 5.0, .total_cpu_s = 20.0});
  EXPECT_TRUE(three.run);
  EXPECT_EQ(three.repeats, 3);
  // With 17 s, 9.5 s are left: two runs.
  NextRun two = plan_next_run(done, 8000, {.time_limit_s = 5.0, .total_cpu_s = 17.0});
  EXPECT_TRUE(two.run);
  EXPECT_EQ(two.repeats, 2);
  EXPECT_THAT(two.reason, HasSubstr("2 runs of n = 8000"));
}

TEST(CoachBudgetTest, WithoutALimitOnlyTheBudgetStops) {
  std::vector<Sample> done = {{1000, 0.5}, {2000, 2.0}};
  NextRun next = plan_next_run(done, 4000, {.time_limit_s = 0, .total_cpu_s = 100});
  EXPECT_TRUE(next.run);
  EXPECT_EQ(next.repeats, 3);
  EXPECT_NEAR(next.predicted_s, 8.0, 0.01);
}

TEST(CoachBudgetTest, StopsWhenTheBudgetIsSpent) {
  std::vector<Sample> done = {{1000, 6.0}, {1000, 5.0}};
  NextRun next = plan_next_run(done, 2000, {.time_limit_s = 10.0, .total_cpu_s = 10.0});
  EXPECT_FALSE(next.run);
  EXPECT_EQ(next.reason, "the probe's budget of 10.00 s of CPU is spent");
}

}  // namespace
}  // namespace judge::coach
