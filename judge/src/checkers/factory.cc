// Choosing the checker from a problem's [checker] table.
#include <cassert>

#include "judge/checker.h"

namespace judge {

std::unique_ptr<StreamChecker> make_stream_checker(const CheckerSpec& spec) {
  switch (spec.kind) {
    case CheckerKind::kExact:
      return std::make_unique<ExactChecker>();
    case CheckerKind::kLines:
      return std::make_unique<LinesChecker>(spec.case_sensitive);
    case CheckerKind::kTokens:
      return std::make_unique<TokensChecker>(spec.case_sensitive);
    case CheckerKind::kFloat:
      return std::make_unique<FloatChecker>(spec.case_sensitive, spec.float_absolute,
                                            spec.float_relative);
    case CheckerKind::kCustom:
    case CheckerKind::kKattisDefault:
      break;
  }
  return nullptr;
}

std::unique_ptr<Checker> make_checker(const CheckerSpec& spec, Runner& runner,
                                      const Language* language,
                                      const std::filesystem::path& build_dir) {
  if (spec.kind == CheckerKind::kKattisDefault) {
    return std::make_unique<KattisDefaultChecker>(spec.test_args, spec.no_repeated_flags);
  }
  if (spec.kind != CheckerKind::kCustom) {
    return make_stream_checker(spec);
  }
  assert(language != nullptr);  // a custom checker is run in its language
  switch (spec.protocol) {
    case CheckerProtocol::kKattis:
      return std::make_unique<KattisChecker>(runner, *language, build_dir, spec.args,
                                             spec.test_args);
    case CheckerProtocol::kTestlib:
      return std::make_unique<TestlibChecker>(runner, *language, build_dir);
  }
  return nullptr;
}

CheckResult compare_fds(const CheckerSpec& spec, int output_fd, int answer_fd) {
  if (auto checker = make_stream_checker(spec)) {
    return checker->compare(output_fd, answer_fd);
  }
  return {Verdict::kInternalError, "compare_fds called for a custom checker"};
}

CheckResult compare_files(const CheckerSpec& spec, const std::filesystem::path& output,
                          const std::filesystem::path& answer) {
  if (auto checker = make_stream_checker(spec)) {
    return checker->check({}, answer, output);
  }
  return {Verdict::kInternalError, "compare_fds called for a custom checker"};
}

}  // namespace judge
