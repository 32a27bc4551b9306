// The progress report as one HTML page: the model's numbers in tables (always), the same
// numbers drawn by Chart.js beside them (when it is embedded), styles and script inline, and a
// Content-Security-Policy that lets nothing load from anywhere. Pack titles and tags, problem
// IDs, file names and the user's words are untrusted: each goes through html_escape() into
// text or a quoted attribute, or through script_json() into the page's data.
#include <algorithm>
#include <cmath>
#include <iterator>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "judge/error.h"
#include "judge/report.h"
#include "text.h"

// page.css and page.js, built in (judge/CMakeLists.txt), NUL-terminated.
extern "C" const char judge_report_css[];
extern "C" const char judge_report_js[];

namespace judge::report {

using judge::detail::plural;
using nlohmann::json;

namespace {

// One code point from `text` at `i` if it is well-formed UTF-8 (RFC 3629: no overlong forms,
// no surrogates, nothing above U+10FFFF); its length in `length`, or 0 when it is not.
char32_t decode(std::string_view text, std::size_t i, std::size_t& length) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  const unsigned char b0 = byte(0);
  length = 0;
  if (b0 < 0x80) {
    length = 1;
    return b0;
  }
  std::size_t n = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2;
    cp = b0 & 0x1Fu;
    min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3;
    cp = b0 & 0x0Fu;
    min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4;
    cp = b0 & 0x07u;
    min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > text.size()) {
    return 0;
  }
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(k) & 0xC0) != 0x80) {
      return 0;
    }
    cp = (cp << 6) | (byte(k) & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  length = n;
  return cp;
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Fixed text of the page, through fmt: `{}` placeholders, never data.
template <typename... Args>
void put(std::string& out, fmt::format_string<Args...> format, Args&&... args) {
  fmt::format_to(std::back_inserter(out), format, std::forward<Args>(args)...);
}

std::string h(std::string_view text) {
  return html_escape(text);
}

std::string percent(int part, int whole) {
  if (whole <= 0) {
    return "–";
  }
  return fmt::format("{}%", static_cast<int>(std::lround(100.0 * part / whole)));
}

std::string duration_text(double minutes) {
  if (minutes < 1) {
    return fmt::format("{} s", static_cast<long>(std::lround(minutes * 60)));
  }
  if (minutes < 60) {
    return fmt::format("{:.1f} min", minutes);
  }
  const auto hours = static_cast<long>(minutes / 60);
  if (hours < 48) {
    return fmt::format("{} h {:02} min", hours,
                       static_cast<long>(std::lround(minutes - static_cast<double>(hours) * 60)));
  }
  return fmt::format("{} days", static_cast<long>(std::lround(static_cast<double>(hours) / 24)));
}

// A canvas for chart `name`, with its description for readers that do not see it.
void canvas(std::string& out, std::string_view name, std::string_view label, bool small = false,
            int index = -1) {
  put(out,
      "<figure><div class=\"box{}\"><canvas data-chart=\"{}\"{} role=\"img\" aria-label=\"{}\">",
      small ? " small" : "", name, index >= 0 ? fmt::format(" data-index=\"{}\"", index) : "",
      h(label));
  put(out, "</canvas></div></figure>\n");
}

void empty(std::string& out, std::string_view text) {
  put(out, "<p class=\"empty\">{}</p>\n", h(text));
}

void header(std::string& out, const Model& m, const RenderOptions& o) {
  put(out, "<header>\n<h1>Progress report</h1>\n");
  std::string scope = m.since ? fmt::format("activity from {} on", day_text(*m.since))
                              : std::string("all activity");
  put(out, "<p class=\"meta\">Made {}{}; {}. Dates are local time.</p>\n", h(m.generated),
      m.zone.empty() ? std::string() : " " + h(m.zone), h(scope));
  std::vector<std::string> notes = m.notes;
  if (o.chart_js.empty()) {
    notes.insert(notes.begin(),
                 "No charts: " + o.no_charts_reason + ". Every number is in the tables below.");
  }
  if (!notes.empty()) {
    put(out, "<ul class=\"notes\">\n");
    for (const auto& note : notes) {
      put(out, "<li>{}</li>\n", h(note));
    }
    put(out, "</ul>\n");
  }
  int solved = 0;
  int total = 0;
  for (const auto& [level, t] : m.stats.by_difficulty) {
    solved += t.solved;
    total += t.total;
  }
  put(out, "<dl class=\"summary\">\n");
  put(out, "<div><dt>Problems solved</dt><dd>{} of {}</dd></div>\n", solved, total);
  put(out, "<div><dt>Submissions{}</dt><dd>{}</dd></div>\n", m.since ? " in the period" : "",
      m.window_submissions);
  put(out, "<div><dt>Accepted</dt><dd>{}</dd></div>\n",
      percent(m.window_accepted, m.window_submissions));
  put(out, "<div><dt>Active days{}</dt><dd>{}</dd></div>\n", m.since ? "" : " (past year)",
      m.active_days);
  put(out, "<div><dt>Current streak</dt><dd>{}</dd></div>\n",
      plural(m.current_streak, "day", "days"));
  put(out, "<div><dt>Due for review</dt><dd>{}</dd></div>\n", m.due.size());
  put(out, "</dl>\n</header>\n");
  put(out,
      "<nav aria-label=\"Sections\"><a href=\"#solved\">Solved</a><a "
      "href=\"#calendar\">Calendar</a>"
      "<a href=\"#verdicts\">Verdicts</a><a href=\"#topics\">Topics</a><a href=\"#first-ac\">Time "
      "to first AC</a><a href=\"#due\">Due next</a><a href=\"#mocks\">Mock interviews</a>"
      "<a href=\"#probes\">Complexity probes</a><a href=\"#feedback\">Explanation feedback</a>"
      "</nav>\n");
}

void solved_section(std::string& out, const Model& m, bool charts) {
  put(out, "<section id=\"solved\">\n<h2>Solved per level</h2>\n<div class=\"pair\">\n");
  if (charts) {
    canvas(out, "solved",
           "Bar chart of the problems solved per level against the library; the "
           "table beside has the numbers",
           true);
  }
  put(out,
      "<table id=\"table-solved\"><caption>Problems solved against the library</caption>\n"
      "<thead><tr><th scope=\"col\">Level</th><th scope=\"col\" class=\"num\">Solved</th>"
      "<th scope=\"col\" class=\"num\">In the library</th><th scope=\"col\">Share</th></tr>"
      "</thead>\n<tbody>\n");
  for (const char* level : {"easy", "medium", "hard"}) {
    const auto it = m.stats.by_difficulty.find(level);
    const Tally t = it == m.stats.by_difficulty.end() ? Tally{} : it->second;
    put(out,
        "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>"
        "<td><meter min=\"0\" max=\"{}\" value=\"{}\"></meter> {}</td></tr>\n",
        level, t.solved, t.total, std::max(t.total, 1), t.solved, percent(t.solved, t.total));
  }
  put(out, "</tbody>\n</table>\n</div>\n");
  if (m.library_size == 0) {
    empty(out, "The library has no problems that can be read.");
  }
  put(out, "</section>\n");
}

std::string day_title(const DayCount& d) {
  if (d.submissions == 0) {
    return day_text(d.day) + ": no submissions";
  }
  return fmt::format("{}: {}, {} accepted", day_text(d.day),
                     plural(d.submissions, "submission", "submissions"), d.accepted);
}

// The name of the month over week `w` (counted from `first_monday`): the month holding its
// first day, or, in the first week drawn, the month it starts in.
std::string month_label(std::int64_t first_monday, std::int64_t w, bool first_week) {
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::int64_t monday = first_monday + w * 7;
  std::string label;
  for (std::int64_t d = monday; d < monday + 7; ++d) {
    const std::string text = day_text(d);
    if (text.substr(8) == "01" || (first_week && d == monday)) {
      label = kMonths[std::stoi(text.substr(5, 2)) - 1];
      if (text.substr(8) == "01") {
        break;
      }
    }
  }
  return label;
}

// One table of the calendar: weeks `from` to `to` (exclusive) from `first_monday`, a column
// each, a row per weekday; the shade of a day is its share of the busiest day's submissions.
void calendar_table(std::string& out, const Model& m, std::int64_t first_monday, std::int64_t from,
                    std::int64_t to, int busiest) {
  static constexpr const char* kDays[] = {"Mon", "", "Wed", "", "Fri", "", ""};
  put(out,
      "<div class=\"wide\"><table class=\"calendar\"><caption>Submissions per day, {} to "
      "{} (hover a day for its numbers)</caption>\n<thead><tr><th></th>",
      day_text(std::max(m.calendar_from, first_monday + from * 7)),
      day_text(std::min(m.today, first_monday + to * 7 - 1)));
  for (std::int64_t w = from; w < to; ++w) {
    // In a span laid out of the flow: a month's name does not widen its week.
    put(out, "<th scope=\"col\"><span>{}</span></th>", month_label(first_monday, w, w == from));
  }
  put(out, "</tr></thead>\n<tbody>\n");
  for (int row = 0; row < 7; ++row) {
    put(out, "<tr><th scope=\"row\">{}</th>", kDays[row]);
    for (std::int64_t w = from; w < to; ++w) {
      const std::int64_t day = first_monday + w * 7 + row;
      if (day < m.calendar_from || day > m.today) {
        put(out, "<td class=\"out\"></td>");
        continue;
      }
      const DayCount& d = m.calendar[static_cast<std::size_t>(day - m.calendar_from)];
      const int level =
          d.submissions == 0 ? 0 : std::clamp((4 * d.submissions + busiest - 1) / busiest, 1, 4);
      const std::string title = day_title(d);
      put(out, "<td class=\"l{}\" title=\"{}\" aria-label=\"{}\"></td>", level, title, title);
    }
    put(out, "</tr>\n");
  }
  put(out, "</tbody></table></div>\n");
}

void calendar_section(std::string& out, const Model& m) {
  put(out, "<section id=\"calendar\">\n<h2>Submission calendar</h2>\n");
  int busiest = 0;
  for (const auto& d : m.calendar) {
    busiest = std::max(busiest, d.submissions);
  }
  // Weeks from the Monday on or before the first day; tables of up to 53 weeks each.
  const std::int64_t first_monday = m.calendar_from - weekday(m.calendar_from);
  const std::int64_t weeks = (m.today - first_monday) / 7 + 1;
  for (std::int64_t from = 0; from < weeks; from += 53) {
    calendar_table(out, m, first_monday, from, std::min(weeks, from + 53), busiest);
  }
  put(out,
      "<p class=\"legend\" aria-hidden=\"true\">Fewer <span class=\"l0\"></span><span "
      "class=\"l1\"></span><span class=\"l2\"></span><span class=\"l3\"></span><span "
      "class=\"l4\"></span> more (the busiest day: {})</p>\n",
      plural(busiest, "submission", "submissions"));
  put(out, "<p>{} with submissions; the longest streak {}, the current one {}.",
      plural(m.active_days, "day", "days"), plural(m.longest_streak, "day", "days"),
      plural(m.current_streak, "day", "days"));
  if (m.earlier_submissions > 0) {
    put(out, " {} before {} are not drawn (<code>judge report --since DATE</code> shows them).",
        plural(m.earlier_submissions, "submission", "submissions"), day_text(m.calendar_from));
  }
  put(out, "</p>\n");
  const auto active = std::count_if(m.calendar.begin(), m.calendar.end(),
                                    [](const DayCount& d) { return d.submissions > 0; });
  put(out,
      "<details><summary>The numbers: days with submissions ({})</summary>\n"
      "<table id=\"table-calendar\"><caption>Submissions per day</caption>\n<thead><tr><th "
      "scope=\"col\">Day</th><th scope=\"col\" class=\"num\">Submissions</th><th scope=\"col\" "
      "class=\"num\">Accepted</th></tr></thead>\n<tbody>\n",
      active);
  for (const auto& d : m.calendar) {
    if (d.submissions > 0) {
      put(out, "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
          day_text(d.day), d.submissions, d.accepted);
    }
  }
  put(out, "</tbody></table></details>\n</section>\n");
}

void verdicts_section(std::string& out, const Model& m, bool charts) {
  put(out, "<section id=\"verdicts\">\n<h2>Verdicts over time</h2>\n");
  if (m.verdict_mix.empty()) {
    empty(out, m.since ? "No judged submissions in this period." : "No judged submissions yet.");
    put(out, "</section>\n");
    return;
  }
  put(out, "<p class=\"note\">Submissions per {} by verdict{}.", m.verdict_unit,
      m.since ? ", in the period" : "");
  if (m.unjudged > 0) {
    put(out, " {} without a verdict (interrupted) {} not counted.",
        plural(m.unjudged, "submission", "submissions"), m.unjudged == 1 ? "is" : "are");
  }
  put(out, "</p>\n");
  if (charts) {
    canvas(out, "verdicts",
           "Stacked bar chart of submissions per period by verdict; the table below has the "
           "numbers");
  }
  put(out,
      "<details{}><summary>The numbers: submissions per {} and verdict</summary>\n<div "
      "class=\"wide\"><table id=\"table-verdicts\"><caption>Verdicts per {}</caption>\n"
      "<thead><tr><th scope=\"col\">{}</th>",
      charts ? "" : " open", m.verdict_unit, m.verdict_unit,
      m.verdict_unit == "week"  ? "Week from"
      : m.verdict_unit == "day" ? "Day"
                                : "Month");
  for (const auto& c : m.verdicts) {
    put(out, "<th scope=\"col\" class=\"num\">{}</th>", c);
  }
  put(out, "<th scope=\"col\" class=\"num\">All</th></tr></thead>\n<tbody>\n");
  for (const auto& b : m.verdict_mix) {
    int all = 0;
    for (const auto& [c, n] : b.verdicts) {
      all += n;
    }
    const std::string label = day_text(b.first_day);
    put(out, "<tr><th scope=\"row\">{}</th>",
        m.verdict_unit == "month" ? label.substr(0, 7) : label);
    for (const auto& c : m.verdicts) {
      const auto it = b.verdicts.find(c);
      put(out, "<td class=\"num\">{}</td>", it == b.verdicts.end() ? 0 : it->second);
    }
    put(out, "<td class=\"num\">{}</td></tr>\n", all);
  }
  put(out, "</tbody></table></div></details>\n</section>\n");
}

void topics_section(std::string& out, const Model& m, bool charts) {
  put(out,
      "<section id=\"topics\">\n<h2>Topics</h2>\n<p class=\"note\">Weakest first: the smallest "
      "share of tried problems solved, then the most submissions spent; topics not tried yet "
      "last. Counts the whole history.</p>\n");
  if (m.topics.empty()) {
    empty(out, "The library's problems have no tags.");
    put(out, "</section>\n");
    return;
  }
  put(out, "<div class=\"pair even\">\n");
  if (charts) {
    canvas(out, "topics",
           "Stacked bar chart per tag of the library's problems solved, tried and not tried; the "
           "table beside has the numbers");
  }
  put(out,
      "<div class=\"wide\"><table id=\"table-topics\" class=\"compact\"><caption>Per "
      "tag</caption>\n<thead><tr><th "
      "scope=\"col\">Tag</th><th scope=\"col\" class=\"num\">Solved</th><th scope=\"col\" "
      "class=\"num\">Tried</th><th scope=\"col\" class=\"num\">In the library</th><th "
      "scope=\"col\" class=\"num\">Solve rate</th><th scope=\"col\" "
      "class=\"num\">Submissions</th></tr>"
      "</thead>\n<tbody>\n");
  for (const auto& t : m.topics) {
    put(out,
        "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td "
        "class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
        h(t.tag), t.solved, t.tried, t.problems, t.tried > 0 ? percent(t.solved, t.tried) : "–",
        t.submissions);
  }
  put(out, "</tbody></table></div>\n</div>\n</section>\n");
}

void first_ac_section(std::string& out, const Model& m, bool charts) {
  put(out, "<section id=\"first-ac\">\n<h2>Time to first AC</h2>\n");
  if (m.first_accepts.empty()) {
    empty(out, "Nothing solved yet.");
    put(out, "</section>\n");
    return;
  }
  put(out,
      "<p class=\"note\">From <code>judge start</code> (or the first submission) to the first "
      "accepted submission, per problem, in the order solved. The dashed line is the median of "
      "the last five of a level.</p>\n");
  if (m.trends.empty()) {
    put(out, "<p>A trend shows once a level has four problems solved.</p>\n");
  } else {
    put(out, "<ul>\n");
    for (const auto& t : m.trends) {
      // Within a tenth, or within a minute, is no change worth a word.
      const double earlier = t.earlier_median_min;
      const double later = t.later_median_min;
      const bool same = std::abs(later - earlier) < 1 ||
                        std::abs(later - earlier) < 0.1 * std::max(earlier, later);
      const std::string direction = same ? "about the same" : later < earlier ? "faster" : "slower";
      put(out,
          "<li>{}: the median was {} over the first {} solved and {} over the last {}: {}.</li>\n",
          t.difficulty, duration_text(t.earlier_median_min), t.count / 2,
          duration_text(t.later_median_min), t.count / 2, direction);
    }
    put(out, "</ul>\n");
  }
  put(out, "<div class=\"pair even\">\n");
  if (charts) {
    canvas(out, "first_ac",
           "Scatter chart of the time to first AC per problem, by the day it was solved, with "
           "the median of each level; the table beside has the numbers");
  }
  put(out,
      "<div class=\"wide\"><table id=\"table-first-ac\"><caption>Solved problems, in the order "
      "solved</caption>\n<thead><tr><th scope=\"col\">Problem</th><th scope=\"col\">Level</th>"
      "<th scope=\"col\">First AC</th><th scope=\"col\" class=\"num\">Time to it</th><th "
      "scope=\"col\" class=\"num\">Submissions</th></tr></thead>\n<tbody>\n");
  for (const auto& f : m.first_accepts) {
    put(out,
        "<tr><th scope=\"row\">{} <span class=\"note\">{}</span></th><td>{}</td><td "
        "class=\"date\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
        h(f.title), f.title == f.problem ? "" : h(f.problem), h(f.difficulty), day_text(f.day),
        duration_text(static_cast<double>(f.seconds) / 60.0), f.attempts);
  }
  put(out, "</tbody></table></div>\n</div>\n</section>\n");
}

void due_table(std::string& out, std::string_view id, std::string_view caption,
               const std::vector<DueRow>& rows, bool when) {
  put(out,
      "<table id=\"{}\"><caption>{}</caption>\n<thead><tr><th scope=\"col\">Problem</th><th "
      "scope=\"col\">Level</th>{}<th scope=\"col\">Why</th></tr></thead>\n<tbody>\n",
      id, h(caption), when ? "<th scope=\"col\">Due</th>" : "");
  for (const auto& r : rows) {
    put(out, "<tr><th scope=\"row\">{} <span class=\"note\">{}</span></th><td>{}</td>", h(r.title),
        r.title == r.problem ? "" : h(r.problem), h(r.difficulty));
    if (when) {
      put(out, "<td class=\"date kind-{}\">{}</td>", r.kind, r.due_day ? day_text(*r.due_day) : "");
    }
    put(out, "<td>{}</td></tr>\n", h(r.reason));
  }
  put(out, "</tbody></table>\n");
}

void due_section(std::string& out, const Model& m) {
  put(out,
      "<section id=\"due\">\n<h2>What is due next</h2>\n<p class=\"note\">From the practice "
      "schedule (SM-2 over your submissions; see <code>docs/coaching-signals.md</code>).</p>\n");
  if (m.due.empty()) {
    empty(out, "Nothing is due for review today.");
  } else {
    due_table(out, "table-due", "Due for review now, earliest first", m.due, true);
  }
  if (!m.upcoming.empty()) {
    due_table(out, "table-upcoming", "Coming up", m.upcoming, true);
  }
  if (!m.fresh.empty()) {
    due_table(out, "table-new", "New problems to try, weakest topic first", m.fresh, false);
  }
  put(out, "</section>\n");
}

std::string score_text(const MockSession& s) {
  return s.score ? fmt::format("{:.0f}", *s.score) : "–";
}

// The tables of one session: its score's parts, its problems, its timeline, its feedback. On
// the session's own page (`ids`) the tables carry ids; in the report there may be many.
void mock_body(std::string& out, const MockSession& s, bool ids) {
  const auto id = [ids](std::string_view name) {
    return ids ? fmt::format(" id=\"table-mock-{}\"", name) : std::string();
  };
  put(out,
      "<table{}><caption>Score: {} of 100{}</caption>\n<thead><tr><th scope=\"col\">Part</th><th "
      "scope=\"col\" class=\"num\">Points</th><th scope=\"col\" class=\"num\">Of</th><th "
      "scope=\"col\">Why</th></tr></thead>\n<tbody>\n",
      id("score"), score_text(s), s.score ? "" : " (" + h(s.status) + ", not scored)");
  for (const auto& p : s.parts) {
    put(out,
        "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>"
        "<td>{}</td></tr>\n",
        h(p.part), p.points, p.possible, h(fmt::format("{}", fmt::join(p.reasons, "; "))));
  }
  put(out,
      "</tbody></table>\n<table{}><caption>Problems</caption>\n<thead><tr><th "
      "scope=\"col\">Problem</th><th scope=\"col\">Level</th><th scope=\"col\">Outcome</th><th "
      "scope=\"col\" class=\"num\">Submissions</th><th scope=\"col\" class=\"num\">Test "
      "runs</th><th scope=\"col\" class=\"num\">Rejected</th><th scope=\"col\" "
      "class=\"num\">Hints</th></tr></thead>\n<tbody>\n",
      id("problems"));
  for (const auto& p : s.problems) {
    put(out,
        "<tr><th scope=\"row\">{} <span class=\"note\">{}</span></th><td>{}</td><td>{}</td><td "
        "class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td "
        "class=\"num\">{}</td></tr>\n",
        h(p.title), p.title == p.problem ? "" : h(p.problem), h(p.difficulty), h(p.outcome),
        p.submissions, p.test_runs, p.rejected, p.hints);
  }
  put(out,
      "</tbody></table>\n<table{}><caption>Timeline (local time, and since the "
      "start)</caption>\n<thead><tr><th scope=\"col\">At</th><th "
      "scope=\"col\">What</th></tr></thead>\n<tbody>\n",
      id("timeline"));
  for (const auto& e : s.timeline) {
    put(out, "<tr><td class=\"date\">{}</td><td>{}</td></tr>\n", h(e.at), h(e.what));
  }
  put(out, "</tbody></table>\n");
  for (const auto& f : s.feedback) {
    put(out, "<h4>Feedback: {}</h4>\n<p>{}</p>\n<ul class=\"feedback\">\n", h(f.about),
        h(f.summary));
    for (const auto& [severity, message] : f.items) {
      put(out, "<li class=\"sev-{}\"><span class=\"sev\">{}</span> {}</li>\n", h(severity),
          h(severity), h(message));
    }
    put(out, "</ul>\n");
  }
}

void mocks_section(std::string& out, const Model& m, bool charts) {
  put(out, "<section id=\"mocks\">\n<h2>Mock interviews</h2>\n");
  if (m.mocks.empty()) {
    empty(out, "No mock interviews recorded yet.");
    put(out, "</section>\n");
    return;
  }
  const bool scored = std::any_of(m.mocks.begin(), m.mocks.end(),
                                  [](const MockSession& s) { return s.score.has_value(); });
  put(out, "<div class=\"pair even\">\n");
  if (charts && scored) {
    canvas(out, "mocks",
           "Line chart of the mock interviews' scores over time; the table beside has the "
           "numbers");
  }
  put(out,
      "<div class=\"wide\"><table id=\"table-mocks\"><caption>Sessions, oldest "
      "first</caption>\n<thead><tr><th scope=\"col\">Started</th><th scope=\"col\" "
      "class=\"num\">Minutes</th><th scope=\"col\" class=\"num\">Score</th><th "
      "scope=\"col\">Summary</th></tr></thead>\n<tbody>\n");
  for (const auto& s : m.mocks) {
    put(out,
        "<tr><th scope=\"row\">#{} {}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>"
        "<td>{}</td></tr>\n",
        s.id, h(s.started), s.minutes, score_text(s), h(s.summary));
  }
  put(out, "</tbody></table></div>\n</div>\n");
  // The drill-down folds open in place: no links, nothing to fetch.
  for (const auto& s : m.mocks) {
    put(out, "<details class=\"mock\"><summary>Session #{}, {}: {}</summary>\n", s.id, h(s.started),
        s.score ? "score " + score_text(s) : h(s.status));
    mock_body(out, s, false);
    put(out, "</details>\n");
  }
  put(out, "</section>\n");
}

void probes_section(std::string& out, const Model& m, bool charts) {
  put(out, "<section id=\"probes\">\n<h2>Complexity probes</h2>\n");
  if (m.probes.empty()) {
    empty(out, "No complexity probes recorded yet.");
    put(out, "</section>\n");
    return;
  }
  for (std::size_t i = 0; i < m.probes.size(); ++i) {
    const ProbePlot& p = m.probes[i];
    put(out, "<h3>{} <span class=\"note\">{}</span></h3>\n", h(p.title),
        p.title == p.problem ? "" : h(p.problem));
    put(out, "<p>{}{}{}</p>\n", p.fitted.empty() ? "No class fits" : "Fitted: " + h(p.fitted),
        p.expected.empty() ? "" : "; expected: " + h(p.expected),
        p.summary.empty() ? "." : ". " + h(p.summary));
    put(out, "<div class=\"pair\">\n");
    if (charts && !p.points.empty()) {
      canvas(out, "probe",
             "Log-log plot of the measured CPU time against n, with the fitted curve; the table "
             "beside has the numbers",
             false, static_cast<int>(i));
    }
    put(out,
        "<table><caption>Measured sizes</caption>\n<thead><tr><th scope=\"col\" "
        "class=\"num\">n</th><th scope=\"col\" class=\"num\">CPU seconds</th><th "
        "scope=\"col\">Note</th></tr></thead>\n<tbody>\n");
    for (const auto& pt : p.points) {
      put(out, "<tr><td class=\"num\">{}</td><td class=\"num\">{:.4f}</td><td>{}</td></tr>\n",
          static_cast<long long>(pt.n), pt.seconds,
          pt.hit_limit ? "stopped at the time limit" : "");
    }
    put(out, "</tbody></table>\n</div>\n");
  }
  put(out, "</section>\n");
}

void feedback_problems(std::string& out, const FeedbackSummary& f, bool charts) {
  put(out, "<div class=\"pair even\">\n");
  if (charts) {
    canvas(out, "feedback",
           "Stacked bar chart per problem of complexity claims wrong, missing, and edge cases "
           "missed; the table beside has the numbers");
  }
  put(out,
      "<div class=\"wide\"><table id=\"table-feedback-problems\" class=\"compact\"><caption>Per "
      "problem, the most to fix first</caption>\n<thead><tr><th scope=\"col\">Problem</th><th "
      "scope=\"col\" class=\"num\">Explanations</th><th scope=\"col\" "
      "class=\"num\">Complexity wrong</th><th scope=\"col\" class=\"num\">Complexity "
      "missing</th><th scope=\"col\" class=\"num\">Edge cases missed</th></tr></thead>\n"
      "<tbody>\n");
  for (const auto& p : f.problems) {
    put(out,
        "<tr><th scope=\"row\">{} <span class=\"note\">{}</span></th><td class=\"num\">{}</td>"
        "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
        h(p.title), p.title == p.problem ? "" : h(p.problem), p.explanations, p.complexity_wrong,
        p.complexity_missing, p.edge_cases_missed);
  }
  put(out, "</tbody></table></div>\n</div>\n");
}

// The edge cases shown before the rest are folded away.
constexpr std::size_t kTopEdgeCases = 10;

void edge_case_table(std::string& out, const std::vector<std::pair<std::string, int>>& edges,
                     std::size_t from, std::size_t to, std::string_view id,
                     std::string_view caption) {
  put(out,
      "<table{}><caption>{}</caption>\n<thead><tr><th scope=\"col\">Edge case</th><th "
      "scope=\"col\" class=\"num\">Times missed</th></tr></thead>\n<tbody>\n",
      id, caption);
  for (std::size_t i = from; i < std::min(to, edges.size()); ++i) {
    put(out, "<tr><td>{}</td><td class=\"num\">{}</td></tr>\n", h(edges[i].first), edges[i].second);
  }
  put(out, "</tbody></table>\n");
}

void feedback_section(std::string& out, const Model& m, bool charts) {
  put(out, "<section id=\"feedback\">\n<h2>Explanation feedback</h2>\n");
  if (!m.feedback || m.feedback->explanations == 0) {
    empty(out, "No explanation feedback recorded yet.");
    put(out, "</section>\n");
    return;
  }
  const FeedbackSummary& f = *m.feedback;
  put(out,
      "<p class=\"note\">From the feedback given on each submission's explanation, over the "
      "whole history. A claim is wrong when the feedback warned about it: worse than the "
      "problem's bound, better than it while naming a cost left out, or against what a "
      "complexity probe measured.</p>\n");
  put(out,
      "<table id=\"table-feedback\"><caption>Over {}</caption>\n<tbody>\n<tr><th "
      "scope=\"row\">Stated a time complexity</th><td class=\"num\">{}</td><td>{}</td></tr>\n"
      "<tr><th scope=\"row\">Complexity claims that were wrong</th><td class=\"num\">{}</td>"
      "<td>{} of the claims</td></tr>\n<tr><th scope=\"row\">No time complexity "
      "stated</th><td class=\"num\">{}</td><td>{}</td></tr>\n</tbody></table>\n",
      plural(f.explanations, "explanation", "explanations"), f.complexity_claims,
      percent(f.complexity_claims, f.explanations), f.complexity_wrong,
      percent(f.complexity_wrong, f.complexity_claims), f.complexity_missing,
      percent(f.complexity_missing, f.explanations));
  if (f.missed_edge_cases.empty()) {
    put(out, "<p>No edge case was missed.</p>\n");
  } else {
    edge_case_table(out, f.missed_edge_cases, 0, kTopEdgeCases, " id=\"table-edge-cases\"",
                    "Edge cases not named, the most often first");
    if (f.missed_edge_cases.size() > kTopEdgeCases) {
      put(out, "<details><summary>The other {} edge cases missed</summary>\n",
          f.missed_edge_cases.size() - kTopEdgeCases);
      edge_case_table(out, f.missed_edge_cases, kTopEdgeCases, f.missed_edge_cases.size(), "",
                      "The rest, the most often first");
      put(out, "</details>\n");
    }
  }
  if (!f.problems.empty()) {
    feedback_problems(out, f, charts);
  }
  put(out, "</section>\n");
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 0;
    const char32_t cp = decode(text, i, length);
    if (length == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    switch (cp) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        // C0 and C1 controls (a terminal's escape sequences, NUL): nothing a page shows.
        if ((cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp <= 0x9F)) {
          out += kReplacement;
        } else {
          out.append(text.substr(i, length));
        }
    }
    i += length;
  }
  return out;
}

