// The built-in LaTeX reader for statements, used when pandoc is not installed: the macros the
// Kattis statements use, turned into Markdown; math kept readable in plain characters.
#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "judge/kattis/statement.h"

namespace judge::kattis {

namespace {

using Src = std::string_view;

// Indentation the reader makes, told apart from the source's own (TeX ignores a line's leading
// spaces; Markdown would read four of them as code). tidy() turns them into spaces.
constexpr char kCodeIndent = '\x01';  // four spaces: a display formula
constexpr char kListIndent = '\x02';  // one space: a list item's continuation

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Drops % comments (not \%), with the line end they hide, as TeX does.
std::string strip_comments(Src src) {
  std::string out;
  for (std::size_t i = 0; i < src.size(); ++i) {
    if (src[i] == '\\' && i + 1 < src.size()) {
      out += src[i];
      out += src[++i];
      continue;
    }
    if (src[i] == '%') {
      std::size_t end = src.find('\n', i);
      if (end == Src::npos) {
        break;
      }
      // A comment at the end of a text line joins it to the next; a line that is only a
      // comment disappears whole.
      i = end;
      continue;
    }
    out += src[i];
  }
  return out;
}

void skip_spaces(Src src, std::size_t& i) {
  while (i < src.size() && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r')) {
    ++i;
  }
}

// The content of the {...} group at i (nested braces, \{ and \} kept), or the next single
// character or command when there is no brace: TeX's rule for a macro's argument.
std::string read_arg(Src src, std::size_t& i) {
  std::size_t j = i;
  skip_spaces(src, j);
  if (j >= src.size()) {
    i = j;
    return {};
  }
  if (src[j] != '{') {
    if (src[j] == '\\') {
      std::size_t k = j + 1;
      while (k < src.size() && is_letter(src[k])) {
        ++k;
      }
      if (k == j + 1 && k < src.size()) {
        ++k;
      }
      i = k;
      return std::string(src.substr(j, k - j));
    }
    i = j + 1;
    return std::string(1, src[j]);
  }
  int depth = 0;
  for (std::size_t k = j; k < src.size(); ++k) {
    if (src[k] == '\\') {
      ++k;
      continue;
    }
    if (src[k] == '{') {
      ++depth;
    } else if (src[k] == '}' && --depth == 0) {
      i = k + 1;
      return std::string(src.substr(j + 1, k - j - 1));
    }
  }
  i = src.size();
  return std::string(src.substr(j + 1));
}

// An optional [...] argument at i, if there is one.
std::string read_optional(Src src, std::size_t& i) {
  std::size_t j = i;
  skip_spaces(src, j);
  if (j >= src.size() || src[j] != '[') {
    return {};
  }
  const std::size_t end = src.find(']', j);
  if (end == Src::npos) {
    return {};
  }
  i = end + 1;
  return std::string(src.substr(j + 1, end - j - 1));
}

std::string read_command(Src src, std::size_t& i) {
  // At a backslash: the command's name (letters), or the single character after it.
  std::size_t k = i + 1;
  while (k < src.size() && is_letter(src[k])) {
    ++k;
  }
  if (k == i + 1 && k < src.size()) {
    ++k;
  }
  std::string name(src.substr(i + 1, k - i - 1));
  i = k;
  return name;
}

// The body of \begin{name}...\end{name} starting at i (just after \begin{name}), nesting
// counted; i moves past the \end.
std::string env_body(Src src, std::size_t& i, const std::string& name) {
  const std::string open = "\\begin{" + name + "}";
  const std::string close = "\\end{" + name + "}";
  int depth = 1;
  std::size_t k = i;
  while (k < src.size()) {
    const std::size_t next_open = src.find(open, k);
    const std::size_t next_close = src.find(close, k);
    if (next_close == Src::npos) {
      break;
    }
    if (next_open != Src::npos && next_open < next_close) {
      ++depth;
      k = next_open + open.size();
      continue;
    }
    if (--depth == 0) {
      std::string body(src.substr(i, next_close - i));
      i = next_close + close.size();
      return body;
    }
    k = next_close + close.size();
  }
  std::string body(src.substr(i));
  i = src.size();
  return body;
}

// One table of the math commands and the characters they print: data, so one function.
const std::map<std::string, std::string>& math_symbols() {
  static const std::map<std::string, std::string> symbols = {
      {"leq", "≤"},
      {"le", "≤"},
      {"geq", "≥"},
      {"ge", "≥"},
      {"neq", "≠"},
      {"ne", "≠"},
      {"cdot", "·"},
      {"times", "×"},
      {"ldots", "…"},
      {"dots", "…"},
      {"cdots", "⋯"},
      {"vdots", "⋮"},
      {"infty", "∞"},
      {"pm", "±"},
      {"to", "→"},
      {"rightarrow", "→"},
      {"leftarrow", "←"},
      {"Rightarrow", "⇒"},
      {"Leftrightarrow", "⇔"},
      {"approx", "≈"},
      {"equiv", "≡"},
      {"in", "∈"},
      {"notin", "∉"},
      {"subseteq", "⊆"},
      {"subset", "⊂"},
      {"cup", "∪"},
      {"cap", "∩"},
      {"sum", "Σ"},
      {"prod", "Π"},
      {"lfloor", "⌊"},
      {"rfloor", "⌋"},
      {"lceil", "⌈"},
      {"rceil", "⌉"},
      {"alpha", "α"},
      {"beta", "β"},
      {"gamma", "γ"},
      {"delta", "δ"},
      {"Delta", "Δ"},
      {"epsilon", "ε"},
      {"varepsilon", "ε"},
      {"lambda", "λ"},
      {"mu", "μ"},
      {"pi", "π"},
      {"sigma", "σ"},
      {"theta", "θ"},
      {"phi", "φ"},
      {"omega", "ω"},
      {"ell", "ℓ"},
      {"mid", "|"},
      {"vert", "|"},
      {"lvert", "|"},
      {"rvert", "|"},
      {"langle", "⟨"},
      {"rangle", "⟩"},
      {"lt", "<"},
      {"gt", ">"},
      {"log", "log"},
      {"ln", "ln"},
      {"lg", "lg"},
      {"sin", "sin"},
      {"cos", "cos"},
      {"tan", "tan"},
      {"max", "max"},
      {"min", "min"},
      {"gcd", "gcd"},
      {"bmod", " mod "},
      {"mod", " mod "},
      {"exp", "exp"},
      {"sqrt", "√"},
      {"{", "{"},
      {"}", "}"},
      {"%", "%"},
      {"$", "$"},
      {"&", "&"},
      {"#", "#"},
      {"_", "_"},
      {",", " "},
      {";", " "},
      {":", " "},
      {"!", ""},
      {" ", " "},
      {"quad", "  "},
      {"qquad", "    "},
      {"left", ""},
      {"right", ""},
      {"big", ""},
      {"Big", ""},
      {"bigl", ""},
      {"bigr", ""},
      {"displaystyle", ""},
      {"limits", ""},
      {"colon", ":"},
      {"forall", "∀"},
      {"exists", "∃"},
      {"neg", "¬"},
      {"land", "∧"},
      {"lor", "∨"},
      {"oplus", "⊕"},
      {"circ", "∘"},
      {"deg", "°"},
      {"prime", "′"},
      {"backslash", "\\"},
      {"setminus", "∖"},
      {"emptyset", "∅"},
  };
  return symbols;
}

std::string script(const std::string& text, bool super) {
  // Unicode super- and subscripts when every character has one, else ^(...) or _(...).
  static const std::map<char, std::string> sup = {
      {'0', "⁰"}, {'1', "¹"}, {'2', "²"}, {'3', "³"}, {'4', "⁴"}, {'5', "⁵"},
      {'6', "⁶"}, {'7', "⁷"}, {'8', "⁸"}, {'9', "⁹"}, {'+', "⁺"}, {'-', "⁻"},
      {'=', "⁼"}, {'(', "⁽"}, {')', "⁾"}, {'n', "ⁿ"}, {'i', "ⁱ"}};
  static const std::map<char, std::string> sub = {
      {'0', "₀"}, {'1', "₁"}, {'2', "₂"}, {'3', "₃"}, {'4', "₄"}, {'5', "₅"},
      {'6', "₆"}, {'7', "₇"}, {'8', "₈"}, {'9', "₉"}, {'+', "₊"}, {'-', "₋"},
      {'=', "₌"}, {'(', "₍"}, {')', "₎"}, {'a', "ₐ"}, {'e', "ₑ"}, {'o', "ₒ"},
      {'x', "ₓ"}, {'i', "ᵢ"}, {'j', "ⱼ"}, {'h', "ₕ"}, {'k', "ₖ"}, {'l', "ₗ"},
      {'m', "ₘ"}, {'n', "ₙ"}, {'p', "ₚ"}, {'s', "ₛ"}, {'t', "ₜ"}};
  const auto& table = super ? sup : sub;
  std::string out;
  bool all = !text.empty();
  for (char c : text) {
    auto it = table.find(c);
    if (it == table.end()) {
      all = false;
      break;
    }
    out += it->second;
  }
  if (all) {
    return out;
  }
  const char* mark = super ? "^" : "_";
  // "−" (the minus sign) counts as one character for the reader.
  return text.size() == 1 ? mark + text : std::string(mark) + "(" + text + ")";
}

std::string trim(std::string text) {
  const auto begin = text.find_first_not_of(" \t\n");
  if (begin == std::string::npos) {
    return {};
  }
  const auto end = text.find_last_not_of(" \t\n");
  return text.substr(begin, end - begin + 1);
}

std::string convert_math(Src src);

std::string math_arg(Src src, std::size_t& i) {
  return convert_math(read_arg(src, i));
}

std::string convert_math(Src src) {
  std::string out;
  for (std::size_t i = 0; i < src.size();) {
    const char c = src[i];
    if (c == '\\') {
      const std::string name = read_command(src, i);
      if (name == "frac" || name == "dfrac" || name == "tfrac") {
        std::string a = math_arg(src, i);
        std::string b = math_arg(src, i);
        auto wrap = [](const std::string& t) {
          return t.size() <= 1 ||
                         std::all_of(t.begin(), t.end(),
                                     [](unsigned char ch) { return std::isalnum(ch) != 0; })
                     ? t
                     : "(" + t + ")";
        };
        out += wrap(a) + "/" + wrap(b);
      } else if (name == "sqrt") {
        const std::string degree = read_optional(src, i);
        std::string a = math_arg(src, i);
        out += (degree.empty() ? "" : script(degree, true)) + "√" +
               (a.size() <= 1 ? a : "(" + a + ")");
      } else if (name == "pmod") {
        if (out.empty() || out.back() != ' ') {
          out += ' ';
        }
        out += "(mod " + math_arg(src, i) + ")";
      } else if (name == "binom") {
        std::string a = math_arg(src, i);
        std::string b = math_arg(src, i);
        out += "C(" + a + ", " + b + ")";
      } else if (name == "text" || name == "textrm" || name == "mathrm" || name == "mathit" ||
                 name == "mathbf" || name == "textit" || name == "textbf" || name == "texttt" ||
                 name == "mathtt" || name == "operatorname" || name == "mbox" ||
                 name == "mathcal" || name == "mathbb" || name == "emph") {
        out += read_arg(src, i);
      } else if (name == "not") {
        out += "¬";
      } else if (auto it = math_symbols().find(name); it != math_symbols().end()) {
        out += it->second;
        // "\leq n": TeX eats the space after a command name; the reader keeps one.
        if (is_letter(name[0]) && i < src.size() && src[i] == ' ' && !it->second.empty() &&
            it->second != " ") {
          out += ' ';
          ++i;
        }
      } else {
        // An unknown command: dropped; its arguments, if any, read as math.
      }
      continue;
    }
    if (c == '^' || c == '_') {
      ++i;
      const std::string arg = math_arg(src, i);
      out += script(arg, c == '^');
      continue;
    }
    if (c == '{' || c == '}') {
      ++i;
      continue;
    }
    if (c == '~') {
      out += ' ';
      ++i;
      continue;
    }
    if (c == '\n') {
      out += ' ';
      ++i;
      continue;
    }
    if (c == '&') {
      ++i;  // an alignment point (eqnarray, align)
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

// A displayed formula: indented lines of its own, one per row (\\).
std::string display_math(Src src) {
  std::string out = "\n\n";
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = src.find("\\\\", start);
    const std::string row =
        trim(convert_math(src.substr(start, end == Src::npos ? Src::npos : end - start)));
    if (!row.empty()) {
      out += kCodeIndent + row + "\n";
    }
    if (end == Src::npos) {
      break;
    }
    start = end + 2;
  }
  return out + "\n";
}

std::string convert_text(Src src);

// Indents the lines after the first by `indent` spaces (a list item's continuation).
std::string indent_rest(const std::string& text, const std::string& indent) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] != '\n') {
      out += indent;
    }
  }
  return out;
}

