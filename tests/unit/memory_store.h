// Fakes for the session's edges: a store kept in memory and a clock set by hand. The store
// keeps the SQLite store's contract (store_test.cc checks that one on a real database).
#pragma once

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "judge/clock.h"
#include "judge/store.h"

namespace judge::unit {

/// A clock that moves only when told.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(TimePoint start = *parse_iso8601("2026-12-01T09:00:00Z")) : now_(start) {}
  [[nodiscard]] TimePoint now() const override { return now_; }
  void advance(std::chrono::milliseconds by) { now_ += by; }

 private:
  TimePoint now_;
};

class MemoryStore final : public SubmissionStore {
 public:
  explicit MemoryStore(const Clock& clock) : clock_(clock) {}

  void remember_problem(const Problem& problem) override { problems_[problem.id] = problem; }

  std::int64_t begin(const NewRun& run) override {
    SubmissionRow row;
    row.id = static_cast<std::int64_t>(rows_.size()) + 1;
    row.kind = run.kind;
    row.problem = run.problem;
    row.problem_dir = run.problem_dir;
    row.language = run.language;
    row.file_name = run.file_name;
    row.source = run.source;
    row.explanation = run.explanation;
    row.mock = run.mock;
    row.overtime = run.overtime;
    row.created_at = iso8601(clock_.now());
    row.status = "running";
    rows_.push_back(row);
    return row.id;
  }
  void record_compile(std::int64_t id, const CompileResult& compile) override {
    auto& r = row(id);
    r.compile_ok = compile.ok;
    r.compile_message = compile.message;
    r.compile_time_ms = static_cast<int>(compile.time.count());
    r.compile_cached = compile.cached;
  }
  void record_test(std::int64_t id, const TestOutcome& t) override {
    TestRow test;
    test.index = static_cast<int>(t.index);
    test.name = t.name;
    test.sample = t.sample;
    test.verdict = t.verdict;
    test.time_ms = t.time_ms;
    test.message = t.message;
    test.desc = t.desc;
    row(id).tests.push_back(test);
  }
  void finish(std::int64_t id, const JudgeOutcome& outcome) override {
    end(id, outcome, "done");
    row(id).verdict = outcome.verdict;
  }
  void finish_interrupted(std::int64_t id, const JudgeOutcome& outcome) override {
    end(id, outcome, "interrupted");
  }
  void record_feedback(std::int64_t id, const coach::Feedback& feedback) override {
    row(id).feedback = feedback;
  }

  std::optional<SubmissionRow> get(std::int64_t id, bool with_tests) const override {
    if (id < 1 || id > static_cast<std::int64_t>(rows_.size())) {
      return std::nullopt;
    }
    SubmissionRow r = rows_[static_cast<std::size_t>(id - 1)];
    if (!with_tests) {
      r.tests.clear();
    }
    return r;
  }
  std::vector<SubmissionRow> history(const std::string& problem, int limit,
                                     bool include_test_runs) const override {
    std::vector<SubmissionRow> out;
    for (auto it = rows_.rbegin(); it != rows_.rend() && static_cast<int>(out.size()) < limit;
         ++it) {
      if ((problem.empty() || it->problem == problem) && it->forgotten_at.empty() &&
          (include_test_runs || it->kind == RunKind::kSubmission)) {
        out.push_back(*it);
      }
    }
    return out;
  }

  bool forget(std::int64_t id, bool forget) override {
    if (!get(id, false)) {
      return false;
    }
    row(id).forgotten_at = forget ? iso8601(clock_.now()) : "";
    return true;
  }

  bool record_reveal(std::int64_t id) override {
    if (!get(id, false)) {
      return false;
    }
    if (row(id).revealed_at.empty()) {
      row(id).revealed_at = iso8601(clock_.now());
    }
    return true;
  }

  void record_start(const StartRow& start) override { starts_.push_back(start); }
  std::optional<StartRow> start_for_file(const std::string& file) const override {
    for (auto it = starts_.rbegin(); it != starts_.rend(); ++it) {
      if (it->file == file) {
        return *it;
      }
    }
    return std::nullopt;
  }
  std::optional<StartRow> latest_start() const override {
    return starts_.empty() ? std::nullopt : std::optional(starts_.back());
  }
  std::vector<StartRow> starts() const override { return starts_; }

