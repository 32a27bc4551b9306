// The judging loop: compile the submission, make the problem's checker, then run, classify and
// check each test in order, stopping at the first failing hidden test unless asked not to.
#include "judge/judge.h"

#include <algorithm>
#include <optional>
#include <regex>
#include <sstream>

#include <fmt/format.h>

#include "fd.h"
#include "generate.h"
#include "judge/error.h"
#include "judge/hash.h"
#include "judge/paths.h"
#include "judge/profiles.h"
#include "kattis_problem.h"
#include "text.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

// Where `source` stops being UTF-8, as "line L, byte 0xXX"; none when it is UTF-8 or declares
// its encoding on one of its first two lines (PEP 263: the interpreter then decodes it so).
std::optional<std::string> not_utf8(const std::string& source) {
  static const std::regex declared(R"(^[ \t\f]*#.*coding[:=])");
  std::istringstream in(source);
  std::string line;
  for (int n = 0; n < 2 && std::getline(in, line); ++n) {
    if (std::regex_search(line, declared)) {
      return std::nullopt;
    }
  }
  std::size_t line_no = 1;
  for (std::size_t i = 0; i < source.size();) {
    const auto c = static_cast<unsigned char>(source[i]);
    std::size_t extra = 0;
    if (c < 0x80) {
      line_no += c == '\n' ? 1 : 0;
    } else if (c >= 0xC2 && c <= 0xDF) {
      extra = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      extra = 2;
    } else if (c >= 0xF0 && c <= 0xF4) {
      extra = 3;
    } else {
      return fmt::format("line {}, byte 0x{:02X}", line_no, c);
    }
    for (std::size_t k = 1; k <= extra; ++k) {
      if (i + k >= source.size() || (static_cast<unsigned char>(source[i + k]) & 0xC0) != 0x80) {
        return fmt::format("line {}, byte 0x{:02X}", line_no, c);
      }
    }
    i += extra + 1;
  }
  return std::nullopt;
}

// The tests a request runs, in order: the samples (and the hidden tests unless samples_only),
// then the user's own cases, shown as samples are.
std::vector<TestCase> tests_to_run(const JudgeRequest& request) {
  std::vector<TestCase> tests;
  for (const auto& t : request.problem->tests) {
    if (t.sample || !request.samples_only) {
      tests.push_back(t);
    }
  }
  for (TestCase t : request.own_tests) {
    t.sample = true;
    tests.push_back(std::move(t));
  }
  return tests;
}

// What the sandbox measured of a test's run.
void record_run(const sandbox::RunResult& run, TestOutcome& result) {
  result.time_ms =
      static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(run.cpu_time).count());
  result.wall_ms = static_cast<int>(
      std::chrono::duration_cast<std::chrono::milliseconds>(run.wall_time).count());
  result.memory_kb = run.peak_memory_bytes / 1024;
  if (run.exited) {
    result.exit_code = run.exit_code;
  } else if (run.signal != 0) {
    result.signal = run.signal;
  }
}

// The checker's word on a test that ran to the end: what a sample shows, what a hidden test
// keeps back.
void record_check(const CheckResult& checked, TestOutcome& result) {
  result.verdict = checked.verdict;
  if (result.sample) {
    result.message = checked.message;
  } else if (checked.verdict == Verdict::kInternalError) {
    // A checker's own words may quote the hidden answer: only its fate is shown.
    result.detail = checked.message;
    result.message = "the problem's checker failed on this test (not your fault)";
  } else {
    result.message.clear();  // a hidden test's output is never quoted
  }
}

// Adds a finished test to the outcome's totals.
void tally(const TestOutcome& result, JudgeOutcome& outcome) {
  outcome.max_time_ms = std::max(outcome.max_time_ms, result.time_ms);
  outcome.max_memory_kb = std::max(outcome.max_memory_kb, result.memory_kb);
  if (result.verdict == Verdict::kAccepted) {
    ++outcome.passed;
  } else if (outcome.verdict == Verdict::kAccepted) {
    outcome.verdict = result.verdict;  // the first failure in test order
  }
}

}  // namespace

