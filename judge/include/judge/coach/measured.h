// The explanation's feedback with a complexity probe's measured growth: the one call the
// probe's callers need, without the rules' types (explanation.h has the rules).
#pragma once

#include <string>
#include <string_view>

#include "judge/coach/feedback.h"

namespace judge {
struct Problem;
}

namespace judge::coach {

/// review_explanation(explanation, expectations_of(problem), {measured_class, slope}).feedback:
/// the claimed time against the measured growth n^slope ("explain.measured.*"), with the rest
/// of the feedback as before. `measured_class` is the fitted class ("O(n^2)"), or empty when
/// the fit was not clear.
[[nodiscard]] Feedback feedback_with_measured(const Problem& problem, std::string_view explanation,
                                              const std::string& measured_class, double slope);

}  // namespace judge::coach