  std::vector<ProblemStats> stats() const override {
    std::map<std::string, ProblemStats> by_problem;
    for (const auto& r : rows_) {
      if (r.kind != RunKind::kSubmission || !r.forgotten_at.empty()) {
        continue;
      }
      auto& s = by_problem[r.problem];
      s.problem = r.problem;
      auto known = problems_.find(r.problem);
      s.title = known == problems_.end() ? r.problem : known->second.title;
      s.difficulty =
          known == problems_.end() ? "" : std::string(to_string(known->second.difficulty));
      s.attempts += 1;
      if (r.verdict == Verdict::kAccepted && !s.solved) {
        s.solved = true;
        s.first_accepted_at = r.created_at;
      }
    }
    std::vector<ProblemStats> out;
    for (auto& [id, s] : by_problem) {
      out.push_back(s);
    }
    return out;
  }
  std::map<std::string, bool> attempted() const override {
    std::map<std::string, bool> out;
    for (const auto& r : rows_) {
      if (r.kind == RunKind::kSubmission && r.forgotten_at.empty()) {
        out[r.problem] = out[r.problem] || r.verdict == Verdict::kAccepted;
      }
    }
    return out;
  }

  std::int64_t create_mock(const MockRow& mock) override {
    if (active_mock()) {
      throw StoreError("a mock session is already active", "the store keeps one at a time");
    }
    MockRow row = mock;
    row.id = static_cast<std::int64_t>(mocks_.size()) + 1;
    row.status = "active";
    mocks_.push_back(row);
    return row.id;
  }
  void update_mock(const MockRow& mock) override {
    MockRow& row = mocks_.at(static_cast<std::size_t>(mock.id - 1));
    const auto problems = row.problems;  // fixed when the session is made
    row = mock;
    row.problems = problems;
  }
  std::optional<MockRow> mock(std::int64_t id) const override {
    if (id < 1 || id > static_cast<std::int64_t>(mocks_.size())) {
      return std::nullopt;
    }
    return mocks_[static_cast<std::size_t>(id - 1)];
  }
  std::optional<MockRow> active_mock() const override {
    for (const auto& m : mocks_) {
      if (m.status == "active") {
        return m;
      }
    }
    return std::nullopt;
  }
  std::vector<MockRow> mocks(int limit) const override {
    std::vector<MockRow> out;
    for (auto it = mocks_.rbegin(); it != mocks_.rend() && static_cast<int>(out.size()) < limit;
         ++it) {
      out.push_back(*it);
    }
    return out;
  }
  void add_mock_event(std::int64_t mock, const MockEventRow& event) override {
    events_[mock].push_back(event);
  }
  std::vector<MockEventRow> mock_events(std::int64_t mock) const override {
    auto it = events_.find(mock);
    return it == events_.end() ? std::vector<MockEventRow>{} : it->second;
  }
  std::vector<SubmissionRow> mock_runs(std::int64_t mock) const override {
    std::vector<SubmissionRow> out;
    for (const auto& r : rows_) {
      if (r.mock == mock && r.forgotten_at.empty()) {
        out.push_back(r);
        out.back().tests.clear();
      }
    }
    return out;
  }

  void record_hint(const HintRow& hint) override { hints_.push_back(hint); }
  std::vector<HintRow> hints(const std::string& problem) const override {
    std::vector<HintRow> out;
    std::copy_if(hints_.begin(), hints_.end(), std::back_inserter(out),
                 [&problem](const HintRow& h) { return problem.empty() || h.problem == problem; });
    std::stable_sort(out.begin(), out.end(),
                     [](const HintRow& a, const HintRow& b) { return a.at < b.at; });
    return out;
  }
  std::int64_t record_probe(const ProbeRow& probe) override {
    probes_.push_back(probe);
    probes_.back().id = static_cast<std::int64_t>(probes_.size());
    probes_.back().created_at = iso8601(clock_.now());
    return probes_.back().id;
  }
  std::vector<ProbeRow> probes(const std::string& problem, int limit) const override {
    std::vector<ProbeRow> out;
    for (auto it = probes_.rbegin(); it != probes_.rend() && static_cast<int>(out.size()) < limit;
         ++it) {
      if (problem.empty() || it->problem == problem) {
        out.push_back(*it);
      }
    }
    return out;
  }
  std::optional<ProbeRow> probe_of_submission(std::int64_t submission) const override {
    for (auto it = probes_.rbegin(); it != probes_.rend(); ++it) {
      if (it->submission == submission) {
        return *it;
      }
    }
    return std::nullopt;
  }

 private:
  SubmissionRow& row(std::int64_t id) { return rows_.at(static_cast<std::size_t>(id - 1)); }
  void end(std::int64_t id, const JudgeOutcome& outcome, const char* status) {
    auto& r = row(id);
    r.status = status;
    r.finished_at = iso8601(clock_.now());
    r.passed = static_cast<int>(outcome.passed);
    r.planned = static_cast<int>(outcome.planned);
    r.time_ms = outcome.max_time_ms;
  }

  const Clock& clock_;
  std::vector<SubmissionRow> rows_;
  std::vector<StartRow> starts_;
  std::map<std::string, Problem> problems_;
  std::vector<MockRow> mocks_;
  std::map<std::int64_t, std::vector<MockEventRow>> events_;
  std::vector<HintRow> hints_;
  std::vector<ProbeRow> probes_;
};

}  // namespace judge::unit
