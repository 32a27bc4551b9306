#include "judge/mock.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>

#include <fmt/format.h>

#include "judge/coach/closing.h"
#include "judge/error.h"
#include "judge/result_json.h"

namespace judge {

namespace fs = std::filesystem;
using nlohmann::json;
using std::chrono::seconds;

namespace {

constexpr int kMinMinutes = 5;
constexpr int kMaxMinutes = 240;
// The warnings, in minutes left; 0 is the deadline itself.
constexpr int kWarnings[] = {10, 5, 0};

TimePoint time_of(const std::string& iso) {
  return parse_iso8601(iso).value_or(TimePoint{});
}

seconds between(const std::string& from, const std::string& to) {
  return std::chrono::duration_cast<seconds>(time_of(to) - time_of(from));
}

// The problem a run or a problem ID belongs to: "two-sum/followup-1" is two-sum's.
std::string base_problem(const std::string& id) {
  const auto slash = id.find("/followup-");
  return slash == std::string::npos ? id : id.substr(0, slash);
}

bool is_failure(Verdict v) {
  return v != Verdict::kAccepted && v != Verdict::kCompileError && v != Verdict::kInternalError;
}

std::optional<Difficulty> parse_level(const std::string& text) {
  for (auto d : {Difficulty::kEasy, Difficulty::kMedium, Difficulty::kHard}) {
    if (to_string(d) == text) {
      return d;
    }
  }
  return std::nullopt;
}

// The levels to fall back on when none of `level` is left, nearest first.
std::vector<Difficulty> fallbacks(Difficulty level) {
  switch (level) {
    case Difficulty::kEasy:
      return {Difficulty::kEasy, Difficulty::kMedium, Difficulty::kHard};
    case Difficulty::kMedium:
      return {Difficulty::kMedium, Difficulty::kEasy, Difficulty::kHard};
    case Difficulty::kHard:
      break;
  }
  return {Difficulty::kHard, Difficulty::kMedium, Difficulty::kEasy};
}

std::string things_to_fix(int n) {
  return n == 0 ? std::string("nothing to fix")
                : fmt::format("{} thing{} to fix", n, n == 1 ? "" : "s");
}

std::string options_json(const MockOptions& o) {
  return json{{"problems", o.problems},
              {"difficulty", o.difficulty},
              {"tags", o.tags},
              {"pack", o.pack},
              {"behavioural", o.behavioural}}
      .dump();
}

}  // namespace

MockSession::MockSession(Session& session, const Library& library, coach::QuestionBank bank)
    : session_(session), library_(library), bank_(std::move(bank)) {}

coach::QuestionBank MockSession::question_bank(const Library& library,
                                               std::vector<std::string>* notes) {
  coach::QuestionBank bank = coach::QuestionBank::builtin();
  for (const auto& pack : library.packs()) {
    const fs::path file = pack.dir / "questions.toml";
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) {
      continue;
    }
    try {
      bank.add_file(file);  // all or nothing: a refused file adds no question
    } catch (const Error& e) {
      if (notes != nullptr) {
        notes->push_back(
            fmt::format("the questions of pack {} are skipped: {}", pack.name, e.what()));
      }
    }
  }
  return bank;
}

std::optional<MockRow> MockSession::active() const {
  return session_.store().active_mock();
}

MockRow MockSession::require_active() const {
  auto mock = active();
  if (!mock) {
    throw Error("no mock session is in progress", "start one: judge mock start --lang L");
  }
  return *mock;
}

