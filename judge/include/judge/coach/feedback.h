// The shape every coaching check returns: a list of findings and a one-line summary. Plain
// values (strings and enums), so that a front end can print them or write them as JSON.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace judge::coach {

enum class Severity {
  kPraise,   ///< something done well, worth keeping
  kInfo,     ///< worth knowing, nothing to fix
  kWarning,  ///< something to fix before the real interview
};

/// "praise", "info", "warning".
[[nodiscard]] std::string_view to_string(Severity severity) noexcept;

struct FeedbackItem {
  Severity severity = Severity::kInfo;
  /// A stable name for the rule that fired ("star.result.thin", "explain.time.worse"), for
  /// scoring and tests; the key of its message in the data file.
  std::string code;
  std::string message;  ///< one or two sentences, in the project's words
};

struct Feedback {
  std::vector<FeedbackItem> items;  ///< in the order a reader should see them
  std::string summary;              ///< one line

  [[nodiscard]] std::size_t count(Severity severity) const;
  /// True if some item has this code.
  [[nodiscard]] bool has(std::string_view code) const;
  /// The first item with this code, or null.
  [[nodiscard]] const FeedbackItem* find(std::string_view code) const;
};

}  // namespace judge::coach
