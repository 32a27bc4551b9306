// Everything the user did, kept in SQLite: submissions with their source, explanation,
// per-test results and the feedback on the explanation, test runs, started problems, mock
// phone screens.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judge/clock.h"
#include "judge/coach/feedback.h"
#include "judge/error.h"
#include "judge/judge.h"
#include "judge/problem.h"
#include "judge/verdict.h"

struct sqlite3;

namespace judge {

struct TestRow {
  int index = 0;
  std::string name;
  bool sample = false;
  Verdict verdict = Verdict::kAccepted;
  int time_ms = 0;
  int wall_ms = 0;
  std::uint64_t memory_kb = 0;
  std::optional<int> exit_code;
  std::optional<int> signal;
  std::string message;
  std::string desc;
};

enum class RunKind { kSubmission, kTest };

struct SubmissionRow {
  std::int64_t id = 0;
  RunKind kind = RunKind::kSubmission;
  std::string problem;
  /// The problem's folder when it was judged by path (not from an installed pack), else empty.
  std::string problem_dir;
  std::string language;
  std::string file_name;
  std::string source;
  std::string explanation;
  std::string created_at;    ///< ISO 8601, UTC
  std::string finished_at;   ///< empty while running or when interrupted
  std::string status;        ///< "running", "done", "interrupted"
  std::string forgotten_at;  ///< when the user asked to forget it (judge forget), else empty
  std::string revealed_at;   ///< when a hidden test of it was revealed (judge reveal), else empty
  std::optional<Verdict> verdict;
  int time_ms = 0;
  std::uint64_t memory_kb = 0;
  int passed = 0;
  int planned = 0;
  bool compile_ok = false;
  std::string compile_message;
  int compile_time_ms = 0;
  bool compile_cached = false;
  std::vector<TestRow> tests;
  /// The feedback on the explanation (submissions), once judged; none for test runs and for
  /// submissions stored before the judge gave feedback.
  std::optional<coach::Feedback> feedback;
  std::int64_t mock = 0;  ///< the mock session it was part of, or 0
  bool overtime = false;  ///< made after that session's deadline
};

struct StartRow {
  std::string problem;
  std::string language;
  std::string file;
  std::string started_at;
};

struct ProblemStats {
  std::string problem;
  std::string title;
  std::string difficulty;
  std::vector<std::string> tags;
  int attempts = 0;
  bool solved = false;
  std::string first_accepted_at;
  /// Seconds from the first `judge start` (or first submission) to the first AC, if solved.
  std::optional<std::int64_t> seconds_to_accept;
};

/// A new row, before judging starts: what the user handed in.
struct NewRun {
  RunKind kind = RunKind::kSubmission;
  std::string problem;
  std::string language;
  std::string file_name;
  std::string source;
  std::string explanation;
  /// The problem's folder when it is judged by path (not from an installed pack), else empty.
  std::string problem_dir;
  std::int64_t mock = 0;  ///< the mock session it is part of, or 0
  bool overtime = false;  ///< after that session's deadline
};

/// One problem of a mock session, in the order the interviewer asks them.
struct MockProblemRow {
  std::string problem;  ///< its ID, or its folder for a problem judged by path
  std::string title;
  std::string difficulty;
  int minutes = 0;   ///< what the problem says it takes
  std::string file;  ///< the starter file written for it
};

/// What happened in a mock session besides its runs: a hint shown, a time warning given.
struct MockEventRow {
  std::string at;       ///< ISO 8601, UTC
  std::string kind;     ///< "hint", "warning"
  std::string problem;  ///< hint: the problem
  std::string detail;   ///< hint: its number; warning: the minutes left ("10", "5", "0")
};

/// A hint shown (judge show ID --hint N), in a mock session or not.
struct HintRow {
  std::string problem;    ///< the problem's ID ("ID/followup-N" for a follow-up's hint)
  int level = 0;          ///< the hint's number, from 1
  std::string at;         ///< ISO 8601, UTC
  std::int64_t mock = 0;  ///< the mock session it counted against, or 0
};

/// A mock phone screen: the plan, what the candidate wrote, and the feedback on it.
struct MockRow {
  std::int64_t id = 0;
  std::string status = "active";  ///< "active", "ended", "abandoned"
  std::string started_at;         ///< ISO 8601, UTC
  std::string deadline;
  std::string ended_at;  ///< empty while active
  int minutes = 45;
  std::uint64_t seed = 0;
  std::string language;
  std::string options;   ///< what was asked for, as JSON (difficulty, tags, pack...)
  std::string question;  ///< the behavioural question's id, or empty (--no-behavioural)
  std::string question_text;
  std::string competency;
  std::string answer;       ///< the STAR answer as written, or empty
  std::string answered_at;  ///< empty: not answered
  std::optional<coach::Feedback> answer_feedback;
  std::string closing;  ///< the candidate's questions for the interviewer, as written
  std::string closing_at;
  std::optional<coach::Feedback> closing_feedback;
  std::vector<MockProblemRow> problems;
};

/// One timed run of a probe, as stored (the store's own type: it does not depend on the fit,
/// whose coach::Sample has the same fields).
struct ProbeRun {
  std::int64_t n = 0;
  double cpu_s = 0;
  bool hit_limit = false;
};

/// A complexity probe's result (judge probe, or after an accepted submit).
struct ProbeRow {
  std::int64_t id = 0;
  std::string problem;
  std::int64_t submission = 0;  ///< the submission probed, or 0 (judge probe FILE)
  std::string language;
  std::string file_name;
  std::string created_at;       ///< ISO 8601, UTC
  std::string best;             ///< the class that fits best, "O(n log n)", or empty
  std::string status;           ///< the confidence, coach::to_string(FitStatus)
  std::optional<double> slope;  ///< the log-log slope over the larger sizes
  std::string summary;
  double time_limit_s = 0;        ///< the limit the runs were judged against
  double cpu_s = 0;               ///< CPU time the runs took
  std::vector<ProbeRun> samples;  ///< every run, so that the fit can be drawn again
};

/// Where submissions, test runs and started problems are kept. The real one is SQLite
/// (Store); unit tests use an in-memory one. Times come from the Clock the store was given.
class SubmissionStore {
 public:
  virtual ~SubmissionStore() = default;

