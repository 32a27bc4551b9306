// The Kattis output-validator protocol (https://www.kattis.com/problem-package-format/spec/
// legacy.html#output-validators): `validator input answer feedback_dir [flags...] < output`.
#include <fstream>

#include <fmt/format.h>

#include "fd.h"
#include "judge/checker.h"
#include "judge/paths.h"
#include "text.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

constexpr int kKattisAccept = 42;
constexpr int kKattisReject = 43;

// The first line of the validator's judgemessage.txt, if it wrote one.
std::string judge_message(const fs::path& feedback_dir) {
  std::ifstream in(feedback_dir / "judgemessage.txt");
  std::string line;
  std::getline(in, line);
  return detail::trimmed(line);
}

}  // namespace

CheckResult KattisChecker::check(const fs::path& input, const fs::path& answer,
                                 const fs::path& output) {
  TempDir feedback("judge-feedback");
  sandbox::RunSpec spec = base_spec();
  spec.argv.insert(spec.argv.end(), {"/data/input", "/data/answer", "/feedback/"});
  auto own = test_flags_.find(answer.string());
  const std::vector<std::string>& flags = own != test_flags_.end() ? own->second : flags_;
  spec.argv.insert(spec.argv.end(), flags.begin(), flags.end());
  spec.binds.push_back({input.string(), "/data/input", false});
  spec.binds.push_back({answer.string(), "/data/answer", false});
  // A capped private folder (the checker profile's scratch limit), copied back for
  // judgemessage.txt.
  spec.binds.push_back({feedback.path().string(), "/feedback", true, true});
  detail::Fd out(detail::open_read(output));
  spec.stdin_fd = out.get();
  sandbox::RunResult result;
  if (auto failed = run(spec, result)) {
    return *failed;
  }
  std::string message = judge_message(feedback.path());
  if (result.exit_code == kKattisAccept) {
    return {Verdict::kAccepted, message};
  }
  if (result.exit_code == kKattisReject) {
    return {Verdict::kWrongAnswer, message.empty() ? "the checker rejected the output" : message};
  }
  return failure(result,
                 fmt::format("exit code {}; a Kattis checker exits 42 or 43", result.exit_code));
}

}  // namespace judge
