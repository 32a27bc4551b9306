#include "terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <limits>
#include <sstream>

#include <fmt/format.h>

#include "judge/language.h"

namespace cli {

Terminal::Terminal() {
  interactive_ = isatty(STDOUT_FILENO) != 0;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  color_ = interactive_ && (no_color == nullptr || *no_color == '\0') &&
           !(term != nullptr && std::string_view(term) == "dumb");
  winsize ws{};
  if (interactive_ && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40) {
    width_ = ws.ws_col;
    sized_ = true;
  } else if (const char* columns = std::getenv("COLUMNS")) {
    width_ = std::clamp(std::atoi(columns), 40, 300);
    sized_ = true;
  }
}

std::string Terminal::paint(std::string_view text, Style style) const {
  if (!color_ || style == Style::kPlain) {
    return std::string(text);
  }
  const char* code = "";
  switch (style) {
    case Style::kBold:
      code = "1";
      break;
    case Style::kDim:
      code = "2";
      break;
    case Style::kGreen:
      code = "32";
      break;
    case Style::kRed:
      code = "31";
      break;
    case Style::kYellow:
      code = "33";
      break;
    case Style::kBlue:
      code = "34";
      break;
    case Style::kCyan:
      code = "36";
      break;
    case Style::kMagenta:
      code = "35";
      break;
    case Style::kPlain:
      break;
  }
  return fmt::format("\033[{}m{}\033[0m", code, text);
}

std::string Terminal::verdict(judge::Verdict v) const {
  std::string text(judge::code(v));
  switch (v) {
    case judge::Verdict::kAccepted:
      return paint(text, Style::kGreen);
    case judge::Verdict::kInternalError:
      return paint(text, Style::kMagenta);
    case judge::Verdict::kCompileError:
      return paint(text, Style::kYellow);
    default:
      return paint(text, Style::kRed);
  }
}

namespace {

// The length of the valid UTF-8 sequence at text[i] (1 to 4), and its code point; 0 if the
// bytes there are not one (a stray continuation byte, a truncated, overlong or surrogate
// sequence, or past U+10FFFF).
std::size_t utf8_sequence(std::string_view text, std::size_t i, char32_t& cp) {
  const auto byte = [&text](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = byte(i);
  std::size_t len = 0;
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > text.size()) {
    return 0;
  }
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      return 0;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  const char32_t min = len == 2 ? 0x80 : (len == 3 ? 0x800 : 0x10000);
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  return len;
}

}  // namespace

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const std::size_t len = utf8_sequence(text, i, cp);
    if (len == 0) {
      // Not UTF-8: a raw byte 0x9B is CSI to a terminal in an 8-bit mode.
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[i]));
      ++i;
      continue;
    }
    if (cp == '\n' || cp == '\t') {
      out += static_cast<char>(cp);
    } else if (cp == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      // CRLF line ends (a file written on Windows): the line end stays one.
    } else if (cp < 0x20) {
      // ESC starts CSI and OSC sequences (colours, cursor moves, OSC 52 clipboard writes,
      // window titles); BEL ends OSC; CR and BS overwrite what was printed.
      out += '^';
      out += static_cast<char>(cp + 0x40);
    } else if (cp == 0x7F) {
      out += "^?";
    } else if (cp >= 0x80 && cp <= 0x9F) {
      // C1 controls: U+009B is CSI and U+009D is OSC on terminals that honour them.
      out += fmt::format("\\x{:02x}", static_cast<unsigned>(cp));
    } else if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
      // Bidirectional overrides: make text read differently from its bytes.
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\033') {  // skip an SGR escape
      while (i < text.size() && text[i] != 'm') {
        ++i;
      }
      continue;
    }
    if ((c & 0xC0) != 0x80) {
      ++width;
    }
  }
  return width;
}

std::string fit(std::string_view text, std::size_t width) {
  std::size_t w = display_width(text);
  if (w <= width) {
    return std::string(text) + std::string(width - w, ' ');
  }
  std::string out;
  std::size_t used = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) {
      // Stop only before a character starts: never between the bytes of one.
      if (used + 3 >= width) {
        break;
      }
      ++used;
    }
    out += text[i];
  }
  while (used < width) {
    out += '.';
    ++used;
  }
  return out;
}

