// The submission store (store.cc) on a real SQLite database in a private folder.
#include "judge/store.h"

#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <regex>
#include <string>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "judge/paths.h"
#include "test_support.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using unit::error_of;
using unit::hint_of;
using unit::write_file;

std::string boot_id() {
  std::ifstream in("/proc/sys/kernel/random/boot_id");
  std::string id;
  std::getline(in, id);
  return id;
}

// A process ID that no process has: a child that has exited and been reaped.
pid_t dead_pid() {
  pid_t pid = fork();
  if (pid == 0) {
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return pid;
}

class StoreTest : public ::testing::Test {
 protected:
  fs::path db_path() const { return tmp_.path() / "home" / "judge.db"; }

  // Runs SQL on the database directly, as another program would.
  void sql(const std::string& statement) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(db_path().c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    int rc = sqlite3_exec(db, statement.c_str(), nullptr, nullptr, &err);
    EXPECT_EQ(rc, SQLITE_OK) << (err != nullptr ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
  }

  std::int64_t query_int(const std::string& statement) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(db_path().c_str(), &db), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, statement.c_str(), -1, &stmt, nullptr), SQLITE_OK);
    std::int64_t value = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
      value = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
  }

  static TestOutcome test(std::size_t index, const std::string& name, Verdict verdict) {
    TestOutcome t;
    t.index = index;
    t.name = name;
    t.sample = name.rfind("sample/", 0) == 0;
    t.verdict = verdict;
    t.time_ms = 12;
    t.wall_ms = 15;
    t.memory_kb = 3400;
    t.exit_code = 0;
    return t;
  }

  // A finished submission of `problem` with `verdict`.
  std::int64_t submit(Store& store, const std::string& problem, Verdict verdict,
                      RunKind kind = RunKind::kSubmission) {
    std::int64_t id = store.begin({kind, problem, "cpp", problem + ".cpp", "src", "explained", ""});
    JudgeOutcome outcome;
    outcome.verdict = verdict;
    store.finish(id, outcome);
    return id;
  }

  TempDir tmp_{"judge-store-test"};
};

TEST_F(StoreTest, CreatesTheDatabaseWithTheCurrentSchema) {
  { Store store(db_path()); }
  EXPECT_TRUE(fs::exists(db_path()));
  EXPECT_EQ(Store::schema_version(), 8);
  EXPECT_EQ(query_int("PRAGMA user_version"), Store::schema_version());
  EXPECT_EQ(query_int("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                      "('problems', 'submissions', 'test_results', 'starts', 'mocks', "
                      "'mock_problems', 'mock_events', 'hint_views')"),
            8);
  EXPECT_EQ(query_int("SELECT COUNT(*) FROM submissions"), 0);
}

TEST_F(StoreTest, ReopensWithoutMigratingAgain) {
  {
    Store store(db_path());
    (void)submit(store, "two-sum", Verdict::kAccepted);
  }
  Store again(db_path());
  EXPECT_EQ(again.history("", 10).size(), 1u);
  EXPECT_EQ(query_int("PRAGMA user_version"), 8);
}

TEST_F(StoreTest, MigratesAVersionOneDatabaseKeepingItsRows) {
  {
    Store store(db_path());
    (void)submit(store, "two-sum", Verdict::kAccepted);
  }
  // Back to schema 1, as a database written by the first release would be.
  sql("DROP TABLE probes; DROP TABLE hint_views; ALTER TABLE submissions DROP COLUMN revealed_at; "
      "DROP INDEX "
      "submissions_by_mock; ALTER "
      "TABLE submissions DROP COLUMN overtime; "
      "ALTER TABLE submissions DROP COLUMN mock_id; DROP TABLE mock_events; "
      "DROP TABLE mock_problems; DROP TABLE mocks; ALTER TABLE submissions DROP COLUMN feedback; "
      "ALTER TABLE submissions DROP COLUMN problem_dir; ALTER TABLE submissions DROP COLUMN "
      "forgotten_at; PRAGMA user_version = 1");
  Store store(db_path());
  EXPECT_EQ(query_int("PRAGMA user_version"), 8);
  auto rows = store.history("", 10);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].problem, "two-sum");
  EXPECT_EQ(rows[0].verdict, Verdict::kAccepted);
  EXPECT_EQ(rows[0].problem_dir, "");
  EXPECT_FALSE(rows[0].feedback) << "judged before the judge gave feedback";
  EXPECT_EQ(rows[0].mock, 0);
  EXPECT_FALSE(rows[0].overtime);
}