std::string script_json(const json& value) {
  const std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size() + 64);
  // Outside strings JSON has none of these characters, so escaping them keeps it the same
  // value; inside a <script> element "</script" or "<!--" would end or bend it.
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
               (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
      // U+2028 and U+2029 end a line in older JavaScript.
      out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

json feedback_data(const Model& m) {
  json feedback = {{"problems", json::array()},
                   {"wrong", json::array()},
                   {"missing", json::array()},
                   {"edges", json::array()}};
  if (m.feedback) {
    for (const auto& p : m.feedback->problems) {
      feedback["problems"].push_back(p.title);
      feedback["wrong"].push_back(p.complexity_wrong);
      feedback["missing"].push_back(p.complexity_missing);
      feedback["edges"].push_back(p.edge_cases_missed);
    }
  }
  return feedback;
}

}  // namespace

json chart_data(const Model& m) {
  json solved = {{"levels", json::array()}, {"solved", json::array()}, {"total", json::array()}};
  for (const char* level : {"easy", "medium", "hard"}) {
    const auto it = m.stats.by_difficulty.find(level);
    const Tally t = it == m.stats.by_difficulty.end() ? Tally{} : it->second;
    solved["levels"].push_back(level);
    solved["solved"].push_back(t.solved);
    solved["total"].push_back(t.total);
  }
  json verdicts = {{"unit", m.verdict_unit}, {"codes", m.verdicts}, {"labels", json::array()}};
  json counts = json::object();
  for (const auto& c : m.verdicts) {
    counts[c] = json::array();
  }
  for (const auto& b : m.verdict_mix) {
    verdicts["labels"].push_back(b.label);
    for (const auto& c : m.verdicts) {
      const auto it = b.verdicts.find(c);
      counts[c].push_back(it == b.verdicts.end() ? 0 : it->second);
    }
  }
  verdicts["counts"] = counts;
  json topics = {{"tags", json::array()},
                 {"solved", json::array()},
                 {"tried", json::array()},
                 {"problems", json::array()}};
  for (const auto& t : m.topics) {
    topics["tags"].push_back(t.tag);
    topics["solved"].push_back(t.solved);
    topics["tried"].push_back(std::max(t.tried, t.solved));
    topics["problems"].push_back(std::max({t.problems, t.tried, t.solved}));
  }
  json points = json::array();
  for (const auto& f : m.first_accepts) {
    // A log axis cannot place 0: a first AC within seconds is drawn at 6 s.
    points.push_back({{"x", f.day},
                      {"y", std::max(0.1, static_cast<double>(f.seconds) / 60.0)},
                      {"median", std::max(0.1, f.rolling_median_min)},
                      {"level", f.difficulty},
                      {"title", f.title}});
  }
  json mocks = {{"labels", json::array()}, {"scores", json::array()}};
  for (const auto& s : m.mocks) {
    mocks["labels"].push_back(s.started);
    mocks["scores"].push_back(s.score ? json(*s.score) : json(nullptr));
  }
  json probes = json::array();
  for (const auto& p : m.probes) {
    json pts = json::array();
    for (const auto& pt : p.points) {
      pts.push_back({{"x", pt.n}, {"y", pt.seconds}, {"limit", pt.hit_limit}});
    }
    json curve = json::array();
    for (const auto& pt : p.curve) {
      curve.push_back({{"x", pt.n}, {"y", pt.seconds}});
    }
    probes.push_back({{"fitted", p.fitted}, {"points", pts}, {"curve", curve}});
  }
  return {{"solved", solved},
          {"verdicts", verdicts},
          {"topics", topics},
          {"first_ac", {{"levels", {"easy", "medium", "hard"}}, {"points", points}}},
          {"mocks", mocks},
          {"probes", probes},
          {"feedback", feedback_data(m)}};
}

