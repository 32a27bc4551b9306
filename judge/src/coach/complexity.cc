#include "judge/coach/complexity.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "sections.h"
#include "text.h"

namespace judge::coach {
namespace {

// ------------------------------------------------------------------------------------------
// Tokens

enum class Kind {
  kNumber,
  kWord,
  kOpen,
  kClose,
  kPlus,
  kMinus,
  kTimes,
  kDivide,
  kPower,
  kBang,
  kBar,
  kComma,
  kColon,
  kEquals,
  kStop,  // ends a sentence or a clause: . ; ? and line breaks
  kOther,
};

struct Token {
  Kind kind = Kind::kOther;
  std::string text;  // a word as written; a sign's stand-in ("sqrt" for √)
  double number = 0;
  std::size_t begin = 0;  // byte offsets in the text
  std::size_t end = 0;
};

// Signs written with Unicode. Superscripts stand for "^" and a digit or letter.
struct Sign {
  std::string_view bytes;
  Kind kind;
  std::string_view text;  // for kWord: the word it stands for; for a superscript: the exponent
  bool superscript = false;
  bool before_paren = false;  // only before "(": Θ inside a Greek word is a letter
};

constexpr Sign kSigns[] = {
    {"\u00b2", Kind::kNumber, "2", true},           // ²
    {"\u00b3", Kind::kNumber, "3", true},           // ³
    {"\u2074", Kind::kNumber, "4", true},           // ⁴
    {"\u207f", Kind::kWord, "n", true},             // ⁿ
    {"\u1d4f", Kind::kWord, "k", true},             // ᵏ
    {"\u00b7", Kind::kTimes, "*"},                  // ·
    {"\u00d7", Kind::kTimes, "*"},                  // ×
    {"\u22c5", Kind::kTimes, "*"},                  // ⋅
    {"\u2219", Kind::kTimes, "*"},                  // ∙
    {"\u2217", Kind::kTimes, "*"},                  // ∗
    {"\u00f7", Kind::kDivide, "/"},                 // ÷
    {"\u2212", Kind::kMinus, "-"},                  // − (minus sign)
    {"\u2013", Kind::kMinus, "-"},                  // – (en dash, as in log–linear)
    {"\u221a", Kind::kWord, "sqrt"},                // √
    {"\u0398", Kind::kWord, "O", false, true},      // Θ
    {"\u03b8", Kind::kWord, "O", false, true},      // θ
    {"\u039f", Kind::kWord, "O", false, true},      // Greek capital omicron
    {"\u041e", Kind::kWord, "O", false, true},      // Cyrillic capital O
    {"\u03a9", Kind::kWord, "Omega", false, true},  // Ω
    {"\u03b1", Kind::kWord, "alpha", false, true},  // α
};

// Bytes that mean nothing here: subscripts of log₂, ceiling and floor brackets, no-break space.
constexpr std::string_view kIgnored[] = {"\u2082", "\u2081", "\u2080", "\u2308",
                                         "\u2309", "\u230a", "\u230b", "\u00a0"};

// Punctuation that is no letter: it ends a word.
constexpr std::string_view kPunctuation[] = {"\u2014", "\u2026", "\u2018", "\u2019", "\u201c",
                                             "\u201d", "\u00ab", "\u00bb", "\u2022", "\u2192"};

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

std::size_t utf8_length(unsigned char lead) {
  if (lead >= 0xf0) {
    return 4;
  }
  if (lead >= 0xe0) {
    return 3;
  }
  if (lead >= 0xc0) {
    return 2;
  }
  return 1;
}

bool next_is_paren(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] == ' ') {
    ++i;
  }
  return i < s.size() && s[i] == '(';
}

// A Unicode sign at s[i] (its length, or 0), or bytes to skip.
const Sign* sign_at(std::string_view s, std::size_t i) {
  for (const Sign& sign : kSigns) {
    if (s.substr(i, sign.bytes.size()) == sign.bytes &&
        (!sign.before_paren || next_is_paren(s, i + sign.bytes.size()))) {
      return &sign;
    }
  }
  return nullptr;
}

std::size_t skip_at(std::string_view s, std::size_t i, const std::string_view* list,
                    std::size_t count) {
  for (std::size_t k = 0; k < count; ++k) {
    if (s.substr(i, list[k].size()) == list[k]) {
      return list[k].size();
    }
  }
  return 0;
}

bool is_log_word(std::string_view folded) {
  return folded == "log" || folded == "lg" || folded == "ln";
}

void add_token(std::vector<Token>& out, Kind kind, std::string text, std::size_t b, std::size_t e,
               double n = 0) {
  out.push_back(Token{kind, std::move(text), n, b, e});
}

// A Unicode sign, ignored bytes or punctuation at s[i] (a byte of 0x80 or more): tokens for
// it and i moved past it. False, with i left, when it is none of them (a letter of a word).
bool read_unicode(std::string_view s, std::size_t& i, std::vector<Token>& out) {
  if (const Sign* sign = sign_at(s, i)) {
    const std::size_t e = i + sign->bytes.size();
    if (sign->superscript) {
      add_token(out, Kind::kPower, "^", i, e);
      add_token(out, sign->kind, std::string(sign->text), i, e,
                sign->kind == Kind::kNumber ? std::stod(std::string(sign->text)) : 0);
    } else {
      add_token(out, sign->kind, std::string(sign->text), i, e);
    }
    i = e;
    return true;
  }
  if (std::size_t n = skip_at(s, i, kIgnored, std::size(kIgnored)); n > 0) {
    i += n;
    return true;
  }
  if (std::size_t n = skip_at(s, i, kPunctuation, std::size(kPunctuation)); n > 0) {
    add_token(out, Kind::kOther, std::string(s.substr(i, n)), i, i + n);
    i += n;
    return true;
  }
  return false;
}

// A word at s[i] (ASCII letters and Unicode letters), with a logarithm's base read into it.
void read_word(std::string_view s, std::size_t& i, std::vector<Token>& out) {
  std::size_t j = i;
  while (j < s.size()) {
    const auto v = static_cast<unsigned char>(s[j]);
    if (is_letter(s[j])) {
      ++j;
    } else if (v >= 0x80 && sign_at(s, j) == nullptr &&
               skip_at(s, j, kIgnored, std::size(kIgnored)) == 0 &&
               skip_at(s, j, kPunctuation, std::size(kPunctuation)) == 0) {
      j += utf8_length(v);
    } else {
      break;
    }
  }
  j = std::min(j, s.size());
  std::string word(s.substr(i, j - i));
  add_token(out, Kind::kWord, word, i, j);
  // The base of a logarithm does not change its class: log2 n, log_2 n, log10(n).
  if (is_log_word(detail::fold(word))) {
    std::size_t k = j;
    if (k < s.size() && s[k] == '_') {
      ++k;
    }
    if (k < s.size() && is_digit(s[k])) {
      while (k < s.size() && is_digit(s[k])) {
        ++k;
      }
      out.back().end = k;
      j = k;
    }
  }
  i = j;
}

// A number at s[i]: digits, and a decimal part when a digit follows the point.
void read_number(std::string_view s, std::size_t& i, std::vector<Token>& out) {
  std::size_t j = i;
  while (j < s.size() && is_digit(s[j])) {
    ++j;
  }
  if (j + 1 < s.size() && s[j] == '.' && is_digit(s[j + 1])) {
    ++j;
    while (j < s.size() && is_digit(s[j])) {
      ++j;
    }
  }
  add_token(out, Kind::kNumber, std::string(s.substr(i, j - i)), i, j,
            std::stod(std::string(s.substr(i, j - i))));
  i = j;
}