TEST_F(StoreTest, MigratesAVersionThreeDatabaseToFeedbackAndMocks) {
  {
    Store store(db_path());
    (void)submit(store, "two-sum", Verdict::kWrongAnswer);
  }
  sql("DROP TABLE probes; DROP TABLE hint_views; ALTER TABLE submissions DROP COLUMN revealed_at; "
      "DROP INDEX submissions_by_mock; ALTER TABLE submissions DROP COLUMN overtime; "
      "ALTER TABLE submissions DROP COLUMN mock_id; DROP TABLE mock_events; "
      "DROP TABLE mock_problems; DROP TABLE mocks; ALTER TABLE submissions DROP COLUMN feedback; "
      "PRAGMA user_version = 3");
  Store store(db_path());
  EXPECT_EQ(query_int("PRAGMA user_version"), 8);
  ASSERT_EQ(store.history("", 10).size(), 1u);
  EXPECT_FALSE(store.active_mock());
  EXPECT_TRUE(store.mocks(10).empty());
}

TEST_F(StoreTest, MigratesAVersionSixDatabaseCopyingAMocksHintsToTheHintViews) {
  {
    Store store(db_path());
    MockRow mock;
    mock.started_at = "2026-12-01T09:00:00.000Z";
    mock.deadline = "2026-12-01T09:45:00.000Z";
    mock.language = "py";
    const std::int64_t id = store.create_mock(mock);
    store.add_mock_event(id, {"2026-12-01T09:10:00.000Z", "warning", "", "10"});
    store.add_mock_event(id, {"2026-12-01T09:20:00.000Z", "hint", "two-sum", "2"});
  }
  sql("DROP TABLE probes; DROP TABLE hint_views; PRAGMA user_version = 6");
  Store store(db_path());
  EXPECT_EQ(query_int("PRAGMA user_version"), Store::schema_version());
  const auto hints = store.hints("");
  ASSERT_EQ(hints.size(), 1u) << "the hint, not the warning";
  EXPECT_EQ(hints[0].problem, "two-sum");
  EXPECT_EQ(hints[0].level, 2);
  EXPECT_EQ(hints[0].at, "2026-12-01T09:20:00.000Z");
  EXPECT_EQ(hints[0].mock, 1);
  EXPECT_EQ(store.mock_events(1).size(), 2u) << "the events stay as they were";
}

TEST_F(StoreTest, KeepsTheHintsShownInAMockOrNot) {
  Store store(db_path());
  store.record_hint({"lru-cache", 1, "2026-12-01T10:00:00.000Z", 0});
  store.record_hint({"two-sum", 2, "2026-12-01T09:00:00.000Z", 0});
  MockRow mock;
  mock.started_at = "2026-12-01T09:00:00.000Z";
  mock.deadline = "2026-12-01T09:45:00.000Z";
  mock.language = "py";
  const std::int64_t id = store.create_mock(mock);
  store.record_hint({"two-sum", 1, "2026-12-01T09:30:00.000Z", id});
  const auto all = store.hints("");
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].problem, "two-sum") << "oldest first";
  EXPECT_EQ(all[0].mock, 0) << "outside a session: null";
  EXPECT_EQ(all[1].mock, id);
  EXPECT_EQ(all[2].problem, "lru-cache");
  const auto two_sum = store.hints("two-sum");
  ASSERT_EQ(two_sum.size(), 2u);
  EXPECT_EQ(two_sum[1].level, 1);
  EXPECT_EQ(query_int("SELECT COUNT(*) FROM hint_views WHERE mock_id IS NULL"), 2);
  Store reader(db_path(), Store::Mode::kReadOnly);
  EXPECT_EQ(reader.hints("lru-cache").size(), 1u);
}

