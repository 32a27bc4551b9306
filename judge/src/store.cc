#include "judge/store.h"

#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "judge/error.h"
#include "judge/paths.h"
#include "judge/result_json.h"
#include "sandbox/run.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

// Each entry moves the schema one version up; never edit a released one, add another.
constexpr const char* kMigrations[] = {
    // 1: the first schema.
    R"sql(
    CREATE TABLE problems (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      difficulty TEXT NOT NULL,
      tags TEXT NOT NULL DEFAULT '[]',
      pack TEXT NOT NULL DEFAULT '',
      first_seen TEXT NOT NULL,
      last_seen TEXT NOT NULL
    );
    CREATE TABLE submissions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL CHECK (kind IN ('submit', 'test')),
      problem TEXT NOT NULL,
      language TEXT NOT NULL,
      file_name TEXT NOT NULL,
      source TEXT NOT NULL,
      explanation TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      finished_at TEXT,
      status TEXT NOT NULL CHECK (status IN ('running', 'done', 'interrupted')),
      pid INTEGER,
      boot_id TEXT,
      verdict TEXT,
      time_ms INTEGER NOT NULL DEFAULT 0,
      memory_kb INTEGER NOT NULL DEFAULT 0,
      passed INTEGER NOT NULL DEFAULT 0,
      planned INTEGER NOT NULL DEFAULT 0,
      compile_ok INTEGER,
      compile_message TEXT NOT NULL DEFAULT '',
      compile_time_ms INTEGER NOT NULL DEFAULT 0,
      compile_cached INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX submissions_by_problem ON submissions (problem, created_at);
    CREATE TABLE test_results (
      submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
      idx INTEGER NOT NULL,
      name TEXT NOT NULL,
      sample INTEGER NOT NULL,
      verdict TEXT NOT NULL,
      time_ms INTEGER NOT NULL,
      wall_ms INTEGER NOT NULL,
      memory_kb INTEGER NOT NULL,
      exit_code INTEGER,
      signal INTEGER,
      message TEXT NOT NULL DEFAULT '',
      description TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (submission_id, idx)
    );
    CREATE TABLE starts (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      problem TEXT NOT NULL,
      language TEXT NOT NULL,
      file TEXT NOT NULL,
      started_at TEXT NOT NULL
    );
    CREATE INDEX starts_by_file ON starts (file, started_at);
    )sql",
    // 2: where a problem judged by path lives, so that review can show its reference.
    R"sql(
    ALTER TABLE submissions ADD COLUMN problem_dir TEXT NOT NULL DEFAULT '';
    )sql",
    // 3: submissions the user asked to forget (judged against the wrong problem, say): kept,
    // but out of the history, the stats and what counts as attempted.
    R"sql(
    ALTER TABLE submissions ADD COLUMN forgotten_at TEXT;
    )sql",
    // 4: the feedback on a submission's explanation, as JSON (result_json.h), once judged.
    R"sql(
    ALTER TABLE submissions ADD COLUMN feedback TEXT;
    )sql",
    // 5: mock phone screens: the plan, what the candidate wrote and the feedback on it, what
    // happened besides runs (hints, time warnings), and which runs were part of one. At most
    // one session is active.
    R"sql(
    CREATE TABLE mocks (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      status TEXT NOT NULL CHECK (status IN ('active', 'ended', 'abandoned')),
      started_at TEXT NOT NULL,
      deadline TEXT NOT NULL,
      ended_at TEXT,
      minutes INTEGER NOT NULL,
      seed INTEGER NOT NULL,
      language TEXT NOT NULL,
      options TEXT NOT NULL DEFAULT '{}',
      question TEXT NOT NULL DEFAULT '',
      question_text TEXT NOT NULL DEFAULT '',
      competency TEXT NOT NULL DEFAULT '',
      answer TEXT NOT NULL DEFAULT '',
      answered_at TEXT,
      answer_feedback TEXT,
      closing TEXT NOT NULL DEFAULT '',
      closing_at TEXT,
      closing_feedback TEXT
    );
    CREATE UNIQUE INDEX mocks_one_active ON mocks (status) WHERE status = 'active';
    CREATE TABLE mock_problems (
      mock_id INTEGER NOT NULL REFERENCES mocks (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      problem TEXT NOT NULL,
      title TEXT NOT NULL,
      difficulty TEXT NOT NULL,
      minutes INTEGER NOT NULL,
      file TEXT NOT NULL,
      PRIMARY KEY (mock_id, position)
    );
    CREATE TABLE mock_events (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      mock_id INTEGER NOT NULL REFERENCES mocks (id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      kind TEXT NOT NULL,
      problem TEXT NOT NULL DEFAULT '',
      detail TEXT NOT NULL DEFAULT ''
    );
    ALTER TABLE submissions ADD COLUMN mock_id INTEGER REFERENCES mocks (id);
    ALTER TABLE submissions ADD COLUMN overtime INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX submissions_by_mock ON submissions (mock_id) WHERE mock_id IS NOT NULL;
    )sql",
    // 6: when a hidden test of the submission was revealed (judge reveal): shown in the
    // history and the stats, and a lapse for the schedule.
    R"sql(
    ALTER TABLE submissions ADD COLUMN revealed_at TEXT;
    )sql",
    // 7: every hint shown (judge show ID --hint N), in a mock session or not: stats counts
    // them and the schedule takes a solve after one as a hard recall. A mock's hints were
    // kept only as its events until now: they are copied over.
    R"sql(
    CREATE TABLE hint_views (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      problem TEXT NOT NULL,
      level INTEGER NOT NULL,
      at TEXT NOT NULL,
      mock_id INTEGER REFERENCES mocks (id)
    );
    CREATE INDEX hint_views_by_problem ON hint_views (problem, at);
    INSERT INTO hint_views (problem, level, at, mock_id)
      SELECT problem, CAST(detail AS INTEGER), at, mock_id FROM mock_events
      WHERE kind = 'hint' ORDER BY id;
    )sql",
    // 8: complexity probes (judge probe, and after an accepted submit): every timed run as
    // JSON [[n, cpu_s, hit_limit], ...] so that the fit can be drawn again, and what it said.
    R"sql(
    CREATE TABLE probes (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      problem TEXT NOT NULL,
      submission_id INTEGER REFERENCES submissions (id) ON DELETE CASCADE,
      language TEXT NOT NULL,
      file_name TEXT NOT NULL,
      created_at TEXT NOT NULL,
      class TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL,
      slope REAL,
      summary TEXT NOT NULL DEFAULT '',
      time_limit_s REAL NOT NULL,
      cpu_s REAL NOT NULL,
      samples TEXT NOT NULL
    );
    CREATE INDEX probes_by_problem ON probes (problem, created_at);
    CREATE INDEX probes_by_submission ON probes (submission_id) WHERE submission_id IS NOT NULL;
    )sql",
};