  virtual void remember_problem(const Problem& problem) = 0;

  /// A row exists, status "running", before judging starts. Returns its number.
  [[nodiscard]] virtual std::int64_t begin(const NewRun& run) = 0;
  virtual void record_compile(std::int64_t id, const CompileResult& compile) = 0;
  /// Committed as it lands: a crash loses at most the test being run. `test.name` is the
  /// public name (public_test_name()).
  virtual void record_test(std::int64_t id, const TestOutcome& test) = 0;
  virtual void finish(std::int64_t id, const JudgeOutcome& outcome) = 0;
  /// Judging stopped early (Ctrl-C): status "interrupted", with the tests that ran.
  virtual void finish_interrupted(std::int64_t id, const JudgeOutcome& outcome) = 0;
  /// The feedback on submission `id`'s explanation, computed once it was judged.
  virtual void record_feedback(std::int64_t id, const coach::Feedback& feedback) = 0;

  [[nodiscard]] virtual std::optional<SubmissionRow> get(std::int64_t id,
                                                         bool with_tests = true) const = 0;
  /// Newest first. Empty problem: all problems.
  [[nodiscard]] virtual std::vector<SubmissionRow> history(
      const std::string& problem, int limit, bool include_test_runs = false) const = 0;

  /// Marks submission `id` forgotten (or, `forget` false, remembered again): history(), stats()
  /// and attempted() leave it out; get() still finds it. False when there is no such row.
  virtual bool forget(std::int64_t id, bool forget) = 0;
  /// Marks that a hidden test of submission `id` was shown (judge reveal); the first time
  /// counts. False when there is no such row.
  virtual bool record_reveal(std::int64_t id) = 0;

  virtual void record_start(const StartRow& start) = 0;
  [[nodiscard]] virtual std::optional<StartRow> start_for_file(const std::string& file) const = 0;
  [[nodiscard]] virtual std::optional<StartRow> latest_start() const = 0;
  /// Every `judge start`, oldest first (the schedule's time to solve starts there).
  [[nodiscard]] virtual std::vector<StartRow> starts() const = 0;

  /// Per problem attempted (submissions only), with the time to the first AC, by problem ID.
  [[nodiscard]] virtual std::vector<ProblemStats> stats() const = 0;
  /// Problem IDs with a submission, and whether one was accepted.
  [[nodiscard]] virtual std::map<std::string, bool> attempted() const = 0;

  /// A new mock session (status "active") with its problems; returns its number.
  [[nodiscard]] virtual std::int64_t create_mock(const MockRow& mock) = 0;
  /// Writes what changes in a session: status, end, answer, closing questions and feedback.
  virtual void update_mock(const MockRow& mock) = 0;
  [[nodiscard]] virtual std::optional<MockRow> mock(std::int64_t id) const = 0;
  /// The session in progress, if any (there is at most one).
  [[nodiscard]] virtual std::optional<MockRow> active_mock() const = 0;
  /// Sessions, newest first.
  [[nodiscard]] virtual std::vector<MockRow> mocks(int limit) const = 0;
  virtual void add_mock_event(std::int64_t mock, const MockEventRow& event) = 0;
  /// In the order they happened.
  [[nodiscard]] virtual std::vector<MockEventRow> mock_events(std::int64_t mock) const = 0;
  /// The submissions and test runs of a session, oldest first, without their tests;
  /// forgotten ones left out.
  [[nodiscard]] virtual std::vector<SubmissionRow> mock_runs(std::int64_t mock) const = 0;

