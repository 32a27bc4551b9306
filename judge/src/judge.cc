#include "judge/judge.h"

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "fd.h"
#include "judge/error.h"
#include "judge/hash.h"
#include "judge/paths.h"
#include "judge/profiles.h"
#include "sandbox/limits.h"
#include "text.h"

namespace judge {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

constexpr int kKattisAccept = 42;
constexpr int kKattisReject = 43;

using detail::Fd;
using detail::lines_of;
using detail::open_read;
using detail::open_write;
using detail::trimmed;

}  // namespace

Judge::Judge(Runner& runner, Compiler& compiler, const Languages& languages, fs::path cache_root)
    : runner_(runner),
      compiler_(compiler),
      languages_(languages),
      cache_root_(std::move(cache_root)) {}

sandbox::RunResult Judge::run_program(const CompileResult& build, const Language& language,
                                      const Problem& problem, const fs::path& input,
                                      const fs::path& output, double time_scale) {
  sandbox::RunSpec spec = profiles::program(language, problem, build.dir, time_scale);
  Fd in(input.empty() ? -1 : open_read(input));
  Fd out(open_write(output));
  spec.stdin_fd = in.get();
  spec.stdout_fd = out.get();
  return runner_.run(spec);
}

const CompileResult& Judge::checker_build(const Problem& problem) {
  if (checker_ && checker_source_ == problem.checker.source) {
    return *checker_;
  }
  const Language* lang = languages_.for_file(problem.checker.source);
  if (lang == nullptr) {
    throw Error(fmt::format("{}: the checker's language is unknown (from its extension)",
                            problem.checker.source.string()),
                "write the checker in C++ (.cpp), C (.c) or Python (.py)");
  }
  std::string source = read_file(problem.checker.source.string());
  checker_ = compiler_.compile(*lang, source, problem.checker.source.filename().string());
  checker_source_ = problem.checker.source;
  return *checker_;
}

