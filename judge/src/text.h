// Small text helpers the engine's modules share (private to judge/src).
#pragma once

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace judge::detail {

/// The lines of `text`, each without its line break (and without a '\r' before it).
[[nodiscard]] inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    lines.push_back(line);
  }
  return lines;
}

/// Without surrounding whitespace, line breaks included (stderr ends with one).
[[nodiscard]] inline std::string trimmed(const std::string& s) {
  auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) {
    return {};
  }
  auto last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

/// Up to the first line break.
[[nodiscard]] inline std::string first_line(const std::string& text) {
  auto end = text.find('\n');
  return end == std::string::npos ? text : text.substr(0, end);
}

/// `text` with every `from` replaced by `to`.
[[nodiscard]] inline std::string replace_all(std::string text, const std::string& from,
                                             const std::string& to) {
  if (from.empty()) {
    return text;
  }
  std::size_t pos = 0;
  while ((pos = text.find(from, pos)) != std::string::npos) {
    text.replace(pos, from.size(), to);
    pos += to.size();
  }
  return text;
}

/// "1 day", "3 days": a count and the word for it.
[[nodiscard]] inline std::string plural(long count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

}  // namespace judge::detail
