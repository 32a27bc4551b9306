// Strict reading of the YAML files of an ICPC/Kattis package (problem.yaml, testdata.yaml,
// test_group.yaml): types, duplicate keys and unknown keys, all reported as
// "path:line:column: message" with a hint, like the TOML files of the judge's own packs.
//
// A package is untrusted input: the files are read with a size cap before yaml-cpp sees them
// (yaml-cpp keeps the whole document in memory), and yaml-cpp's own depth guard turns a
// deeply nested document into an error rather than a stack overflow.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace judge::kattis::detail {

/// Parses `text` (named `file` in messages). A syntax error throws Error at its position.
[[nodiscard]] YAML::Node parse_yaml(std::string_view text, const std::string& file);

/// Reads and parses a file of at most `max_bytes`. Throws Error when it is larger, unreadable,
/// or not YAML. `shown` names it in messages (the path as the user gave it).
[[nodiscard]] YAML::Node load_yaml_file(const std::filesystem::path& path, std::size_t max_bytes,
                                        const std::string& shown);

/// "file:line:column: " for a node (yaml-cpp counts from 0, people from 1), or "file: ".
[[nodiscard]] std::string location(const std::string& file, const YAML::Node& node);

/// The scalar of a node as text, or a short description of a node that is not a scalar.
[[nodiscard]] std::string describe(const YAML::Node& node);

/// A YAML mapping read key by key. Keys never asked for are left for unknown_keys().
class MapReader {
 public:
  /// `where` names the mapping in messages ("limits"), empty for the top level. A null node
  /// (an empty file, "limits:" with nothing after it) reads as an empty mapping.
  MapReader(YAML::Node map, std::string file, std::string where = {});

  /// True if the key is present with a non-null value. Marks it as known.
  bool has(std::string_view key);
  /// The value, or an undefined node when absent or null. Marks it as known.
  [[nodiscard]] YAML::Node get(std::string_view key);

  [[nodiscard]] std::optional<std::string> string(std::string_view key);
  /// A finite number (a YAML int or float; a quoted number is taken too, as problemtools does).
  [[nodiscard]] std::optional<double> number(std::string_view key);
  [[nodiscard]] std::optional<std::int64_t> integer(std::string_view key);
  [[nodiscard]] std::optional<bool> boolean(std::string_view key);
  /// A sequence of scalars; with `or_words`, a single string split at whitespace is taken too.
  [[nodiscard]] std::vector<std::string> strings(std::string_view key, bool or_words = false);
  /// A mapping (null or absent: an undefined node). Any other type is an error.
  [[nodiscard]] YAML::Node map(std::string_view key);

  /// The keys present that were never asked for, in file order, with their nodes.
  [[nodiscard]] std::vector<std::pair<std::string, YAML::Node>> unknown_keys() const;
  /// The keys asked for so far (for "did you mean").
  [[nodiscard]] std::vector<std::string> known_keys() const;

  [[nodiscard]] std::string location(const YAML::Node& node) const;
  [[nodiscard]] std::string location() const;
  [[nodiscard]] std::string key_name(std::string_view key) const;
  [[nodiscard]] const std::string& file() const noexcept { return file_; }
  [[nodiscard]] const YAML::Node& node() const noexcept { return map_; }

  /// Throws Error("location: message", hint).
  [[noreturn]] void fail(const YAML::Node& node, const std::string& message,
                         const std::string& hint = {}) const;
  [[noreturn]] void wrong_type(const YAML::Node& node, std::string_view key,
                               std::string_view expected) const;

 private:
  YAML::Node map_;
  std::string file_;
  std::string where_;
  std::set<std::string, std::less<>> seen_;
};

}  // namespace judge::kattis::detail
