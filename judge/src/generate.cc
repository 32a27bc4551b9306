// Generated tests ([[generated]] in problem.toml): each input made by a generator, each answer
// by the reference solution, once per generator, reference and arguments, and cached.
#include "generate.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "fd.h"
#include "judge/classify.h"
#include "judge/error.h"
#include "judge/hash.h"
#include "judge/paths.h"
#include "judge/profiles.h"
#include "parallel.h"
#include "text.h"

namespace judge::detail {

namespace fs = std::filesystem;

namespace {

// The reference gets ten times the time limit: the answers must exist even on a slow or busy
// machine; its speed is checked by `judge pack check`, not here.
constexpr double kReferenceTimeScale = 10.0;

// A program the tests are made with, compiled once: a generator or the reference solution.
struct Tool {
  const Language* language = nullptr;
  CompileResult build;
};

// One test to make.
struct Job {
  const TestCase* test;
  const GeneratedTest* gen;
  fs::path dir;  // where it is kept once made
  fs::path tmp;  // where it is made
};

// Fills in every generated test's paths; returns the tests not made yet.
std::vector<Job> pending_jobs(Problem& problem, const Language& ref_lang,
                              const std::string& ref_source, const fs::path& cache_root,
                              bool hidden_tests) {
  std::vector<Job> jobs;
  for (auto& test : problem.tests) {
    if (test.generated < 0 || (!test.sample && !hidden_tests)) {
      continue;
    }
    const GeneratedTest& gen = problem.generated[static_cast<std::size_t>(test.generated)];
    Fingerprint key;
    key.field("generated-v1").field(problem.id).field(gen.generator.filename().string());
    key.field(read_file(gen.generator.string())).field(ref_lang.id).field(ref_source);
    for (const auto& arg : gen.args) {
      key.field(arg);
    }
    const fs::path dir = cache_root / "generated" / problem.id / key.hex();
    test.input = dir / "test.in";
    test.answer = dir / "test.ans";
    std::error_code ec;
    if (!fs::exists(dir / "ok", ec)) {
      jobs.push_back(
          // A folder of this process's own: two judges making the same test at once (two
          // terminals, or a parallel test suite) must not write into each other's files.
          {&test, &gen, dir,
           cache_root / "generated" / problem.id /
               fmt::format(".tmp-{}-{}-{}", key.hex(), getpid(), jobs.size())});
    }
  }
  return jobs;
}

Tool compile_reference(Compiler& compiler, const Problem& problem, const Language& language,
                       const std::string& source) {
  Tool reference{&language,
                 compiler.compile(language, source, problem.reference.filename().string())};
  if (sandbox::interrupt_requested()) {
    throw Interrupted("interrupted while compiling the reference solution");
  }
  if (!reference.build.ok) {
    throw Error(fmt::format("the reference solution {} does not compile:\n{}",
                            problem.reference.string(), reference.build.message),
                pack_check_hint(problem));
  }
  return reference;
}

// Each generator the jobs need, compiled once.
std::map<fs::path, Tool> compile_generators(Compiler& compiler, const Languages& languages,
                                            const Problem& problem, const std::vector<Job>& jobs) {
  std::map<fs::path, Tool> generators;
  for (const Job& job : jobs) {
    const fs::path& file = job.gen->generator;
    if (generators.count(file) != 0) {
      continue;
    }
    const Language* language = languages.for_file(file);
    if (language == nullptr) {
      throw Error(fmt::format("{}: the generator's language is unknown", file.string()),
                  "give the generator a known extension (.cpp, .py, ...): 'judge languages' "
                  "lists them");
    }
    CompileResult build =
        compiler.compile(*language, read_file(file.string()), file.filename().string());
    if (sandbox::interrupt_requested()) {
      throw Interrupted("interrupted while compiling a generator");
    }
    if (!build.ok) {
      // Like a checker that does not compile: the pack is broken (IE), not the user's input.
      throw PackError(
          fmt::format("the generator {} does not compile:\n{}", file.string(), build.message),
          pack_check_hint(problem));
    }
    generators.emplace(file, Tool{language, std::move(build)});
  }
  return generators;
}

// Why a generator's run failed: the limit it hit, its exit code or its signal.
std::string generator_failure(const sandbox::RunResult& run) {
  if (run.limit != sandbox::LimitKind::kNone) {
    return std::string(sandbox::to_string(run.limit)) + " limit";
  }
  return run.exited ? fmt::format("exit code {}", run.exit_code) : signal_text(run.signal);
}

// One test: its input from the generator, its answer from the reference solution. Removes
// its folder on failure.
void make_test(Runner& runner, const Problem& problem, const Job& job, const Tool& generator,
               const Tool& reference) {
  std::error_code ec;
  fs::remove_all(job.tmp, ec);
  ensure_dir(job.tmp);
  auto give_up = [&job] {
    std::error_code remove_ec;
    fs::remove_all(job.tmp, remove_ec);
  };
  sandbox::RunSpec spec = profiles::generator(*generator.language, generator.build.dir);
  spec.argv.insert(spec.argv.end(), job.gen->args.begin(), job.gen->args.end());
  sandbox::RunResult run = run_with_files(runner, spec, {}, job.tmp / "test.in");
  if (run.interrupted) {
    give_up();
    throw Interrupted("interrupted while generating the tests");
  }
  if (!run.ok()) {
    give_up();
    throw Error(fmt::format("the generator {} failed for {} ({}): {}", job.gen->generator.string(),
                            job.test->name, generator_failure(run), trimmed(run.stderr_tail)),
                pack_check_hint(problem));
  }
  run = run_with_files(
      runner,
      profiles::program(*reference.language, problem, reference.build.dir, kReferenceTimeScale),
      job.tmp / "test.in", job.tmp / "test.ans");
  if (run.interrupted) {
    give_up();
    throw Interrupted("interrupted while generating the tests");
  }
  if (!run.ok()) {
    give_up();
    RunVerdict v =
        classify_run(run, *reference.language,
                     program_time_limit_s(*reference.language, problem, kReferenceTimeScale),
                     problem.memory_mib, false);
    throw Error(fmt::format("the reference solution {} failed on the generated test {}: {} {}",
                            problem.reference.string(), job.test->name, code(v.verdict), v.message),
                pack_check_hint(problem));
  }
  std::ofstream(job.tmp / "ok") << "";
  fs::rename(job.tmp, job.dir, ec);
  if (ec) {
    give_up();  // made by a concurrent judge
  }
}

}  // namespace

std::string pack_check_hint(const Problem& problem) {
  // A follow-up's folder is followups/N of its problem, which `judge pack check` takes whole.
  const fs::path dir = problem.stage > 0 ? problem.dir.parent_path().parent_path() : problem.dir;
  return fmt::format(
      "the problem's pack is broken, not your solution: 'judge pack check {}' "
      "shows what is wrong",
      dir.string());
}

void generate_tests(Runner& runner, Compiler& compiler, const Languages& languages,
                    const fs::path& cache_root, Problem& problem, Reporter& reporter,
                    bool hidden_tests) {
  if (problem.generated.empty()) {
    return;
  }
  const Language* ref_lang = languages.for_file(problem.reference);
  if (ref_lang == nullptr) {
    throw Error(
        fmt::format("{}: the reference solution's language is unknown", problem.reference.string()),
        "give the reference solution a known extension (.cpp, .py, ...): 'judge "
        "languages' lists them");
  }
  const std::string ref_source = read_file(problem.reference.string());
  const std::vector<Job> jobs =
      pending_jobs(problem, *ref_lang, ref_source, cache_root, hidden_tests);
  if (jobs.empty()) {
    return;
  }
  // Progress by count only: a hidden test's name says what it tests, which the candidate
  // learns from a failed submission, not before.
  const bool any_sample =
      std::any_of(jobs.begin(), jobs.end(), [](const Job& job) { return job.test->sample; });
  const std::string what = any_sample ? "preparing tests" : "preparing hidden tests";
  reporter.preparing(fmt::format("{} (0/{})", what, jobs.size()));
  // What every job needs, built once: the reference solution and each generator.
  const Tool reference = compile_reference(compiler, problem, *ref_lang, ref_source);
  const std::map<fs::path, Tool> generators =
      compile_generators(compiler, languages, problem, jobs);
  // Several tests at a time: the tests are made once, before any timing matters. The first
  // failing test, in test order, is the error.
  std::mutex progress;  // the reporter is called from one thread at a time
  std::size_t made = 0;
  const std::size_t threads = std::max(1U, std::thread::hardware_concurrency());
  for_each_parallel(jobs.size(), threads, [&](std::size_t i) {
    make_test(runner, problem, jobs[i], generators.at(jobs[i].gen->generator), reference);
    const std::lock_guard<std::mutex> lock(progress);
    reporter.preparing(fmt::format("{} ({}/{})", what, ++made, jobs.size()));
  });
}

}  // namespace judge::detail
