// The judging loop (judge.cc: Judge::judge) against a FakeRunner and a FakeCompiler: no process
// is started. The fake compiler "builds" into a folder of its own, and the fake runner "runs" a
// test by writing the scripted output for its input.
#include "judge/judge.h"

#include <signal.h>

#include <map>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "judge/compile.h"
#include "judge/own_cases.h"
#include "judge/paths.h"
#include "sandbox/limits.h"
#include "test_support.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using unit::bind_source;
using unit::exited;
using unit::FakeCompiler;
using unit::FakeRunner;
using unit::killed;
using unit::read_fd;
using unit::slurp;
using unit::write_fd;
using unit::write_file;

// No toolchain of these exists on the host: the fake compiler needs none.
constexpr const char* kLanguages = R"([fake]
name = "Fake"
extensions = ["fake"]
source = "main.fake"
compile = ["fakecc", "main.fake"]
run = ["/box/main", "--memory={memory}"]
time_multiplier = 2.0
time_offset = 0.5
memory_extra = 16
address_space = 512
oom_markers = ["std::bad_alloc"]

[python]
name = "Python"
extensions = ["py"]
source = "main.py"
run = ["python3", "/box/main.py"]
)";

// What the fake program does for one input.
struct Response {
  std::string output;
  sandbox::RunResult run = exited(0);
};

// A compile that failed with `message` (the judge's fault, if `internal`).
CompileResult failed_compile(std::string message, bool internal = false) {
  CompileResult result;
  result.ok = false;
  result.message = std::move(message);
  result.internal_error = internal;
  return result;
}

class RecordingReporter : public Reporter {
 public:
  void compiling(const Language& language) override {
    events.push_back("compiling " + language.id);
  }
  void compiled(const CompileResult& result) override {
    events.push_back(result.ok ? "compiled" : "compile failed");
  }
  void test_started(const TestCase& test, std::size_t index, std::size_t total) override {
    events.push_back(fmt::format("start {} {}/{}", test.name, index, total));
  }
  void preparing(const std::string& what) override { events.push_back("preparing: " + what); }
  void test_finished(const TestOutcome& outcome) override {
    events.push_back(fmt::format("finish {} {}", outcome.name, code(outcome.verdict)));
    // Sample files exist while the reporter looks at them.
    if (outcome.sample) {
      output_seen.push_back(slurp(outcome.output));
    }
  }
  std::vector<std::string> events;
  std::vector<std::string> output_seen;
};

class JudgeTest : public ::testing::Test {
 protected:
  JudgeTest()
      : languages_(Languages::parse(kLanguages, "languages.toml")),
        runner_([this](const sandbox::RunSpec& spec) { return run(spec); }),
        compiler_(tmp_.path() / "builds",
                  [this](const FakeCompiler::Call& call, CompileResult& result) {
                    const bool checker = call.source == "checker source\n";
                    const bool generator = call.language == "python";
                    if (checker && checker_compile_) {
                      result = *checker_compile_;
                    } else if (generator && generator_compile_) {
                      result = *generator_compile_;
                    } else if (!checker && !generator && compile_result_) {
                      result = *compile_result_;
                    }
                  }),
        judge_(runner_, compiler_, languages_, tmp_.path() / "cache") {
    dir_ = tmp_.path() / "sum";
    add_test("sample/1", "s1");
    add_test("sample/2", "s2");
    add_test("secret/01", "h1");
    add_test("secret/02", "h2");
    add_test("secret/03", "h3");
    write_file(dir_ / "data/secret/02.desc", "two equal numbers\n");
    write_problem("");
  }

  void add_test(const std::string& name, const std::string& input) {
    write_file(dir_ / "data" / (name + ".in"), input + "\n");
    write_file(dir_ / "data" / (name + ".ans"), "ans-" + input + "\n");
    // By default the program answers correctly, in 10 ms per test, with 1 MiB more each time.
    Response r{"ans-" + input + "\n", exited(0)};
    r.run.cpu_time = std::chrono::milliseconds(10 * (responses_.size() + 1));
    r.run.wall_time = r.run.cpu_time + 5ms;
    r.run.peak_memory_bytes = (responses_.size() + 1) * sandbox::kMiB;
    responses_[input] = r;
  }

  void write_problem(const std::string& extra) {
    write_file(dir_ / "problem.toml",
               "title = \"Sum\"\ndifficulty = \"easy\"\n[limits]\ntime = 1.5\nmemory = 128\n"
               "output = 4\n" +
                   extra);
    write_file(dir_ / "statement.md", "# Sum\n");
    problem_ = load_problem(dir_);
  }