Pager::Pager(const Terminal& term) {
  if (!term.interactive()) {
    return;
  }
  std::string command;
  if (const char* pager = std::getenv("PAGER"); pager != nullptr) {
    command = pager;  // set but empty (or "cat"): no pager, as in git
  } else if (!judge::find_program("less").empty()) {
    command = "less -FRX";
  }
  if (command.empty() || command == "cat") {
    return;
  }
  std::fflush(stdout);
  pipe_ = popen(command.c_str(), "w");
  if (pipe_ == nullptr) {
    return;
  }
  saved_stdout_ = dup(STDOUT_FILENO);
  if (saved_stdout_ < 0 || dup2(fileno(pipe_), STDOUT_FILENO) < 0) {
    pclose(pipe_);
    pipe_ = nullptr;
  }
}

Pager::~Pager() {
  if (pipe_ == nullptr) {
    return;
  }
  std::fflush(stdout);
  // Both copies of the pipe's end must close for the pager to see the end of the text.
  dup2(saved_stdout_, STDOUT_FILENO);
  close(saved_stdout_);
  pclose(pipe_);
}

std::string Table::render(const Terminal& term) const {
  std::vector<std::size_t> widths(header_.size(), 0);
  for (std::size_t i = 0; i < header_.size(); ++i) {
    widths[i] = display_width(header_[i]);
  }
  for (const auto& row : rows_) {
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(row[i]));
    }
  }
  // Fit the terminal: cut the shrinkable columns, then drop columns, until the rows fit. Into
  // a pipe of unknown width, nothing is cut.
  std::vector<bool> shown(widths.size(), true);
  auto total = [&] {
    std::size_t sum = 0;
    std::size_t columns = 0;
    for (std::size_t i = 0; i < widths.size(); ++i) {
      if (shown[i]) {
        sum += widths[i];
        ++columns;
      }
    }
    return sum + (columns > 0 ? 2 * (columns - 1) : 0);
  };
  const std::size_t limit = term.sized() ? static_cast<std::size_t>(term.width())
                                         : std::numeric_limits<std::size_t>::max();
  // Each drop restores the cut widths: a column gone leaves room for the others.
  const std::vector<std::size_t> natural = widths;
  for (std::size_t dropped = 0;; ++dropped) {
    widths = natural;
    for (const auto& [index, min_width] : shrink_) {
      if (const std::size_t t = total(); t > limit && index < widths.size()) {
        widths[index] = std::max(min_width, widths[index] - std::min(widths[index], t - limit));
      }
    }
    if (total() <= limit || dropped == drop_.size()) {
      break;
    }
    if (drop_[dropped] < shown.size()) {
      shown[drop_[dropped]] = false;
    }
  }
  auto line = [&](const std::vector<std::string>& cells, bool header) {
    std::string out;
    for (std::size_t i = 0; i < widths.size(); ++i) {
      if (!shown[i]) {
        continue;
      }
      std::string cell = i < cells.size() ? cells[i] : "";
      if (display_width(cell) > widths[i]) {
        cell = fit(cell, widths[i]);
      }
      std::size_t pad = widths[i] - std::min(widths[i], display_width(cell));
      bool right = std::find(right_.begin(), right_.end(), i) != right_.end();
      std::string padded = right ? std::string(pad, ' ') + cell : cell + std::string(pad, ' ');
      out += header ? term.paint(padded, Style::kBold) : padded;
      out += "  ";
    }
    while (!out.empty() && out.back() == ' ') {
      out.pop_back();
    }
    return out + "\n";
  };
  std::string out = line(header_, true);
  for (const auto& row : rows_) {
    out += line(row, false);
  }
  return out;
}

namespace {

// Inline Markdown: **bold**, *emphasis*, `code`.
std::string inline_markdown(std::string_view text, const Terminal& term) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '`') {
      auto end = text.find('`', i + 1);
      if (end != std::string_view::npos) {
        out += term.paint(text.substr(i + 1, end - i - 1), Style::kCyan);
        i = end;
        continue;
      }
    }
    if (text.substr(i, 2) == "**") {
      auto end = text.find("**", i + 2);
      if (end != std::string_view::npos) {
        out += term.paint(text.substr(i + 2, end - i - 2), Style::kBold);
        i = end + 1;
        continue;
      }
    }
    // CommonMark: a backslash escapes ASCII punctuation only. "\\xff" (a byte printable()
    // showed) keeps its backslash.
    if (text[i] == '\\' && i + 1 < text.size() &&
        std::ispunct(static_cast<unsigned char>(text[i + 1])) != 0) {
      out += text[++i];
      continue;
    }
    out += text[i];
  }
  return out;
}

}  // namespace