  /// Records a hint shown.
  virtual void record_hint(const HintRow& hint) = 0;
  /// The hints shown for `problem` (empty: every problem), oldest first.
  [[nodiscard]] virtual std::vector<HintRow> hints(const std::string& problem) const = 0;
  /// Stores a probe's result; returns its number.
  virtual std::int64_t record_probe(const ProbeRow& probe) = 0;
  /// Newest first. Empty problem: all problems.
  [[nodiscard]] virtual std::vector<ProbeRow> probes(const std::string& problem,
                                                     int limit) const = 0;
  /// The newest probe of submission `submission`, if it was probed.
  [[nodiscard]] virtual std::optional<ProbeRow> probe_of_submission(
      std::int64_t submission) const = 0;

  /// True when nothing can be written (a store opened read-only).
  [[nodiscard]] virtual bool read_only() const noexcept { return false; }
};

/// The store in SQLite: $JUDGE_HOME/judge.db.
class Store final : public SubmissionStore {
 public:
  enum class Mode {
    kReadWrite,  ///< created if needed, schema brought up to date
    /// For commands that only read (list, history, review, stats) when the judge's folder
    /// cannot be written: opened read-only, nothing migrated or marked; a database that does
    /// not exist yet (or has an older schema) reads as empty.
    kReadOnly,
  };

  /// Opens (creating if needed) the database and brings its schema up to date. Submissions
  /// left "running" by a judge that died are marked "interrupted". Throws StoreError naming
  /// the cause (another judge holds it, damaged, disk full, permissions) and the fix.
  explicit Store(const std::filesystem::path& path, Mode mode = Mode::kReadWrite,
                 const Clock& clock = system_clock());
  ~Store() override;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  /// The schema version this build writes.
  static int schema_version();

  void remember_problem(const Problem& problem) override;
  [[nodiscard]] std::int64_t begin(const NewRun& run) override;
  void record_compile(std::int64_t id, const CompileResult& compile) override;
  void record_test(std::int64_t id, const TestOutcome& test) override;
  void finish(std::int64_t id, const JudgeOutcome& outcome) override;
  void finish_interrupted(std::int64_t id, const JudgeOutcome& outcome) override;
  void record_feedback(std::int64_t id, const coach::Feedback& feedback) override;

  /// How long a write waits for another judge that holds the database (10 s by default).
  void set_busy_timeout(std::chrono::milliseconds wait);

  /// True when opened read-only (Mode::kReadOnly); `empty()` when there was nothing to open.
  [[nodiscard]] bool read_only() const noexcept override { return read_only_; }
  [[nodiscard]] bool empty() const noexcept { return db_ == nullptr; }

  [[nodiscard]] std::optional<SubmissionRow> get(std::int64_t id,
                                                 bool with_tests = true) const override;
  [[nodiscard]] std::vector<SubmissionRow> history(const std::string& problem, int limit,
                                                   bool include_test_runs = false) const override;

  bool forget(std::int64_t id, bool forget) override;
  bool record_reveal(std::int64_t id) override;
  void record_start(const StartRow& start) override;
  [[nodiscard]] std::optional<StartRow> start_for_file(const std::string& file) const override;
  [[nodiscard]] std::optional<StartRow> latest_start() const override;
  [[nodiscard]] std::vector<StartRow> starts() const override;

  [[nodiscard]] std::vector<ProblemStats> stats() const override;
  [[nodiscard]] std::map<std::string, bool> attempted() const override;

  [[nodiscard]] std::int64_t create_mock(const MockRow& mock) override;
  void update_mock(const MockRow& mock) override;
  [[nodiscard]] std::optional<MockRow> mock(std::int64_t id) const override;
  [[nodiscard]] std::optional<MockRow> active_mock() const override;
  [[nodiscard]] std::vector<MockRow> mocks(int limit) const override;
  void add_mock_event(std::int64_t mock, const MockEventRow& event) override;
  [[nodiscard]] std::vector<MockEventRow> mock_events(std::int64_t mock) const override;
  [[nodiscard]] std::vector<SubmissionRow> mock_runs(std::int64_t mock) const override;
  void record_hint(const HintRow& hint) override;
  [[nodiscard]] std::vector<HintRow> hints(const std::string& problem) const override;
  std::int64_t record_probe(const ProbeRow& probe) override;
  [[nodiscard]] std::vector<ProbeRow> probes(const std::string& problem, int limit) const override;
  [[nodiscard]] std::optional<ProbeRow> probe_of_submission(std::int64_t submission) const override;

 private:
  void exec(const char* sql) const;
  void migrate();
  void mark_interrupted();
  [[nodiscard]] std::string now() const;
  [[nodiscard]] std::vector<MockRow> read_mocks(const char* where, std::int64_t value,
                                                int limit) const;

  sqlite3* db_ = nullptr;
  std::filesystem::path path_;
  bool read_only_ = false;
  int busy_ms_ = 10000;  ///< how long a write waits for another judge
  const Clock& clock_;
};

/// The error for SQLite result `rc` on the database `path` while `doing` something: what is
/// wrong in words (another judge holds it, naming the process when /proc/locks tells; the file
/// is damaged; the disk is full; it cannot be written) and the command that fixes it.
[[nodiscard]] StoreError store_error(int rc, const std::string& detail,
                                     const std::filesystem::path& path, std::string_view doing);

}  // namespace judge