// The kind of an ASCII sign; kOther for any sign the parser does not read.
Kind sign_kind(char c) {
  switch (c) {
    case '(':
      return Kind::kOpen;
    case ')':
      return Kind::kClose;
    case '+':
      return Kind::kPlus;
    case '-':
      return Kind::kMinus;
    case '*':
      return Kind::kTimes;
    case '^':
      return Kind::kPower;
    case '/':
      return Kind::kDivide;
    case '!':
      return Kind::kBang;
    case '|':
      return Kind::kBar;
    case ',':
      return Kind::kComma;
    case ':':
      return Kind::kColon;
    case '=':
      return Kind::kEquals;
    case '.':
    case ';':
    case '?':
    case '\n':
      return Kind::kStop;
    default:
      return Kind::kOther;
  }
}

// An ASCII sign at s[i] (** is a power, as in Python); blanks are skipped.
void read_sign(std::string_view s, std::size_t& i, std::vector<Token>& out) {
  const char c = s[i];
  if (c == ' ' || c == '\t' || c == '\r') {
    ++i;
    return;
  }
  Kind kind = sign_kind(c);
  std::size_t len = 1;
  if (c == '*' && i + 1 < s.size() && s[i + 1] == '*') {
    kind = Kind::kPower;
    len = 2;
  }
  add_token(out, kind, std::string(s.substr(i, len)), i, i + len);
  i += len;
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 && read_unicode(s, i, out)) {
      continue;
    }
    if (is_letter(c) || u >= 0x80) {
      read_word(s, i, out);
    } else if (is_digit(c)) {
      read_number(s, i, out);
    } else {
      read_sign(s, i, out);
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------
// Values: a sum of terms, or a plain number

struct Value {
  std::vector<Term> sum;
  std::optional<double> number;  // set for a constant such as 2, 1/2, log 2
};

Value constant(double n) {
  Value v;
  v.number = n;
  return v;
}

Value variable(const std::string& name) {
  VariableGrowth g;
  g.power = 1;
  Value v;
  v.sum.push_back(Term{{name, g}});
  return v;
}

std::vector<Term> terms_of(const Value& v) {
  if (v.number) {
    return {Term{}};
  }
  return v.sum;
}

// <0, 0, >0 as a grows slower than, like, faster than b.
int compare_growth(const VariableGrowth& a, const VariableGrowth& b) {
  auto sign = [](double x, double y) { return x < y ? -1 : (x > y ? 1 : 0); };
  if (a.factorial != b.factorial) {
    return a.factorial ? 1 : -1;
  }
  if (int s = sign(a.exp_base, b.exp_base); s != 0) {
    return s;
  }
  if (int s = sign(a.power, b.power); s != 0) {
    return s;
  }
  if (a.log_power != b.log_power) {
    return a.log_power < b.log_power ? -1 : 1;
  }
  if (a.alpha_power != b.alpha_power) {
    return a.alpha_power < b.alpha_power ? -1 : 1;
  }
  return 0;
}

// True if term a grows no faster than term b in every variable.
bool dominated(const Term& a, const Term& b) {
  for (const auto& [name, growth] : a) {
    auto it = b.find(name);
    if (compare_growth(growth, it == b.end() ? VariableGrowth{} : it->second) > 0) {
      return false;
    }
  }
  return true;
}

std::vector<Term> simplify(std::vector<Term> terms) {
  for (auto& term : terms) {
    std::erase_if(term, [](const auto& entry) { return entry.second.none(); });
  }
  std::vector<Term> kept;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    bool drop = false;
    for (std::size_t j = 0; j < terms.size() && !drop; ++j) {
      if (i != j && dominated(terms[i], terms[j]) && (!dominated(terms[j], terms[i]) || j < i)) {
        drop = true;  // smaller than another term, or a copy of an earlier one
      }
    }
    if (!drop) {
      kept.push_back(terms[i]);
    }
  }
  if (kept.empty()) {
    kept.push_back(Term{});
  }
  return kept;
}

Value add(const Value& a, const Value& b) {
  if (a.number && b.number) {
    return constant(*a.number + *b.number);
  }
  std::vector<Term> all = terms_of(a);
  for (const auto& t : terms_of(b)) {
    all.push_back(t);
  }
  Value v;
  v.sum = simplify(std::move(all));
  return v;
}

Term multiply_terms(const Term& a, const Term& b) {
  Term out = a;
  for (const auto& [name, g] : b) {
    VariableGrowth& o = out[name];
    o.factorial = o.factorial || g.factorial;
    o.exp_base = (o.exp_base > 0 && g.exp_base > 0) ? o.exp_base * g.exp_base
                                                    : std::max(o.exp_base, g.exp_base);
    o.power += g.power;
    o.log_power += g.log_power;
    o.alpha_power += g.alpha_power;
  }
  return out;
}

Value multiply(const Value& a, const Value& b) {
  if (a.number && b.number) {
    return constant(*a.number * *b.number);
  }
  if (a.number) {
    return b;  // constant factors do not change a class
  }
  if (b.number) {
    return a;
  }
  std::vector<Term> all;
  for (const auto& x : a.sum) {
    for (const auto& y : b.sum) {
      all.push_back(multiply_terms(x, y));
    }
  }
  Value v;
  v.sum = simplify(std::move(all));
  return v;
}

// The one variable of a plain "n" (power 1, nothing else), or empty.
std::string lone_variable(const Value& v) {
  if (v.number || v.sum.size() != 1 || v.sum[0].size() != 1) {
    return {};
  }
  const auto& [name, g] = *v.sum[0].begin();
  VariableGrowth plain;
  plain.power = 1;
  return g == plain ? name : std::string();
}

std::optional<Value> power(const Value& base, const Value& exponent) {
  if (base.number && exponent.number) {
    return constant(std::pow(*base.number, *exponent.number));
  }
  if (base.number) {
    // c^n: exponential in n when c > 1.
    const std::string name = lone_variable(exponent);
    if (name.empty()) {
      return std::nullopt;
    }
    if (*base.number <= 1) {
      return constant(1);
    }
    VariableGrowth g;
    g.exp_base = *base.number;
    Value v;
    v.sum.push_back(Term{{name, g}});
    return v;
  }
  if (!exponent.number || *exponent.number < 0) {
    return std::nullopt;  // n^k, n^(a/b): not a class this parser knows
  }
  const double e = *exponent.number;
  if (base.sum.size() == 1) {
    Term t = base.sum[0];
    const bool whole = std::floor(e) == e;
    for (auto& [name, g] : t) {
      if ((g.log_power != 0 || g.alpha_power != 0) && !whole) {
        return std::nullopt;
      }
      if (g.factorial && e != 1) {
        return std::nullopt;
      }
      g.power *= e;
      g.log_power = static_cast<int>(g.log_power * e);
      g.alpha_power = static_cast<int>(g.alpha_power * e);
      if (g.exp_base > 0) {
        g.exp_base = std::pow(g.exp_base, e);
      }
    }
    Value v;
    v.sum = simplify({t});
    return v;
  }
  // (n + m)^2: multiply out small whole powers.
  if (std::floor(e) != e || e > 4) {
    return std::nullopt;
  }
  Value v = constant(1);
  for (int k = 0; k < static_cast<int>(e); ++k) {
    v = multiply(v, base);
  }
  return v;
}

