// judge history, judge review, judge stats.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "../feedback.h"
#include "../json_output.h"
#include "commands.h"
#include "judge/clock.h"
#include "judge/error.h"
#include "judge/hash.h"
#include "judge/mock.h"
#include "judge/result_json.h"
#include "judge/session.h"
#include "judge/store.h"

namespace cli {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string when(const std::string& iso) {
  // 2026-11-25T16:17:45.123Z -> 2026-11-25 17:17 in the local time zone (TZ), as a user reads
  // a clock; the database keeps UTC.
  const auto time = judge::parse_iso8601(iso);
  if (!time) {
    return iso;
  }
  const std::time_t secs = std::chrono::system_clock::to_time_t(*time);
  std::tm tm{};
  if (localtime_r(&secs, &tm) == nullptr) {
    return iso;
  }
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
  return buf;
}

std::string verdict_cell(const Terminal& term, const judge::SubmissionRow& r) {
  if (r.status == "interrupted") {
    return term.paint("interrupted", Style::kMagenta);
  }
  if (r.status == "running" || !r.verdict) {
    return term.paint("running", Style::kDim);
  }
  return term.verdict(*r.verdict);
}

struct HistoryOptions {
  std::string problem;
  int limit = 20;
  bool tests = false;
  bool json = false;
};

// The mock sessions beside the submissions listed: all of them when the list holds the whole
// history, else those started since its oldest row; with --problem, those that asked it.
std::vector<judge::MockSummary> history_mocks(Context& ctx, const HistoryOptions& o,
                                              const std::vector<judge::SubmissionRow>& rows) {
  const bool whole = static_cast<int>(rows.size()) < o.limit;
  return ctx.reading_mock().summaries(o.limit, o.problem, whole ? "" : rows.back().created_at);
}

// Submissions and sessions in one array, newest first; a session is {"kind": "mock", ...}.
json history_json(const std::vector<judge::SubmissionRow>& rows,
                  const std::vector<judge::MockSummary>& mocks) {
  json out = json::array();
  auto mock = mocks.begin();
  for (const auto& r : rows) {
    for (; mock != mocks.end() && mock->mock.started_at > r.created_at; ++mock) {
      out.push_back(judge::mock_summary_json(*mock));
      out.back()["kind"] = "mock";
    }
    out.push_back(judge::submission_json(r, false));
  }
  for (; mock != mocks.end(); ++mock) {
    out.push_back(judge::mock_summary_json(*mock));
    out.back()["kind"] = "mock";
  }
  return out;
}

// A section of its own below the submissions: a session's row does not fit their columns.
void print_history_mocks(const Terminal& term, const std::vector<judge::MockSummary>& mocks) {
  if (mocks.empty()) {
    return;
  }
  Table table({"MOCK", "STARTED", "STATUS", "SCORE", "PROBLEMS (✓ solved)"});
  table.align_right(0);
  table.align_right(3);
  for (const auto& m : mocks) {
    table.add({std::to_string(m.mock.id), when(m.mock.started_at), m.mock.status,
               m.score ? std::to_string(*m.score) : "-", summary_problems(m)});
  }
  fmt::print("\n{}{}", term.paint("Mock sessions", Style::kBold), "\n");
  fmt::print("{}", table.render(term));
}

void run_history(Context& ctx, const HistoryOptions& o) {
  auto rows = ctx.reading_session().history(o.problem, o.limit, o.tests);
  const auto mocks = history_mocks(ctx, o, rows);
  if (o.json) {
    fmt::print("{}\n", json_text(history_json(rows, mocks)));
    return;
  }
  if (rows.empty()) {
    fmt::print("No submissions yet{}. Start with: judge list\n",
               o.problem.empty() ? "" : " for " + o.problem);
    print_history_mocks(ctx.term, mocks);
    return;
  }
  Table table({"#", "WHEN", "PROBLEM", "LANG", "VERDICT", "TESTS", "TIME", "MEMORY"});
  table.align_right(0);
  for (const auto& r : rows) {
    table.add({fmt::format("{}{}", r.id, r.kind == judge::RunKind::kTest ? "t" : ""),
               when(r.created_at), printable(r.problem), printable(r.language),
               verdict_cell(ctx.term, r) +
                   (r.revealed_at.empty() ? "" : ctx.term.paint(" revealed", Style::kYellow)),
               fmt::format("{}/{}", r.passed, r.planned), format_ms(r.time_ms),
               format_kib(r.memory_kb)});
  }
  fmt::print("{}", table.render(ctx.term));
  print_history_mocks(ctx.term, mocks);
  fmt::print("{}\n", ctx.term.paint(mocks.empty() ? "'judge review N' shows a submission's code, "
                                                    "explanation and results."
                                                  : "'judge review N' shows a submission's code, "
                                                    "explanation and results; 'judge mock "
                                                    "report N' a session.",
                                    Style::kDim));
}

struct ReviewOptions {
  std::string id;
  bool json = false;
};

struct ForgetOptions {
  std::string id;
  bool undo = false;
};

// A submission's or test run's number as history prints it ("12", or "12t" for a test run;
// "#12" as review prints it).
std::int64_t run_number(const std::string& text) {
  std::string digits = text;
  if (!digits.empty() && digits.front() == '#') {
    digits.erase(0, 1);
  }
  if (!digits.empty() && (digits.back() == 't' || digits.back() == 'T')) {
    digits.pop_back();
  }
  std::int64_t id = 0;
  const bool ok = !digits.empty() && digits.size() <= 18 &&
                  digits.find_first_not_of("0123456789") == std::string::npos &&
                  (id = std::stoll(digits)) > 0;
  if (!ok) {
    throw judge::Error(fmt::format("'{}' is not a submission number", printable(text)),
                       "give the number 'judge history' shows: 12, or 12t for a test run");
  }
  return id;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    lines.push_back(line);
  }
  return lines;
}

