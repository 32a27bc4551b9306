// The default output validator of ICPC/Kattis packages. The semantics are problemtools'
// (support/default_validator in github.com/Kattis/problemtools), written anew for the judge's
// streaming reader; the messages are the judge's own.
#include "judge/kattis/default_validator.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "checkers/stream.h"
#include "judge/error.h"

namespace judge::kattis {

namespace fs = std::filesystem;

namespace {

// The built-in checkers' buffered reader and whitespace; the token rules below are
// problemtools' own, which differ from the built-in token checker's (case-insensitive by
// default, numbers compared only when the answer's token is one and a tolerance is set).
using checkers::is_space;
using checkers::Reader;

// Bytes of a token kept for messages. A token is compared as it streams by, whatever its length.
constexpr std::size_t kShowKeep = 256;
// Bytes of a token kept to read it as a number when a tolerance is set: problemtools reads a
// float token of any length, and a number longer than this is not written by any program that
// means it as one.
constexpr std::size_t kNumberKeep = 1 << 20;
// How much of a token a message quotes on each side of the first difference.
constexpr std::size_t kQuote = 16;

int ascii_lower(int c) {
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

struct Token {
  std::string kept;  // the first bytes (up to the keep limit)
  std::uint64_t length = 0;
  [[nodiscard]] bool whole() const { return kept.size() == length; }
};

// Reads the next token of each side at once. `keep` bytes of each are kept; the comparison
// covers all of them. `differs_at` is the first byte where they differ (case-sensitively or not,
// as asked), or -1 if they are equal.
void read_token_pair(Reader& out, Reader& ans, std::size_t keep, bool case_sensitive, Token& to,
                     Token& ta, std::int64_t& differs_at) {
  to.kept.clear();
  ta.kept.clear();
  to.length = ta.length = 0;
  differs_at = -1;
  for (std::int64_t i = 0;; ++i) {
    int co = out.peek();
    int ca = ans.peek();
    const bool end_o = co < 0 || is_space(co);
    const bool end_a = ca < 0 || is_space(ca);
    if (end_o && end_a) {
      return;
    }
    if (differs_at < 0) {
      if (end_o != end_a) {
        differs_at = i;
      } else if (case_sensitive ? co != ca : ascii_lower(co) != ascii_lower(ca)) {
        differs_at = i;
      }
    }
    if (!end_o) {
      out.get();
      if (to.kept.size() < keep) {
        to.kept += static_cast<char>(co);
      }
      ++to.length;
    }
    if (!end_a) {
      ans.get();
      if (ta.kept.size() < keep) {
        ta.kept += static_cast<char>(ca);
      }
      ++ta.length;
    }
  }
}

// Reads one token of one side (the other has ended).
void read_token(Reader& r, Token& t) {
  t.kept.clear();
  t.length = 0;
  for (int c = r.peek(); c >= 0 && !is_space(c); c = r.peek()) {
    r.get();
    if (t.kept.size() < kShowKeep) {
      t.kept += static_cast<char>(c);
    }
    ++t.length;
  }
}

// A package's data and a program's output are shown to the user: control bytes are escaped,
// so that neither can send escape sequences to the terminal.
std::string escaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) {
      out += fmt::format("\\x{:02x}", u);
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

// The token in quotes, cut to a few bytes around `around` (the first difference) when long.
std::string quoted(const Token& t, std::int64_t around = 0) {
  const std::size_t at = around < 0 ? 0 : static_cast<std::size_t>(around);
  std::size_t begin = at > kQuote ? at - kQuote : 0;
  if (begin > t.kept.size()) {
    begin = t.kept.size();
  }
  const std::size_t end = std::min(t.kept.size(), at + kQuote);
  std::string text = escaped(std::string_view(t.kept).substr(begin, end - begin));
  const bool more_after = end < t.length;
  return fmt::format("\"{}{}{}\"", begin > 0 ? "..." : "", text, more_after ? "..." : "");
}

// A whitespace byte, or what came instead, in words.
std::string byte_name(int c) {
  switch (c) {
    case -1:
      return "the end of the output";
    case ' ':
      return "a space";
    case '\n':
      return "a newline";
    case '\t':
      return "a tab";
    case '\r':
      return "a carriage return (\\r)";
    case '\v':
      return "a vertical tab (\\v)";
    case '\f':
      return "a form feed (\\f)";
    default:
      return fmt::format("\"{}\"", escaped(std::string(1, static_cast<char>(c))));
  }
}

std::string where(std::uint64_t index, const Reader& out, const Reader& ans) {
  return fmt::format("token {} (line {} of the output, line {} of the answer)", index, out.line(),
                     ans.line());
}

ValidatorResult wrong(std::string message) {
  return {Verdict::kWrongAnswer, std::move(message)};
}

// With space_change_sensitive: every whitespace byte of the answer must come next in the
// output, and no other. The difference, if there is one.
std::optional<ValidatorResult> match_space(Reader& out, Reader& ans) {
  while (is_space(ans.peek())) {
    const int expected = ans.get();
    const std::uint64_t out_line = out.line();
    const std::uint64_t ans_line = ans.line() - (expected == '\n' ? 1 : 0);
    const int got = out.get();
    if (got != expected) {
      return wrong(fmt::format(
          "whitespace differs (line {} of the output, line {} of the answer): expected {}, "
          "got {}",
          out_line, ans_line, byte_name(expected), byte_name(got)));
    }
  }
  if (is_space(out.peek())) {
    return wrong(fmt::format(
        "whitespace differs (line {} of the output, line {} of the answer): {} where the "
        "answer has none",
        out.line(), ans.line(), byte_name(out.peek())));
  }
  return std::nullopt;
}

void skip_space(Reader& out, Reader& ans) {
  while (is_space(ans.peek())) {
    ans.get();
  }
  while (is_space(out.peek())) {
    out.get();
  }
}

// The result when the output or the answer has no token left before token `index`: accepted
// when both end, else the one that ends too early. None when both go on.
std::optional<ValidatorResult> check_end(std::uint64_t index, Reader& out, Reader& ans, Token& to,
                                         Token& ta) {
  const bool ans_end = ans.peek() < 0;
  const bool out_end = out.peek() < 0;
  if (ans_end) {
    if (out_end) {
      return ValidatorResult{};
    }
    const std::string at = where(index, out, ans);
    read_token(out, to);
    return wrong(
        fmt::format("extra output after the answer's last token: {} is {}", at, quoted(to)));
  }
  if (out_end) {
    const std::string at = where(index, out, ans);
    read_token(ans, ta);
    return wrong(fmt::format("the output {}: {} should be {}",
                             index == 1 ? "is empty or blank" : "ends too early", at, quoted(ta)));
  }
  return std::nullopt;
}

// Why the output's token `to` is not within the tolerances of the answer's number
// `expected` (token `ta`); none when it is.
std::optional<ValidatorResult> compare_number(const DefaultValidatorOptions& options,
                                              const std::string& at, const Token& to,
                                              const Token& ta, double expected) {
  const std::optional<double> got = to.whole() ? parse_float(to.kept) : std::optional<double>();
  if (!got) {
    return wrong(fmt::format("{}: expected a number like {}, got {}", at, quoted(ta), quoted(to)));
  }
  const double diff = std::fabs(expected - *got);
  const bool absolute_ok = options.float_absolute && diff <= *options.float_absolute;
  const bool relative_ok =
      options.float_relative && diff <= *options.float_relative * std::fabs(expected);
  if (absolute_ok || relative_ok) {
    return std::nullopt;
  }
  std::string errors;
  if (options.float_absolute) {
    errors += fmt::format("absolute error {:g} > {:g}", diff, *options.float_absolute);
  }
  if (options.float_relative) {
    errors += errors.empty() ? "" : ", ";
    errors += expected == 0.0 ? fmt::format("relative error undefined (the answer is 0)")
                              : fmt::format("relative error {:g} > {:g}",
                                            diff / std::fabs(expected), *options.float_relative);
  }
  return wrong(fmt::format("{}: expected {}, got {}: {}", at, quoted(ta), quoted(to), errors));
}

ValidatorResult compare(const DefaultValidatorOptions& options, Reader& out, Reader& ans) {
  const std::size_t keep = options.floats() ? kNumberKeep : kShowKeep;
  Token to;
  Token ta;
  for (std::uint64_t index = 1;; ++index) {
    if (options.space_change_sensitive) {
      if (auto differs = match_space(out, ans)) {
        return *differs;
      }
    } else {
      skip_space(out, ans);
    }
    if (auto end = check_end(index, out, ans, to, ta)) {
      return *end;
    }
    const std::string at = where(index, out, ans);
    std::int64_t differs_at = -1;
    read_token_pair(out, ans, keep, options.case_sensitive, to, ta, differs_at);
    if (options.floats()) {
      // A number in the answer is compared as a number, even when the text is equal ("1.0"
      // and "1.0" pass by the tolerance, as they would by text).
      const std::optional<double> expected =
          ta.whole() ? parse_float(ta.kept) : std::optional<double>();
      if (expected) {
        if (auto differs = compare_number(options, at, to, ta, *expected)) {
          return *differs;
        }
        continue;
      }
    }
    if (differs_at >= 0) {
      return wrong(fmt::format("{}: expected {}, got {}", at, quoted(ta, differs_at),
                               quoted(to, differs_at)));
    }
  }
}

// The words a flag may be, for hints.
constexpr const char* kFlagsHint =
    "the default validator takes case_sensitive, space_change_sensitive, "
    "float_tolerance E, float_absolute_tolerance E and float_relative_tolerance E "
    "(E a number at least 0); see docs/kattis.md";

locale_t c_locale() {
  // strtod follows LC_NUMERIC: a judge run in a locale with a decimal comma must still read
  // "0.5". The C locale is made once and kept for the process.
  static const locale_t locale = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr));
  return locale;
}

}  // namespace