  void use_custom_checker(const std::string& protocol) {
    write_file(dir_ / "output_validators/check.fake", "checker source\n");
    write_problem(
        "[checker]\nkind = \"custom\"\nsource = \"output_validators/check.fake\"\n"
        "protocol = \"" +
        protocol + "\"\nargs = [\"case_sensitive\"]\n");
  }

  JudgeOutcome judge(bool samples_only = false, bool run_all = false) {
    JudgeRequest request;
    request.problem = &problem_;
    request.language = &languages_.get("fake");
    request.source = "int main() {}\n";
    request.display_name = "sum.fake";
    request.samples_only = samples_only;
    request.run_all = run_all;
    request.own_tests = own_tests_;
    return judge_.judge(request, reporter_);
  }

  // The fake sandbox.
  sandbox::RunResult run(const sandbox::RunSpec& spec) {
    EXPECT_EQ(spec.profile, sandbox::Profile::kProgram) << "only the compiler forks";
    if (bind_source(spec, "/data/answer")) {
      return checker_(spec);
    }
    if (spec.argv.at(0) == "python3") {  // a generator: prints "gen-ARGS"
      ++generator_runs_;
      if (generator_result_) {
        return *generator_result_;
      }
      std::string text = "gen";
      for (std::size_t i = 2; i < spec.argv.size(); ++i) {
        text += "-" + spec.argv[i];
      }
      write_fd(spec.stdout_fd, text + "\n");
      return exited(0);
    }
    std::string input = read_fd(spec.stdin_fd);
    while (!input.empty() && input.back() == '\n') {
      input.pop_back();
    }
    inputs_.push_back(input);
    auto it = responses_.find(input);
    if (it == responses_.end()) {
      // The reference solution, and the submission, on generated inputs.
      write_fd(spec.stdout_fd, "ans-" + input + "\n");
      return exited(0);
    }
    write_fd(spec.stdout_fd, it->second.output);
    return it->second.run;
  }

  std::vector<std::string> names(const JudgeOutcome& outcome) const {
    std::vector<std::string> result;
    for (const auto& t : outcome.tests) {
      result.push_back(t.name);
    }
    return result;
  }

  TempDir tmp_{"judge-judge-test"};
  fs::path dir_;
  Languages languages_;
  FakeRunner runner_;
  FakeCompiler compiler_;
  Judge judge_;
  Problem problem_;
  RecordingReporter reporter_;
  std::map<std::string, Response> responses_;
  std::optional<CompileResult> compile_result_;     // the submission's; by default a success
  std::optional<CompileResult> checker_compile_;    // the custom checker's
  std::optional<CompileResult> generator_compile_;  // the generators' (in Python)
  std::function<sandbox::RunResult(const sandbox::RunSpec&)> checker_ =
      [](const sandbox::RunSpec&) { return exited(42); };
  std::vector<std::string> inputs_;
  std::vector<TestCase> own_tests_;
  int generator_runs_ = 0;
  std::optional<sandbox::RunResult> generator_result_;
};

TEST_F(JudgeTest, AcceptsWhenEveryTestPasses) {
  JudgeOutcome outcome = judge();
  EXPECT_EQ(outcome.verdict, Verdict::kAccepted);
  EXPECT_TRUE(outcome.compile.ok);
  EXPECT_FALSE(outcome.compile.cached);
  EXPECT_EQ(outcome.error, "");
  EXPECT_EQ(names(outcome), (std::vector<std::string>{"sample/1", "sample/2", "secret/01",
                                                      "secret/02", "secret/03"}));
  EXPECT_EQ(inputs_, (std::vector<std::string>{"s1", "s2", "h1", "h2", "h3"}));
  EXPECT_EQ(outcome.planned, 5u);
  EXPECT_EQ(outcome.passed, 5u);
  EXPECT_EQ(outcome.max_time_ms, 50);
  EXPECT_EQ(outcome.max_memory_kb, 5u * 1024);
  for (std::size_t i = 0; i < outcome.tests.size(); ++i) {
    const TestOutcome& t = outcome.tests[i];
    EXPECT_EQ(t.index, i);
    EXPECT_EQ(t.verdict, Verdict::kAccepted);
    EXPECT_EQ(t.message, "");
    EXPECT_EQ(t.time_ms, static_cast<int>(10 * (i + 1)));
    EXPECT_EQ(t.wall_ms, static_cast<int>(10 * (i + 1) + 5));
    EXPECT_EQ(t.memory_kb, (i + 1) * 1024);
    EXPECT_EQ(t.exit_code, 0);
    EXPECT_EQ(t.signal, std::nullopt);
  }
  EXPECT_TRUE(outcome.tests[0].sample);
  EXPECT_FALSE(outcome.tests[2].sample);
  EXPECT_EQ(outcome.tests[3].desc, "two equal numbers");
}

