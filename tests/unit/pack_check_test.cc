// Validating packs (pack_check.cc) against a FakeRunner and a FakeCompiler. A fake "program" is
// its source text: the fake compiler copies it to the build folder's `main`, and the fake run
// behaves as the text says.
#include "judge/pack_check.h"

#include <signal.h>

#include <algorithm>
#include <mutex>
#include <string>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "judge/paths.h"
#include "test_support.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using unit::bind_source;
using unit::exited;
using unit::FakeCompiler;
using unit::FakeRunner;
using unit::killed;
using unit::read_fd;
using unit::slurp;
using unit::write_fd;
using unit::write_file;

constexpr const char* kLanguages = R"([fake]
name = "Fake"
extensions = ["fake"]
source = "main.fake"
compile = ["fakecc", "main.fake"]
run = ["/box/main"]

[ghost]
name = "Ghost"
extensions = ["ghost"]
package = "ghost-lang"
source = "main.ghost"
compile = ["no-such-compiler-judge", "main.ghost"]
run = ["/box/main"]
)";

// Compiles a fake program: "bad syntax" does not compile.
void fake_compile(const FakeCompiler::Call& call, CompileResult& result) {
  if (call.source.find("bad syntax") != std::string::npos) {
    result.ok = false;
    result.message = call.display_name + ":1:1: error: bad syntax\n";
    return;
  }
  write_file(result.dir / "main", call.source);
}

// Runs a fake program: "correct" answers every input, "wrong" answers nothing right, "slow"
// runs out of time on hidden tests, "crash" dies.
sandbox::RunResult fake_sandbox(const sandbox::RunSpec& spec) {
  const fs::path box = *bind_source(spec, "/box");
  const std::string program = slurp(box / "main");
  std::string input = read_fd(spec.stdin_fd);
  input.pop_back();  // the newline
  sandbox::RunResult result = exited(0);
  result.cpu_time = std::chrono::milliseconds(input.size() * 10);
  if (program.find("correct") != std::string::npos) {
    write_fd(spec.stdout_fd, "ans-" + input + "\n");
  } else if (program.find("slow") != std::string::npos) {
    if (input[0] == 'h') {
      result = killed(SIGKILL);
      result.limit = sandbox::LimitKind::kCpuTime;
    } else {
      write_fd(spec.stdout_fd, "ans-" + input + "\n");
    }
  } else if (program.find("borderline") != std::string::npos) {
    // Needs 1.5 s on a hidden test: over a 1 s limit, within twice it.
    if (input[0] == 'h' && spec.limits.cpu_time < std::chrono::milliseconds(1500)) {
      result = killed(SIGKILL);
      result.limit = sandbox::LimitKind::kCpuTime;
      result.cpu_time = spec.limits.cpu_time;
    } else {
      write_fd(spec.stdout_fd, "ans-" + input + "\n");
      result.cpu_time = std::chrono::milliseconds(input[0] == 'h' ? 1500 : 10);
    }
  } else if (program.find("close call") != std::string::npos) {
    // Correct, in 60% of the limit.
    write_fd(spec.stdout_fd, "ans-" + input + "\n");
    result.cpu_time = spec.limits.cpu_time * 6 / 10;
  } else if (program.find("ctrl-c") != std::string::npos) {
    // Stopped by Ctrl-C on the hidden tests, after passing the samples.
    if (input[0] == 'h') {
      result = killed(SIGKILL);
      result.interrupted = true;
    } else {
      write_fd(spec.stdout_fd, "ans-" + input + "\n");
    }
  } else if (program.find("crash") != std::string::npos) {
    result = killed(SIGSEGV);
  } else {
    write_fd(spec.stdout_fd, "0\n");
  }
  return result;
}

class PackCheckTest : public ::testing::Test {
 protected:
  PackCheckTest()
      : languages_(Languages::parse(kLanguages, "languages.toml")),
        runner_(fake_sandbox),
        compiler_(tmp_.path() / "builds", fake_compile),
        checker_(runner_, compiler_, languages_, tmp_.path() / "cache") {
    compiler_.missing = {"ghost"};
  }

