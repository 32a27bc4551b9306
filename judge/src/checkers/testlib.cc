// The testlib protocol (https://github.com/MikeMirzayanov/testlib): `checker input output
// answer`, no standard input; the verdict is the exit code, the reason the first line of its
// standard error.
#include <fmt/format.h>

#include "judge/checker.h"
#include "text.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

// testlib's exit codes (its TResult). Partial points (7 in testlib, 16 and up in some forks)
// mean nothing to a judge without partial scoring: they count as the checker's failure.
constexpr int kTestlibOk = 0;
constexpr int kTestlibWrongAnswer = 1;
constexpr int kTestlibPresentationError = 2;

}  // namespace

CheckResult TestlibChecker::check(const fs::path& input, const fs::path& answer,
                                  const fs::path& output) {
  sandbox::RunSpec spec = base_spec();
  spec.argv.insert(spec.argv.end(), {"/data/input", "/data/output", "/data/answer"});
  spec.binds.push_back({input.string(), "/data/input", false});
  spec.binds.push_back({answer.string(), "/data/answer", false});
  spec.binds.push_back({output.string(), "/data/output", false});
  spec.stdin_fd = -1;
  sandbox::RunResult result;
  if (auto failed = run(spec, result)) {
    return *failed;
  }
  const auto lines = detail::lines_of(result.stderr_tail);
  std::string message = lines.empty() ? std::string() : detail::trimmed(lines[0]);
  switch (result.exit_code) {
    case kTestlibOk:
      return {Verdict::kAccepted, message};
    case kTestlibWrongAnswer:
    case kTestlibPresentationError:
      return {Verdict::kWrongAnswer, message.empty() ? "the checker rejected the output" : message};
    default:  // 3: the checker's own failure (testlib's _fail)
      return failure(result, fmt::format("exit code {}", result.exit_code));
  }
}

}  // namespace judge
