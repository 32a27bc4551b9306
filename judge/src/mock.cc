#include "judge/mock.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <set>

#include <fmt/format.h>

#include "judge/coach/closing.h"
#include "judge/error.h"
#include "judge/result_json.h"
#include "text.h"

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

MockClock clock_of(const MockRow& mock, TimePoint now) {
  MockClock clock;
  clock.mock = mock.id;
  clock.started = time_of(mock.started_at);
  clock.deadline = time_of(mock.deadline);
  clock.left = std::chrono::duration_cast<seconds>(clock.deadline - now);
  return clock;
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

namespace {

// What the candidate did, as far as picking goes.
struct PastWork {
  std::set<std::string> tried;
  std::map<std::string, TimePoint> last_accepted;
  std::set<std::string> recent_mocks;  ///< asked in one of the last kRecentMocks sessions
};

PastWork past_work(const SubmissionStore& store) {
  PastWork past;
  for (const auto& r : store.history("", 1'000'000, false)) {
    past.tried.insert(r.problem);
    if (r.verdict == Verdict::kAccepted) {
      auto& last = past.last_accepted[r.problem];
      last = std::max(last, time_of(r.created_at));
    }
  }
  for (const auto& m : store.mocks(kRecentMocks)) {
    for (const auto& p : m.problems) {
      past.recent_mocks.insert(p.problem);
    }
  }
  return past;
}

struct Candidate {
  Problem problem;
  int tier = 0;  // 0 never tried, 1 tried and unsolved, 2 solved long ago, 3 recent
};

int tier_of(const std::string& id, const PastWork& past, TimePoint now) {
  const auto ac = past.last_accepted.find(id);
  const bool solved_recently =
      ac != past.last_accepted.end() && now - ac->second < std::chrono::hours(24 * kRecentDays);
  if (solved_recently || past.recent_mocks.count(id) != 0) {
    return 3;
  }
  if (ac != past.last_accepted.end()) {
    return 2;
  }
  return past.tried.count(id) != 0 ? 1 : 0;
}

bool has_any_tag(const Problem& p, const std::vector<std::string>& tags) {
  return tags.empty() || std::any_of(tags.begin(), tags.end(), [&p](const auto& t) {
           return std::find(p.tags.begin(), p.tags.end(), t) != p.tags.end();
         });
}

// The readable problems that pass the filters, each with its tier.
std::vector<Candidate> candidates_for(const Library& library, const MockOptions& o,
                                      const PastWork& past, TimePoint now) {
  if (!o.pack.empty() && std::none_of(library.packs().begin(), library.packs().end(),
                                      [&o](const Pack& p) { return p.name == o.pack; })) {
    throw Error(fmt::format("there is no pack named {}", o.pack),
                "'judge pack list' shows the packs");
  }
  const auto level = parse_level(o.difficulty);
  std::vector<Candidate> candidates;
  for (const auto& entry : library.entries()) {
    if (!o.pack.empty() && entry.pack != o.pack) {
      continue;
    }
    Problem p;
    try {
      p = load_problem(entry.dir);
    } catch (const Error&) {
      continue;  // `judge list` names it; a mock just does not ask it
    }
    if ((level && p.difficulty != *level) || !has_any_tag(p, o.tags)) {
      continue;
    }
    const int tier = tier_of(p.id, past, now);
    candidates.push_back({std::move(p), tier});
  }
  if (candidates.empty()) {
    throw Error("no problem matches the mock's filters",
                "loosen them: 'judge list' with the same --difficulty and --tag shows what there "
                "is (a mock takes problems with any of its tags)");
  }
  return candidates;
}

// The levels of the slots to fill, in the order they are asked.
std::vector<Difficulty> wanted_levels(const MockOptions& o) {
  if (const auto level = parse_level(o.difficulty)) {
    return std::vector<Difficulty>(static_cast<std::size_t>(o.problems), *level);
  }
  if (o.problems == 1) {
    return {Difficulty::kMedium};  // the usual single problem of a phone screen
  }
  return {Difficulty::kEasy, Difficulty::kMedium};
}

// Draws problems from the candidates by the seed: at a level, one of the best tier not
// taken yet.
class Picker {
 public:
  Picker(const std::vector<Candidate>& candidates, std::uint64_t seed,
         std::vector<std::string>& notes)
      : candidates_(candidates), rng_(seed), notes_(notes) {}

  const Candidate* take(Difficulty at) {
    std::vector<const Candidate*> pool;
    for (const auto& c : candidates_) {
      if (c.problem.difficulty == at && taken_.count(c.problem.id) == 0) {
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
    const Candidate* pick = pool[rng_() % pool.size()];
    taken_.insert(pick->problem.id);
    if (pick->tier == 3) {
      notes_.push_back(
          fmt::format("every problem that fits was solved in the last {} days or "
                      "asked in a recent mock: {} comes back",
                      kRecentDays, pick->problem.id));
    }
    return pick;
  }

 private:
  const std::vector<Candidate>& candidates_;
  std::mt19937_64 rng_;
  std::set<std::string> taken_;
  std::vector<std::string>& notes_;
};

// Fills each slot at its level first, then a slot that found none at the nearest level.
std::vector<Problem> fill_slots(const std::vector<Candidate>& candidates,
                                const std::vector<Difficulty>& wanted, std::uint64_t seed,
                                std::vector<std::string>& notes) {
  Picker picker(candidates, seed, notes);
  std::vector<std::optional<Problem>> slots(wanted.size());
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    if (const Candidate* c = picker.take(wanted[i])) {
      slots[i] = c->problem;
    }
  }
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    for (const Difficulty at : fallbacks(wanted[i])) {
      if (slots[i]) {
        break;
      }
      if (const Candidate* c = picker.take(at)) {
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
  return chosen;
}

}  // namespace

std::vector<Problem> MockSession::pick_problems(const MockOptions& o, std::uint64_t seed,
                                                std::vector<std::string>& notes) const {
  const auto candidates =
      candidates_for(library_, o, past_work(session_.store()), session_.clock().now());
  std::vector<Problem> chosen = fill_slots(candidates, wanted_levels(o), seed, notes);
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
  const TimePoint now = session_.clock().now();
  MockClock clock = clock_of(*mock, now);
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
  const std::string base = problem.stage == 0 ? problem.id : problem.base_id;
  const bool counts =
      mock && std::any_of(mock->problems.begin(), mock->problems.end(),
                          [&base](const MockProblemRow& p) { return p.problem == base; });
  session_.record_hint(problem, hint, counts ? mock->id : 0);
  if (counts && !session_.store().read_only()) {
    // The session's own record, which its report and score read.
    session_.store().add_mock_event(
        mock->id, {iso8601(session_.clock().now()), "hint", problem.id, std::to_string(hint)});
  }
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

namespace {

std::optional<MockRow> find_mock(const SubmissionStore& store, std::int64_t id) {
  if (id != 0) {
    return store.mock(id);
  }
  auto newest = store.mocks(1);
  return newest.empty() ? std::nullopt : std::optional<MockRow>(newest.front());
}

// True when a reveal made at `revealed_at` counts against the session: made before it ended
// (an active session has not ended). A reveal after the end leaves the score as it was.
bool reveal_counts(const MockRow& mock, const std::string& revealed_at) {
  return mock.ended_at.empty() || time_of(revealed_at) < time_of(mock.ended_at);
}

// Counts a run of the problem itself (not of a follow-up) into `p`.
void count_run(MockProblemReport& p, const SubmissionRow& r, const std::string& start) {
  if (r.kind == RunKind::kTest) {
    ++p.test_runs;
    return;
  }
  ++p.submissions;
  if (!r.verdict || r.status != "done") {
    return;  // interrupted: no verdict
  }
  p.last_verdict = r.verdict;
  if (p.solved) {
    return;
  }
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

// What the session shows of one of its problems, from its runs and events (follow-ups
// included); its follow-ups are counted by the caller, which can read the problem.
MockProblemReport problem_report(const MockRow& mock, const MockProblemRow& row,
                                 const std::vector<SubmissionRow>& runs,
                                 const std::vector<MockEventRow>& events) {
  MockProblemReport p;
  p.row = row;
  std::set<std::string> followups_solved;
  for (const auto& r : runs) {
    if (base_problem(r.problem) != row.problem) {
      continue;
    }
    if (!p.first_run_at) {
      p.first_run_at = between(mock.started_at, r.created_at);
    }
    if (!r.revealed_at.empty() && reveal_counts(mock, r.revealed_at)) {
      ++p.reveals;
    }
    if (r.problem == row.problem) {
      count_run(p, r, mock.started_at);
    } else if (r.kind == RunKind::kSubmission && r.verdict == Verdict::kAccepted) {
      followups_solved.insert(r.problem);
    }
  }
  p.followups_solved = static_cast<int>(followups_solved.size());
  p.hints = static_cast<int>(std::count_if(events.begin(), events.end(), [&row](const auto& e) {
    return e.kind == "hint" && base_problem(e.problem) == row.problem;
  }));
  return p;
}

// The timeline: in time order; at the same moment, in the order below (a warning is given
// before the command that triggered it runs).
std::vector<MockEvent> timeline_of(const MockRow& mock, const std::vector<SubmissionRow>& runs,
                                   const std::vector<MockEventRow>& events) {
  std::vector<MockEvent> timeline;
  auto add = [&timeline, &mock](const std::string& at, const std::string& kind) -> MockEvent& {
    MockEvent e;
    e.at = at;
    e.elapsed = between(mock.started_at, at);
    e.kind = kind;
    timeline.push_back(e);
    return timeline.back();
  };
  add(mock.started_at, "start");
  if (!mock.answered_at.empty()) {
    add(mock.answered_at, "answer");
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
  for (const auto& r : runs) {
    if (!r.revealed_at.empty()) {
      MockEvent& event = add(r.revealed_at, "reveal");
      event.problem = r.problem;
      event.run = r.id;
      event.detail = reveal_counts(mock, r.revealed_at) ? "" : "after the end: not counted";
    }
  }
  if (!mock.closing_at.empty()) {
    add(mock.closing_at, "closing");
  }
  if (!mock.ended_at.empty()) {
    add(mock.ended_at, mock.status == "abandoned" ? "abandon" : "end");
  }
  std::stable_sort(timeline.begin(), timeline.end(),
                   [](const MockEvent& a, const MockEvent& b) { return a.at < b.at; });
  return timeline;
}

}  // namespace

int MockSession::followups_of(const std::string& id) const {
  if (const auto it = followups_.find(id); it != followups_.end()) {
    return it->second;
  }
  int count = 0;
  try {
    count = static_cast<int>(library_.load_problem(id).followups.size());
  } catch (const Error&) {
    // The problem is gone (a removed pack): its follow-ups are not offered.
  }
  followups_.emplace(id, count);
  return count;
}

MockReport MockSession::report(std::int64_t id) const {
  const std::optional<MockRow> mock = find_mock(session_.store(), id);
  if (!mock) {
    throw Error(
        id == 0 ? std::string("there is no mock session yet")
                : fmt::format("there is no mock session #{}", id),
        id == 0 ? "start one: judge mock start --lang L" : "'judge mock list' shows the sessions");
  }
  return report_of(*mock);
}

MockReport MockSession::report_of(const MockRow& mock) const {
  const SubmissionStore& store = session_.store();
  MockReport report;
  report.mock = mock;
  const auto runs = store.mock_runs(mock.id);
  const auto events = store.mock_events(mock.id);
  for (const auto& row : mock.problems) {
    MockProblemReport p = problem_report(mock, row, runs, events);
    p.followups = followups_of(row.problem);
    report.problems.push_back(std::move(p));
  }
  report.timeline = timeline_of(mock, runs, events);
  if (mock.status == "active") {
    report.clock = clock_of(mock, session_.clock().now());
    for (const auto& p : report.problems) {
      // The interviewer asks the next stage once the first answer works, if time remains.
      if (p.solved && !report.clock->overtime() && p.followups_solved < p.followups) {
        report.offers.push_back(
            {p.row.problem, p.followups_solved + 1, fs::path(p.row.file).parent_path()});
      }
    }
  }
  report.score = score_mock(report);
  return report;
}

std::vector<MockSummary> MockSession::summaries(int limit, const std::string& problem,
                                                const std::string& since) const {
  std::vector<MockSummary> out;
  for (const auto& row : session_.store().mocks(std::numeric_limits<int>::max())) {
    if (static_cast<int>(out.size()) >= limit) {
      break;
    }
    const bool asked = problem.empty() || std::any_of(row.problems.begin(), row.problems.end(),
                                                      [&problem](const MockProblemRow& p) {
                                                        return p.problem == problem;
                                                      });
    if (!asked || (!since.empty() && time_of(row.started_at) < time_of(since))) {
      continue;
    }
    const MockReport full = report_of(row);
    MockSummary summary;
    summary.mock = full.mock;
    for (const auto& p : full.problems) {
      summary.problems.emplace_back(p.row.problem, p.solved);
    }
    if (row.status == "ended") {
      summary.score = full.score.score;
    }
    out.push_back(std::move(summary));
  }
  return out;
}

MockStats MockSession::stats() const {
  MockStats stats;
  int total = 0;
  // Newest first: the first ended session met is the latest.
  for (const auto& s : summaries(std::numeric_limits<int>::max())) {
    ++stats.sessions;
    stats.active += s.mock.status == "active" ? 1 : 0;
    stats.abandoned += s.mock.status == "abandoned" ? 1 : 0;
    if (!s.score) {
      continue;
    }
    ++stats.ended;
    total += *s.score;
    if (!stats.latest) {
      stats.latest = {s.mock.id, *s.score};
    }
    if (!stats.best || *s.score > stats.best->second) {
      stats.best = {s.mock.id, *s.score};
    }
  }
  if (stats.ended > 0) {
    stats.average = static_cast<double>(total) / stats.ended;
  }
  return stats;
}

namespace {

ScorePart score_problem(const MockProblemReport& p, int share) {
  ScorePart part;
  part.part = "problem " + p.row.problem;
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
  // Each thing the interviewer would have had to give away costs the same tenth.
  const int step = share / 10;
  const int penalties = p.rejected + p.hints + p.reveals;
  const int lost = std::min(3 * step, step * penalties);
  if (p.rejected > 0) {
    part.reasons.push_back(fmt::format(
        "{}: -{} each", detail::plural(p.rejected, "rejected submission", "rejected submissions"),
        step));
  }
  if (p.hints > 0) {
    part.reasons.push_back(
        fmt::format("{} shown: -{} each", detail::plural(p.hints, "hint", "hints"), step));
  }
  if (p.reveals > 0) {
    part.reasons.push_back(fmt::format(
        "{} revealed: -{} each", detail::plural(p.reveals, "hidden test", "hidden tests"), step));
  }
  if (lost > 0 && lost < step * penalties) {
    part.reasons.push_back(fmt::format("penalties capped at -{}", 3 * step));
  }
  part.points = std::max(0, points - lost);
  return part;
}

// A written part's score: `possible` less `per_warning` for each thing to fix in `feedback`,
// never below zero, with the reason ("<what>, 2 things to fix: 20 less 4 each").
ScorePart written_part(std::string name, int possible, int per_warning,
                       const coach::Feedback& feedback, std::string_view what) {
  const int warnings = static_cast<int>(feedback.count(coach::Severity::kWarning));
  ScorePart part{std::move(name), std::max(0, possible - per_warning * warnings), possible, {}};
  part.reasons.push_back(
      fmt::format("{}, {}: {} less {} each", what, things_to_fix(warnings), possible, per_warning));
  return part;
}

ScorePart score_behavioural(const MockRow& mock) {
  if (mock.answered_at.empty() || !mock.answer_feedback) {
    return {"behavioural", 0, kBehaviouralPoints, {"not answered: +0"}};
  }
  return written_part("behavioural", kBehaviouralPoints, 4, *mock.answer_feedback, "STAR answer");
}

ScorePart score_closing(const MockRow& mock) {
  if (mock.closing_at.empty() || !mock.closing_feedback) {
    return {"closing",
            0,
            kClosingPoints,
            {mock.status == "active" ? "asked at the end: +0 so far"
                                     : "no questions for the interviewer: +0"}};
  }
  return written_part("closing", kClosingPoints, 5, *mock.closing_feedback, "questions");
}

}  // namespace

MockScore score_mock(const MockReport& report) {
  MockScore score;
  const int n = static_cast<int>(report.problems.size());
  for (const auto& p : report.problems) {
    score.parts.push_back(score_problem(p, n > 0 ? kProblemPoints / n : 0));
  }
  if (!report.mock.question.empty()) {
    score.parts.push_back(score_behavioural(report.mock));
  }
  score.parts.push_back(score_closing(report.mock));
  for (const auto& part : score.parts) {
    score.points += part.points;
    score.possible += part.possible;
  }
  score.score =
      score.possible > 0 ? static_cast<int>(std::lround(100.0 * score.points / score.possible)) : 0;
  return score;
}

namespace {

json seconds_json(const std::optional<seconds>& s) {
  return s ? json(s->count()) : json(nullptr);
}

json feedback_or_null(const std::optional<coach::Feedback>& feedback) {
  return feedback ? feedback_json(*feedback) : json(nullptr);
}

json problem_json(const MockProblemReport& p) {
  return {{"problem", p.row.problem},
          {"title", p.row.title},
          {"difficulty", p.row.difficulty},
          {"minutes", p.row.minutes},
          {"file", p.row.file},
          {"solved", p.solved},
          {"solved_overtime", p.solved_overtime},
          {"solved_at_s", seconds_json(p.solved_at)},
          {"first_run_at_s", seconds_json(p.first_run_at)},
          {"submissions", p.submissions},
          {"test_runs", p.test_runs},
          {"rejected", p.rejected},
          {"hints", p.hints},
          {"reveals", p.reveals},
          {"last_verdict", p.last_verdict ? json(code(*p.last_verdict)) : json(nullptr)},
          {"counted_submission", p.counted != 0 ? json(p.counted) : json(nullptr)},
          {"explanation_feedback", feedback_or_null(p.explanation)},
          {"followups", p.followups},
          {"followups_solved", p.followups_solved}};
}

json event_json(const MockEvent& e) {
  return {{"at", e.at},
          {"elapsed_s", e.elapsed.count()},
          {"kind", e.kind},
          {"problem", or_null(e.problem)},
          {"run", e.run != 0 ? json(e.run) : json(nullptr)},
          {"verdict", e.verdict ? json(code(*e.verdict)) : json(nullptr)},
          {"overtime", e.overtime},
          {"detail", or_null(e.detail)}};
}

json score_json(const MockScore& score) {
  json parts = json::array();
  for (const auto& part : score.parts) {
    parts.push_back({{"part", part.part},
                     {"points", part.points},
                     {"possible", part.possible},
                     {"reasons", part.reasons}});
  }
  return {{"score", score.score},
          {"points", score.points},
          {"possible", score.possible},
          {"parts", parts}};
}

json behavioural_json(const MockRow& m) {
  if (m.question.empty()) {
    return nullptr;
  }
  return {{"question", m.question},
          {"text", m.question_text},
          {"competency", m.competency},
          {"answer", or_null(m.answer)},
          {"answered_at", or_null(m.answered_at)},
          {"feedback", feedback_or_null(m.answer_feedback)}};
}

}  // namespace

json mock_report_json(const MockReport& report) {
  const MockRow& m = report.mock;
  json problems = json::array();
  for (const auto& p : report.problems) {
    problems.push_back(problem_json(p));
  }
  json timeline = json::array();
  for (const auto& e : report.timeline) {
    timeline.push_back(event_json(e));
  }
  json options = json::parse(m.options, nullptr, false);
  json out = {
      {"id", m.id},
      {"status", m.status},
      {"started_at", m.started_at},
      {"deadline", m.deadline},
      {"ended_at", or_null(m.ended_at)},
      {"minutes", m.minutes},
      {"seed", m.seed},
      {"language", m.language},
      {"options", options.is_object() ? options : json::object()},
      {"problems", problems},
      {"behavioural", behavioural_json(m)},
      {"closing",
       {{"questions", or_null(m.closing)},
        {"at", or_null(m.closing_at)},
        {"feedback", m.closing_feedback ? feedback_json(*m.closing_feedback) : json()}}},
      {"timeline", timeline},
      {"score", score_json(report.score)},
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

json mock_summary_json(const MockSummary& s) {
  json problems = json::array();
  for (const auto& [id, solved] : s.problems) {
    problems.push_back({{"problem", id}, {"solved", solved}});
  }
  return {{"id", s.mock.id},
          {"started_at", s.mock.started_at},
          {"ended_at", or_null(s.mock.ended_at)},
          {"minutes", s.mock.minutes},
          {"status", s.mock.status},
          {"problems", problems},
          {"score", s.score ? json(*s.score) : json(nullptr)}};
}

json mock_stats_json(const MockStats& s) {
  auto scored = [](const std::optional<std::pair<std::int64_t, int>>& at) {
    return at ? json{{"id", at->first}, {"score", at->second}} : json(nullptr);
  };
  return {{"sessions", s.sessions},
          {"ended", s.ended},
          {"abandoned", s.abandoned},
          {"active", s.active},
          {"best", scored(s.best)},
          {"latest", scored(s.latest)},
          {"average", s.average ? json(*s.average) : json(nullptr)}};
}

}  // namespace judge