// A list environment: items split at the \item of this level.
std::string convert_list(Src body, bool numbered, bool description) {
  std::vector<std::pair<std::string, std::string>> items;  // label, text
  int braces = 0;
  int envs = 0;
  std::size_t start = Src::npos;
  std::string label;
  auto flush = [&](std::size_t end) {
    if (start != Src::npos) {
      items.emplace_back(label, std::string(body.substr(start, end - start)));
    }
  };
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '\\') {
      if (body.substr(i, 7) == "\\begin{") {
        ++envs;
      } else if (body.substr(i, 5) == "\\end{") {
        --envs;
      } else if (braces == 0 && envs == 0 && body.substr(i, 5) == "\\item" &&
                 (i + 5 >= body.size() || !is_letter(body[i + 5]))) {
        flush(i);
        std::size_t j = i + 5;
        label = read_optional(body, j);
        start = j;
        i = j - 1;
        continue;
      }
      ++i;
      continue;
    }
    if (body[i] == '{') {
      ++braces;
    } else if (body[i] == '}') {
      --braces;
    }
  }
  flush(body.size());
  std::string out = "\n\n";
  int n = 0;
  for (const auto& [item_label, text] : items) {
    const std::string marker = numbered ? std::to_string(++n) + ". " : "- ";
    std::string content = trim(convert_text(text));
    if (description || !item_label.empty()) {
      content = "**" + trim(convert_text(item_label)) + "** " + content;
    }
    out += marker + indent_rest(content, std::string(marker.size(), kListIndent)) + "\n";
  }
  return out + "\n";
}

