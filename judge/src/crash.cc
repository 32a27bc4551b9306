// Reading a crash: what a signal means, and the line of standard error that names the failure.
#include <signal.h>
#include <string.h>

#include <regex>

#include <fmt/format.h>

#include "judge/classify.h"
#include "text.h"

namespace judge {

using detail::lines_of;
using detail::trimmed;

std::string signal_text(int sig) {
  switch (sig) {
    case SIGSEGV:
      return "segmentation fault (an invalid memory access, or a stack overflow)";
    case SIGABRT:
      return "aborted";
    case SIGFPE:
      return "floating-point exception (an integer division by zero?)";
    case SIGBUS:
      return "bus error (an invalid memory access)";
    case SIGILL:
      return "illegal instruction";
    case SIGKILL:
      return "killed";
    case SIGPIPE:
      return "broken pipe";
    default:
      return fmt::format("killed by signal {} ({})", sig,
                         sigabbrev_np(sig) != nullptr ? sigabbrev_np(sig) : "unknown");
  }
}

std::string crash_summary(const std::string& stderr_text, bool hidden) {
  const auto lines = lines_of(stderr_text);
  // For a hidden test, stderr is the program's to write: it could print a fake
  // "terminate called after throwing an instance of '<the hidden input>'". Only a type name
  // from the fixed list (known_exception_name) may pass; any other becomes a generic phrase.
  auto hidden_name = [](const std::string& name) {
    return known_exception_name(name).value_or(kUnknownException);
  };
  // C++: "terminate called after throwing an instance of 'std::out_of_range'"
  static const std::regex cpp(R"(terminate called after throwing an instance of '([^']+)')");
  // Java: "Exception in thread "main" java.lang.ArithmeticException: / by zero"
  static const std::regex java(R"(Exception in thread "[^"]*" ([\w.$]+)(: (.*))?)");
  // Python, Node, and most others: "ZeroDivisionError: division by zero", "TypeError: x"
  static const std::regex named(R"(^([A-Za-z_][\w.]*(Error|Exception|Interrupt|Exit)):?\s?(.*)$)");
  std::smatch m;
  for (const auto& line : lines) {
    if (std::regex_search(line, m, cpp)) {
      if (hidden) {
        auto known = known_exception_name(m[1].str());
        return known ? fmt::format("uncaught exception {}", *known) : kUnknownException;
      }
      std::string what;
      for (const auto& l : lines) {
        if (l.rfind("  what():", 0) == 0) {
          what = trimmed(l.substr(9));
        }
      }
      if (what.empty()) {
        return fmt::format("uncaught exception {}", m[1].str());
      }
      return fmt::format("uncaught exception {}: {}", m[1].str(), what);
    }
    if (std::regex_search(line, m, java)) {
      if (hidden) {
        return hidden_name(m[1].str());
      }
      if (!m[3].matched) {
        return m[1].str();
      }
      return fmt::format("{}: {}", m[1].str(), m[3].str());
    }
  }
  for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
    std::string line = trimmed(*it);
    if (std::regex_match(line, m, named)) {
      if (hidden) {
        return hidden_name(m[1].str());
      }
      if (m[3].str().empty()) {
        return m[1].str();
      }
      return line;
    }
  }
  if (hidden) {
    return {};
  }
  for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
    std::string line = trimmed(*it);
    if (!line.empty()) {
      return line.size() > 300 ? line.substr(0, 300) + "..." : line;
    }
  }
  return {};
}

}  // namespace judge