// log of a value: log(n^2) = log n, log(n m) = log n + log m, log(2^n) = n, log(n!) = n log n.
std::optional<Value> logarithm(const Value& arg) {
  if (arg.number) {
    return constant(1);
  }
  std::vector<Term> out;
  for (const auto& term : arg.sum) {
    for (const auto& [name, g] : term) {
      VariableGrowth r;
      if (g.factorial) {
        r.power = 1;
        r.log_power = 1;
      } else if (g.exp_base > 0) {
        r.power = 1;
      } else if (g.power > 0) {
        r.log_power = 1;
      } else if (g.log_power > 0) {
        return std::nullopt;  // log log n: not on the ladder
      } else {
        continue;  // log α(n): constant for all purposes
      }
      out.push_back(Term{{name, r}});
    }
  }
  Value v;
  v.sum = simplify(std::move(out));
  return v;
}

Value inverse_ackermann(const Value& arg) {
  std::vector<Term> out;
  for (const auto& term : arg.sum) {
    for (const auto& [name, g] : term) {
      VariableGrowth r;
      r.alpha_power = 1;
      out.push_back(Term{{name, r}});
    }
  }
  Value v;
  v.sum = simplify(std::move(out));
  return v;
}

std::optional<Value> factorial(const Value& v) {
  if (v.number) {
    return constant(1);
  }
  const std::string name = lone_variable(v);
  if (name.empty()) {
    return std::nullopt;
  }
  VariableGrowth g;
  g.factorial = true;
  Value out;
  out.sum.push_back(Term{{name, g}});
  return out;
}

// ------------------------------------------------------------------------------------------
// Canonical text

// n, k, m, q, the graph's V and E, then other letters, then words.
int variable_rank(const std::string& name) {
  static const std::vector<std::string> kOrder = {"n", "k", "m", "q", "V", "E", "rows", "cols"};
  auto it = std::find(kOrder.begin(), kOrder.end(), name);
  if (it != kOrder.end()) {
    return static_cast<int>(it - kOrder.begin());
  }
  return name.size() == 1 ? 100 : 200;
}

bool variable_before(const std::string& a, const std::string& b) {
  const int ra = variable_rank(a);
  const int rb = variable_rank(b);
  return ra != rb ? ra < rb : a < b;
}

std::vector<std::string> ordered_names(const Term& t) {
  std::vector<std::string> names;
  for (const auto& [name, g] : t) {
    names.push_back(name);
  }
  std::sort(names.begin(), names.end(), variable_before);
  return names;
}

std::string number_text(double x) {
  std::string s = fmt::format("{:.2f}", x);
  while (!s.empty() && s.back() == '0') {
    s.pop_back();
  }
  if (!s.empty() && s.back() == '.') {
    s.pop_back();
  }
  return s;
}

// "total length" in a product needs parentheses to read as one thing.
std::string operand(const std::string& name) {
  return name.find(' ') == std::string::npos ? name : "(" + name + ")";
}

// The parts of a term that multiply ("n", "2^n", "n^2", "sqrt(n)") and those that follow as
// functions ("log n", "α(n)").
std::pair<std::vector<std::string>, std::vector<std::string>> term_parts(const Term& t) {
  std::vector<std::string> main;
  std::vector<std::string> tail;
  const auto names = ordered_names(t);
  for (const auto& name : names) {
    const VariableGrowth& g = t.at(name);
    if (g.factorial) {
      main.push_back(operand(name) + "!");
    }
    if (g.power == 1) {
      main.push_back(name);
    } else if (g.power == 0.5) {
      main.push_back("sqrt(" + name + ")");
    } else if (g.power > 0) {
      main.push_back(operand(name) + "^" + number_text(g.power));
    }
    if (g.exp_base > 0) {
      main.push_back(number_text(g.exp_base) + "^" + operand(name));
    }
  }
  for (const auto& name : names) {
    const VariableGrowth& g = t.at(name);
    if (g.log_power > 0) {
      const std::string arg = name.find(' ') == std::string::npos ? " " + name : "(" + name + ")";
      tail.push_back(g.log_power == 1 ? "log" + arg : fmt::format("log^{}{}", g.log_power, arg));
    }
  }
  for (const auto& name : names) {
    const VariableGrowth& g = t.at(name);
    for (int k = 0; k < g.alpha_power; ++k) {
      tail.push_back("\u03b1(" + name + ")");
    }
  }
  return {main, tail};
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) {
      out += sep;
    }
    out += p;
  }
  return out;
}

std::string term_text(const Term& t) {
  auto [main, tail] = term_parts(t);
  std::string out = join(main, " * ");
  for (const auto& part : tail) {
    out += (out.empty() ? "" : " ") + part;
  }
  return out.empty() ? "1" : out;
}

// The first variable of a term in canonical order, for ordering the terms of a sum.
std::string leading(const Term& t) {
  auto names = ordered_names(t);
  return names.empty() ? std::string() : names.front();
}

std::string sum_text(std::vector<Term> terms) {
  std::stable_sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) {
    const std::string la = leading(a);
    const std::string lb = leading(b);
    if (la != lb) {
      return variable_before(la, lb);
    }
    return dominated(b, a) && !dominated(a, b);  // the larger first
  });
  if (terms.size() == 1) {
    return term_text(terms[0]);
  }
  // A factor common to every term is written once: "(n + q) log n".
  Term common = terms[0];
  for (const auto& t : terms) {
    for (auto it = common.begin(); it != common.end();) {
      auto other = t.find(it->first);
      if (other == t.end()) {
        it = common.erase(it);
        continue;
      }
      VariableGrowth& c = it->second;
      const VariableGrowth& g = other->second;
      c.power = std::min(c.power, g.power);
      c.log_power = std::min(c.log_power, g.log_power);
      c.alpha_power = std::min(c.alpha_power, g.alpha_power);
      c.factorial = c.factorial && g.factorial;
      if (c.exp_base != g.exp_base) {
        c.exp_base = 0;
      }
      it = c.none() ? common.erase(it) : std::next(it);
    }
  }
  std::vector<std::string> rest;
  for (const auto& t : terms) {
    Term r = t;
    for (const auto& [name, c] : common) {
      VariableGrowth& g = r[name];
      g.power -= c.power;
      g.log_power -= c.log_power;
      g.alpha_power -= c.alpha_power;
      if (c.factorial) {
        g.factorial = false;
      }
      if (c.exp_base > 0) {
        g.exp_base = 0;
      }
      if (g.none()) {
        r.erase(name);
      }
    }
    rest.push_back(term_text(r));
  }
  const std::string inner = join(rest, " + ");
  if (common.empty()) {
    return inner;
  }
  auto [main, tail] = term_parts(common);
  std::string out = main.empty() ? "(" + inner + ")" : join(main, " * ") + " * (" + inner + ")";
  for (const auto& part : tail) {
    out += " " + part;
  }
  return out;
}

// ------------------------------------------------------------------------------------------
// Parsing

// Two-letter words that are English, not a product of two variables ("nm").
bool english_pair(std::string_view folded) {
  static const std::set<std::string, std::less<>> kWords = {
      "of", "in", "on", "to", "is", "at", "by", "or", "an", "as", "it", "be", "we", "if",
      "so", "do", "go", "no", "up", "us", "he", "me", "my", "am", "oh", "ok", "id", "vs"};
  return kWords.count(folded) != 0;
}

// "nlogn" → n, log, n; "nm" → n, m. Empty when the word is not such a run.
std::vector<std::string> split_run(const std::string& word) {
  const std::string folded = detail::fold(word);
  for (char c : folded) {
    if (c < 'a' || c > 'z') {
      return {};
    }
  }
  std::vector<std::string> pieces;
  bool has_function = false;
  std::size_t i = 0;
  while (i < folded.size()) {
    bool matched = false;
    for (std::string_view f : {"sqrt", "log", "lg", "ln"}) {
      if (folded.compare(i, f.size(), f) == 0) {
        pieces.emplace_back(f);
        i += f.size();
        has_function = true;
        matched = true;
        break;
      }
    }
    if (!matched) {
      pieces.push_back(word.substr(i, 1));
      ++i;
    }
  }
  const std::size_t letters = static_cast<std::size_t>(
      std::count_if(pieces.begin(), pieces.end(), [](const auto& p) { return p.size() == 1; }));
  if (has_function && letters >= 1 && letters <= 2 && pieces.size() >= 2) {
    return pieces;
  }
  if (!has_function && folded.size() == 2 && !english_pair(folded)) {
    return pieces;
  }
  return {};
}

