// The tokens checker: the output's whitespace-separated tokens must be the answer's. The walk
// over both streams is shared with the float checker, which accepts close numbers.
#include <cctype>
#include <memory>

#include <fmt/format.h>

#include "stream.h"

namespace judge {

namespace checkers {

namespace {

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

}  // namespace

CheckResult token_mismatch(const Token& output, const Token& answer, std::uint64_t index) {
  return {Verdict::kWrongAnswer,
          fmt::format("token {} (line {}): expected {}, got {}", index, output.line,
                      shown(answer.text, answer.truncated), shown(output.text, output.truncated))};
}

CheckResult compare_tokens(Reader& out, Reader& ans, bool case_sensitive,
                           const TokenMismatch& mismatch) {
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
    read_token_pair(out, ans, to, ta, case_sensitive, equal);
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
    if (auto verdict = mismatch(to, ta, index)) {
      return *verdict;
    }
  }
}

}  // namespace checkers

CheckResult TokensChecker::compare(int output_fd, int answer_fd) const {
  // On the heap: two 64 KiB buffers are too much for a thread's stack.
  auto out = std::make_unique<checkers::Reader>(output_fd);
  auto ans = std::make_unique<checkers::Reader>(answer_fd);
  return checkers::compare_tokens(*out, *ans, case_sensitive_,
                                  [](const checkers::Token& o, const checkers::Token& a,
                                     std::uint64_t index) -> std::optional<CheckResult> {
                                    return checkers::token_mismatch(o, a, index);
                                  });
}

}  // namespace judge