// `text`'s lines cut at spaces to at most `width` columns. A colour opened on a line and not
// closed there is closed at its end and opened again on the next, so that it does not paint
// the column beside it.
std::vector<std::string> wrap_lines(const std::string& text, std::size_t width) {
  std::vector<std::string> out;
  std::string open;  // the colour escape in force at the end of the last piece
  auto push = [&out, &open](const std::string& piece) {
    std::string line = open + piece;
    for (std::size_t at = piece.find("\033["); at != std::string::npos;
         at = piece.find("\033[", at + 1)) {
      const std::size_t m = piece.find('m', at);
      if (m == std::string::npos) {
        break;
      }
      const std::string code = piece.substr(at, m + 1 - at);
      open = code == "\033[0m" ? std::string() : code;
    }
    out.push_back(open.empty() ? line : line + "\033[0m");
  };
  for (const auto& line : split_lines(text)) {
    if (display_width(line) <= width) {
      push(line);
      continue;
    }
    std::string current;
    std::istringstream words(line);
    std::string word;
    while (words >> word) {
      if (!current.empty() && display_width(current) + 1 + display_width(word) > width) {
        push(current);
        current.clear();
      }
      current += (current.empty() ? "" : " ") + word;
    }
    push(current);
  }
  return out;
}

// Two texts in columns, wrapped to `width` each; both already made printable.
std::string side_by_side(const std::string& left_title, const std::string& left,
                         const std::string& right_title, const std::string& right,
                         std::size_t width, const Terminal& term) {
  auto a = wrap_lines(left, width);
  auto b = wrap_lines(right, width);
  std::string out = term.paint(fit(left_title, width), Style::kBold) + " │ " +
                    term.paint(right_title, Style::kBold) + "\n";
  for (std::size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
    out += fit(i < a.size() ? a[i] : "", width) + " │ " + (i < b.size() ? b[i] : "") + "\n";
  }
  return out;
}

