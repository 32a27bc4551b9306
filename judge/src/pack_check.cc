#include "judge/pack_check.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>

#include <fmt/format.h>

#include "judge/error.h"
#include "judge/hash.h"
#include "judge/judge.h"
#include "judge/kattis.h"
#include "judge/problem.h"
#include "judge/profiles.h"
#include "kattis_problem.h"
#include "parallel.h"
#include "text.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

using detail::first_line;

// The first failing test of an outcome, for a detail column.
std::string first_failure(const JudgeOutcome& outcome) {
  for (const auto& t : outcome.tests) {
    if (t.verdict != Verdict::kAccepted) {
      const std::string& why = t.detail.empty() ? t.message : t.detail;
      std::string what = why.empty() ? "" : ": " + first_line(why);
      return fmt::format("{} on {}{}", code(t.verdict), t.name, what);
    }
  }
  if (!outcome.error.empty()) {
    return first_line(outcome.error);
  }
  if (outcome.verdict == Verdict::kCompileError) {
    return first_line(outcome.compile.message);
  }
  return {};
}

// The languages a pack offers starter code in: each language one of `problems` has a
// template for, with that template's file name (solution.py, Main.java).
std::map<std::string, std::string> offered_templates(const std::vector<fs::path>& problems,
                                                     const Languages& languages) {
  std::map<std::string, std::string> offered;
  for (const auto& dir : problems) {
    std::error_code ec;
    for (fs::directory_iterator it(dir / "templates", ec), end; !ec && it != end;
         it.increment(ec)) {
      if (const Language* lang = languages.for_file(it->path());
          lang != nullptr && it->is_regular_file(ec)) {
        offered.emplace(lang->id, it->path().filename().string());
      }
    }
  }
  return offered;
}

// The problems beside `dir` when its folder is a pack, else `dir` alone: what a problem
// checked by itself is compared with.
std::vector<fs::path> pack_of(const fs::path& dir) {
  std::vector<fs::path> problems{dir};
  std::error_code ec;
  const fs::path parent = fs::absolute(dir, ec).lexically_normal().parent_path();
  if (!fs::is_regular_file(parent / "pack.toml", ec)) {
    return problems;
  }
  try {
    for (const auto& id : load_pack(parent).problem_ids) {
      problems.push_back(parent / id);
    }
  } catch (const Error&) {
    // A pack.toml that does not read is reported when the pack is checked.
  }
  return problems;
}

// `judge start ID --lang L` writes an empty file for a language without a template: a
// warning for each language the pack offers that `problem` lacks. A pack without templates
// offers none (the test packs of a pack author, say).
void missing_templates(const Problem& problem, const std::string& id,
                       const std::map<std::string, std::string>& offered,
                       const Languages& languages, std::vector<CheckRow>& rows) {
  for (const auto& [lang_id, file] : offered) {
    const bool has = std::any_of(problem.templates.begin(), problem.templates.end(),
                                 [&, wanted = lang_id](const auto& t) {
                                   const Language* found = languages.for_file(t.first);
                                   return found != nullptr && found->id == wanted;
                                 });
    if (has) {
      continue;
    }
    const Language* lang = languages.find(lang_id);
    rows.push_back({id, "templates/" + file, "a template", "none", CheckRow::Status::kWarning,
                    fmt::format("no {} template (the pack has some): 'judge start {} --lang {}' "
                                "would write an empty file; add templates/{}",
                                lang != nullptr ? lang->name : lang_id, id, lang_id, file),
                    0});
  }
}

}  // namespace

PackChecker::PackChecker(Runner& runner, Compiler& compiler, const Languages& languages,
                         fs::path cache_root)
    : runner_(runner),
      compiler_(compiler),
      languages_(languages),
      cache_root_(std::move(cache_root)) {}

std::vector<CheckRow> PackChecker::check_problem(const fs::path& dir, bool templates) {
  return check_one(dir, templates, offered_templates(pack_of(dir), languages_));
}

