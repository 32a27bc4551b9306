// The practice session: what a front end (the command-line program, a mock interview, a
// report) asks of the engine. It chooses the problem a file is for, runs a submission's whole
// lifecycle (a stored row before anything slow, each test as it lands, the end), names hidden
// tests for the user, and builds the stats model. It never prints.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "judge/clock.h"
#include "judge/coach/schedule.h"
#include "judge/config.h"
#include "judge/judge.h"
#include "judge/library.h"
#include "judge/problem.h"
#include "judge/store.h"

namespace judge {

/// The name a user sees for a test: samples and own cases by name, hidden tests only by number
/// ("hidden/3"), so that no hidden file name leaks.
[[nodiscard]] std::string public_test_name(const TestOutcome& test, std::size_t sample_count);

/// The problem a "judge: ID" comment in the first lines of `source` names, or empty.
[[nodiscard]] std::string problem_marker(const std::string& source);

/// What the candidate hands in.
struct Attempt {
  RunKind kind = RunKind::kSubmission;
  const Language* language = nullptr;
  std::string source;
  std::string file_name;            ///< the file's name, for messages and the record
  std::string explanation;          ///< submissions only
  bool run_all = false;             ///< do not stop at the first failing hidden test
  std::vector<TestCase> own_tests;  ///< judge test: the user's own cases (own_cases.h)
  std::int64_t mock = 0;            ///< the mock session it is part of (MockSession::attach), or 0
  bool overtime = false;            ///< made after that session's deadline
};

/// Solved against the library, by level or by tag.
struct Tally {
  int solved = 0;
  int total = 0;
  int attempted = 0;  ///< problems with a submission, solved or not
};

/// What `judge stats` shows, and what a report draws.
struct StatsModel {
  int submissions = 0;
  int solved = 0;
  std::map<std::string, Tally> by_difficulty;  ///< "easy", "medium", "hard": always present
  std::map<std::string, Tally> by_tag;
  std::vector<ProblemStats> problems;  ///< the problems attempted
  /// Problems of the library that could not be read, with why: counted nowhere, said here.
  std::vector<std::string> unreadable;
  int reveals = 0;  ///< submissions whose failing hidden test was revealed (judge reveal)
  int hints = 0;    ///< hints shown (judge show ID --hint N), in mock sessions or not
  std::map<std::string, int> hints_by_problem;  ///< problem ID (or follow-up) -> hints shown
};

/// What to practise: every readable problem of the library, ranked (docs/coaching-signals.md).
struct ScheduleModel {
  std::vector<coach::Pick> picks;  ///< due reviews first, then new problems, then the rest
  std::vector<std::string> unreadable;
};

/// A stored submission with what its review shows beside it.
struct Review {
  /// Its feedback is the stored one; for a submission stored before the judge gave feedback,
  /// it is computed for the review when the problem can still be read.
  SubmissionRow row;
  std::string title;  ///< the problem's title, or its ID when the problem is gone
  /// The reference explanation, or empty when the problem is gone or it is withheld.
  std::string reference;
  /// Why the reference is withheld (the user's [review] reference setting), or empty.
  std::string withheld;
};

/// What `judge reveal N` will show: the first failing hidden test of submission N.
struct RevealPlan {
  SubmissionRow row;
  Problem problem;
  std::size_t test = 0;     ///< index into problem.tests
  std::string public_name;  ///< "hidden/3"
  std::uintmax_t input_bytes = 0;
  Verdict verdict = Verdict::kWrongAnswer;  ///< what the test got when it was judged
};

class Session {
 public:
  /// `judge` is asked for only when something is judged: reading the history needs no
  /// sandbox.
  Session(const Library& library, SubmissionStore& store, const Clock& clock,
          std::function<Judge&()> judge);

  [[nodiscard]] const Clock& clock() const noexcept { return clock_; }
  [[nodiscard]] SubmissionStore& store() noexcept { return store_; }
  [[nodiscard]] const SubmissionStore& store() const noexcept { return store_; }

  /// Keeps a complexity probe's result (probe_row()) for the report; returns its number.
  std::int64_t record_probe(const ProbeRow& row) { return store_.record_probe(row); }
  /// Stores submission `id`'s explanation feedback again, in place of the first (after a
  /// probe measured the growth its claim is held against).
  void record_feedback(std::int64_t id, const coach::Feedback& feedback) {
    store_.record_feedback(id, feedback);
  }

  /// Problem `id` (an ID, a folder, or "ID/followup-N"), or its follow-up `followup` (1-based)
  /// once the problem itself has been accepted. Throws Error saying how to unlock it.
  [[nodiscard]] Problem load_stage(const std::string& id, int followup) const;

  /// The problem `file` (holding `source`) is for, only when that is certain: `explicit_id`
  /// when given; else a "judge: ID" comment in its first lines (start() writes one); else the
  /// problem the file was started for; else the problem whose ID is the file's name, compared
  /// without case, '-' or '_'. Otherwise throws Error naming the likely problems.
  [[nodiscard]] Problem choose_problem(const std::filesystem::path& file, const std::string& source,
                                       const std::string& explicit_id, int followup) const;

