#include "judge/session.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <climits>
#include <regex>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "judge/coach/explanation.h"
#include "judge/error.h"
#include "judge/hash.h"
#include "toml_reader.h"

namespace judge {

namespace fs = std::filesystem;

std::string public_test_name(const TestOutcome& test, std::size_t sample_count) {
  if (test.sample) {
    return test.name;
  }
  return fmt::format("hidden/{}", test.index + 1 - sample_count);
}

namespace {

// Records each step in the store as it lands, under the name the user sees, and passes it on.
class StoringReporter final : public Reporter {
 public:
  StoringReporter(SubmissionStore& store, std::int64_t id, Reporter& inner, std::size_t samples)
      : store_(store), id_(id), inner_(inner), samples_(samples) {}
  void compiling(const Language& l) override { inner_.compiling(l); }
  void compiled(const CompileResult& r) override {
    store_.record_compile(id_, r);
    inner_.compiled(r);
  }
  void preparing(const std::string& what) override { inner_.preparing(what); }
  void test_started(const TestCase& t, std::size_t i, std::size_t n) override {
    inner_.test_started(t, i, n);
  }
  void test_finished(const TestOutcome& t) override {
    TestOutcome stored = t;
    stored.name = public_test_name(t, samples_);
    store_.record_test(id_, stored);
    inner_.test_finished(t);
  }

