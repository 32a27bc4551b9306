// Asking for the written explanation that comes before the verdict.
#pragma once

#include <optional>
#include <string>

#include "judge/error.h"

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

/// Ctrl-C (or SIGTERM) while the explanation was being typed at the prompt: what was typed so
/// far (cleaned; maybe empty), for the caller to keep.
class ExplanationInterrupted : public judge::Interrupted {
 public:
  explicit ExplanationInterrupted(std::string text)
      : judge::Interrupted("interrupted while the explanation was written"),
        text_(std::move(text)) {}
  [[nodiscard]] const std::string& text() const noexcept { return text_; }

 private:
  std::string text_;
};

/// Gets the explanation from the flags, the editor ($VISUAL, $EDITOR) or a prompt. Throws
/// judge::Error (exit 2) when there is none: empty, or no terminal and no flag; and
/// ExplanationInterrupted on Ctrl-C at the prompt. While the editor runs, the judge ignores
/// Ctrl-C (the editor has it, as with git): an editor's own use of it cancels nothing.
[[nodiscard]] std::string get_explanation(const ExplainOptions& options,
                                          const std::string& problem_title);

}  // namespace cli
