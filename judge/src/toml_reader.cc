#include "toml_reader.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "judge/error.h"

namespace judge::detail {
namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) {
    row[j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::string type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return "string";
    case toml::node_type::integer:
      return "integer";
    case toml::node_type::floating_point:
      return "float";
    case toml::node_type::boolean:
      return "boolean";
    case toml::node_type::array:
      return "array";
    case toml::node_type::table:
      return "table";
    default:
      return "date/time";
  }
}

std::string describe_value(const toml::node& node) {
  if (const auto* s = node.as_string()) {
    return fmt::format("string \"{}\"", s->get());
  }
  if (const auto* i = node.as_integer()) {
    return fmt::format("integer {}", i->get());
  }
  if (const auto* f = node.as_floating_point()) {
    return fmt::format("float {}", f->get());
  }
  if (const auto* b = node.as_boolean()) {
    return fmt::format("boolean {}", b->get());
  }
  return type_name(node);
}

// The hint for a value of the wrong type.
std::string write_as(std::string_view key, std::string_view example) {
  return fmt::format("write it as {} = {}", key, example);
}

}  // namespace

std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& choices) {
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const auto& choice : choices) {
    std::size_t d = edit_distance(word, choice);
    // Not when every letter would change: "kt" is no typo of "c".
    if (d <= std::max<std::size_t>(2, word.size() / 3) && d < word.size() &&
        (!best || d < best_distance)) {
      best = choice;
      best_distance = d;
    }
  }
  return best;
}

toml::table parse_toml_file(const std::string& path) {
  try {
    return toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    const auto& begin = e.source().begin;
    throw Error(fmt::format("{}:{}:{}: {}", path, begin.line, begin.column, e.description()),
                "fix the TOML syntax at that position");
  }
}

toml::table parse_toml_text(std::string_view text, const std::string& name) {
  try {
    return toml::parse(text, name);
  } catch (const toml::parse_error& e) {
    const auto& begin = e.source().begin;
    throw Error(fmt::format("{}:{}:{}: {}", name, begin.line, begin.column, e.description()),
                "fix the TOML syntax at that position");
  }
}

TableReader::TableReader(const toml::table& table, std::string file, std::string where)
    : table_(table), file_(std::move(file)), where_(std::move(where)) {}

std::string TableReader::location(const toml::node& node) const {
  const auto& begin = node.source().begin;
  if (begin.line == 0) {
    return location();
  }
  return fmt::format("{}:{}:{}: ", file_, begin.line, begin.column);
}

std::string TableReader::location() const {
  const auto& begin = table_.source().begin;
  if (where_.empty() || begin.line == 0) {
    return file_ + ": ";
  }
  return fmt::format("{}:{}:{}: ", file_, begin.line, begin.column);
}

std::string TableReader::key_name(std::string_view key) const {
  return where_.empty() ? fmt::format("'{}'", key) : fmt::format("'{}' in {}", key, where_);
}

void TableReader::fail(const toml::node& node, const std::string& message,
                       const std::string& hint) const {
  throw Error(location(node) + message, hint);
}

const toml::node* TableReader::get(std::string_view key) {
  seen_.emplace(key);
  return table_.get(key);
}

void TableReader::wrong_type(const toml::node& node, std::string_view key,
                             std::string_view expected, const std::string& hint) const {
  fail(node, fmt::format("{} must be {}, got {}", key_name(key), expected, describe_value(node)),
       hint);
}

std::string TableReader::required_string(std::string_view key) {
  auto value = string(key);
  if (!value) {
    // The top-level table starts the file: its keys go at 1:1, before the first [table].
    throw Error(where_.empty()
                    ? fmt::format("{}:1:1: missing required key '{}' in the "
                                  "top-level table",
                                  file_, key)
                    : fmt::format("{}missing required key {}", location(), key_name(key)),
                fmt::format("add {} = \"...\"{}", key,
                            where_.empty() ? " at the top of the file, before any [table]" : ""));
  }
  return *value;
}