 private:
  SubmissionStore& store_;
  std::int64_t id_;
  Reporter& inner_;
  std::size_t samples_;
};

}  // namespace

Session::Session(const Library& library, SubmissionStore& store, const Clock& clock,
                 std::function<Judge&()> judge)
    : library_(library), store_(store), clock_(clock), judge_(std::move(judge)) {}

Problem Session::load_stage(const std::string& id_in, int followup) const {
  // "two-sum/followup-1" (what start() records for a follow-up's file) names a stage too.
  std::string id = id_in;
  static const std::regex kStage(R"((.+)/followup-([1-9][0-9]{0,3}))");
  std::smatch m;
  if (followup == 0 && std::regex_match(id_in, m, kStage)) {
    id = m[1].str();
    followup = std::stoi(m[2].str());
  }
  Problem problem = library_.load_problem(id);
  if (followup == 0) {
    return problem;
  }
  if (followup < 0) {
    throw Error(fmt::format("--followup {} is not a follow-up number", followup),
                "follow-ups are numbered from 1");
  }
  // An interviewer asks the follow-up once the first answer works.
  const auto attempted = store_.attempted();
  const auto it = attempted.find(problem.id);
  if (it == attempted.end() || !it->second) {
    throw Error(fmt::format("follow-up {} of {} unlocks once {} is accepted", followup, problem.id,
                            problem.id),
                fmt::format("solve it first: judge submit FILE --problem {}", problem.id));
  }
  return load_followup(problem, followup);
}

std::string problem_marker(const std::string& source) {
  // "judge: two-sum" alone on a comment line (//, #, --, ;, %, /* ... */: one to three marks
  // that are not a letter, a digit or a quote), in the first lines of the file, where start()
  // writes it.
  static const std::regex kMarker(
      R"(^[ \t]*[^A-Za-z0-9_ \t'"`]{1,3}[ \t]*judge:[ \t]*([A-Za-z0-9][A-Za-z0-9_.-]*(?:/followup-[0-9]+)?)[ \t]*(?:\*/)?[ \t]*\r?$)");
  std::size_t begin = 0;
  for (int line = 0; line < 20 && begin < source.size(); ++line) {
    std::size_t end = source.find('\n', begin);
    if (end == std::string::npos) {
      end = source.size();
    }
    std::smatch m;
    const std::string text = source.substr(begin, end - begin);
    if (std::regex_search(text, m, kMarker)) {
      return m[1].str();
    }
    begin = end + 1;
  }
  return {};
}

namespace {

// A problem ID or a file's stem as compared for choosing: lower case, without '-' and '_'
// (merge_intervals.py, MergeIntervals.java and mergeintervals.py are all merge-intervals).
std::string loose(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c != '-' && c != '_') {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

// Marks each judged submission of `history` that came after a hint: one shown since the
// submission before it (or ever, for the first). `hints`: when each hint of the problem was
// shown, in seconds since the epoch.
void mark_hinted(coach::History& history, std::vector<std::int64_t> hints) {
  std::sort(hints.begin(), hints.end());
  std::sort(history.attempts.begin(), history.attempts.end(),
            [](const coach::Attempt& a, const coach::Attempt& b) { return a.at < b.at; });
  auto next = hints.begin();
  for (auto& attempt : history.attempts) {
    const auto seen = std::upper_bound(next, hints.end(), attempt.at);
    attempt.hinted = seen != next;
    next = seen;
  }
}

}  // namespace

Problem Session::choose_problem(const fs::path& file, const std::string& source,
                                const std::string& explicit_id, int followup) const {
  // Only a choice that is certain: judging against the wrong problem stores a wrong verdict
  // and counts an attempt that never was.
  std::string id = explicit_id;
  if (id.empty()) {
    id = problem_marker(source);
  }
  if (id.empty()) {
    const std::string path = fs::weakly_canonical(fs::absolute(file)).string();
    if (auto started = store_.start_for_file(path)) {
      id = started->problem;
    }
  }
  if (id.empty()) {
    std::string stem = file.stem().string();
    // two-sum-followup-1.py, as start() names a follow-up's file.
    static const std::regex kFollowupFile(R"((.+)-followup-([1-9][0-9]{0,3}))");
    std::smatch m;
    int stage = 0;
    if (std::regex_match(stem, m, kFollowupFile)) {
      stem = m[1].str();
      stage = std::stoi(m[2].str());
    }
    for (const auto& entry : library_.entries()) {
      if (loose(entry.id) == loose(stem)) {
        id = stage == 0 || followup != 0 ? entry.id : followup_id(entry.id, stage);
        break;
      }
    }
  }
  if (id.empty()) {
    throw Error(fmt::format("which problem is {} for? it was not started with 'judge start', its "
                            "name is not a problem's ID, and it has no 'judge: ID' comment",
                            file.filename().string()),
                likely_problems_hint(file));
  }
  return load_stage(id, followup);
}

std::string Session::likely_problems_hint(const fs::path& file) const {
  std::vector<std::string> ids;
  for (const auto& entry : library_.entries()) {
    ids.push_back(entry.id);
  }
  std::vector<std::string> likely;
  const auto guess = detail::closest(file.stem().string(), ids);
  if (guess) {
    likely.push_back(*guess);
  }
  if (auto latest = store_.latest_start(); latest && latest->problem != guess) {
    likely.push_back(latest->problem + ", the problem you started last");
  }
  std::string hint = "pass --problem ID";
  if (!likely.empty()) {
    hint += fmt::format(" (likely: {})", fmt::join(likely, ", or "));
  }
  return hint + ", or name the file after the problem (two-sum.py); 'judge list' shows the IDs";
}

std::string Session::reference(const Problem& problem) const {
  // By ID when the library has it, else by its folder (a problem given by path and not
  // installed).
  std::error_code ec;
  const auto entry = library_.find(problem.stage == 0 ? problem.id : problem.base_id);
  const fs::path base_dir =
      problem.stage == 0 ? problem.dir : problem.dir.parent_path().parent_path();
  std::string ref =
      entry && fs::equivalent(entry->dir, base_dir, ec) ? entry->id : base_dir.string();
  if (problem.stage != 0) {
    ref = followup_id(ref, problem.stage);  // load_stage() reads it back
  }
  return ref;
}

std::string Session::starter_marker(const Problem& problem, const Language& language) const {
  const std::string ref = reference(problem);
  // A folder is no ID: the start record finds such a file, and a path would be a lie once the
  // folder moves.
  if (problem_marker(language.comment + " judge: " + ref) != ref) {
    return {};
  }
  return fmt::format("{} judge: {}\n", language.comment, ref);
}

std::string Session::start(const Problem& problem, const Language& language, const fs::path& file) {
  const std::string ref = reference(problem);
  store_.remember_problem(problem);
  store_.record_start(
      {ref, language.id, fs::weakly_canonical(file).string(), iso8601(clock_.now())});
  return ref;
}

std::string Session::last_language() const {
  const auto last = store_.latest_start();
  return last ? last->language : std::string();
}

std::map<std::string, bool> Session::attempted() const {
  return store_.attempted();
}

std::int64_t Session::begin(const Problem& problem, const Attempt& attempt) {
  // A problem judged by path (not from a pack) is remembered by its folder too, so that
  // review() can show its reference explanation.
  std::error_code ec;
  const auto entry = library_.find(problem.id);
  NewRun run;
  run.kind = attempt.kind;
  run.problem = problem.id;
  run.language = attempt.language->id;
  run.file_name = attempt.file_name;
  run.source = attempt.source;
  run.explanation = attempt.explanation;
  run.mock = attempt.mock;
  run.overtime = attempt.overtime;
  run.problem_dir =
      entry && fs::equivalent(entry->dir, problem.dir, ec) ? std::string() : problem.dir.string();
  store_.remember_problem(problem);
  return store_.begin(run);
}

JudgeOutcome Session::judge(std::int64_t id, Problem& problem, const Attempt& attempt,
                            Reporter& reporter) {
  const bool submit = attempt.kind == RunKind::kSubmission;
  JudgeRequest request;
  request.problem = &problem;
  request.language = attempt.language;
  request.source = attempt.source;
  request.display_name = attempt.file_name;
  request.samples_only = !submit;
  request.run_all = attempt.run_all;
  request.own_tests = attempt.own_tests;
  const std::size_t samples = problem.sample_count();
  // Ctrl-C: the row keeps the tests that finished, marked interrupted; the temporary folders
  // went with the stack.
  auto stop = [&](const JudgeOutcome& partial) {
    store_.finish_interrupted(id, partial);
    throw Interrupted(fmt::format("interrupted after {} of {} tests; {} {} kept as interrupted",
                                  partial.tests.size(), partial.planned,
                                  submit ? "submission" : "test run", id));
  };
  JudgeOutcome outcome;
  try {
    Judge& engine = judge_();
    try {
      // A test run runs the samples only: it does not wait for the hidden tests to be made.
      engine.prepare_tests(problem, reporter, submit);
    } catch (const Interrupted&) {
      JudgeOutcome none;
      none.planned = submit ? problem.tests.size() : samples + request.own_tests.size();
      stop(none);
    }
    StoringReporter storing(store_, id, reporter, samples);
    outcome = engine.judge(request, storing);
    if (outcome.interrupted) {
      stop(outcome);
    }
    store_.finish(id, outcome);
    if (submit) {
      // After the verdict, as an interviewer reads it: what was written is in the row since
      // begin(), the feedback joins it.
      store_.record_feedback(
          id,
          coach::review_explanation(attempt.explanation, coach::expectations_of(problem)).feedback);
    }
  } catch (const StoreError&) {
    throw;
  } catch (const Interrupted&) {
    throw;
  } catch (const std::exception& e) {
    // The row exists since begin(): a problem that cannot be judged (a generator that fails,
    // a sandbox that cannot start) closes it as an internal error, not left "running".
    JudgeOutcome failed = outcome;
    failed.verdict = Verdict::kInternalError;
    failed.error = e.what();
    try {
      store_.finish(id, failed);
    } catch (const StoreError&) {
      // The error at hand says more; the row reads "interrupted" later.
    }
    throw;
  }
  return outcome;
}

std::optional<coach::Feedback> Session::feedback(std::int64_t id) const {
  auto row = store_.get(id, false);
  return row ? row->feedback : std::nullopt;
}

std::vector<SubmissionRow> Session::history(const std::string& problem, int limit,
                                            bool include_test_runs) const {
  if (limit <= 0) {
    throw Error(fmt::format("--limit {} is not a number of submissions", limit),
                "give a positive number (default 20)");
  }
  return store_.history(problem, limit, include_test_runs);
}

void Session::forget(std::int64_t id, bool forget) {
  if (!store_.forget(id, forget)) {
    throw Error(fmt::format("there is no submission #{}", id), "'judge history' lists them");
  }
}

std::string Session::reference_withheld(const std::string& problem, ReferenceWhen when) const {
  switch (when) {
    case ReferenceWhen::kAlways:
      return {};
    case ReferenceWhen::kNever:
      return "reference explanations are never shown (your setting)";
    case ReferenceWhen::kAfterSubmission:
    case ReferenceWhen::kAfterAccepted:
      break;
  }
  const bool accepted_needed = when == ReferenceWhen::kAfterAccepted;
  // Only what was judged to the end counts: a test run of the untouched template, or a
  // submission stopped by Ctrl-C, is no real attempt. history() leaves out forgotten rows.
  for (const auto& row : store_.history(problem, INT_MAX, false)) {
    if (row.status == "done" && row.verdict &&
        (!accepted_needed || *row.verdict == Verdict::kAccepted)) {
      return {};
    }
  }
  return accepted_needed
             ? fmt::format("it is shown once a submission of {} is accepted", problem)
             : fmt::format("it is shown once you have submitted {} (a test run does not count)",
                           problem);
}

std::optional<Review> Session::review(std::int64_t id, ReferenceWhen when) const {
  auto row = store_.get(id);
  if (!row) {
    return std::nullopt;
  }
  Review review{std::move(*row), {}, {}, {}};
  review.title = review.row.problem;
  try {
    std::error_code ec;
    const Problem p =
        !review.row.problem_dir.empty() && fs::is_directory(review.row.problem_dir, ec)
            ? load_problem(review.row.problem_dir)
            : library_.load_problem(review.row.problem);
    review.title = p.title;
    if (!review.row.feedback && review.row.kind == RunKind::kSubmission &&
        review.row.status == "done") {
      review.row.feedback =
          coach::review_explanation(review.row.explanation, coach::expectations_of(p)).feedback;
    }
    review.reference = read_file(p.solution.string());
    review.withheld = reference_withheld(review.row.problem, when);
    if (!review.withheld.empty()) {
      review.reference.clear();
    }
  } catch (const Error&) {
    // The problem may be gone (a removed pack): the submission is still shown.
  }
  return review;
}

StatsModel Session::stats() const {
  StatsModel model;
  model.problems = store_.stats();
  for (const auto& row : store_.history("", INT_MAX, false)) {
    model.reveals += row.revealed_at.empty() ? 0 : 1;
  }
  for (const auto& hint : store_.hints("")) {
    ++model.hints;
    ++model.hints_by_problem[hint.problem];
  }
  for (const char* level : {"easy", "medium", "hard"}) {
    model.by_difficulty[level] = {};
  }
  for (const auto& s : model.problems) {
    model.submissions += s.attempts;
    model.solved += s.solved ? 1 : 0;
  }
  for (const auto& entry : library_.entries()) {
    Problem p;
    try {
      p = load_problem(entry.dir);
    } catch (const Error& e) {
      model.unreadable.push_back(fmt::format("{}: {}", entry.id, e.what()));
      continue;
    }
    const bool solved =
        std::any_of(model.problems.begin(), model.problems.end(),
                    [&p](const ProblemStats& s) { return s.problem == p.id && s.solved; });
    const bool attempted =
        std::any_of(model.problems.begin(), model.problems.end(),
                    [&p](const ProblemStats& s) { return s.problem == p.id && s.attempts > 0; });
    auto add = [solved, attempted](Tally& t) {
      t.total += 1;
      t.solved += solved ? 1 : 0;
      t.attempted += attempted ? 1 : 0;
    };
    add(model.by_difficulty[std::string(to_string(p.difficulty))]);
    for (const auto& tag : p.tags) {
      add(model.by_tag[tag]);
    }
  }
  return model;
}

void Session::record_hint(const Problem& problem, int level, std::int64_t mock) {
  if (store_.read_only()) {
    return;
  }
  store_.record_hint({problem.id, level, iso8601(clock_.now()), mock});
}

ScheduleModel Session::schedule() const {
  ScheduleModel model;
  std::vector<coach::ProblemInfo> problems;
  for (const auto& entry : library_.entries()) {
    try {
      Problem p = load_problem(entry.dir);
      problems.push_back({p.id, p.difficulty, p.tags, p.minutes});
    } catch (const Error& e) {
      model.unreadable.push_back(fmt::format("{}: {}", entry.id, e.what()));
    }
  }
  auto seconds = [](TimePoint t) {
    return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
  };
  std::map<std::string, coach::History> by_problem;
  for (const auto& row : store_.history("", INT_MAX, false)) {
    // Only judged submissions are recalls; one still running or stopped by Ctrl-C says nothing.
    if (row.status != "done" || !row.verdict) {
      continue;
    }
    auto at = parse_iso8601(row.created_at);
    if (!at) {
      continue;
    }
    auto& history = by_problem[row.problem];
    history.problem = row.problem;
    history.attempts.push_back({seconds(*at), *row.verdict, !row.revealed_at.empty(), false});
  }
  std::map<std::string, std::vector<std::int64_t>> hints;
  for (const auto& hint : store_.hints("")) {
    if (auto at = parse_iso8601(hint.at)) {
      hints[hint.problem].push_back(seconds(*at));
    }
  }
  // The `judge start` times: a solve long after the start is a slower recall than one on the
  // first try within the problem's minutes (coach::grade_of).
  for (const auto& start : store_.starts()) {
    auto at = parse_iso8601(start.started_at);
    auto it = by_problem.find(start.problem);
    if (at && it != by_problem.end()) {
      it->second.starts.push_back(seconds(*at));
    }
  }
  std::vector<coach::History> histories;
  for (auto& [id, history] : by_problem) {
    mark_hinted(history, hints[id]);
    histories.push_back(std::move(history));
  }
  model.picks = coach::schedule(problems, histories, seconds(clock_.now()));
  return model;
}

RevealPlan Session::plan_reveal(std::int64_t id) const {
  auto row = store_.get(id);
  if (!row) {
    throw Error(fmt::format("there is no submission #{}", id), "'judge history' lists them");
  }
  if (row->kind == RunKind::kTest) {
    throw Error(fmt::format("#{}t is a test run: it ran only the samples, which it showed", id),
                "reveal works on a failed submission: give its number from 'judge history'");
  }
  if (row->status != "done" || !row->verdict) {
    throw Error(fmt::format("submission #{} was not judged to the end ({})", id, row->status),
                "submit again; a failed submission's test can then be revealed");
  }
  if (*row->verdict == Verdict::kAccepted) {
    throw Error(fmt::format("submission #{} was accepted: no test failed", id),
                "reveal shows the first failing hidden test of a failed submission");
  }
  const TestRow* failed = nullptr;
  for (const auto& t : row->tests) {
    if (!t.sample && t.verdict != Verdict::kAccepted) {
      failed = &t;
      break;
    }
  }
  if (failed == nullptr) {
    throw Error(
        fmt::format("submission #{} failed no hidden test ({})", id, describe(*row->verdict)),
        *row->verdict == Verdict::kCompileError
            ? "it did not compile: 'judge review " + std::to_string(id) +
                  "' shows the compiler's messages"
            : "a failing sample is shown in full by 'judge test FILE'");
  }
  std::error_code ec;
  Problem problem = !row->problem_dir.empty() && fs::is_directory(row->problem_dir, ec)
                        ? load_problem(row->problem_dir)
                        : load_stage(row->problem, 0);
  // "hidden/K" is the K-th hidden test, after the samples (public_test_name()).
  const std::string prefix = "hidden/";
  std::size_t k = 0;
  if (failed->name.rfind(prefix, 0) == 0) {
    k = static_cast<std::size_t>(std::atoll(failed->name.c_str() + prefix.size()));
  }
  const std::size_t index = problem.sample_count() + k - 1;
  if (k == 0 || index >= problem.tests.size() || problem.tests[index].sample) {
    throw Error(fmt::format("test {} of submission #{} is no longer among {}'s tests", failed->name,
                            id, problem.id),
                "the problem's tests changed since it was judged: submit again, then reveal");
  }
  const TestCase& test = problem.tests[index];
  if (test.generated >= 0) {
    throw Error(fmt::format("{} of {} is a generated test: too large to read, and never revealed",
                            failed->name, problem.id),
                test.desc.empty() ? "think about the largest inputs the constraints allow"
                                  : "its description says what it is: " + test.desc);
  }
  RevealPlan plan;
  plan.input_bytes = fs::file_size(test.input, ec);
  if (ec) {
    throw Error(fmt::format("cannot read the input of {} of {}: {}", failed->name, problem.id,
                            ec.message()),
                "check the problem's folder, or reinstall its pack");
  }
  const auto max_bytes = static_cast<std::uintmax_t>(problem.reveal_max_input_kib) * 1024;
  if (plan.input_bytes > max_bytes) {
    throw Error(
        fmt::format("the input of {} of {} is {} bytes, over the {} KiB that may be "
                    "revealed",
                    failed->name, problem.id, plan.input_bytes, problem.reveal_max_input_kib),
        test.desc.empty() ? "look for a case the samples do not cover"
                          : "its description says what it is: " + test.desc);
  }
  plan.public_name = failed->name;
  plan.verdict = failed->verdict;
  plan.test = index;
  plan.problem = std::move(problem);
  plan.row = std::move(*row);
  return plan;
}

namespace {

// Keeps the rerun's outcome and hands it on while its files are still there.
class RevealReporter final : public Reporter {
 public:
  RevealReporter(Reporter& inner, std::string name) : inner_(inner), name_(std::move(name)) {}
  void compiling(const Language& l) override { inner_.compiling(l); }
  void compiled(const CompileResult& r) override { inner_.compiled(r); }
  void test_finished(const TestOutcome& outcome) override {
    result = outcome;
    result->name = name_;
    inner_.test_finished(*result);
  }
  std::optional<TestOutcome> result;

 private:
  Reporter& inner_;
  std::string name_;
};

}  // namespace

TestOutcome Session::reveal(const RevealPlan& plan, const Language& language, Reporter& reporter) {
  // The one test, run as a sample is: its output and messages kept for the candidate.
  Problem problem = plan.problem;
  TestCase test = problem.tests.at(plan.test);
  test.sample = true;
  problem.tests = {test};
  JudgeRequest request;
  request.problem = &problem;
  request.language = &language;
  request.source = plan.row.source;
  request.display_name = plan.row.file_name;
  RevealReporter keep(reporter, plan.public_name);
  JudgeOutcome outcome = judge_().judge(request, keep);
  if (outcome.interrupted) {
    throw Interrupted("interrupted: nothing was revealed");
  }
  if (!keep.result) {
    throw Error(
        fmt::format("submission #{} did not compile this time: {}", plan.row.id,
                    outcome.compile.message.empty() ? outcome.error : outcome.compile.message),
        "check the language's toolchain with 'judge doctor'");
  }
  store_.record_reveal(plan.row.id);
  return *keep.result;
}

}  // namespace judge