std::string boot_id() {
  std::ifstream in("/proc/sys/kernel/random/boot_id");
  std::string id;
  std::getline(in, id);
  return id;
}

// The file of a connection, for messages.
fs::path db_file(sqlite3* db) {
  const char* name = sqlite3_db_filename(db, "main");
  return name != nullptr ? fs::path(name) : fs::path("(the database)");
}

class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    if (int rc = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr); rc != SQLITE_OK) {
      throw store_error(sqlite3_extended_errcode(db), sqlite3_errmsg(db), db_file(db),
                        "preparing a query");
    }
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int i, const std::string& v) {
    check(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
    return *this;
  }
  Statement& bind(int i, std::int64_t v) {
    check(sqlite3_bind_int64(stmt_, i, v));
    return *this;
  }
  Statement& bind(int i, std::optional<int> v) {
    check(v ? sqlite3_bind_int64(stmt_, i, *v) : sqlite3_bind_null(stmt_, i));
    return *this;
  }
  Statement& bind(int i, std::optional<double> v) {
    check(v ? sqlite3_bind_double(stmt_, i, *v) : sqlite3_bind_null(stmt_, i));
    return *this;
  }
  /// True while there is a row.
  bool step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
      return true;
    }
    if (rc != SQLITE_DONE) {
      throw store_error(sqlite3_extended_errcode(db_), sqlite3_errmsg(db_), db_file(db_),
                        sqlite3_stmt_readonly(stmt_) != 0 ? "reading" : "writing");
    }
    return false;
  }
  std::string text(int col) const {
    const auto* p = sqlite3_column_text(stmt_, col);
    return p == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(p));
  }
  std::int64_t integer(int col) const { return sqlite3_column_int64(stmt_, col); }
  bool null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  std::optional<int> optional_int(int col) const {
    return null(col) ? std::nullopt : std::optional<int>(static_cast<int>(integer(col)));
  }

 private:
  void check(int rc) {
    if (rc != SQLITE_OK) {
      throw store_error(rc, sqlite3_errmsg(db_), db_file(db_), "binding a value");
    }
  }
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

std::optional<Verdict> verdict_of(const std::string& text) {
  if (text.empty()) {
    return std::nullopt;
  }
  return parse_verdict(text);
}

// Seconds since the epoch of a time the store wrote; 0 for text that is not one.
std::int64_t parse_time(const std::string& iso) {
  const auto time = parse_iso8601(iso);
  return time ? std::chrono::duration_cast<std::chrono::seconds>(time->time_since_epoch()).count()
              : 0;
}

constexpr const char* kSubmissionColumns =
    "id, kind, problem, language, file_name, source, explanation, created_at, "
    "COALESCE(finished_at, ''), status, COALESCE(verdict, ''), time_ms, memory_kb, passed, "
    "planned, COALESCE(compile_ok, 0), compile_message, compile_time_ms, compile_cached, "
    "problem_dir, COALESCE(forgotten_at, ''), feedback, COALESCE(mock_id, 0), overtime, "
    "COALESCE(revealed_at, '')";