TEST_F(StoreTest, KeepsTheFeedbackOnASubmissionsExplanation) {
  Store store(db_path());
  const std::int64_t id = submit(store, "two-sum", Verdict::kAccepted);
  EXPECT_FALSE(store.get(id)->feedback);
  coach::Feedback feedback;
  feedback.summary = "1 to fix.";
  feedback.items.push_back(
      {coach::Severity::kWarning, "explain.time.worse", "You claimed O(n^2)."});
  feedback.items.push_back(
      {coach::Severity::kPraise, "explain.edge.covered", "All \"edge\" cases."});
  store.record_feedback(id, feedback);
  const auto row = store.get(id);
  ASSERT_TRUE(row->feedback);
  EXPECT_EQ(row->feedback->summary, "1 to fix.");
  ASSERT_EQ(row->feedback->items.size(), 2u);
  EXPECT_EQ(row->feedback->items[0].severity, coach::Severity::kWarning);
  EXPECT_EQ(row->feedback->items[0].code, "explain.time.worse");
  EXPECT_EQ(row->feedback->items[1].severity, coach::Severity::kPraise);
  EXPECT_EQ(row->feedback->items[1].message, "All \"edge\" cases.");
  EXPECT_EQ(query_int("SELECT json_valid(feedback) FROM submissions"), 1) << "kept as JSON";
}

TEST_F(StoreTest, KeepsAMockSessionItsRunsAndEvents) {
  Store store(db_path());
  MockRow mock;
  mock.started_at = "2026-12-01T09:00:00.000Z";
  mock.deadline = "2026-12-01T09:45:00.000Z";
  mock.minutes = 45;
  mock.seed = 0xfedcba9876543210ULL;  // past the signed range: its bits are kept
  mock.language = "py";
  mock.question = "own-mistake";
  mock.question_text = "Tell me about a mistake.";
  mock.competency = "ownership";
  mock.problems = {{"two-sum", "Two Sum", "easy", 15, "/work/two-sum.py"},
                   {"lru-cache", "LRU Cache", "medium", 25, "/work/lru-cache.py"}};
  const std::int64_t id = store.create_mock(mock);
  auto active = store.active_mock();
  ASSERT_TRUE(active);
  EXPECT_EQ(active->id, id);
  EXPECT_EQ(active->status, "active");
  EXPECT_EQ(active->seed, 0xfedcba9876543210ULL);
  EXPECT_EQ(active->ended_at, "");
  EXPECT_EQ(active->answered_at, "");
  EXPECT_FALSE(active->answer_feedback);
  ASSERT_EQ(active->problems.size(), 2u);
  EXPECT_EQ(active->problems[1].problem, "lru-cache");
  EXPECT_EQ(active->problems[1].minutes, 25);
  EXPECT_EQ(active->problems[1].file, "/work/lru-cache.py");
  // A second session while one is active is refused by the database itself.
  EXPECT_THROW((void)store.create_mock(mock), StoreError);
  EXPECT_EQ(store.mocks(10).size(), 1u);

  NewRun run{RunKind::kSubmission, "two-sum", "py", "two-sum.py", "src", "explained", ""};
  run.mock = id;
  run.overtime = true;
  const std::int64_t in_mock = store.begin(run);
  (void)submit(store, "two-sum", Verdict::kAccepted);  // outside the session
  const auto runs = store.mock_runs(id);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].id, in_mock);
  EXPECT_EQ(runs[0].mock, id);
  EXPECT_TRUE(runs[0].overtime);
  EXPECT_EQ(store.get(in_mock)->mock, id);

  store.add_mock_event(id, {"2026-12-01T09:35:00.000Z", "warning", "", "10"});
  store.add_mock_event(id, {"2026-12-01T09:36:00.000Z", "hint", "two-sum", "1"});
  const auto events = store.mock_events(id);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].kind, "warning");
  EXPECT_EQ(events[1].problem, "two-sum");
  EXPECT_EQ(events[1].detail, "1");

  MockRow ended = *active;
  ended.answer = "## Situation\n...";
  ended.answered_at = "2026-12-01T09:03:00.000Z";
  ended.answer_feedback = coach::Feedback{{{coach::Severity::kInfo, "star.prose", "x"}}, "ok"};
  ended.closing = "How do you release?";
  ended.closing_at = "2026-12-01T09:50:00.000Z";
  ended.closing_feedback = coach::Feedback{{}, "1 question"};
  ended.status = "ended";
  ended.ended_at = "2026-12-01T09:50:00.000Z";
  store.update_mock(ended);
  EXPECT_FALSE(store.active_mock());
  const auto back = store.mock(id);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->status, "ended");
  EXPECT_EQ(back->answer, "## Situation\n...");
  ASSERT_TRUE(back->answer_feedback);
  EXPECT_EQ(back->answer_feedback->items.at(0).code, "star.prose");
  EXPECT_EQ(back->closing, "How do you release?");
  ASSERT_TRUE(back->closing_feedback);
  EXPECT_EQ(back->closing_feedback->summary, "1 question");
  EXPECT_EQ(back->ended_at, "2026-12-01T09:50:00.000Z");
  // Now another may start.
  const std::int64_t next = store.create_mock(mock);
  EXPECT_EQ(store.mocks(10).front().id, next);
  EXPECT_FALSE(store.mock(999));
}

