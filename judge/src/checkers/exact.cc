// The exact checker: the output must be the answer, byte for byte.
#include <memory>

#include <fmt/format.h>

#include "stream.h"

namespace judge {

CheckResult ExactChecker::compare(int output_fd, int answer_fd) const {
  // On the heap: two 64 KiB buffers are too much for a thread's stack.
  auto out_reader = std::make_unique<checkers::Reader>(output_fd);
  auto ans_reader = std::make_unique<checkers::Reader>(answer_fd);
  checkers::Reader& out = *out_reader;
  checkers::Reader& ans = *ans_reader;
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
                          checkers::shown(std::string(1, static_cast<char>(a)), false),
                          checkers::shown(std::string(1, static_cast<char>(o)), false))};
    }
  }
}

}  // namespace judge
