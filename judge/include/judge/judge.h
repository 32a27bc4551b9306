// Judging a submission: compile, run each test in the sandbox, check, and decide verdicts.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "judge/checker.h"
#include "judge/classify.h"
#include "judge/compile.h"
#include "judge/language.h"
#include "judge/problem.h"
#include "judge/runner.h"
#include "judge/verdict.h"

namespace judge {

struct TestOutcome {
  std::size_t index = 0;  ///< position in the run, from 0
  std::string name;       ///< "sample/01", "secret/03-empty"
  bool sample = false;
  Verdict verdict = Verdict::kAccepted;
  int time_ms = 0;  ///< CPU time
  int wall_ms = 0;
  std::uint64_t memory_kb = 0;
  std::optional<int> exit_code;
  std::optional<int> signal;
  /// Why it failed. For hidden tests it never quotes test data or output.
  std::string message;
  /// For pack authors (judge pack check): the whole story of an internal error, which may
  /// quote what a checker printed about the hidden data. Never shown to candidates.
  std::string detail;
  std::string desc;  ///< the hidden test's one-line description, if any
  /// For samples and the user's own cases: where the input, expected answer and actual output
  /// are while the reporter looks at them.
  std::filesystem::path input;
  std::filesystem::path answer;
  std::filesystem::path output;
  std::string stderr_tail;  ///< samples only
};

struct JudgeRequest {
  const Problem* problem = nullptr;
  const Language* language = nullptr;
  std::string source;
  std::string display_name;   ///< the user's file name, for compiler messages
  bool samples_only = false;  ///< judge test: samples and extra tests, no hidden ones
  bool run_all = false;       ///< do not stop at the first failing hidden test
  /// Scales the time limit (pack check: does a rejected solution still fail with twice it?).
  double time_scale = 1.0;
  /// The user's own cases (own_cases.h), run after the samples as samples are: checked when
  /// they have an answer, else only run.
  std::vector<TestCase> own_tests;
  /// Other files of the program beside its source (a package's folder submission).
  Compiler::ExtraFiles extra_files;
};

struct JudgeOutcome {
  Verdict verdict = Verdict::kAccepted;
  CompileResult compile;
  std::vector<TestOutcome> tests;
  std::size_t planned = 0;  ///< tests that would run without stopping early
  std::size_t passed = 0;
  int max_time_ms = 0;
  std::uint64_t max_memory_kb = 0;
  std::string error;  ///< an internal error that stopped judging (the verdict is IE)
  /// Judging was stopped by sandbox::request_interrupt() (Ctrl-C): `tests` holds the tests
  /// that finished before it; the one it cut short is not among them, and `verdict` means
  /// nothing.
  bool interrupted = false;
};

/// Progress of a judging run, as it happens. The judge never prints; the command-line
/// program implements this.
class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void compiling(const Language& /*language*/) {}
  virtual void compiled(const CompileResult& /*result*/) {}
  virtual void preparing(const std::string& /*what*/) {}
  virtual void test_started(const TestCase& /*test*/, std::size_t /*index*/,
                            std::size_t /*total*/) {}
  virtual void test_finished(const TestOutcome& /*outcome*/) {}
};

class Judge {
 public:
  Judge(Runner& runner, Compiler& compiler, const Languages& languages,
        std::filesystem::path cache_root);

  /// Makes the problem's generated tests (once; cached) and fills in their paths (generate.cc).
  /// Throws PackError when a generator does not compile, Error when a generator or the
  /// reference solution fails, Interrupted once sandbox::request_interrupt() was called (no
  /// half-made test is kept). An ICPC/Kattis package: throws Error naming its unsupported
  /// features, and measures its time limit when it is pending (measure_time_limit).
  /// `hidden_tests` false (a run of the samples only): only generated samples are made, so
  /// that the samples do not wait for the hidden tests.
  void prepare_tests(Problem& problem, Reporter& reporter, bool hidden_tests = true);

  /// An ICPC/Kattis package whose limit is computed from its accepted submissions' times:
  /// runs them (with a generous limit), computes the limit as problemtools does, sets it in
  /// `problem` and caches it (kattis_problem.cc). Returns notes on submissions that could not
  /// be used (not installed, not accepted). Throws Error when no accepted submission ran.
  std::vector<std::string> measure_time_limit(Problem& problem, Reporter& reporter);

  /// Judges a submission. Never throws for the candidate's faults; a problem that cannot be
  /// judged throws Error (a missing toolchain) or PackError (a checker that does not compile).
  /// Stops early, with
  /// JudgeOutcome::interrupted set, once sandbox::request_interrupt() was called.
  [[nodiscard]] JudgeOutcome judge(const JudgeRequest& request, Reporter& reporter);

  /// Runs a compiled program on one input with the problem's limits, saving its output.
  [[nodiscard]] sandbox::RunResult run_program(const CompileResult& build, const Language& language,
                                               const Problem& problem,
                                               const std::filesystem::path& input,
                                               const std::filesystem::path& output,
                                               double time_scale = 1.0);

 private:
  // The problem's checker; a custom one compiled first (once per Judge). Null when Ctrl-C
  // stopped its compiler; throws PackError when it does not compile.
  std::unique_ptr<Checker> problem_checker(const Problem& problem);
  // An ICPC/Kattis package's own output validator (a file or a folder), compiled once
  // (judge_kattis.cc).
  std::unique_ptr<Checker> package_checker(const Problem& problem);
  // Compiles the submission into outcome.compile; false when judging ends there (CE, IE,
  // interrupted).
  bool compile_submission(const JudgeRequest& request, Reporter& reporter, JudgeOutcome& outcome);
  // Runs, classifies and checks one test; nothing when Ctrl-C cut it short.
  std::optional<TestOutcome> run_test(const JudgeRequest& request, const CompileResult& build,
                                      Checker& checker, const TestCase& test, std::size_t index,
                                      const std::filesystem::path& output);

  Runner& runner_;
  Compiler& compiler_;
  const Languages& languages_;
  std::filesystem::path cache_root_;
  std::optional<CompileResult> checker_build_;
  std::filesystem::path checker_source_;
  std::optional<Language> checker_language_;  // a package validator's, adapted to its files
};

}  // namespace judge
