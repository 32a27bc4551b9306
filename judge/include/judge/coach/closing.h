// The candidate's own questions for the interviewer at the end of the call: counted, each
// judged generic (its answer is on the website, or it is too broad) or specific, with stronger
// examples by theme. Rules, examples and messages are data: judge/data/closing.toml, built in.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "judge/coach/feedback.h"

namespace judge::coach {

namespace detail {
class Messages;
}

/// A kind of generic question and why it is weak.
struct GenericRule {
  std::string id;                     ///< "company", "culture", "recruiter"
  std::string reason;                 ///< completes "\"<question>\": ..."
  std::vector<std::string> patterns;  ///< phrases ("what does ... company do")
};

/// A theme of good questions, with examples.
struct QuestionTheme {
  std::string id;                     ///< "onboarding"
  std::string title;                  ///< "onboarding", as it reads in a sentence
  std::vector<std::string> keywords;  ///< phrases that put a question in this theme
  std::vector<std::string> examples;  ///< stronger questions to borrow
};

/// The rules of closing.toml.
class ClosingRules {
 public:
  /// The built-in rules (judge/data/closing.toml), read once.
  [[nodiscard]] static const ClosingRules& builtin();
  [[nodiscard]] static std::string_view builtin_text();
  /// Rules from TOML text; throws Error naming "name:line:column" for a bad file.
  [[nodiscard]] static ClosingRules parse(std::string_view text, const std::string& name);

  std::size_t min_questions = 2;
  std::size_t examples_shown = 3;
  std::vector<GenericRule> generic;
  std::vector<std::string> specific;  ///< phrases that make a question specific
  std::vector<QuestionTheme> themes;
  std::shared_ptr<const detail::Messages> messages;
};

/// The file the editor opens on: one comment line of instructions.
[[nodiscard]] std::string closing_template(const ClosingRules& rules = ClosingRules::builtin());

/// The questions in a text: one per line, list markers ("-", "1.") dropped, several on a line
/// split at their question marks; template comments ("# ...") and headings skipped. A line
/// without a question mark counts when it has three words or more ("Ask about on-call").
[[nodiscard]] std::vector<std::string> split_questions(std::string_view text);

enum class QuestionKind {
  kGeneric,   ///< a generic pattern and no specific phrase
  kSpecific,  ///< a specific phrase
  kPlain,     ///< neither
};

struct ClosingQuestion {
  std::string text;
  QuestionKind kind = QuestionKind::kPlain;
  std::string rule;    ///< kGeneric: the GenericRule id
  std::string marker;  ///< kSpecific: the phrase that made it specific, as written in the rules
  std::vector<std::string> themes;  ///< QuestionTheme ids it touches
};

struct Suggestion {
  std::string theme;     ///< QuestionTheme id
  std::string title;     ///< its title
  std::string question;  ///< an example to borrow
};

struct ClosingReview {
  std::vector<ClosingQuestion> questions;
  /// Examples from themes none of the questions touched (up to examples_shown), chosen by the
  /// seed; offered when a question is generic or there are too few.
  std::vector<Suggestion> suggestions;
  Feedback feedback;
};

/// Judges the closing questions. `seed` varies the examples offered; the same seed gives the
/// same review.
[[nodiscard]] ClosingReview review_closing(std::string_view text, std::uint64_t seed = 0,
                                           const ClosingRules& rules = ClosingRules::builtin());

}  // namespace judge::coach
