// Strict reading of TOML tables: required keys, types, unknown keys, all reported as
// "path:line:column: message".
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "judge/closest.h"

namespace judge::detail {

/// Parses a TOML file or text; throws Error with the location of a syntax error.
[[nodiscard]] toml::table parse_toml_file(const std::string& path);
[[nodiscard]] toml::table parse_toml_text(std::string_view text, const std::string& name);

class TableReader {
 public:
  /// `file` names the file in messages; `where` names the table ("[limits]") or is empty for
  /// the top level.
  TableReader(const toml::table& table, std::string file, std::string where = {});

  [[nodiscard]] std::string required_string(std::string_view key);
  [[nodiscard]] std::optional<std::string> string(std::string_view key);
  [[nodiscard]] std::optional<double> number(std::string_view key);
  [[nodiscard]] std::optional<std::int64_t> integer(std::string_view key);
  [[nodiscard]] std::optional<bool> boolean(std::string_view key);
  [[nodiscard]] std::vector<std::string> strings(std::string_view key);
  [[nodiscard]] std::vector<double> numbers(std::string_view key);
  /// A sub-table, or null when absent; a wrong type is an error.
  [[nodiscard]] const toml::table* table(std::string_view key);
  /// An array of tables ([[key]]), empty when absent.
  [[nodiscard]] std::vector<const toml::table*> tables(std::string_view key);

  /// Throws for the first key that was never asked for (a likely typo).
  void reject_unknown_keys() const;

  /// "file:line:column: " for `node`, or "file: " when it has no position.
  [[nodiscard]] std::string location(const toml::node& node) const;
  [[nodiscard]] std::string location() const;
  [[nodiscard]] const std::string& file() const noexcept { return file_; }
  [[nodiscard]] std::string key_name(std::string_view key) const;

  /// Throws Error("location: message", hint): `hint` says what to write instead.
  [[noreturn]] void fail(const toml::node& node, const std::string& message,
                         const std::string& hint) const;

 private:
  const toml::node* get(std::string_view key);
  [[noreturn]] void wrong_type(const toml::node& node, std::string_view key,
                               std::string_view expected, const std::string& hint) const;

  const toml::table& table_;
  std::string file_;
  std::string where_;
  std::set<std::string, std::less<>> seen_;
};

}  // namespace judge::detail