std::string wrap(const std::string& text, std::size_t width, const std::string& first,
                 const std::string& rest) {
  std::istringstream words(text);
  std::string word;
  std::string out = first;
  std::size_t col = display_width(first);
  bool line_empty = true;
  while (words >> word) {
    std::size_t w = display_width(word);
    if (!line_empty && col + 1 + w > width) {
      out += "\n" + rest;
      col = display_width(rest);
      line_empty = true;
    }
    if (!line_empty) {
      out += ' ';
      ++col;
    }
    out += word;
    col += w;
    line_empty = false;
  }
  return out + "\n";
}

std::string render_markdown(std::string_view markdown, const Terminal& term,
                            std::size_t column_width) {
  // Statements and reference solutions come from packs: no escape sequence reaches the
  // terminal, only the colours added below.
  std::istringstream in{printable(markdown)};
  std::string line;
  std::string out;
  // A paragraph, or a list item with the lines that continue it, wrapped when it ends.
  std::string paragraph;
  std::string first_prefix;
  std::string rest_prefix;
  bool in_code = false;
  const std::size_t width =
      column_width != 0 ? column_width : static_cast<std::size_t>(std::min(term.width(), 100));
  auto flush = [&]() {
    if (!paragraph.empty()) {
      out += wrap(inline_markdown(paragraph, term), width, first_prefix, rest_prefix);
      paragraph.clear();
    }
    first_prefix.clear();
    rest_prefix.clear();
  };
  auto start = [&](std::string text, std::string first, std::string rest) {
    flush();
    paragraph = std::move(text);
    first_prefix = std::move(first);
    rest_prefix = std::move(rest);
  };
  while (std::getline(in, line)) {
    if (line.rfind("```", 0) == 0) {
      flush();
      in_code = !in_code;
      continue;
    }
    if (in_code) {
      out += "    " + term.paint(line, Style::kCyan) + "\n";
      continue;
    }
    std::string trimmed = line;
    trimmed.erase(0, trimmed.find_first_not_of(" \t"));
    if (trimmed.empty()) {
      flush();
      if (!out.empty() && out.substr(out.size() >= 2 ? out.size() - 2 : 0) != "\n\n") {
        out += "\n";
      }
      continue;
    }
    if (trimmed[0] == '#') {
      flush();
      auto level = trimmed.find_first_not_of('#');
      std::string title = trimmed.substr(level == std::string::npos ? trimmed.size() : level);
      title.erase(0, title.find_first_not_of(' '));
      out += term.paint(inline_markdown(title, term), Style::kBold) + "\n";
      continue;
    }
    if (trimmed.rfind("- ", 0) == 0 || trimmed.rfind("* ", 0) == 0) {
      start(trimmed.substr(2), "  • ", "    ");
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(trimmed[0])) &&
        trimmed.find(". ") != std::string::npos && trimmed.find(". ") < 4) {
      auto dot = trimmed.find(". ");
      start(trimmed.substr(dot + 2), "  " + trimmed.substr(0, dot + 1) + " ", "     ");
      continue;
    }
    if (!paragraph.empty()) {
      paragraph += ' ';
    }
    paragraph += trimmed;
  }
  flush();
  while (out.size() >= 2 && out.substr(out.size() - 2) == "\n\n") {
    out.pop_back();
  }
  return out;
}

std::string format_ms(int ms) {
  if (ms < 1000) {
    return fmt::format("{} ms", ms);
  }
  return fmt::format("{:.2f} s", ms / 1000.0);
}

std::string format_kib(std::uint64_t kib) {
  if (kib < 1024) {
    return fmt::format("{} KiB", kib);
  }
  return fmt::format("{:.1f} MiB", static_cast<double>(kib) / 1024.0);
}

}  // namespace cli
