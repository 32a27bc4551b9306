// What the built-in checkers share (private to judge/src/checkers): a buffered reader over a
// descriptor, tokens, and how a piece of output is quoted in a message. Both sides are read
// through fixed buffers; a token or line longer than kKeep bytes is compared without being kept
// whole, so no input makes the judge grow.
#pragma once

#include <errno.h>
#include <unistd.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "judge/checker.h"

namespace judge::checkers {

inline constexpr std::size_t kKeep = 256;  // bytes of a token or line kept for messages

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
  /// A read error ends the stream as its end does; these say whether one did, and which
  /// (errno), for a caller that reports it rather than judge a cut stream.
  [[nodiscard]] bool failed() const { return error_ != 0; }
  [[nodiscard]] int error() const { return error_; }

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
      if (n < 0) {
        error_ = errno;
      }
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
  int error_ = 0;
  std::uint64_t line_ = 1;
  std::uint64_t offset_ = 0;
};

[[nodiscard]] inline bool is_space(int c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/// `text` in quotes, control bytes as \xNN, "..." after it when it was cut.
[[nodiscard]] std::string shown(const std::string& text, bool truncated);

struct Token {
  std::string text;        // first kKeep bytes
  bool truncated = false;  // longer than kKeep
  std::uint64_t line = 0;
};

/// Decides about two tokens that differ byte for byte (the `index`th of the output and the
/// answer): nothing to accept them and go on, else the verdict.
using TokenMismatch = std::function<std::optional<CheckResult>(
    const Token& output, const Token& answer, std::uint64_t index)>;

/// The wrong answer for two tokens that differ: "token 3 (line 2): expected "5", got "6"".
[[nodiscard]] CheckResult token_mismatch(const Token& output, const Token& answer,
                                         std::uint64_t index);

/// Walks both streams token by token (checkers/tokens.cc); `mismatch` decides about tokens
/// that differ.
[[nodiscard]] CheckResult compare_tokens(Reader& out, Reader& ans, bool case_sensitive,
                                         const TokenMismatch& mismatch);

}  // namespace judge::checkers