// Characters a terminal shows, for aligning columns (UTF-8 continuation bytes do not count).
std::size_t width(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// A table: its rows in a code block, columns aligned (the renderer keeps a code block as it is).
std::string convert_tabular(Src body) {
  std::vector<std::vector<std::string>> rows;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = body.find("\\\\", start);
    const Src row = body.substr(start, end == Src::npos ? Src::npos : end - start);
    std::vector<std::string> cells;
    bool any = false;
    std::size_t cell_start = 0;
    for (;;) {
      std::size_t amp = row.find('&', cell_start);
      while (amp != Src::npos && amp > 0 && row[amp - 1] == '\\') {
        amp = row.find('&', amp + 1);
      }
      std::string cell = trim(
          convert_text(row.substr(cell_start, amp == Src::npos ? Src::npos : amp - cell_start)));
      std::replace(cell.begin(), cell.end(), '\n', ' ');
      any = any || !cell.empty();
      cells.push_back(std::move(cell));
      if (amp == Src::npos) {
        break;
      }
      cell_start = amp + 1;
    }
    if (any) {
      rows.push_back(std::move(cells));
    }
    if (end == Src::npos) {
      break;
    }
    start = end + 2;
    std::size_t after = start;
    (void)read_optional(body, after);  // \\[2pt]
    start = after;
  }
  std::vector<std::size_t> widths;
  for (const auto& r : rows) {
    widths.resize(std::max(widths.size(), r.size()), 0);
    for (std::size_t k = 0; k < r.size(); ++k) {
      widths[k] = std::max(widths[k], width(r[k]));
    }
  }
  std::string out = "\n\n```\n";
  for (const auto& r : rows) {
    std::string line;
    for (std::size_t k = 0; k < widths.size(); ++k) {
      const std::string cell = k < r.size() ? r[k] : std::string();
      line += (k == 0 ? "| " : " | ") + cell + std::string(widths[k] - width(cell), ' ');
    }
    out += line + " |\n";
  }
  return out + "```\n\n";
}

