#include "sections.h"

#include "text.h"

namespace judge::coach::detail {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Trailing colons and markup around a heading's words: "**Result:**" gives "Result".
std::string_view strip_marks(std::string_view s) {
  s = trim(s);
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    for (char c : {'*', '_', ':', '#'}) {
      if (!s.empty() && s.back() == c) {
        s.remove_suffix(1);
        changed = true;
      }
      if (!s.empty() && s.front() == c) {
        s.remove_prefix(1);
        changed = true;
      }
    }
    s = trim(s);
  }
  return s;
}

struct Heading {
  std::string words;
  std::size_t body_offset = 0;  // within the line: where its content starts
};

// The heading a line opens, if any.
bool heading_of(std::string_view line, const LabelTest& is_label, Heading& out) {
  std::string_view t = trim(line);
  const std::size_t indent = static_cast<std::size_t>(t.data() - line.data());
  if (t.empty()) {
    return false;
  }
  if (t.front() == '#') {
    std::size_t hashes = t.find_first_not_of('#');
    if (hashes != std::string_view::npos && hashes <= 6 && t[hashes] == ' ') {
      out.words = std::string(strip_marks(t.substr(hashes)));
      out.body_offset = line.size();
      return !out.words.empty();
    }
    return false;
  }
  for (std::string_view mark : {std::string_view("**"), std::string_view("__")}) {
    if (t.substr(0, 2) == mark) {
      std::size_t close = t.find(mark, 2);
      if (close == std::string_view::npos) {
        return false;
      }
      std::string_view inside = strip_marks(t.substr(2, close - 2));
      std::string_view rest = trim(t.substr(close + 2));
      if (!rest.empty() && rest.front() == ':') {
        rest = trim(rest.substr(1));
      }
      // A bold word inside a sentence is emphasis, not a heading: either the line holds only
      // the bold part, or the bold part is a label the caller knows ("**Time:** O(n)").
      if (inside.empty() || (!rest.empty() && !is_label(inside))) {
        return false;
      }
      out.words = std::string(inside);
      out.body_offset =
          rest.empty() ? line.size() : static_cast<std::size_t>(rest.data() - line.data());
      return true;
    }
  }
  const std::size_t colon = t.find(':');
  if (colon != std::string_view::npos && colon > 0) {
    std::string_view label = strip_marks(t.substr(0, colon));
    if (!label.empty() && count_words(label) <= 4 && is_label(label)) {
      out.words = std::string(label);
      out.body_offset = indent + colon + 1;
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<Section> split_sections(std::string_view text, const LabelTest& is_label) {
  std::vector<Section> sections(1);
  std::size_t pos = 0;
  bool in_fence = false;  // no headings inside a ``` code block
  while (pos <= text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) {
      eol = text.size();
    }
    std::string_view line = text.substr(pos, eol - pos);
    if (trim(line).substr(0, 3) == "```") {
      in_fence = !in_fence;
    }
    Heading h;
    if (!in_fence && heading_of(line, is_label, h)) {
      sections.back().body_end = pos;
      Section s;
      s.heading = std::move(h.words);
      s.line_begin = pos;
      s.body_begin = std::min(pos + h.body_offset, eol);
      sections.push_back(std::move(s));
    }
    if (eol == text.size()) {
      break;
    }
    pos = eol + 1;
  }
  sections.back().body_end = text.size();
  return sections;
}

std::size_t section_at(const std::vector<Section>& sections, std::size_t offset) {
  std::size_t found = 0;
  for (std::size_t i = 0; i < sections.size(); ++i) {
    if (sections[i].line_begin <= offset) {
      found = i;
    }
  }
  return found;
}

}  // namespace judge::coach::detail