// The first lines of a review: what was judged, when, how it went.
void print_review_header(Context& ctx, const judge::Review& review) {
  const auto& term = ctx.term;
  const judge::SubmissionRow& row = review.row;
  fmt::print("{} #{}: {} ({}) in {}, {}\n",
             row.kind == judge::RunKind::kTest ? "Test run" : "Submission", row.id,
             printable(review.title), printable(row.problem), printable(row.language),
             when(row.created_at));
  fmt::print("{} {}/{} tests passed, max {} and {}\n", verdict_cell(term, row), row.passed,
             row.planned, format_ms(row.time_ms), format_kib(row.memory_kb));
  if (row.mock != 0) {
    fmt::print("{}\n", term.paint(fmt::format("Part of mock #{}{} (judge mock report {})", row.mock,
                                              row.overtime ? ", after its deadline" : "", row.mock),
                                  Style::kDim));
  }
  if (!row.forgotten_at.empty()) {
    fmt::print("{}\n", term.paint(fmt::format("Forgotten (not in history or stats); bring it "
                                              "back with: judge forget {} --undo",
                                              row.id),
                                  Style::kDim));
  }
  fmt::print("\n");
}

// The user's explanation and the reference's, side by side on a wide terminal; or why the
// reference is not shown, and the setting that changes it.
void print_explanations(Context& ctx, const judge::Review& review) {
  const auto& term = ctx.term;
  const std::string& mine = review.row.explanation;
  const std::string& reference = review.reference;
  const std::size_t half = static_cast<std::size_t>(std::max(40, (term.width() - 3) / 2));
  if (term.width() >= 110 && !reference.empty()) {
    // Rendered as the narrow layout renders it, to the width of its column.
    fmt::print("{}\n", side_by_side("Your explanation", printable(mine), "Reference explanation",
                                    render_markdown(reference, term, half), half, term));
  } else {
    fmt::print("{}\n{}\n\n", term.paint("Your explanation", Style::kBold),
               mine.empty() ? "(none)" : printable(mine));
    if (!reference.empty()) {
      fmt::print("{}\n{}\n", term.paint("Reference explanation", Style::kBold),
                 render_markdown(reference, term));
    }
  }
  if (!review.withheld.empty()) {
    fmt::print("{}\n\n",
               term.paint(fmt::format("Reference explanation not shown: {}. To see it always, "
                                      "set [review] reference = \"always\" in {}.",
                                      review.withheld, (ctx.home() / "config.toml").string()),
                          Style::kDim));
  }
}

// The code with line numbers, the compiler's messages, and each test's result.
void print_code_and_tests(const Terminal& term, const judge::SubmissionRow& row) {
  fmt::print("{} ({})\n", term.paint("Code", Style::kBold), printable(row.file_name));
  auto lines = split_lines(row.source);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    fmt::print("{} {}\n", term.paint(fmt::format("{:4}", i + 1), Style::kDim), printable(lines[i]));
  }
  fmt::print("\n");
  if (!row.compile_ok && row.verdict == judge::Verdict::kCompileError) {
    fmt::print("{}\n{}\n", term.paint("Compiler messages", Style::kBold),
               printable(row.compile_message));
  }
  if (!row.tests.empty()) {
    Table table({"TEST", "VERDICT", "TIME", "MEMORY", "NOTE"});
    for (const auto& t : row.tests) {
      std::string note = t.desc.empty() ? t.message : t.desc;
      table.add({printable(t.name), term.verdict(t.verdict), format_ms(t.time_ms),
                 format_kib(t.memory_kb), printable(note.substr(0, 80))});
    }
    fmt::print("{}", table.render(term));
  }
}

