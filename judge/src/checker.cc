// The built-in checkers. Both sides are read through fixed buffers; a token longer than
// kKeep bytes is compared without being kept whole, so no input makes the judge grow.
#include "judge/checker.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

#include "judge/error.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kKeep = 256;  // bytes of a token or line kept for messages and numbers

class Reader {
 public:
  explicit Reader(int fd) : fd_(fd) {}

  /// The next byte, or -1 at the end.
  int peek() {
    if (pos_ == len_ && !fill()) {
      return -1;
    }
    return static_cast<unsigned char>(buf_[pos_]);
  }
  int get() {
    int c = peek();
    if (c >= 0) {
      ++pos_;
      ++offset_;
      if (c == '\n') {
        ++line_;
      }
    }
    return c;
  }
  [[nodiscard]] std::uint64_t line() const { return line_; }
  [[nodiscard]] std::uint64_t offset() const { return offset_; }

 private:
  bool fill() {
    if (eof_) {
      return false;
    }
    ssize_t n;
    do {
      n = read(fd_, buf_, sizeof buf_);
    } while (n < 0 && errno == EINTR);
    if (n <= 0) {
      eof_ = true;
      return false;
    }
    pos_ = 0;
    len_ = static_cast<std::size_t>(n);
    return true;
  }

  int fd_;
  char buf_[64 * 1024];
  std::size_t pos_ = 0;
  std::size_t len_ = 0;
  bool eof_ = false;
  std::uint64_t line_ = 1;
  std::uint64_t offset_ = 0;
};

bool is_space(int c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

std::string shown(const std::string& text, bool truncated) {
  std::string out;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) {
      out += fmt::format("\\x{:02x}", u);
    } else {
      out += c;
    }
  }
  return fmt::format("\"{}{}\"", out, truncated ? "..." : "");
}

struct Token {
  std::string text;        // first kKeep bytes
  bool truncated = false;  // longer than kKeep
  std::uint64_t line = 0;
};

// Reads both tokens at once, comparing byte by byte; `equal` says whether they matched.
void read_token_pair(Reader& a, Reader& b, Token& ta, Token& tb, bool case_sensitive, bool& equal) {
  equal = true;
  ta = Token{{}, false, a.line()};
  tb = Token{{}, false, b.line()};
  for (;;) {
    int ca = a.peek();
    int cb = b.peek();
    bool end_a = ca < 0 || is_space(ca);
    bool end_b = cb < 0 || is_space(cb);
    if (end_a && end_b) {
      return;
    }
    if (end_a != end_b) {
      equal = false;
    }
    if (!end_a) {
      a.get();
      if (ta.text.size() < kKeep) {
        ta.text += static_cast<char>(ca);
      } else {
        ta.truncated = true;
      }
    }
    if (!end_b) {
      b.get();
      if (tb.text.size() < kKeep) {
        tb.text += static_cast<char>(cb);
      } else {
        tb.truncated = true;
      }
    }
    if (!end_a && !end_b) {
      bool same = case_sensitive ? ca == cb : std::tolower(ca) == std::tolower(cb);
      if (!same) {
        equal = false;
      }
    }
  }
}

void skip_space(Reader& r) {
  while (r.peek() >= 0 && is_space(r.peek())) {
    r.get();
  }
}

// A finite number written the plain way (no hex, inf or nan).
bool parse_number(const Token& t, double& value) {
  if (t.truncated || t.text.empty()) {
    return false;
  }
  for (char c : t.text) {
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.' ||
          c == 'e' || c == 'E')) {
      return false;
    }
  }
  char* end = nullptr;
  value = std::strtod(t.text.c_str(), &end);
  return end == t.text.c_str() + t.text.size() && std::isfinite(value);
}