// Feedback as the store keeps it: JSON text, or NULL for none.
std::string feedback_text(const coach::Feedback& feedback) {
  return feedback_json(feedback).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<coach::Feedback> feedback_of(const std::string& text) {
  if (text.empty()) {
    return std::nullopt;
  }
  try {
    return feedback_from_json(nlohmann::json::parse(text));
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;  // damaged by hand: shown as no feedback rather than refused
  }
}

SubmissionRow read_submission(const Statement& s) {
  SubmissionRow row;
  row.id = s.integer(0);
  row.kind = s.text(1) == "test" ? RunKind::kTest : RunKind::kSubmission;
  row.problem = s.text(2);
  row.language = s.text(3);
  row.file_name = s.text(4);
  row.source = s.text(5);
  row.explanation = s.text(6);
  row.created_at = s.text(7);
  row.finished_at = s.text(8);
  row.status = s.text(9);
  row.verdict = verdict_of(s.text(10));
  row.time_ms = static_cast<int>(s.integer(11));
  row.memory_kb = static_cast<std::uint64_t>(s.integer(12));
  row.passed = static_cast<int>(s.integer(13));
  row.planned = static_cast<int>(s.integer(14));
  row.compile_ok = s.integer(15) != 0;
  row.compile_message = s.text(16);
  row.compile_time_ms = static_cast<int>(s.integer(17));
  row.compile_cached = s.integer(18) != 0;
  row.problem_dir = s.text(19);
  row.forgotten_at = s.text(20);
  row.feedback = s.null(21) ? std::nullopt : feedback_of(s.text(21));
  row.mock = s.integer(22);
  row.overtime = s.integer(23) != 0;
  row.revealed_at = s.text(24);
  return row;
}

// The processes other than this one that hold a POSIX lock on `path` or its -wal and -shm
// files, from /proc/locks ("1: POSIX  ADVISORY  WRITE 4242 08:01:1234 0 EOF").
std::vector<pid_t> lock_holders(const fs::path& path) {
  std::vector<ino_t> inodes;
  std::vector<dev_t> devices;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    struct stat st {};
    if (stat((path.string() + suffix).c_str(), &st) == 0) {
      inodes.push_back(st.st_ino);
      devices.push_back(st.st_dev);
    }
  }
  std::vector<pid_t> pids;
  std::ifstream locks("/proc/locks");
  std::string line;
  while (std::getline(locks, line)) {
    std::istringstream in(line);
    std::string number, kind, mode, access, device;
    long pid = 0;
    if (!(in >> number >> kind)) {
      continue;
    }
    if (kind == "->") {  // a waiter: "1: -> POSIX ..."
      in >> kind;
    }
    if (!(in >> mode >> access >> pid >> device)) {
      continue;
    }
    // device is "MAJOR:MINOR:INODE" in hexadecimal major and minor, decimal inode.
    const auto last = device.rfind(':');
    if (last == std::string::npos || pid <= 0 || pid == getpid()) {
      continue;
    }
    const auto inode = static_cast<ino_t>(std::strtoull(device.c_str() + last + 1, nullptr, 10));
    for (std::size_t i = 0; i < inodes.size(); ++i) {
      if (inodes[i] == inode &&
          std::find(pids.begin(), pids.end(), static_cast<pid_t>(pid)) == pids.end()) {
        pids.push_back(static_cast<pid_t>(pid));
      }
    }
  }
  (void)devices;
  return pids;
}

std::string process_name(pid_t pid) {
  std::ifstream in(fmt::format("/proc/{}/comm", pid));
  std::string name;
  std::getline(in, name);
  return name.empty() ? "?" : name;
}

// SQLite's busy handler: while another judge holds the database, wait up to `*limit_ms` in
// steps of 50 ms. Ctrl-C ends the wait at once: the command then keeps the explanation in a
// draft and stops, rather than sit out the rest of the 10 s.
int busy_wait(void* limit_ms, int count) {
  constexpr int kStepMs = 50;
  if (sandbox::interrupt_requested() || count * kStepMs >= *static_cast<const int*>(limit_ms)) {
    return 0;
  }
  sqlite3_sleep(kStepMs);
  return 1;
}

}  // namespace

StoreError store_error(int rc, const std::string& detail, const fs::path& path,
                       std::string_view doing) {
  const std::string file = path.string();
  switch (rc & 0xff) {  // the primary code of an extended one
    case SQLITE_BUSY:
    case SQLITE_LOCKED: {
      std::string who = "another judge (or another program)";
      const auto pids = lock_holders(path);
      if (!pids.empty()) {
        who = fmt::format("process {} ({})", pids.front(), process_name(pids.front()));
      }
      return StoreError(
          fmt::format("the database {} is held by {}, and stayed busy while {}", file, who, doing),
          "wait for the other judge to finish (or end it), then run the command again");
    }
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return StoreError(
          fmt::format("the database {} is damaged ({}) while {}", file, detail, doing),
          fmt::format("move it aside to start afresh, keeping it for a rescue: mv "
                      "'{}' '{}.damaged' (your packs and settings are kept)",
                      file, file));
    case SQLITE_FULL:
      return StoreError(fmt::format("the disk holding the database {} is full ({})", file, doing),
                        fmt::format("free some space on the disk of {}, then run the command again",
                                    path.parent_path().string()));
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return StoreError(
          fmt::format("cannot write the database {} ({}) while {}", file, detail, doing),
          fmt::format("check the permissions of {} and of the folder {} (ls -ld), or set "
                      "JUDGE_HOME to a folder you can write",
                      file, path.parent_path().string()));
    case SQLITE_IOERR:
      return StoreError(
          fmt::format("the disk failed reading or writing the database {} ({}) while {}", file,
                      detail, doing),
          "check the disk (dmesg), and that the file is on a local file system");
    default:
      return StoreError(fmt::format("database error in {} while {}: {}", file, doing, detail),
                        "this is unexpected: please report it with the command you ran");
  }
}

std::string Store::now() const {
  return iso8601(clock_.now());
}

int Store::schema_version() {
  return static_cast<int>(std::size(kMigrations));
}