std::string DefaultValidatorOptions::describe() const {
  std::vector<std::string> words;
  if (case_sensitive) {
    words.emplace_back("case_sensitive");
  }
  if (space_change_sensitive) {
    words.emplace_back("space_change_sensitive");
  }
  if (float_absolute && float_relative && *float_absolute == *float_relative) {
    words.push_back(fmt::format("float_tolerance {:g}", *float_absolute));
  } else {
    if (float_absolute) {
      words.push_back(fmt::format("float_absolute_tolerance {:g}", *float_absolute));
    }
    if (float_relative) {
      words.push_back(fmt::format("float_relative_tolerance {:g}", *float_relative));
    }
  }
  if (words.empty()) {
    return "(none)";
  }
  std::string text;
  for (const auto& w : words) {
    text += (text.empty() ? "" : " ") + w;
  }
  return text;
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(static_cast<unsigned char>(text[i]))) {
      ++i;
    }
    std::size_t start = i;
    while (i < text.size() && !is_space(static_cast<unsigned char>(text[i]))) {
      ++i;
    }
    if (i > start) {
      words.emplace_back(text.substr(start, i - start));
    }
  }
  return words;
}

std::optional<double> parse_float(std::string_view text) {
  // A NUL byte ends the C string early: such a token is no number.
  if (text.empty() || text.find('\0') != std::string_view::npos || is_space(text[0])) {
    return std::nullopt;
  }
  const std::string copy(text);
  char* end = nullptr;
  const double value = strtod_l(copy.c_str(), &end, c_locale());
  if (end != copy.c_str() + copy.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

DefaultValidatorOptions parse_default_validator_flags(const std::vector<std::string>& args,
                                                      const std::string& where, FlagRules rules) {
  DefaultValidatorOptions options;
  bool seen_tolerance = false;
  bool seen_absolute = false;
  bool seen_relative = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& flag = args[i];
    if (flag == "case_sensitive") {
      options.case_sensitive = true;
      continue;
    }
    if (flag == "space_change_sensitive") {
      options.space_change_sensitive = true;
      continue;
    }
    const bool tolerance = flag == "float_tolerance";
    const bool absolute = flag == "float_absolute_tolerance";
    const bool relative = flag == "float_relative_tolerance";
    if (!tolerance && !absolute && !relative) {
      throw Error(fmt::format("{}the default validator has no flag \"{}\"", where, escaped(flag)),
                  kFlagsHint);
    }
    if (i + 1 == args.size()) {
      throw Error(fmt::format("{}{} needs a number after it", where, flag), kFlagsHint);
    }
    const std::string& text = args[++i];
    const std::optional<double> value = parse_float(text);
    if (!value || *value < 0) {
      throw Error(fmt::format("{}{} must be followed by a number at least 0, got \"{}\"", where,
                              flag, escaped(text)),
                  kFlagsHint);
    }
    if (rules == FlagRules::kNoRepeats) {
      // The 2025-09 format: each tolerance once, and float_tolerance alone.
      if ((tolerance && (seen_tolerance || seen_absolute || seen_relative)) ||
          (absolute && (seen_absolute || seen_tolerance)) ||
          (relative && (seen_relative || seen_tolerance))) {
        throw Error(fmt::format("{}{} repeats a tolerance already given", where, flag),
                    "in the 2025-09 format each tolerance is given once, and float_tolerance "
                    "is not combined with float_absolute_tolerance or float_relative_tolerance");
      }
    }
    seen_tolerance = seen_tolerance || tolerance;
    seen_absolute = seen_absolute || absolute;
    seen_relative = seen_relative || relative;
    if (tolerance || absolute) {
      options.float_absolute = value;
    }
    if (tolerance || relative) {
      options.float_relative = value;
    }
  }
  return options;
}

ValidatorResult default_validate_fds(const DefaultValidatorOptions& options, int output_fd,
                                     int answer_fd) {
  auto out = std::make_unique<Reader>(output_fd);
  auto ans = std::make_unique<Reader>(answer_fd);
  ValidatorResult result = compare(options, *out, *ans);
  if (ans->failed() || out->failed()) {
    return {Verdict::kInternalError,
            fmt::format("cannot read the {}: {}", ans->failed() ? "answer" : "output",
                        std::strerror(ans->failed() ? ans->error() : out->error()))};
  }
  return result;
}

ValidatorResult default_validate_files(const DefaultValidatorOptions& options,
                                       const fs::path& output, const fs::path& answer) {
  const int out = open(output.c_str(), O_RDONLY | O_CLOEXEC);
  if (out < 0) {
    return {Verdict::kInternalError,
            fmt::format("cannot read the output {}: {}", output.string(), std::strerror(errno))};
  }
  const int ans = open(answer.c_str(), O_RDONLY | O_CLOEXEC);
  if (ans < 0) {
    const int saved = errno;
    close(out);
    return {Verdict::kInternalError,
            fmt::format("cannot read the answer {}: {}", answer.string(), std::strerror(saved))};
  }
  ValidatorResult result = default_validate_fds(options, out, ans);
  close(out);
  close(ans);
  return result;
}

}  // namespace judge::kattis