TEST_F(JudgeTest, ReportsProgressInOrder) {
  responses_["h1"].output = "wrong\n";
  (void)judge();
  EXPECT_THAT(reporter_.events,
              ElementsAre("compiling fake", "compiled", "start sample/1 0/5", "finish sample/1 AC",
                          "start sample/2 1/5", "finish sample/2 AC", "start secret/01 2/5",
                          "finish secret/01 WA"));
  EXPECT_EQ(reporter_.output_seen, (std::vector<std::string>{"ans-s1\n", "ans-s2\n"}));
}

TEST_F(JudgeTest, StopsAtTheFirstFailingHiddenTest) {
  responses_["h2"].output = "wrong\n";
  JudgeOutcome outcome = judge();
  EXPECT_EQ(outcome.verdict, Verdict::kWrongAnswer);
  EXPECT_EQ(names(outcome),
            (std::vector<std::string>{"sample/1", "sample/2", "secret/01", "secret/02"}));
  EXPECT_EQ(outcome.planned, 5u);
  EXPECT_EQ(outcome.passed, 3u);
  EXPECT_EQ(outcome.tests[3].verdict, Verdict::kWrongAnswer);
  EXPECT_EQ(outcome.tests[3].desc, "two equal numbers");
}

// Ctrl-C (issue 7): a run the sandbox cut short is no verdict; judging stops there and the
// outcome keeps the tests that finished.
TEST_F(JudgeTest, StopsWhenARunWasInterrupted) {
  responses_["h2"].run.interrupted = true;
  responses_["h2"].run.exited = false;
  responses_["h2"].run.signal = SIGKILL;
  JudgeOutcome outcome = judge(false, true);
  EXPECT_TRUE(outcome.interrupted);
  EXPECT_EQ(names(outcome), (std::vector<std::string>{"sample/1", "sample/2", "secret/01"}));
  EXPECT_EQ(outcome.passed, 3u);
  EXPECT_EQ(outcome.planned, 5u);
  EXPECT_THAT(inputs_, Not(Contains("h3"))) << "nothing runs after the interrupted test";
}

TEST_F(JudgeTest, RunsEverySampleAndHiddenTestAfterAFailingSample) {
  responses_["s1"].output = "wrong\n";
  JudgeOutcome outcome = judge();
  EXPECT_EQ(outcome.verdict, Verdict::kWrongAnswer);
  EXPECT_EQ(outcome.tests.size(), 5u);
  EXPECT_EQ(outcome.passed, 4u);
  EXPECT_EQ(outcome.tests[0].message, "token 1 (line 1): expected \"ans-s1\", got \"wrong\"");
}

TEST_F(JudgeTest, RunAllKeepsGoingAfterAFailure) {
  responses_["h1"].run.limit = sandbox::LimitKind::kCpuTime;
  responses_["h1"].run.exited = false;
  responses_["h1"].run.signal = SIGKILL;
  responses_["h2"].output = "wrong\n";
  JudgeOutcome outcome = judge(false, true);
  EXPECT_EQ(outcome.verdict, Verdict::kTimeLimit);  // the first failure in test order
  EXPECT_EQ(outcome.tests.size(), 5u);
  EXPECT_EQ(outcome.passed, 3u);
  EXPECT_EQ(outcome.tests[2].verdict, Verdict::kTimeLimit);
  EXPECT_EQ(outcome.tests[2].message, "CPU time over the limit of 3.50 s");
  EXPECT_EQ(outcome.tests[2].signal, SIGKILL);
  EXPECT_EQ(outcome.tests[2].exit_code, std::nullopt);
  EXPECT_EQ(outcome.tests[3].verdict, Verdict::kWrongAnswer);
  EXPECT_EQ(outcome.tests[4].verdict, Verdict::kAccepted);
}

TEST_F(JudgeTest, SamplesOnlyRunsNoHiddenTest) {
  JudgeOutcome outcome = judge(true);
  EXPECT_EQ(outcome.verdict, Verdict::kAccepted);
  EXPECT_EQ(names(outcome), (std::vector<std::string>{"sample/1", "sample/2"}));
  EXPECT_EQ(outcome.planned, 2u);
  EXPECT_EQ(outcome.passed, 2u);
}

