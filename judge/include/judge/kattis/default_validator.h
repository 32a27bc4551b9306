// The default output validator of ICPC/Kattis packages, with problemtools' semantics.
//
// Both files are split into tokens at whitespace (space, \t, \n, \v, \f, \r) and compared token
// by token:
// - case-insensitively (ASCII letters only) unless `case_sensitive`;
// - ignoring how much whitespace separates tokens, unless `space_change_sensitive`: then every
//   whitespace byte of the answer, leading and trailing ones included, must be in the output;
// - when a float tolerance is set and the answer's token is a number, the output's token must
//   be a number within the absolute or the relative tolerance of it (`float_tolerance` sets
//   both); a number is what the C library's strtod reads in the whole token, finite ("inf"
//   and "nan" are compared as words);
// - a token too many or too few is a wrong answer.
// Both sides are read through fixed buffers: memory stays flat whatever the output's size.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judge/verdict.h"

namespace judge::kattis {

struct DefaultValidatorOptions {
  bool case_sensitive = false;
  bool space_change_sensitive = false;
  std::optional<double> float_absolute;  ///< accepted absolute error, when set
  std::optional<double> float_relative;  ///< accepted relative error, when set

  [[nodiscard]] bool floats() const { return float_absolute || float_relative; }
  /// The flags again, for messages: "case_sensitive float_tolerance 1e-06", or "(none)".
  [[nodiscard]] std::string describe() const;
};

/// How repeated flags are read. Legacy and 2023-07 packages pass their flags to problemtools'
/// validator, where a later flag replaces an earlier one (problem.yaml's flags come first, a
/// test group's after them). The 2025-09 format makes a repeated tolerance an error.
enum class FlagRules { kLaterWins, kNoRepeats };

/// Reads the default validator's arguments. Throws Error starting with `where`
/// ("data/secret/testdata.yaml:3:25: ") for an unknown flag, a tolerance without a number, or a
/// negative, infinite or NaN tolerance, with a hint listing the flags.
[[nodiscard]] DefaultValidatorOptions parse_default_validator_flags(
    const std::vector<std::string>& args, const std::string& where,
    FlagRules rules = FlagRules::kLaterWins);

/// Splits a flags string ("float_tolerance 1e-6") at whitespace, as problemtools does.
[[nodiscard]] std::vector<std::string> split_words(std::string_view text);

/// The whole of `text` read as a finite number by strtod in the C locale, or nothing. This is
/// the default validator's test of "a float token", and its reading of tolerances.
[[nodiscard]] std::optional<double> parse_float(std::string_view text);

struct ValidatorResult {
  Verdict verdict = Verdict::kAccepted;  ///< AC, WA, or IE (a file could not be read)
  /// For WA: where the output differs (token number, line of the output and of the answer)
  /// and the two tokens, cut short. It quotes the answer: the caller shows it for samples only,
  /// as for the built-in checkers.
  std::string message;
};

/// Compares the output read from `output_fd` with the answer read from `answer_fd`, from their
/// current offsets.
[[nodiscard]] ValidatorResult default_validate_fds(const DefaultValidatorOptions& options,
                                                   int output_fd, int answer_fd);

/// The same on two files.
[[nodiscard]] ValidatorResult default_validate_files(const DefaultValidatorOptions& options,
                                                     const std::filesystem::path& output,
                                                     const std::filesystem::path& answer);

}  // namespace judge::kattis
