// What the built-in checkers share: opening both sides, and quoting output in messages.
#include "stream.h"

#include <fcntl.h>

#include <cstring>

#include <fmt/format.h>

#include "fd.h"

namespace judge {

namespace checkers {

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

}  // namespace checkers

CheckResult StreamChecker::check(const std::filesystem::path& /*input*/,
                                 const std::filesystem::path& answer,
                                 const std::filesystem::path& output) {
  detail::Fd out(open(output.c_str(), O_RDONLY | O_CLOEXEC));
  if (out.get() < 0) {
    return {Verdict::kInternalError,
            fmt::format("cannot read the output {}: {}", output.string(), std::strerror(errno))};
  }
  detail::Fd ans(open(answer.c_str(), O_RDONLY | O_CLOEXEC));
  if (ans.get() < 0) {
    return {Verdict::kInternalError,
            fmt::format("cannot read the answer {}: {}", answer.string(), std::strerror(errno))};
  }
  return compare(out.get(), ans.get());
}

}  // namespace judge