TEST_F(JudgeTest, VerdictIsTheFirstFailureInTestOrder) {
  responses_["s2"].run = exited(1, "ValueError: bad\n");
  responses_["h1"].output = "wrong\n";
  JudgeOutcome outcome = judge();
  EXPECT_EQ(outcome.verdict, Verdict::kRuntimeError);
  EXPECT_EQ(outcome.tests[1].message, "exit code 1: ValueError: bad");
  EXPECT_EQ(outcome.tests[1].exit_code, 1);
  EXPECT_EQ(names(outcome), (std::vector<std::string>{"sample/1", "sample/2", "secret/01"}));
}

TEST_F(JudgeTest, HiddenTestsNeverQuoteOutputOrStderr) {
  responses_["h1"].output = "SECRET-OUTPUT\n";
  responses_["h2"].run = killed(SIGABRT,
                                "terminate called after throwing an instance of "
                                "'std::invalid_argument'\n  what():  SECRET-INPUT\n");
  responses_["h3"].run = exited(0, "debug: SECRET-INPUT\n");
  JudgeOutcome outcome = judge(false, true);
  ASSERT_EQ(outcome.tests.size(), 5u);
  EXPECT_EQ(outcome.tests[2].verdict, Verdict::kWrongAnswer);
  EXPECT_EQ(outcome.tests[2].message, "");
  EXPECT_EQ(outcome.tests[3].verdict, Verdict::kRuntimeError);
  EXPECT_EQ(outcome.tests[3].message, "aborted: uncaught exception std::invalid_argument");
  for (const auto& t : outcome.tests) {
    EXPECT_THAT(t.message, Not(HasSubstr("SECRET"))) << t.name;
    if (!t.sample) {
      EXPECT_EQ(t.stderr_tail, "") << t.name;
      EXPECT_TRUE(t.input.empty()) << t.name;
      EXPECT_TRUE(t.answer.empty()) << t.name;
      EXPECT_TRUE(t.output.empty()) << t.name;
    }
  }
}

TEST_F(JudgeTest, SamplesKeepTheirFilesAndStderr) {
  responses_["s1"].output = "wrong\n";
  responses_["s1"].run.stderr_tail = "debug line\n";
  JudgeOutcome outcome = judge();
  const TestOutcome& t = outcome.tests[0];
  EXPECT_EQ(t.input, problem_.tests[0].input);
  EXPECT_EQ(t.answer, problem_.tests[0].answer);
  EXPECT_FALSE(t.output.empty());
  EXPECT_EQ(t.stderr_tail, "debug line\n");
  EXPECT_EQ(t.message, "token 1 (line 1): expected \"ans-s1\", got \"wrong\"");
}

TEST_F(JudgeTest, ClassifiesLimitsAndCrashes) {
  responses_["h1"].run.limit = sandbox::LimitKind::kMemory;
  responses_["h2"].run = killed(SIGSEGV);
  responses_["h3"].run.limit = sandbox::LimitKind::kStdout;
  JudgeOutcome outcome = judge(false, true);
  EXPECT_EQ(outcome.verdict, Verdict::kMemoryLimit);
  EXPECT_EQ(outcome.tests[2].message, "memory over the limit of 128 MiB");
  EXPECT_EQ(outcome.tests[3].verdict, Verdict::kRuntimeError);
  EXPECT_EQ(outcome.tests[3].signal, SIGSEGV);
  EXPECT_EQ(outcome.tests[4].verdict, Verdict::kOutputLimit);
}

TEST_F(JudgeTest, RunsWithTheLanguagesLimits) {
  JudgeOutcome outcome = judge(true);
  ASSERT_EQ(compiler_.calls.size(), 1u);
  EXPECT_EQ(compiler_.calls[0].source, "int main() {}\n");
  EXPECT_EQ(compiler_.calls[0].display_name, "sum.fake");
  ASSERT_EQ(runner_.calls.size(), 2u);  // one run per sample
  const sandbox::RunSpec& spec = runner_.calls[0];
  EXPECT_EQ(spec.profile, sandbox::Profile::kProgram);
  EXPECT_EQ(spec.argv, (std::vector<std::string>{"/box/main", "--memory=128"}));
  EXPECT_EQ(spec.cwd, "/tmp");
  EXPECT_EQ(bind_source(spec, "/box"), outcome.compile.dir);
  ASSERT_EQ(spec.binds.size(), 1u);
  EXPECT_FALSE(spec.binds[0].writable);
  // 1.5 s * 2 + 0.5 s.
  EXPECT_EQ(spec.limits.cpu_time, 3500ms);
  EXPECT_EQ(spec.limits.wall_time, 8000ms);
  EXPECT_EQ(spec.limits.memory_bytes, (128u + 16u) * sandbox::kMiB);
  EXPECT_EQ(spec.limits.stack_bytes, (128u + 16u) * 3 / 4 * sandbox::kMiB);  // three quarters
  EXPECT_EQ(spec.limits.stdout_bytes, 4 * sandbox::kMiB);
  EXPECT_EQ(spec.limits.address_space_extra_bytes, 512 * sandbox::kMiB);
  EXPECT_NE(std::find(spec.env.begin(), spec.env.end(), "HOME=/tmp"), spec.env.end());
}

