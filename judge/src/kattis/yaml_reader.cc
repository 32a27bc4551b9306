#include "kattis/yaml_reader.h"

#include <cmath>
#include <fstream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "judge/error.h"
#include "judge/kattis/default_validator.h"

namespace judge::kattis::detail {

namespace fs = std::filesystem;

namespace {

constexpr const char* kSyntaxHint = "fix the YAML syntax at that position";

std::string lower_ascii(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return text;
}

// Keys and values are shown to the user: a package's control characters are escaped so that
// they cannot carry escape sequences to a terminal, and long values are cut.
std::string printable(std::string_view text) {
  std::string out;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) {
      out += fmt::format("\\x{:02x}", u);
    } else {
      out += c;
    }
    if (out.size() > 60) {
      out += "...";
      break;
    }
  }
  return out;
}

}  // namespace

YAML::Node parse_yaml(std::string_view text, const std::string& file) {
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::ParserException& e) {
    // DeepRecursion is a ParserException too: a document nested thousands deep.
    throw Error(fmt::format("{}:{}:{}: {}", file, e.mark.line + 1, e.mark.column + 1, e.msg),
                kSyntaxHint);
  } catch (const YAML::Exception& e) {
    throw Error(fmt::format("{}: {}", file, e.msg), kSyntaxHint);
  }
}

YAML::Node load_yaml_file(const fs::path& path, std::size_t max_bytes, const std::string& shown) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(fmt::format("{}: cannot read the file", shown), "check its permissions");
  }
  std::string text;
  text.resize(max_bytes + 1);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (text.size() > max_bytes) {
    throw Error(fmt::format("{}: the file is larger than {} KiB", shown, max_bytes / 1024),
                "packages are untrusted input and this file is metadata: a few lines are "
                "expected; shorten it");
  }
  return parse_yaml(text, shown);
}

std::string location(const std::string& file, const YAML::Node& node) {
  if (!node.IsDefined()) {
    return file + ": ";
  }
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) {
    return file + ": ";
  }
  return fmt::format("{}:{}:{}: ", file, mark.line + 1, mark.column + 1);
}

std::string describe(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) {
    return "nothing";
  }
  if (node.IsScalar()) {
    return fmt::format("\"{}\"", printable(node.Scalar()));
  }
  if (node.IsSequence()) {
    return "a list";
  }
  return "a mapping";
}

MapReader::MapReader(YAML::Node map, std::string file, std::string where)
    : map_(std::move(map)), file_(std::move(file)), where_(std::move(where)) {
  if (!map_.IsDefined() || map_.IsNull()) {
    map_ = YAML::Node(YAML::NodeType::Map);
    return;
  }
  if (!map_.IsMap()) {
    fail(map_, where_.empty()
                   ? fmt::format("the file must hold a mapping (key: value lines), got {}",
                                 describe(map_))
                   : fmt::format("'{}' must be a mapping (key: value lines), got {}", where_,
                                 describe(map_)));
  }
  // yaml-cpp keeps both of two equal keys and finds the first: a second "validation:" further
  // down would be silently ignored, so it is refused.
  std::set<std::string, std::less<>> keys;
  for (auto it = map_.begin(); it != map_.end(); ++it) {
    const YAML::Node key = it->first;
    if (!key.IsScalar()) {
      fail(key, fmt::format("a key must be a plain word, got {}", describe(key)));
    }
    if (!keys.insert(key.Scalar()).second) {
      fail(key, fmt::format("{} appears twice", key_name(key.Scalar())),
           "keep one of the two: YAML readers disagree on which one wins");
    }
  }
}

bool MapReader::has(std::string_view key) {
  const YAML::Node value = get(key);
  return value.IsDefined();
}

