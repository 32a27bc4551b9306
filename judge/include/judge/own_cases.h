// The user's own test cases for `judge test`: given on the command line (--input F, --case
// IN[:ANS]) or kept per problem in $JUDGE_HOME/cases/<problem-id>/NAME.in (+ NAME.ans). Run
// after the samples, as samples are (output shown), and checked with the problem's checker
// when an answer exists; without one they only run ("ran", never AC).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "judge/problem.h"

namespace judge {

/// A case given on the command line, named "own/FILE": `input`, with `answer` when given,
/// else the .ans beside the input when there is one (my2.in, my2.ans). Throws Error when a
/// file is missing or cannot be read.
[[nodiscard]] TestCase own_case(const std::filesystem::path& input,
                                const std::filesystem::path& answer = {});

/// --case's argument: "IN" or "IN:ANS" (an existing file named with a ':' is taken whole).
[[nodiscard]] TestCase parse_case(const std::string& spec);

/// The folder of the cases the user keeps for `problem_id` under `home`.
[[nodiscard]] std::filesystem::path cases_dir(const std::filesystem::path& home,
                                              const std::string& problem_id);

/// The cases kept in `folder`, by name, named "yours/NAME": each NAME.in, with NAME.ans when
/// there is one. None when the folder does not exist.
[[nodiscard]] std::vector<TestCase> saved_cases(const std::filesystem::path& folder);

/// Copies `input` (and `answer`, when not empty) to `folder`/NAME.in (and NAME.ans). Refuses a
/// name that is not a plain file name, and a NAME.in or NAME.ans already there unless `force`.
/// Returns the .in file written.
std::filesystem::path save_case(const std::filesystem::path& folder, const std::string& name,
                                const std::filesystem::path& input,
                                const std::filesystem::path& answer, bool force);

}  // namespace judge
