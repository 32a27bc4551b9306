// What the checker protocols share: a pack's checker program, run in the sandbox, and the ways
// it can fail before its exit code means anything.
#include <fmt/format.h>

#include "judge/checker.h"
#include "judge/classify.h"
#include "judge/profiles.h"
#include "text.h"

namespace judge {

sandbox::RunSpec ProgramChecker::base_spec() const {
  return profiles::checker(language_, build_dir_);
}

CheckResult ProgramChecker::failure(const sandbox::RunResult& run, const std::string& why) {
  std::string detail = detail::trimmed(run.stderr_tail);
  return {Verdict::kInternalError,
          fmt::format("the checker failed ({}){}", why, detail.empty() ? "" : ": " + detail)};
}

std::optional<CheckResult> ProgramChecker::run(const sandbox::RunSpec& spec,
                                               sandbox::RunResult& result) {
  result = runner_.run(spec);
  if (result.violated()) {
    return failure(result, fmt::format("forbidden system call {}", result.violation_name));
  }
  if (result.limit != sandbox::LimitKind::kNone) {
    return failure(result, fmt::format("it hit its {} limit", sandbox::to_string(result.limit)));
  }
  if (!result.exited) {
    return failure(result, signal_text(result.signal));
  }
  return std::nullopt;
}

}  // namespace judge
