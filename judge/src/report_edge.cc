#include "report_edge.h"

#include <string_view>

#include "coach/messages.h"
#include "judge/coach/explanation.h"

namespace judge::report::detail {

namespace {

// The template is data (explanation.toml): rendered once around a marker, it gives the text
// before and after the case.
struct Template {
  std::string prefix;
  std::string suffix;
  bool found = false;
};

Template edge_template() {
  constexpr std::string_view kMarker = "\x01";
  const std::string text = coach::ExplanationRules::builtin().messages->render(
      "edge_missed", {{"case", std::string(kMarker)}});
  const auto at = text.find(kMarker);
  if (at == std::string::npos) {
    return {};
  }
  return {text.substr(0, at), text.substr(at + kMarker.size()), true};
}

}  // namespace

std::string missed_edge_case(const std::string& message) {
  static const Template t = edge_template();
  const std::size_t around = t.prefix.size() + t.suffix.size();
  if (!t.found || message.size() <= around || message.compare(0, t.prefix.size(), t.prefix) != 0 ||
      message.compare(message.size() - t.suffix.size(), t.suffix.size(), t.suffix) != 0) {
    return message;
  }
  return message.substr(t.prefix.size(), message.size() - around);
}

}  // namespace judge::report::detail
