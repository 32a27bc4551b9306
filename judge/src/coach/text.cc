#include "text.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace judge::coach::detail {
namespace {

bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Multi-byte punctuation that must not count as a word or join one: dashes, quotes, the
// ellipsis, bullets. UTF-8 encodings.
constexpr std::string_view kPunctuation[] = {
    "\u2013", "\u2014", "\u2015", "\u2018", "\u201c", "\u201d", "\u201e",
    "\u2026", "\u2022", "\u00ab", "\u00bb", "\u00a0", "\u2212",
};

// The length of the punctuation at `text[i]`, or 0.
std::size_t punctuation_at(std::string_view text, std::size_t i) {
  for (std::string_view p : kPunctuation) {
    if (text.substr(i, p.size()) == p) {
      return p.size();
    }
  }
  return 0;
}

constexpr std::string_view kRightQuote = "\u2019";

}  // namespace

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, kRightQuote.size()) == kRightQuote) {
      out += '\'';
      i += kRightQuote.size() - 1;
      continue;
    }
    const char c = text[i];
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

std::size_t count_words(std::string_view text) {
  std::size_t count = 0;
  bool in_word = false;
  bool has_letter = false;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool blank =
        i == text.size() || text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r';
    if (blank) {
      if (in_word && has_letter) {
        ++count;
      }
      in_word = false;
      has_letter = false;
      continue;
    }
    in_word = true;
    const auto c = static_cast<unsigned char>(text[i]);
    if (is_ascii_alnum(c)) {
      has_letter = true;
    } else if (c >= 0x80) {
      if (std::size_t n = punctuation_at(text, i); n > 0) {
        i += n - 1;
      } else if (text.substr(i, kRightQuote.size()) == kRightQuote) {
        i += kRightQuote.size() - 1;
      } else {
        has_letter = true;  // a letter of another alphabet (or its continuation bytes)
      }
    }
  }
  return count;
}

std::vector<std::string> tokens(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    // Quotes around a word are not part of it: 'quoted' gives quoted.
    while (!current.empty() && current.front() == '\'') {
      current.erase(current.begin());
    }
    while (!current.empty() && current.back() == '\'') {
      current.pop_back();
    }
    if (!current.empty()) {
      out.push_back(std::move(current));
    }
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (text.substr(i, kRightQuote.size()) == kRightQuote) {
      current += '\'';
      i += kRightQuote.size() - 1;
    } else if (is_ascii_alnum(c) || c == '\'') {
      current += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    } else if (c >= 0x80) {
      if (std::size_t n = punctuation_at(text, i); n > 0) {
        flush();
        i += n - 1;
      } else {
        current += static_cast<char>(c);
      }
    } else {
      flush();
    }
  }
  flush();
  return out;
}

std::vector<Sentence> sentences(std::string_view text) {
  std::vector<Sentence> out;
  std::size_t begin = 0;
  auto push = [&](std::size_t end) {
    std::size_t b = begin;
    while (b < end && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r' || text[b] == '\n')) {
      ++b;
    }
    std::size_t e = end;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) {
      --e;
    }
    if (e > b) {
      out.push_back({b, e});
    }
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      push(i);
      begin = i + 1;
    } else if ((c == '.' || c == '!' || c == '?') &&
               (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n' ||
                text[i + 1] == '\t' || text[i + 1] == '\r')) {
      push(i + 1);
      begin = i + 1;
    }
  }
  push(text.size());
  return out;
}

bool word_matches(std::string_view pattern, std::string_view word) {
  if (pattern.size() > 1 && pattern.back() == '*') {
    pattern.remove_suffix(1);
    return word.substr(0, pattern.size()) == pattern;
  }
  if (pattern.size() > 1 && pattern.front() == '*') {
    pattern.remove_prefix(1);
    return word.size() > pattern.size() && word.substr(word.size() - pattern.size()) == pattern;
  }
  return pattern == word;
}

