// problem.yaml of an ICPC/Kattis problem package, read strictly into a plain struct.
//
// Three versions of the format are read: legacy (no problem_format_version, or "legacy"),
// 2023-07-draft (also written "2023-07") and 2025-09. Keys that decide a verdict (limits,
// validation, validator_flags, type) are checked for type and range, and an unknown key is an
// error naming its line, as the specification asks; keys that only describe the problem
// (credits, source) are kept as text. Features the judge does not support (interactive,
// multi-pass, scoring, ...) are not errors here: they are listed in `unsupported`, for
// require_supported() or for a command that only shows the statement.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace judge::kattis {

enum class Format { kLegacy, k2023_07, k2025_09 };

/// "legacy", "2023-07-draft", "2025-09".
[[nodiscard]] std::string_view to_string(Format format) noexcept;

/// A feature of a package the judge cannot judge correctly.
struct Unsupported {
  std::string feature;  ///< "interactive", "multi-pass", "scoring", "included code (include/)"
  std::string where;    ///< "problem.yaml:4:7" or a path, for the message
};

/// The limits of problem.yaml. The time multipliers are named as in the newer formats; a
/// legacy package's time_multiplier and time_safety_margin land in the same fields, as
/// problemtools maps them.
struct KattisLimits {
  /// Legacy time_multiplier (default 5); 2023-07 and later time_multipliers.ac_to_time_limit
  /// (default 2): the time limit is at least the slowest accepted time times this.
  double ac_to_time_limit = 5.0;
  /// Legacy time_safety_margin (default 2); later time_multipliers.time_limit_to_tle (1.5): a
  /// time-limit-exceeded submission must run past the limit times this.
  double time_limit_to_tle = 2.0;
  std::optional<double> time_limit;  ///< 2023-07 and later: a fixed limit in seconds
  double time_resolution = 1.0;      ///< the computed limit is a multiple of this (seconds)
  std::uint64_t memory_mib = 1024;   ///< problemtools' default when absent
  bool memory_set = false;           ///< written in problem.yaml (else the default)
  std::uint64_t output_mib = 8;      ///< problemtools' default when absent
  bool output_set = false;
  std::uint64_t code_kib = 128;  ///< largest accepted source (problemtools' default)
  std::optional<std::uint64_t> compilation_time_s;
  std::optional<std::uint64_t> compilation_memory_mib;
  std::optional<std::uint64_t> validation_time_s;
  std::optional<std::uint64_t> validation_memory_mib;
  std::optional<std::uint64_t> validation_output_mib;
  std::optional<std::uint64_t> validation_passes;  ///< multi-pass only
};

struct KattisMetadata {
  std::string file;  ///< problem.yaml's path, as messages name it
  Format format = Format::kLegacy;
  std::string format_version;  ///< as written ("2023-07"), or "legacy" when absent

  /// The problem's name per language ("en" -> "Hello World!"). A legacy package often has
  /// none: its name is the \problemname of its statement (see statement.h).
  std::map<std::string, std::string> names;
  /// pass-fail, scoring, interactive, multi-pass, submit-answer (at least one).
  std::vector<std::string> types;

  /// Legacy: `validation` is "custom" (output_validators/ decides). In 2023-07 and later the
  /// presence of output_validator/ decides, which the package scan sees.
  bool custom_validation = false;
  /// Legacy: validator_flags split at whitespace; passed before a test group's flags.
  std::vector<std::string> validator_flags;
  std::string validator_flags_where;  ///< "problem.yaml:7:18: " for messages about them

  KattisLimits limits;

  std::string uuid;
  std::string version;
  std::vector<std::string> authors;  ///< legacy author, or credits.authors
  std::vector<std::string> sources;  ///< source names
  std::string source_url;
  std::string license = "unknown";
  std::string rights_owner;
  std::vector<std::string> keywords;
  std::vector<std::string> languages;  ///< allowed language codes; empty: all
  bool allow_file_writing = false;

  std::vector<Unsupported> unsupported;
  /// Things worth saying that do not stop the judge: keys it ignores and why.
  std::vector<std::string> notes;

  /// The name in `language`, else in English, else any, else empty.
  [[nodiscard]] std::string name(std::string_view language = "en") const;
  [[nodiscard]] bool has_type(std::string_view type) const;
};

/// Parses the text of a problem.yaml; `file` names it in messages. Throws Error
/// ("problem.yaml:4:7: ...", with a hint) for a syntax error, an unknown key, a value of the
/// wrong type or out of range, or an unknown format version.
[[nodiscard]] KattisMetadata parse_metadata(std::string_view text, const std::string& file);

/// Reads DIR/problem.yaml (confined to DIR: a link out of the package is refused; at most
/// 64 KiB). Throws Error as parse_metadata() does, or when the file is missing.
[[nodiscard]] KattisMetadata read_metadata(const std::filesystem::path& dir);

/// Throws Error naming every unsupported feature in `unsupported` (exit 2 in the CLI), with a
/// hint saying what the judge supports. Does nothing when the list is empty.
void require_supported(const std::vector<Unsupported>& unsupported, const std::string& package);

}  // namespace judge::kattis