Store::Store(const fs::path& path, Mode mode, const Clock& clock) : path_(path), clock_(clock) {
  if (mode == Mode::kReadOnly) {
    read_only_ = true;
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      return;  // nothing stored yet: reads as empty
    }
    // mode=ro: nothing is created or changed. immutable=1 when that fails: a WAL database in
    // a folder that cannot be written has no -shm file to coordinate through; nobody can be
    // writing it then either.
    for (const char* flags : {"mode=ro", "mode=ro&immutable=1"}) {
      std::string uri = "file:" + path.string() + "?" + flags;
      int rc = sqlite3_open_v2(uri.c_str(), &db_, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
      if (rc == SQLITE_OK) {
        sqlite3_busy_handler(db_, busy_wait, &busy_ms_);
        try {
          Statement version(db_, "PRAGMA user_version");
          version.step();
          if (static_cast<int>(version.integer(0)) == schema_version()) {
            return;
          }
          // Another schema: this judge cannot read it without migrating, which it may not.
          sqlite3_close(db_);
          db_ = nullptr;
          return;
        } catch (const StoreError&) {
          // Try the next way of opening it.
        }
      }
      sqlite3_close(db_);
      db_ = nullptr;
    }
    throw StoreError(fmt::format("cannot read the database {}", path.string()),
                     fmt::format("check the permissions of {}", path.string()));
  }
  try {
    ensure_dir(path.parent_path());
  } catch (const Error& e) {
    throw StoreError(e.what(), e.hint());
  }
  if (int rc =
          sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
      rc != SQLITE_OK) {
    const int code = db_ != nullptr ? sqlite3_extended_errcode(db_) : rc;
    std::string why = db_ != nullptr ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw store_error(code, why, path, "opening it");
  }
  sqlite3_busy_handler(db_, busy_wait, &busy_ms_);  // another judge may be writing
  try {
    // WAL: a judge killed mid-write leaves the database consistent, and readers (judge
    // history in another terminal) do not block the writer.
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = NORMAL");
    exec("PRAGMA foreign_keys = ON");
    migrate();
    mark_interrupted();
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
}

Store::~Store() {
  if (db_ != nullptr) {
    sqlite3_close(db_);
  }
}

void Store::exec(const char* sql) const {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string message = err != nullptr ? err : "unknown error";
    sqlite3_free(err);
    throw store_error(sqlite3_extended_errcode(db_), message, path_, "setting it up");
  }
}

void Store::migrate() {
  Statement version(db_, "PRAGMA user_version");
  version.step();
  const auto current = static_cast<int>(version.integer(0));
  if (current > schema_version()) {
    throw Error(fmt::format("the database {} was written by a newer judge (schema {}, this "
                            "judge knows {})",
                            path_.string(), current, schema_version()),
                "upgrade the judge, or set JUDGE_HOME to another folder");
  }
  for (int v = current; v < schema_version(); ++v) {
    exec("BEGIN IMMEDIATE");
    try {
      exec(kMigrations[v]);
      exec(fmt::format("PRAGMA user_version = {}", v + 1).c_str());
      exec("COMMIT");
    } catch (...) {
      exec("ROLLBACK");
      throw;
    }
  }
}

void Store::mark_interrupted() {
  // A "running" row whose judge process is gone (or from before a reboot) was interrupted.
  Statement rows(db_,
                 "SELECT id, COALESCE(pid, 0), COALESCE(boot_id, '') FROM submissions "
                 "WHERE status = 'running'");
  std::vector<std::int64_t> stale;
  const std::string boot = boot_id();
  while (rows.step()) {
    const auto pid = static_cast<pid_t>(rows.integer(1));
    const bool alive = rows.text(2) == boot && pid > 0 && (kill(pid, 0) == 0 || errno == EPERM);
    if (!alive) {
      stale.push_back(rows.integer(0));
    }
  }
  for (auto id : stale) {
    Statement s(db_, "UPDATE submissions SET status = 'interrupted' WHERE id = ?");
    s.bind(1, id).step();
  }
}

