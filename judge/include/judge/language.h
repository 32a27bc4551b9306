// Programming languages: how to compile and run a submission, and how to scale its limits.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace judge {

struct Language {
  std::string id;                       ///< "cpp"
  std::string name;                     ///< "C++20 (g++)"
  std::vector<std::string> extensions;  ///< without the dot: "cpp", "cc"
  std::vector<std::string> aliases;     ///< other IDs accepted by --lang: "c++"
  std::string source_name;              ///< the file name inside the sandbox: "main.cpp"
  /// Commands; {memory} is the memory limit in MiB, {stack} the stack in MiB. Empty compile:
  /// nothing to compile. The compile command runs in the build folder (/box), the run
  /// command sees the build output at /box.
  std::vector<std::string> compile;
  std::vector<std::string> run;
  std::vector<std::string> version;        ///< prints the toolchain's version
  std::string package;                     ///< the Debian package that provides it
  double time_multiplier = 1.0;            ///< limit = problem limit * multiplier + offset
  double time_offset = 0.0;                ///< seconds
  std::uint64_t memory_extra_mib = 0;      ///< the runtime's own memory, added to the limit
  std::uint64_t address_space_mib = 4096;  ///< virtual reservations beyond the limit
  std::uint64_t stack_mib = 0;             ///< 0: the memory limit
  std::vector<std::string> env;            ///< extra "NAME=value" for compile and run
  std::vector<std::string> mounts;         ///< extra read-only host folders it needs
  std::string precompiled_header;          ///< a header worth precompiling (C++)
  std::string comment = "//";              ///< how a line comment starts
  std::vector<std::string> oom_markers;    ///< stderr text that means "out of memory"
  /// The interpreter refuses a source that is not UTF-8 (unless it declares its encoding)
  /// only when it runs it, so the judge checks first: a compile error, not a crash.
  bool utf8_source = false;

  /// The compiler or interpreter program (first word of compile, else of run).
  [[nodiscard]] std::string toolchain() const;
  /// The per-language time limit for a problem limit, in seconds.
  [[nodiscard]] double time_limit(double problem_seconds) const {
    return problem_seconds * time_multiplier + time_offset;
  }
};

/// The languages the judge knows: the built-in languages.toml, then the user's file.
class Languages {
 public:
  /// Loads the built-in definitions, then `user_file` if it exists (its entries replace or
  /// add whole languages). Throws Error naming the file, line and column on a bad file.
  static Languages load(const std::filesystem::path& user_file);
  /// Parses one TOML text (tests, and the built-in file).
  static Languages parse(std::string_view text, const std::string& name);
  /// The built-in languages.toml.
  static std::string_view builtin_text();

  /// By ID or alias ("cpp", "c++", "py"); throws Error with the known IDs.
  [[nodiscard]] const Language& get(std::string_view id) const;
  [[nodiscard]] const Language* find(std::string_view id) const;
  /// By a file's extension; null when unknown.
  [[nodiscard]] const Language* for_file(const std::filesystem::path& file) const;
  [[nodiscard]] const std::vector<Language>& all() const noexcept { return languages_; }

  void merge(Languages other);

 private:
  std::vector<Language> languages_;
};

/// Looks a program up in the PATH the sandbox uses (/usr/local/bin:/usr/bin:/bin); the full
/// path, or empty when absent.
[[nodiscard]] std::string find_program(std::string_view name);

}  // namespace judge