// A variable's name: single letters are lowercase, except the graph's V and E and the usual
// capital L (a length) and W (a capacity), kept as written in either case.
std::string variable_name(const std::string& word) {
  if (word.size() == 1) {
    const char c = word[0];
    if (c == 'V' || c == 'E' || c == 'L' || c == 'W') {
      return word;
    }
    if (c == 'v' || c == 'e') {
      return std::string(1, static_cast<char>(c - 'a' + 'A'));
    }
    return detail::fold(word);
  }
  return detail::fold(word);
}

enum class Role { kNone, kLog, kSqrt, kAlpha, kMinMax, kVariable, kPhraseWord, kRun };

class Parser {
 public:
  // Parses tokens [begin, end). Inside O(...) any words may name a variable ("O(total
  // length)"); outside, only letters and runs such as "nlogn" do, so that prose ends it.
  Parser(const std::vector<Token>& tokens, std::size_t begin, std::size_t end, bool in_parens)
      : t_(tokens), pos_(begin), end_(end), in_parens_(in_parens) {}

  std::optional<Value> expression() {
    auto v = term();
    if (!v) {
      return std::nullopt;
    }
    while (at(Kind::kPlus) || at(Kind::kMinus)) {
      const std::size_t save = pos_;
      ++pos_;
      auto next = term();
      if (!next) {
        pos_ = save;
        break;
      }
      v = add(*v, *next);  // n - 1 is still O(n): a minus adds to an upper bound
    }
    return v;
  }

  [[nodiscard]] std::size_t pos() const { return pos_; }

 private:
  bool at(Kind kind, std::size_t ahead = 0) const {
    return pos_ + ahead < end_ && t_[pos_ + ahead].kind == kind;
  }
  std::string folded(std::size_t ahead = 0) const {
    return pos_ + ahead < end_ && t_[pos_ + ahead].kind == Kind::kWord
               ? detail::fold(t_[pos_ + ahead].text)
               : std::string();
  }

  Role role(std::size_t index) const {
    if (index >= end_ || t_[index].kind != Kind::kWord) {
      return Role::kNone;
    }
    const std::string& word = t_[index].text;
    const std::string f = detail::fold(word);
    if (is_log_word(f)) {
      return Role::kLog;
    }
    if (f == "sqrt") {
      return Role::kSqrt;
    }
    if (f == "alpha") {
      return Role::kAlpha;
    }
    if ((f == "min" || f == "max") && index + 1 < end_ && t_[index + 1].kind == Kind::kOpen) {
      return Role::kMinMax;
    }
    if (word.size() == 1 && is_letter(word[0]) && word[0] != '_') {
      // Outside O(...), "a" and "I" are words of the sentence, and O is the notation.
      if (!in_parens_ &&
          (word == "a" || word == "A" || word == "I" || word == "O" || word == "o")) {
        return Role::kNone;
      }
      return Role::kVariable;
    }
    if (!split_run(word).empty()) {
      return Role::kRun;
    }
    return in_parens_ ? Role::kPhraseWord : Role::kNone;
  }

  bool starts_atom(std::size_t index) const {
    if (index >= end_) {
      return false;
    }
    const Kind k = t_[index].kind;
    return k == Kind::kNumber || k == Kind::kOpen || role(index) != Role::kNone;
  }

  std::optional<Value> term() {
    auto v = factor();
    if (!v) {
      return std::nullopt;
    }
    while (pos_ < end_) {
      const std::size_t save = pos_;
      if (at(Kind::kTimes) || (folded() == "x" && starts_atom(pos_ + 1) && !at(Kind::kOpen, 1))) {
        ++pos_;  // "n * m", "rows x cols"
      } else if (at(Kind::kDivide)) {
        ++pos_;
        auto d = factor();
        if (!d || !d->number || *d->number == 0) {
          pos_ = save;  // n / k: not a class; the caller sees what is left
          break;
        }
        if (v->number) {
          v = constant(*v->number / *d->number);
        }
        continue;
      } else if (!starts_atom(pos_)) {
        break;
      }
      auto f = factor();
      if (!f) {
        pos_ = save;
        break;
      }
      v = multiply(*v, *f);
    }
    return v;
  }

  std::optional<Value> factor() {
    auto v = atom();
    if (!v) {
      return std::nullopt;
    }
    while (pos_ < end_) {
      if (at(Kind::kBang)) {
        ++pos_;
        v = factorial(*v);
        if (!v) {
          return std::nullopt;
        }
      } else if (at(Kind::kPower)) {
        const std::size_t save = pos_;
        ++pos_;
        auto e = atom();
        if (!e) {
          pos_ = save;
          break;
        }
        v = power(*v, *e);
        if (!v) {
          return std::nullopt;
        }
      } else if (folded() == "squared" || folded() == "cubed") {
        v = power(*v, constant(folded() == "squared" ? 2 : 3));
        ++pos_;
      } else {
        break;
      }
    }
    return v;
  }

  // A function's argument: "(...)" or one factor ("log n^2" is log(n^2); "log n m" is
  // (log n) m).
  std::optional<Value> argument() {
    if (at(Kind::kOpen)) {
      ++pos_;
      auto v = expression();
      if (!v || !at(Kind::kClose)) {
        return std::nullopt;
      }
      ++pos_;
      return v;
    }
    return factor();
  }

  std::optional<Value> apply(Role r, const Value& arg, int log_power) {
    switch (r) {
      case Role::kLog: {
        auto v = logarithm(arg);
        if (v && log_power > 1) {
          v = power(*v, constant(log_power));
        }
        return v;
      }
      case Role::kSqrt:
        return power(arg, constant(0.5));
      case Role::kAlpha:
        return inverse_ackermann(arg);
      default:
        return std::nullopt;
    }
  }

  std::optional<Value> atom() {
    if (pos_ >= end_) {
      return std::nullopt;
    }
    const Token& tok = t_[pos_];
    if (tok.kind == Kind::kNumber) {
      ++pos_;
      return constant(tok.number);
    }
    if (tok.kind == Kind::kOpen || tok.kind == Kind::kBar) {
      return group(tok.kind == Kind::kOpen ? Kind::kClose : Kind::kBar);
    }
    const Role r = role(pos_);
    switch (r) {
      case Role::kLog:
      case Role::kSqrt:
      case Role::kAlpha:
        return function_call(r);
      case Role::kMinMax:
        return min_max();
      case Role::kVariable:
        ++pos_;
        return variable(variable_name(tok.text));
      case Role::kRun:
        ++pos_;
        return run(split_run(tok.text));
      case Role::kPhraseWord:
        return phrase();
      default:
        return std::nullopt;
    }
  }

  // "(...)" or "|...|", at its opening sign.
  std::optional<Value> group(Kind close) {
    ++pos_;
    auto v = expression();
    if (!v || !at(close)) {
      return std::nullopt;
    }
    ++pos_;
    return v;
  }

  // log, sqrt or alpha and its argument, at the function's name.
  std::optional<Value> function_call(Role r) {
    ++pos_;
    int log_power = 1;
    if (r == Role::kLog && at(Kind::kPower) && at(Kind::kNumber, 1)) {
      log_power = static_cast<int>(t_[pos_ + 1].number);  // log^2 n
      pos_ += 2;
    }
    auto arg = argument();
    if (!arg) {
      return std::nullopt;
    }
    return apply(r, *arg, log_power);
  }

