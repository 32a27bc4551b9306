// Feedback from the coaching checks (explanations, STAR answers, closing questions), as the
// terminal shows it.
#pragma once

#include <string>

#include "judge/coach/feedback.h"
#include "terminal.h"

namespace cli {

/// One item a line, wrapped to the terminal's width under a mark: "✓" praise (green), "·" a
/// note (dim), "!" something to fix (yellow). `indent` spaces before the mark.
[[nodiscard]] std::string render_feedback(const judge::coach::Feedback& feedback,
                                          const Terminal& term, std::size_t indent = 2);

/// "nothing to fix", "1 thing to fix", "3 things to fix".
[[nodiscard]] std::string to_fix(const judge::coach::Feedback& feedback);

}  // namespace cli