const std::map<std::string, std::string>& text_symbols() {
  static const std::map<std::string, std::string> symbols = {
      {"ldots", "…"},
      {"dots", "…"},
      {"LaTeX", "LaTeX"},
      {"TeX", "TeX"},
      {"%", "%"},
      {"&", "&"},
      {"$", "$"},
      {"#", "#"},
      {"_", "_"},
      {"{", "{"},
      {"}", "}"},
      {",", " "},
      {";", " "},
      {":", " "},
      {"!", ""},
      {" ", " "},
      {"quad", "  "},
      {"qquad", "    "},
      {"newline", "\n"},
      {"\\", "\n"},
      {"noindent", ""},
      {"medskip", "\n"},
      {"bigskip", "\n"},
      {"smallskip", "\n"},
      {"par", "\n\n"},
      {"clearpage", ""},
      {"newpage", ""},
      {"centering", ""},
      {"maketitle", ""},
      {"/", ""},
      {"-", ""},
      {"leq", "≤"},
      {"geq", "≥"},
      {"times", "×"},
      {"cdot", "·"},
      {"textbackslash", "\\"},
      {"S", "§"},
      {"copyright", "©"},
      {"o", "ø"},
      {"O", "Ø"},
      {"aa", "å"},
      {"AA", "Å"},
      {"ae", "æ"},
      {"AE", "Æ"},
      {"ss", "ß"},
      {"textasciitilde", "~"},
      {"textasciicircum", "^"},
      {"textless", "<"},
      {"textgreater", ">"},
      {"textbar", "|"},
  };
  return symbols;
}