void Judge::prepare_tests(Problem& problem, Reporter& reporter) {
  if (problem.generated.empty()) {
    return;
  }
  const Language* ref_lang = languages_.for_file(problem.reference);
  if (ref_lang == nullptr) {
    throw Error(fmt::format("{}: the reference solution's language is unknown",
                            problem.reference.string()));
  }
  const std::string ref_source = read_file(problem.reference.string());

  // The tests still to make (the others are cached).
  struct Job {
    const TestCase* test;
    const GeneratedTest* gen;
    fs::path dir;
    fs::path tmp;
  };
  std::vector<Job> jobs;
  for (auto& test : problem.tests) {
    if (test.generated < 0) {
      continue;
    }
    const GeneratedTest& gen = problem.generated[static_cast<std::size_t>(test.generated)];
    Fingerprint key;
    key.field("generated-v1").field(problem.id).field(gen.generator.filename().string());
    key.field(read_file(gen.generator.string())).field(ref_lang->id).field(ref_source);
    for (const auto& arg : gen.args) {
      key.field(arg);
    }
    const fs::path dir = cache_root_ / "generated" / problem.id / key.hex();
    test.input = dir / "test.in";
    test.answer = dir / "test.ans";
    std::error_code ec;
    if (!fs::exists(dir / "ok", ec)) {
      jobs.push_back(
          // A folder of this process's own: two judges making the same test at once (two
          // terminals, or a parallel test suite) must not write into each other's files.
          {&test, &gen, dir,
           cache_root_ / "generated" / problem.id /
               fmt::format(".tmp-{}-{}-{}", key.hex(), getpid(), jobs.size())});
    }
  }
  if (jobs.empty()) {
    return;
  }

  // What every job needs, built once: the reference solution and each generator.
  reporter.preparing(
      fmt::format("compiling the reference solution {}", problem.reference.filename().string()));
  const CompileResult ref_build =
      compiler_.compile(*ref_lang, ref_source, problem.reference.filename().string());
  if (sandbox::interrupt_requested()) {
    throw Interrupted("interrupted while compiling the reference solution");
  }
  if (!ref_build.ok) {
    throw Error(fmt::format("the reference solution {} does not compile:\n{}",
                            problem.reference.string(), ref_build.message));
  }
  std::map<fs::path, std::pair<const Language*, CompileResult>> generators;
  for (const Job& job : jobs) {
    if (generators.count(job.gen->generator) != 0) {
      continue;
    }
    const Language* gen_lang = languages_.for_file(job.gen->generator);
    if (gen_lang == nullptr) {
      throw Error(
          fmt::format("{}: the generator's language is unknown", job.gen->generator.string()));
    }
    CompileResult build = compiler_.compile(*gen_lang, read_file(job.gen->generator.string()),
                                            job.gen->generator.filename().string());
    if (sandbox::interrupt_requested()) {
      throw Interrupted("interrupted while compiling a generator");
    }
    if (!build.ok) {
      throw Error(fmt::format("the generator {} does not compile:\n{}", job.gen->generator.string(),
                              build.message));
    }
    generators.emplace(job.gen->generator, std::make_pair(gen_lang, std::move(build)));
  }
  for (const Job& job : jobs) {
    reporter.preparing(fmt::format("generating {} (once)", job.test->name));
  }

  // One test: its input from the generator, its answer from the reference solution.
  auto make = [&](const Job& job) {
    const auto& [gen_lang, gen_build] = generators.at(job.gen->generator);
    std::error_code ec;
    fs::remove_all(job.tmp, ec);
    ensure_dir(job.tmp);
    sandbox::RunSpec spec = profiles::generator(*gen_lang, gen_build.dir);
    spec.argv.insert(spec.argv.end(), job.gen->args.begin(), job.gen->args.end());
    sandbox::RunResult run;
    {
      Fd out(open_write(job.tmp / "test.in"));
      spec.stdout_fd = out.get();
      run = runner_.run(spec);
    }
    if (run.interrupted) {
      fs::remove_all(job.tmp, ec);
      throw Interrupted("interrupted while generating the tests");
    }
    if (!run.ok()) {
      fs::remove_all(job.tmp, ec);
      throw Error(fmt::format(
          "the generator {} failed for {} ({}): {}", job.gen->generator.string(), job.test->name,
          run.limit != sandbox::LimitKind::kNone
              ? std::string(sandbox::to_string(run.limit)) + " limit"
              : (run.exited ? fmt::format("exit code {}", run.exit_code) : signal_text(run.signal)),
          trimmed(run.stderr_tail)));
    }
    // The reference gets ten times the time limit: the answers must exist even on a slow or
    // busy machine; its speed is checked by `judge pack check`, not here.
    run =
        run_program(ref_build, *ref_lang, problem, job.tmp / "test.in", job.tmp / "test.ans", 10.0);
    if (run.interrupted) {
      fs::remove_all(job.tmp, ec);
      throw Interrupted("interrupted while generating the tests");
    }
    if (!run.ok()) {
      fs::remove_all(job.tmp, ec);
      RunVerdict v = classify_run(run, *ref_lang, ref_lang->time_limit(problem.time_limit_s) * 10,
                                  problem.memory_mib, false);
      throw Error(fmt::format("the reference solution {} failed on the generated test {}: {} {}",
                              problem.reference.string(), job.test->name, code(v.verdict),
                              v.message));
    }
    std::ofstream(job.tmp / "ok") << "";
    fs::rename(job.tmp, job.dir, ec);
    if (ec) {
      fs::remove_all(job.tmp, ec);  // made by a concurrent judge
    }
  };

  // Several tests at a time: the tests are made once, before any timing matters.
  std::vector<std::exception_ptr> errors(jobs.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&]() {
    for (std::size_t i = next++; i < jobs.size(); i = next++) {
      try {
        make(jobs[i]);
      } catch (...) {
        errors[i] = std::current_exception();
      }
    }
  };
  const std::size_t threads =
      std::min<std::size_t>(jobs.size(), std::max(1U, std::thread::hardware_concurrency()));
  std::vector<std::thread> helpers;
  for (std::size_t t = 1; t < threads; ++t) {
    helpers.emplace_back(worker);
  }
  worker();
  for (auto& t : helpers) {
    t.join();
  }
  for (const auto& error : errors) {
    if (error) {
      std::rethrow_exception(error);  // the first failing test, in test order
    }
  }
}

