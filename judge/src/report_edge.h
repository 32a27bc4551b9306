// The edge case an "edge case missed" feedback item names, for the report's summary: it reads
// the message back through the built-in template (judge/data/explanation.toml).
#pragma once

#include <string>

namespace judge::report::detail {

/// The edge case in `message`, an explain.edge.missed item's message rendered from the built-in
/// template; the message whole when it does not fit the template (another version's wording).
[[nodiscard]] std::string missed_edge_case(const std::string& message);

}  // namespace judge::report::detail