namespace {

// Refuses a Chart.js that would end its <script> element early.
void check_chart_js(const RenderOptions& o) {
  std::string lower = o.chart_js;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower.find("</script") != std::string::npos || lower.find("<!--") != std::string::npos) {
    throw Error("the Chart.js file holds \"</script\" or \"<!--\", which would break the page",
                "reinstall the package libjs-chart.js (apt-get install --reinstall "
                "libjs-chart.js), or make the report without it");
  }
}

// The document up to <body>: the marker, the policy, the title and the styles.
void page_start(std::string& out, const std::string& title, const std::string& nonce) {
  put(out, "<!DOCTYPE html>\n{}\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n", kMarker);
  put(out, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  // Nothing loads from anywhere: no fetch, no image, no font, no frame; only this page's own
  // styles and scripts, by nonce, so that markup slipped into the data could not run either.
  put(out,
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src "
      "'nonce-{0}'; style-src 'nonce-{0}'; base-uri 'none'; form-action "
      "'none'\">\n",
      nonce);
  put(out, "<meta name=\"generator\" content=\"judge report\">\n");
  put(out, "<title>{}</title>\n", h(title));
  put(out, "<style nonce=\"{}\">\n{}</style>\n</head>\n<body>\n", nonce, judge_report_css);
}

// The footer, the charts' data and the scripts, to the end of the document.
void page_end(std::string& out, const std::string& generated, const json& data,
              const std::string& nonce, const RenderOptions& o) {
  put(out,
      "</main>\n<footer>Made by <code>judge</code> on {}. Nothing on this page "
      "is fetched from the network.</footer>\n",
      h(generated));
  put(out, "<script type=\"application/json\" id=\"report-data\">{}</script>\n", script_json(data));
  if (!o.chart_js.empty()) {
    put(out, "<script nonce=\"{}\">\n{}\n</script>\n", nonce, o.chart_js);
  }
  put(out, "<script nonce=\"{}\">\n{}</script>\n</body>\n</html>\n", nonce, judge_report_js);
}

}  // namespace

