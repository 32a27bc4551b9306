// Problems and packs, as read from disk.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "judge/verdict.h"

namespace judge {

namespace kattis {
struct KattisPackage;
}

enum class Difficulty { kEasy, kMedium, kHard };
[[nodiscard]] std::string_view to_string(Difficulty difficulty) noexcept;

/// kKattisDefault: the default output validator of ICPC/Kattis packages, its flags per test
/// (CheckerSpec::test_args).
enum class CheckerKind { kExact, kLines, kTokens, kFloat, kCustom, kKattisDefault };
enum class CheckerProtocol { kKattis, kTestlib };

struct CheckerSpec {
  CheckerKind kind = CheckerKind::kTokens;
  bool case_sensitive = true;
  double float_absolute = 0;     ///< kFloat: accepted absolute error (0: not used)
  double float_relative = 0;     ///< kFloat: accepted relative error (0: not used)
  std::filesystem::path source;  ///< kCustom: the checker's source file
  CheckerProtocol protocol = CheckerProtocol::kKattis;
  std::vector<std::string> args;  ///< kCustom, Kattis protocol: extra arguments
  /// ICPC/Kattis packages: each test's validator arguments, by its answer file's path (they
  /// replace `args` for that test; for kKattisDefault, the default validator's flags).
  std::map<std::string, std::vector<std::string>> test_args;
  /// kKattisDefault: a repeated tolerance is an error (the 2025-09 format), else later wins.
  bool no_repeated_flags = false;
  /// kCustom from a package: every file of the checker's folder, the entry point first.
  std::vector<std::filesystem::path> files;
};

struct TestCase {
  std::string name;  ///< "sample/01", "secret/03-empty"
  std::filesystem::path input;
  std::filesystem::path answer;
  std::string desc;  ///< the one line shown when a hidden test fails, or empty
  bool sample = false;
  int generated = -1;  ///< index into Problem::generated, or -1 for a file on disk
};

/// A test made by a generator and the reference solution (problem.toml [[generated]]).
struct GeneratedTest {
  std::string name;  ///< "secret/20-max"
  std::filesystem::path generator;
  std::vector<std::string> args;
  std::string desc;
};

struct Submission {
  std::filesystem::path path;
  Verdict expected;
};

struct Problem {
  std::string id;
  std::string title;
  Difficulty difficulty = Difficulty::kMedium;
  std::vector<std::string> tags;
  int minutes = 0;
  std::vector<std::string> hints;
  double time_limit_s = 1.0;
  std::uint64_t memory_mib = 256;
  std::uint64_t output_mib = 64;
  CheckerSpec checker;
  std::string complexity;               ///< expected time complexity, e.g. "O(n)", or empty
  std::string complexity_space;         ///< expected extra space, e.g. "O(1)", or empty
  std::vector<std::string> edge_cases;  ///< classic edge cases an explanation should name
  /// [complexity] generator: makes an input of size N from "N SEED" (judge probe), or empty.
  std::filesystem::path complexity_generator;
  /// [complexity] args: the generator's arguments, with "{n}" and "{seed}" in place of the
  /// size and the seed; empty means ["{n}", "{seed}"].
  std::vector<std::string> complexity_args;
  /// [complexity] growth: the class the reference's time should fit in the generator's size
  /// ("O(n)" when the generator scales `amount` and fixes the coins), or empty.
  std::string complexity_growth;
  std::vector<std::int64_t> complexity_sizes;  ///< [complexity] sizes, ascending
  /// [complexity] extend_to: the largest n the probe may use past the sizes (and so past the
  /// constraints) when the program's work there is under the start-up's noise; 0: none.
  std::int64_t complexity_extend_to = 0;
  /// [reveal] max_input_kib: judge reveal shows a hidden test only when its input is at most
  /// this large (a screenful of a small case teaches; a megabyte of random numbers does not).
  std::int64_t reveal_max_input_kib = 4;
  std::filesystem::path dir;
  std::filesystem::path statement;  ///< statement.md
  std::filesystem::path solution;   ///< solution.md, may be absent
  std::vector<TestCase> tests;      ///< samples first, then hidden tests, in order
  std::vector<GeneratedTest> generated;
  std::filesystem::path reference;  ///< the reference solution (for generated tests)
  std::map<std::string, std::filesystem::path> templates;  ///< by file name
  std::vector<Submission> submissions;
  std::string pack;  ///< the pack's name, or empty for a stand-alone folder
  /// Interviewer follow-ups: followups/1, followups/2, ... (each a problem folder of its own).
  std::vector<std::filesystem::path> followups;
  int stage = 0;        ///< 0: the problem itself; N: its follow-up N
  std::string base_id;  ///< a follow-up's problem (empty for the problem itself)

  /// An ICPC/Kattis package (docs/kattis.md): the package as read; null for the judge's own.
  std::shared_ptr<const kattis::KattisPackage> kattis;
  /// One time limit for every language: no languages.toml time_multiplier (Kattis packages
  /// are labelled that way).
  bool uniform_time_limit = false;
  /// A memory kill is a run-time error, not MLE (Kattis packages are labelled that way).
  bool memory_kill_is_runtime_error = false;
  /// How time_limit_s was obtained, for `judge show` ("2 s: the slowest accepted ..."), or
  /// empty for a limit written in problem.toml.
  std::string time_limit_how;
  /// The limit must still be measured (Judge::prepare_tests does it, then caches it).
  bool time_limit_pending = false;
  /// Time-limit-exceeded solutions must run past this (seconds); 0: the limit itself.
  double tle_time_limit_s = 0;

  [[nodiscard]] std::size_t sample_count() const;
};

/// Reads a problem folder. Throws Error naming the file (and line and column) at fault.
[[nodiscard]] Problem load_problem(const std::filesystem::path& dir);

/// Follow-up `n` (1-based) of `main`: the folder main.dir/followups/N, read like a problem,
/// named "ID/followup-N", with main's templates when it has none of its own. Throws Error when
/// there is no such follow-up.
[[nodiscard]] Problem load_followup(const Problem& main, int n);

/// "two-sum/followup-1" for follow-up 1 of two-sum.
[[nodiscard]] std::string followup_id(const std::string& id, int n);

/// True if `dir` looks like a problem folder (it has problem.toml).
[[nodiscard]] bool is_problem_dir(const std::filesystem::path& dir);

/// A problem ID is lowercase letters, digits and '-', with a letter, not starting with '-'
/// (ICPC/Kattis packages may start with a digit: 3dprinter).
[[nodiscard]] bool valid_problem_id(std::string_view id);

struct Pack {
  std::string name;
  std::string version;
  std::string description;
  std::filesystem::path dir;
  std::vector<std::string> problem_ids;  ///< folders holding a problem, sorted
  /// Read from one ICPC/Kattis package folder (no pack.toml): `dir` is its parent, `name` and
  /// the one problem its folder's name. Installing it copies that folder only.
  bool single_package = false;
};

/// Reads pack.toml and lists the problem folders. Without pack.toml, a folder whose
/// subfolders are ICPC/Kattis packages (a contest's repository) is a pack named after the
/// folder, and an ICPC/Kattis package is a pack of one (single_package). Throws Error.
[[nodiscard]] Pack load_pack(const std::filesystem::path& dir);

}  // namespace judge