  // A problem with two samples, two hidden tests, and `files` (path -> text).
  fs::path make_problem(const std::string& id,
                        const std::vector<std::pair<std::string, std::string>>& files) {
    const fs::path dir = pack_ / id;
    write_file(dir / "problem.toml", "title = \"Sum\"\ndifficulty = \"easy\"\n");
    write_file(dir / "statement.md", "# Sum\n");
    for (const char* name : {"sample/1", "sample/2", "secret/h1", "secret/h2"}) {
      const std::string input = fs::path(name).filename().string();
      write_file(dir / "data" / (std::string(name) + ".in"), input + "\n");
      write_file(dir / "data" / (std::string(name) + ".ans"), "ans-" + input + "\n");
    }
    for (const auto& [path, text] : files) {
      write_file(dir / path, text);
    }
    return dir;
  }

  // "item: expected -> got (status)" for each row, and the rows' details.
  static std::vector<std::string> summary(const std::vector<CheckRow>& rows) {
    std::vector<std::string> result;
    for (const auto& r : rows) {
      const char* status = r.status == CheckRow::Status::kOk        ? "ok"
                           : r.status == CheckRow::Status::kFailed  ? "FAILED"
                           : r.status == CheckRow::Status::kWarning ? "warning"
                                                                    : "skipped";
      result.push_back(
          fmt::format("{} {}: {} -> {} ({})", r.problem, r.item, r.expected, r.got, status));
    }
    return result;
  }

  static const CheckRow& row(const std::vector<CheckRow>& rows, const std::string& item) {
    for (const auto& r : rows) {
      if (r.item == item) {
        return r;
      }
    }
    throw std::runtime_error("no row " + item);
  }

  TempDir tmp_{"judge-pack-check-test"};
  fs::path pack_ = fs::canonical(tmp_.path()) / "pack";
  Languages languages_;
  FakeRunner runner_;
  FakeCompiler compiler_;
  PackChecker checker_;
};

TEST_F(PackCheckTest, RunsEverySubmissionAndTemplate) {
  const fs::path dir =
      make_problem("sum", {{"submissions/accepted/a.fake", "correct"},
                           {"submissions/wrong_answer/w.fake", "wrong"},
                           {"submissions/time_limit_exceeded/t.fake", "slow"},
                           {"submissions/run_time_error/r.fake", "crash"},
                           {"submissions/time_limit_exceeded/not-slow.fake", "correct"},
                           {"submissions/accepted/g.ghost", "ghost"},
                           {"templates/solution.fake", "stub"},
                           {"templates/bad.fake", "bad syntax"}});
  std::vector<CheckRow> rows = checker_.check_problem(dir);
  EXPECT_EQ(summary(rows),
            (std::vector<std::string>{
                "sum metadata: valid -> valid (ok)",
                "sum tests: samples and hidden -> 2 + 2 (ok)",
                "sum submissions/accepted/a.fake: AC -> AC (ok)",
                "sum submissions/accepted/g.ghost: AC -> - (skipped)",
                "sum submissions/run_time_error/r.fake: RE -> RE (ok)",
                "sum submissions/time_limit_exceeded/not-slow.fake: TLE -> AC (FAILED)",
                "sum submissions/time_limit_exceeded/t.fake: TLE -> TLE (ok)",
                "sum submissions/wrong_answer/w.fake: WA -> WA (ok)",
                "sum templates/bad.fake: WA -> CE (FAILED)",
                "sum templates/solution.fake: WA -> WA (ok)",
            }));
  EXPECT_EQ(row(rows, "metadata").detail, "Sum, easy, 1.0 s, 256 MiB");
  EXPECT_EQ(row(rows, "submissions/accepted/a.fake").detail, "slowest test 20 ms of 1000 ms");
  EXPECT_EQ(row(rows, "submissions/accepted/a.fake").time_ms, 20);
  EXPECT_EQ(row(rows, "submissions/accepted/g.ghost").detail,
            "no-such-compiler-judge not installed (package ghost-lang)");
  EXPECT_EQ(row(rows, "submissions/wrong_answer/w.fake").detail,
            "WA on sample/1: token 1 (line 1): expected \"ans-1\", got \"0\"");
  EXPECT_EQ(row(rows, "submissions/time_limit_exceeded/t.fake").detail,
            "TLE on secret/h1: CPU time over the limit of 1.00 s");
  EXPECT_EQ(row(rows, "templates/bad.fake").detail, "bad.fake:1:1: error: bad syntax");
}

