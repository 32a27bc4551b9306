#include "judge/probe.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "fd.h"
#include "generate.h"
#include "judge/error.h"
#include "judge/hash.h"
#include "judge/paths.h"
#include "judge/profiles.h"
#include "text.h"

namespace judge {

namespace fs = std::filesystem;

Prober::Prober(Runner& runner, Compiler& compiler, const Languages& languages)
    : runner_(runner), compiler_(compiler), languages_(languages) {}

namespace {

double seconds(std::chrono::microseconds t) {
  return static_cast<double>(t.count()) / 1e6;
}

std::string run_failure(const sandbox::RunResult& run) {
  if (run.violated()) {
    return fmt::format("a forbidden system call ({})", run.violation_name);
  }
  if (run.limit != sandbox::LimitKind::kNone) {
    return std::string(sandbox::to_string(run.limit)) + " limit";
  }
  return run.exited ? fmt::format("exit code {}", run.exit_code)
                    : fmt::format("signal {}", run.signal);
}

}  // namespace

namespace {

// The generator's arguments for size n: the table's args with "{n}" and "{seed}" filled in,
// or "N SEED". The seed is fixed: every repeat and every probe of a problem sees the same
// inputs, so two probes of a solution differ only by the machine's noise.
std::vector<std::string> generator_args(const Problem& problem, std::int64_t n) {
  static const std::vector<std::string> kDefault = {"{n}", "{seed}"};
  const std::vector<std::string>& layout =
      problem.complexity_args.empty() ? kDefault : problem.complexity_args;
  std::vector<std::string> args;
  for (const std::string& arg : layout) {
    args.push_back(arg == "{n}" ? std::to_string(n) : arg == "{seed}" ? "1" : arg);
  }
  return args;
}

}  // namespace

Prober::Compiled Prober::compile(const Problem& problem, const Language& language,
                                 const std::string& source, const std::string& display_name) {
  if (problem.complexity_generator.empty() || problem.complexity_sizes.empty()) {
    throw Error(fmt::format("{} has no [complexity] generator and sizes to probe with", problem.id),
                "pick a problem whose problem.toml has them, or add them: generator = "
                "\"generators/gen.py\", sizes = [1000, 10000, 100000] (docs/pack-format.md)");
  }
  const Language* gen_language = languages_.for_file(problem.complexity_generator);
  if (gen_language == nullptr) {
    throw PackError(fmt::format("{}: the [complexity] generator's language is unknown",
                                problem.complexity_generator.string()),
                    detail::pack_check_hint(problem));
  }
  Compiled compiled{compiler_.compile(language, source, display_name), {}, gen_language};
  if (!compiled.solution.ok) {
    throw Error(fmt::format("{} does not compile:\n{}", display_name, compiled.solution.message),
                "fix it first: judge test " + display_name);
  }
  compiled.generator =
      compiler_.compile(*gen_language, read_file(problem.complexity_generator.string()),
                        problem.complexity_generator.filename().string());
  if (!compiled.generator.ok) {
    throw PackError(fmt::format("the generator {} does not compile:\n{}",
                                problem.complexity_generator.string(), compiled.generator.message),
                    detail::pack_check_hint(problem));
  }
  return compiled;
}

void Prober::make_input(const Problem& problem, const Compiled& compiled, std::int64_t n,
                        const fs::path& input) {
  sandbox::RunSpec gen = profiles::generator(*compiled.generator_language, compiled.generator.dir);
  for (std::string& arg : generator_args(problem, n)) {
    gen.argv.push_back(std::move(arg));
  }
  const sandbox::RunResult made = detail::run_with_files(runner_, gen, {}, input);
  if (made.interrupted) {
    throw Interrupted("interrupted while making the probe's inputs");
  }
  if (!made.ok()) {
    throw PackError(fmt::format("the generator {} failed for n = {} ({}): {}",
                                problem.complexity_generator.string(), n, run_failure(made),
                                detail::trimmed(made.stderr_tail)),
                    detail::pack_check_hint(problem));
  }
}

std::vector<coach::Sample> Prober::time_size(const Problem& problem, const Language& language,
                                             const Compiled& compiled, std::int64_t n, int repeats,
                                             const Paths& files, ProbeResult& result) {
  std::vector<coach::Sample> runs;
  for (int i = 0; i < repeats; ++i) {
    const sandbox::RunResult run =
        detail::run_with_files(runner_, profiles::probe(language, problem, compiled.solution.dir),
                               files.input, files.output);
    if (run.interrupted) {
      throw Interrupted("interrupted while probing");
    }
    const double cpu = seconds(run.cpu_time);
    result.cpu_s += cpu;
    const bool time_limit = run.limit == sandbox::LimitKind::kCpuTime ||
                            run.limit == sandbox::LimitKind::kWallTime || cpu > result.time_limit_s;
    if (!time_limit && !run.ok() && n > problem.complexity_sizes.back()) {
      // Past the constraints ([complexity] extend_to) a correct program may fail: one sized
      // to them (an array of 10^4 + 1) has every right to. The sizes before still count.
      result.stopped = fmt::format(
          "n = {} is past the problem's constraints (the table's largest size is {}), and the "
          "program failed there ({}), as one sized to the constraints may: the fit uses the "
          "sizes before it",
          n, problem.complexity_sizes.back(), run_failure(run));
      return {};
    }
    if (!time_limit && !run.ok()) {
      throw Error(fmt::format("{} failed on the probe's input of size {} ({})", files.display_name,
                              n, run_failure(run)),
                  "a probe times a working solution: get it accepted first (judge submit)");
    }
    runs.push_back({n, cpu, time_limit});
    if (time_limit) {
      break;  // one run past the limit says enough about this size
    }
  }
  return runs;
}

bool Prober::run_size(const Problem& problem, const Language& language, const Compiled& compiled,
                      std::int64_t n, const coach::BudgetOptions& budget, const Paths& files,
                      ProbeResult& result, ProbeReporter& reporter) {
  const coach::NextRun next = coach::plan_next_run(result.samples, n, budget);
  if (!next.run) {
    result.stopped = next.reason;
    return false;
  }
  // One input per size, the same for every repeat: the repeats measure the noise, not the
  // input.
  make_input(problem, compiled, n, files.input);
  reporter.size_started(n, next.repeats);
  const std::vector<coach::Sample> runs =
      time_size(problem, language, compiled, n, next.repeats, files, result);
  if (runs.empty()) {
    return false;  // failed past the constraints: result.stopped says so
  }
  result.samples.insert(result.samples.end(), runs.begin(), runs.end());
  reporter.size_finished(n, runs);
  return true;
}

namespace {

// The most sizes the probe runs past the table ([complexity] extend_to). Each costs a run of
// the pack's generator (up to a minute of CPU, profiles::generator) that the probe's budget
// does not count. The library needs at most 7 (coin-change 6); 12 span about five decades at
// the double step.
constexpr int kMaxSizesPastTable = 12;

// The ratio from one rung of the ladder to the next, which the sizes past it keep.
double ladder_step(const std::vector<std::int64_t>& sizes) {
  if (sizes.size() < 2) {
    return coach::ExtendOptions{}.step;
  }
  const double span = static_cast<double>(sizes.back()) / static_cast<double>(sizes.front());
  return std::max(1.2, std::pow(span, 1.0 / static_cast<double>(sizes.size() - 1)));
}

}  // namespace

void Prober::extend(const Problem& problem, const Language& language, const Compiled& compiled,
                    const coach::BudgetOptions& budget, const Paths& files, ProbeResult& result,
                    ProbeReporter& reporter) {
  const std::int64_t table_top = result.ladder.sizes.back();
  const coach::ExtendOptions extend{problem.complexity_extend_to, ladder_step(result.ladder.sizes)};
  int past = 0;
  while (const std::optional<std::int64_t> n = coach::next_extension(result.samples, extend)) {
    if (past == kMaxSizesPastTable) {
      // A pack's generator that prints a tiny input at any n, slowly, would otherwise be run
      // at every size up to extend_to: its time is not in the budget, which counts the
      // solution's CPU only.
      result.stopped = fmt::format(
          "the probe went {} sizes past the table, its most, and the growth is still too small "
          "to time",
          kMaxSizesPastTable);
      break;
    }
    if (!run_size(problem, language, compiled, *n, budget, files, result, reporter)) {
      break;
    }
    result.ladder.sizes.push_back(*n);
    ++past;
  }
  if (result.ladder.sizes.back() > table_top) {
    result.extended_from = table_top;
    const std::string note = fmt::format(
        "n went past the table's largest size, {}, to {} (extend_to {}): up to {} the program's "
        "work was too small to time against its start-up",
        table_top, result.ladder.sizes.back(), problem.complexity_extend_to, table_top);
    result.ladder.note = result.ladder.note.empty() ? note : result.ladder.note + "; " + note;
  }
}

ProbeResult Prober::probe(const Problem& problem, const Language& language,
                          const std::string& source, const std::string& display_name,
                          const ProbeOptions& options, ProbeReporter& reporter) {
  const Compiled compiled = compile(problem, language, source, display_name);
  ProbeResult result;
  result.ladder = coach::plan_ladder(problem.complexity_sizes, options.ladder);
  coach::BudgetOptions budget = options.budget;
  if (budget.time_limit_s <= 0) {
    budget.time_limit_s = program_time_limit_s(language, problem, 1.0);
  }
  result.time_limit_s = budget.time_limit_s;
  TempDir work("judge-probe");
  const Paths files{work.path() / "input", work.path() / "output", display_name};
  bool whole_ladder = true;
  for (const std::int64_t n : result.ladder.sizes) {
    if (!run_size(problem, language, compiled, n, budget, files, result, reporter)) {
      whole_ladder = false;
      break;
    }
  }
  if (whole_ladder && problem.complexity_extend_to > 0) {
    extend(problem, language, compiled, budget, files, result, reporter);
  }
  coach::FitOptions fit;
  fit.resolution_s = budget.resolution_s;
  fit.time_limit_s = budget.time_limit_s;
  result.fit = coach::fit_complexity(result.samples, fit);
  return result;
}

std::string best_class(const coach::FitResult& fit) {
  return fit.best ? std::string(coach::to_string(*fit.best)) : "";
}

ProbeRow probe_row(const Problem& problem, const Language& language, const std::string& file_name,
                   const ProbeResult& r, std::int64_t submission) {
  ProbeRow row;
  row.problem = problem.id;
  row.submission = submission;
  row.language = language.id;
  row.file_name = file_name;
  row.best = best_class(r.fit);
  row.status = std::string(coach::to_string(r.fit.status));
  row.slope = r.fit.tail_slope;
  row.summary = r.fit.summary;
  row.time_limit_s = r.time_limit_s;
  row.cpu_s = r.cpu_s;
  for (const auto& s : r.samples) {
    row.samples.push_back({s.n, s.cpu_s, s.hit_limit});
  }
  return row;
}

}  // namespace judge