TEST_F(JudgeTest, CompileErrorRunsNoTest) {
  compile_result_ = failed_compile("sum.fake:1:5: error: expected ';' before '}'\n");
  JudgeOutcome outcome = judge();
  EXPECT_EQ(outcome.verdict, Verdict::kCompileError);
  EXPECT_FALSE(outcome.compile.ok);
  EXPECT_EQ(outcome.compile.message, "sum.fake:1:5: error: expected ';' before '}'\n");
  EXPECT_TRUE(outcome.tests.empty());
  EXPECT_EQ(outcome.passed, 0u);
  EXPECT_TRUE(runner_.calls.empty());
  EXPECT_EQ(reporter_.events, (std::vector<std::string>{"compiling fake", "compile failed"}));
}

TEST_F(JudgeTest, ForbiddenCallWhileCompilingIsAnInternalError) {
  compile_result_ = failed_compile("the compiler made a forbidden system call (ptrace)\n", true);
  JudgeOutcome outcome = judge();
  EXPECT_EQ(outcome.verdict, Verdict::kInternalError);
  EXPECT_EQ(outcome.error, "the compiler made a forbidden system call (ptrace)\n");
  EXPECT_TRUE(outcome.tests.empty());
  EXPECT_TRUE(runner_.calls.empty());
}

// The compiler's Error (a toolchain that is not installed) stops judging: nothing runs.
TEST_F(JudgeTest, MissingToolchainIsAnError) {
  compiler_.missing = {"fake"};
  EXPECT_EQ(unit::error_of([&] { (void)judge(); }), "Fake is not installed");
  EXPECT_TRUE(runner_.calls.empty());
}

TEST_F(JudgeTest, RunsTheUsersOwnInputs) {
  write_file(tmp_.path() / "mine.txt", "mine\n");
  own_tests_ = {own_case(tmp_.path() / "mine.txt")};
  responses_["mine"] = Response{"anything\n", exited(0)};
  JudgeOutcome outcome = judge(true);
  EXPECT_EQ(names(outcome), (std::vector<std::string>{"sample/1", "sample/2", "own/mine.txt"}));
  EXPECT_EQ(outcome.verdict, Verdict::kAccepted);
  EXPECT_TRUE(outcome.tests[2].sample);
  EXPECT_TRUE(outcome.tests[2].answer.empty());
}

TEST_F(JudgeTest, KattisCheckerAccepts) {
  use_custom_checker("kattis");
  std::vector<std::string> outputs;
  checker_ = [&](const sandbox::RunSpec& spec) {
    outputs.push_back(read_fd(spec.stdin_fd));
    EXPECT_EQ(spec.argv,
              (std::vector<std::string>{"/box/main", "--memory=1024", "/data/input", "/data/answer",
                                        "/feedback/", "case_sensitive"}));
    EXPECT_TRUE(bind_source(spec, "/feedback").has_value());
    EXPECT_EQ(bind_source(spec, "/data/output"), std::nullopt);
    return exited(42);
  };
  JudgeOutcome outcome = judge();
  EXPECT_EQ(outcome.verdict, Verdict::kAccepted);
  EXPECT_EQ(outcome.passed, 5u);
  EXPECT_EQ(outputs,
            (std::vector<std::string>{"ans-s1\n", "ans-s2\n", "ans-h1\n", "ans-h2\n", "ans-h3\n"}));
  ASSERT_EQ(compiler_.calls.size(), 2u);  // the submission and the checker, once
  EXPECT_EQ(compiler_.calls[1].source, "checker source\n");
  EXPECT_EQ(compiler_.calls[1].display_name, "check.fake");
}