YAML::Node MapReader::get(std::string_view key) {
  seen_.emplace(key);
  for (auto it = map_.begin(); it != map_.end(); ++it) {
    if (it->first.Scalar() == key) {
      if (it->second.IsNull()) {
        return YAML::Node(YAML::NodeType::Undefined);
      }
      return it->second;
    }
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

std::string MapReader::location(const YAML::Node& node) const {
  return detail::location(file_, node);
}

std::string MapReader::location() const {
  return where_.empty() ? file_ + ": " : detail::location(file_, map_);
}

std::string MapReader::key_name(std::string_view key) const {
  return where_.empty() ? fmt::format("'{}'", printable(key))
                        : fmt::format("'{}' in '{}'", printable(key), where_);
}

void MapReader::fail(const YAML::Node& node, const std::string& message,
                     const std::string& hint) const {
  throw Error(location(node) + message,
              hint.empty() ? "see docs/kattis.md for the keys the judge reads" : hint);
}

void MapReader::wrong_type(const YAML::Node& node, std::string_view key,
                           std::string_view expected) const {
  fail(node, fmt::format("{} must be {}, got {}", key_name(key), expected, describe(node)));
}

std::optional<std::string> MapReader::string(std::string_view key) {
  const YAML::Node node = get(key);
  if (!node.IsDefined()) {
    return std::nullopt;
  }
  if (!node.IsScalar()) {
    wrong_type(node, key, "a string");
  }
  return node.Scalar();
}

std::optional<double> MapReader::number(std::string_view key) {
  const YAML::Node node = get(key);
  if (!node.IsDefined()) {
    return std::nullopt;
  }
  if (!node.IsScalar()) {
    wrong_type(node, key, "a number");
  }
  auto value = parse_float(node.Scalar());
  if (!value) {
    wrong_type(node, key, "a number");
  }
  return value;
}

std::optional<std::int64_t> MapReader::integer(std::string_view key) {
  const YAML::Node node = get(key);
  if (!node.IsDefined()) {
    return std::nullopt;
  }
  std::optional<double> value;
  if (node.IsScalar()) {
    value = parse_float(node.Scalar());
  }
  // 2^53: every integer below is exact in a double, and no limit of a package comes near.
  if (!value || std::floor(*value) != *value || std::fabs(*value) > 9007199254740992.0) {
    wrong_type(node, key, "a whole number");
  }
  return static_cast<std::int64_t>(*value);
}

std::optional<bool> MapReader::boolean(std::string_view key) {
  const YAML::Node node = get(key);
  if (!node.IsDefined()) {
    return std::nullopt;
  }
  if (node.IsScalar()) {
    const std::string text = lower_ascii(node.Scalar());
    if (text == "true" || text == "yes" || text == "on") {
      return true;
    }
    if (text == "false" || text == "no" || text == "off") {
      return false;
    }
  }
  wrong_type(node, key, "true or false");
}

std::vector<std::string> MapReader::strings(std::string_view key, bool or_words) {
  const YAML::Node node = get(key);
  std::vector<std::string> result;
  if (!node.IsDefined()) {
    return result;
  }
  if (node.IsScalar() && or_words) {
    return split_words(node.Scalar());
  }
  if (!node.IsSequence()) {
    wrong_type(node, key, or_words ? "a list of strings or a string" : "a list of strings");
  }
  for (const auto& element : node) {
    if (!element.IsScalar()) {
      fail(element,
           fmt::format("{} must hold only strings, got {}", key_name(key), describe(element)));
    }
    result.push_back(element.Scalar());
  }
  return result;
}

YAML::Node MapReader::map(std::string_view key) {
  const YAML::Node node = get(key);
  if (node.IsDefined() && !node.IsMap()) {
    wrong_type(node, key, "a mapping (key: value lines)");
  }
  return node;
}

std::vector<std::pair<std::string, YAML::Node>> MapReader::unknown_keys() const {
  std::vector<std::pair<std::string, YAML::Node>> result;
  for (auto it = map_.begin(); it != map_.end(); ++it) {
    if (seen_.count(it->first.Scalar()) == 0) {
      result.emplace_back(it->first.Scalar(), it->first);
    }
  }
  return result;
}

std::vector<std::string> MapReader::known_keys() const {
  return {seen_.begin(), seen_.end()};
}

}  // namespace judge::kattis::detail
