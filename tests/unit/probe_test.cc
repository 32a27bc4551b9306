// The complexity probe over a fake sandbox: the generator's inputs, the runs at each size, the
// fit and the budget, with CPU times the fake program reports as a function of n.
#include "judge/probe.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "judge/error.h"
#include "judge/library.h"
#include "judge/mock.h"
#include "judge/paths.h"
#include "judge/report.h"
#include "judge/session.h"
#include "judge/store.h"
#include "memory_store.h"
#include "test_support.h"

namespace judge::unit {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

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
      generator_argv_.assign(spec.argv.begin() + 2, spec.argv.end());  // after "python3 main.py"
      const std::string n = spec.argv[spec.argv.size() - n_from_end_];
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
  std::vector<std::string> generator_argv_;  ///< the last generator run's arguments
  std::size_t n_from_end_ = 2;               ///< where the fake generator reads n: "N SEED"
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

TEST_F(ProbeTest, TheTablesArgsLayOutTheGeneratorsArguments) {
  EXPECT_EQ(probe().ladder.sizes.back(), 100000);
  EXPECT_EQ(generator_argv_, (std::vector<std::string>{"100000", "1"})) << "default: N SEED";
  problem_.complexity_args = {"7", "{n}", "{seed}", "evict"};
  n_from_end_ = 3;
  generated_.clear();
  ProbeResult r = probe();
  EXPECT_EQ(generator_argv_, (std::vector<std::string>{"7", "100000", "1", "evict"}));
  EXPECT_EQ(generated_.front(), 1000) << "every size reaches the generator";
  EXPECT_EQ(r.fit.best, coach::Growth::kLinear) << r.fit.summary;
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

// extend_to: a program too fast to time within the table's sizes is probed past them.
TEST_F(ProbeTest, AProgramTooFastToTimeAtTheTablesSizesIsProbedPastThemUpToExtendTo) {
  cost_ = [](double n) { return 0.0017 + 1e-9 * n; };  // 0.1 ms of work at 10^5
  problem_.complexity_extend_to = 1'000'000'000;
  ProbeResult r = probe();
  EXPECT_EQ(r.extended_from, 100000);
  EXPECT_GT(generated_.back(), 100000);
  // It stops once the growth is enough to fit (50 ms: n = 5 * 10^7), not at extend_to.
  EXPECT_GE(cost_(static_cast<double>(generated_.back())) - cost_(1000), 0.05);
  EXPECT_LT(generated_.back(), 200'000'000);
  EXPECT_THAT(r.ladder.note, HasSubstr("past the table's largest size, 100000"));
  ASSERT_TRUE(r.fit.best) << r.fit.summary;
  EXPECT_EQ(*r.fit.best, coach::Growth::kLinear) << r.fit.summary;
  EXPECT_TRUE(r.stopped.empty()) << r.stopped;
}

TEST_F(ProbeTest, AtMostTwelveSizesArePastTheTableHoweverFarExtendToIs) {
  // A pack whose generator's input never grows: the program's time stays flat, and without a
  // bound every size up to extend_to would run the generator (16 sizes from 10^5 to 10^12).
  cost_ = [](double) { return 0.0017; };
  problem_.complexity_extend_to = 1'000'000'000'000;
  ProbeResult r = probe();
  const auto past = std::count_if(generated_.begin(), generated_.end(),
                                  [](std::int64_t n) { return n > 100000; });
  EXPECT_EQ(past, 12);
  EXPECT_THAT(r.stopped, HasSubstr("12 sizes past the table, its most"));
  EXPECT_EQ(r.extended_from, 100000);
}

TEST_F(ProbeTest, WithoutExtendToTheProbeKeepsToTheTablesSizes) {
  cost_ = [](double n) { return 0.0017 + 1e-9 * n; };
  ProbeResult r = probe();
  EXPECT_EQ(generated_.back(), 100000) << "the control: no extend_to, no extension";
  EXPECT_EQ(r.extended_from, 0);
  EXPECT_EQ(r.fit.status, coach::FitStatus::kFlat) << r.fit.summary;
}

TEST_F(ProbeTest, AProgramWhoseGrowthIsTimedWithinTheTableIsNotExtended) {
  problem_.complexity_extend_to = 1'000'000'000;  // 0.2 s of growth at 10^5: enough
  ProbeResult r = probe();
  EXPECT_EQ(generated_.back(), 100000);
  EXPECT_EQ(r.extended_from, 0);
}

TEST_F(ProbeTest, AProgramThatFailsPastTheConstraintsEndsTheLadderWithoutAnError) {
  cost_ = [](double n) { return 0.0017 + 1e-9 * n; };
  problem_.complexity_extend_to = 1'000'000'000;
  FakeRunner fail_past = FakeRunner([this](const sandbox::RunSpec& spec) {
    sandbox::RunResult r = run(spec);
    if (spec.argv.front() != "python3" && generated_.back() > 3'000'000) {
      r = sandbox::RunResult{};  // an array sized to the constraints: killed by SIGSEGV
      r.signal = 11;
    }
    return r;
  });
  Prober prober(fail_past, compiler_, languages_);
  ProbeReporter quiet;
  ProbeResult r =
      prober.probe(problem_, languages_.get("fake"), "solution", "sol.fake", ProbeOptions{}, quiet);
  EXPECT_THAT(r.stopped, HasSubstr("past the problem's constraints"));
  EXPECT_THAT(r.stopped, HasSubstr("signal 11"));
  ASSERT_FALSE(r.samples.empty());
  for (const coach::Sample& s : r.samples) {
    EXPECT_LE(s.n, 3'000'000) << "the failed size is not fitted";
  }
  EXPECT_EQ(r.extended_from, 100000) << "the sizes it did run past the table still count";
}

// [complexity] args and growth, read strictly from problem.toml.
class ProbeTableTest : public ::testing::Test {
 protected:
  ProbeTableTest() : dir_(fs::canonical(tmp_.path()) / "p") {
    write_file(dir_ / "statement.md", "# P\n");
    write_file(dir_ / "generators/gen.py", "print(1)\n");
  }
  Problem load(const std::string& complexity) {
    write_file(dir_ / "problem.toml",
               "title = \"P\"\ndifficulty = \"easy\"\n[complexity]\n" + complexity);
    return load_problem(dir_);
  }
  std::string error(const std::string& complexity) {
    return error_of([&] { (void)load(complexity); });
  }
  TempDir tmp_{"judge-probe-table-test"};
  fs::path dir_;
};

TEST_F(ProbeTableTest, ReadsArgsAndGrowth) {
  Problem p = load(
      "expected = \"O(n * amount)\"\ngenerator = \"generators/gen.py\"\nsizes = [100, 10000]\n"
      "args = [\"{n}\", \"{n}\", \"{seed}\", \"random\"]\ngrowth = \"O(n)\"\n");
  EXPECT_EQ(p.complexity_args, (std::vector<std::string>{"{n}", "{n}", "{seed}", "random"}));
  EXPECT_EQ(p.complexity_growth, "O(n)");
  Problem plain = load("generator = \"generators/gen.py\"\nsizes = [100]\n");
  EXPECT_TRUE(plain.complexity_args.empty()) << "none: N SEED";
  EXPECT_TRUE(plain.complexity_growth.empty());
}

TEST_F(ProbeTableTest, RefusesArgsWithoutTheSizeOrWithOtherPlaceholders) {
  const std::string gen = "generator = \"generators/gen.py\"\nsizes = [100]\n";
  EXPECT_THAT(error(gen + "args = [\"{seed}\", \"7\"]\n"),
              HasSubstr("'args' in [complexity] must pass the size: \"{n}\" is missing"));
  EXPECT_THAT(error(gen + "args = [\"{n}\", \"{k}\"]\n"),
              HasSubstr("may hold \"{n}\", \"{seed}\" or a plain word, got \"{k}\""));
  EXPECT_THAT(error(gen + "args = [\"n={n}\"]\n"), HasSubstr("got \"n={n}\""));
  EXPECT_THAT(error(gen + "args = [\"{n}\", \"\"]\n"), HasSubstr("got \"\""));
  EXPECT_THAT(error(gen + "args = [\"{n}\", 7]\n"), HasSubstr("'args'"));
  EXPECT_THAT(error("sizes = [100]\nargs = [\"{n}\"]\n"),
              HasSubstr("needs a 'generator' to pass them to"));
}

TEST_F(ProbeTableTest, RefusesAGrowthThatIsNotAFittedClass) {
  const std::string gen = "generator = \"generators/gen.py\"\nsizes = [100]\n";
  EXPECT_EQ(load(gen + "growth = \"O(n log n)\"\n").complexity_growth, "O(n log n)");
  EXPECT_THAT(error(gen + "growth = \"O(n*m)\"\n"),
              HasSubstr("'growth' in [complexity] must be one of O(1), O(log n), O(n), O(n log "
                        "n), O(n^2), O(n^3), O(2^n), got \"O(n*m)\""));
  EXPECT_THAT(error(gen + "growth = \"O(nlogn)\"\n"), HasSubstr("got \"O(nlogn)\""));
}

TEST_F(ProbeTableTest, ReadsExtendToPastTheLargestSizeOnly) {
  const std::string gen = "generator = \"generators/gen.py\"\nsizes = [100, 1000]\n";
  EXPECT_EQ(load(gen + "extend_to = 100000\n").complexity_extend_to, 100000);
  EXPECT_EQ(load(gen).complexity_extend_to, 0) << "none: the table's sizes only";
  EXPECT_THAT(error(gen + "extend_to = 1000\n"),
              HasSubstr("'extend_to' in [complexity] must be more than the largest size (1000)"));
  EXPECT_THAT(error(gen + "extend_to = 2000000000000\n"), HasSubstr("at most 10^12"));
  EXPECT_THAT(error(gen + "extend_to = 1e6\n"), HasSubstr("extend_to"));
  EXPECT_THAT(error("sizes = [100]\nextend_to = 1000\n"),
              HasSubstr("needs a 'generator' and 'sizes' to extend"));
}

// Probes as the store keeps them: every run, the class, the slope and the submission.
TEST(ProbeStoreTest, KeepsEveryRunAndWhatTheFitSaid) {
  TempDir tmp("judge-probe-store-test");
  Store store(tmp.path() / "judge.db");
  NewRun run;
  run.problem = "two-sum";
  run.language = "cpp";
  const std::int64_t submission = store.begin(run);
  ProbeRow row;
  row.problem = "two-sum";
  row.submission = submission;
  row.language = "cpp";
  row.file_name = "two-sum.cpp";
  row.best = "O(n)";
  row.status = "clear";
  row.slope = 1.04;
  row.summary = "Linear.";
  row.time_limit_s = 1.0;
  row.cpu_s = 0.75;
  row.samples = {{1000, 0.0021, false}, {100000, 0.2, false}, {200000, 1.5, true}};
  const std::int64_t first = store.record_probe(row);
  row.submission = 0;
  row.problem = "coin-change";
  row.slope.reset();
  const std::int64_t second = store.record_probe(row);
  EXPECT_GT(second, first);

  const auto all = store.probes("", 10);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].id, second) << "newest first";
  EXPECT_EQ(all[0].submission, 0);
  EXPECT_FALSE(all[0].slope.has_value());
  const auto of_two_sum = store.probes("two-sum", 10);
  ASSERT_EQ(of_two_sum.size(), 1u);
  const ProbeRow& back = of_two_sum[0];
  EXPECT_EQ(back.submission, submission);
  EXPECT_EQ(back.language, "cpp");
  EXPECT_EQ(back.file_name, "two-sum.cpp");
  EXPECT_EQ(back.best, "O(n)");
  EXPECT_EQ(back.status, "clear");
  EXPECT_DOUBLE_EQ(*back.slope, 1.04);
  EXPECT_EQ(back.summary, "Linear.");
  EXPECT_DOUBLE_EQ(back.time_limit_s, 1.0);
  EXPECT_DOUBLE_EQ(back.cpu_s, 0.75);
  EXPECT_FALSE(back.created_at.empty());
  ASSERT_EQ(back.samples.size(), 3u);
  EXPECT_EQ(back.samples[2].n, 200000);
  EXPECT_DOUBLE_EQ(back.samples[0].cpu_s, 0.0021);
  EXPECT_TRUE(back.samples[2].hit_limit);
  EXPECT_EQ(store.probe_of_submission(submission)->id, first);
  EXPECT_FALSE(store.probe_of_submission(submission + 1).has_value());
}

