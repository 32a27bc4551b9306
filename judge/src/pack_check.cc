#include "judge/pack_check.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "judge/error.h"
#include "judge/hash.h"
#include "judge/judge.h"
#include "judge/problem.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

std::string first_line(const std::string& text) {
  auto end = text.find('\n');
  return end == std::string::npos ? text : text.substr(0, end);
}

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

}  // namespace

PackChecker::PackChecker(Runner& runner, Compiler& compiler, const Languages& languages,
                         fs::path cache_root)
    : runner_(runner),
      compiler_(compiler),
      languages_(languages),
      cache_root_(std::move(cache_root)) {}

std::vector<CheckRow> PackChecker::check_problem(const fs::path& dir, bool templates) {
  std::vector<CheckRow> rows;
  const std::string id = dir.filename().string();
  Problem problem;
  try {
    problem = load_problem(dir);
  } catch (const Error& e) {
    rows.push_back({id, "metadata", "valid", "invalid", CheckRow::Status::kFailed, e.what(), 0});
    return rows;
  }
  check_stage(problem, id, "", templates, rows);
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

void PackChecker::check_stage(Problem& problem, const std::string& id, const std::string& prefix,
                              bool templates, std::vector<CheckRow>& rows) {
  auto add = [&rows, &id, &prefix](std::string item, std::string expected, std::string got,
                                   CheckRow::Status status, std::string detail, int time_ms = 0) {
    rows.push_back({id, prefix + item, std::move(expected), std::move(got), status,
                    std::move(detail), time_ms});
  };
  add("metadata", "valid", "valid", CheckRow::Status::kOk,
      fmt::format("{}, {}, {:.1f} s, {} MiB", problem.title, to_string(problem.difficulty),
                  problem.time_limit_s, problem.memory_mib));

  class Silent : public Reporter {
  } silent;
  Judge judge(runner_, compiler_, languages_, cache_root_);
  try {
    judge.prepare_tests(problem, silent);
  } catch (const Error& e) {
    add("tests", "generated", "failed", CheckRow::Status::kFailed, e.what());
    return;
  }
  const std::size_t samples = problem.sample_count();
  const std::size_t hidden = problem.tests.size() - samples;
  const bool tests_ok = samples > 0 && hidden > 0;
  add("tests", "samples and hidden", fmt::format("{} + {}", samples, hidden),
      tests_ok ? CheckRow::Status::kOk : CheckRow::Status::kFailed,
      tests_ok ? std::string()
               : (samples == 0 ? "no samples in data/sample/" : "no hidden tests in data/secret/"));
  if (!tests_ok) {
    return;
  }
  if (problem.checker.kind == CheckerKind::kCustom) {
    const Language* lang = languages_.for_file(problem.checker.source);
    if (lang == nullptr) {
      add("checker", "builds", "unknown language", CheckRow::Status::kFailed,
          problem.checker.source.string());
      return;
    }
    CompileResult build = compiler_.compile(*lang, read_file(problem.checker.source.string()),
                                            problem.checker.source.filename().string());
    add("checker", "builds", build.ok ? "builds" : "CE",
        build.ok ? CheckRow::Status::kOk : CheckRow::Status::kFailed,
        build.ok ? fs::relative(problem.checker.source, problem.dir).string()
                 : first_line(build.message));
    if (!build.ok) {
      return;
    }
  }

  auto run_one = [&](const fs::path& file, Verdict expected, const std::string& item,
                     bool is_template) {
    const Language* lang = languages_.for_file(file);
    if (lang == nullptr) {
      add(item, std::string(code(expected)), "?", CheckRow::Status::kFailed,
          "unknown language (from the file's extension)");
      return;
    }
    if (!compiler_.installed(*lang)) {
      add(item, std::string(code(expected)), "-", CheckRow::Status::kSkipped,
          fmt::format("{} not installed (package {})", lang->toolchain(), lang->package));
      return;
    }
    JudgeRequest request;
    request.problem = &problem;
    request.language = lang;
    request.source = read_file(file.string());
    request.display_name = file.filename().string();
    JudgeOutcome outcome;
    try {
      outcome = judge.judge(request, silent);
    } catch (const Error& e) {
      add(item, std::string(code(expected)), "IE", CheckRow::Status::kFailed, e.what());
      return;
    }
    const bool ok = outcome.verdict == expected;
    const double limit_ms = lang->time_limit(problem.time_limit_s) * 1000;
    CheckRow::Status status = ok ? CheckRow::Status::kOk : CheckRow::Status::kFailed;
    std::string detail;
    if (!ok) {
      detail = first_failure(outcome);
    } else if (expected == Verdict::kAccepted) {
      detail = fmt::format("slowest test {} ms of {:.0f} ms", outcome.max_time_ms, limit_ms);
      // Within 2x of the limit, a busy machine can turn AC into TLE.
      if (outcome.max_time_ms * 2 > limit_ms) {
        status = CheckRow::Status::kWarning;
        detail += ": over half the limit, the verdict may change under load";
      }
    } else if (expected == Verdict::kTimeLimit && !is_template) {
      detail = first_failure(outcome);
      // Rejected by a hair? Judge it again with twice the limit: a solution that then passes
      // its failing test (or fails it otherwise) is within 2x, and a fast machine would let it
      // through.
      JudgeRequest twice = request;
      twice.time_scale = 2.0;
      JudgeOutcome again;
      try {
        again = judge.judge(twice, silent);
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
    } else {
      detail = first_failure(outcome);
    }
    add(item, std::string(code(expected)), std::string(code(outcome.verdict)), status, detail,
        outcome.max_time_ms);
  };

  bool has_accepted = false;
  for (const auto& s : problem.submissions) {
    has_accepted = has_accepted || s.expected == Verdict::kAccepted;
    run_one(s.path, s.expected, fs::relative(s.path, problem.dir).string(), false);
  }
  if (!has_accepted) {
    add("submissions/accepted", "a reference solution", "none", CheckRow::Status::kFailed,
        "put at least one accepted solution in submissions/accepted/");
  }
  if (templates) {
    // A template as it stands compiles, runs, and is wrong: WA, never CE.
    for (const auto& [name, path] : problem.templates) {
      run_one(path, Verdict::kWrongAnswer, "templates/" + name, true);
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
          fmt::format("the pack {} has no problems (folders with problem.toml)", dir.string()));
    }
  }
  std::vector<std::vector<CheckRow>> results(problems.size());
  std::atomic<std::size_t> next{0};
  std::mutex mutex;
  auto worker = [&]() {
    for (std::size_t i = next++; i < problems.size(); i = next++) {
      if (sandbox::interrupt_requested()) {
        return;  // Ctrl-C: no further problem starts
      }
      try {
        results[i] = check_problem(problems[i], templates);
      } catch (const Interrupted&) {
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
    }
  };
  std::vector<std::thread> threads;
  for (int j = 1; j < std::max(1, jobs); ++j) {
    threads.emplace_back(worker);
  }
  worker();
  for (auto& t : threads) {
    t.join();
  }
  if (sandbox::interrupt_requested()) {
    throw Interrupted("interrupted while checking the pack");
  }
  std::vector<CheckRow> all;
  for (auto& r : results) {
    all.insert(all.end(), r.begin(), r.end());
  }
  return all;
}

}  // namespace judge
