// The files of an ICPC/Kattis problem package: test data, labelled submissions, the output
// validator, the statement, as found by listing its folders.
//
// A package is untrusted input (downloaded, cloned, unzipped). Every file is confined to the
// package folder by the rules of pack_paths.h (a link may lead only inside the package; a
// FIFO or a device is refused), names the judge shows or builds paths from are the
// specification's plain names (letters, digits, '_', '.', '-', not starting with '.' or '-';
// others are ignored, as the specification says), and the sizes are capped: the metadata files
// and sources are read whole, so a package cannot make the judge read gigabytes or list a
// million files.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "judge/kattis/default_validator.h"
#include "judge/kattis/metadata.h"
#include "judge/verdict.h"

namespace judge::kattis {

struct KattisTest {
  std::string name;  ///< relative to data/ without extension: "sample/1", "secret/g1/03-max"
  std::filesystem::path input;   ///< resolved inside the package
  std::filesystem::path answer;  ///< resolved inside the package
  bool sample = false;
  std::string group;  ///< the folder under data/: "sample", "secret", "secret/g1"
  std::string desc;   ///< first line of NAME.desc (or a 2025-09 NAME.yaml's description)
  std::string hint;   ///< NAME.hint (or NAME.yaml's hint), at most a few lines
  /// Everything the output validator gets after its three arguments: legacy validator_flags,
  /// then the nearest test group's output_validator_flags (legacy, 2023-07-draft) or
  /// output_validator_args (2023-07-draft, 2025-09).
  std::vector<std::string> validator_args;
  /// Where validator_args came from, for messages ("data/secret/testdata.yaml:2:1: ").
  std::string validator_args_where;
};

struct KattisTestData {
  std::vector<KattisTest> tests;  ///< samples first, then secret; each in problemtools' order
  std::vector<Unsupported> unsupported;
  std::vector<std::string> notes;
};

/// Lists data/sample and data/secret of the package DIR (canonical), with nested groups.
/// Tests are ordered as problemtools orders them: the names of each folder sorted byte-wise,
/// files and subfolders interleaved. A test is NAME.in with NAME.ans; NAME.desc, NAME.hint and
/// (since 2023-07) NAME.yaml go with it; other files (images, generators) are ignored. Group
/// settings come from testdata.yaml (legacy, 2023-07-draft) or test_group.yaml (2023-07-draft,
/// 2025-09), inherited key by key from the nearest folder that sets them.
/// Throws Error for a test without an answer, a bad settings file, or a confinement breach.
[[nodiscard]] KattisTestData scan_test_data(const std::filesystem::path& dir,
                                            const KattisMetadata& metadata);

/// A program of the package: a submission or an output validator, one file or a folder.
struct KattisProgram {
  std::filesystem::path path;  ///< the file or folder, resolved inside the package
  std::string name;            ///< relative to its category: "accepted/sol.cpp", "validator"
  /// The judge's language ID ("cpp", "python", "java", ...), empty when it cannot run it.
  std::string language;
  std::string language_name;                 ///< as the specification names it: "C++", "Haskell"
  std::vector<std::filesystem::path> files;  ///< every file of the program, resolved
  std::filesystem::path main;                ///< the entry file (problemtools' rule: main.*)
  /// Java: the class to run. Kattis runs the class the main file is named after; it is
  /// checked against the public class the source declares.
  std::string java_class;
  std::string skipped;  ///< why the judge does not run it (unknown language, ...); empty if it does
  /// The language to run it in where `language` is not installed ("python" for "pypy"), or
  /// empty.
  std::string fallback_language;
};

/// Java: the class a source runs as: its public top-level class, else the top-level class with
/// a main method, else `file_stem` (Kattis runs the class named after the file).
[[nodiscard]] std::string java_class_to_run(std::string_view source, std::string_view file_stem);

struct KattisSubmission {
  KattisProgram program;
  Verdict expected = Verdict::kAccepted;  ///< from the folder: AC, WA, TLE or RE
};

struct KattisSubmissions {
  std::vector<KattisSubmission> submissions;  ///< by folder, then name; skipped ones included
  std::vector<std::string> notes;             ///< folders the judge does not use, and why
};

/// Lists submissions/accepted, wrong_answer, time_limit_exceeded and run_time_error of DIR
/// (canonical). Each file or folder there is a submission; its language comes from the file
/// extensions (the specification's table: .c; .cc .cpp .cxx .c++ .C; .py and .py3 as Python 3,
/// a .py whose first line names python2 as Python 2; .java; .js; .go; .rs; ...). A submission
/// in a language the judge does not run is listed with `skipped` set.
[[nodiscard]] KattisSubmissions scan_submissions(const std::filesystem::path& dir);

/// The custom output validator of DIR (canonical), if the package has one: legacy
/// output_validators/ (when `validation: custom`), since 2023-07 output_validator/. A single C,
/// C++ or Python file, or a folder of them with its headers. Unsupported forms (build/run
/// scripts, several validators, another language) are added to `unsupported`. Throws Error
/// when `validation: custom` has no validator.
[[nodiscard]] std::optional<KattisProgram> find_output_validator(
    const std::filesystem::path& dir, const KattisMetadata& metadata,
    std::vector<Unsupported>& unsupported, std::vector<std::string>& notes);

/// A statement file of the package.
struct StatementFile {
  enum class Kind { kMarkdown, kLatex, kPdf };
  std::filesystem::path path;  ///< resolved inside the package
  std::string language;        ///< "en", "sv", "pt-BR"
  Kind kind = Kind::kLatex;
};

/// The statement to show: problem_statement/ (legacy) or statement/ (2023-07 and later, where
/// problem_statement/ is read too), problem.LANG.{md,tex,pdf} (legacy also problem.tex,
/// English). English when there is one, else the first language in name order; Markdown
/// before LaTeX before PDF. Nothing when the package has no statement.
[[nodiscard]] std::optional<StatementFile> find_statement(const std::filesystem::path& dir,
                                                          const KattisMetadata& metadata);

/// A whole package, read and scanned.
struct KattisPackage {
  std::filesystem::path dir;  ///< canonical
  std::string id;             ///< the folder's name
  KattisMetadata metadata;
  std::optional<double> timelimit_file;  ///< the .timelimit file's seconds
  KattisTestData test_data;
  KattisSubmissions submissions;
  std::optional<KattisProgram> output_validator;  ///< none: the default validator
  std::optional<StatementFile> statement;
  std::string statement_title;           ///< a LaTeX statement's \problemname, or empty
  std::vector<Unsupported> unsupported;  ///< from every part: require_supported() refuses them
  std::vector<std::string> notes;        ///< from every part
  /// judge.toml (the package's, else its contest folder's) says python = "pypy": the Python 3
  /// submissions run with PyPy, as on Kattis (language "pypy", falling back to "python").
  bool python_with_pypy = false;
  std::filesystem::path settings_file;  ///< that judge.toml, or empty

  /// problem.yaml's name in English, else the statement's \problemname, else the ID.
  [[nodiscard]] std::string title() const;
};

/// True if DIR holds a problem.yaml (a regular file, or a link to one).
[[nodiscard]] bool is_kattis_package(const std::filesystem::path& dir);

/// Reads the package in DIR: metadata, .timelimit, test data (with every test's default
/// validator flags parsed, so that a bad flag is reported now), submissions, output
/// validator, statement. Throws Error for a malformed package; an unsupported feature is not
/// an error here but is listed in `unsupported`.
[[nodiscard]] KattisPackage load_kattis_package(const std::filesystem::path& dir);

/// The default validator's options for a test of `package` (its validator_args parsed by the
/// rules of the package's format). Throws Error naming where the flags were written.
[[nodiscard]] DefaultValidatorOptions default_validator_options(const KattisPackage& package,
                                                                const KattisTest& test);

}  // namespace judge::kattis