std::vector<Problem> MockSession::pick_problems(const MockOptions& o, std::uint64_t seed,
                                                std::vector<std::string>& notes) const {
  const SubmissionStore& store = session_.store();
  const TimePoint now = session_.clock().now();
  // What the candidate did: tried problems, and when each was last accepted.
  std::set<std::string> tried;
  std::map<std::string, TimePoint> last_accepted;
  for (const auto& r : store.history("", 1'000'000, false)) {
    tried.insert(r.problem);
    if (r.verdict == Verdict::kAccepted) {
      const TimePoint at = time_of(r.created_at);
      auto& last = last_accepted[r.problem];
      last = std::max(last, at);
    }
  }
  std::set<std::string> recent_mocks;
  for (const auto& m : store.mocks(kRecentMocks)) {
    for (const auto& p : m.problems) {
      recent_mocks.insert(p.problem);
    }
  }
  if (!o.pack.empty() && std::none_of(library_.packs().begin(), library_.packs().end(),
                                      [&o](const Pack& p) { return p.name == o.pack; })) {
    throw Error(fmt::format("there is no pack named {}", o.pack),
                "'judge pack list' shows the packs");
  }
  struct Candidate {
    Problem problem;
    int tier = 0;  // 0 never tried, 1 tried and unsolved, 2 solved long ago, 3 recent
  };
  std::vector<Candidate> candidates;
  const auto level = parse_level(o.difficulty);
  for (const auto& entry : library_.entries()) {
    if (!o.pack.empty() && entry.pack != o.pack) {
      continue;
    }
    Problem p;
    try {
      p = load_problem(entry.dir);
    } catch (const Error&) {
      continue;  // `judge list` names it; a mock just does not ask it
    }
    if (level && p.difficulty != *level) {
      continue;
    }
    if (!o.tags.empty() && std::none_of(o.tags.begin(), o.tags.end(), [&p](const auto& t) {
          return std::find(p.tags.begin(), p.tags.end(), t) != p.tags.end();
        })) {
      continue;
    }
    const auto ac = last_accepted.find(p.id);
    const bool solved_recently =
        ac != last_accepted.end() && now - ac->second < std::chrono::hours(24 * kRecentDays);
    int tier = 0;
    if (solved_recently || recent_mocks.count(p.id) != 0) {
      tier = 3;
    } else if (ac != last_accepted.end()) {
      tier = 2;
    } else if (tried.count(p.id) != 0) {
      tier = 1;
    }
    candidates.push_back({std::move(p), tier});
  }
  if (candidates.empty()) {
    throw Error("no problem matches the mock's filters",
                "loosen them: 'judge list' with the same --difficulty and --tag shows what there "
                "is (a mock takes problems with any of its tags)");
  }
  std::vector<Difficulty> wanted;
  if (level) {
    wanted.assign(static_cast<std::size_t>(o.problems), *level);
  } else if (o.problems == 1) {
    wanted = {Difficulty::kMedium};  // the usual single problem of a phone screen
  } else {
    wanted = {Difficulty::kEasy, Difficulty::kMedium};
  }
  std::mt19937_64 rng(seed);
  std::vector<std::optional<Problem>> slots(wanted.size());
  std::set<std::string> taken;
  // Among the candidates of level `at` not taken yet, one of the best tier, by the seed.
  auto take = [&](Difficulty at) -> const Candidate* {
    std::vector<const Candidate*> pool;
    for (const auto& c : candidates) {
      if (c.problem.difficulty == at && taken.count(c.problem.id) == 0) {
        pool.push_back(&c);
      }
    }
    if (pool.empty()) {
      return nullptr;
    }
    const int best = (*std::min_element(pool.begin(), pool.end(), [](auto* a, auto* b) {
                       return a->tier < b->tier;
                     }))->tier;
    std::erase_if(pool, [best](const Candidate* c) { return c->tier != best; });
    const Candidate* pick = pool[rng() % pool.size()];
    taken.insert(pick->problem.id);
    if (pick->tier == 3) {
      notes.push_back(
          fmt::format("every problem that fits was solved in the last {} days or "
                      "asked in a recent mock: {} comes back",
                      kRecentDays, pick->problem.id));
    }
    return pick;
  };
  // Each level asked for first, then the nearest level for a slot that found none.
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    if (const Candidate* c = take(wanted[i])) {
      slots[i] = c->problem;
    }
  }
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    for (const Difficulty at : fallbacks(wanted[i])) {
      if (slots[i]) {
        break;
      }
      if (const Candidate* c = take(at)) {
        slots[i] = c->problem;
        notes.push_back(fmt::format("no {} problem fits the filters: {} is {}",
                                    to_string(wanted[i]), c->problem.id, to_string(at)));
      }
    }
  }
  std::vector<Problem> chosen;
  for (auto& slot : slots) {
    if (slot) {
      chosen.push_back(std::move(*slot));
    }
  }
  if (static_cast<int>(chosen.size()) < o.problems) {
    notes.push_back(fmt::format("only {} problem{} fit{} the filters", chosen.size(),
                                chosen.size() == 1 ? "" : "s", chosen.size() == 1 ? "s" : ""));
  }
  std::stable_sort(chosen.begin(), chosen.end(),
                   [](const Problem& a, const Problem& b) { return a.difficulty < b.difficulty; });
  return chosen;
}