void run_review(Context& ctx, const ReviewOptions& o) {
  const std::int64_t id = run_number(o.id);
  auto review = ctx.reading_session().review(id, ctx.config().reference);
  if (!review) {
    throw judge::Error(fmt::format("there is no submission #{}", id), "'judge history' lists them");
  }
  if (o.json) {
    json j = judge::submission_json(review->row, true);
    // null when the user's setting withholds it (reference_withheld says why); empty when
    // the problem is gone, as before.
    j["reference_explanation"] = review->withheld.empty() ? json(review->reference) : json(nullptr);
    j["reference_withheld"] = judge::or_null(review->withheld);
    fmt::print("{}\n", json_text(j));
    return;
  }
  const Pager pager(ctx.term);
  print_review_header(ctx, *review);
  print_explanations(ctx, *review);
  if (review->row.feedback) {
    fmt::print("{} ({})\n{}\n", ctx.term.paint("Feedback on your explanation", Style::kBold),
               to_fix(*review->row.feedback), render_feedback(*review->row.feedback, ctx.term));
  }
  print_code_and_tests(ctx.term, review->row);
}

void run_forget(Context& ctx, const ForgetOptions& o) {
  const std::int64_t id = run_number(o.id);
  ctx.session().forget(id, !o.undo);
  fmt::print("{} #{}{}\n", o.undo ? "Restored" : "Forgot", id,
             o.undo ? ": it is in the history and the stats again"
                    : fmt::format(": it no longer shows in the history or counts in the stats "
                                  "(judge forget {} --undo brings it back)",
                                  id));
}

// "Hints shown: 3 (two-sum 2, lru-cache 1)", or nothing when none was.
std::string hints_text(const judge::StatsModel& stats) {
  if (stats.hints == 0) {
    return "";
  }
  std::vector<std::string> parts;
  for (const auto& [problem, n] : stats.hints_by_problem) {
    parts.push_back(fmt::format("{} {}", printable(problem), n));
  }
  return fmt::format("Hints shown: {} ({})\n", stats.hints, fmt::join(parts, ", "));
}

// "Mock sessions: 3 (2 ended, 1 abandoned); score best 75 (#2), latest 62 (#3), average
// 68.5", or nothing before the first session.
std::string mocks_text(const judge::MockStats& m) {
  if (m.sessions == 0) {
    return "";
  }
  std::string out = fmt::format("Mock sessions: {} ({} ended", m.sessions, m.ended);
  if (m.abandoned > 0) {
    out += fmt::format(", {} abandoned", m.abandoned);
  }
  if (m.active > 0) {
    out += ", 1 in progress";
  }
  out += ")";
  if (m.best && m.latest && m.average) {
    out += fmt::format("; score best {} (#{}), latest {} (#{}), average {:.1f}", m.best->second,
                       m.best->first, m.latest->second, m.latest->first, *m.average);
  }
  return out + "\n";
}

json stats_json_with(const judge::StatsModel& stats, const judge::MockStats& mocks) {
  json out = judge::stats_json(stats);
  out["hints"] = {{"total", stats.hints}, {"by_problem", stats.hints_by_problem}};
  out["mocks"] = judge::mock_stats_json(mocks);
  return out;
}

void print_tag_table(const Terminal& term, const judge::StatsModel& stats) {
  // The tags practised get a row each; the others one line, or the rows would be mostly 0/N.
  Table tags({"TAG", "SOLVED", "TRIED"});
  std::vector<std::string> untouched;
  for (const auto& [tag, t] : stats.by_tag) {
    if (t.attempted == 0) {
      untouched.push_back(fmt::format("{} ({})", printable(tag), t.total));
    } else {
      tags.add({printable(tag), fmt::format("{}/{}", t.solved, t.total),
                fmt::format("{}/{}", t.attempted, t.total)});
    }
  }
  if (!tags.empty()) {
    fmt::print("{}", tags.render(term));
  }
  if (!untouched.empty()) {
    fmt::print("{}", term.paint(fmt::format("Not tried yet, {} tags (problems in each): {}\n",
                                            untouched.size(), fmt::join(untouched, ", ")),
                                Style::kDim));
  }
}