std::vector<CheckRow> PackChecker::check_one(const fs::path& dir, bool templates,
                                             const std::map<std::string, std::string>& offered) {
  std::vector<CheckRow> rows;
  const std::string id = dir.filename().string();
  Problem problem;
  try {
    problem = load_problem(dir);
  } catch (const Error& e) {
    rows.push_back({id, "metadata", "valid", "invalid", CheckRow::Status::kFailed, e.what(), 0});
    return rows;
  }
  if (problem.kattis) {
    check_package(problem, rows);
    return rows;
  }
  check_stage(problem, id, "", templates, rows);
  missing_templates(problem, id, offered, languages_, rows);
  // Each follow-up is a problem of its own: its tests, its checker, its labelled solutions
  // (the first stage's natural solution among its rejected ones).
  for (std::size_t n = 1; n <= problem.followups.size(); ++n) {
    const std::string prefix = fmt::format("followup-{}/", n);
    Problem stage;
    try {
      stage = load_followup(problem, static_cast<int>(n));
    } catch (const Error& e) {
      rows.push_back(
          {id, prefix + "metadata", "valid", "invalid", CheckRow::Status::kFailed, e.what(), 0});
      continue;
    }
    // Its own templates, when its input or output changed, must be right too.
    const bool own_templates =
        !stage.templates.empty() &&
        stage.templates.begin()->second.parent_path().parent_path() == stage.dir;
    check_stage(stage, id, prefix, templates && own_templates, rows);
  }
  return rows;
}

namespace {

// One stage's checks (the problem, or a follow-up), each finding a row named PREFIX + item.
class StageCheck {
 public:
  StageCheck(Judge& judge, Compiler& compiler, const Languages& languages, Problem& problem,
             std::string id, std::string prefix, std::vector<CheckRow>& rows)
      : judge_(judge),
        compiler_(compiler),
        languages_(languages),
        problem_(problem),
        id_(std::move(id)),
        prefix_(std::move(prefix)),
        rows_(rows) {}

  void add(std::string item, std::string expected, std::string got, CheckRow::Status status,
           std::string detail, int time_ms = 0) {
    rows_.push_back({id_, prefix_ + item, std::move(expected), std::move(got), status,
                     std::move(detail), time_ms});
  }

  // The tests exist (generated ones made): samples and hidden ones. False: stop here.
  bool tests();
  // A custom checker compiles. False: stop here.
  bool checker();
  // Judges one solution or template and compares its verdict with the expected one.
  void solution(const fs::path& file, Verdict expected, const std::string& item, bool is_template);
  // The same for a request made by the caller (an ICPC/Kattis package's submission).
  void judge_request(const JudgeRequest& request, Verdict expected, const std::string& item,
                     bool is_template);
  // An ICPC/Kattis package's output validator builds. False: stop here.
  bool package_checker();
  // An ICPC/Kattis package's time limit, measured again from its accepted submissions.
  bool package_time_limit();
  // An ICPC/Kattis package's labelled submissions.
  void package_submissions();

 private:
  // An ICPC/Kattis TLE submission must still time out at the limit times the package's
  // safety margin (problem.tle_time_limit_s).
  void tle_margin(const JudgeRequest& request, CheckRow::Status& status, std::string& detail);
  // A TLE solution within twice the limit: a faster machine would accept it.
  void try_twice_the_limit(const JudgeRequest& request, CheckRow::Status& status,
                           std::string& detail);

  // Judges `request`. Throws Interrupted when Ctrl-C stopped it: its verdict is only the
  // tests before, and a row "expected TLE, got AC" would blame the submission for it.
  JudgeOutcome judge_or_stop(const JudgeRequest& request);

  class Silent : public Reporter {};

