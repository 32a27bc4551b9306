// The lines checker: the output's lines must be the answer's, each without its trailing
// whitespace; empty lines after the end of either side do not count.
#include <cctype>
#include <memory>

#include <fmt/format.h>

#include "stream.h"

namespace judge {

namespace {

using checkers::kKeep;
using checkers::Reader;
using checkers::shown;

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

CheckResult compare_lines(Reader& out, Reader& ans, bool case_sensitive) {
  Line lo;
  Line la;
  std::uint64_t line = 0;
  for (;;) {
    bool have_o = read_line(out, lo, case_sensitive);
    bool have_a = read_line(ans, la, case_sensitive);
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

}  // namespace

CheckResult LinesChecker::compare(int output_fd, int answer_fd) const {
  // On the heap: two 64 KiB buffers are too much for a thread's stack.
  auto out = std::make_unique<Reader>(output_fd);
  auto ans = std::make_unique<Reader>(answer_fd);
  return compare_lines(*out, *ans, case_sensitive_);
}

}  // namespace judge