MockPlan MockSession::plan(const MockOptions& o) const {
  if (auto current = active()) {
    throw Error(fmt::format("mock session #{} is still in progress", current->id),
                "see it with 'judge mock status'; finish it with 'judge mock end', or drop it "
                "with 'judge mock abandon'");
  }
  if (o.minutes < kMinMinutes || o.minutes > kMaxMinutes) {
    throw Error(
        fmt::format("--minutes {} is not a length for a phone screen", o.minutes),
        fmt::format("give {} to {} minutes (a screen is usually 45)", kMinMinutes, kMaxMinutes));
  }
  if (o.problems < 1 || o.problems > 2) {
    throw Error(fmt::format("--problems {}: a phone screen asks 1 or 2 problems", o.problems),
                "pass --problems 1 or --problems 2");
  }
  if (!o.difficulty.empty() && !parse_level(o.difficulty)) {
    throw Error(fmt::format("unknown difficulty '{}'", o.difficulty), "use easy, medium or hard");
  }
  MockPlan plan;
  plan.seed = o.seed.value_or(
      static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(
                                     session_.clock().now().time_since_epoch())
                                     .count()));
  plan.problems = pick_problems(o, plan.seed, plan.notes);
  if (o.behavioural) {
    coach::PickOptions pick;
    pick.seed = plan.seed;
    for (const auto& m : session_.store().mocks(100)) {
      if (!m.question.empty()) {
        pick.recent.push_back(m.question);
      }
    }
    plan.question = bank_.pick(pick);
  }
  return plan;
}

MockRow MockSession::begin(const MockOptions& options, const MockPlan& plan,
                           const std::vector<fs::path>& files, const Language& language) {
  if (files.size() != plan.problems.size()) {
    throw std::logic_error("MockSession::begin: one file per problem");
  }
  const TimePoint now = session_.clock().now();
  MockRow mock;
  mock.started_at = iso8601(now);
  mock.deadline = iso8601(now + std::chrono::minutes(options.minutes));
  mock.minutes = options.minutes;
  mock.seed = plan.seed;
  mock.language = language.id;
  mock.options = options_json(options);
  if (plan.question) {
    mock.question = plan.question->id;
    mock.question_text = plan.question->text;
    mock.competency = plan.question->competency;
  }
  for (std::size_t i = 0; i < plan.problems.size(); ++i) {
    const Problem& p = plan.problems[i];
    mock.problems.push_back({p.id, p.title, std::string(to_string(p.difficulty)), p.minutes,
                             fs::weakly_canonical(files[i]).string()});
  }
  mock.id = session_.store().create_mock(mock);
  for (std::size_t i = 0; i < plan.problems.size(); ++i) {
    session_.start(plan.problems[i], language, files[i]);
  }
  return mock;
}

coach::StarReview MockSession::answer(const std::string& text) {
  MockRow mock = require_active();
  if (mock.question.empty()) {
    throw Error(fmt::format("mock session #{} has no behavioural question", mock.id),
                "it was started with --no-behavioural");
  }
  // What the candidate wrote is stored before any feedback is computed.
  mock.answer = text;
  mock.answered_at = iso8601(session_.clock().now());
  mock.answer_feedback.reset();
  session_.store().update_mock(mock);
  coach::StarReview review = coach::review_star(text);
  mock.answer_feedback = review.feedback;
  session_.store().update_mock(mock);
  return review;
}

std::optional<MockClock> MockSession::tick() {
  auto mock = active();
  if (!mock) {
    return std::nullopt;
  }
  MockClock clock;
  clock.mock = mock->id;
  clock.started = time_of(mock->started_at);
  clock.deadline = time_of(mock->deadline);
  const TimePoint now = session_.clock().now();
  clock.left = std::chrono::duration_cast<seconds>(clock.deadline - now);
  // The most urgent threshold passed, if not said already (a jump from 12 to 3 minutes left
  // says "5", not "10" then "5").
  std::optional<int> due;
  for (const int minutes : kWarnings) {
    if (clock.left <= std::chrono::minutes(minutes)) {
      due = minutes;
    }
  }
  if (due) {
    const auto events = session_.store().mock_events(mock->id);
    const bool given = std::any_of(events.begin(), events.end(), [&due](const MockEventRow& e) {
      return e.kind == "warning" && e.detail == std::to_string(*due);
    });
    if (!given) {
      clock.warning = due;
      if (!session_.store().read_only()) {
        session_.store().add_mock_event(mock->id,
                                        {iso8601(now), "warning", "", std::to_string(*due)});
      }
    }
  }
  return clock;
}

