// ICPC/Kattis packages as judge Problems (private to judge/src): the mapping of a package onto
// Problem, how its programs (submissions, validators; files or folders) are built, and its
// measured time limit's cache. docs/kattis.md says what is mapped and why.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "judge/compile.h"
#include "judge/judge.h"
#include "judge/kattis.h"
#include "judge/language.h"
#include "judge/problem.h"

namespace judge::detail {

/// Reads the package in `dir` (canonical) as problem `id`: its tests, checker (the default
/// validator with each test's flags, or its own validator), limits (one time limit for every
/// language; a memory kill counts as a run-time error) and statement. A time limit that must
/// be measured comes from the cache under `cache_root` when it was measured before, else
/// `time_limit_pending` is set. Unsupported features are not refused here (see
/// require_judgeable): the statement can still be shown.
[[nodiscard]] Problem read_kattis_problem(const std::filesystem::path& dir, const std::string& id,
                                          const std::filesystem::path& cache_root);

/// Throws Error (exit 2) naming the package's unsupported features, if any.
void require_judgeable(const Problem& problem);

/// A program of a package as the compiler takes it: the language adapted to its files (Java's
/// own class name; a folder's other sources added to the compile command), the entry file's
/// source, and the other files by name.
struct ProgramBuild {
  Language language;
  std::string source;
  Compiler::ExtraFiles extra;
  std::string display_name;

  /// A request to judge this program on `problem`; it points into this build, which must
  /// outlive it.
  [[nodiscard]] JudgeRequest request(const Problem& problem) const {
    JudgeRequest r;
    r.problem = &problem;
    r.language = &language;
    r.source = source;
    r.display_name = display_name;
    r.extra_files = extra;
    return r;
  }
};

/// `files` are the program's files, the entry one `main`; `java_class` the class to run (Java).
/// Throws Error for a language the judge does not know or a file that cannot be read.
[[nodiscard]] ProgramBuild program_build(const Language& language,
                                         const std::filesystem::path& main,
                                         const std::vector<std::filesystem::path>& files,
                                         const std::string& java_class);

/// The same for a package's program (its language by ID, or `language` when given: its
/// fallback).
[[nodiscard]] ProgramBuild program_build(const kattis::KattisProgram& program,
                                         const Languages& languages,
                                         const Language* language = nullptr);

/// The language a package's program runs in here: its own when installed, else its fallback
/// (CPython for PyPy) when that is, with `note` saying so; null when neither runs here (`note`
/// then says what is missing).
[[nodiscard]] const Language* program_language(const kattis::KattisProgram& program,
                                               const Languages& languages, const Compiler& compiler,
                                               std::string& note);

/// Whether a language's toolchain is installed here (Compiler::installed, or
/// Compiler::available where there is no compiler yet).
using IsInstalled = std::function<bool(const Language&)>;

/// The same, with `installed` saying what is installed.
[[nodiscard]] const Language* program_language(const kattis::KattisProgram& program,
                                               const Languages& languages,
                                               const IsInstalled& installed, std::string& note);

/// `language` made to compile and run the Java class `java_class` from `java_class`.java
/// instead of Main (Kattis runs the class the file is named after).
void use_java_class(Language& language, const std::string& java_class);

/// For the user's own file judged on a package: Java keeps its own class name, as the
/// package's submissions do. The language adapted, or nothing when it needs no change.
[[nodiscard]] std::optional<Language> own_program_language(const Problem& problem,
                                                           const Language& language,
                                                           const std::string& source,
                                                           const std::string& display_name);

/// The language ID a package's program runs in here (program_language's choice; its own ID
/// when nothing runs it).
using LanguageRun = std::function<std::string(const kattis::KattisProgram&)>;

/// The cache file of the package's measured time limit: keyed by the package's content and by
/// the language each accepted submission runs in (`language_run`), so that a limit measured
/// with CPython for want of pypy3 is not reused once pypy3 is installed, nor the reverse.
[[nodiscard]] std::filesystem::path time_limit_cache_file(const kattis::KattisPackage& package,
                                                          const std::filesystem::path& cache_root,
                                                          const LanguageRun& language_run);

/// Sets the problem's limit from `limit`.
void apply_time_limit(Problem& problem, const kattis::TimeLimit& limit);

/// Keeps a measured `limit` of the problem's package in the cache under `cache_root`.
void store_time_limit(const Problem& problem, const kattis::TimeLimit& limit,
                      const std::filesystem::path& cache_root, const LanguageRun& language_run);

}  // namespace judge::detail