TEST_F(JudgeTest, KattisCheckerRejectsWithItsMessage) {
  use_custom_checker("kattis");
  checker_ = [&](const sandbox::RunSpec& spec) {
    write_file(*bind_source(spec, "/feedback") / "judgemessage.txt",
               "  the pair does not sum to 9 \nsecond line\n");
    return exited(43);
  };
  JudgeOutcome outcome = judge();
  EXPECT_EQ(outcome.verdict, Verdict::kWrongAnswer);
  ASSERT_EQ(outcome.tests.size(), 3u);  // both samples, then the first hidden test
  EXPECT_EQ(outcome.tests[0].message, "the pair does not sum to 9");
  EXPECT_EQ(outcome.tests[2].verdict, Verdict::kWrongAnswer);
  EXPECT_EQ(outcome.tests[2].message, "");  // hidden: never the checker's words
}

TEST_F(JudgeTest, KattisCheckerRejectsWithoutMessage) {
  use_custom_checker("kattis");
  checker_ = [](const sandbox::RunSpec&) { return exited(43); };
  JudgeOutcome outcome = judge(true);
  EXPECT_EQ(outcome.tests[0].verdict, Verdict::kWrongAnswer);
  EXPECT_EQ(outcome.tests[0].message, "the checker rejected the output");
}

TEST_F(JudgeTest, CheckerFailureOnAHiddenTestKeepsItsWordsForPackAuthorsOnly) {
  use_custom_checker("kattis");
  checker_ = [](const sandbox::RunSpec& spec) {
    // Fails only on the hidden tests, quoting the hidden answer as a checker might.
    const std::string answer = slurp(*bind_source(spec, "/data/answer"));
    return answer.rfind("ans-h", 0) == 0 ? exited(1, "expected " + answer) : exited(42);
  };
  JudgeOutcome outcome = judge();
  EXPECT_EQ(outcome.verdict, Verdict::kInternalError);
  ASSERT_EQ(outcome.tests.size(), 3u);
  EXPECT_EQ(outcome.tests[2].message, "the problem's checker failed on this test (not your fault)");
  EXPECT_EQ(outcome.tests[2].message.find("ans-h1"), std::string::npos);
  EXPECT_EQ(outcome.tests[2].detail,
            "the checker failed (exit code 1; a Kattis checker exits 42 or 43): expected ans-h1");
}

TEST_F(JudgeTest, KattisCheckerOtherExitIsAnInternalError) {
  use_custom_checker("kattis");
  checker_ = [](const sandbox::RunSpec&) { return exited(1, "cannot parse the answer\n"); };
  JudgeOutcome outcome = judge();
  EXPECT_EQ(outcome.verdict, Verdict::kInternalError);
  EXPECT_EQ(outcome.tests[0].verdict, Verdict::kInternalError);
  EXPECT_EQ(outcome.tests[0].message,
            "the checker failed (exit code 1; a Kattis checker exits 42 or 43): cannot parse the "
            "answer");
  checker_ = [](const sandbox::RunSpec&) { return exited(0); };
  EXPECT_EQ(judge(true).tests[0].verdict, Verdict::kInternalError);
}

TEST_F(JudgeTest, CheckerCrashOrLimitIsAnInternalError) {
  use_custom_checker("kattis");
  checker_ = [](const sandbox::RunSpec&) { return killed(SIGSEGV); };
  JudgeOutcome outcome = judge(true);
  EXPECT_EQ(outcome.tests[0].verdict, Verdict::kInternalError);
  EXPECT_EQ(outcome.tests[0].message,
            "the checker failed (segmentation fault (an invalid memory access, or a stack "
            "overflow))");
  checker_ = [](const sandbox::RunSpec&) {
    sandbox::RunResult r = killed(SIGKILL);
    r.limit = sandbox::LimitKind::kCpuTime;
    return r;
  };
  outcome = judge(true);
  EXPECT_EQ(outcome.tests[0].verdict, Verdict::kInternalError);
  EXPECT_THAT(outcome.tests[0].message, HasSubstr("the checker failed (it hit its "));
  checker_ = [](const sandbox::RunSpec&) {
    sandbox::RunResult r = killed(SIGSYS);
    r.violation_syscall = 41;
    r.violation_name = "socket";
    return r;
  };
  outcome = judge(true);
  EXPECT_EQ(outcome.tests[0].verdict, Verdict::kInternalError);
  EXPECT_EQ(outcome.tests[0].message, "the checker failed (forbidden system call socket)");
}