TEST_F(StoreTest, RemembersTheFolderOfAProblemJudgedByPath) {
  Store store(db_path());
  std::int64_t id = store.begin({RunKind::kSubmission, "mine", "py", "mine.py", "print(1)",
                                 "explained", "/home/me/pack/mine"});
  auto row = store.get(id);
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->problem_dir, "/home/me/pack/mine");
}

TEST_F(StoreTest, AForgottenSubmissionLeavesHistoryStatsAndAttemptsButCanBeReviewed) {
  Store store(db_path());
  const auto wrong = submit(store, "two-sum", Verdict::kWrongAnswer);
  (void)submit(store, "coin-change", Verdict::kAccepted);
  EXPECT_TRUE(store.forget(wrong, true));
  EXPECT_EQ(store.history("", 10).size(), 1u);
  EXPECT_EQ(store.attempted().count("two-sum"), 0u);
  ASSERT_EQ(store.stats().size(), 1u);
  EXPECT_EQ(store.stats()[0].problem, "coin-change");
  ASSERT_TRUE(store.get(wrong).has_value());
  EXPECT_FALSE(store.get(wrong)->forgotten_at.empty());
  EXPECT_TRUE(store.forget(wrong, false));
  EXPECT_EQ(store.history("", 10).size(), 2u);
  EXPECT_TRUE(store.get(wrong)->forgotten_at.empty());
  EXPECT_FALSE(store.forget(99, true));
}

TEST_F(StoreTest, RecordsTheFirstRevealOfASubmission) {
  Store store(db_path());
  const std::int64_t failed = submit(store, "two-sum", Verdict::kWrongAnswer);
  EXPECT_TRUE(store.get(failed)->revealed_at.empty());
  EXPECT_TRUE(store.record_reveal(failed));
  const std::string first = store.get(failed)->revealed_at;
  EXPECT_FALSE(first.empty());
  EXPECT_TRUE(store.record_reveal(failed));
  EXPECT_EQ(store.get(failed)->revealed_at, first) << "the first reveal counts";
  EXPECT_EQ(store.history("", 10).front().revealed_at, first);
  EXPECT_FALSE(store.record_reveal(99));
}

TEST_F(StoreTest, RefusesADatabaseFromANewerJudge) {
  { Store store(db_path()); }
  sql("PRAGMA user_version = 99");
  EXPECT_EQ(error_of([&] { Store store(db_path()); }),
            fmt::format("the database {} was written by a newer judge (schema 99, this judge "
                        "knows 8)",
                        db_path().string()));
}

TEST_F(StoreTest, RefusesAFileThatIsNotADatabase) {
  write_file(db_path(), std::string(4096, 'x'));
  EXPECT_EQ(error_of([&] { Store store(db_path()); }),
            fmt::format("the database {} is damaged (file is not a database) while setting it up",
                        db_path().string()));
  // The fix, as a command to copy.
  EXPECT_EQ(hint_of([&] { Store store(db_path()); }),
            fmt::format("move it aside to start afresh, keeping it for a rescue: mv '{}' "
                        "'{}.damaged' (your packs and settings are kept)",
                        db_path().string(), db_path().string()));
}

