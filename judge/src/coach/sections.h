// A written answer cut at its headings: Markdown ("## Approach"), a line in bold
// ("**Result**") or a short label that starts a line ("Time: O(n)").
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace judge::coach::detail {

struct Section {
  std::string heading;         ///< the heading's words ("Time complexity"); empty before any
  std::size_t line_begin = 0;  ///< where the heading's line starts
  std::size_t body_begin = 0;  ///< the text under it: byte offsets in the whole text
  std::size_t body_end = 0;
};

/// Says whether a "Label:" at the start of a line is a heading; Markdown and bold headings
/// always are.
using LabelTest = std::function<bool(std::string_view label)>;

/// The sections of `text` in order. The first one has an empty heading and holds what comes
/// before the first heading (it may be empty). A label's own line continues as body:
/// "Time: O(n)" gives heading "Time" and body "O(n)...".
[[nodiscard]] std::vector<Section> split_sections(std::string_view text, const LabelTest& is_label);

/// The index of the section holding byte `offset`.
[[nodiscard]] std::size_t section_at(const std::vector<Section>& sections, std::size_t offset);

}  // namespace judge::coach::detail
