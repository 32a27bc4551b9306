// The starter file of a problem: what `judge start` writes, and `judge mock start` for each of
// its problems.
#pragma once

#include <filesystem>
#include <string>

#include "judge/language.h"
#include "judge/problem.h"

namespace cli {

/// Writes `problem`'s template for `language` as DIR/ID.EXT (DIR/ID-followup-N.EXT for a
/// follow-up), or an empty file with a warning on standard error when the problem has no
/// template for it. Refuses to replace an existing file unless `force`, and never writes
/// through a symbolic link. `first_line` (Session::starter_marker()) goes above the template.
/// Returns the file's absolute path.
std::filesystem::path write_starter_file(const judge::Problem& problem,
                                         const judge::Language& language,
                                         const std::filesystem::path& dir, bool force,
                                         const std::string& first_line);

}  // namespace cli