JudgeOutcome Judge::judge(const JudgeRequest& request, Reporter& reporter) {
  const Problem& problem = *request.problem;
  const Language& language = *request.language;
  JudgeOutcome outcome;

  reporter.compiling(language);
  outcome.compile = compiler_.compile(language, request.source, request.display_name);
  // A compiler stopped by Ctrl-C fails: that is not the candidate's compile error.
  if (sandbox::interrupt_requested()) {
    outcome.interrupted = true;
    return outcome;
  }
  reporter.compiled(outcome.compile);
  if (outcome.compile.internal_error) {
    outcome.verdict = Verdict::kInternalError;
    outcome.error = outcome.compile.message;
    return outcome;
  }
  if (!outcome.compile.ok) {
    outcome.verdict = Verdict::kCompileError;
    return outcome;
  }
  std::unique_ptr<Checker> checker;
  if (problem.checker.kind == CheckerKind::kCustom) {
    const CompileResult& build = checker_build(problem);
    if (sandbox::interrupt_requested()) {
      outcome.interrupted = true;
      return outcome;
    }
    if (!build.ok) {
      outcome.verdict = Verdict::kInternalError;
      outcome.error = fmt::format("the problem's checker does not compile:\n{}", build.message);
      return outcome;
    }
    checker = make_checker(problem.checker, runner_, languages_.for_file(problem.checker.source),
                           build.dir);
  } else {
    checker = make_checker(problem.checker, runner_);
  }

  // The tests to run, in order.
  std::vector<TestCase> tests;
  for (const auto& t : problem.tests) {
    if (t.sample || !request.samples_only) {
      tests.push_back(t);
    }
  }
  for (std::size_t i = 0; i < request.extra_inputs.size(); ++i) {
    TestCase t;
    t.name = fmt::format("own/{}", request.extra_inputs[i].filename().string());
    t.input = request.extra_inputs[i];
    t.sample = true;
    tests.push_back(t);
  }
  outcome.planned = tests.size();

  TempDir work("judge-run");
  // Without a mount namespace, a checker reads the output by its host path, as the sandbox's
  // user (nobody when the judge runs as root): the folder must let it through, not list it.
  std::error_code perm_ec;
  fs::permissions(work.path(),
                  fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec, perm_ec);
  const double time_limit = program_time_limit_s(language, problem, request.time_scale);
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
    TestOutcome result;
    result.index = i;
    result.name = test.name;
    result.sample = test.sample;
    result.desc = test.desc;
    const fs::path output = work.path() / fmt::format("out-{}", i);
    sandbox::RunResult run =
        run_program(outcome.compile, language, problem, test.input, output, request.time_scale);
    if (run.interrupted) {
      // Cut short: not a verdict. The tests before it are the record.
      outcome.interrupted = true;
      break;
    }
    result.time_ms = static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(run.cpu_time).count());
    result.wall_ms = static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(run.wall_time).count());
    result.memory_kb = run.peak_memory_bytes / 1024;
    if (run.exited) {
      result.exit_code = run.exit_code;
    } else if (run.signal != 0) {
      result.signal = run.signal;
    }
    RunVerdict verdict = classify_run(run, language, time_limit, problem.memory_mib, !test.sample);
    result.verdict = verdict.verdict;
    result.message = verdict.message;
    if (result.verdict == Verdict::kAccepted && !test.answer.empty()) {
      CheckResult checked = checker->check(test.input, test.answer, output);
      if (sandbox::interrupt_requested()) {
        outcome.interrupted = true;  // the checker may have been stopped: no verdict
        break;
      }
      result.verdict = checked.verdict;
      if (test.sample) {
        result.message = checked.message;
      } else if (checked.verdict == Verdict::kInternalError) {
        // A checker's own words may quote the hidden answer: only its fate is shown.
        result.detail = checked.message;
        result.message = "the problem's checker failed on this test (not your fault)";
      } else {
        result.message.clear();  // a hidden test's output is never quoted
      }
    }
    if (test.sample) {
      result.input = test.input;
      result.answer = test.answer;
      result.output = output;
      result.stderr_tail = run.stderr_tail;
    }
    outcome.max_time_ms = std::max(outcome.max_time_ms, result.time_ms);
    outcome.max_memory_kb = std::max(outcome.max_memory_kb, result.memory_kb);
    if (result.verdict == Verdict::kAccepted) {
      ++outcome.passed;
    } else {
      if (outcome.verdict == Verdict::kAccepted) {
        outcome.verdict = result.verdict;
      }
      if (!test.sample) {
        hidden_failed = true;
      }
    }
    reporter.test_finished(result);
    if (!test.sample) {
      std::error_code ec;
      fs::remove(output, ec);
    }
    outcome.tests.push_back(std::move(result));
  }
  return outcome;
}

}  // namespace judge
