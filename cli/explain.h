// Asking for the written explanation that comes before the verdict.
#pragma once

#include <optional>
#include <string>

namespace cli {

struct ExplainOptions {
  std::optional<std::string> text;  ///< --explain TEXT
  std::optional<std::string> file;  ///< --explain-file F ("-": standard input)
};

/// The template the editor opens on.
[[nodiscard]] std::string explanation_template(const std::string& problem_title);

/// Drops the template's comment lines and trailing blank space.
[[nodiscard]] std::string clean_explanation(const std::string& text);

/// True when the explanation says nothing beyond the template's headings.
[[nodiscard]] bool explanation_is_empty(const std::string& cleaned);

/// Gets the explanation from the flags, the editor ($VISUAL, $EDITOR) or a prompt. Throws
/// judge::Error (exit 2) when there is none: empty, or no terminal and no flag.
[[nodiscard]] std::string get_explanation(const ExplainOptions& options,
                                          const std::string& problem_title);

}  // namespace cli