TEST_F(JudgeTest, TestlibCheckerExitCodes) {
  use_custom_checker("testlib");
  int exit_code = 0;
  checker_ = [&](const sandbox::RunSpec& spec) {
    EXPECT_EQ(spec.argv, (std::vector<std::string>{"/box/main", "--memory=1024", "/data/input",
                                                   "/data/output", "/data/answer"}));
    EXPECT_EQ(spec.stdin_fd, -1);
    EXPECT_EQ(bind_source(spec, "/feedback"), std::nullopt);
    auto output = bind_source(spec, "/data/output");
    EXPECT_TRUE(output.has_value());
    EXPECT_EQ(slurp(*output), "ans-s1\n");
    return exited(exit_code, exit_code == 0 ? "ok 1 number\n" : "wrong answer 1st words differ\n");
  };
  const std::map<int, Verdict> expected = {{0, Verdict::kAccepted},
                                           {1, Verdict::kWrongAnswer},
                                           {2, Verdict::kWrongAnswer},
                                           {3, Verdict::kInternalError},
                                           {7, Verdict::kInternalError}};
  problem_.tests.resize(1);  // sample/1 only
  for (const auto& [code, verdict] : expected) {
    exit_code = code;
    JudgeOutcome outcome = judge(true);
    ASSERT_EQ(outcome.tests.size(), 1u);
    EXPECT_EQ(outcome.tests[0].verdict, verdict) << "exit code " << code;
  }
  exit_code = 1;
  EXPECT_EQ(judge(true).tests[0].message, "wrong answer 1st words differ");
  exit_code = 3;
  EXPECT_EQ(judge(true).tests[0].message,
            "the checker failed (exit code 3): wrong answer 1st words differ");
}

// A broken pack, not the candidate's fault: PackError (IE, exit 3), as for a generator.
TEST_F(JudgeTest, CheckerThatDoesNotCompileStopsJudging) {
  use_custom_checker("kattis");
  checker_compile_ = failed_compile("check.fake: syntax error\n");
  try {
    (void)judge();
    FAIL() << "no error";
  } catch (const PackError& e) {
    EXPECT_STREQ(e.what(), "the problem's checker does not compile:\ncheck.fake: syntax error\n");
    EXPECT_EQ(e.hint(), "the problem's pack is broken, not your solution: 'judge pack check " +
                            fs::canonical(dir_).string() + "' shows what is wrong");
  }
  EXPECT_TRUE(runner_.calls.empty());
}

TEST_F(JudgeTest, TimeLimitOfRunProgramScales) {
  JudgeOutcome outcome = judge(true);
  (void)outcome;
  runner_.calls.clear();
  write_file(tmp_.path() / "in", "s1\n");
  sandbox::RunResult r = judge_.run_program(outcome.compile, languages_.get("fake"), problem_,
                                            tmp_.path() / "in", tmp_.path() / "out", 10.0);
  EXPECT_TRUE(r.ok());
  ASSERT_EQ(runner_.calls.size(), 1u);
  EXPECT_EQ(runner_.calls[0].limits.cpu_time, 35000ms);
  EXPECT_EQ(slurp(tmp_.path() / "out"), "ans-s1\n");
}

class GeneratedTestsTest : public JudgeTest {
 protected:
  GeneratedTestsTest() {
    write_file(dir_ / "generators/gen.py", "print('gen')\n");
    write_file(dir_ / "submissions/accepted/solution.fake", "reference\n");
    write_problem(
        "[[generated]]\nname = \"secret/04-max\"\ngenerator = \"generators/gen.py\"\n"
        "args = [\"7\", \"x\"]\ndesc = \"the largest\"\n"
        "[[generated]]\nname = \"sample/3\"\ngenerator = \"generators/gen.py\"\n"
        "args = [\"3\"]\n");
  }
};

