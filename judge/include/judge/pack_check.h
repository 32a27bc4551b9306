// Validating a pack: metadata, tests, checker, reference and rejected submissions, templates.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "judge/compile.h"
#include "judge/language.h"
#include "judge/problem.h"
#include "judge/runner.h"

namespace judge {

struct CheckRow {
  /// kWarning: as expected, but too close to the time limit for the verdict to be the same on
  /// a busy machine.
  enum class Status { kOk, kFailed, kSkipped, kWarning };
  std::string problem;
  std::string item;      ///< "metadata", "tests", "checker", "submissions/accepted/a.cpp"...
  std::string expected;  ///< e.g. "AC", "WA"
  std::string got;
  Status status = Status::kOk;
  std::string detail;  ///< why it failed, or a note (slowest test, skipped toolchain)
  int time_ms = 0;
};

class PackChecker {
 public:
  PackChecker(Runner& runner, Compiler& compiler, const Languages& languages,
              std::filesystem::path cache_root);

  /// Checks one problem folder; every finding is a row (never throws for the pack's faults).
  [[nodiscard]] std::vector<CheckRow> check_problem(const std::filesystem::path& dir,
                                                    bool templates = true);

  /// Checks every problem of a pack (or one problem folder), `jobs` problems at a time.
  /// `progress` is called (from any thread, serialised) as each problem finishes.
  [[nodiscard]] std::vector<CheckRow> check(
      const std::filesystem::path& dir, int jobs,
      const std::function<void(const std::vector<CheckRow>&)>& progress, bool templates = true);

 private:
  Runner& runner_;
  Compiler& compiler_;
  const Languages& languages_;
  std::filesystem::path cache_root_;

  // Checks one problem folder, warning of each language of `offered` (language ID -> the
  // template's file name, from the pack's problems) that it has no template for.
  [[nodiscard]] std::vector<CheckRow> check_one(const std::filesystem::path& dir, bool templates,
                                                const std::map<std::string, std::string>& offered);
  // Checks one stage (the problem, or a follow-up) into `rows`, items named PREFIX + item.
  void check_stage(Problem& problem, const std::string& id, const std::string& prefix,
                   bool templates, std::vector<CheckRow>& rows);
  // Checks an ICPC/Kattis package: its time limit measured again from its accepted
  // submissions, then every labelled submission.
  void check_package(Problem& problem, std::vector<CheckRow>& rows);
};

}  // namespace judge
