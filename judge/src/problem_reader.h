// Reading a problem folder in two halves (private to judge/src): its metadata file, which says
// what the problem is, and a scan of the folder, which finds its files. The scan does not care
// which file the metadata came from: an ICPC problem.yaml reader would reuse it as it is.
#pragma once

#include <filesystem>
#include <string>

#include "judge/problem.h"

namespace judge::detail {

/// What the metadata says beyond Problem's own fields, for the scan that follows.
struct Metadata {
  std::string file;       ///< the metadata file, for messages
  std::string reference;  ///< the reference solution as written, or empty for the default
};

/// Reads problem.toml (problem_toml.cc) into `p`'s metadata: title, difficulty, tags, hints,
/// limits, checker, complexity, generated tests. `p.dir` is the problem folder (canonical).
/// Throws Error naming the file, line and column at fault.
[[nodiscard]] Metadata read_problem_toml(const std::filesystem::path& file, Problem& p);

/// Finds what the folder `p.dir` holds (problem_scan.cc): the statement, the tests on disk
/// merged with `p.generated` by name, templates, labelled submissions, the reference solution
/// and follow-ups. Every path is confined to the folder (pack_paths.h). Throws Error.
void scan_problem_folder(Problem& p, const Metadata& metadata);

}  // namespace judge::detail