TEST_F(PackCheckTest, ACheckStoppedByCtrlCShowsNoHalfJudgedRows) {
  // The run stopped by Ctrl-C passed the samples only: reported, it would read "expected TLE,
  // got AC". The check stops instead, and the problem's rows are not shown.
  make_problem("sum", {{"submissions/accepted/a.fake", "correct"},
                       {"submissions/time_limit_exceeded/t.fake", "ctrl-c"}});
  write_file(pack_ / "pack.toml", "name = \"p\"\n");
  std::vector<CheckRow> shown;
  EXPECT_THROW((void)checker_.check(pack_, 1,
                                    [&](const std::vector<CheckRow>& rows) {
                                      shown.insert(shown.end(), rows.begin(), rows.end());
                                    }),
               Interrupted);
  EXPECT_THAT(summary(shown), ::testing::IsEmpty());
  // The control: the same problem without the interrupted run is checked and shown.
  write_file(pack_ / "sum/submissions/time_limit_exceeded/t.fake", "slow");
  const std::vector<CheckRow> rows = checker_.check(pack_, 1, {});
  EXPECT_EQ(row(rows, "submissions/time_limit_exceeded/t.fake").got, "TLE");
}

TEST_F(PackCheckTest, SkipsTemplatesWhenAsked) {
  const fs::path dir = make_problem(
      "sum", {{"submissions/accepted/a.fake", "correct"}, {"templates/solution.fake", "stub"}});
  EXPECT_EQ(summary(checker_.check_problem(dir, false)).size(), 3u);
}

TEST_F(PackCheckTest, WantsAnAcceptedSolution) {
  const fs::path dir = make_problem("sum", {{"submissions/wrong_answer/w.fake", "wrong"}});
  std::vector<CheckRow> rows = checker_.check_problem(dir);
  const CheckRow& r = row(rows, "submissions/accepted");
  EXPECT_EQ(r.status, CheckRow::Status::kFailed);
  EXPECT_EQ(r.detail, "put at least one accepted solution in submissions/accepted/");
}

TEST_F(PackCheckTest, WantsSamplesAndHiddenTests) {
  const fs::path dir = make_problem("sum", {{"submissions/accepted/a.fake", "correct"}});
  fs::remove_all(dir / "data/secret");
  std::vector<CheckRow> rows = checker_.check_problem(dir);
  EXPECT_EQ(summary(rows), (std::vector<std::string>{"sum metadata: valid -> valid (ok)",
                                                     "sum tests: samples and hidden -> 2 + 0 "
                                                     "(FAILED)"}));
  EXPECT_EQ(rows[1].detail, "no hidden tests in data/secret/");
}

TEST_F(PackCheckTest, ReportsBadMetadataAsARow) {
  const fs::path dir = make_problem("sum", {});
  write_file(dir / "problem.toml", "title = \"Sum\"\n");
  std::vector<CheckRow> rows = checker_.check_problem(dir);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].item, "metadata");
  EXPECT_EQ(rows[0].status, CheckRow::Status::kFailed);
  EXPECT_EQ(rows[0].detail, (dir / "problem.toml").string() +
                                ":1:1: missing required key 'difficulty' in the top-level table");
}

TEST_F(PackCheckTest, ReportsAnInvalidProblemId) {
  const fs::path dir = make_problem("Sum_Two", {{"submissions/accepted/a.fake", "correct"}});
  std::vector<CheckRow> rows = checker_.check_problem(dir);
  ASSERT_EQ(rows.size(), 1u) << "nothing runs for a folder that is not a valid ID";
  const CheckRow& r = rows.at(0);
  EXPECT_EQ(r.item, "metadata");
  EXPECT_EQ(r.got, "invalid");
  EXPECT_EQ(r.status, CheckRow::Status::kFailed);
  EXPECT_THAT(r.detail, HasSubstr("the folder name \"Sum_Two\" is not a valid problem ID"));
}

TEST_F(PackCheckTest, ChecksTheCustomCheckerBuilds) {
  const fs::path dir = make_problem("sum", {{"submissions/accepted/a.fake", "correct"},
                                            {"output_validators/check.fake", "bad syntax"}});
  write_file(dir / "problem.toml",
             "title = \"Sum\"\ndifficulty = \"easy\"\n[checker]\nkind = \"custom\"\n"
             "source = \"output_validators/check.fake\"\n");
  std::vector<CheckRow> rows = checker_.check_problem(dir);
  const CheckRow& r = rows.back();
  EXPECT_EQ(r.item, "checker");
  EXPECT_EQ(r.got, "CE");
  EXPECT_EQ(r.status, CheckRow::Status::kFailed);
  EXPECT_EQ(r.detail, "check.fake:1:1: error: bad syntax");
}

