// What judging an ICPC/Kattis package adds to the judging loop: its own output validator (a
// file or a folder of files), and the time limit measured from its accepted submissions.
#include <algorithm>

#include <fmt/format.h>

#include "judge/error.h"
#include "judge/judge.h"
#include "judge/kattis.h"
#include "kattis_problem.h"

namespace judge {

namespace {

// The generous limit accepted submissions run with while the limit is measured: problemtools
// measures with a large limit too, so that a slow machine still yields a time, not a TLE.
constexpr double kMeasureLimitS = 20.0;

class Silent : public Reporter {};

}  // namespace

std::unique_ptr<Checker> Judge::package_checker(const Problem& problem) {
  const CheckerSpec& spec = problem.checker;
  const Language* lang = languages_.for_file(spec.source);
  if (lang == nullptr) {
    throw PackError(fmt::format("{}: the output validator's language is unknown (from its "
                                "extension)",
                                spec.source.string()),
                    "the judge builds output validators in C, C++ or Python");
  }
  detail::ProgramBuild build = detail::program_build(*lang, spec.source, spec.files, "");
  if (!checker_build_ || checker_source_ != spec.source) {
    checker_build_ =
        compiler_.compile_files(build.language, build.source, build.display_name, build.extra);
    checker_source_ = spec.source;
  }
  if (sandbox::interrupt_requested()) {
    return nullptr;
  }
  if (!checker_build_->ok) {
    throw PackError(fmt::format("the package's output validator does not compile:\n{}",
                                checker_build_->message),
                    fmt::format("check it with: judge pack check {}", problem.dir.string()));
  }
  checker_language_ = build.language;
  return make_checker(spec, runner_, &*checker_language_, checker_build_->dir);
}

std::vector<std::string> Judge::measure_time_limit(Problem& problem, Reporter& reporter) {
  if (!problem.kattis) {
    return {};
  }
  const kattis::KattisPackage& package = *problem.kattis;
  std::vector<std::string> notes;
  if (!kattis::needs_measurement(package.metadata, package.timelimit_file)) {
    detail::apply_time_limit(
        problem, kattis::compute_time_limit(package.metadata, package.timelimit_file, {}));
    return notes;
  }
  Problem generous = problem;
  generous.time_limit_s = kMeasureLimitS;
  generous.time_limit_pending = false;
  kattis::TimingEvidence evidence;
  Silent silent;
  for (const auto& s : package.submissions.submissions) {
    if (s.expected != Verdict::kAccepted || !s.program.skipped.empty()) {
      continue;
    }
    std::string why;
    const Language* lang = detail::program_language(s.program, languages_, compiler_, why);
    if (lang == nullptr) {
      notes.push_back(fmt::format("{}: not run ({})", s.program.name, why));
      continue;
    }
    if (!why.empty()) {
      notes.push_back(fmt::format("{}: {}", s.program.name, why));
    }
    reporter.preparing(fmt::format("measuring the time limit: {}", s.program.name));
    detail::ProgramBuild build = detail::program_build(s.program, languages_, lang);
    // Not run_all: a submission that fails a test is not counted, so the tests after it would
    // only cost time (up to the 20 s limit each: a CPython submission written for PyPy took
    // ten minutes of KTH 2017's islands2 so).
    JudgeOutcome outcome = judge(build.request(generous), silent);
    if (outcome.interrupted || sandbox::interrupt_requested()) {
      throw Interrupted("interrupted while measuring the time limit");
    }
    if (outcome.verdict != Verdict::kAccepted) {
      notes.push_back(fmt::format("{}: not counted: it got {} with a {:.0f} s limit",
                                  s.program.name, code(outcome.verdict), kMeasureLimitS));
      continue;
    }
    const double seconds = outcome.max_time_ms / 1000.0;
    evidence.slowest_lower_bound_s = std::max(evidence.slowest_lower_bound_s.value_or(0), seconds);
  }
  if (!evidence.slowest_lower_bound_s) {
    throw Error(fmt::format("{}: cannot compute the time limit: no accepted submission of the "
                            "package ran and passed{}",
                            problem.id, notes.empty() ? "" : " (" + notes.front() + ")"),
                "the package sets no time limit (no limits.time_limit, no .timelimit): install "
                "the language of one of its submissions/accepted/, or write a .timelimit file "
                "with the limit in seconds");
  }
  const kattis::TimeLimit limit =
      kattis::compute_time_limit(package.metadata, package.timelimit_file, evidence);
  detail::apply_time_limit(problem, limit);
  // Keyed by the languages the submissions ran in (PyPy, or CPython in its place).
  detail::store_time_limit(problem, limit, cache_root_, [this](const kattis::KattisProgram& p) {
    std::string note;
    const Language* l = detail::program_language(p, languages_, compiler_, note);
    return l != nullptr ? l->id : p.language;
  });
  return notes;
}

}  // namespace judge