// Commands whose arguments are dropped with them, and how many.
const std::map<std::string, int>& dropped() {
  static const std::map<std::string, int> commands = {
      {"problemname", 1},   {"illustration", 3},  {"includegraphics", 1},
      {"label", 1},         {"ref", 1},           {"eqref", 1},
      {"cite", 1},          {"vspace", 1},        {"hspace", 1},
      {"vspace*", 1},       {"hspace*", 1},       {"caption", 1},
      {"setlength", 2},     {"addtolength", 2},   {"usepackage", 1},
      {"documentclass", 1}, {"input", 1},         {"include", 1},
      {"sampletable", 0},   {"nextsample", 0},    {"remainingsamples", 0},
      {"pagestyle", 1},     {"thispagestyle", 1}, {"bibliographystyle", 1},
      {"bibliography", 1},  {"newcounter", 1},    {"setcounter", 2},
      {"stepcounter", 1},   {"hline", 0},         {"cline", 1},
      {"toprule", 0},       {"midrule", 0},       {"bottomrule", 0},
  };
  return commands;
}

// Drops \newcommand{\x}[n]{body}, \renewcommand, \def\x{body}: definitions print nothing.
void skip_definition(Src src, std::size_t& i, const std::string& name) {
  if (name == "def") {
    std::size_t j = i;
    skip_spaces(src, j);
    if (j < src.size() && src[j] == '\\') {
      (void)read_command(src, j);
    }
    while (j < src.size() && src[j] != '{') {
      ++j;  // the parameter text: #1#2
    }
    i = j;
    (void)read_arg(src, i);
    return;
  }
  (void)read_arg(src, i);
  (void)read_optional(src, i);
  (void)read_optional(src, i);
  (void)read_arg(src, i);
}

// At a backslash: the command's name, with the star of \section* or \vspace* read past (kept in
// the name only for \vspace* and \hspace*, which dropped() lists apart).
std::string read_command_name(Src src, std::size_t& i) {
  std::size_t after = i;
  std::string name = read_command(src, after);
  if (after < src.size() && src[after] == '*' && is_letter(name.empty() ? ' ' : name[0])) {
    ++after;  // \section*, \vspace*
    if (name == "vspace" || name == "hspace") {
      name += "*";
    }
  }
  i = after;
  return name;
}