  // min(n, m): an opaque quantity, named by what it is.
  std::optional<Value> min_max() {
    const std::string f = detail::fold(t_[pos_].text);
    pos_ += 2;
    auto a = expression();
    if (!a || !at(Kind::kComma)) {
      return std::nullopt;
    }
    ++pos_;
    auto b = expression();
    if (!b || !at(Kind::kClose)) {
      return std::nullopt;
    }
    ++pos_;
    return variable(fmt::format("{}({}, {})", f, sum_text(terms_of(*a)), sum_text(terms_of(*b))));
  }

  // "total length of the words": one quantity named in words.
  std::optional<Value> phrase() {
    std::string name = detail::fold(t_[pos_].text);
    ++pos_;
    while (pos_ < end_ && t_[pos_].kind == Kind::kWord) {
      const Role next = role(pos_);
      const bool after_of = name.size() >= 3 && (name.ends_with(" of") || name.ends_with(" the") ||
                                                 name.ends_with(" in"));
      if (next == Role::kPhraseWord || (after_of && next == Role::kVariable)) {
        name += " " + detail::fold(t_[pos_].text);
        ++pos_;
      } else {
        break;
      }
    }
    return variable(name);
  }

  // The pieces of a run such as "nlogn": letters multiply, a function takes the next piece
  // (or, at the run's end, the next token: "nlog(n)").
  std::optional<Value> run(const std::vector<std::string>& pieces) {
    Value v = constant(1);
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      const std::string f = detail::fold(pieces[i]);
      if (pieces[i].size() == 1) {
        v = multiply(v, variable(variable_name(pieces[i])));
        continue;
      }
      const Role r = f == "sqrt" ? Role::kSqrt : Role::kLog;
      std::optional<Value> arg;
      if (i + 1 < pieces.size() && pieces[i + 1].size() == 1) {
        arg = variable(variable_name(pieces[++i]));
      } else if (i + 1 == pieces.size()) {
        arg = argument();
      }
      if (!arg) {
        return std::nullopt;
      }
      auto applied = apply(r, *arg, 1);
      if (!applied) {
        return std::nullopt;
      }
      v = multiply(v, *applied);
    }
    return v;
  }

  const std::vector<Token>& t_;
  std::size_t pos_;
  std::size_t end_;
  bool in_parens_;
};

bool has_variable(const Value& v) {
  return !v.number &&
         std::any_of(v.sum.begin(), v.sum.end(), [](const Term& t) { return !t.empty(); });
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\t' || c == '\r') {
      c = ' ';
    }
    if (c == ' ' && (out.empty() || out.back() == ' ')) {
      continue;
    }
    out += c;
  }
  while (!out.empty() && out.back() == ' ') {
    out.pop_back();
  }
  return out;
}

Complexity finish(const Value& v, std::string_view written) {
  Complexity c;
  c.valid = true;
  c.terms = simplify(terms_of(v));
  c.canonical = "O(" + sum_text(c.terms) + ")";
  c.written = collapse_spaces(written);
  return c;
}

// A found complexity: tokens [first, last).
struct Found {
  Complexity complexity;
  std::size_t first = 0;
  std::size_t last = 0;
};

std::string source_text(std::string_view text, const std::vector<Token>& t, std::size_t first,
                        std::size_t last) {
  return std::string(text.substr(t[first].begin, t[last - 1].end - t[first].begin));
}

bool is_notation_letter(const std::string& folded) {
  return folded == "o" || folded == "theta" || folded == "omega";
}

// O(...), o(...), Θ(...), Ω(...), 0(...) typed for O(...), "big O of n", "O of n".
std::optional<Found> notation_at(std::string_view text, const std::vector<Token>& t,
                                 std::size_t i) {
  std::size_t j = i;
  std::string letter;
  if (t[j].kind == Kind::kWord && detail::fold(t[j].text) == "big") {
    ++j;
    if (j < t.size() && t[j].kind == Kind::kMinus) {
      ++j;
    }
    if (j >= t.size() || t[j].kind != Kind::kWord) {
      return std::nullopt;
    }
    letter = detail::fold(t[j].text);
    if (letter == "oh") {
      letter = "o";
    }
  } else if (t[j].kind == Kind::kWord) {
    letter = detail::fold(t[j].text);
  } else if (t[j].kind == Kind::kNumber && t[j].text == "0" && j + 1 < t.size() &&
             t[j + 1].kind == Kind::kOpen && t[j + 1].begin == t[j].end &&
             (t[j].begin == 0 || !is_letter(text[t[j].begin - 1]))) {
    letter = "o";  // a zero typed for the letter, glued to its parenthesis
  }
  if (!is_notation_letter(letter) || (i > 0 && t[i - 1].kind == Kind::kDivide)) {
    return std::nullopt;  // not a bound; "I/O (...)" is input and output
  }
  const bool lower_bound = letter == "omega";
  ++j;
  if (j < t.size() && t[j].kind == Kind::kOpen) {
    std::size_t depth = 0;
    std::size_t close = j;
    for (; close < t.size(); ++close) {
      if (t[close].kind == Kind::kOpen) {
        ++depth;
      } else if (t[close].kind == Kind::kClose && --depth == 0) {
        break;
      } else if (t[close].kind == Kind::kStop && t[close].text != ".") {
        close = t.size();  // a line ended inside the parentheses: not a bound
        break;
      }
    }
    if (close >= t.size() || close == j + 1) {
      return std::nullopt;
    }
    Parser p(t, j + 1, close, true);
    auto v = p.expression();
    const std::string written = source_text(text, t, i, close + 1);
    Found f;
    if (v && p.pos() == close) {
      f.complexity = finish(*v, written);
    } else {
      f.complexity.canonical = collapse_spaces(written);
      f.complexity.written = f.complexity.canonical;
    }
    f.complexity.lower_bound = lower_bound;
    f.first = i;
    f.last = close + 1;
    return f;
  }
  if (j < t.size() && t[j].kind == Kind::kWord && detail::fold(t[j].text) == "of") {
    Parser p(t, j + 1, t.size(), false);
    auto v = p.expression();
    if (!v || (!has_variable(*v) && !v->number)) {
      return std::nullopt;
    }
    Found f;
    f.complexity = finish(*v, source_text(text, t, i, p.pos()));
    f.complexity.lower_bound = lower_bound;
    f.first = i;
    f.last = p.pos();
    return f;
  }
  return std::nullopt;
}

// Class names: the words (a "-" between them is allowed) and the class they name.
struct ClassWord {
  std::vector<std::string_view> words;
  std::string_view expression;
};

const ClassWord kClassWords[] = {
    {{"constant"}, "1"},
    {{"logarithmic"}, "log n"},
    {{"log", "linear"}, "n log n"},
    {{"loglinear"}, "n log n"},
    {{"linearithmic"}, "n log n"},
    {{"quasilinear"}, "n log n"},
    {{"quasi", "linear"}, "n log n"},
    {{"linear"}, "n"},
    {{"quadratic"}, "n^2"},
    {{"cubic"}, "n^3"},
    {{"exponential"}, "2^n"},
    {{"factorial"}, "n!"},
    {{"square", "root"}, "sqrt n"},
    {{"inverse", "ackermann"}, "alpha(n)"},
};

Complexity from_expression(std::string_view expression, std::string_view written) {
  auto t = tokenize(expression);
  Parser p(t, 0, t.size(), true);
  return finish(*p.expression(), written);
}