TEST_F(GeneratedTestsTest, MakesInputsWithTheGeneratorAndAnswersWithTheReference) {
  judge_.prepare_tests(problem_, reporter_);
  EXPECT_EQ(generator_runs_, 2);
  // By count, never by name: a hidden test's name says what it tests.
  EXPECT_THAT(reporter_.events,
              ElementsAre("preparing: preparing tests (0/2)", "preparing: preparing tests (1/2)",
                          "preparing: preparing tests (2/2)"));
  const TestCase& sample = problem_.tests[2];
  ASSERT_EQ(sample.name, "sample/3");
  EXPECT_EQ(slurp(sample.input), "gen-3\n");
  EXPECT_EQ(slurp(sample.answer), "ans-gen-3\n");
  const TestCase& max = problem_.tests.back();
  ASSERT_EQ(max.name, "secret/04-max");
  EXPECT_EQ(max.desc, "the largest");
  EXPECT_EQ(slurp(max.input), "gen-7-x\n");
  EXPECT_EQ(slurp(max.answer), "ans-gen-7-x\n");
  EXPECT_EQ(max.input.parent_path().parent_path(), tmp_.path() / "cache/generated/sum");
  // The generator runs in the sandbox with its arguments and no input.
  const sandbox::RunSpec* generator = nullptr;
  // The two tests are made on two threads, in either order: found by its arguments.
  for (const auto& call : runner_.calls) {
    if (call.argv.at(0) == "python3" && call.argv.size() == 4) {
      generator = &call;
    }
  }
  ASSERT_NE(generator, nullptr);
  EXPECT_EQ(generator->argv, (std::vector<std::string>{"python3", "/box/main.py", "7", "x"}));
  EXPECT_EQ(generator->stdin_fd, -1);

  JudgeOutcome outcome = judge();
  EXPECT_EQ(outcome.verdict, Verdict::kAccepted);
  EXPECT_EQ(names(outcome),
            (std::vector<std::string>{"sample/1", "sample/2", "sample/3", "secret/01", "secret/02",
                                      "secret/03", "secret/04-max"}));
}

TEST_F(GeneratedTestsTest, ARunOfTheSamplesMakesOnlyTheGeneratedSamples) {
  judge_.prepare_tests(problem_, reporter_, false);
  EXPECT_EQ(generator_runs_, 1);
  EXPECT_THAT(reporter_.events,
              ElementsAre("preparing: preparing tests (0/1)", "preparing: preparing tests (1/1)"));
  EXPECT_EQ(slurp(problem_.tests[2].input), "gen-3\n");
  EXPECT_TRUE(problem_.tests.back().input.empty()) << "the hidden one is not made";
  // The submission then makes the hidden one, and says only how many.
  reporter_.events.clear();
  judge_.prepare_tests(problem_, reporter_);
  EXPECT_EQ(generator_runs_, 2);
  EXPECT_THAT(reporter_.events, ElementsAre("preparing: preparing hidden tests (0/1)",
                                            "preparing: preparing hidden tests (1/1)"));
  EXPECT_EQ(slurp(problem_.tests.back().input), "gen-7-x\n");
}

TEST_F(GeneratedTestsTest, MakesThemOnce) {
  judge_.prepare_tests(problem_, reporter_);
  const fs::path input = problem_.tests.back().input;
  Problem again = load_problem(dir_);
  reporter_.events.clear();
  judge_.prepare_tests(again, reporter_);
  EXPECT_EQ(generator_runs_, 2);
  EXPECT_TRUE(reporter_.events.empty());
  EXPECT_EQ(again.tests.back().input, input);
}

TEST_F(GeneratedTestsTest, ReportsAFailingGenerator) {
  generator_result_ = exited(1, "Traceback (most recent call last):\nValueError: bad n\n");
  EXPECT_EQ(unit::error_of([&] { judge_.prepare_tests(problem_, reporter_); }),
            "the generator " + (fs::canonical(dir_) / "generators/gen.py").string() +
                " failed for sample/3 (exit code 1): Traceback (most recent call last):\n"
                "ValueError: bad n");
  EXPECT_FALSE(fs::exists(tmp_.path() / "cache/generated/sum") &&
               !fs::is_empty(tmp_.path() / "cache/generated/sum"));
}

// The same as a checker that does not compile: a broken pack (PackError, IE, exit 3).
TEST_F(GeneratedTestsTest, AGeneratorThatDoesNotCompileIsABrokenPack) {
  generator_compile_ = failed_compile("gen.py: syntax error\n");
  try {
    judge_.prepare_tests(problem_, reporter_);
    FAIL() << "no error";
  } catch (const PackError& e) {
    EXPECT_EQ(std::string(e.what()), "the generator " +
                                         (fs::canonical(dir_) / "generators/gen.py").string() +
                                         " does not compile:\ngen.py: syntax error\n");
    EXPECT_THAT(e.hint(), HasSubstr("'judge pack check " + fs::canonical(dir_).string() + "'"));
  }
  EXPECT_EQ(generator_runs_, 0);
}

TEST_F(GeneratedTestsTest, ReportsAFailingReference) {
  responses_["gen-3"] = Response{"", killed(SIGSEGV)};
  EXPECT_EQ(unit::error_of([&] { judge_.prepare_tests(problem_, reporter_); }),
            "the reference solution " +
                (fs::canonical(dir_) / "submissions/accepted/solution.fake").string() +
                " failed on the generated test sample/3: RE segmentation fault (an invalid "
                "memory access, or a stack overflow)");
}

}  // namespace
}  // namespace judge