// A verbatim environment's body as a fenced code block, its optional [...] argument dropped.
std::string verbatim_block(std::string body) {
  if (!body.empty() && body[0] == '[') {
    std::size_t j = 0;
    (void)read_optional(body, j);
    body = body.substr(j);
  }
  if (!body.empty() && body[0] == '\n') {
    body.erase(0, 1);
  }
  return "\n\n```\n" + body + (body.ends_with("\n") ? "" : "\n") + "```\n\n";
}

// A tabular's body (column specification first) as a Markdown table.
std::string tabular_block(const std::string& bare, const std::string& body) {
  std::size_t j = 0;
  (void)read_arg(body, j);  // the column specification
  if (bare == "tabularx") {
    (void)read_arg(body, j);
  }
  return convert_tabular(Src(body).substr(j));
}

// \begin{env}...\end{env}, with i just after \begin; i moves past the \end.
std::string convert_environment(Src src, std::size_t& i) {
  const std::string env = read_arg(src, i);
  std::string bare = env;
  if (!bare.empty() && bare.back() == '*') {
    bare.pop_back();
  }
  if (bare == "verbatim" || bare == "lstlisting" || bare == "Verbatim") {
    return verbatim_block(env_body(src, i, env));
  }
  (void)read_optional(src, i);
  std::string body = env_body(src, i, env);
  if (bare == "itemize" || bare == "enumerate" || bare == "description") {
    return convert_list(body, bare == "enumerate", bare == "description");
  }
  if (bare == "tabular" || bare == "tabularx" || bare == "array") {
    return tabular_block(bare, body);
  }
  if (bare == "equation" || bare == "align" || bare == "displaymath" || bare == "eqnarray" ||
      bare == "gather" || bare == "multline") {
    return display_math(body);
  }
  if (bare == "figure" || bare == "wrapfigure" || bare == "tikzpicture" || bare == "picture") {
    return {};  // Pictures cannot be shown in a terminal.
  }
  return convert_text(body);  // center, quote, table, minipage, ...
}

// \[...\] or \(...\), with i just after the opening command; i moves past the closing one.
std::string convert_bracket_math(Src src, std::size_t& i, const std::string& name) {
  const std::string close = name == "[" ? "\\]" : "\\)";
  const std::size_t end = src.find(close, i);
  const Src math = src.substr(i, end == Src::npos ? Src::npos : end - i);
  i = end == Src::npos ? src.size() : end + 2;
  return name == "[" ? display_math(math) : convert_math(math);
}

// \section{...} and its smaller kin as a Markdown heading.
std::string convert_heading(Src src, std::size_t& i, const std::string& name) {
  (void)read_optional(src, i);
  const std::string title = trim(convert_text(read_arg(src, i)));
  const std::string mark = name == "section" ? "## " : name == "subsection" ? "### " : "#### ";
  return "\n\n" + mark + title + "\n\n";
}

// \verb|...|: the text up to the next copy of the delimiter, as code.
std::string convert_verb(Src src, std::size_t& i) {
  const char delimiter = src[i];
  const std::size_t end = src.find(delimiter, i + 1);
  std::string code = "`" + std::string(src.substr(i + 1, end == Src::npos ? 0 : end - i - 1)) + "`";
  i = end == Src::npos ? src.size() : end + 1;
  return code;
}

bool is_heading(const std::string& name) {
  return name == "section" || name == "subsection" || name == "subsubsection" ||
         name == "paragraph";
}

bool is_font_switch(const std::string& name) {
  return name == "bf" || name == "bfseries" || name == "em" || name == "it" || name == "itshape" ||
         name == "tt" || name == "ttfamily" || name == "sl";
}

// An accent (\"o, \'e, \`a, \^o, \~n, \c{c}).
bool is_accent(const std::string& name) {
  return name == "\"" || name == "'" || name == "`" || name == "^" || name == "~" || name == "=" ||
         name == "." || name == "c" || name == "v" || name == "u" || name == "H";
}

