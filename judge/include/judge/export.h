// judge export: every submission as CSV (RFC 4180), JSON (a versioned shape, docs/cli.md) or
// Markdown, for a spreadsheet, a script or a notebook. Pure: the caller reads the store.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "judge/report.h"
#include "judge/store.h"

namespace judge::exporting {

enum class Format { kCsv, kJson, kMarkdown };

/// "csv", "json", "md" (or "markdown"); nullopt for anything else.
[[nodiscard]] std::optional<Format> parse_format(std::string_view text);

/// The version of the JSON shape ("format": "judge-export"). Raise it when a field changes
/// meaning or goes away; adding a field keeps it. 2: `feedback` is the stored feedback as an
/// object (it was a string, always null, in 1).
inline constexpr int kJsonVersion = 2;

/// What is exported of one submission: the stored row, its feedback (row.feedback) with it.
struct Item {
  SubmissionRow row;
};

/// `{"format": "judge-export", "version": 2, "exported_at": ..., "submissions": [...]}`; each
/// submission is submission_json()'s short form with `explanation` and `feedback`
/// (feedback_json(), or null) added.
[[nodiscard]] nlohmann::json to_json(const std::vector<Item>& items,
                                     const std::string& exported_at);

/// A header line and a line per submission, CRLF line ends, fields quoted where RFC 4180 needs;
/// `feedback` is the feedback's summary line, `warnings` how many things it says to fix.
[[nodiscard]] std::string to_csv(const std::vector<Item>& items);

/// A heading per submission, its figures, its explanation in a fenced block and its feedback
/// as a list; times local.
[[nodiscard]] std::string to_markdown(const std::vector<Item>& items,
                                      const report::LocalTime& local);

/// One CSV field: as it is, or in double quotes (doubling any inside) when it holds a comma,
/// a quote, CR or LF, or starts or ends with a space.
[[nodiscard]] std::string csv_field(std::string_view text);

/// Text for a Markdown line: characters Markdown or HTML would act on are escaped, line
/// breaks become spaces.
[[nodiscard]] std::string markdown_text(std::string_view text);

/// `text` in a fenced code block whose fence is longer than any run of backticks inside.
[[nodiscard]] std::string markdown_fence(std::string_view text);

}  // namespace judge::exporting