Judge::Judge(Runner& runner, Compiler& compiler, const Languages& languages, fs::path cache_root)
    : runner_(runner),
      compiler_(compiler),
      languages_(languages),
      cache_root_(std::move(cache_root)) {}

sandbox::RunResult Judge::run_program(const CompileResult& build, const Language& language,
                                      const Problem& problem, const fs::path& input,
                                      const fs::path& output, double time_scale) {
  return detail::run_with_files(
      runner_, profiles::program(language, problem, build.dir, time_scale), input, output);
}

void Judge::prepare_tests(Problem& problem, Reporter& reporter, bool hidden_tests) {
  detail::require_judgeable(problem);  // before any run: exit 2 naming the feature
  if (problem.time_limit_pending) {
    (void)measure_time_limit(problem, reporter);
  }
  // A run of the samples makes the generated samples only: it does not wait for the hidden
  // tests.
  detail::generate_tests(runner_, compiler_, languages_, cache_root_, problem, reporter,
                         hidden_tests);
}

std::unique_ptr<Checker> Judge::problem_checker(const Problem& problem) {
  if (problem.checker.kind != CheckerKind::kCustom) {
    return make_checker(problem.checker, runner_);
  }
  if (!problem.checker.files.empty()) {
    return package_checker(problem);
  }
  const Language* lang = languages_.for_file(problem.checker.source);
  if (lang == nullptr) {
    throw Error(fmt::format("{}: the checker's language is unknown (from its extension)",
                            problem.checker.source.string()),
                "write the checker in C++ (.cpp), C (.c) or Python (.py)");
  }
  // Compiled once per Judge: pack check judges many submissions of one problem.
  if (!checker_build_ || checker_source_ != problem.checker.source) {
    checker_build_ = compiler_.compile(*lang, read_file(problem.checker.source.string()),
                                       problem.checker.source.filename().string());
    checker_source_ = problem.checker.source;
  }
  // A compiler stopped by Ctrl-C fails: that says nothing of the checker.
  if (sandbox::interrupt_requested()) {
    return nullptr;
  }
  if (!checker_build_->ok) {
    throw PackError(
        fmt::format("the problem's checker does not compile:\n{}", checker_build_->message),
        detail::pack_check_hint(problem));
  }
  return make_checker(problem.checker, runner_, lang, checker_build_->dir);
}

bool Judge::compile_submission(const JudgeRequest& request, Reporter& reporter,
                               JudgeOutcome& outcome) {
  reporter.compiling(*request.language);
  if (request.language->utf8_source) {
    if (auto where = not_utf8(request.source)) {
      outcome.compile.message = fmt::format(
          "{}: {} is not UTF-8, and {} reads sources as UTF-8: save the file as UTF-8, or "
          "declare its encoding on the first line (# -*- coding: latin-1 -*-)\n",
          request.display_name, *where, request.language->name);
      reporter.compiled(outcome.compile);
      outcome.verdict = Verdict::kCompileError;
      return false;
    }
  }
  outcome.compile = request.extra_files.empty()
                        ? compiler_.compile(*request.language, request.source, request.display_name)
                        : compiler_.compile_files(*request.language, request.source,
                                                  request.display_name, request.extra_files);
  // A compiler stopped by Ctrl-C fails: that is not the candidate's compile error.
  if (sandbox::interrupt_requested()) {
    outcome.interrupted = true;
    return false;
  }
  reporter.compiled(outcome.compile);
  if (outcome.compile.internal_error) {
    outcome.verdict = Verdict::kInternalError;
    outcome.error = outcome.compile.message;
    return false;
  }
  if (!outcome.compile.ok) {
    outcome.verdict = Verdict::kCompileError;
    return false;
  }
  return true;
}

