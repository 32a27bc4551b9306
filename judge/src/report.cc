// The progress report's model. The HTML page is drawn from it in report_html.cc.
#include "judge/report.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <random>
#include <set>
#include <tuple>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "judge/coach/schedule.h"
#include "judge/error.h"
#include "judge/probe.h"
#include "report_edge.h"

namespace judge::report {

namespace chr = std::chrono;

std::tm system_local_time(std::time_t t) {
  std::tm tm{};
  localtime_r(&t, &tm);
  return tm;
}

std::int64_t day_number(const std::tm& local) {
  const chr::year_month_day ymd{chr::year{local.tm_year + 1900},
                                chr::month{static_cast<unsigned>(local.tm_mon + 1)},
                                chr::day{static_cast<unsigned>(local.tm_mday)}};
  return chr::sys_days{ymd}.time_since_epoch().count();
}

namespace {

chr::year_month_day civil(std::int64_t day) {
  return chr::year_month_day{chr::sys_days{chr::days{day}}};
}

}  // namespace

std::string day_text(std::int64_t day) {
  const auto ymd = civil(day);
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

int weekday(std::int64_t day) {
  return static_cast<int>(chr::weekday{chr::sys_days{chr::days{day}}}.iso_encoding()) - 1;
}

std::string random_nonce() {
  std::random_device device;
  std::string out;
  for (int i = 0; i < 4; ++i) {
    out += fmt::format("{:08x}", device());
  }
  return out;
}

namespace {

constexpr int kRollingWindow = 5;

double median(std::vector<double> values) {
  if (values.empty()) {
    return 0;
  }
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

// A stored time (ISO 8601 UTC) as seconds since the epoch; nullopt when it does not parse.
std::optional<std::int64_t> seconds_of(const std::string& iso) {
  const auto t = parse_iso8601(iso);
  if (!t) {
    return std::nullopt;
  }
  return chr::duration_cast<chr::seconds>(t->time_since_epoch()).count();
}

std::int64_t local_day(const LocalTime& local, std::int64_t seconds) {
  return day_number(local(static_cast<std::time_t>(seconds)));
}

// The first day of the month holding `day`.
std::int64_t month_start(std::int64_t day) {
  const auto ymd = civil(day);
  return chr::sys_days{ymd.year() / ymd.month() / chr::day{1}}.time_since_epoch().count();
}

std::int64_t next_month(std::int64_t first) {
  const auto ymd = civil(first);
  return chr::sys_days{(ymd.year() / ymd.month() + chr::months{1}) / chr::day{1}}
      .time_since_epoch()
      .count();
}

struct Dated {
  const SubmissionRow* row = nullptr;
  std::int64_t at = 0;   // seconds since the epoch
  std::int64_t day = 0;  // local day
};

void build_calendar(Model& m, const std::vector<Dated>& window) {
  // LeetCode's year of weeks by default, from a Monday; --since shows from its day on.
  m.calendar_from = m.since ? std::min(*m.since, m.today) : m.today - 52 * 7 - weekday(m.today);
  std::vector<DayCount> days(static_cast<std::size_t>(m.today - m.calendar_from + 1));
  for (std::size_t i = 0; i < days.size(); ++i) {
    days[i].day = m.calendar_from + static_cast<std::int64_t>(i);
  }
  for (const auto& d : window) {
    if (d.day < m.calendar_from) {
      ++m.earlier_submissions;
      continue;
    }
    if (d.day > m.today) {
      continue;  // a clock that was ahead: not a day of this calendar
    }
    auto& count = days[static_cast<std::size_t>(d.day - m.calendar_from)];
    ++count.submissions;
    count.accepted += d.row->verdict == Verdict::kAccepted ? 1 : 0;
  }
  int run = 0;
  for (const auto& d : days) {
    run = d.submissions > 0 ? run + 1 : 0;
    m.longest_streak = std::max(m.longest_streak, run);
    m.active_days += d.submissions > 0 ? 1 : 0;
  }
  // The current streak is still alive when today has nothing yet but yesterday had.
  std::size_t end = days.size();
  if (end > 0 && days[end - 1].submissions == 0) {
    --end;
  }
  for (std::size_t i = end; i > 0 && days[i - 1].submissions > 0; --i) {
    ++m.current_streak;
  }
  m.calendar = std::move(days);
}

void build_verdict_mix(Model& m, const std::vector<Dated>& window) {
  std::set<Verdict> seen;
  std::int64_t first = m.today;
  for (const auto& d : window) {
    if (d.row->verdict && d.day <= m.today) {
      seen.insert(*d.row->verdict);
      first = std::min(first, d.day);
    }
  }
  for (Verdict v : seen) {
    m.verdicts.emplace_back(code(v));
  }
  if (seen.empty()) {
    return;
  }
  if (m.since) {
    first = std::min(first, *m.since);
  }
  // A bar per day for a month, per week for most of a year, then per month.
  const std::int64_t span = m.today - first + 1;
  m.verdict_unit = span <= 31 ? "day" : span <= 40 * 7 ? "week" : "month";
  std::vector<std::int64_t> starts;
  if (m.verdict_unit == "day") {
    for (std::int64_t day = first; day <= m.today; ++day) {
      starts.push_back(day);
    }
  } else if (m.verdict_unit == "week") {
    for (std::int64_t day = first - weekday(first); day <= m.today; day += 7) {
      starts.push_back(day);
    }
  } else {
    for (std::int64_t day = month_start(first); day <= m.today; day = next_month(day)) {
      starts.push_back(day);
    }
  }
  for (std::int64_t start : starts) {
    VerdictBucket b;
    b.first_day = start;
    const std::string text = day_text(start);
    b.label = m.verdict_unit == "day"    ? text
              : m.verdict_unit == "week" ? "week of " + text
                                         : text.substr(0, 7);
    m.verdict_mix.push_back(std::move(b));
  }
  for (const auto& d : window) {
    if (!d.row->verdict || d.day > m.today) {
      continue;
    }
    // The last bucket starting on or before the day.
    auto it = std::upper_bound(starts.begin(), starts.end(), d.day);
    if (it == starts.begin()) {
      continue;
    }
    const auto i = static_cast<std::size_t>(std::distance(starts.begin(), it) - 1);
    ++m.verdict_mix[i].verdicts[std::string(code(*d.row->verdict))];
  }
}

void build_topics(Model& m, const std::vector<Problem>& problems) {
  std::map<std::string, const ProblemStats*> attempted;
  for (const auto& s : m.stats.problems) {
    attempted[s.problem] = &s;
  }
  std::map<std::string, TopicRow> rows;
  for (const auto& [tag, tally] : m.stats.by_tag) {
    rows[tag] = TopicRow{tag, tally.total, 0, tally.solved, 0};
  }
  for (const auto& p : problems) {
    const auto it = attempted.find(p.id);
    if (it == attempted.end()) {
      continue;
    }
    for (const auto& tag : p.tags) {
      TopicRow& row = rows[tag];
      row.tag = tag;
      row.tried += 1;
      row.submissions += it->second->attempts;
    }
  }
  for (auto& [tag, row] : rows) {
    m.topics.push_back(std::move(row));
  }
  // Weakest first: of the topics tried, the lowest share of tried problems solved, then the
  // most submissions spent on it; topics not tried yet after them, by name.
  std::sort(m.topics.begin(), m.topics.end(), [](const TopicRow& a, const TopicRow& b) {
    if ((a.tried > 0) != (b.tried > 0)) {
      return a.tried > 0;
    }
    if (a.tried > 0) {
      // a.solved/a.tried < b.solved/b.tried, without division.
      const long lhs = static_cast<long>(a.solved) * b.tried;
      const long rhs = static_cast<long>(b.solved) * a.tried;
      if (lhs != rhs) {
        return lhs < rhs;
      }
      if (a.submissions != b.submissions) {
        return a.submissions > b.submissions;
      }
    }
    return a.tag < b.tag;
  });
}

void build_first_accepts(Model& m, const LocalTime& local) {
  std::vector<std::pair<std::string, FirstAccept>> solved;
  for (const auto& s : m.stats.problems) {
    const auto at = seconds_of(s.first_accepted_at);
    if (!s.solved || !s.seconds_to_accept || !at) {
      continue;
    }
    FirstAccept f;
    f.problem = s.problem;
    f.title = s.title;
    f.difficulty = s.difficulty;
    f.day = local_day(local, *at);
    f.seconds = std::max<std::int64_t>(0, *s.seconds_to_accept);
    f.attempts = s.attempts;
    solved.emplace_back(s.first_accepted_at, std::move(f));
  }
  std::stable_sort(solved.begin(), solved.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::map<std::string, std::vector<double>> by_level;  // minutes, in order of solving
  for (auto& [at, f] : solved) {
    auto& minutes = by_level[f.difficulty];
    minutes.push_back(static_cast<double>(f.seconds) / 60.0);
    const std::size_t from = minutes.size() > kRollingWindow ? minutes.size() - kRollingWindow : 0;
    f.rolling_median_min = median(
        std::vector<double>(minutes.begin() + static_cast<std::ptrdiff_t>(from), minutes.end()));
    m.first_accepts.push_back(std::move(f));
  }
  for (const char* level : {"easy", "medium", "hard"}) {
    const auto it = by_level.find(level);
    if (it == by_level.end() || it->second.size() < 4) {
      continue;
    }
    const auto& minutes = it->second;
    const auto half = static_cast<std::ptrdiff_t>(minutes.size() / 2);
    m.trends.push_back({level, static_cast<int>(minutes.size()),
                        median({minutes.begin(), minutes.begin() + half}),
                        median({minutes.end() - half, minutes.end()})});
  }
}

void build_schedule(Model& m, const std::vector<Dated>& all, const std::vector<Problem>& problems,
                    const Options& options) {
  std::vector<coach::ProblemInfo> infos;
  std::map<std::string, const Problem*> by_id;
  for (const auto& p : problems) {
    infos.push_back({p.id, p.difficulty, p.tags, p.minutes});
    by_id[p.id] = &p;
  }
  std::map<std::string, coach::History> histories;
  for (const auto& d : all) {
    if (!d.row->verdict) {
      continue;  // interrupted or still running: not a try that was judged
    }
    auto& h = histories[d.row->problem];
    h.problem = d.row->problem;
    h.attempts.push_back({d.at, *d.row->verdict, false, false});
  }
  std::vector<coach::History> list;
  for (auto& [id, h] : histories) {
    list.push_back(std::move(h));
  }
  const std::int64_t now = chr::duration_cast<chr::seconds>(options.now.time_since_epoch()).count();
  for (auto& pick : coach::schedule(infos, list, now)) {
    DueRow row;
    row.problem = pick.problem;
    const Problem& p = *by_id.at(pick.problem);
    row.title = p.title;
    row.difficulty = std::string(to_string(p.difficulty));
    row.reason = std::move(pick.reason);
    if (pick.due) {
      row.due_day = local_day(options.local, *pick.due);
    }
    switch (pick.kind) {
      case coach::PickKind::kDue:
        row.kind = "due";
        m.due.push_back(std::move(row));
        break;
      case coach::PickKind::kLater:
        row.kind = "later";
        if (static_cast<int>(m.upcoming.size()) < options.upcoming) {
          m.upcoming.push_back(std::move(row));
        }
        break;
      case coach::PickKind::kNew:
        row.kind = "new";
        if (static_cast<int>(m.fresh.size()) < options.upcoming) {
          m.fresh.push_back(std::move(row));
        }
        break;
    }
  }
}

}  // namespace

Model build(const std::vector<SubmissionRow>& rows, const StatsModel& stats,
            const std::vector<Problem>& problems, const Options& options) {
  Model m;
  const std::time_t now = chr::system_clock::to_time_t(options.now);
  const std::tm now_local = options.local(now);
  m.today = day_number(now_local);
  char buf[64];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &now_local);
  m.generated = buf;
  m.zone = now_local.tm_zone != nullptr ? now_local.tm_zone : "";
  if (options.since) {
    m.since = day_number(options.local(chr::system_clock::to_time_t(*options.since)));
  }
  m.stats = stats;
  m.library_size = static_cast<int>(problems.size());
  for (const auto& u : stats.unreadable) {
    m.notes.push_back("Not counted (the problem cannot be read): " + u);
  }

  std::vector<Dated> all;
  all.reserve(rows.size());
  for (const auto& r : rows) {
    if (r.kind != RunKind::kSubmission || !r.forgotten_at.empty()) {
      continue;
    }
    const auto at = seconds_of(r.created_at);
    if (!at) {
      continue;  // not a time the store writes: nothing to place it by
    }
    all.push_back({&r, *at, local_day(options.local, *at)});
  }
  std::stable_sort(all.begin(), all.end(),
                   [](const Dated& a, const Dated& b) { return a.at < b.at; });
  std::vector<Dated> window;
  for (const auto& d : all) {
    if (!m.since || d.day >= *m.since) {
      window.push_back(d);
      ++m.window_submissions;
      m.window_accepted += d.row->verdict == Verdict::kAccepted ? 1 : 0;
      m.unjudged += d.row->verdict ? 0 : 1;
    }
  }

  build_calendar(m, window);
  build_verdict_mix(m, window);
  build_topics(m, problems);
  build_first_accepts(m, options.local);
  build_schedule(m, all, problems, options);
  m.feedback = feedback_summary(rows, problems);
  return m;
}

namespace {

// --- explanation feedback ---

// Whether the feedback says a stated time complexity is wrong (see FeedbackSummary).
bool claim_wrong(const coach::Feedback& feedback) {
  if (feedback.has("explain.time.worse") || feedback.has("explain.measured.differs")) {
    return true;
  }
  const coach::FeedbackItem* better = feedback.find("explain.time.better");
  return better != nullptr && better->severity == coach::Severity::kWarning;
}

}  // namespace

std::optional<FeedbackSummary> feedback_summary(const std::vector<SubmissionRow>& rows,
                                                const std::vector<Problem>& problems) {
  FeedbackSummary f;
  std::map<std::string, int> edges;
  std::map<std::string, FeedbackProblem> by_problem;
  for (const auto& r : rows) {
    if (r.kind != RunKind::kSubmission || !r.forgotten_at.empty() || !r.feedback) {
      continue;
    }
    FeedbackProblem& p = by_problem[r.problem];
    p.problem = r.problem;
    ++p.explanations;
    ++f.explanations;
    const coach::Feedback& fb = *r.feedback;
    if (fb.has("explain.time.missing") || fb.has("explain.empty")) {
      ++p.complexity_missing;
      ++f.complexity_missing;
    } else {
      ++f.complexity_claims;
      if (claim_wrong(fb)) {
        ++p.complexity_wrong;
        ++f.complexity_wrong;
      }
    }
    for (const auto& item : fb.items) {
      if (item.code == "explain.edge.missed") {
        ++edges[detail::missed_edge_case(item.message)];
        ++p.edge_cases_missed;
      }
    }
  }
  if (f.explanations == 0) {
    return std::nullopt;
  }
  f.missed_edge_cases.assign(edges.begin(), edges.end());
  std::stable_sort(f.missed_edge_cases.begin(), f.missed_edge_cases.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::map<std::string, std::string> titles;
  for (const auto& p : problems) {
    titles[p.id] = p.title;
  }
  for (auto& [id, p] : by_problem) {
    const auto t = titles.find(id);
    p.title = t != titles.end() ? t->second : id;
    f.problems.push_back(std::move(p));
  }
  const auto trouble = [](const FeedbackProblem& p) {
    return std::tuple(p.complexity_wrong + p.complexity_missing + p.edge_cases_missed,
                      p.complexity_wrong, p.explanations);
  };
  std::stable_sort(
      f.problems.begin(), f.problems.end(),
      [&](const FeedbackProblem& a, const FeedbackProblem& b) { return trouble(a) > trouble(b); });
  return f;
}

// --- mock interviews ---

namespace {

std::string local_text(const LocalTime& local, const std::string& iso, const char* format) {
  const auto t = parse_iso8601(iso);
  if (!t) {
    return iso;
  }
  const std::tm tm = local(chr::system_clock::to_time_t(*t));
  char buf[64];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

// "12:05" from the start (minutes and seconds; hours when it ran that long).
std::string elapsed_text(chr::seconds elapsed) {
  const long s = static_cast<long>(elapsed.count());
  const long a = std::labs(s);
  const std::string sign = s < 0 ? "-" : "+";
  if (a >= 3600) {
    return fmt::format("{}{}:{:02}:{:02}", sign, a / 3600, a / 60 % 60, a % 60);
  }
  return fmt::format("{}{}:{:02}", sign, a / 60, a % 60);
}

std::string event_text(const judge::MockEvent& e) {
  const std::string verdict = e.verdict ? std::string(code(*e.verdict)) : "no verdict";
  const std::string late = e.overtime ? ", after the deadline" : "";
  if (e.kind == "start") {
    return "started";
  }
  if (e.kind == "answer") {
    return "answered the behavioural question";
  }
  if (e.kind == "test" || e.kind == "submit") {
    return fmt::format("{} {} (#{}): {}{}{}", e.kind == "test" ? "tested" : "submitted", e.problem,
                       e.run, verdict, e.detail.empty() ? "" : " (" + e.detail + ")", late);
  }
  if (e.kind == "hint") {
    return fmt::format("hint {} of {}", e.detail, e.problem);
  }
  if (e.kind == "warning") {
    return e.detail == "0" ? std::string("time is up") : fmt::format("{} minutes left", e.detail);
  }
  if (e.kind == "closing") {
    return "asked the closing questions";
  }
  if (e.kind == "end") {
    return "ended";
  }
  if (e.kind == "abandon") {
    return "abandoned";
  }
  return e.kind + (e.detail.empty() ? "" : ": " + e.detail);
}

MockFeedback mock_feedback(std::string about, const coach::Feedback& feedback) {
  MockFeedback out{std::move(about), feedback.summary, {}};
  for (const auto& item : feedback.items) {
    out.items.emplace_back(std::string(coach::to_string(item.severity)), item.message);
  }
  return out;
}

MockProblem mock_problem(const MockProblemReport& p) {
  MockProblem out;
  out.problem = p.row.problem;
  out.title = p.row.title.empty() ? p.row.problem : p.row.title;
  out.difficulty = p.row.difficulty;
  out.submissions = p.submissions;
  out.test_runs = p.test_runs;
  out.rejected = p.rejected;
  out.hints = p.hints;
  out.solved = p.solved;
  if (p.solved) {
    out.outcome = fmt::format("accepted at {}{}", elapsed_text(*p.solved_at),
                              p.solved_overtime ? ", after the deadline" : "");
  } else if (p.last_verdict) {
    out.outcome = fmt::format("not accepted (last: {})", code(*p.last_verdict));
  } else {
    out.outcome = p.submissions > 0 ? "not judged" : "not submitted";
  }
  return out;
}

}  // namespace

MockSession mock_session(const judge::MockReport& report, const LocalTime& local) {
  const MockRow& row = report.mock;
  MockSession s;
  s.id = row.id;
  s.status = row.status;
  s.minutes = row.minutes;
  s.started = local_text(local, row.started_at, "%Y-%m-%d %H:%M");
  if (const auto at = seconds_of(row.started_at)) {
    s.day = local_day(local, *at);
  }
  if (row.status == "ended") {
    s.score = report.score.score;
  }
  std::vector<std::string> outcomes;
  for (const auto& p : report.problems) {
    s.problems.push_back(mock_problem(p));
    outcomes.push_back(p.row.problem + (p.solved ? " solved" : " not solved"));
    if (p.explanation) {
      s.feedback.push_back(mock_feedback(p.row.problem + ": the explanation", *p.explanation));
    }
  }
  if (row.answer_feedback) {
    s.feedback.push_back(mock_feedback("behavioural answer", *row.answer_feedback));
  }
  if (row.closing_feedback) {
    s.feedback.push_back(mock_feedback("closing questions", *row.closing_feedback));
  }
  s.summary = fmt::format("{}; {}", fmt::join(outcomes, ", "), row.status);
  for (const auto& e : report.timeline) {
    s.timeline.push_back(
        {fmt::format("{} ({})", local_text(local, e.at, "%H:%M:%S"), elapsed_text(e.elapsed)),
         event_text(e)});
  }
  for (const auto& part : report.score.parts) {
    s.parts.push_back({part.part, part.points, part.possible, part.reasons});
  }
  return s;
}

namespace {

// Every session, oldest first (the chart's order).
std::vector<MockSession> mock_sessions(const judge::MockSession& mocks, const LocalTime& local) {
  std::vector<MockSession> out;
  const auto rows = mocks.list(INT_MAX);
  for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
    out.push_back(mock_session(mocks.report_of(*it), local));
  }
  return out;
}

}  // namespace

ProbePlot probe_plot(const Problem& problem, const coach::FitResult& fit) {
  ProbePlot plot;
  plot.problem = problem.id;
  plot.title = problem.title;
  plot.expected = problem.complexity;
  plot.summary = fit.summary;
  for (const auto& p : fit.points) {
    plot.points.push_back({static_cast<double>(p.n), p.time_s, p.hit_limit});
  }
  if (!fit.best || fit.points.empty()) {
    return plot;
  }
  plot.fitted = std::string(coach::to_string(*fit.best));
  const auto best = std::find_if(fit.fits.begin(), fit.fits.end(),
                                 [&](const coach::ClassFit& f) { return f.growth == *fit.best; });
  if (best == fit.fits.end()) {
    return plot;
  }
  // Evenly spaced on the log axis the page draws it on.
  constexpr int kSteps = 24;
  const double low = std::log(static_cast<double>(fit.points.front().n));
  const double high = std::log(static_cast<double>(fit.points.back().n));
  for (int i = 0; i <= kSteps; ++i) {
    const double n = std::exp(low + (high - low) * i / kSteps);
    plot.curve.push_back({n, coach::predict(*best, n), false});
  }
  return plot;
}

std::vector<ProbePlot> probe_plots(const std::vector<ProbeRow>& rows,
                                   const std::vector<Problem>& problems) {
  std::vector<ProbePlot> plots;
  std::set<std::string> seen;
  for (const auto& row : rows) {  // newest first: each problem's latest probe
    if (!seen.insert(row.problem).second) {
      continue;
    }
    auto it = std::find_if(problems.begin(), problems.end(),
                           [&](const Problem& p) { return p.id == row.problem; });
    Problem problem;
    if (it != problems.end()) {
      problem = *it;
    } else {
      problem.id = problem.title = row.problem;  // judged by path, or its pack removed since
    }
    // The fit again from the stored runs, as the probe made it: its curve is not stored.
    std::vector<coach::Sample> samples;
    for (const auto& run : row.samples) {
      samples.push_back({run.n, run.cpu_s, run.hit_limit});
    }
    coach::FitOptions fit;
    fit.time_limit_s = row.time_limit_s;
    fit.resolution_s = kProbeResolutionS;
    try {
      plots.push_back(probe_plot(problem, coach::fit_complexity(samples, fit)));
    } catch (const Error&) {
      // A damaged row (a size under 1, a negative time): nothing to draw.
    }
  }
  return plots;
}

Model build(const Session& session, const judge::MockSession& mocks, const Library& library,
            const Options& options) {
  const StatsModel stats = session.stats();
  std::vector<Problem> problems;
  for (const auto& entry : library.entries()) {
    try {
      problems.push_back(load_problem(entry.dir));
    } catch (const Error&) {
      // Said once already: stats() lists it in `unreadable`.
    }
  }
  const auto rows = session.history("", INT_MAX, false);
  Model m = build(rows, stats, problems, options);
  m.mocks = mock_sessions(mocks, options.local);
  m.probes = probe_plots(session.store().probes("", INT_MAX), problems);
  return m;
}

}  // namespace judge::report