// Issue 7: every database failure said "may be locked by another judge, or the disk full".
TEST_F(StoreTest, ABusyDatabaseNamesTheProcessThatHoldsIt) {
  { Store store(db_path()); }
  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  const pid_t holder = fork();
  ASSERT_GE(holder, 0);
  if (holder == 0) {
    sqlite3* db = nullptr;
    sqlite3_open(db_path().c_str(), &db);
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    (void)!write(ready[1], "x", 1);
    pause();
    _exit(0);
  }
  char c = 0;
  ASSERT_EQ(read(ready[0], &c, 1), 1);
  Store store(db_path());
  store.set_busy_timeout(std::chrono::milliseconds(100));
  std::string message;
  std::string hint;
  try {
    (void)store.begin({RunKind::kSubmission, "two-sum", "cpp", "a.cpp", "x", "y", ""});
  } catch (const StoreError& e) {
    message = e.what();
    hint = e.hint();
  }
  kill(holder, SIGKILL);
  waitpid(holder, nullptr, 0);
  close(ready[0]);
  close(ready[1]);
  EXPECT_THAT(message, HasSubstr(fmt::format("the database {} is held by process {} (",
                                             db_path().string(), holder)));
  EXPECT_EQ(hint, "wait for the other judge to finish (or end it), then run the command again");
}

TEST_F(StoreTest, ReadOnlyModeReadsWithoutWriting) {
  EXPECT_TRUE(Store(db_path(), Store::Mode::kReadOnly).empty()) << "no database yet: empty";
  EXPECT_FALSE(fs::exists(db_path())) << "nothing created";
  {
    Store store(db_path());
    (void)store.begin({RunKind::kSubmission, "two-sum", "cpp", "a.cpp", "x", "y", ""});
  }
  const auto before = fs::last_write_time(db_path());
  Store reader(db_path(), Store::Mode::kReadOnly);
  EXPECT_TRUE(reader.read_only());
  ASSERT_EQ(reader.history("", 10).size(), 1u);
  EXPECT_EQ(reader.history("", 10)[0].problem, "two-sum");
  EXPECT_THROW((void)reader.begin({RunKind::kSubmission, "a", "cpp", "a.cpp", "x", "y", ""}),
               StoreError);
  EXPECT_EQ(fs::last_write_time(db_path()), before);
}

TEST_F(StoreTest, RecordsAnInterruptedSubmissionWithTheTestsThatRan) {
  Store store(db_path());
  const std::int64_t id =
      store.begin({RunKind::kSubmission, "two-sum", "cpp", "a.cpp", "x", "my explanation", ""});
  JudgeOutcome partial;
  partial.planned = 18;
  partial.passed = 3;
  partial.max_time_ms = 40;
  store.finish_interrupted(id, partial);
  auto row = store.get(id);
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->status, "interrupted");
  EXPECT_EQ(row->passed, 3);
  EXPECT_EQ(row->planned, 18);
  EXPECT_EQ(row->verdict, std::nullopt);
  EXPECT_EQ(row->explanation, "my explanation");
  EXPECT_FALSE(row->finished_at.empty());
}