  Judge& judge_;
  Compiler& compiler_;
  const Languages& languages_;
  Problem& problem_;
  std::string id_;
  std::string prefix_;
  std::vector<CheckRow>& rows_;
  Silent silent_;
};

bool StageCheck::tests() {
  try {
    judge_.prepare_tests(problem_, silent_);
  } catch (const Error& e) {
    add("tests", "generated", "failed", CheckRow::Status::kFailed, e.what());
    return false;
  }
  const std::size_t samples = problem_.sample_count();
  const std::size_t hidden = problem_.tests.size() - samples;
  const bool tests_ok = samples > 0 && hidden > 0;
  add("tests", "samples and hidden", fmt::format("{} + {}", samples, hidden),
      tests_ok ? CheckRow::Status::kOk : CheckRow::Status::kFailed,
      tests_ok ? std::string()
               : (samples == 0 ? "no samples in data/sample/" : "no hidden tests in data/secret/"));
  return tests_ok;
}

bool StageCheck::checker() {
  if (problem_.checker.kind != CheckerKind::kCustom) {
    return true;
  }
  const fs::path& source = problem_.checker.source;
  const Language* lang = languages_.for_file(source);
  if (lang == nullptr) {
    add("checker", "builds", "unknown language", CheckRow::Status::kFailed, source.string());
    return false;
  }
  CompileResult build =
      compiler_.compile(*lang, read_file(source.string()), source.filename().string());
  add("checker", "builds", build.ok ? "builds" : "CE",
      build.ok ? CheckRow::Status::kOk : CheckRow::Status::kFailed,
      build.ok ? fs::relative(source, problem_.dir).string() : first_line(build.message));
  return build.ok;
}

void StageCheck::solution(const fs::path& file, Verdict expected, const std::string& item,
                          bool is_template) {
  const std::string want(code(expected));
  const Language* lang = languages_.for_file(file);
  if (lang == nullptr) {
    add(item, want, "?", CheckRow::Status::kFailed, "unknown language (from the file's extension)");
    return;
  }
  if (!compiler_.installed(*lang)) {
    add(item, want, "-", CheckRow::Status::kSkipped,
        fmt::format("{} not installed (package {})", lang->toolchain(), lang->package));
    return;
  }
  JudgeRequest request;
  request.problem = &problem_;
  request.language = lang;
  request.source = read_file(file.string());
  request.display_name = file.filename().string();
  judge_request(request, expected, item, is_template);
}

JudgeOutcome StageCheck::judge_or_stop(const JudgeRequest& request) {
  JudgeOutcome outcome = judge_.judge(request, silent_);
  if (outcome.interrupted) {
    throw Interrupted("interrupted while checking the pack");
  }
  return outcome;
}

void StageCheck::judge_request(const JudgeRequest& request, Verdict expected,
                               const std::string& item, bool is_template) {
  const std::string want(code(expected));
  const Language* lang = request.language;
  JudgeOutcome outcome;
  try {
    outcome = judge_or_stop(request);
  } catch (const Error& e) {
    add(item, want, "IE", CheckRow::Status::kFailed, e.what());
    return;
  }
  const bool ok = outcome.verdict == expected;
  const double limit_ms = program_time_limit_s(*lang, problem_, 1.0) * 1000;
  CheckRow::Status status = ok ? CheckRow::Status::kOk : CheckRow::Status::kFailed;
  std::string detail;
  if (ok && expected == Verdict::kAccepted) {
    detail = fmt::format("slowest test {} ms of {:.0f} ms", outcome.max_time_ms, limit_ms);
    // Within 2x of the limit, a busy machine can turn AC into TLE.
    if (outcome.max_time_ms * 2 > limit_ms) {
      status = CheckRow::Status::kWarning;
      detail += ": over half the limit, the verdict may change under load";
    }
  } else {
    detail = first_failure(outcome);
    if (ok && expected == Verdict::kTimeLimit && !is_template) {
      if (problem_.tle_time_limit_s > problem_.time_limit_s) {
        tle_margin(request, status, detail);
      } else {
        try_twice_the_limit(request, status, detail);
      }
    }
  }
  add(item, want, std::string(code(outcome.verdict)), status, detail, outcome.max_time_ms);
}

void StageCheck::try_twice_the_limit(const JudgeRequest& request, CheckRow::Status& status,
                                     std::string& detail) {
  // Rejected by a hair? Judge it again with twice the limit: a solution that then passes its
  // failing test (or fails it otherwise) is within 2x, and a fast machine would let it through.
  JudgeRequest twice = request;
  twice.time_scale = 2.0;
  JudgeOutcome again;
  try {
    again = judge_or_stop(twice);
  } catch (const Error&) {
    again.verdict = Verdict::kTimeLimit;  // keep the first verdict's word
  }
  if (again.verdict != Verdict::kTimeLimit) {
    status = CheckRow::Status::kWarning;
    detail += fmt::format(
        ": with twice the limit it got {} (slowest test {} ms): within 2x "
        "of the limit, the verdict may change on a faster machine",
        code(again.verdict), again.max_time_ms);
  }
}

void StageCheck::tle_margin(const JudgeRequest& request, CheckRow::Status& status,
                            std::string& detail) {
  JudgeRequest longer = request;
  longer.time_scale = problem_.tle_time_limit_s / problem_.time_limit_s;
  JudgeOutcome again;
  try {
    again = judge_or_stop(longer);
  } catch (const Error&) {
    again.verdict = Verdict::kTimeLimit;
  }
  if (again.verdict != Verdict::kTimeLimit) {
    status = CheckRow::Status::kFailed;
    detail += fmt::format(
        ": with {:g} s (the limit times the package's safety margin) it got {} (slowest test "
        "{} ms): a time-limit-exceeded submission must run past that",
        problem_.tle_time_limit_s, code(again.verdict), again.max_time_ms);
  }
}

bool StageCheck::package_checker() {
  if (problem_.checker.kind != CheckerKind::kCustom) {
    return true;
  }
  const fs::path& source = problem_.checker.source;
  const Language* lang = languages_.for_file(source);
  if (lang == nullptr) {
    add("output validator", "builds", "unknown language", CheckRow::Status::kFailed,
        source.string());
    return false;
  }
  detail::ProgramBuild build =
      detail::program_build(*lang, source, problem_.checker.files, std::string());
  CompileResult result =
      compiler_.compile_files(build.language, build.source, build.display_name, build.extra);
  add("output validator", "builds", result.ok ? "builds" : "CE",
      result.ok ? CheckRow::Status::kOk : CheckRow::Status::kFailed,
      result.ok ? fs::relative(source, problem_.dir).string() : first_line(result.message));
  return result.ok;
}

bool StageCheck::package_time_limit() {
  const kattis::KattisPackage& package = *problem_.kattis;
  if (!kattis::needs_measurement(package.metadata, package.timelimit_file)) {
    add("time limit", "fixed", fmt::format("{:g} s", problem_.time_limit_s), CheckRow::Status::kOk,
        problem_.time_limit_how);
    return true;
  }
  try {
    std::vector<std::string> notes = judge_.measure_time_limit(problem_, silent_);
    std::string detail = problem_.time_limit_how;
    for (const auto& note : notes) {
      detail += "; " + note;
    }
    add("time limit", "measured", fmt::format("{:g} s", problem_.time_limit_s),
        CheckRow::Status::kOk, detail);
    return true;
  } catch (const Interrupted&) {
    throw;
  } catch (const Error& e) {
    add("time limit", "measured", "failed", CheckRow::Status::kFailed, e.what());
    return false;
  }
}

void StageCheck::package_submissions() {
  const kattis::KattisPackage& package = *problem_.kattis;
  bool has_accepted = false;
  for (const auto& s : package.submissions.submissions) {
    const std::string item = "submissions/" + s.program.name;
    const std::string want(code(s.expected));
    if (!s.program.skipped.empty()) {
      add(item, want, "-", CheckRow::Status::kSkipped, s.program.skipped);
      continue;
    }
    std::string why;  // PyPy not installed: run with CPython, said in a note
    const Language* lang = detail::program_language(s.program, languages_, compiler_, why);
    if (lang == nullptr) {
      add(item, want, "-", CheckRow::Status::kSkipped, why);
      continue;
    }
    if (!why.empty()) {
      add("note", "-", "-", CheckRow::Status::kSkipped, s.program.name + ": " + why);
    }
    has_accepted = has_accepted || s.expected == Verdict::kAccepted;
    detail::ProgramBuild build = detail::program_build(s.program, languages_, lang);
    judge_request(build.request(problem_), s.expected, item, false);
  }
  if (!has_accepted) {
    add("submissions/accepted", "an accepted submission", "none", CheckRow::Status::kFailed,
        "put at least one accepted submission (in a language installed here) in "
        "submissions/accepted/");
  }
}

}  // namespace