void MockSession::attach(Attempt& attempt, const Problem& problem) const {
  const auto mock = active();
  if (!mock) {
    return;
  }
  const std::string base = problem.stage == 0 ? problem.id : problem.base_id;
  if (std::none_of(mock->problems.begin(), mock->problems.end(),
                   [&base](const MockProblemRow& p) { return p.problem == base; })) {
    return;
  }
  attempt.mock = mock->id;
  attempt.overtime = session_.clock().now() > time_of(mock->deadline);
}

void MockSession::record_hint(const Problem& problem, int hint) {
  const auto mock = active();
  if (!mock || session_.store().read_only()) {
    return;
  }
  const std::string base = problem.stage == 0 ? problem.id : problem.base_id;
  if (std::none_of(mock->problems.begin(), mock->problems.end(),
                   [&base](const MockProblemRow& p) { return p.problem == base; })) {
    return;
  }
  session_.store().add_mock_event(
      mock->id, {iso8601(session_.clock().now()), "hint", problem.id, std::to_string(hint)});
}

MockReport MockSession::end(const std::string& closing) {
  MockRow mock = require_active();
  const std::string now = iso8601(session_.clock().now());
  // Stored before the feedback, as the answer is.
  mock.closing = closing;
  mock.closing_at = now;
  session_.store().update_mock(mock);
  mock.closing_feedback = coach::review_closing(closing, mock.seed).feedback;
  mock.status = "ended";
  mock.ended_at = now;
  session_.store().update_mock(mock);
  return report(mock.id);
}

MockRow MockSession::abandon() {
  MockRow mock = require_active();
  mock.status = "abandoned";
  mock.ended_at = iso8601(session_.clock().now());
  session_.store().update_mock(mock);
  return mock;
}

std::vector<MockRow> MockSession::list(int limit) const {
  return session_.store().mocks(limit);
}

MockReport MockSession::report(std::int64_t id) const {
  const SubmissionStore& store = session_.store();
  std::optional<MockRow> mock;
  if (id == 0) {
    auto newest = store.mocks(1);
    if (!newest.empty()) {
      mock = newest.front();
    }
  } else {
    mock = store.mock(id);
  }
  if (!mock) {
    throw Error(
        id == 0 ? std::string("there is no mock session yet")
                : fmt::format("there is no mock session #{}", id),
        id == 0 ? "start one: judge mock start --lang L" : "'judge mock list' shows the sessions");
  }
  MockReport report;
  report.mock = *mock;
  const auto runs = store.mock_runs(mock->id);
  const auto events = store.mock_events(mock->id);
  const std::string& start = mock->started_at;

  for (const auto& row : mock->problems) {
    MockProblemReport p;
    p.row = row;
    std::set<std::string> followups_solved;
    for (const auto& r : runs) {
      if (base_problem(r.problem) != row.problem) {
        continue;
      }
      if (!p.first_run_at) {
        p.first_run_at = between(start, r.created_at);
      }
      if (r.problem != row.problem) {  // a follow-up
        if (r.kind == RunKind::kSubmission && r.verdict == Verdict::kAccepted) {
          followups_solved.insert(r.problem);
        }
        continue;
      }
      if (r.kind == RunKind::kTest) {
        ++p.test_runs;
        continue;
      }
      ++p.submissions;
      if (!r.verdict || r.status != "done") {
        continue;  // interrupted: no verdict
      }
      p.last_verdict = r.verdict;
      if (!p.solved) {
        p.counted = r.id;
        p.explanation = r.feedback;
        if (*r.verdict == Verdict::kAccepted) {
          p.solved = true;
          p.solved_overtime = r.overtime;
          p.solved_at = between(start, r.created_at);
        } else if (is_failure(*r.verdict)) {
          ++p.rejected;
        }
      }
    }
    p.followups_solved = static_cast<int>(followups_solved.size());
    for (const auto& e : events) {
      if (e.kind == "hint" && base_problem(e.problem) == row.problem) {
        ++p.hints;
      }
    }
    try {
      p.followups = static_cast<int>(library_.load_problem(row.problem).followups.size());
    } catch (const Error&) {
      // The problem is gone (a removed pack): its follow-ups are not offered.
    }
    report.problems.push_back(std::move(p));
  }

  // The timeline: in time order; at the same moment, in the order below (a warning is given
  // before the command that triggered it runs).
  auto add = [&report, &start](const std::string& at, const std::string& kind) -> MockEvent& {
    MockEvent e;
    e.at = at;
    e.elapsed = between(start, at);
    e.kind = kind;
    report.timeline.push_back(e);
    return report.timeline.back();
  };
  add(start, "start");
  if (!mock->answered_at.empty()) {
    add(mock->answered_at, "answer");
  }
  for (const auto& e : events) {
    MockEvent& event = add(e.at, e.kind);
    event.problem = e.problem;
    event.detail = e.detail;
  }
  for (const auto& r : runs) {
    MockEvent& event = add(r.created_at, r.kind == RunKind::kTest ? "test" : "submit");
    event.problem = r.problem;
    event.run = r.id;
    event.verdict = r.status == "done" ? r.verdict : std::nullopt;
    event.overtime = r.overtime;
    if (r.status == "interrupted") {
      event.detail = "interrupted";
    }
  }
  if (!mock->closing_at.empty()) {
    add(mock->closing_at, "closing");
  }
  if (!mock->ended_at.empty()) {
    add(mock->ended_at, mock->status == "abandoned" ? "abandon" : "end");
  }
  std::stable_sort(report.timeline.begin(), report.timeline.end(),
                   [](const MockEvent& a, const MockEvent& b) { return a.at < b.at; });

  if (mock->status == "active") {
    MockClock clock;
    clock.mock = mock->id;
    clock.started = time_of(mock->started_at);
    clock.deadline = time_of(mock->deadline);
    clock.left = std::chrono::duration_cast<seconds>(clock.deadline - session_.clock().now());
    report.clock = clock;
    for (const auto& p : report.problems) {
      // The interviewer asks the next stage once the first answer works, if time remains.
      if (p.solved && !clock.overtime() && p.followups_solved < p.followups) {
        report.offers.push_back(
            {p.row.problem, p.followups_solved + 1, fs::path(p.row.file).parent_path()});
      }
    }
  }
  report.score = score_mock(report);
  return report;
}

