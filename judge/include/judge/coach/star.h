// The STAR answer to a behavioural question: the template the candidate fills, the reading of
// an answer into Situation, Task, Action and Result (by heading, or by wording for plain
// prose), and feedback on it. Rules and messages are data: judge/data/star.toml, built in.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judge/coach/feedback.h"
#include "judge/coach/questions.h"

namespace judge::coach {

namespace detail {
class Messages;
}

enum class StarPart { kSituation, kTask, kAction, kResult };
inline constexpr std::size_t kStarParts = 4;

/// How one part is recognised and judged.
struct StarPartRules {
  std::string title;                  ///< "Situation"
  std::vector<std::string> headings;  ///< heading words that open it: "situation", "context"
  std::string prompt;                 ///< one line: what the part should say
  std::size_t min_words = 0;          ///< fewer: thin
  std::vector<std::string> cues;      ///< phrases that mark it in plain prose
};

/// The rules of star.toml. Fields are read-only data for the functions below.
class StarRules {
 public:
  /// The built-in rules (judge/data/star.toml), read once.
  [[nodiscard]] static const StarRules& builtin();
  [[nodiscard]] static std::string_view builtin_text();
  /// Rules from TOML text; throws Error naming "name:line:column" for a bad file.
  [[nodiscard]] static StarRules parse(std::string_view text, const std::string& name);

  std::array<StarPartRules, kStarParts> parts;
  std::size_t min_words = 250;  ///< a 2-minute spoken answer
  std::size_t max_words = 350;
  double slow_wpm = 130;
  double fast_wpm = 150;
  std::vector<std::string> i_words;   ///< "i", "me", "my", ...
  std::vector<std::string> we_words;  ///< "we", "us", "our", ...
  double min_i_share = 0.5;
  std::size_t min_pronouns = 4;
  double max_situation_share = 0.35;
  std::vector<std::string> measurable;        ///< phrases that make a result measurable
  std::vector<std::string> measurable_signs;  ///< "%", "$", ...
  std::shared_ptr<const detail::Messages> messages;
};

/// The file the editor opens on: the question and the four headings, each with its prompt as
/// a comment line ("# ...").
[[nodiscard]] std::string star_template(const Question& question,
                                        const StarRules& rules = StarRules::builtin());

struct StarSection {
  bool found = false;  ///< present: a heading with text under it, or sentences read as it
  std::string text;    ///< its text (sentences joined by a space in plain prose)
  std::size_t words = 0;
};

struct StarAnswer {
  std::array<StarSection, kStarParts> parts;
  bool by_headings = false;  ///< false: plain prose, parts guessed from cue words
  std::size_t words = 0;     ///< the whole answer, without template comments and headings

  [[nodiscard]] const StarSection& part(StarPart p) const {
    return parts[static_cast<std::size_t>(p)];
  }
  [[nodiscard]] std::size_t found_count() const;
};

/// Reads an answer: template comment lines ("# ...") are dropped; headings such as
/// "## Situation", "**Task**", "Action:" or "R:" open parts. Without any STAR heading, the
/// sentences are split into the four parts, in order, by their cue words.
[[nodiscard]] StarAnswer parse_star(std::string_view text,
                                    const StarRules& rules = StarRules::builtin());

struct StarReview {
  StarAnswer answer;
  double seconds_fast = 0;  ///< speaking time at fast_wpm
  double seconds_slow = 0;  ///< at slow_wpm
  std::size_t i_count = 0;  ///< "I" pronouns in the whole answer
  std::size_t we_count = 0;
  std::size_t action_i_count = 0;  ///< in the Action part
  std::size_t action_we_count = 0;
  /// The words that make the Result measurable ("40%", "from 20 minutes to 3"), if any.
  std::optional<std::string> measurable;
  Feedback feedback;
};

/// Reads and judges an answer: missing and thin parts, a measurable Result, "I" against "we",
/// the length against a 2-minute spoken answer.
[[nodiscard]] StarReview review_star(std::string_view text,
                                     const StarRules& rules = StarRules::builtin());

}  // namespace judge::coach
