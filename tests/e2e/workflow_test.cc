// The rest of a user's day: judge test, judge start, history/review/stats, a judge killed in
// the middle of a submission, packs, and the sandbox and doctor commands.
#include <signal.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "harness.h"

namespace e2e {
namespace {

using namespace std::chrono_literals;

class WorkflowTest : public JudgeTest {
 protected:
  void SetUp() override {
    JudgeTest::SetUp();
    if (!have_program("gcc")) {
      GTEST_SKIP() << "gcc is not installed";
    }
  }

  std::string add_dir() const { return problem_dir("e2e-add").string(); }
};

// --- judge test -------------------------------------------------------------------------------

using TestCommandTest = WorkflowTest;

TEST_F(TestCommandTest, RunsSamplesOnlyAndShowsFullDiff) {
  Output r = judge({"test", program("e2e-add", "wa.c").string(), "--problem", add_dir()});
  EXPECT_EQ(r.exit_code, 1) << r.describe();
  // The failing sample in full: its input, the expected answer, the program's output.
  EXPECT_NE(r.out.find("input"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("expected"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("your output"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2 3"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("| 5"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("| 6"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("hidden/"), std::string::npos) << "no hidden test runs:\n" << r.out;
  EXPECT_NE(r.out.find("0/1 tests passed"), std::string::npos) << r.out;
}

TEST_F(TestCommandTest, IsStoredAsTestRunNotSubmission) {
  json j = judge_json(
      {"test", program("e2e-add", "ac.c").string(), "--problem", add_dir(), "--json"}, 0);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), "AC");
  EXPECT_TRUE(j.at("submission").is_null());
  EXPECT_EQ(j.at("test_run"), 1);
  ASSERT_EQ(j.at("tests").size(), 1U) << "samples only";
  EXPECT_EQ(j["tests"][0].at("name"), "sample/01");

  json with_tests = judge_json({"history", "--tests", "--json"}, 0);
  ASSERT_EQ(with_tests.size(), 1U) << with_tests.dump(2);
  EXPECT_EQ(with_tests[0].at("kind"), "test");
  EXPECT_EQ(with_tests[0].at("verdict"), "AC");
  EXPECT_EQ(judge_json({"history", "--json"}, 0), json::array()) << "not a submission";
  EXPECT_EQ(judge_json({"stats", "--json"}, 0).at("submissions"), 0);
}

TEST_F(TestCommandTest, RunsOwnInputsToo) {
  const fs::path input = scratch() / "big.in";
  write_file(input, "40 2\n");
  Output r = judge({"test", program("e2e-add", "ac.c").string(), "--problem", add_dir(), "--input",
                    input.string()});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_NE(r.out.find("own/big.in"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("42"), std::string::npos) << "its output is shown:\n" << r.out;
}

// --- judge start ------------------------------------------------------------------------------

class StartTest : public WorkflowTest {
 protected:
  void SetUp() override {
    WorkflowTest::SetUp();
    if (!IsSkipped() && !have_program("python3")) {
      GTEST_SKIP() << "python3 is not installed";
    }
  }
};

TEST_F(StartTest, WritesTemplateAndOverwritesOnlyWithForce) {
  Output add = judge({"pack", "add", pack_dir().string()});
  ASSERT_EQ(add.exit_code, 0) << add.describe();
  const fs::path file = scratch() / "e2e-add.py";
  // The template, under the line that says which problem the file is for.
  const std::string tmpl =
      "# judge: e2e-add\n" + read_file(problem_dir("e2e-add") / "templates" / "solution.py");

  Output r = judge({"start", "e2e-add", "--lang", "py"});
  ASSERT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_EQ(read_file(file), tmpl);
  EXPECT_NE(r.out.find(fmt::format("Wrote {} (Python 3 (CPython))", file.string())),
            std::string::npos)
      << r.out;

  write_file(file, "my work\n");
  r = judge({"start", "e2e-add", "--lang", "py"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_EQ(r.err, fmt::format("judge: error: {} already exists; not overwriting your work\n"
                               "hint: pass --force to start over from the template, or --dir to "
                               "write elsewhere\n",
                               file.string()));
  EXPECT_EQ(read_file(file), "my work\n");

  r = judge({"start", "e2e-add", "--lang", "py", "--force"});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_EQ(read_file(file), tmpl);
}

TEST_F(StartTest, SubmitDefaultsToTheStartedProblem) {
  Output add = judge({"pack", "add", pack_dir().string()});
  ASSERT_EQ(add.exit_code, 0) << add.describe();
  const fs::path dir = scratch() / "solutions";
  Output r = judge({"start", "e2e-add", "--lang", "py", "--dir", dir.string()});
  ASSERT_EQ(r.exit_code, 0) << r.describe();
  const fs::path file = dir / "e2e-add.py";
  fs::copy_file(program("e2e-add", "ac.py"), file, fs::copy_options::overwrite_existing);
  json j = judge_json({"submit", file.string(), "--explain", "x", "--json"}, 0);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("problem"), "e2e-add");
  EXPECT_EQ(j.at("verdict"), "AC");
}

TEST_F(StartTest, SubmitDefaultsToProblemStartedByPath) {
  // Not installed: the problem is known only by its folder.
  Output r = judge({"start", add_dir(), "--lang", "py"});
  ASSERT_EQ(r.exit_code, 0) << r.describe();
  const fs::path file = scratch() / "e2e-add.py";
  ASSERT_TRUE(fs::exists(file)) << r.describe();
  fs::copy_file(program("e2e-add", "ac.py"), file, fs::copy_options::overwrite_existing);
  json j = judge_json({"submit", file.string(), "--explain", "x", "--json"}, 0);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("problem"), "e2e-add");
  EXPECT_EQ(j.at("verdict"), "AC");
  json t = judge_json({"test", "e2e-add.py", "--json"}, 0);
  ASSERT_TRUE(t.is_object());
  EXPECT_EQ(t.at("problem"), "e2e-add");
}

// --- history, review, stats -------------------------------------------------------------------

using HistoryTest = WorkflowTest;

TEST_F(HistoryTest, HistoryReviewAndStatsJson) {
  ASSERT_TRUE(submit_json(program("e2e-add", "wa.c"), add_dir(), 1).is_object());
  ASSERT_TRUE(submit_json(program("e2e-add", "ac.c"), add_dir(), 0).is_object());

  json history = judge_json({"history", "--json"}, 0);
  ASSERT_TRUE(history.is_array());
  ASSERT_EQ(history.size(), 2U) << history.dump(2);
  // Newest first.
  EXPECT_EQ(history[0].at("id"), 2);
  EXPECT_EQ(history[0].at("verdict"), "AC");
  EXPECT_EQ(history[1].at("id"), 1);
  EXPECT_EQ(history[1].at("verdict"), "WA");
  for (const auto& row : history) {
    EXPECT_EQ(row.at("kind"), "submit");
    EXPECT_EQ(row.at("problem"), "e2e-add");
    EXPECT_EQ(row.at("language"), "c");
    EXPECT_EQ(row.at("status"), "done");
    EXPECT_TRUE(row.at("created_at").is_string());
    EXPECT_TRUE(row.at("finished_at").is_string());
    EXPECT_TRUE(row.at("time_ms").is_number_integer());
    EXPECT_TRUE(row.at("memory_kb").is_number_integer());
    EXPECT_EQ(row.at("total"), 4);
    EXPECT_FALSE(row.contains("source")) << "the list stays short";
  }
  EXPECT_EQ(history[0].at("file"), "ac.c");
  EXPECT_EQ(history[0].at("passed"), 4);
  EXPECT_EQ(history[1].at("passed"), 0);

  json review = judge_json({"review", "1", "--json"}, 0);
  ASSERT_TRUE(review.is_object());
  EXPECT_EQ(review.at("id"), 1);
  EXPECT_EQ(review.at("verdict"), "WA");
  EXPECT_EQ(review.at("source"), read_file(program("e2e-add", "wa.c")));
  EXPECT_EQ(review.at("explanation"), "Approach: read both, add. O(1) time and space.");
  EXPECT_EQ(review.at("compile").at("ok"), true);
  const json& tests = review.at("tests");
  ASSERT_EQ(tests.size(), 2U) << review.dump(2);
  EXPECT_EQ(tests[0].at("name"), "sample/01");
  EXPECT_EQ(tests[1].at("name"), "hidden/1");
  EXPECT_EQ(tests[1].at("desc"), "both numbers are zero");
  EXPECT_TRUE(review.at("reference_explanation").is_string());

  Output text = judge({"review", "1"});
  EXPECT_EQ(text.exit_code, 0) << text.describe();
  EXPECT_NE(text.out.find("Approach: read both, add."), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("printf(\"%lld\\n\", a + b + 1);"), std::string::npos) << text.out;

  json stats = judge_json({"stats", "--json"}, 0);
  ASSERT_TRUE(stats.is_object());
  EXPECT_EQ(stats.at("submissions"), 2);
  EXPECT_EQ(stats.at("solved"), 1);
  ASSERT_EQ(stats.at("problems").size(), 1U) << stats.dump(2);
  const json& p = stats["problems"][0];
  EXPECT_EQ(p.at("problem"), "e2e-add");
  EXPECT_EQ(p.at("title"), "Add Two Numbers");
  EXPECT_EQ(p.at("difficulty"), "easy");
  EXPECT_EQ(p.at("attempts"), 2);
  EXPECT_EQ(p.at("solved"), true);
  EXPECT_TRUE(p.at("first_accepted_at").is_string());
  EXPECT_TRUE(p.at("seconds_to_accept").is_number_integer());
  EXPECT_TRUE(stats.at("by_difficulty").contains("easy")) << stats.dump(2);
  EXPECT_TRUE(stats.at("by_tag").is_object());
}

// --- a judge killed mid-submission ------------------------------------------------------------

// Rows of test results stored so far for submissions still marked running, or -1 while the
// database is not there yet.
int running_results(const fs::path& db_path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return -1;
  }
  sqlite3_busy_timeout(db, 2000);
  int count = -1;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db,
                         "SELECT COUNT(*) FROM test_results t JOIN submissions s ON "
                         "s.id = t.submission_id WHERE s.status = 'running'",
                         -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    count = sqlite3_column_int(stmt, 0);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return count;
}

std::string integrity_check(const fs::path& db_path) {
  sqlite3* db = nullptr;
  std::string result = "cannot open";
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
      result = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return result;
}

using StoreTest = WorkflowTest;

TEST_F(StoreTest, SurvivesKillMidSubmission) {
  ASSERT_TRUE(submit_json(program("e2e-add", "ac.c"), add_dir(), 0).is_object());
  ASSERT_TRUE(submit_json(program("e2e-add", "wa.c"), add_dir(), 1).is_object());

  // Four tests of 0.5 s of CPU each (--all): killed once the first result is stored.
  auto slow = start_judge({"submit", program("e2e-add", "tle.c").string(), "--problem", add_dir(),
                           "--all", "--explain", "x", "--json"});
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  while (running_results(database()) < 1 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(20ms);
  }
  ASSERT_GE(running_results(database()), 1) << "the slow submission never started judging";
  ASSERT_EQ(kill(slow->pid(), SIGKILL), 0);
  Output killed = slow->wait();
  EXPECT_EQ(killed.signal, SIGKILL) << killed.describe();

  json history = judge_json({"history", "--json"}, 0);
  ASSERT_TRUE(history.is_array());
  ASSERT_EQ(history.size(), 3U) << history.dump(2);
  EXPECT_EQ(history[0].at("id"), 3);
  EXPECT_EQ(history[0].at("status"), "interrupted");
  EXPECT_TRUE(history[0].at("verdict").is_null());
  EXPECT_EQ(history[1].at("status"), "done");
  EXPECT_EQ(history[1].at("verdict"), "WA");
  EXPECT_EQ(history[2].at("status"), "done");
  EXPECT_EQ(history[2].at("verdict"), "AC");

  // What was judged before the kill is kept.
  json review = judge_json({"review", "3", "--json"}, 0);
  ASSERT_TRUE(review.is_object());
  ASSERT_GE(review.at("tests").size(), 1U) << review.dump(2);
  EXPECT_EQ(review["tests"][0].at("verdict"), "TLE");
  EXPECT_EQ(review.at("source"), read_file(program("e2e-add", "tle.c")));

  EXPECT_EQ(integrity_check(database()), "ok");
  // And the store takes new submissions.
  json next = submit_json(program("e2e-add", "ac.c"), add_dir(), 0);
  ASSERT_TRUE(next.is_object());
  EXPECT_EQ(next.at("submission"), 4);
}

// --- packs ------------------------------------------------------------------------------------

class PackTest : public WorkflowTest {
 protected:
  void SetUp() override {
    WorkflowTest::SetUp();
    if (!IsSkipped() && (!have_program("g++") || !have_program("python3"))) {
      GTEST_SKIP() << "g++ and python3 are needed to check the pack";
    }
  }
};

TEST_F(PackTest, CheckPassesOnTheTestPack) {
  Output r = judge({"pack", "check", pack_dir().string()});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_NE(r.out.find("ITEM"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("submissions/accepted/solution.cpp"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("templates/solution.py"), std::string::npos) << r.out;
  // Warnings (the problems without templates) do not fail it.
  EXPECT_NE(r.out.find("ok: 4 problems checked, no failure"), std::string::npos) << r.out;
}

TEST_F(PackTest, CheckFailsOnWrongAcceptedSolutionNamingIt) {
  const fs::path copy = scratch() / "broken-pack";
  fs::copy(pack_dir(), copy, fs::copy_options::recursive);
  fs::copy_file(program("e2e-add", "wa.c"),
                copy / "e2e-add" / "submissions" / "accepted" / "off_by_one.c");
  Output r = judge({"pack", "check", copy.string()});
  EXPECT_EQ(r.exit_code, 1) << r.describe();
  EXPECT_NE(r.out.find("FAILED: 1 failure in 4 problems:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("e2e-add/submissions/accepted/off_by_one.c: expected AC, got WA"),
            std::string::npos)
      << r.out;
}

TEST_F(PackTest, AddListAddressByIdAndRemove) {
  Output r = judge({"pack", "add", pack_dir().string()});
  ASSERT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_NE(r.out.find("Installed pack 'e2e' (4 problems)"), std::string::npos) << r.out;

  json packs = judge_json({"pack", "list", "--json"}, 0);
  ASSERT_TRUE(packs.is_array());
  json e2e;
  for (const auto& p : packs) {
    if (p.at("name") == "e2e") {
      e2e = p;
    }
  }
  ASSERT_TRUE(e2e.is_object()) << packs.dump(2);
  EXPECT_EQ(e2e.at("version"), "1.0.0");
  EXPECT_EQ(e2e.at("problems"), (json{"e2e-add", "e2e-float", "e2e-kattis", "e2e-testlib"}));
  EXPECT_EQ(fs::path(e2e.at("dir").get<std::string>()), home() / "packs" / "e2e");

  // By ID, from anywhere.
  json show = judge_json({"show", "e2e-float", "--json"}, 0);
  ASSERT_TRUE(show.is_object());
  EXPECT_EQ(show.at("title"), "Average (float checker)");
  json j = submit_json(program("e2e-add", "ac.c"), "e2e-add", 0);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), "AC");
  json list = judge_json({"list", "--json"}, 0);
  bool solved = false;
  for (const auto& p : list) {
    solved = solved || (p.at("id") == "e2e-add" && p.at("status") == "solved");
  }
  EXPECT_TRUE(solved) << list.dump(2);

  // Installing it twice is refused.
  r = judge({"pack", "add", pack_dir().string()});
  EXPECT_EQ(r.exit_code, 2) << r.describe();

  r = judge({"pack", "remove", "e2e"});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  packs = judge_json({"pack", "list", "--json"}, 0);
  for (const auto& p : packs) {
    EXPECT_NE(p.at("name"), "e2e");
  }
  r = judge({"show", "e2e-add"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  // The submission stays in the history.
  EXPECT_EQ(judge_json({"history", "--json"}, 0).size(), 1U);
}

// --- judge sandbox, judge doctor --------------------------------------------------------------

using SystemTest = JudgeTest;

TEST_F(SystemTest, SandboxRunsAProgram) {
  json j = judge_json({"sandbox", "--json", "--", "/bin/true"}, 0);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("exited"), true);
  EXPECT_EQ(j.at("exit_code"), 0);
  EXPECT_TRUE(j.at("signal").is_null());
  EXPECT_TRUE(j.at("limit").is_null());
  EXPECT_TRUE(j.at("violation").is_null());
  EXPECT_TRUE(j.at("cpu_ms").is_number());
  EXPECT_TRUE(j.at("wall_ms").is_number());
  EXPECT_TRUE(j.at("peak_memory_kb").is_number_integer());
  EXPECT_TRUE(j.at("layers").is_object());
}

TEST_F(SystemTest, SandboxReportsFailureAndLimits) {
  json f = judge_json({"sandbox", "--json", "--", "/bin/false"}, 1);
  ASSERT_TRUE(f.is_object());
  EXPECT_EQ(f.at("exit_code"), 1);
  json t = judge_json(
      {"sandbox", "--json", "--time", "0.2", "--", "/bin/sh", "-c", "while :; do :; done"}, 1);
  ASSERT_TRUE(t.is_object());
  EXPECT_EQ(t.at("exited"), false);
  EXPECT_FALSE(t.at("limit").is_null()) << t.dump(2);
}

TEST_F(SystemTest, DoctorListsLayersAndLanguages) {
  Output r = judge({"doctor", "--json"});
  // 1 when a core toolchain is missing: still one JSON object.
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.describe();
  json j = json::parse(r.out);
  const json& layers = j.at("layers");
  for (const char* key : {"user_namespace", "mount_namespace", "pid_namespace", "network_namespace",
                          "seccomp", "rlimits", "memory"}) {
    EXPECT_TRUE(layers.contains(key)) << key << " missing:\n" << layers.dump(2);
  }
  EXPECT_EQ(j.at("judge_home"), home().string());
  EXPECT_TRUE(j.at("kernel").is_string());
  std::vector<std::string> ids;
  for (const auto& lang : j.at("languages")) {
    ids.push_back(lang.at("id"));
    EXPECT_TRUE(lang.at("found").is_boolean());
    if (lang.at("id") == "c") {
      EXPECT_EQ(lang.at("found"), have_program("gcc"));
    }
  }
  for (const char* core : {"c", "cpp", "python", "java", "javascript"}) {
    EXPECT_NE(std::find(ids.begin(), ids.end(), core), ids.end()) << core;
  }
}

}  // namespace
}  // namespace e2e