void PackChecker::check_package(Problem& problem, std::vector<CheckRow>& rows) {
  Judge judge(runner_, compiler_, languages_, cache_root_);
  StageCheck stage(judge, compiler_, languages_, problem, problem.id, "", rows);
  const kattis::KattisPackage& package = *problem.kattis;
  stage.add("metadata", "valid", "valid", CheckRow::Status::kOk,
            fmt::format("{}, ICPC/Kattis package ({}), {} MiB", problem.title,
                        kattis::to_string(package.metadata.format), problem.memory_mib));
  // The package's notes hold its submissions' notes too (load_kattis_package).
  for (const auto& note : package.notes) {
    stage.add("note", "-", "-", CheckRow::Status::kSkipped, note);
  }
  if (!package.unsupported.empty()) {
    for (const auto& u : package.unsupported) {
      stage.add("unsupported", "supported", u.feature, CheckRow::Status::kFailed,
                fmt::format("{}: the judge cannot judge this (docs/kattis.md)", u.where));
    }
    return;
  }
  const std::size_t samples = problem.sample_count();
  const std::size_t hidden = problem.tests.size() - samples;
  // A package without samples works (the specification allows it); without hidden tests, its
  // samples are what is run.
  stage.add("tests", "samples and hidden", fmt::format("{} + {}", samples, hidden),
            problem.tests.empty() ? CheckRow::Status::kFailed : CheckRow::Status::kOk,
            hidden == 0 ? "no hidden tests in data/secret/" : "");
  if (problem.tests.empty() || !stage.package_checker() || !stage.package_time_limit()) {
    return;
  }
  stage.package_submissions();
}