std::optional<Found> class_word_at(std::string_view text, const std::vector<Token>& t,
                                   std::size_t i) {
  for (const ClassWord& cw : kClassWords) {
    std::size_t j = i;
    bool ok = true;
    for (std::size_t w = 0; w < cw.words.size() && ok; ++w) {
      if (w > 0 && j < t.size() && t[j].kind == Kind::kMinus) {
        ++j;
      }
      ok = j < t.size() && t[j].kind == Kind::kWord && detail::fold(t[j].text) == cw.words[w];
      ++j;
    }
    if (ok) {
      Found f;
      f.complexity = from_expression(cw.expression, source_text(text, t, i, j));
      f.first = i;
      f.last = j;
      return f;
    }
  }
  return std::nullopt;
}

bool word_in(const std::string& word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Whether a class word at [first, last) describes a cost: "linear time", "is quadratic",
// and not "a linear scan" or "a constant factor".
bool describes_cost(const std::vector<Token>& t, std::size_t first, std::size_t last) {
  std::size_t next = last;
  if (next < t.size() && t[next].kind == Kind::kMinus) {
    ++next;  // "linear-time"
  }
  const std::string after =
      next < t.size() && t[next].kind == Kind::kWord ? detail::fold(t[next].text) : "";
  if (word_in(after, {"time", "space", "memory", "complexity", "runtime", "extra", "auxiliary",
                      "additional", "overall", "amortized", "amortised", "in", "storage", "work",
                      "cost", "number"})) {
    return after != "number";
  }
  if (!after.empty() &&
      !word_in(after, {"and",   "or",  "but", "because", "since", "as",     "so",
                       "with",  "for", "at",  "per",     "which", "where",  "when",
                       "while", "if",  "too", "then",    "both",  "overall"})) {
    return false;  // a linear scan, a constant factor, exponential backoff
  }
  for (std::size_t back = 1; back <= 3 && back <= first; ++back) {
    const Token& tok = t[first - back];
    if (tok.kind == Kind::kStop) {
      break;
    }
    if (tok.kind == Kind::kColon || tok.kind == Kind::kEquals) {
      return true;
    }
    if (tok.kind == Kind::kWord &&
        word_in(detail::fold(tok.text),
                {"is",    "are",    "be",      "runs",      "run",        "takes",
                 "take",  "stays",  "remains", "its",       "complexity", "time",
                 "space", "memory", "runtime", "amortized", "amortised",  "overall",
                 "both",  "uses",   "needs",   "also",      "in"})) {
      return true;
    }
  }
  return false;
}

// Words right before and after a mention that qualify it.
void qualify(const std::vector<Token>& t, Found& f) {
  auto scan = [&](std::size_t index) {
    if (t[index].kind != Kind::kWord) {
      return;
    }
    const std::string w = detail::fold(t[index].text);
    if (w == "amortized" || w == "amortised") {
      f.complexity.amortized = true;
    }
    if (w == "per" || w == "each" || w == "every") {
      f.complexity.per_operation = true;
    }
  };
  for (std::size_t back = 1; back <= 4 && back <= f.first; ++back) {
    if (t[f.first - back].kind == Kind::kStop) {
      break;
    }
    scan(f.first - back);
  }
  // After it, "per query" or "O(log n) each"; not "O(n): each index is seen once", which
  // explains a total.
  for (std::size_t k = f.last; k < t.size() && k < f.last + 3; ++k) {
    if (t[k].kind != Kind::kWord) {
      break;
    }
    const std::string w = detail::fold(t[k].text);
    if (w == "amortized" || w == "amortised") {
      f.complexity.amortized = true;
    }
    if (w == "per" || ((w == "each" || w == "every") && k == f.last)) {
      f.complexity.per_operation = true;
    }
  }
}

// A bare expression after a label: "time: n log n", "space = n".
std::optional<Found> labelled_at(std::string_view text, const std::vector<Token>& t,
                                 std::size_t i) {
  if (t[i].kind != Kind::kWord) {
    return std::nullopt;
  }
  if (!word_in(detail::fold(t[i].text), {"time", "space", "memory", "runtime", "complexity"})) {
    return std::nullopt;
  }
  std::size_t j = i + 1;
  if (j < t.size() && t[j].kind == Kind::kWord && detail::fold(t[j].text) == "complexity") {
    ++j;
  }
  if (j >= t.size()) {
    return std::nullopt;
  }
  if (t[j].kind == Kind::kColon || t[j].kind == Kind::kEquals ||
      (t[j].kind == Kind::kWord && detail::fold(t[j].text) == "is")) {
    ++j;
  } else {
    return std::nullopt;
  }
  if (j >= t.size() || notation_at(text, t, j) || class_word_at(text, t, j)) {
    return std::nullopt;  // found on its own
  }
  Parser p(t, j, t.size(), false);
  auto v = p.expression();
  if (!v || (!has_variable(*v) && !(v->number && p.pos() == j + 1))) {
    return std::nullopt;
  }
  // What follows must end the claim: no "n people".
  const std::size_t after = p.pos();
  if (after < t.size() && t[after].kind == Kind::kWord &&
      !word_in(
          detail::fold(t[after].text),
          {"time",  "space", "memory",    "and",       "because",   "since",     "as", "for",
           "with",  "where", "amortized", "amortised", "worst",     "average",   "in", "overall",
           "total", "per",   "each",      "extra",     "auxiliary", "additional"})) {
    return std::nullopt;
  }
  Found f;
  f.complexity = finish(*v, source_text(text, t, j, after));
  f.first = j;
  f.last = after;
  return f;
}

std::vector<Found> scan(std::string_view text, const std::vector<Token>& t) {
  std::vector<Found> out;
  std::size_t i = 0;
  while (i < t.size()) {
    std::optional<Found> f = notation_at(text, t, i);
    if (!f) {
      f = class_word_at(text, t, i);
      if (f && !describes_cost(t, f->first, f->last)) {
        f.reset();
      }
    }
    if (!f) {
      f = labelled_at(text, t, i);
    }
    if (f) {
      qualify(t, *f);
      i = f->last;
      out.push_back(std::move(*f));
    } else {
      ++i;
    }
  }
  return out;
}

// Words a whole-text complexity may carry around it: "worst-case O(n)", "O(1) amortized",
// "linear time", "the time complexity is O(n)".
bool qualifier_word(const std::string& w) {
  return word_in(w, {"amortized",  "amortised", "worst",   "average",    "best",  "case",
                     "time",       "space",     "memory",  "complexity", "extra", "auxiliary",
                     "additional", "overall",   "total",   "expected",   "in",    "the",
                     "is",         "runtime",   "running", "roughly",    "about", "approximately",
                     "on",         "it",        "its",     "of"});
}

}  // namespace

std::vector<std::string> Complexity::variables() const {
  std::vector<std::string> names;
  for (const auto& term : terms) {
    for (const auto& [name, g] : term) {
      if (std::find(names.begin(), names.end(), name) == names.end()) {
        names.push_back(name);
      }
    }
  }
  std::sort(names.begin(), names.end(), variable_before);
  return names;
}

std::optional<int> Complexity::rank() const {
  if (!valid || terms.size() != 1 || terms[0].size() > 1) {
    return std::nullopt;
  }
  if (terms[0].empty()) {
    return 0;
  }
  const VariableGrowth& g = terms[0].begin()->second;
  auto is = [&g](bool fact, double base, double pow, int logs) {
    VariableGrowth want;
    want.factorial = fact;
    want.exp_base = base;
    want.power = pow;
    want.log_power = logs;
    return g == want;
  };
  if (is(false, 0, 0, 1)) {
    return 1;
  }
  if (is(false, 0, 0.5, 0)) {
    return 2;
  }
  if (is(false, 0, 1, 0)) {
    return 3;
  }
  if (is(false, 0, 1, 1)) {
    return 4;
  }
  if (is(false, 0, 2, 0)) {
    return 5;
  }
  if (is(false, 0, 3, 0)) {
    return 6;
  }
  if (is(false, 2, 0, 0)) {
    return 7;
  }
  if (is(true, 0, 0, 0)) {
    return 8;
  }
  return std::nullopt;
}

