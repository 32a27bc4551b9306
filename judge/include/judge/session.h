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
  std::string file_name;    ///< the file's name, for messages and the record
  std::string explanation;  ///< submissions only
  bool run_all = false;     ///< do not stop at the first failing hidden test
  std::vector<std::filesystem::path> extra_inputs;  ///< judge test --input
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
};

/// A stored submission with what its review shows beside it.
struct Review {
  SubmissionRow row;
  std::string title;      ///< the problem's title, or its ID when the problem is gone
  std::string reference;  ///< the reference explanation, or empty when the problem is gone
};

class Session {
 public:
  /// `judge` is asked for only when something is judged: reading the history needs no
  /// sandbox.
  Session(const Library& library, SubmissionStore& store, const Clock& clock,
          std::function<Judge&()> judge);

  [[nodiscard]] const Clock& clock() const noexcept { return clock_; }
  [[nodiscard]] SubmissionStore& store() noexcept { return store_; }

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

  /// Problem IDs with a submission, and whether one was accepted.
  [[nodiscard]] std::map<std::string, bool> attempted() const;

  /// Stores the attempt (status "running") before anything slow, and returns its number. What
  /// the user wrote is safe from here on. Throws StoreError when it cannot be stored.
  [[nodiscard]] std::int64_t begin(const Problem& problem, const Attempt& attempt);

  /// Makes the hidden tests if needed, judges, stores each test as it lands and the end.
  /// Ctrl-C (sandbox::request_interrupt()): the row keeps the tests that ran, marked
  /// interrupted, and Interrupted is thrown saying so. A problem that cannot be judged closes
  /// the row as an internal error and the error is thrown on.
  [[nodiscard]] JudgeOutcome judge(std::int64_t id, Problem& problem, const Attempt& attempt,
                                   Reporter& reporter);

  /// Newest first; empty problem: all.
  [[nodiscard]] std::vector<SubmissionRow> history(const std::string& problem, int limit,
                                                   bool include_test_runs) const;
  /// Forgets submission or test run `id` (judged against the wrong problem, say): it leaves
  /// the history and the stats, and no longer counts as an attempt; review() still shows it.
  /// `forget` false brings it back. Throws Error when there is no such row.
  void forget(std::int64_t id, bool forget);
  /// Submission `id` with its problem's title and reference explanation.
  [[nodiscard]] std::optional<Review> review(std::int64_t id) const;
  /// Solved per level and tag against the library, and every problem attempted.
  [[nodiscard]] StatsModel stats() const;

 private:
  [[nodiscard]] std::string likely_problems_hint(const std::filesystem::path& file) const;

  const Library& library_;
  SubmissionStore& store_;
  const Clock& clock_;
  std::function<Judge&()> judge_;
};

}  // namespace judge