std::string render_html(const Model& m, const RenderOptions& o) {
  check_chart_js(o);
  const bool charts = !o.chart_js.empty();
  const std::string nonce = h(o.nonce.empty() ? random_nonce() : o.nonce);
  std::string out;
  out.reserve(o.chart_js.size() + 64 * 1024);
  page_start(out, "Progress report, " + day_text(m.today), nonce);
  header(out, m, o);
  put(out, "<main>\n");
  solved_section(out, m, charts);
  calendar_section(out, m);
  verdicts_section(out, m, charts);
  topics_section(out, m, charts);
  first_ac_section(out, m, charts);
  due_section(out, m);
  mocks_section(out, m, charts);
  probes_section(out, m, charts);
  feedback_section(out, m, charts);
  page_end(out, m.generated, chart_data(m), nonce, o);
  return out;
}

std::string render_mock_html(const MockSession& s, const std::string& generated,
                             const RenderOptions& o) {
  check_chart_js(o);
  const bool charts = !o.chart_js.empty();
  const std::string nonce = h(o.nonce.empty() ? random_nonce() : o.nonce);
  std::string out;
  out.reserve(o.chart_js.size() + 16 * 1024);
  page_start(out, fmt::format("Mock interview #{}, {}", s.id, s.started), nonce);
  put(out, "<header>\n<h1>Mock interview #{}</h1>\n", s.id);
  put(out, "<p class=\"meta\">Started {} (local time), {} minutes: {}.</p>\n", h(s.started),
      s.minutes, h(s.summary));
  if (!charts) {
    put(out,
        "<ul class=\"notes\"><li>No charts: {}. Every number is in the tables below.</li></ul>\n",
        h(o.no_charts_reason));
  }
  put(out, "<dl class=\"summary\">\n<div><dt>Score</dt><dd>{}</dd></div>\n", score_text(s));
  put(out, "<div><dt>Problems solved</dt><dd>{} of {}</dd></div>\n",
      std::count_if(s.problems.begin(), s.problems.end(),
                    [](const MockProblem& p) { return p.solved; }),
      s.problems.size());
  put(out,
      "</dl>\n</header>\n<main>\n<section id=\"mock\">\n<h2>Score, problems and timeline</h2>\n");
  if (charts && !s.parts.empty()) {
    canvas(out, "mock_parts",
           "Bar chart of the points of each part of the score against what it could have "
           "had; the score table below has the numbers",
           true);
  }
  mock_body(out, s, true);
  put(out, "</section>\n");
  json parts = {{"labels", json::array()}, {"points", json::array()}, {"possible", json::array()}};
  for (const auto& p : s.parts) {
    parts["labels"].push_back(p.part);
    parts["points"].push_back(p.points);
    parts["possible"].push_back(p.possible);
  }
  page_end(out, generated, {{"mock_parts", parts}}, nonce, o);
  return out;
}

}  // namespace judge::report