std::optional<TestOutcome> Judge::run_test(const JudgeRequest& request, const CompileResult& build,
                                           Checker& checker, const TestCase& test,
                                           std::size_t index, const fs::path& output) {
  const Problem& problem = *request.problem;
  const Language& language = *request.language;
  TestOutcome result;
  result.index = index;
  result.name = test.name;
  result.sample = test.sample;
  result.desc = test.desc;
  sandbox::RunResult run =
      run_program(build, language, problem, test.input, output, request.time_scale);
  if (run.interrupted) {
    return std::nullopt;  // cut short: not a verdict
  }
  // Stack traces name the sandbox's file ("/box/main.py", "(Main.java:7)"): name the user's.
  run.stderr_tail =
      detail::replace_all(run.stderr_tail, "/box/" + language.source_name, request.display_name);
  run.stderr_tail = detail::replace_all(run.stderr_tail, "(" + language.source_name + ":",
                                        "(" + request.display_name + ":");
  record_run(run, result);
  RunVerdict verdict =
      classify_run(run, language, program_time_limit_s(language, problem, request.time_scale),
                   problem.memory_mib, !test.sample);
  result.verdict = verdict.verdict;
  result.message = verdict.message;
  if (result.verdict == Verdict::kMemoryLimit && problem.memory_kill_is_runtime_error) {
    // ICPC/Kattis packages label a memory kill a run-time error (their judges see a crash).
    result.verdict = Verdict::kRuntimeError;
  }
  if (result.verdict == Verdict::kAccepted && !test.answer.empty()) {
    CheckResult checked = checker.check(test.input, test.answer, output);
    if (sandbox::interrupt_requested()) {
      return std::nullopt;  // the checker may have been stopped: no verdict
    }
    record_check(checked, result);
  } else if (result.verdict == Verdict::kAccepted) {
    // Nothing to compare with: it ran, which is not "accepted".
    result.message =
        fmt::format("ran: no answer to compare with (write {} beside it)",
                    fs::path(test.input).replace_extension(".ans").filename().string());
  }
  if (test.sample) {
    result.input = test.input;
    result.answer = test.answer;
    result.output = output;
    result.stderr_tail = run.stderr_tail;
  }
  return result;
}

JudgeOutcome Judge::judge(const JudgeRequest& request_in, Reporter& reporter) {
  // The user's own Java file on an ICPC/Kattis package keeps its class name (kattis_problem.h).
  const std::optional<Language> own = detail::own_program_language(
      *request_in.problem, *request_in.language, request_in.source, request_in.display_name);
  JudgeRequest adapted;
  if (own) {
    adapted = request_in;
    adapted.language = &*own;
  }
  const JudgeRequest& request = own ? adapted : request_in;
  JudgeOutcome outcome;
  if (!compile_submission(request, reporter, outcome)) {
    return outcome;
  }
  std::unique_ptr<Checker> checker = problem_checker(*request.problem);
  if (checker == nullptr) {
    outcome.interrupted = true;
    return outcome;
  }
  const std::vector<TestCase> tests = tests_to_run(request);
  outcome.planned = tests.size();
  TempDir work("judge-run");
  // Without a mount namespace, a checker reads the output by its host path, as the sandbox's
  // user (nobody when the judge runs as root): the folder must let it through, not list it.
  std::error_code perm_ec;
  fs::permissions(work.path(),
                  fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec, perm_ec);
  bool hidden_failed = false;
  for (std::size_t i = 0; i < tests.size(); ++i) {
    const TestCase& test = tests[i];
    if (!test.sample && hidden_failed && !request.run_all) {
      break;
    }
    if (sandbox::interrupt_requested()) {
      outcome.interrupted = true;
      break;
    }
    reporter.test_started(test, i, tests.size());
    const fs::path output = work.path() / fmt::format("out-{}", i);
    std::optional<TestOutcome> result =
        run_test(request, outcome.compile, *checker, test, i, output);
    if (!result) {
      outcome.interrupted = true;  // the tests before it are the record
      break;
    }
    tally(*result, outcome);
    hidden_failed = hidden_failed || (!test.sample && result->verdict != Verdict::kAccepted);
    reporter.test_finished(*result);
    if (!test.sample) {
      std::error_code ec;
      fs::remove(output, ec);
    }
    outcome.tests.push_back(std::move(*result));
  }
  return outcome;
}

}  // namespace judge