  /// Records that the user started `problem` in `file` (judge start), so that judging the
  /// file finds the problem again. Returns how the problem was recorded: its ID, its folder
  /// (a problem given by path), or "ID/followup-N".
  std::string start(const Problem& problem, const Language& language,
                    const std::filesystem::path& file);

  /// How start() records `problem`: its ID, its folder (a problem given by path and not
  /// installed), or "ID/followup-N"; load_stage() takes it back.
  [[nodiscard]] std::string reference(const Problem& problem) const;

  /// The first line start() puts in a starter file so that judging it finds `problem` wherever
  /// the file goes ("# judge: two-sum\n"), or empty for a problem given by path.
  [[nodiscard]] std::string starter_marker(const Problem& problem, const Language& language) const;

  /// Problem IDs with a submission, and whether one was accepted.
  [[nodiscard]] std::map<std::string, bool> attempted() const;

  /// The language of the problem started last, if any (a default for --lang).
  [[nodiscard]] std::string last_language() const;

  /// Stores the attempt (status "running") before anything slow, and returns its number. What
  /// the user wrote is safe from here on. Throws StoreError when it cannot be stored.
  [[nodiscard]] std::int64_t begin(const Problem& problem, const Attempt& attempt);

  /// Makes the generated tests the run needs (a test run: the samples only, so that it does
  /// not wait for the hidden ones), judges, stores each test as it lands and the end; a
  /// submission then gets the feedback on its explanation (coach::review_explanation against
  /// the problem's [complexity]), stored with it: feedback() reads it back.
  /// Ctrl-C (sandbox::request_interrupt()): the row keeps the tests that ran, marked
  /// interrupted, and Interrupted is thrown saying so. A problem that cannot be judged closes
  /// the row as an internal error and the error is thrown on.
  [[nodiscard]] JudgeOutcome judge(std::int64_t id, Problem& problem, const Attempt& attempt,
                                   Reporter& reporter);

  /// The feedback on submission `id`'s explanation, once judged; none for a test run.
  [[nodiscard]] std::optional<coach::Feedback> feedback(std::int64_t id) const;

  /// Records that hint `level` of `problem` was shown now, as part of mock session `mock` (or
  /// 0: none). Nothing is recorded when the store is read-only.
  void record_hint(const Problem& problem, int level, std::int64_t mock);

  /// Newest first; empty problem: all.
  [[nodiscard]] std::vector<SubmissionRow> history(const std::string& problem, int limit,
                                                   bool include_test_runs) const;
  /// Forgets submission or test run `id` (judged against the wrong problem, say): it leaves
  /// the history and the stats, and no longer counts as an attempt; review() still shows it.
  /// `forget` false brings it back. Throws Error when there is no such row.
  void forget(std::int64_t id, bool forget);
  /// Submission `id` with its problem's title and reference explanation, the latter only as
  /// `when` allows (reference_withheld()).
  [[nodiscard]] std::optional<Review> review(std::int64_t id, ReferenceWhen when) const;
  /// Why `problem`'s reference explanation may not be shown yet under `when`, or empty when it
  /// may: after-submission needs a judged submission of it (a test run is no attempt),
  /// after-accepted an accepted one; forgotten submissions count for neither.
  [[nodiscard]] std::string reference_withheld(const std::string& problem,
                                               ReferenceWhen when) const;
  /// Solved per level and tag against the library, and every problem attempted.
  [[nodiscard]] StatsModel stats() const;
  /// The spaced-repetition schedule over the stored submissions, as of the clock's now: the
  /// first pick is what `judge next` offers. Derived from the store each time, no state of its
  /// own.
  [[nodiscard]] ScheduleModel schedule() const;

  /// Checks that submission `id` has a hidden test that may be revealed: a judged submission
  /// (not a test run), not accepted, whose first failing hidden test is a file (not
  /// generated) no larger than the problem's [reveal] max_input_kib. Throws Error saying why
  /// not and what to do instead.
  [[nodiscard]] RevealPlan plan_reveal(std::int64_t id) const;
  /// Runs the stored source again on the planned test, in the sandbox with the problem's
  /// limits (the store keeps no outputs), and passes the result to `reporter` as a sample's
  /// (input, answer and output paths, alive during test_finished). Records the reveal: the
  /// schedule counts the problem as a lapse. Returns the rerun's outcome.
  TestOutcome reveal(const RevealPlan& plan, const Language& language, Reporter& reporter);

 private:
  [[nodiscard]] std::string likely_problems_hint(const std::filesystem::path& file) const;

  const Library& library_;
  SubmissionStore& store_;
  const Clock& clock_;
  std::function<Judge&()> judge_;
};

}  // namespace judge