// The commands that mark up their argument: code, emphasis, links, footnotes. False when
// `name` is none of them (i not moved).
bool convert_markup(Src src, std::size_t& i, const std::string& name, std::string& out) {
  if (name == "verb" && i < src.size()) {
    out += convert_verb(src, i);
  } else if (name == "texttt" || name == "verb" || name == "code") {
    out += "`" + trim(convert_text(read_arg(src, i))) + "`";
  } else if (name == "emph" || name == "textit" || name == "textsl") {
    out += "*" + trim(convert_text(read_arg(src, i))) + "*";
  } else if (name == "textbf") {
    out += "**" + trim(convert_text(read_arg(src, i))) + "**";
  } else if (name == "url") {
    out += read_arg(src, i);
  } else if (name == "href") {
    const std::string url = read_arg(src, i);
    const std::string text = trim(convert_text(read_arg(src, i)));
    out += text == url ? url : text + " (" + url + ")";
  } else if (name == "footnote") {
    out += " (" + trim(convert_text(read_arg(src, i))) + ")";
  } else {
    return false;
  }
  return true;
}

// A symbol command (\ldots, \&): its character, and the spaces that end its name skipped.
void convert_text_symbol(Src src, std::size_t& i, const std::string& name,
                         const std::string& symbol, std::string& out) {
  out += symbol;
  if (is_letter(name[0])) {
    // TeX reads the spaces after a command's name as its end ("\\ldots{}" and
    // "\\ldots\\ " keep one).
    if (i + 1 < src.size() && src[i] == '{' && src[i + 1] == '}') {
      i += 2;
    }
    while (i < src.size() && (src[i] == ' ' || src[i] == '\t')) {
      ++i;
    }
  }
}

// The command at i (a backslash), converted onto `out`. False when it took the rest of `src`
// (a font switch), so the caller stops.
bool convert_command(Src src, std::size_t& i, std::string& out) {
  const std::string name = read_command_name(src, i);
  if (is_font_switch(name)) {
    // A switch: it applies to the rest of the enclosing group, which is all of `src` here.
    const std::string mark = name[0] == 'b' ? "**" : name[0] == 't' ? "`" : "*";
    const std::string rest = trim(convert_text(src.substr(i)));
    if (!rest.empty()) {
      out += mark + rest + mark;
    }
    return false;
  }
  if (convert_markup(src, i, name, out)) {
    return true;
  }
  if (name == "begin") {
    out += convert_environment(src, i);
  } else if (name == "end") {
    (void)read_arg(src, i);  // a stray \end
  } else if (name == "[" || name == "(") {
    out += convert_bracket_math(src, i, name);
  } else if (is_heading(name)) {
    out += convert_heading(src, i, name);
  } else if (name == "newcommand" || name == "renewcommand" || name == "providecommand" ||
             name == "def") {
    skip_definition(src, i, name);
  } else if (name == "item") {
    (void)read_optional(src, i);
    out += "\n- ";
  } else if (auto it = dropped().find(name); it != dropped().end()) {
    (void)read_optional(src, i);
    for (int n = 0; n < it->second; ++n) {
      (void)read_arg(src, i);
    }
  } else if (auto sym = text_symbols().find(name); sym != text_symbols().end()) {
    convert_text_symbol(src, i, name, sym->second, out);
  } else if (is_accent(name)) {
    out += read_arg(src, i);  // the letter without its accent
  }
  // Any other command: dropped, its arguments kept as text by the loop.
  return true;
}

// $...$ or $$...$$ at i; i moves past the closing dollars.
std::string convert_dollar_math(Src src, std::size_t& i) {
  const bool display = i + 1 < src.size() && src[i + 1] == '$';
  const std::size_t start = i + (display ? 2 : 1);
  std::size_t end = start;
  while (end < src.size() && src[end] != '$') {
    end += src[end] == '\\' ? 2 : 1;
  }
  const Src math = src.substr(start, std::min(end, src.size()) - start);
  i = std::min(src.size(), end + (display ? 2 : 1));
  return display ? display_math(math) : convert_math(math);
}

