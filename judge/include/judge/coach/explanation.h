// Feedback on the written explanation of a submission: its sections (approach, complexity,
// edge cases, tests), the claimed time and space against the problem's [complexity] bounds,
// the problem's classic edge cases it does not mention, and, when a complexity probe has
// run, the measured growth. Rules and messages are data: judge/data/explanation.toml.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judge/coach/complexity.h"
#include "judge/coach/feedback.h"

namespace judge {
struct Problem;
}

namespace judge::coach {

namespace detail {
class Messages;
}

/// What a problem expects of an explanation (problem.toml [complexity]).
struct ProblemExpectations {
  std::string time;   ///< "O(n log n)" as written there, or empty
  std::string space;  ///< "O(1)", or empty
  std::vector<std::string> edge_cases;
  /// [complexity] growth: the time's class in the probe's one size ("O(n)" for a bound of
  /// O(n * amount) whose probe grows only the amount), or empty. A claim of several variables
  /// that matches `time` is compared with a measured growth through it.
  std::string growth;
};

/// The expectations of a loaded problem.
[[nodiscard]] ProblemExpectations expectations_of(const Problem& problem);

/// What a complexity probe measured: running time grows like n^slope.
struct MeasuredGrowth {
  std::string complexity_class;  ///< the class it fitted ("O(n^2)"), or empty
  double slope = 0;
};

/// A claim "better than expected" that names one of `words` gets `hint` added.
struct BetterHint {
  bool space = false;  ///< for the space claim; else for time
  std::vector<std::string> words;
  std::string hint;
};

/// A group of words that stand for each other in edge cases ("empty", "no", "zero").
struct SynonymGroup {
  std::vector<std::string> words;
  bool weak = false;  ///< alone it needs a subject word near it
};

/// The rules of explanation.toml.
class ExplanationRules {
 public:
  /// The built-in rules (judge/data/explanation.toml), read once.
  [[nodiscard]] static const ExplanationRules& builtin();
  [[nodiscard]] static std::string_view builtin_text();
  /// Rules from TOML text; throws Error naming "name:line:column" for a bad file.
  [[nodiscard]] static ExplanationRules parse(std::string_view text, const std::string& name);

  std::vector<std::string> approach_headings;
  std::vector<std::string> time_headings;
  std::vector<std::string> space_headings;
  std::vector<std::string> complexity_headings;
  std::vector<std::string> edge_headings;
  std::vector<std::string> test_headings;
  std::size_t approach_min_words = 15;
  double slope_tolerance = 0.3;
  std::vector<std::string> stopwords;
  std::vector<std::string> subjects;
  std::vector<SynonymGroup> groups;
  double min_share = 0.5;
  std::size_t window = 8;
  std::vector<BetterHint> better_hints;
  std::shared_ptr<const detail::Messages> messages;
};

struct ExplanationSection {
  bool found = false;  ///< a heading with text under it (the approach: or plain prose)
  std::string text;
  std::size_t words = 0;
};

struct ExplanationSections {
  ExplanationSection approach;
  ExplanationSection time;
  ExplanationSection space;
  ExplanationSection complexity;  ///< a heading for both
  ExplanationSection edge_cases;
  ExplanationSection tests;
  bool by_headings = false;  ///< false: plain prose, all of it read as the approach
};

/// Cuts an explanation at its headings ("## Approach", "**Edge cases**", "Time: O(n)").
/// Text before the first heading, and text under a heading that is none of these, joins the
/// approach.
[[nodiscard]] ExplanationSections parse_explanation(
    std::string_view text, const ExplanationRules& rules = ExplanationRules::builtin());

/// Whether `text` mentions the edge case `edge_case` (a phrase from problem.toml): in some
/// sentence, enough of its words or their synonyms, close together. Tolerant of word forms
/// ("closer", "closing") and of wording ("empty array": "if n = 0").
[[nodiscard]] bool mentions_edge_case(std::string_view text, std::string_view edge_case,
                                      const ExplanationRules& rules = ExplanationRules::builtin());

struct ExplanationReview {
  ExplanationSections sections;
  Claims claims;
  std::optional<Complexity> expected_time;  ///< the problem's bound, when it has one
  std::optional<Complexity> expected_space;
  std::optional<Order> time_order;  ///< claim against bound, when both exist
  std::optional<Order> space_order;
  std::vector<std::string> edge_cases_mentioned;
  std::vector<std::string> edge_cases_missed;
  Feedback feedback;
};

/// Judges an explanation against what its problem expects. `measured`: the growth a
/// complexity probe measured, when one ran.
[[nodiscard]] ExplanationReview review_explanation(
    std::string_view text, const ProblemExpectations& expected,
    const std::optional<MeasuredGrowth>& measured = std::nullopt,
    const ExplanationRules& rules = ExplanationRules::builtin());

}  // namespace judge::coach
