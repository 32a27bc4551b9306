// Asking for what the candidate writes: the explanation that comes before the verdict, and, in
// a mock session, the STAR answer and the questions for the interviewer.
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

/// Ctrl-C (or SIGTERM) while the explanation (or another text) was being typed at the prompt:
/// what was typed so far (cleaned; maybe empty), for the caller to keep.
class ExplanationInterrupted : public judge::Interrupted {
 public:
  explicit ExplanationInterrupted(std::string text, const std::string& what = "explanation")
      : judge::Interrupted("interrupted while the " + what + " was written"),
        text_(std::move(text)) {}
  [[nodiscard]] const std::string& text() const noexcept { return text_; }

 private:
  std::string text_;
};

/// What to ask for at the terminal.
struct TextPrompt {
  std::string what;          ///< "explanation", "answer": in messages
  std::string initial;       ///< the file the editor opens on: a template
  std::string file_name;     ///< that file's name ("ANSWER.md")
  std::string instructions;  ///< printed before the line prompt, when no editor is set
  std::string flags;         ///< the hint without a terminal: what to pass instead
};

/// Text written in the editor ($VISUAL, $EDITOR) opened on `prompt.initial`, or typed at a
/// prompt up to a line holding only '.', cleaned (clean_explanation()). Throws judge::Error
/// (exit 2) when standard input is not a terminal or the editor fails, and
/// ExplanationInterrupted on Ctrl-C at the prompt. The editor has Ctrl-C while it runs.
[[nodiscard]] std::string ask_text(const TextPrompt& prompt);

/// Reads a file the user named (`-`: standard input). Throws judge::Error with `hint` when it
/// cannot be read.
[[nodiscard]] std::string read_text_file(const std::string& file, const std::string& what,
                                         const std::string& hint);

/// Gets the explanation from the flags, the editor ($VISUAL, $EDITOR) or a prompt. Throws
/// judge::Error (exit 2) when there is none: empty, or no terminal and no flag; and
/// ExplanationInterrupted on Ctrl-C at the prompt. While the editor runs, the judge ignores
/// Ctrl-C (the editor has it, as with git): an editor's own use of it cancels nothing.
[[nodiscard]] std::string get_explanation(const ExplainOptions& options,
                                          const std::string& problem_title);

}  // namespace cli
