// ICPC/Kattis statements for the terminal. Markdown statements are shown as they are; LaTeX
// ones are turned into Markdown by pandoc when it is installed (run with --sandbox, so that a
// hostile .tex cannot read the machine's files with \input; with a heap cap, a time limit and
// an output cap), else by a small built-in reader that knows the macros statements use.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "judge/kattis/package.h"

namespace judge::kattis {

struct RenderedStatement {
  std::string title;     ///< \problemname (LaTeX), or empty
  std::string markdown;  ///< the statement as Markdown, for the judge's Markdown renderer
  /// Which reader made it, to say so: "Markdown as written", "pandoc 2.17.1.1",
  /// "the judge's built-in LaTeX reader (pandoc not found)".
  std::string renderer;
  std::vector<std::string> notes;  ///< why pandoc was not used, what was dropped
};

struct RenderOptions {
  /// The pandoc program; empty: look it up in /usr/local/bin, /usr/bin, /bin. "none": never
  /// run pandoc (the built-in reader).
  std::string pandoc;
  std::chrono::milliseconds timeout{5000};
  std::size_t max_output = 1 << 20;  ///< bytes of Markdown kept from pandoc
};

/// Reads and renders the statement file (at most 1 MiB; a PDF is not rendered, only named).
/// Throws Error when the file cannot be read or is too large.
[[nodiscard]] RenderedStatement render_statement(const StatementFile& statement,
                                                 const RenderOptions& options = {});

/// The built-in reader: LaTeX as the statements write it, to Markdown. Sections become
/// headings, itemize and enumerate lists, \texttt code, \emph and \textbf emphasis, math is
/// kept readable (x_i, 10^9, <=, >=, ...); macros it does not know are dropped, their
/// arguments kept. Pure.
[[nodiscard]] std::string latex_to_markdown(std::string_view tex);

/// The problem's name in a LaTeX statement: a "%% plainproblemname:" comment, else
/// \problemname{...} (as problemtools reads it), or empty.
[[nodiscard]] std::string latex_problem_name(std::string_view tex);

}  // namespace judge::kattis
