// Guessing what a mistyped word meant, for "did you mean" in errors.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace judge::detail {

/// The closest of `choices` to `word` if it is close enough to be a likely typo.
[[nodiscard]] std::optional<std::string> closest(std::string_view word,
                                                 const std::vector<std::string>& choices);

}  // namespace judge::detail