std::optional<Complexity> parse_complexity(std::string_view text) {
  const auto t = tokenize(text);
  std::size_t i = 0;
  auto skip_qualifiers = [&t](std::size_t k) {
    while (k < t.size() && ((t[k].kind == Kind::kWord && qualifier_word(detail::fold(t[k].text))) ||
                            t[k].kind == Kind::kColon || t[k].kind == Kind::kMinus ||
                            t[k].kind == Kind::kEquals || t[k].kind == Kind::kComma)) {
      ++k;
    }
    return k;
  };
  // The rest is only qualifiers, or "per ..." (an operation's cost).
  auto rest_is_qualifiers = [&t, &skip_qualifiers](std::size_t k, Found& f) {
    k = skip_qualifiers(k);
    if (k < t.size() && t[k].kind == Kind::kWord &&
        word_in(detail::fold(t[k].text), {"per", "each"})) {
      f.complexity.per_operation = true;
      return true;
    }
    while (k < t.size() && t[k].kind == Kind::kStop) {
      ++k;
    }
    return k == t.size();
  };
  i = skip_qualifiers(0);
  if (i < t.size()) {
    if (auto f = notation_at(text, t, i)) {
      qualify(t, *f);
      (void)rest_is_qualifiers(f->last, *f);
      return f->complexity;
    }
    if (auto f = class_word_at(text, t, i)) {
      if (rest_is_qualifiers(f->last, *f)) {
        qualify(t, *f);
        return f->complexity;
      }
    }
    Parser p(t, i, t.size(), false);
    if (auto v = p.expression(); v && (has_variable(*v) || p.pos() == t.size())) {
      Found f;
      f.complexity = finish(*v, source_text(text, t, i, p.pos()));
      f.first = i;
      f.last = p.pos();
      if (rest_is_qualifiers(p.pos(), f)) {
        qualify(t, f);
        return f.complexity;
      }
    }
  }
  // Prose around it: the first complexity the text mentions.
  auto found = scan(text, t);
  if (!found.empty()) {
    return found.front().complexity;
  }
  return std::nullopt;
}

std::vector<Mention> find_complexities(std::string_view text) {
  const auto t = tokenize(text);
  std::vector<Mention> out;
  for (auto& f : scan(text, t)) {
    Mention m;
    m.begin = t[f.first].begin;
    m.end = t[f.last - 1].end;
    m.complexity = std::move(f.complexity);
    out.push_back(std::move(m));
  }
  return out;
}

namespace {

Order compare_named(const Complexity& a, const Complexity& b) {
  auto le = [](const std::vector<Term>& x, const std::vector<Term>& y) {
    return std::all_of(x.begin(), x.end(), [&y](const Term& tx) {
      return std::any_of(y.begin(), y.end(), [&tx](const Term& ty) { return dominated(tx, ty); });
    });
  };
  const bool a_le_b = le(a.terms, b.terms);
  const bool b_le_a = le(b.terms, a.terms);
  if (a_le_b && b_le_a) {
    return Order::kSame;
  }
  if (a_le_b) {
    return Order::kLess;
  }
  if (b_le_a) {
    return Order::kGreater;
  }
  return Order::kIncomparable;
}

Complexity renamed(const Complexity& c, const std::map<std::string, std::string>& names) {
  Complexity out = c;
  for (auto& term : out.terms) {
    Term t;
    for (const auto& [name, g] : term) {
      auto it = names.find(name);
      t[it == names.end() ? name : it->second] = g;
    }
    term = std::move(t);
  }
  return out;
}

}  // namespace

Order compare(const Complexity& a, const Complexity& b) {
  if (!a.valid || !b.valid) {
    return Order::kIncomparable;
  }
  const auto va = a.variables();
  const auto vb = b.variables();
  if (va.size() <= 1 && vb.size() <= 1) {
    // One variable each: n, q and "total length" all stand for the input's size.
    std::map<std::string, std::string> to_a;
    if (!vb.empty()) {
      to_a[vb[0]] = va.empty() ? vb[0] : va[0];
    }
    return compare_named(a, renamed(b, to_a));
  }
  const std::set<std::string> sa(va.begin(), va.end());
  const std::set<std::string> sb(vb.begin(), vb.end());
  if (std::includes(sa.begin(), sa.end(), sb.begin(), sb.end()) ||
      std::includes(sb.begin(), sb.end(), sa.begin(), sa.end())) {
    return compare_named(a, b);  // the shared names mean the same things
  }
  if (va.size() != vb.size() || va.size() > 4) {
    return Order::kIncomparable;
  }
  // Same number of variables under other names: try each pairing; one that makes them the
  // same class wins, else an order all pairings agree on.
  std::vector<std::string> perm = vb;
  std::sort(perm.begin(), perm.end());
  std::optional<Order> agreed;
  bool disagree = false;
  do {
    std::map<std::string, std::string> to_a;
    for (std::size_t k = 0; k < perm.size(); ++k) {
      to_a[perm[k]] = va[k];
    }
    const Order o = compare_named(a, renamed(b, to_a));
    if (o == Order::kSame) {
      return o;
    }
    if (!agreed) {
      agreed = o;
    } else if (*agreed != o) {
      disagree = true;
    }
  } while (std::next_permutation(perm.begin(), perm.end()));
  return disagree || !agreed ? Order::kIncomparable : *agreed;
}

// ------------------------------------------------------------------------------------------
// Claims in an explanation

