// The default output validator of ICPC/Kattis packages, as a checker: each test's flags.
#include "judge/checker.h"
#include "judge/error.h"
#include "judge/kattis/default_validator.h"

namespace judge {

CheckResult KattisDefaultChecker::check(const std::filesystem::path& /*input*/,
                                        const std::filesystem::path& answer,
                                        const std::filesystem::path& output) {
  kattis::DefaultValidatorOptions options;
  if (auto it = test_flags_.find(answer.string()); it != test_flags_.end()) {
    try {
      // Already read once when the package was loaded: a bad flag was reported then.
      options = kattis::parse_default_validator_flags(
          it->second, "",
          no_repeated_flags_ ? kattis::FlagRules::kNoRepeats : kattis::FlagRules::kLaterWins);
    } catch (const Error& e) {
      return {Verdict::kInternalError, e.what()};
    }
  }
  kattis::ValidatorResult result = kattis::default_validate_files(options, output, answer);
  return {result.verdict, result.message};
}

}  // namespace judge
