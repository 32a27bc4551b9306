#include "feedback.h"

#include <sstream>

#include <fmt/format.h>

namespace cli {

using judge::coach::Severity;

std::string render_feedback(const judge::coach::Feedback& feedback, const Terminal& term,
                            std::size_t indent) {
  const std::size_t width =
      static_cast<std::size_t>(std::max(40, term.width())) - std::min<std::size_t>(indent + 2, 30);
  std::string out;
  for (const auto& item : feedback.items) {
    const std::string mark = item.severity == Severity::kPraise ? term.paint("✓", Style::kGreen)
                             : item.severity == Severity::kWarning ? term.paint("!", Style::kYellow)
                                                                   : term.paint("·", Style::kDim);
    // Messages quote what the candidate wrote (a closing question): made printable.
    std::istringstream words(printable(item.message));
    std::string word;
    std::string line;
    bool first = true;
    auto flush = [&] {
      out += std::string(indent, ' ') + (first ? mark : " ") + " " + line + "\n";
      first = false;
      line.clear();
    };
    while (words >> word) {
      if (!line.empty() && display_width(line) + 1 + display_width(word) > width) {
        flush();
      }
      line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty() || first) {
      flush();
    }
  }
  return out;
}

std::string to_fix(const judge::coach::Feedback& feedback) {
  const std::size_t n = feedback.count(Severity::kWarning);
  return n == 0 ? std::string("nothing to fix")
                : fmt::format("{} thing{} to fix", n, n == 1 ? "" : "s");
}

}  // namespace cli