void Store::remember_problem(const Problem& problem) {
  Statement s(db_,
              "INSERT INTO problems (id, title, difficulty, tags, pack, first_seen, last_seen) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) ON CONFLICT (id) DO UPDATE SET title = ?2, "
              "difficulty = ?3, tags = ?4, pack = ?5, last_seen = ?6");
  s.bind(1, problem.id)
      .bind(2, problem.title)
      .bind(3, std::string(to_string(problem.difficulty)))
      .bind(4, nlohmann::json(problem.tags)
                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
      .bind(5, problem.pack)
      .bind(6, now());
  s.step();
}

std::int64_t Store::begin(const NewRun& run) {
  Statement s(db_,
              "INSERT INTO submissions (kind, problem, language, file_name, source, explanation, "
              "created_at, status, pid, boot_id, problem_dir, mock_id, overtime) VALUES (?, ?, "
              "?, ?, ?, ?, ?, 'running', ?, ?, ?, ?, ?)");
  s.bind(1, std::string(run.kind == RunKind::kTest ? "test" : "submit"))
      .bind(2, run.problem)
      .bind(3, run.language)
      .bind(4, run.file_name)
      .bind(5, run.source)
      .bind(6, run.explanation)
      .bind(7, now())
      .bind(8, static_cast<std::int64_t>(getpid()))
      .bind(9, boot_id())
      .bind(10, run.problem_dir);
  if (run.mock != 0) {
    s.bind(11, run.mock);
  } else {
    s.bind(11, std::optional<int>());
  }
  s.bind(12, std::int64_t{run.overtime ? 1 : 0});
  s.step();
  return sqlite3_last_insert_rowid(db_);
}

void Store::record_compile(std::int64_t id, const CompileResult& compile) {
  Statement s(db_,
              "UPDATE submissions SET compile_ok = ?, compile_message = ?, "
              "compile_time_ms = ?, compile_cached = ? WHERE id = ?");
  s.bind(1, std::int64_t{compile.ok ? 1 : 0})
      .bind(2, compile.message)
      .bind(3, static_cast<std::int64_t>(compile.time.count()))
      .bind(4, std::int64_t{compile.cached ? 1 : 0})
      .bind(5, id);
  s.step();
}

void Store::record_test(std::int64_t id, const TestOutcome& test) {
  Statement s(db_,
              "INSERT OR REPLACE INTO test_results (submission_id, idx, name, sample, verdict, "
              "time_ms, wall_ms, memory_kb, exit_code, signal, message, description) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s.bind(1, id)
      .bind(2, static_cast<std::int64_t>(test.index))
      .bind(3, test.name)
      .bind(4, std::int64_t{test.sample ? 1 : 0})
      .bind(5, std::string(code(test.verdict)))
      .bind(6, std::int64_t{test.time_ms})
      .bind(7, std::int64_t{test.wall_ms})
      .bind(8, static_cast<std::int64_t>(test.memory_kb))
      .bind(9, test.exit_code)
      .bind(10, test.signal)
      .bind(11, test.message)
      .bind(12, test.desc);
  s.step();
}

void Store::finish(std::int64_t id, const JudgeOutcome& outcome) {
  Statement s(db_,
              "UPDATE submissions SET status = 'done', finished_at = ?, verdict = ?, "
              "time_ms = ?, memory_kb = ?, passed = ?, planned = ? WHERE id = ?");
  s.bind(1, now())
      .bind(2, std::string(code(outcome.verdict)))
      .bind(3, std::int64_t{outcome.max_time_ms})
      .bind(4, static_cast<std::int64_t>(outcome.max_memory_kb))
      .bind(5, static_cast<std::int64_t>(outcome.passed))
      .bind(6, static_cast<std::int64_t>(outcome.planned))
      .bind(7, id);
  s.step();
}

void Store::set_busy_timeout(std::chrono::milliseconds wait) {
  busy_ms_ = static_cast<int>(wait.count());
}

void Store::finish_interrupted(std::int64_t id, const JudgeOutcome& outcome) {
  Statement s(db_,
              "UPDATE submissions SET status = 'interrupted', finished_at = ?, time_ms = ?, "
              "memory_kb = ?, passed = ?, planned = ? WHERE id = ?");
  s.bind(1, now())
      .bind(2, std::int64_t{outcome.max_time_ms})
      .bind(3, static_cast<std::int64_t>(outcome.max_memory_kb))
      .bind(4, static_cast<std::int64_t>(outcome.passed))
      .bind(5, static_cast<std::int64_t>(outcome.planned))
      .bind(6, id);
  s.step();
}

void Store::record_feedback(std::int64_t id, const coach::Feedback& feedback) {
  Statement s(db_, "UPDATE submissions SET feedback = ? WHERE id = ?");
  s.bind(1, feedback_text(feedback)).bind(2, id);
  s.step();
}

std::optional<SubmissionRow> Store::get(std::int64_t id, bool with_tests) const {
  if (db_ == nullptr) {
    return std::nullopt;
  }
  Statement s(db_,
              fmt::format("SELECT {} FROM submissions WHERE id = ?", kSubmissionColumns).c_str());
  s.bind(1, id);
  if (!s.step()) {
    return std::nullopt;
  }
  SubmissionRow row = read_submission(s);
  if (with_tests) {
    Statement t(db_,
                "SELECT idx, name, sample, verdict, time_ms, wall_ms, memory_kb, exit_code, "
                "signal, message, description FROM test_results WHERE submission_id = ? "
                "ORDER BY idx");
    t.bind(1, id);
    while (t.step()) {
      TestRow r;
      r.index = static_cast<int>(t.integer(0));
      r.name = t.text(1);
      r.sample = t.integer(2) != 0;
      r.verdict = verdict_of(t.text(3)).value_or(Verdict::kInternalError);
      r.time_ms = static_cast<int>(t.integer(4));
      r.wall_ms = static_cast<int>(t.integer(5));
      r.memory_kb = static_cast<std::uint64_t>(t.integer(6));
      r.exit_code = t.optional_int(7);
      r.signal = t.optional_int(8);
      r.message = t.text(9);
      r.desc = t.text(10);
      row.tests.push_back(std::move(r));
    }
  }
  return row;
}

std::vector<SubmissionRow> Store::history(const std::string& problem, int limit,
                                          bool include_test_runs) const {
  if (db_ == nullptr) {
    return {};
  }
  std::string sql = fmt::format(
      "SELECT {} FROM submissions WHERE (?1 = '' OR problem = ?1) AND forgotten_at IS NULL {} "
      "ORDER BY id DESC LIMIT ?2",
      kSubmissionColumns, include_test_runs ? "" : "AND kind = 'submit'");
  Statement s(db_, sql.c_str());
  s.bind(1, problem).bind(2, static_cast<std::int64_t>(limit));
  std::vector<SubmissionRow> rows;
  while (s.step()) {
    rows.push_back(read_submission(s));
  }
  return rows;
}

bool Store::forget(std::int64_t id, bool forget) {
  Statement s(db_, "UPDATE submissions SET forgotten_at = ? WHERE id = ?");
  if (forget) {
    s.bind(1, now());
  } else {
    s.bind(1, std::optional<int>());
  }
  s.bind(2, id).step();
  return sqlite3_changes(db_) > 0;
}

bool Store::record_reveal(std::int64_t id) {
  // The first reveal counts: revealing the same test again shows nothing new.
  Statement s(db_, "UPDATE submissions SET revealed_at = COALESCE(revealed_at, ?) WHERE id = ?");
  s.bind(1, now()).bind(2, id).step();
  return sqlite3_changes(db_) > 0;
}

void Store::record_start(const StartRow& start) {
  Statement s(db_, "INSERT INTO starts (problem, language, file, started_at) VALUES (?, ?, ?, ?)");
  s.bind(1, start.problem).bind(2, start.language).bind(3, start.file).bind(4, start.started_at);
  s.step();
}

std::optional<StartRow> Store::start_for_file(const std::string& file) const {
  if (db_ == nullptr) {
    return std::nullopt;
  }
  Statement s(db_,
              "SELECT problem, language, file, started_at FROM starts WHERE file = ? "
              "ORDER BY id DESC LIMIT 1");
  s.bind(1, file);
  if (!s.step()) {
    return std::nullopt;
  }
  return StartRow{s.text(0), s.text(1), s.text(2), s.text(3)};
}

std::optional<StartRow> Store::latest_start() const {
  if (db_ == nullptr) {
    return std::nullopt;
  }
  Statement s(db_,
              "SELECT problem, language, file, started_at FROM starts ORDER BY id DESC "
              "LIMIT 1");
  if (!s.step()) {
    return std::nullopt;
  }
  return StartRow{s.text(0), s.text(1), s.text(2), s.text(3)};
}

std::vector<StartRow> Store::starts() const {
  std::vector<StartRow> out;
  if (db_ == nullptr) {
    return out;
  }
  Statement s(db_, "SELECT problem, language, file, started_at FROM starts ORDER BY id");
  while (s.step()) {
    out.push_back({s.text(0), s.text(1), s.text(2), s.text(3)});
  }
  return out;
}

std::map<std::string, bool> Store::attempted() const {
  if (db_ == nullptr) {
    return {};
  }
  Statement s(db_,
              "SELECT problem, MAX(verdict = 'AC') FROM submissions WHERE kind = 'submit' "
              "AND forgotten_at IS NULL GROUP BY problem");
  std::map<std::string, bool> result;
  while (s.step()) {
    result[s.text(0)] = s.integer(1) != 0;
  }
  return result;
}

std::vector<ProblemStats> Store::stats() const {
  if (db_ == nullptr) {
    return {};
  }
  Statement s(db_,
              "SELECT s.problem, COALESCE(p.title, s.problem), COALESCE(p.difficulty, ''), "
              "COALESCE(p.tags, '[]'), COUNT(*), "
              "MIN(CASE WHEN s.verdict = 'AC' THEN s.created_at END), "
              "MIN(s.created_at), "
              "(SELECT MIN(started_at) FROM starts st WHERE st.problem = s.problem) "
              "FROM submissions s LEFT JOIN problems p ON p.id = s.problem "
              "WHERE s.kind = 'submit' AND s.forgotten_at IS NULL GROUP BY s.problem "
              "ORDER BY s.problem");
  std::vector<ProblemStats> result;
  while (s.step()) {
    ProblemStats ps;
    ps.problem = s.text(0);
    ps.title = s.text(1);
    ps.difficulty = s.text(2);
    try {
      ps.tags = nlohmann::json::parse(s.text(3)).get<std::vector<std::string>>();
    } catch (const nlohmann::json::exception&) {
    }
    ps.attempts = static_cast<int>(s.integer(4));
    ps.first_accepted_at = s.text(5);
    ps.solved = !ps.first_accepted_at.empty();
    if (ps.solved) {
      std::string from = s.text(7).empty() ? s.text(6) : std::min(s.text(6), s.text(7));
      ps.seconds_to_accept = parse_time(ps.first_accepted_at) - parse_time(from);
    }
    result.push_back(std::move(ps));
  }
  return result;
}

namespace {

// Empty text as NULL (a time not reached yet, feedback not computed).
void bind_or_null(Statement& s, int i, const std::string& text) {
  if (text.empty()) {
    s.bind(i, std::optional<int>());
  } else {
    s.bind(i, text);
  }
}

constexpr const char* kMockColumns =
    "id, status, started_at, deadline, COALESCE(ended_at, ''), minutes, seed, language, options, "
    "question, question_text, competency, answer, COALESCE(answered_at, ''), "
    "COALESCE(answer_feedback, ''), closing, COALESCE(closing_at, ''), "
    "COALESCE(closing_feedback, '')";

MockRow read_mock(const Statement& s) {
  MockRow m;
  m.id = s.integer(0);
  m.status = s.text(1);
  m.started_at = s.text(2);
  m.deadline = s.text(3);
  m.ended_at = s.text(4);
  m.minutes = static_cast<int>(s.integer(5));
  m.seed = static_cast<std::uint64_t>(s.integer(6));
  m.language = s.text(7);
  m.options = s.text(8);
  m.question = s.text(9);
  m.question_text = s.text(10);
  m.competency = s.text(11);
  m.answer = s.text(12);
  m.answered_at = s.text(13);
  m.answer_feedback = feedback_of(s.text(14));
  m.closing = s.text(15);
  m.closing_at = s.text(16);
  m.closing_feedback = feedback_of(s.text(17));
  return m;
}

}  // namespace

std::int64_t Store::create_mock(const MockRow& mock) {
  exec("BEGIN IMMEDIATE");
  try {
    Statement s(db_,
                "INSERT INTO mocks (status, started_at, deadline, minutes, seed, language, "
                "options, question, question_text, competency) VALUES ('active', ?, ?, ?, ?, ?, "
                "?, ?, ?, ?)");
    s.bind(1, mock.started_at)
        .bind(2, mock.deadline)
        .bind(3, std::int64_t{mock.minutes})
        // SQLite integers are signed: the seed's bits are kept as they are.
        .bind(4, static_cast<std::int64_t>(mock.seed))
        .bind(5, mock.language)
        .bind(6, mock.options.empty() ? std::string("{}") : mock.options)
        .bind(7, mock.question)
        .bind(8, mock.question_text)
        .bind(9, mock.competency);
    s.step();
    const std::int64_t id = sqlite3_last_insert_rowid(db_);
    for (std::size_t i = 0; i < mock.problems.size(); ++i) {
      const auto& p = mock.problems[i];
      Statement add(db_,
                    "INSERT INTO mock_problems (mock_id, position, problem, title, difficulty, "
                    "minutes, file) VALUES (?, ?, ?, ?, ?, ?, ?)");
      add.bind(1, id)
          .bind(2, static_cast<std::int64_t>(i + 1))
          .bind(3, p.problem)
          .bind(4, p.title)
          .bind(5, p.difficulty)
          .bind(6, std::int64_t{p.minutes})
          .bind(7, p.file);
      add.step();
    }
    exec("COMMIT");
    return id;
  } catch (...) {
    exec("ROLLBACK");
    throw;
  }
}

void Store::update_mock(const MockRow& mock) {
  Statement s(db_,
              "UPDATE mocks SET status = ?, ended_at = ?, answer = ?, answered_at = ?, "
              "answer_feedback = ?, closing = ?, closing_at = ?, closing_feedback = ? "
              "WHERE id = ?");
  s.bind(1, mock.status);
  bind_or_null(s, 2, mock.ended_at);
  s.bind(3, mock.answer);
  bind_or_null(s, 4, mock.answered_at);
  bind_or_null(s, 5, mock.answer_feedback ? feedback_text(*mock.answer_feedback) : "");
  s.bind(6, mock.closing);
  bind_or_null(s, 7, mock.closing_at);
  bind_or_null(s, 8, mock.closing_feedback ? feedback_text(*mock.closing_feedback) : "");
  s.bind(9, mock.id);
  s.step();
}

std::vector<MockRow> Store::read_mocks(const char* where, std::int64_t value, int limit) const {
  std::vector<MockRow> out;
  if (db_ == nullptr) {
    return out;
  }
  Statement s(db_, fmt::format("SELECT {} FROM mocks WHERE {} ORDER BY id DESC LIMIT ?",
                               kMockColumns, where)
                       .c_str());
  s.bind(1, value).bind(2, static_cast<std::int64_t>(limit));
  while (s.step()) {
    out.push_back(read_mock(s));
  }
  for (auto& m : out) {
    Statement p(db_,
                "SELECT problem, title, difficulty, minutes, file FROM mock_problems WHERE "
                "mock_id = ? ORDER BY position");
    p.bind(1, m.id);
    while (p.step()) {
      m.problems.push_back(
          {p.text(0), p.text(1), p.text(2), static_cast<int>(p.integer(3)), p.text(4)});
    }
  }
  return out;
}

std::optional<MockRow> Store::mock(std::int64_t id) const {
  auto rows = read_mocks("id = ?", id, 1);
  return rows.empty() ? std::nullopt : std::optional(std::move(rows.front()));
}

std::optional<MockRow> Store::active_mock() const {
  auto rows = read_mocks("status = 'active' AND ? = 0", 0, 1);
  return rows.empty() ? std::nullopt : std::optional(std::move(rows.front()));
}

std::vector<MockRow> Store::mocks(int limit) const {
  return read_mocks("? = 0", 0, limit);
}

void Store::add_mock_event(std::int64_t mock, const MockEventRow& event) {
  Statement s(
      db_, "INSERT INTO mock_events (mock_id, at, kind, problem, detail) VALUES (?, ?, ?, ?, ?)");
  s.bind(1, mock)
      .bind(2, event.at)
      .bind(3, event.kind)
      .bind(4, event.problem)
      .bind(5, event.detail);
  s.step();
}

std::vector<MockEventRow> Store::mock_events(std::int64_t mock) const {
  std::vector<MockEventRow> out;
  if (db_ == nullptr) {
    return out;
  }
  Statement s(db_,
              "SELECT at, kind, problem, detail FROM mock_events WHERE mock_id = ? ORDER BY id");
  s.bind(1, mock);
  while (s.step()) {
    out.push_back({s.text(0), s.text(1), s.text(2), s.text(3)});
  }
  return out;
}

std::vector<SubmissionRow> Store::mock_runs(std::int64_t mock) const {
  std::vector<SubmissionRow> out;
  if (db_ == nullptr) {
    return out;
  }
  Statement s(db_, fmt::format("SELECT {} FROM submissions WHERE mock_id = ? AND forgotten_at IS "
                               "NULL ORDER BY id",
                               kSubmissionColumns)
                       .c_str());
  s.bind(1, mock);
  while (s.step()) {
    out.push_back(read_submission(s));
  }
  return out;
}

void Store::record_hint(const HintRow& hint) {
  Statement s(db_, "INSERT INTO hint_views (problem, level, at, mock_id) VALUES (?, ?, ?, ?)");
  s.bind(1, hint.problem).bind(2, std::int64_t{hint.level}).bind(3, hint.at);
  if (hint.mock != 0) {
    s.bind(4, hint.mock);
  } else {
    s.bind(4, std::optional<int>());
  }
  s.step();
}

std::vector<HintRow> Store::hints(const std::string& problem) const {
  std::vector<HintRow> out;
  if (db_ == nullptr) {
    return out;
  }
  Statement s(db_,
              "SELECT problem, level, at, COALESCE(mock_id, 0) FROM hint_views "
              "WHERE ? = '' OR problem = ? ORDER BY at, id");
  s.bind(1, problem).bind(2, problem);
  while (s.step()) {
    out.push_back({s.text(0), static_cast<int>(s.integer(1)), s.text(2), s.integer(3)});
  }
  return out;
}

namespace {

// The runs of a probe as the store keeps them: [[n, cpu_s, hit_limit], ...].
std::string samples_text(const std::vector<ProbeRun>& samples) {
  nlohmann::json runs = nlohmann::json::array();
  for (const auto& s : samples) {
    runs.push_back({s.n, s.cpu_s, s.hit_limit});
  }
  return runs.dump();
}

// Runs written by samples_text; none from text that is not (a damaged row draws no plot).
std::vector<ProbeRun> samples_from(const std::string& text) {
  std::vector<ProbeRun> out;
  try {
    for (const auto& run : nlohmann::json::parse(text)) {
      out.push_back(
          {run.at(0).get<std::int64_t>(), run.at(1).get<double>(), run.at(2).get<bool>()});
    }
  } catch (const nlohmann::json::exception&) {
    out.clear();
  }
  return out;
}

constexpr const char* kProbeColumns =
    "id, problem, COALESCE(submission_id, 0), language, file_name, created_at, class, status, "
    "slope, summary, time_limit_s, cpu_s, samples";

ProbeRow read_probe(const Statement& s) {
  ProbeRow row;
  row.id = s.integer(0);
  row.problem = s.text(1);
  row.submission = s.integer(2);
  row.language = s.text(3);
  row.file_name = s.text(4);
  row.created_at = s.text(5);
  row.best = s.text(6);
  row.status = s.text(7);
  row.slope = s.null(8) ? std::nullopt : std::optional<double>(s.real(8));
  row.summary = s.text(9);
  row.time_limit_s = s.real(10);
  row.cpu_s = s.real(11);
  row.samples = samples_from(s.text(12));
  return row;
}

}  // namespace

std::int64_t Store::record_probe(const ProbeRow& probe) {
  Statement s(db_,
              "INSERT INTO probes (problem, submission_id, language, file_name, created_at, "
              "class, status, slope, summary, time_limit_s, cpu_s, samples) VALUES (?, ?, ?, ?, "
              "?, ?, ?, ?, ?, ?, ?, ?)");
  s.bind(1, probe.problem)
      .bind(3, probe.language)
      .bind(4, probe.file_name)
      .bind(5, now())
      .bind(6, probe.best)
      .bind(7, probe.status)
      .bind(8, probe.slope)
      .bind(9, probe.summary)
      .bind(10, std::optional<double>(probe.time_limit_s))
      .bind(11, std::optional<double>(probe.cpu_s))
      .bind(12, samples_text(probe.samples));
  if (probe.submission != 0) {
    s.bind(2, probe.submission);
  } else {
    s.bind(2, std::optional<int>());  // NULL: no submission (judge probe FILE)
  }
  s.step();
  return sqlite3_last_insert_rowid(db_);
}

std::vector<ProbeRow> Store::probes(const std::string& problem, int limit) const {
  std::vector<ProbeRow> out;
  if (db_ == nullptr) {
    return out;
  }
  Statement s(db_, fmt::format("SELECT {} FROM probes WHERE (? = '' OR problem = ?) ORDER BY id "
                               "DESC LIMIT ?",
                               kProbeColumns)
                       .c_str());
  s.bind(1, problem).bind(2, problem).bind(3, static_cast<std::int64_t>(limit));
  while (s.step()) {
    out.push_back(read_probe(s));
  }
  return out;
}

std::optional<ProbeRow> Store::probe_of_submission(std::int64_t submission) const {
  if (db_ == nullptr) {
    return std::nullopt;
  }
  Statement s(db_, fmt::format("SELECT {} FROM probes WHERE submission_id = ? ORDER BY id DESC "
                               "LIMIT 1",
                               kProbeColumns)
                       .c_str());
  s.bind(1, submission);
  if (!s.step()) {
    return std::nullopt;
  }
  return read_probe(s);
}

}  // namespace judge