MockScore score_mock(const MockReport& report) {
  MockScore score;
  const auto& mock = report.mock;
  const int n = static_cast<int>(report.problems.size());
  for (const auto& p : report.problems) {
    ScorePart part;
    part.part = "problem " + p.row.problem;
    const int share = n > 0 ? kProblemPoints / n : 0;
    part.possible = share;
    int points = 0;
    const int correct = share * 7 / 10;
    if (p.solved && !p.solved_overtime) {
      points += correct;
      part.reasons.push_back(fmt::format("accepted before the deadline: +{}", correct));
    } else if (p.solved) {
      points += correct / 2;
      part.reasons.push_back(
          fmt::format("accepted after the deadline: +{} (half, rounded down)", correct / 2));
    } else {
      part.reasons.push_back("not accepted: +0");
    }
    const int explain = share * 3 / 10;
    if (p.counted == 0) {
      part.reasons.push_back("no submission, so no explanation: +0");
    } else {
      const int warnings =
          p.explanation ? static_cast<int>(p.explanation->count(coach::Severity::kWarning)) : 0;
      const int got = explain * std::max(0, 3 - warnings) / 3;
      points += got;
      part.reasons.push_back(
          fmt::format("explanation, {}: +{} of {}", things_to_fix(warnings), got, explain));
    }
    const int step = share / 10;
    const int lost = std::min(3 * step, step * (p.rejected + p.hints));
    if (p.rejected > 0) {
      part.reasons.push_back(fmt::format("{} rejected submission{}: -{} each", p.rejected,
                                         p.rejected == 1 ? "" : "s", step));
    }
    if (p.hints > 0) {
      part.reasons.push_back(
          fmt::format("{} hint{} shown: -{} each", p.hints, p.hints == 1 ? "" : "s", step));
    }
    if (lost > 0 && lost < step * (p.rejected + p.hints)) {
      part.reasons.push_back(fmt::format("penalties capped at -{}", 3 * step));
    }
    part.points = std::max(0, points - lost);
    score.parts.push_back(std::move(part));
  }
  if (!mock.question.empty()) {
    ScorePart part{"behavioural", 0, kBehaviouralPoints, {}};
    if (mock.answered_at.empty() || !mock.answer_feedback) {
      part.reasons.push_back("not answered: +0");
    } else {
      const int warnings = static_cast<int>(mock.answer_feedback->count(coach::Severity::kWarning));
      part.points = std::max(0, kBehaviouralPoints - 4 * warnings);
      part.reasons.push_back(fmt::format("STAR answer, {}: {} less 4 each", things_to_fix(warnings),
                                         kBehaviouralPoints));
    }
    score.parts.push_back(std::move(part));
  }
  {
    ScorePart part{"closing", 0, kClosingPoints, {}};
    if (mock.closing_at.empty() || !mock.closing_feedback) {
      part.reasons.push_back(mock.status == "active" ? "asked at the end: +0 so far"
                                                     : "no questions for the interviewer: +0");
    } else {
      const int warnings =
          static_cast<int>(mock.closing_feedback->count(coach::Severity::kWarning));
      part.points = std::max(0, kClosingPoints - 5 * warnings);
      part.reasons.push_back(
          fmt::format("questions, {}: {} less 5 each", things_to_fix(warnings), kClosingPoints));
    }
    score.parts.push_back(std::move(part));
  }
  for (const auto& part : score.parts) {
    score.points += part.points;
    score.possible += part.possible;
  }
  score.score =
      score.possible > 0 ? static_cast<int>(std::lround(100.0 * score.points / score.possible)) : 0;
  return score;
}

