// Text helpers shared by the coaching checks: words, sentences and phrase patterns, over UTF-8
// text written by a candidate (any language; only ASCII letters are case-folded).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace judge::coach::detail {

/// ASCII letters lowercased, other bytes (UTF-8 included) kept; ’ becomes '.
[[nodiscard]] std::string fold(std::string_view text);

/// Words as people count them: runs between blanks that hold a letter or a digit (a lone "-"
/// or "—" is no word). Non-ASCII letters count as letters.
[[nodiscard]] std::size_t count_words(std::string_view text);

/// Folded tokens for matching: runs of letters, digits, apostrophes and non-ASCII bytes.
/// "On-call" gives "on", "call"; "I'm" gives "i'm"; "64-bit" gives "64", "bit".
[[nodiscard]] std::vector<std::string> tokens(std::string_view text);

/// A span of `text` that ends a sentence (. ! ? followed by a blank, or a line end).
struct Sentence {
  std::size_t begin = 0;
  std::size_t end = 0;
};
/// Sentences of `text`, each also cut at a line break; empty ones are dropped.
[[nodiscard]] std::vector<Sentence> sentences(std::string_view text);

/// A phrase of words to look for in tokens. Words are folded; "*" at a word's end matches any
/// ending ("deploy*": deploys, deployment), at its start any beginning ("*ed": decided);
/// "..." matches up to four words of any kind.
class Phrase {
 public:
  explicit Phrase(std::string_view text);
  [[nodiscard]] bool found_in(const std::vector<std::string>& words) const;
  /// The index of the first word of the first match, or npos.
  [[nodiscard]] std::size_t find(const std::vector<std::string>& words) const;
  /// The first match as [first, last) word indexes, or {npos, npos}.
  [[nodiscard]] std::pair<std::size_t, std::size_t> find_span(
      const std::vector<std::string>& words) const;
  /// The words that must match as written: not a "..." gap, not a word with "*". A longer
  /// phrase is stronger evidence than "i *ed".
  [[nodiscard]] std::size_t literal_words() const;
  [[nodiscard]] const std::string& text() const noexcept { return text_; }
  [[nodiscard]] bool empty() const noexcept { return words_.empty(); }

 private:
  // The end of a match of words_[part...] starting at words[at], or npos.
  std::size_t match_at(const std::vector<std::string>& words, std::size_t at,
                       std::size_t part) const;
  std::string text_;
  std::vector<std::string> words_;
};

/// True if `word` matches the pattern word `pattern` (with the "*" rules of Phrase).
[[nodiscard]] bool word_matches(std::string_view pattern, std::string_view word);

/// Two words are forms of one word: equal; or a shared beginning of at least four bytes that
/// leaves at most two bytes of the shorter one ("closer", "closing"); or a word of three bytes
/// or more and itself with a usual ending ("sum", "summing"; "day", "days").
[[nodiscard]] bool same_stem(std::string_view a, std::string_view b);

/// A duration rounded to whole seconds: "45 s", "2 min 05 s".
[[nodiscard]] std::string spoken_time(double seconds);

}  // namespace judge::coach::detail