TEST_F(StoreTest, RecordsASubmission) {
  Store store(db_path());
  const std::int64_t id = store.begin({RunKind::kSubmission, "two-sum", "cpp", "two-sum.cpp",
                                       "int main() {}\n", "## Approach\nhash map\n", ""});
  EXPECT_EQ(id, 1);
  std::optional<SubmissionRow> row = store.get(id);
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->status, "running");
  EXPECT_EQ(row->verdict, std::nullopt);
  EXPECT_EQ(row->finished_at, "");
  EXPECT_TRUE(
      std::regex_match(row->created_at, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)")))
      << row->created_at;

  CompileResult compile;
  compile.ok = true;
  compile.message = "warning: unused variable\n";
  compile.time = std::chrono::milliseconds(850);
  compile.cached = true;
  store.record_compile(id, compile);
  TestOutcome sample = test(0, "sample/1", Verdict::kAccepted);
  TestOutcome hidden = test(1, "secret/01-empty", Verdict::kRuntimeError);
  hidden.exit_code.reset();
  hidden.signal = 11;
  hidden.message = "segmentation fault";
  hidden.desc = "empty array";
  store.record_test(id, sample);
  store.record_test(id, hidden);
  JudgeOutcome outcome;
  outcome.verdict = Verdict::kRuntimeError;
  outcome.passed = 1;
  outcome.planned = 7;
  outcome.max_time_ms = 41;
  outcome.max_memory_kb = 9800;
  store.finish(id, outcome);

  row = store.get(id);
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->id, id);
  EXPECT_EQ(row->kind, RunKind::kSubmission);
  EXPECT_EQ(row->problem, "two-sum");
  EXPECT_EQ(row->language, "cpp");
  EXPECT_EQ(row->file_name, "two-sum.cpp");
  EXPECT_EQ(row->source, "int main() {}\n");
  EXPECT_EQ(row->explanation, "## Approach\nhash map\n");
  EXPECT_EQ(row->status, "done");
  EXPECT_EQ(row->verdict, Verdict::kRuntimeError);
  EXPECT_FALSE(row->finished_at.empty());
  EXPECT_GE(row->finished_at, row->created_at);
  EXPECT_EQ(row->time_ms, 41);
  EXPECT_EQ(row->memory_kb, 9800u);
  EXPECT_EQ(row->passed, 1);
  EXPECT_EQ(row->planned, 7);
  EXPECT_TRUE(row->compile_ok);
  EXPECT_EQ(row->compile_message, "warning: unused variable\n");
  EXPECT_EQ(row->compile_time_ms, 850);
  EXPECT_TRUE(row->compile_cached);
  ASSERT_EQ(row->tests.size(), 2u);
  const TestRow& t0 = row->tests[0];
  EXPECT_EQ(t0.index, 0);
  EXPECT_EQ(t0.name, "sample/1");
  EXPECT_TRUE(t0.sample);
  EXPECT_EQ(t0.verdict, Verdict::kAccepted);
  EXPECT_EQ(t0.time_ms, 12);
  EXPECT_EQ(t0.wall_ms, 15);
  EXPECT_EQ(t0.memory_kb, 3400u);
  EXPECT_EQ(t0.exit_code, 0);
  EXPECT_EQ(t0.signal, std::nullopt);
  const TestRow& t1 = row->tests[1];
  EXPECT_EQ(t1.name, "secret/01-empty");
  EXPECT_FALSE(t1.sample);
  EXPECT_EQ(t1.verdict, Verdict::kRuntimeError);
  EXPECT_EQ(t1.exit_code, std::nullopt);
  EXPECT_EQ(t1.signal, 11);
  EXPECT_EQ(t1.message, "segmentation fault");
  EXPECT_EQ(t1.desc, "empty array");

  EXPECT_TRUE(store.get(id, false)->tests.empty());
  EXPECT_EQ(store.get(id + 1), std::nullopt);
}

TEST_F(StoreTest, KeepsTestsAsTheyLand) {
  Store store(db_path());
  const std::int64_t id = store.begin({RunKind::kSubmission, "p", "py", "p.py", "", "", ""});
  store.record_test(id, test(0, "sample/1", Verdict::kAccepted));
  // Another connection (a judge killed now) sees the test already.
  EXPECT_EQ(query_int("SELECT COUNT(*) FROM test_results"), 1);
  // Recording the same index again replaces it.
  store.record_test(id, test(0, "sample/1", Verdict::kWrongAnswer));
  EXPECT_EQ(store.get(id)->tests.at(0).verdict, Verdict::kWrongAnswer);
}

TEST_F(StoreTest, HistoryIsNewestFirst) {
  Store store(db_path());
  const auto a = submit(store, "two-sum", Verdict::kWrongAnswer);
  const auto b = submit(store, "coin-change", Verdict::kAccepted);
  const auto t = submit(store, "two-sum", Verdict::kAccepted, RunKind::kTest);
  const auto c = submit(store, "two-sum", Verdict::kAccepted);
  auto ids = [](const std::vector<SubmissionRow>& rows) {
    std::vector<std::int64_t> result;
    for (const auto& r : rows) {
      result.push_back(r.id);
    }
    return result;
  };
  EXPECT_EQ(ids(store.history("", 10)), (std::vector<std::int64_t>{c, b, a}));
  EXPECT_EQ(ids(store.history("", 2)), (std::vector<std::int64_t>{c, b}));
  EXPECT_EQ(ids(store.history("two-sum", 10)), (std::vector<std::int64_t>{c, a}));
  EXPECT_EQ(ids(store.history("two-sum", 10, true)), (std::vector<std::int64_t>{c, t, a}));
  EXPECT_EQ(store.history("two-sum", 10, true)[1].kind, RunKind::kTest);
  EXPECT_TRUE(store.history("nothing", 10).empty());
  EXPECT_TRUE(store.history("", 10)[0].tests.empty());
}

