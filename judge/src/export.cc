#include "judge/export.h"

#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "judge/result_json.h"

namespace judge::exporting {

using nlohmann::json;

std::optional<Format> parse_format(std::string_view text) {
  if (text == "csv") {
    return Format::kCsv;
  }
  if (text == "json") {
    return Format::kJson;
  }
  if (text == "md" || text == "markdown") {
    return Format::kMarkdown;
  }
  return std::nullopt;
}

json to_json(const std::vector<Item>& items, const std::string& exported_at) {
  json submissions = json::array();
  for (const auto& item : items) {
    json j = submission_json(item.row, false);
    j["explanation"] = item.row.explanation;
    j["feedback"] = item.row.feedback ? feedback_json(*item.row.feedback) : json(nullptr);
    submissions.push_back(std::move(j));
  }
  return {{"format", "judge-export"},
          {"version", kJsonVersion},
          {"exported_at", exported_at},
          {"submissions", std::move(submissions)}};
}

std::string csv_field(std::string_view text) {
  const bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) {
    return std::string(text);
  }
  std::string out = "\"";
  for (char c : text) {
    out += c;
    if (c == '"') {
      out += '"';
    }
  }
  return out + "\"";
}

std::string to_csv(const std::vector<Item>& items) {
  static constexpr const char* kColumns[] = {
      "id",      "created_at", "finished_at", "problem",  "language",
      "file",    "status",     "verdict",     "passed",   "total",
      "time_ms", "memory_kb",  "explanation", "feedback", "warnings"};
  std::string out;
  for (std::size_t i = 0; i < std::size(kColumns); ++i) {
    out += (i == 0 ? "" : ",") + std::string(kColumns[i]);
  }
  out += "\r\n";
  for (const auto& item : items) {
    const SubmissionRow& r = item.row;
    const std::string fields[] = {
        std::to_string(r.id),
        r.created_at,
        r.finished_at,
        r.problem,
        r.language,
        r.file_name,
        r.status,
        r.verdict ? std::string(code(*r.verdict)) : "",
        std::to_string(r.passed),
        std::to_string(r.planned),
        std::to_string(r.time_ms),
        std::to_string(r.memory_kb),
        r.explanation,
        r.feedback ? r.feedback->summary : "",
        r.feedback ? std::to_string(r.feedback->count(coach::Severity::kWarning)) : ""};
    for (std::size_t i = 0; i < std::size(fields); ++i) {
      out += (i == 0 ? "" : ",") + csv_field(fields[i]);
    }
    out += "\r\n";
  }
  return out;
}

namespace {

// Control characters but tab and newline (a terminal's escape sequences) as U+FFFD: a
// Markdown file is read in terminals too.
std::string without_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\n' && c != '\t') || u == 0x7F) {
      out += "\xEF\xBF\xBD";
    } else {
      out += c;
    }
  }
  return out;
}

std::string local_text(const std::string& iso, const report::LocalTime& local) {
  const auto t = parse_iso8601(iso);
  if (!t) {
    return iso;
  }
  const std::tm tm = local(std::chrono::system_clock::to_time_t(*t));
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
  return buf;
}

}  // namespace

std::string markdown_text(std::string_view text) {
  std::string out;
  for (char c : without_controls(text)) {
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
      continue;
    }
    // The characters CommonMark and HTML act on inside a line (a table cell, a heading).
    if (std::string_view("\\`*_[]<>|&~").find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

std::string markdown_fence(std::string_view text) {
  std::size_t longest = 0;
  std::size_t run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(std::max<std::size_t>(3, longest + 1), '`');
  std::string body = without_controls(text);
  if (!body.empty() && body.back() != '\n') {
    body += '\n';
  }
  return fence + "text\n" + body + fence + "\n";
}

std::string to_markdown(const std::vector<Item>& items, const report::LocalTime& local) {
  std::string out =
      fmt::format("# Submissions\n\n{} submission{}, oldest first; times are local.\n\n",
                  items.size(), items.size() == 1 ? "" : "s");
  if (items.empty()) {
    return out;
  }
  out +=
      "| # | When | Problem | Language | Verdict | Tests | Time | Memory |\n"
      "|--:|---|---|---|---|--:|--:|--:|\n";
  for (const auto& item : items) {
    const SubmissionRow& r = item.row;
    const std::string verdict = r.verdict ? std::string(code(*r.verdict)) : markdown_text(r.status);
    out += fmt::format("| {} | {} | {} | {} | {} | {}/{} | {} ms | {} KiB |\n", r.id,
                       local_text(r.created_at, local), markdown_text(r.problem),
                       markdown_text(r.language), verdict, r.passed, r.planned, r.time_ms,
                       r.memory_kb);
  }
  out += "\n## Explanations\n";
  for (const auto& item : items) {
    const SubmissionRow& r = item.row;
    out += fmt::format("\n### #{} {}, {}\n\n", r.id, markdown_text(r.problem),
                       local_text(r.created_at, local));
    out += r.explanation.empty() ? "(no explanation)\n" : markdown_fence(r.explanation);
    if (r.feedback) {
      out += "\nFeedback: " + markdown_text(r.feedback->summary) + "\n\n";
      for (const auto& f : r.feedback->items) {
        out += fmt::format("- {}: {}\n", coach::to_string(f.severity), markdown_text(f.message));
      }
    }
  }
  return out;
}

}  // namespace judge::exporting