// TeX's ligatures and ties at i (~, ``, '', ---, --) as the characters they print. False when
// there is none at i.
bool convert_ligature(Src src, std::size_t& i, std::string& out) {
  static const std::pair<Src, const char*> ligatures[] = {
      {"~", " "}, {"``", "“"}, {"''", "”"}, {"---", "—"}, {"--", "–"}};
  for (const auto& [from, to] : ligatures) {
    if (src.substr(i, from.size()) == from) {
      out += to;
      i += from.size();
      return true;
    }
  }
  return false;
}

std::string convert_text(Src src) {
  std::string out;
  for (std::size_t i = 0; i < src.size();) {
    const char c = src[i];
    if (c == '\\') {
      if (!convert_command(src, i, out)) {
        break;
      }
    } else if (c == '$') {
      out += convert_dollar_math(src, i);
    } else if (c == '{') {
      std::size_t j = i;
      out += convert_text(read_arg(src, j));
      i = j;
    } else if (c == '}') {
      ++i;
    } else if (!convert_ligature(src, i, out)) {
      out += c;
      ++i;
    }
  }
  return out;
}

// Markdown tidied: the source's indentation dropped and the reader's own made spaces, no
// trailing spaces, no run of blank lines, none at either end. Code blocks are kept as written.
std::string tidy(const std::string& text) {
  std::string out;
  std::size_t blank_run = 0;
  bool fenced = false;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) {
      end = text.size();
    }
    std::string line = text.substr(start, end - start);
    start = end + 1;
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
      line.pop_back();
    }
    if (!fenced) {
      // The leading run: the reader's markers become spaces, the source's spaces go.
      std::string expanded;
      std::size_t k = 0;
      for (; k < line.size(); ++k) {
        const char c = line[k];
        if (c == kCodeIndent) {
          expanded += "    ";
        } else if (c == kListIndent) {
          expanded += ' ';
        } else if (c != ' ' && c != '\t') {
          break;
        }
      }
      line = k == line.size() ? std::string() : expanded + line.substr(k);
    }
    if (line.rfind("```", 0) == 0) {
      fenced = !fenced;
    }
    if (line.empty() && !fenced) {
      ++blank_run;
      continue;
    }
    if (!out.empty()) {
      out += blank_run > 0 ? "\n\n" : "\n";
    }
    out += line;
    blank_run = 0;
  }
  return out.empty() ? out : out + "\n";
}

}  // namespace

std::string latex_to_markdown(std::string_view tex) {
  // A package's control characters never reach the terminal (nor mix with the markers above).
  std::string clean;
  for (char c : tex) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 0x20 && u != 0x7f) || c == '\n' || c == '\t') {
      clean += c;
    }
  }
  std::string source = strip_comments(clean);
  // Only the document's body, when it is a whole document.
  if (const auto begin = source.find("\\begin{document}"); begin != std::string::npos) {
    const auto end = source.find("\\end{document}", begin);
    source =
        source.substr(begin + 16, end == std::string::npos ? std::string::npos : end - begin - 16);
  }
  return tidy(convert_text(source));
}

std::string latex_problem_name(std::string_view tex) {
  // problemtools: "%% plainproblemname: NAME" wins, else \problemname{NAME}.
  std::size_t line_start = 0;
  while (line_start < tex.size()) {
    std::size_t line_end = tex.find('\n', line_start);
    if (line_end == std::string_view::npos) {
      line_end = tex.size();
    }
    std::string_view line = tex.substr(line_start, line_end - line_start);
    if (line.rfind("%%", 0) == 0) {
      std::size_t i = 2;
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
        ++i;
      }
      if (line.substr(i, 17) == "plainproblemname:") {
        return trim(std::string(line.substr(i + 17)));
      }
    }
    line_start = line_end + 1;
  }
  const std::string source = strip_comments(tex);
  const auto at = source.find("\\problemname");
  if (at == std::string::npos) {
    return {};
  }
  std::size_t i = at + 12;
  std::string name = trim(convert_text(read_arg(source, i)));
  std::replace(name.begin(), name.end(), '\n', ' ');
  return name;
}

}  // namespace judge::kattis
