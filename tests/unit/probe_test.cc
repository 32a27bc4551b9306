// The complexity probe over a fake sandbox: the generator's inputs, the runs at each size, the
// fit and the budget, with CPU times the fake program reports as a function of n.
#include "judge/probe.h"

#include <cmath>
#include <functional>
#include <string>

#include <gtest/gtest.h>

#include "judge/error.h"
#include "judge/paths.h"
#include "test_support.h"

namespace judge::unit {
namespace {

constexpr const char* kLanguages = R"([fake]
name = "Fake"
extensions = ["fake"]
source = "main.fake"
compile = ["fakecc", "main.fake"]
run = ["/box/main"]

[python]
name = "Python"
extensions = ["py"]
source = "main.py"
run = ["python3", "/box/main.py"]
)";

class ProbeTest : public ::testing::Test {
 protected:
  ProbeTest()
      : languages_(Languages::parse(kLanguages, "languages.toml")),
        runner_([this](const sandbox::RunSpec& spec) { return run(spec); }),
        compiler_(tmp_.path() / "builds"),
        prober_(runner_, compiler_, languages_) {
    problem_.id = "scan";
    problem_.dir = tmp_.path() / "scan";
    problem_.time_limit_s = 1.0;
    problem_.complexity_generator = problem_.dir / "gen.py";
    problem_.complexity_sizes = {1000, 10000, 100000};
    write_file(problem_.complexity_generator, "print('gen')\n");
  }

  // The generator (python) prints n; the solution's CPU time is cost_(n).
  sandbox::RunResult run(const sandbox::RunSpec& spec) {
    if (spec.argv.front() == "python3") {
      const std::string n = spec.argv[spec.argv.size() - 2];
      write_fd(spec.stdout_fd, n + "\n");
      generated_.push_back(std::stoll(n));
      return exited(0);
    }
    const std::int64_t n = std::stoll(read_fd(spec.stdin_fd));
    sandbox::RunResult r = exited(0);
    const double s = cost_(static_cast<double>(n));
    r.cpu_time = std::chrono::microseconds(static_cast<std::int64_t>(s * 1e6));
    if (s * 1000 > static_cast<double>(spec.limits.cpu_time.count())) {
      r.exited = false;
      r.limit = sandbox::LimitKind::kCpuTime;
    }
    return r;
  }

  ProbeResult probe() {
    ProbeReporter quiet;
    return prober_.probe(problem_, languages_.get("fake"), "solution", "sol.fake", ProbeOptions{},
                         quiet);
  }

  TempDir tmp_{"judge-probe-test"};
  Languages languages_;
  FakeRunner runner_;
  FakeCompiler compiler_;
  Prober prober_;
  Problem problem_;
  std::function<double(double)> cost_ = [](double n) { return 0.001 + 2e-6 * n; };
  std::vector<std::int64_t> generated_;
};

TEST_F(ProbeTest, ALinearSolutionIsMeasuredAcrossTwoDecadesAndFittedAsLinear) {
  ProbeResult r = probe();
  ASSERT_EQ(r.fit.best, coach::Growth::kLinear) << r.fit.summary;
  // Linear data with a start-up constant may also pass for n log n (coaching-signals.md),
  // never for anything faster-growing.
  for (coach::Growth g : r.fit.candidates) {
    EXPECT_TRUE(g == coach::Growth::kLinear || g == coach::Growth::kLinearLog) << r.fit.summary;
  }
  EXPECT_EQ(generated_.front(), 1000) << "the ladder starts two decades below the largest size";
  EXPECT_EQ(generated_.back(), 100000);
  EXPECT_GE(generated_.size(), 8u);
  ASSERT_TRUE(r.fit.tail_slope);
  EXPECT_NEAR(*r.fit.tail_slope, 1.0, 0.1);
  EXPECT_TRUE(r.stopped.empty()) << r.stopped;
}

TEST_F(ProbeTest, AQuadraticSolutionStopsAtTheTimeLimitAndIsNotCalledLinear) {
  cost_ = [](double n) { return 1e-9 * n * n; };  // 10 s at the largest size
  ProbeResult r = probe();
  EXPECT_FALSE(r.stopped.empty()) << "the ladder ends once a size passes the limit";
  EXPECT_LT(generated_.back(), 100000);
  EXPECT_LT(r.cpu_s, 15.0) << "the budget caps the probe";
  ASSERT_TRUE(r.fit.best);
  EXPECT_EQ(*r.fit.best, coach::Growth::kQuadratic) << r.fit.summary;
}

TEST_F(ProbeTest, AProblemWithoutAGeneratorIsRefusedWithAHint) {
  problem_.complexity_generator.clear();
  EXPECT_NE(error_of([this] { (void)probe(); }).find("no [complexity] generator"),
            std::string::npos);
  EXPECT_NE(hint_of([this] { (void)probe(); }).find("sizes"), std::string::npos);
}

TEST_F(ProbeTest, ASolutionThatCrashesIsRefused) {
  runner_ = FakeRunner([](const sandbox::RunSpec& spec) {
    if (spec.argv.front() == "python3") {
      write_fd(spec.stdout_fd, "5\n");
      return exited(0);
    }
    return exited(1);
  });
  EXPECT_NE(error_of([this] { (void)probe(); }).find("failed on the probe's input"),
            std::string::npos);
}

}  // namespace
}  // namespace judge::unit