TEST_F(StoreTest, SecondStoreSeesTheFirstsRows) {
  Store first(db_path());
  const auto id = submit(first, "two-sum", Verdict::kAccepted);
  Store second(db_path());
  ASSERT_TRUE(second.get(id).has_value());
  EXPECT_EQ(second.get(id)->verdict, Verdict::kAccepted);
  const auto running = first.begin({RunKind::kSubmission, "p", "cpp", "p.cpp", "", "", ""});
  EXPECT_EQ(second.get(running)->status, "running");
  const auto other = second.begin({RunKind::kSubmission, "q", "cpp", "q.cpp", "", "", ""});
  EXPECT_EQ(first.history("", 10).front().id, other);
}

TEST_F(StoreTest, RunningRowOfALiveJudgeStaysRunning) {
  std::int64_t id = 0;
  {
    Store store(db_path());
    id = store.begin({RunKind::kSubmission, "p", "cpp", "p.cpp", "", "", ""});
  }
  // This process wrote it and is alive: another judge must not call it interrupted.
  Store again(db_path());
  EXPECT_EQ(again.get(id)->status, "running");
}

TEST_F(StoreTest, MarksRowsOfDeadJudgesInterrupted) {
  { Store store(db_path()); }
  const pid_t dead = dead_pid();
  sql(
      fmt::format("INSERT INTO submissions (kind, problem, language, file_name, source, "
                  "created_at, status, pid, boot_id) VALUES "
                  "('submit', 'p', 'cpp', 'p.cpp', '', '2026-01-01T00:00:00.000Z', 'running', "
                  "{0}, '{1}'), "
                  "('submit', 'p', 'cpp', 'p.cpp', '', '2026-01-01T00:00:01.000Z', 'running', "
                  "{2}, 'another-boot'), "
                  "('submit', 'p', 'cpp', 'p.cpp', '', '2026-01-01T00:00:02.000Z', 'running', "
                  "NULL, NULL), "
                  "('submit', 'p', 'cpp', 'p.cpp', '', '2026-01-01T00:00:03.000Z', 'done', "
                  "{0}, '{1}')",
                  dead, boot_id(), getpid()));
  Store store(db_path());
  EXPECT_EQ(store.get(1)->status, "interrupted");  // its judge is gone
  EXPECT_EQ(store.get(2)->status, "interrupted");  // from before a reboot
  EXPECT_EQ(store.get(3)->status, "interrupted");  // no judge recorded
  EXPECT_EQ(store.get(4)->status, "done");
  EXPECT_EQ(store.get(1)->verdict, std::nullopt);
  EXPECT_EQ(store.get(1)->finished_at, "");
}

TEST_F(StoreTest, RemembersStarts) {
  Store store(db_path());
  EXPECT_EQ(store.latest_start(), std::nullopt);
  EXPECT_EQ(store.start_for_file("/w/two-sum.cpp"), std::nullopt);
  store.record_start({"two-sum", "cpp", "/w/two-sum.cpp", "2026-01-01T10:00:00.000Z"});
  store.record_start({"coin-change", "py", "/w/coin-change.py", "2026-01-01T11:00:00.000Z"});
  store.record_start({"two-sum", "py", "/w/two-sum.cpp", "2026-01-01T12:00:00.000Z"});
  std::optional<StartRow> start = store.start_for_file("/w/two-sum.cpp");
  ASSERT_TRUE(start.has_value());
  EXPECT_EQ(start->problem, "two-sum");
  EXPECT_EQ(start->language, "py");
  EXPECT_EQ(start->started_at, "2026-01-01T12:00:00.000Z");
  EXPECT_EQ(store.start_for_file("/w/coin-change.py")->problem, "coin-change");
  EXPECT_EQ(store.latest_start()->file, "/w/two-sum.cpp");
  EXPECT_EQ(store.latest_start()->started_at, "2026-01-01T12:00:00.000Z");
  const std::vector<StartRow> all = store.starts();
  ASSERT_EQ(all.size(), 3u) << "every start, for the schedule";
  EXPECT_EQ(all[0].started_at, "2026-01-01T10:00:00.000Z") << "oldest first";
  EXPECT_EQ(all[1].problem, "coin-change");
  EXPECT_EQ(all[2].language, "py");
}