CheckResult compare_tokens(Reader& out, Reader& ans, const CheckerSpec& spec, bool floats) {
  std::uint64_t index = 0;
  Token to;
  Token ta;
  for (;;) {
    skip_space(out);
    skip_space(ans);
    bool out_end = out.peek() < 0;
    bool ans_end = ans.peek() < 0;
    ++index;
    if (out_end && ans_end) {
      return {};
    }
    bool equal = false;
    read_token_pair(out, ans, to, ta, spec.case_sensitive, equal);
    if (ans_end) {
      return {Verdict::kWrongAnswer,
              fmt::format("extra output after the expected answer: token {} (line {}) is {}", index,
                          to.line, shown(to.text, to.truncated))};
    }
    if (out_end) {
      return {Verdict::kWrongAnswer, fmt::format("the output ends too early: token {} should be {}",
                                                 index, shown(ta.text, ta.truncated))};
    }
    if (equal) {
      continue;
    }
    if (floats) {
      double x = 0;
      double y = 0;
      if (parse_number(to, x) && parse_number(ta, y)) {
        double diff = std::fabs(x - y);
        if ((spec.float_absolute > 0 && diff <= spec.float_absolute * (1 + 1e-12)) ||
            (spec.float_relative > 0 && diff <= spec.float_relative * std::fabs(y) * (1 + 1e-12))) {
          continue;
        }
        return {Verdict::kWrongAnswer,
                fmt::format("token {} (line {}): expected {}, got {} (difference {:g})", index,
                            to.line, ta.text, to.text, diff)};
      }
    }
    return {Verdict::kWrongAnswer,
            fmt::format("token {} (line {}): expected {}, got {}", index, to.line,
                        shown(ta.text, ta.truncated), shown(to.text, to.truncated))};
  }
}

// One line, without its trailing whitespace, as a polynomial hash (mod 2^61 - 1) plus its
// length and first kKeep bytes. Whitespace inside a line is folded into the hash only once a
// later non-space byte shows it is not trailing: H = H * B^k + P, where P is the hash of the k
// pending bytes. Memory stays constant whatever the line's length. Not mod 2^64: there, a
// Thue-Morse line of 1024 bytes and its complement hash alike for any base.
constexpr std::uint64_t kHashModulus = (1ULL << 61) - 1;  // a Mersenne prime

std::uint64_t hash_mul(std::uint64_t a, std::uint64_t b) {
  __extension__ using Wide = unsigned __int128;
  const Wide product = static_cast<Wide>(a) * b;
  const std::uint64_t r = static_cast<std::uint64_t>(product & kHashModulus) +
                          static_cast<std::uint64_t>(product >> 61);
  return r >= kHashModulus ? r - kHashModulus : r;
}

std::uint64_t hash_add(std::uint64_t a, std::uint64_t b) {
  const std::uint64_t r = a + b;
  return r >= kHashModulus ? r - kHashModulus : r;
}

struct Line {
  std::uint64_t hash = 0;
  std::uint64_t length = 0;
  std::string kept;
  bool truncated = false;
  std::uint64_t number = 0;
};

bool read_line(Reader& r, Line& line, bool case_sensitive) {
  constexpr std::uint64_t kBase = 0x100000001b3ULL;
  if (r.peek() < 0) {
    return false;
  }
  line = Line{};
  line.number = r.line();
  std::uint64_t pending_hash = 0;
  std::uint64_t pending_power = 1;
  std::uint64_t pending_length = 0;
  std::string pending_kept;
  for (;;) {
    int c = r.get();
    if (c < 0 || c == '\n') {
      return true;
    }
    if (!case_sensitive) {
      c = std::tolower(c);
    }
    if (c == ' ' || c == '\t' || c == '\r') {
      pending_hash = hash_add(hash_mul(pending_hash, kBase), static_cast<std::uint64_t>(c));
      pending_power = hash_mul(pending_power, kBase);
      ++pending_length;
      if (pending_kept.size() < kKeep) {
        pending_kept += static_cast<char>(c);
      }
      continue;
    }
    if (pending_length != 0) {
      line.hash = hash_add(hash_mul(line.hash, pending_power), pending_hash);
      line.length += pending_length;
      for (char p : pending_kept) {
        if (line.kept.size() < kKeep)
          line.kept += p;
        else
          line.truncated = true;
      }
      pending_hash = 0;
      pending_power = 1;
      pending_length = 0;
      pending_kept.clear();
    }
    line.hash = hash_add(hash_mul(line.hash, kBase), static_cast<std::uint64_t>(c));
    ++line.length;
    if (line.kept.size() < kKeep) {
      line.kept += static_cast<char>(c);
    } else {
      line.truncated = true;
    }
  }
}