Phrase::Phrase(std::string_view text) : text_(text) {
  // Split on blanks first so that "..." and "*" survive; each piece is then tokenized.
  std::string folded = fold(text);
  std::size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && folded[i] == ' ') {
      ++i;
    }
    std::size_t j = folded.find(' ', i);
    if (j == std::string::npos) {
      j = folded.size();
    }
    std::string_view piece = std::string_view(folded).substr(i, j - i);
    if (piece == "...") {
      words_.emplace_back("...");
    } else if (!piece.empty()) {
      const bool star_front = piece.front() == '*';
      const bool star_back = piece.size() > 1 && piece.back() == '*';
      std::vector<std::string> parts = tokens(piece);
      for (std::size_t k = 0; k < parts.size(); ++k) {
        std::string w = parts[k];
        if (star_front && k == 0) {
          w.insert(w.begin(), '*');
        }
        if (star_back && k + 1 == parts.size()) {
          w += '*';
        }
        words_.push_back(std::move(w));
      }
    }
    i = j;
  }
  // A gap at either end means nothing.
  while (!words_.empty() && words_.front() == "...") {
    words_.erase(words_.begin());
  }
  while (!words_.empty() && words_.back() == "...") {
    words_.pop_back();
  }
}

std::size_t Phrase::match_at(const std::vector<std::string>& words, std::size_t at,
                             std::size_t part) const {
  if (part == words_.size()) {
    return at;
  }
  if (words_[part] == "...") {
    constexpr std::size_t kMaxGap = 4;
    for (std::size_t skip = 0; skip <= kMaxGap && at + skip <= words.size(); ++skip) {
      if (std::size_t end = match_at(words, at + skip, part + 1); end != std::string::npos) {
        return end;
      }
    }
    return std::string::npos;
  }
  if (at >= words.size() || !word_matches(words_[part], words[at])) {
    return std::string::npos;
  }
  return match_at(words, at + 1, part + 1);
}

std::pair<std::size_t, std::size_t> Phrase::find_span(const std::vector<std::string>& words) const {
  if (!words_.empty()) {
    for (std::size_t at = 0; at < words.size(); ++at) {
      if (std::size_t end = match_at(words, at, 0); end != std::string::npos) {
        return {at, end};
      }
    }
  }
  return {std::string::npos, std::string::npos};
}

std::size_t Phrase::find(const std::vector<std::string>& words) const {
  return find_span(words).first;
}

bool Phrase::found_in(const std::vector<std::string>& words) const {
  return find(words) != std::string::npos;
}

std::size_t Phrase::literal_words() const {
  return static_cast<std::size_t>(std::count_if(words_.begin(), words_.end(), [](const auto& w) {
    return w != "..." && w.find('*') == std::string::npos;
  }));
}

bool same_stem(std::string_view a, std::string_view b) {
  if (a == b) {
    return true;
  }
  std::string_view shorter = a.size() <= b.size() ? a : b;
  std::string_view longer = a.size() <= b.size() ? b : a;
  std::size_t common = 0;
  while (common < shorter.size() && shorter[common] == longer[common]) {
    ++common;
  }
  if (common >= 4 && common + 2 >= shorter.size()) {
    return true;
  }
  // A short word and its usual endings: "sum", "summing"; "day", "days"; "tie", "tied".
  if (shorter.size() >= 3 && common == shorter.size()) {
    std::string_view rest = longer.substr(shorter.size());
    if (rest.size() > 2 && rest.front() == shorter.back()) {
      rest.remove_prefix(1);  // a doubled consonant
    }
    for (std::string_view ending : {"s", "es", "d", "ed", "ing", "ings", "er", "ers"}) {
      if (rest == ending) {
        return true;
      }
    }
  }
  return false;
}

std::string spoken_time(double seconds) {
  const long total = std::lround(seconds);
  if (total < 60) {
    return fmt::format("{} s", total);
  }
  return fmt::format("{} min {:02} s", total / 60, total % 60);
}

}  // namespace judge::coach::detail