json mock_report_json(const MockReport& report) {
  const MockRow& m = report.mock;
  auto or_null = [](const std::string& text) { return text.empty() ? json(nullptr) : json(text); };
  auto secs = [](const std::optional<seconds>& s) { return s ? json(s->count()) : json(nullptr); };
  json problems = json::array();
  for (const auto& p : report.problems) {
    problems.push_back(
        {{"problem", p.row.problem},
         {"title", p.row.title},
         {"difficulty", p.row.difficulty},
         {"minutes", p.row.minutes},
         {"file", p.row.file},
         {"solved", p.solved},
         {"solved_overtime", p.solved_overtime},
         {"solved_at_s", secs(p.solved_at)},
         {"first_run_at_s", secs(p.first_run_at)},
         {"submissions", p.submissions},
         {"test_runs", p.test_runs},
         {"rejected", p.rejected},
         {"hints", p.hints},
         {"last_verdict", p.last_verdict ? json(code(*p.last_verdict)) : json(nullptr)},
         {"counted_submission", p.counted != 0 ? json(p.counted) : json(nullptr)},
         {"explanation_feedback", p.explanation ? feedback_json(*p.explanation) : json(nullptr)},
         {"followups", p.followups},
         {"followups_solved", p.followups_solved}});
  }
  json timeline = json::array();
  for (const auto& e : report.timeline) {
    timeline.push_back({{"at", e.at},
                        {"elapsed_s", e.elapsed.count()},
                        {"kind", e.kind},
                        {"problem", or_null(e.problem)},
                        {"run", e.run != 0 ? json(e.run) : json(nullptr)},
                        {"verdict", e.verdict ? json(code(*e.verdict)) : json(nullptr)},
                        {"overtime", e.overtime},
                        {"detail", or_null(e.detail)}});
  }
  json parts = json::array();
  for (const auto& part : report.score.parts) {
    parts.push_back({{"part", part.part},
                     {"points", part.points},
                     {"possible", part.possible},
                     {"reasons", part.reasons}});
  }
  json behavioural = nullptr;
  if (!m.question.empty()) {
    behavioural = {{"question", m.question},
                   {"text", m.question_text},
                   {"competency", m.competency},
                   {"answer", or_null(m.answer)},
                   {"answered_at", or_null(m.answered_at)},
                   {"feedback", m.answer_feedback ? feedback_json(*m.answer_feedback) : json()}};
  }
  json options = json::parse(m.options, nullptr, false);
  if (!options.is_object()) {
    options = json::object();
  }
  json out = {
      {"id", m.id},
      {"status", m.status},
      {"started_at", m.started_at},
      {"deadline", m.deadline},
      {"ended_at", or_null(m.ended_at)},
      {"minutes", m.minutes},
      {"seed", m.seed},
      {"language", m.language},
      {"options", options},
      {"problems", problems},
      {"behavioural", behavioural},
      {"closing",
       {{"questions", or_null(m.closing)},
        {"at", or_null(m.closing_at)},
        {"feedback", m.closing_feedback ? feedback_json(*m.closing_feedback) : json()}}},
      {"timeline", timeline},
      {"score",
       {{"score", report.score.score},
        {"points", report.score.points},
        {"possible", report.score.possible},
        {"parts", parts}}},
  };
  if (report.clock) {
    out["seconds_left"] = report.clock->left.count();
  }
  json offers = json::array();
  for (const auto& o : report.offers) {
    offers.push_back({{"problem", o.problem}, {"followup", o.followup}, {"dir", o.dir.string()}});
  }
  out["followups_offered"] = offers;
  return out;
}

}  // namespace judge
