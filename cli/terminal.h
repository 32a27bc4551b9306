// Terminal output: colour (unless NO_COLOR or not a terminal), widths, tables, Markdown.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "judge/verdict.h"

namespace cli {

enum class Style { kPlain, kBold, kDim, kGreen, kRed, kYellow, kBlue, kCyan, kMagenta };

class Terminal {
 public:
  /// Colour on stdout only when it is a terminal and NO_COLOR is unset.
  Terminal();
  [[nodiscard]] bool color() const noexcept { return color_; }
  [[nodiscard]] bool interactive() const noexcept { return interactive_; }
  [[nodiscard]] int width() const noexcept { return width_; }
  /// True when the width is known (a terminal, or COLUMNS), not the default for pipes.
  [[nodiscard]] bool sized() const noexcept { return sized_; }

  [[nodiscard]] std::string paint(std::string_view text, Style style) const;
  [[nodiscard]] std::string verdict(judge::Verdict v) const;

 private:
  bool color_ = false;
  bool interactive_ = false;
  int width_ = 100;
  bool sized_ = false;
};

/// Text from a pack or a program (titles, tags, hints, statements, test descriptions, file
/// names, checker and compiler messages, a program's output and standard error, error
/// messages that quote them), made safe to print on a terminal. Every path that shows such
/// text goes through this function; the judge's own colours are added after it.
/// - C0 controls other than newline and tab, ESC included, and DEL become caret notation, as
///   `cat -v` shows them: ESC [ 3 1 m prints as `^[[31m`, BEL as `^G`, DEL as `^?`. A
///   carriage return before a newline (CRLF) is dropped; any other one shows as `^M`.
/// - C1 controls (U+0080 to U+009F, which some terminals obey as CSI, OSC...) become `\xNN`
///   with the code point, and so does each byte that is not valid UTF-8 (`\xff`).
/// - Unicode's bidirectional overrides and isolates (U+202A to U+202E, U+2066 to U+2069),
///   which reorder what the reader sees, become `\u202e`.
/// Everything else, UTF-8 letters included, passes unchanged.
[[nodiscard]] std::string printable(std::string_view text);

/// Display width of UTF-8 text (code points, not bytes), ignoring colour escapes.
[[nodiscard]] std::size_t display_width(std::string_view text);

/// `text`'s words (split at any whitespace) wrapped to `width` columns, the first line after
/// `first` and the others after `rest`, with a line break at the end. Colour escapes take no
/// width.
[[nodiscard]] std::string wrap(const std::string& text, std::size_t width, const std::string& first,
                               const std::string& rest);
/// Pads (or cuts, with "...") to `width` columns.
[[nodiscard]] std::string fit(std::string_view text, std::size_t width);

/// A table with a header, columns sized to their content.
class Table {
 public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  /// Right-aligns column `index` (numbers).
  void align_right(std::size_t index) { right_.push_back(index); }
  /// When the table is wider than the terminal, column `index` (plain text, no colour) is cut
  /// down to `min_width` first, in the order given; then droppable columns go, in order.
  void shrinkable(std::size_t index, std::size_t min_width) {
    shrink_.emplace_back(index, min_width);
  }
  void droppable(std::size_t index) { drop_.push_back(index); }
  [[nodiscard]] std::string render(const Terminal& term) const;
  [[nodiscard]] bool empty() const noexcept { return rows_.empty(); }

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<std::size_t> right_;
  std::vector<std::pair<std::size_t, std::size_t>> shrink_;
  std::vector<std::size_t> drop_;
};

/// Long output through a pager while it lives, as git does: $PAGER, else `less -FRX` (which
/// quits at once when the text fits the screen). Nothing when stdout is not a terminal.
class Pager {
 public:
  explicit Pager(const Terminal& term);
  ~Pager();  ///< flushes, gives stdout back and waits for the pager to quit
  Pager(const Pager&) = delete;
  Pager& operator=(const Pager&) = delete;

 private:
  std::FILE* pipe_ = nullptr;
  int saved_stdout_ = -1;
};

/// Markdown (statements, solutions) for the terminal: headings, emphasis, code, lists,
/// wrapped to the terminal's width (at most 100), or to `width` columns when given (a column
/// of a side-by-side layout).
[[nodiscard]] std::string render_markdown(std::string_view markdown, const Terminal& term,
                                          std::size_t width = 0);

/// Milliseconds as "12 ms" or "1.25 s"; KiB as "3.4 MiB".
[[nodiscard]] std::string format_ms(int ms);
[[nodiscard]] std::string format_kib(std::uint64_t kib);

}  // namespace cli