// A database of schema 6 (before probes) gains the table and keeps its rows.
TEST(ProbeStoreTest, ASchemaSixDatabaseGainsProbes) {
  TempDir tmp("judge-probe-migrate-test");
  const fs::path db = tmp.path() / "judge.db";
  std::int64_t submission = 0;
  {
    Store store(db);
    NewRun run;
    run.problem = "two-sum";
    run.language = "cpp";
    submission = store.begin(run);
  }
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(db.c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, "DROP TABLE probes; DROP TABLE hint_views; PRAGMA user_version = 6",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(raw);
  }
  Store store(db);
  EXPECT_TRUE(store.get(submission).has_value());
  EXPECT_TRUE(store.probes("", 10).empty());
  ProbeRow row;
  row.problem = "two-sum";
  row.submission = submission;
  row.samples = {{1000, 0.01, false}};
  (void)store.record_probe(row);
  EXPECT_EQ(store.probe_of_submission(submission)->samples.size(), 1u);
}

// The report draws each probed problem's latest probe, fitted again from its stored runs.
TEST(ProbeStoreTest, TheReportDrawsEachProblemsLatestProbe) {
  TempDir tmp("judge-probe-report-test");
  const fs::path root = fs::canonical(tmp.path());
  write_file(root / "pack/pack.toml", "name = \"builtin\"\nversion = \"1\"\n");
  write_file(root / "pack/scan/problem.toml",
             "title = \"Scan\"\ndifficulty = \"easy\"\n[complexity]\nexpected = \"O(n)\"\n");
  write_file(root / "pack/scan/statement.md", "# Scan\n");
  write_file(root / "pack/scan/data/sample/1.in", "1\n");
  write_file(root / "pack/scan/data/sample/1.ans", "1\n");
  const Library library = Library::load(root / "pack", root / "packs");
  FakeClock clock(*parse_iso8601("2026-03-04T15:00:00Z"));
  MemoryStore store(clock);
  ProbeRow row;
  row.problem = "scan";
  row.time_limit_s = 10.0;
  for (std::int64_t n = 1000; n <= 100000; n *= 2) {  // an older probe: linear
    for (int i = 0; i < 3; ++i) {
      row.samples.push_back({n, 0.001 + 1e-6 * static_cast<double>(n), false});
    }
  }
  (void)store.record_probe(row);
  row.samples.clear();
  for (std::int64_t n = 1000; n <= 100000; n *= 2) {  // the latest: quadratic
    row.samples.push_back({n, 5e-10 * static_cast<double>(n) * static_cast<double>(n), false});
  }
  (void)store.record_probe(row);
  row.problem = "gone";  // a problem no longer in the library still gets its plot
  (void)store.record_probe(row);
  Session session(library, store, clock, []() -> Judge& { throw Error("not judging"); });
  report::Options o;
  o.now = clock.now();
  const MockSession mocks(session, library, coach::QuestionBank::builtin());
  const report::Model m = report::build(session, mocks, library, o);
  ASSERT_EQ(m.probes.size(), 2u);
  EXPECT_EQ(m.probes[0].problem, "gone");
  EXPECT_EQ(m.probes[0].title, "gone");
  EXPECT_EQ(m.probes[1].problem, "scan");
  EXPECT_EQ(m.probes[1].title, "Scan");
  EXPECT_EQ(m.probes[1].expected, "O(n)");
  EXPECT_EQ(m.probes[1].fitted, "O(n^2)") << "the latest probe of scan";
  EXPECT_EQ(m.probes[1].points.size(), 7u);
  EXPECT_FALSE(m.probes[1].curve.empty());
}

}  // namespace
}  // namespace judge::unit