std::optional<std::string> TableReader::string(std::string_view key) {
  const toml::node* node = get(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  if (const auto* s = node->as_string()) {
    return s->get();
  }
  wrong_type(*node, key, "a string", write_as(key, "\"...\""));
}

std::optional<double> TableReader::number(std::string_view key) {
  const toml::node* node = get(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  if (const auto* f = node->as_floating_point()) {
    return f->get();
  }
  if (const auto* i = node->as_integer()) {
    return static_cast<double>(i->get());
  }
  wrong_type(*node, key, "a number", write_as(key, "2.5 (no quotes)"));
}

std::optional<std::int64_t> TableReader::integer(std::string_view key) {
  const toml::node* node = get(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  if (const auto* i = node->as_integer()) {
    return i->get();
  }
  wrong_type(*node, key, "an integer", write_as(key, "256 (no quotes, no decimal point)"));
}

std::optional<bool> TableReader::boolean(std::string_view key) {
  const toml::node* node = get(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  if (const auto* b = node->as_boolean()) {
    return b->get();
  }
  wrong_type(*node, key, "true or false", write_as(key, "true (no quotes)"));
}

std::vector<std::string> TableReader::strings(std::string_view key) {
  const toml::node* node = get(key);
  std::vector<std::string> result;
  if (node == nullptr) {
    return result;
  }
  const auto* array = node->as_array();
  if (array == nullptr) {
    wrong_type(*node, key, "an array of strings", write_as(key, "[\"a\", \"b\"]"));
  }
  for (const auto& element : *array) {
    const auto* s = element.as_string();
    if (s == nullptr) {
      fail(element,
           fmt::format("{} must hold only strings, got {}", key_name(key), describe_value(element)),
           "put each value in double quotes");
    }
    result.push_back(s->get());
  }
  return result;
}

std::vector<double> TableReader::numbers(std::string_view key) {
  const toml::node* node = get(key);
  std::vector<double> result;
  if (node == nullptr) {
    return result;
  }
  const auto* array = node->as_array();
  if (array == nullptr) {
    wrong_type(*node, key, "an array of numbers", write_as(key, "[10, 100, 1000]"));
  }
  for (const auto& element : *array) {
    if (const auto* i = element.as_integer()) {
      result.push_back(static_cast<double>(i->get()));
    } else if (const auto* f = element.as_floating_point()) {
      result.push_back(f->get());
    } else {
      fail(element,
           fmt::format("{} must hold only numbers, got {}", key_name(key), describe_value(element)),
           "write each value as a number, without quotes");
    }
  }
  return result;
}

const toml::table* TableReader::table(std::string_view key) {
  const toml::node* node = get(key);
  if (node == nullptr) {
    return nullptr;
  }
  if (const auto* t = node->as_table()) {
    return t;
  }
  wrong_type(*node, key, "a table",
             fmt::format("write a line [{}], then its keys one per line", key));
}

std::vector<const toml::table*> TableReader::tables(std::string_view key) {
  const toml::node* node = get(key);
  std::vector<const toml::table*> result;
  if (node == nullptr) {
    return result;
  }
  const auto* array = node->as_array();
  if (array == nullptr || !array->is_array_of_tables()) {
    wrong_type(*node, key, fmt::format("an array of tables ([[{}]])", key),
               fmt::format("write a line [[{}]] before the keys of each one", key));
  }
  for (const auto& element : *array) {
    result.push_back(element.as_table());
  }
  return result;
}

void TableReader::reject_unknown_keys() const {
  std::vector<std::string> known(seen_.begin(), seen_.end());
  for (const auto& [key, node] : table_) {
    if (seen_.count(key.str()) != 0) {
      continue;
    }
    std::string message = fmt::format("unknown key {}", key_name(key.str()));
    std::string hint;
    if (auto guess = closest(key.str(), known)) {
      message += fmt::format("; did you mean '{}'?", *guess);
      hint = fmt::format("rename it to '{}', or remove it", *guess);
    } else {
      hint = fmt::format("the known keys here are: {}", fmt::join(known, ", "));
    }
    throw Error(location(node) + message, hint);
  }
}

}  // namespace judge::detail