void PackChecker::check_stage(Problem& problem, const std::string& id, const std::string& prefix,
                              bool templates, std::vector<CheckRow>& rows) {
  Judge judge(runner_, compiler_, languages_, cache_root_);
  StageCheck stage(judge, compiler_, languages_, problem, id, prefix, rows);
  stage.add("metadata", "valid", "valid", CheckRow::Status::kOk,
            fmt::format("{}, {}, {:.1f} s, {} MiB", problem.title, to_string(problem.difficulty),
                        problem.time_limit_s, problem.memory_mib));
  if (!stage.tests() || !stage.checker()) {
    return;
  }
  bool has_accepted = false;
  for (const auto& s : problem.submissions) {
    has_accepted = has_accepted || s.expected == Verdict::kAccepted;
    stage.solution(s.path, s.expected, fs::relative(s.path, problem.dir).string(), false);
  }
  if (!has_accepted) {
    stage.add("submissions/accepted", "a reference solution", "none", CheckRow::Status::kFailed,
              "put at least one accepted solution in submissions/accepted/");
  }
  if (templates) {
    // A template as it stands compiles, runs, and is wrong: WA, never CE.
    for (const auto& [name, path] : problem.templates) {
      stage.solution(path, Verdict::kWrongAnswer, "templates/" + name, true);
    }
  }
}

std::vector<CheckRow> PackChecker::check(
    const fs::path& dir, int jobs,
    const std::function<void(const std::vector<CheckRow>&)>& progress, bool templates) {
  std::vector<fs::path> problems;
  if (is_problem_dir(dir)) {
    problems.push_back(dir);
  } else {
    Pack pack = load_pack(dir);
    for (const auto& id : pack.problem_ids) {
      problems.push_back(pack.dir / id);
    }
    if (problems.empty()) {
      throw Error(
          fmt::format("the pack {} has no problems (folders with problem.toml)", dir.string()),
          "a problem is a folder of the pack, named by its ID, holding problem.toml; see "
          "docs/pack-format.md");
    }
  }
  // Computed once: what each problem's templates are compared with.
  const std::map<std::string, std::string> offered =
      offered_templates(problems.size() == 1 ? pack_of(problems[0]) : problems, languages_);
  std::vector<std::vector<CheckRow>> results(problems.size());
  std::mutex mutex;
  std::atomic<bool> interrupted{false};  // a problem's check stopped by Ctrl-C
  detail::for_each_parallel(
      problems.size(), static_cast<std::size_t>(std::max(1, jobs)), [&](std::size_t i) {
        if (sandbox::interrupt_requested()) {
          return;  // Ctrl-C: no further problem starts
        }
        try {
          results[i] = check_one(problems[i], templates, offered);
        } catch (const Interrupted&) {
          interrupted = true;  // its rows so far are not shown: they would be half a check
          return;
        } catch (const std::exception& e) {
          // A sandbox failure or a bug: report it against the problem and go on.
          results[i].push_back({problems[i].filename().string(), "check", "completes", "error",
                                CheckRow::Status::kFailed, e.what(), 0});
        }
        std::lock_guard lock(mutex);
        if (progress) {
          progress(results[i]);
        }
      });
  if (interrupted || sandbox::interrupt_requested()) {
    throw Interrupted("interrupted while checking the pack");
  }
  std::vector<CheckRow> all;
  for (auto& r : results) {
    all.insert(all.end(), r.begin(), r.end());
  }
  return all;
}

}  // namespace judge