void print_problem_table(const Terminal& term, const judge::StatsModel& stats) {
  if (stats.problems.empty()) {
    return;
  }
  Table problems({"PROBLEM", "LEVEL", "ATTEMPTS", "HINTS", "SOLVED", "TIME TO FIRST AC"});
  for (const auto& s : stats.problems) {
    std::string to_ac = "-";
    if (s.seconds_to_accept) {
      auto secs = *s.seconds_to_accept;
      to_ac = secs >= 3600 ? fmt::format("{}h{:02}m", secs / 3600, secs % 3600 / 60)
                           : fmt::format("{}m{:02}s", secs / 60, secs % 60);
    }
    const auto hints = stats.hints_by_problem.find(s.problem);
    problems.add({printable(s.problem), printable(s.difficulty), std::to_string(s.attempts),
                  std::to_string(hints == stats.hints_by_problem.end() ? 0 : hints->second),
                  s.solved ? term.paint("yes", Style::kGreen) : "no", to_ac});
  }
  fmt::print("{}", problems.render(term));
}

void run_stats(Context& ctx, bool as_json) {
  const judge::StatsModel stats = ctx.reading_session().stats();
  const judge::MockStats mocks = ctx.reading_mock().stats();
  if (as_json) {
    fmt::print("{}\n", json_text(stats_json_with(stats, mocks)));
    return;
  }
  for (const auto& unreadable : stats.unreadable) {
    fmt::print(stderr, "judge: warning: not counted: {}\n", printable(unreadable));
  }
  const auto& term = ctx.term;
  fmt::print("{} solved, {} submissions", stats.solved, stats.submissions);
  if (stats.reveals > 0) {
    fmt::print(", {} hidden test{} revealed", stats.reveals, stats.reveals == 1 ? "" : "s");
  }
  fmt::print("\n{}{}\n", hints_text(stats), mocks_text(mocks));
  Table levels({"LEVEL", "SOLVED"});
  for (const auto& level : {"easy", "medium", "hard"}) {
    const judge::Tally t = stats.by_difficulty.at(level);
    levels.add({level, fmt::format("{}/{}", t.solved, t.total)});
  }
  fmt::print("{}\n", levels.render(term));
  print_tag_table(term, stats);
  fmt::print("\n");
  print_problem_table(term, stats);
}

}  // namespace

void add_history_commands(CLI::App& app, Context& ctx) {
  auto history = std::make_shared<HistoryOptions>();
  auto* h = app.add_subcommand("history", "List your submissions, newest first");
  h->add_option("--problem", history->problem, "Only this problem");
  h->add_option("--limit", history->limit, "How many (default 20)");
  h->add_flag("--tests", history->tests, "Include test runs (judge test)");
  h->add_flag("--json", history->json, "Print JSON");
  h->callback([&ctx, history] { run_history(ctx, *history); });

  auto review = std::make_shared<ReviewOptions>();
  auto* r = app.add_subcommand("review",
                               "Show a submission: code, explanation, results, and the "
                               "reference explanation");
  r->add_option("id", review->id, "Submission number (see judge history; 12t: a test run)")
      ->required();
  r->add_flag("--json", review->json, "Print JSON");
  r->callback([&ctx, review] { run_review(ctx, *review); });

  auto forget = std::make_shared<ForgetOptions>();
  auto* f = app.add_subcommand("forget",
                               "Take a submission out of the history and the stats (judged "
                               "against the wrong problem, say); review still shows it");
  f->add_option("id", forget->id, "Submission number (see judge history)")->required();
  f->add_flag("--undo", forget->undo, "Bring a forgotten submission back");
  f->callback([&ctx, forget] { run_forget(ctx, *forget); });

  auto stats_json = std::make_shared<bool>(false);
  auto* s = app.add_subcommand("stats", "Solved per level and tag, attempts, time to first AC");
  s->add_flag("--json", *stats_json, "Print JSON");
  s->callback([&ctx, stats_json] { run_stats(ctx, *stats_json); });
}

}  // namespace cli