namespace {

enum class Resource { kNone, kTime, kSpace };

bool time_word(const std::string& w) {
  return word_in(w, {"time", "runtime", "runs", "run", "running", "takes", "speed"});
}
bool space_word(const std::string& w) {
  return word_in(w, {"space", "memory", "extra", "auxiliary", "additional", "storage"});
}

// What a heading is about.
enum class HeadingKind { kOther, kTime, kSpace, kBoth };

HeadingKind heading_kind(std::string_view heading) {
  bool time = false;
  bool space = false;
  bool complexity = false;
  for (const auto& w : detail::tokens(heading)) {
    time = time || time_word(w);
    space = space || w == "space" || w == "memory";
    // "complexit" also reads the French and German headings (complexité, Komplexität).
    complexity = complexity || w.starts_with("complexit") || w.starts_with("komplexit") ||
                 w == "big" || w == "cost" || w == "efficiency" || w == "performance" ||
                 w == "analysis";
  }
  if (time && space) {
    return HeadingKind::kBoth;
  }
  if (time) {
    return HeadingKind::kTime;
  }
  if (space) {
    return HeadingKind::kSpace;
  }
  return complexity ? HeadingKind::kBoth : HeadingKind::kOther;
}

bool complexity_label(std::string_view label) {
  return heading_kind(label) != HeadingKind::kOther;
}

bool is_boundary(char c) {
  return c == '\n' || c == ';';
}

struct Attributed {
  Resource resource = Resource::kNone;
  bool rejected = false;  // the cost of an alternative the candidate did not choose
  bool overall = false;   // "overall", "in total"
  HeadingKind section = HeadingKind::kOther;
};

Attributed attribute(std::string_view text, const std::vector<Mention>& mentions, std::size_t index,
                     const std::vector<detail::Section>& sections) {
  const Mention& m = mentions[index];
  Attributed a;
  const auto& sec = sections[detail::section_at(sections, m.begin)];
  a.section = sec.heading.empty() ? HeadingKind::kOther : heading_kind(sec.heading);

  // The clause before: back to the previous mention, a line break, a ';' or a sentence end.
  std::size_t start = index > 0 ? mentions[index - 1].end : 0;
  for (std::size_t k = m.begin; k > start; --k) {
    const char c = text[k - 1];
    if (is_boundary(c) || (c == '.' && k < text.size() && (text[k] == ' ' || text[k] == '\n'))) {
      start = k;
      break;
    }
  }
  // The words after: up to the next mention or the end of the clause ("O(n) time, O(1)
  // space": the comma ends what the first one says).
  std::size_t stop = index + 1 < mentions.size() ? mentions[index + 1].begin : text.size();
  for (std::size_t k = m.end; k < stop; ++k) {
    if (is_boundary(text[k]) || text[k] == ',' ||
        (text[k] == '.' && (k + 1 == text.size() || text[k + 1] == ' ' || text[k + 1] == '\n'))) {
      stop = k;
      break;
    }
  }
  const auto before = detail::tokens(text.substr(start, m.begin - start));
  const auto after = detail::tokens(text.substr(m.end, stop - m.end));

  for (std::size_t k = 0; k < after.size() && k < 3; ++k) {
    if (time_word(after[k]) && after[k] != "run" && after[k] != "runs") {
      a.resource = Resource::kTime;
      break;
    }
    if (space_word(after[k])) {
      a.resource = Resource::kSpace;
      break;
    }
  }
  for (std::size_t k = before.size(); k-- > 0 && a.resource == Resource::kNone;) {
    if (time_word(before[k])) {
      a.resource = Resource::kTime;
    } else if (space_word(before[k])) {
      a.resource = Resource::kSpace;
    }
  }
  for (std::size_t k = before.size(); k-- > 0 && k + 6 >= before.size();) {
    const std::string& w = before[k];
    if (word_in(w, {"brute", "naive", "naively", "instead", "rather", "than", "would", "not",
                    "without", "avoid", "avoids", "avoiding", "slower", "worse", "isn't", "wasn't",
                    "beat", "beats"})) {
      a.rejected = true;
    }
    if (w == "overall" || w == "total" || w == "altogether") {
      a.overall = true;
    }
  }
  for (std::size_t k = 0; k < after.size() && k < 3; ++k) {
    if (after[k] == "overall" || after[k] == "total") {
      a.overall = true;
    }
  }
  return a;
}

Claim combine(std::vector<Mention> mentions) {
  Claim claim;
  // "overall O(n log n)" settles it.
  std::vector<Mention> chosen;
  for (const auto& m : mentions) {
    if (m.complexity.valid) {
      chosen.push_back(m);
    }
  }
  if (chosen.empty()) {
    claim.complexity = mentions.front().complexity;
    claim.mentions = std::move(mentions);
    return claim;
  }
  // A total cost beats a per-operation one.
  if (std::any_of(chosen.begin(), chosen.end(),
                  [](const Mention& m) { return !m.complexity.per_operation; })) {
    std::erase_if(chosen, [](const Mention& m) { return m.complexity.per_operation; });
  }
  if (chosen.size() == 1) {
    claim.complexity = chosen.front().complexity;
  } else {
    std::vector<Term> all;
    std::vector<std::string> written;
    bool amortized = true;
    bool per_operation = true;
    for (const auto& m : chosen) {
      all.insert(all.end(), m.complexity.terms.begin(), m.complexity.terms.end());
      written.push_back(m.complexity.written);
      amortized = amortized && m.complexity.amortized;
      per_operation = per_operation && m.complexity.per_operation;
    }
    Complexity c;
    c.valid = true;
    c.terms = simplify(std::move(all));
    c.canonical = "O(" + sum_text(c.terms) + ")";
    c.written = join(written, " + ");
    c.amortized = amortized;
    c.per_operation = per_operation;
    claim.complexity = std::move(c);
  }
  claim.mentions = std::move(mentions);
  return claim;
}

// What a mention is the cost of: what its words say, else its section's heading.
Resource resource_of(const Attributed& a) {
  if (a.resource != Resource::kNone) {
    return a.resource;
  }
  if (a.section == HeadingKind::kTime) {
    return Resource::kTime;
  }
  if (a.section == HeadingKind::kSpace) {
    return Resource::kSpace;
  }
  return Resource::kNone;
}

// The mentions that are not rejected alternatives, by what they are the cost of.
struct Sorted {
  std::vector<Mention> time;
  std::vector<Mention> space;
  std::vector<std::size_t> unsaid;  // say neither, outside a time or space section
  std::vector<std::size_t> unsaid_in_complexity;
};

Sorted sort_mentions(const std::vector<Mention>& mentions,
                     const std::vector<Attributed>& attributed) {
  Sorted sorted;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Attributed& a = attributed[i];
    if (a.rejected) {
      continue;
    }
    const Resource r = resource_of(a);
    if (r == Resource::kTime) {
      sorted.time.push_back(mentions[i]);
    } else if (r == Resource::kSpace) {
      sorted.space.push_back(mentions[i]);
    } else {
      sorted.unsaid.push_back(i);
      if (a.section == HeadingKind::kBoth) {
        sorted.unsaid_in_complexity.push_back(i);
      }
    }
  }
  return sorted;
}

// "overall" mentions replace the steps they sum up.
void keep_overall(std::vector<Mention>& list, const std::vector<Mention>& mentions,
                  const std::vector<Attributed>& attributed) {
  std::vector<Mention> overall;
  for (const auto& m : list) {
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      if (mentions[i].begin == m.begin && attributed[i].overall) {
        overall.push_back(m);
      }
    }
  }
  if (!overall.empty()) {
    list = std::move(overall);
  }
}

// Of the mentions that say neither time nor space, the one taken as the time: the one that
// sums up ("... so O(q log q) in total"), else a total cost rather than a per-operation one,
// else the first.
std::size_t pick_unsaid(const std::vector<std::size_t>& unsaid,
                        const std::vector<Mention>& mentions,
                        const std::vector<Attributed>& attributed) {
  for (std::size_t i : unsaid) {
    if (attributed[i].overall) {
      return i;
    }
  }
  for (std::size_t i : unsaid) {
    if (!mentions[i].complexity.per_operation) {
      return i;
    }
  }
  return unsaid.front();
}

}  // namespace

Claims extract_claims(std::string_view text) {
  const auto mentions = find_complexities(text);
  const auto sections = detail::split_sections(text, complexity_label);
  std::vector<Attributed> attributed;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    attributed.push_back(attribute(text, mentions, i, sections));
  }
  Sorted sorted = sort_mentions(mentions, attributed);
  keep_overall(sorted.time, mentions, attributed);
  keep_overall(sorted.space, mentions, attributed);
  if (sorted.time.empty() && sorted.space.empty() && sorted.unsaid_in_complexity.size() == 2) {
    // "Complexity: O(n log n), O(1)"
    sorted.time.push_back(mentions[sorted.unsaid_in_complexity[0]]);
    sorted.space.push_back(mentions[sorted.unsaid_in_complexity[1]]);
  } else if (sorted.time.empty() && !sorted.unsaid.empty()) {
    sorted.time.push_back(mentions[pick_unsaid(sorted.unsaid, mentions, attributed)]);
  }
  Claims claims;
  if (!sorted.time.empty()) {
    claims.time = combine(std::move(sorted.time));
  }
  if (!sorted.space.empty()) {
    claims.space = combine(std::move(sorted.space));
  }
  return claims;
}

}  // namespace judge::coach
