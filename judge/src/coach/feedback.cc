#include "judge/coach/feedback.h"

#include <algorithm>

namespace judge::coach {

std::string_view to_string(Severity severity) noexcept {
  switch (severity) {
    case Severity::kPraise:
      return "praise";
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
  }
  return "info";
}

std::size_t Feedback::count(Severity severity) const {
  return static_cast<std::size_t>(
      std::count_if(items.begin(), items.end(),
                    [severity](const auto& item) { return item.severity == severity; }));
}

bool Feedback::has(std::string_view code) const {
  return find(code) != nullptr;
}

const FeedbackItem* Feedback::find(std::string_view code) const {
  for (const auto& item : items) {
    if (item.code == code) {
      return &item;
    }
  }
  return nullptr;
}

}  // namespace judge::coach