TEST_F(StoreTest, ReportsStatsPerProblem) {
  Store store(db_path());
  Problem two_sum;
  two_sum.id = "two-sum";
  two_sum.title = "Two Sum";
  two_sum.difficulty = Difficulty::kEasy;
  two_sum.tags = {"arrays", "hashing"};
  store.remember_problem(two_sum);
  two_sum.title = "Two Sum (renamed)";
  store.remember_problem(two_sum);  // an update, not a second row
  EXPECT_EQ(query_int("SELECT COUNT(*) FROM problems"), 1);

  const auto w = submit(store, "two-sum", Verdict::kWrongAnswer);
  const auto a1 = submit(store, "two-sum", Verdict::kAccepted);
  const auto a2 = submit(store, "two-sum", Verdict::kAccepted);
  (void)submit(store, "two-sum", Verdict::kAccepted, RunKind::kTest);  // not an attempt
  const auto c = submit(store, "coin-change", Verdict::kTimeLimit);
  sql(fmt::format("UPDATE submissions SET created_at = '2026-03-01T10:05:00.000Z' WHERE id = {}",
                  w));
  sql(fmt::format("UPDATE submissions SET created_at = '2026-03-01T10:20:30.000Z' WHERE id = {}",
                  a1));
  sql(fmt::format("UPDATE submissions SET created_at = '2026-03-01T11:00:00.000Z' WHERE id = {}",
                  a2));
  sql(fmt::format("UPDATE submissions SET created_at = '2026-03-02T09:00:00.000Z' WHERE id = {}",
                  c));
  store.record_start({"two-sum", "cpp", "/w/two-sum.cpp", "2026-03-01T10:00:00.000Z"});

  std::vector<ProblemStats> stats = store.stats();
  ASSERT_EQ(stats.size(), 2u);
  const ProblemStats& cc = stats[0];  // by problem ID
  EXPECT_EQ(cc.problem, "coin-change");
  EXPECT_EQ(cc.title, "coin-change");  // never remembered
  EXPECT_EQ(cc.difficulty, "");
  EXPECT_TRUE(cc.tags.empty());
  EXPECT_EQ(cc.attempts, 1);
  EXPECT_FALSE(cc.solved);
  EXPECT_EQ(cc.first_accepted_at, "");
  EXPECT_EQ(cc.seconds_to_accept, std::nullopt);
  const ProblemStats& ts = stats[1];
  EXPECT_EQ(ts.problem, "two-sum");
  EXPECT_EQ(ts.title, "Two Sum (renamed)");
  EXPECT_EQ(ts.difficulty, "easy");
  EXPECT_EQ(ts.tags, (std::vector<std::string>{"arrays", "hashing"}));
  EXPECT_EQ(ts.attempts, 3);
  EXPECT_TRUE(ts.solved);
  EXPECT_EQ(ts.first_accepted_at, "2026-03-01T10:20:30.000Z");
  EXPECT_EQ(ts.seconds_to_accept, 20 * 60 + 30);  // from `judge start`

  EXPECT_EQ(store.attempted(),
            (std::map<std::string, bool>{{"coin-change", false}, {"two-sum", true}}));
}

TEST_F(StoreTest, TimeToAcceptFromTheFirstSubmissionWithoutStart) {
  Store store(db_path());
  const auto w = submit(store, "p", Verdict::kWrongAnswer);
  const auto a = submit(store, "p", Verdict::kAccepted);
  sql(fmt::format("UPDATE submissions SET created_at = '2026-03-01T23:59:00.000Z' WHERE id = {}",
                  w));
  sql(fmt::format("UPDATE submissions SET created_at = '2026-03-02T00:01:00.000Z' WHERE id = {}",
                  a));
  EXPECT_EQ(store.stats().at(0).seconds_to_accept, 120);
}

TEST_F(StoreTest, RunningSubmissionIsAnAttemptWithoutVerdict) {
  Store store(db_path());
  (void)store.begin({RunKind::kSubmission, "p", "cpp", "p.cpp", "", "", ""});
  EXPECT_EQ(store.attempted(), (std::map<std::string, bool>{{"p", false}}));
  EXPECT_EQ(store.stats().at(0).attempts, 1);
  EXPECT_FALSE(store.stats().at(0).solved);
}

TEST(NowTest, IsIso8601Utc) {
  const std::string now = now_iso8601();
  EXPECT_TRUE(std::regex_match(now, std::regex(R"(20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)")))
      << now;
}

}  // namespace
}  // namespace judge