CheckResult compare_lines(Reader& out, Reader& ans, const CheckerSpec& spec) {
  Line lo;
  Line la;
  std::uint64_t line = 0;
  for (;;) {
    bool have_o = read_line(out, lo, spec.case_sensitive);
    bool have_a = read_line(ans, la, spec.case_sensitive);
    ++line;
    if (!have_o && !have_a) {
      return {};
    }
    // Empty lines after the end of either side do not count.
    if (!have_a) {
      if (lo.length == 0) {
        continue;
      }
      return {Verdict::kWrongAnswer,
              fmt::format("extra output at line {}: {}", line, shown(lo.kept, lo.truncated))};
    }
    if (!have_o) {
      if (la.length == 0) {
        continue;
      }
      return {Verdict::kWrongAnswer, fmt::format("the output ends too early: line {} should be {}",
                                                 line, shown(la.kept, la.truncated))};
    }
    if (lo.length != la.length || lo.hash != la.hash) {
      return {Verdict::kWrongAnswer,
              fmt::format("line {}: expected {}, got {}", line, shown(la.kept, la.truncated),
                          shown(lo.kept, lo.truncated))};
    }
  }
}

CheckResult compare_exact(Reader& out, Reader& ans) {
  for (;;) {
    int a = ans.get();
    int o = out.get();
    if (a < 0 && o < 0) {
      return {};
    }
    if (a != o) {
      std::uint64_t line = out.line() - (o == '\n' ? 1 : 0);
      if (o < 0) {
        return {Verdict::kWrongAnswer, fmt::format("the output ends too early at byte {} (line {})",
                                                   ans.offset(), ans.line() - (a == '\n' ? 1 : 0))};
      }
      if (a < 0) {
        return {Verdict::kWrongAnswer,
                fmt::format("extra output from byte {} (line {})", out.offset(), line)};
      }
      return {Verdict::kWrongAnswer,
              fmt::format("byte {} (line {}): expected {}, got {}", out.offset(), line,
                          shown(std::string(1, static_cast<char>(a)), false),
                          shown(std::string(1, static_cast<char>(o)), false))};
    }
  }
}

}  // namespace

CheckResult compare_fds(const CheckerSpec& spec, int output_fd, int answer_fd) {
  auto out = std::make_unique<Reader>(output_fd);
  auto ans = std::make_unique<Reader>(answer_fd);
  switch (spec.kind) {
    case CheckerKind::kExact:
      return compare_exact(*out, *ans);
    case CheckerKind::kLines:
      return compare_lines(*out, *ans, spec);
    case CheckerKind::kTokens:
      return compare_tokens(*out, *ans, spec, false);
    case CheckerKind::kFloat:
      return compare_tokens(*out, *ans, spec, true);
    case CheckerKind::kCustom:
      break;
  }
  return {Verdict::kInternalError, "compare_fds called for a custom checker"};
}

CheckResult compare_files(const CheckerSpec& spec, const fs::path& output, const fs::path& answer) {
  int out = open(output.c_str(), O_RDONLY | O_CLOEXEC);
  if (out < 0) {
    return {Verdict::kInternalError,
            fmt::format("cannot read the output {}: {}", output.string(), std::strerror(errno))};
  }
  int ans = open(answer.c_str(), O_RDONLY | O_CLOEXEC);
  if (ans < 0) {
    close(out);
    return {Verdict::kInternalError,
            fmt::format("cannot read the answer {}: {}", answer.string(), std::strerror(errno))};
  }
  CheckResult result = compare_fds(spec, out, ans);
  close(out);
  close(ans);
  return result;
}

}  // namespace judge