TEST_F(PackCheckTest, ChecksEveryProblemOfAPack) {
  write_file(pack_ / "pack.toml", "name = \"p\"\n");
  (void)make_problem("alpha", {{"submissions/accepted/a.fake", "correct"}});
  (void)make_problem("beta", {{"submissions/accepted/b.fake", "wrong"}});
  (void)make_problem("gamma", {{"submissions/accepted/c.fake", "correct"}});
  std::mutex mutex;
  std::vector<std::string> finished;
  std::vector<CheckRow> rows = checker_.check(pack_, 2, [&](const std::vector<CheckRow>& r) {
    std::lock_guard lock(mutex);
    finished.push_back(r.at(0).problem);
  });
  std::sort(finished.begin(), finished.end());
  EXPECT_EQ(finished, (std::vector<std::string>{"alpha", "beta", "gamma"}));
  // In pack order, whatever order they finished in.
  EXPECT_EQ(summary(rows), (std::vector<std::string>{
                               "alpha metadata: valid -> valid (ok)",
                               "alpha tests: samples and hidden -> 2 + 2 (ok)",
                               "alpha submissions/accepted/a.fake: AC -> AC (ok)",
                               "beta metadata: valid -> valid (ok)",
                               "beta tests: samples and hidden -> 2 + 2 (ok)",
                               "beta submissions/accepted/b.fake: AC -> WA (FAILED)",
                               "gamma metadata: valid -> valid (ok)",
                               "gamma tests: samples and hidden -> 2 + 2 (ok)",
                               "gamma submissions/accepted/c.fake: AC -> AC (ok)",
                           }));
}

TEST_F(PackCheckTest, ChecksOneProblemFolder) {
  const fs::path dir = make_problem("sum", {{"submissions/accepted/a.fake", "correct"}});
  EXPECT_EQ(checker_.check(dir, 1, nullptr).size(), 3u);
}

TEST_F(PackCheckTest, RefusesAnEmptyPack) {
  write_file(pack_ / "pack.toml", "name = \"p\"\n");
  EXPECT_EQ(unit::error_of([&] { (void)checker_.check(pack_, 1, nullptr); }),
            "the pack " + pack_.string() + " has no problems (folders with problem.toml)");
}

TEST_F(PackCheckTest, AnAcceptedSolutionOverHalfTheLimitIsAWarning) {
  // A verdict that a busy machine could flip: AC at 60% of the limit.
  const fs::path dir = make_problem("close", {{"submissions/accepted/a.fake", "close call"}});
  const auto rows = checker_.check_problem(dir, false);
  const CheckRow& r = row(rows, "submissions/accepted/a.fake");
  EXPECT_EQ(r.status, CheckRow::Status::kWarning) << r.detail;
  EXPECT_NE(r.detail.find("over half the limit"), std::string::npos) << r.detail;
}

TEST_F(PackCheckTest, ARejectionWithinTwiceTheLimitIsAWarning) {
  // TLE at 1 s, AC with 2 s: a faster machine would accept it.
  const fs::path dir =
      make_problem("border", {{"submissions/accepted/a.fake", "correct"},
                              {"submissions/time_limit_exceeded/b.fake", "borderline"}});
  const auto rows = checker_.check_problem(dir, false);
  const CheckRow& r = row(rows, "submissions/time_limit_exceeded/b.fake");
  EXPECT_EQ(r.got, "TLE");
  EXPECT_EQ(r.status, CheckRow::Status::kWarning) << r.detail;
  EXPECT_NE(r.detail.find("with twice the limit it got AC"), std::string::npos) << r.detail;
}

TEST_F(PackCheckTest, ARejectionFarOverTheLimitIsNoWarning) {
  const fs::path dir = make_problem("far", {{"submissions/accepted/a.fake", "correct"},
                                            {"submissions/time_limit_exceeded/b.fake", "slow"}});
  const auto rows = checker_.check_problem(dir, false);
  EXPECT_EQ(row(rows, "submissions/time_limit_exceeded/b.fake").status, CheckRow::Status::kOk);
  EXPECT_EQ(row(rows, "submissions/accepted/a.fake").status, CheckRow::Status::kOk);
}

}  // namespace
}  // namespace judge
