// Issue 7 ("Trust"), through the real `judge` program: hostile packs (links out of the pack,
// escape sequences in metadata), programs that print escapes and bytes that are not UTF-8,
// sources that are too large or binary, a database that is held, damaged or not writable, and
// Ctrl-C in the middle of a submission.
#include <signal.h>
#include <sqlite3.h>
#include <unistd.h>

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

// Terminal controls that must never reach the terminal from a pack or a program. NO_COLOR is
// set by the harness, so the judge's own colours are off too: any ESC on stdout came from
// outside.
constexpr std::string_view kControls("\x1b\x07\x9b", 3);

bool has_controls(const std::string& text) {
  return text.find_first_of(kControls) != std::string::npos;
}

class TrustTest : public JudgeTest {
 protected:
  void SetUp() override {
    JudgeTest::SetUp();
    if (!have_program("gcc")) {
      GTEST_SKIP() << "gcc is not installed";
    }
  }

  // A copy of the e2e pack's e2e-add problem in a pack of its own under the scratch folder.
  fs::path copy_pack(const std::string& name) {
    const fs::path pack = scratch() / (name + "-pack");
    fs::create_directories(pack);
    write_file(pack / "pack.toml", fmt::format("name = \"{}\"\nversion = \"1\"\n", name));
    fs::copy(problem_dir("e2e-add"), pack / name, fs::copy_options::recursive);
    return pack;
  }

  // A file of the user's home that no pack may reach.
  fs::path secret_file() {
    const fs::path file = scratch().parent_path() / "user-home" / ".bashrc";
    write_file(file, "export TOKEN=SECRET-7f3a\n");
    return file;
  }

  // Rows in the submissions table, or -1 when the database cannot be read.
  int stored_rows() {
    sqlite3* db = nullptr;
    int count = -1;
    if (sqlite3_open_v2(database().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
      sqlite3_stmt* stmt = nullptr;
      if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM submissions", -1, &stmt, nullptr) ==
              SQLITE_OK &&
          sqlite3_step(stmt) == SQLITE_ROW) {
        count = sqlite3_column_int(stmt, 0);
      }
      sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return count;
  }
};

// --- item 1: packs are untrusted input ---------------------------------------------------------

TEST_F(TrustTest, ATestLinkedOutOfThePackIsRefusedBeforeAnythingRuns) {
  const fs::path pack = copy_pack("linked");
  const fs::path problem = pack / "linked";
  const fs::path sample = problem / "data" / "sample" / "01.in";
  fs::remove(sample);
  fs::create_symlink(secret_file(), sample);

  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"test", program("e2e-add", "ac.c").string(), "--problem",
                                 problem.string()},
        std::vector<std::string>{"show", problem.string()},
        std::vector<std::string>{"start", problem.string(), "--lang", "c"},
        std::vector<std::string>{"pack", "add", pack.string()}}) {
    Output r = judge(args);
    EXPECT_EQ(r.exit_code, 2) << args[0] << "\n" << r.describe();
    EXPECT_NE(r.err.find(fmt::format("{}: a test input leads to {}, outside {}", sample.string(),
                                     secret_file().string(), problem.string())),
              std::string::npos)
        << r.describe();
    EXPECT_EQ((r.out + r.err).find("SECRET-7f3a"), std::string::npos) << r.describe();
    EXPECT_EQ(r.out.find("compiling"), std::string::npos) << "nothing ran:\n" << r.describe();
  }
  EXPECT_FALSE(fs::exists(home() / "packs" / "linked"));
  EXPECT_FALSE(fs::exists(scratch() / "linked.c")) << "start wrote nothing";
  EXPECT_LE(stored_rows(), 0) << "nothing was stored";

  Output check = judge({"pack", "check", pack.string(), "--no-templates"});
  EXPECT_EQ(check.exit_code, 1) << check.describe();
  EXPECT_NE(check.out.find("leads to " + secret_file().string()), std::string::npos)
      << check.describe();
  EXPECT_EQ(check.out.find("SECRET-7f3a"), std::string::npos) << check.describe();
}

TEST_F(TrustTest, PackAddCopiesNoHostTreeThroughALink) {
  const fs::path pack = copy_pack("tree");
  (void)secret_file();
  fs::create_symlink(scratch().parent_path() / "user-home", pack / "docs");
  Output r = judge({"pack", "add", pack.string()});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(
      r.err.find(fmt::format("judge: error: {}: a link in the pack leads to {}, outside {}",
                             (pack / "docs").string(),
                             (scratch().parent_path() / "user-home").string(), pack.string())),
      std::string::npos)
      << r.describe();
  EXPECT_EQ(r.err.find("Success"), std::string::npos) << r.describe();
  EXPECT_FALSE(fs::exists(home() / "packs" / "tree"));
  EXPECT_FALSE(fs::exists(home() / "packs" / ".installing-tree"));

  // The control: without the link, the same pack installs.
  fs::remove(pack / "docs");
  r = judge({"pack", "add", pack.string()});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
}

TEST_F(TrustTest, AFolderNamedWithEscapesIsRefusedAndShownSafely) {
  const fs::path pack = copy_pack("plain");
  const fs::path odd = pack / "odd\x1b]52;c;cm0gLXJm\x07name";
  fs::rename(pack / "plain", odd);
  Output r = judge({"show", odd.string()});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find("is not a valid problem ID"), std::string::npos) << r.describe();
  EXPECT_NE(r.err.find("odd^[]52;c;cm0gLXJm^Gname"), std::string::npos) << r.describe();
  EXPECT_FALSE(has_controls(r.err)) << r.describe();
  r = judge({"pack", "add", pack.string()});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find("the problem folder's name is not a valid problem ID"), std::string::npos)
      << r.describe();
}

TEST_F(TrustTest, StartNeverWritesThroughALink) {
  const fs::path target = secret_file();
  fs::create_symlink(target, scratch() / "e2e-add.c");
  Output r = judge({"start", problem_dir("e2e-add").string(), "--lang", "c", "--force"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find("it is a symbolic link, which the judge does not write through"),
            std::string::npos)
      << r.describe();
  EXPECT_EQ(read_file(target), "export TOKEN=SECRET-7f3a\n");
}

// --- item 3: escape sequences; item 4: bytes that are not UTF-8 -------------------------------

class HostileTest : public TrustTest {
 protected:
  void SetUp() override {
    TrustTest::SetUp();
    if (IsSkipped()) {
      return;
    }
    pack_ = copy_pack("hostile");
    const fs::path problem = pack_ / "hostile";
    // OSC 52 writes the clipboard; CSI 2J clears the screen; OSC 0 retitles the window.
    write_file(problem / "problem.toml",
               "title = \"Add \\u001b]52;c;cm0gLXJmIH4=\\u0007Two\"\n"
               "difficulty = \"easy\"\ntags = [\"math\\u001b[2J\"]\n"
               "hints = [\"look \\u001b]0;pwned\\u0007here\"]\n"
               "[limits]\ntime = 0.5\nmemory = 64\noutput = 1\n");
    write_file(problem / "statement.md",
               "# Add\x1b[31m\n\nRead \x1b]52;c;cm0gLXJmIH4=\x07two numbers \xff\xfe.\n");
    write_file(problem / "data" / "secret" / "01-zeros.desc", "zeros \x1b[5mblink\n");
    // Prints escapes and bytes that are not UTF-8 on both streams: a WA on the sample, whose
    // output and standard error are shown in full.
    source_ = scratch() / "hostile\xe9.c";
    write_file(source_,
               "/* caf\xe9 \x1b[31m */\n#include <stdio.h>\n"
               "int main(void) {\n"
               "  printf(\"\\033]52;c;cm0gLXJmIH4=\\007\\033[31m5 \\xff\\n\");\n"
               "  fprintf(stderr, \"\\033[2Jgone \\xfe\\n\");\n"
               "  return 0;\n}\n");
  }

  fs::path pack_;
  fs::path source_;
};

TEST_F(HostileTest, NothingFromThePackOrTheProgramReachesTheTerminalRaw) {
  ASSERT_EQ(judge({"pack", "add", pack_.string()}).exit_code, 0);
  std::vector<Output> outputs;
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"list"}, std::vector<std::string>{"show", "hostile"},
        std::vector<std::string>{"show", "hostile", "--hint", "1"},
        std::vector<std::string>{"test", source_.string(), "--problem", "hostile"},
        std::vector<std::string>{"submit", source_.string(), "--problem", "hostile", "--explain",
                                 "it \x1b[31mprints\xff", "--all"},
        std::vector<std::string>{"review", "2"}, std::vector<std::string>{"history", "--tests"},
        std::vector<std::string>{"stats"}}) {
    Output r = judge(args);
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << args[0] << "\n" << r.describe();
    EXPECT_FALSE(has_controls(r.out)) << args[0] << " stdout:\n" << r.out;
    EXPECT_FALSE(has_controls(r.err)) << args[0] << " stderr:\n" << r.err;
    outputs.push_back(r);
  }
  // Shown, visibly.
  EXPECT_NE(outputs[0].out.find("Add ^[]52;c;cm0gLXJmIH4=^GTwo"), std::string::npos)
      << outputs[0].out;
  EXPECT_NE(outputs[1].out.find("two numbers \\xff\\xfe."), std::string::npos) << outputs[1].out;
  EXPECT_NE(outputs[2].out.find("look ^[]0;pwned^Ghere"), std::string::npos) << outputs[2].out;
  EXPECT_NE(outputs[3].out.find("^[]52;c;cm0gLXJmIH4=^G^[[31m5 \\xff"), std::string::npos)
      << outputs[3].out;
  EXPECT_NE(outputs[3].out.find("^[[2Jgone \\xfe"), std::string::npos) << outputs[3].out;
  EXPECT_NE(outputs[4].out.find("zeros ^[[5mblink"), std::string::npos) << outputs[4].out;
  EXPECT_NE(outputs[5].out.find("it ^[[31mprints\\xff"), std::string::npos) << outputs[5].out;
  EXPECT_NE(outputs[5].out.find("/* caf\\xe9 ^[[31m */"), std::string::npos) << outputs[5].out;
}

TEST_F(HostileTest, EveryJsonCommandSurvivesBytesThatAreNotUtf8) {
  ASSERT_EQ(judge({"pack", "add", pack_.string()}).exit_code, 0);
  json test = judge_json({"test", source_.string(), "--problem", "hostile", "--json"}, 1);
  ASSERT_TRUE(test.is_object());
  json submit = judge_json({"submit", source_.string(), "--problem", "hostile", "--explain",
                            "bad byte \xff here", "--json"},
                           1);
  ASSERT_TRUE(submit.is_object());
  EXPECT_EQ(submit.at("verdict"), "WA");
  // Twice: once stored, a submission must not break the history for good.
  for (int i = 0; i < 2; ++i) {
    json history = judge_json({"history", "--json"}, 0);
    ASSERT_TRUE(history.is_array());
    ASSERT_EQ(history.size(), 1U);
    EXPECT_EQ(history[0].at("file"), "hostile\xef\xbf\xbd.c");
    EXPECT_TRUE(judge_json({"history", "--tests", "--json"}, 0).is_array());
  }
  json review = judge_json({"review", "2", "--json"}, 0);
  ASSERT_TRUE(review.is_object());
  EXPECT_EQ(review.at("explanation"), "bad byte \xef\xbf\xbd here");
  EXPECT_NE(review.at("source").get<std::string>().find("caf\xef\xbf\xbd"), std::string::npos);
  EXPECT_TRUE(judge_json({"stats", "--json"}, 0).is_object());
  EXPECT_TRUE(judge_json({"list", "--json"}, 0).is_array());
  json show = judge_json({"show", "hostile", "--json"}, 0);
  ASSERT_TRUE(show.is_object());
  EXPECT_NE(show.at("statement").get<std::string>().find("two numbers \xef\xbf\xbd\xef\xbf\xbd."),
            std::string::npos);
  EXPECT_TRUE(judge_json({"pack", "list", "--json"}, 0).is_array());
}

// --- item 6: sources that are too large or binary ---------------------------------------------

TEST_F(TrustTest, RefusesLargeAndBinarySourcesBeforeStoringAnything) {
  const fs::path big = scratch() / "e2e-add.c";
  write_file(big, read_file(program("e2e-add", "ac.c")) + "// " + std::string(1100 * 1024, 'x'));
  Output r = judge(
      {"submit", big.string(), "--problem", problem_dir("e2e-add").string(), "--explain", "x"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find(fmt::format("judge: error: {} is {} bytes; the judge takes sources of at "
                                   "most 1048576 bytes",
                                   big.string(), fs::file_size(big))),
            std::string::npos)
      << r.describe();

  // The limit is the user's to change.
  RunOptions larger;
  larger.env = {"JUDGE_MAX_SOURCE_KIB=2048"};
  r = judge({"test", big.string(), "--problem", problem_dir("e2e-add").string()}, larger);
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  RunOptions smaller;
  smaller.env = {"JUDGE_MAX_SOURCE_KIB=0"};
  r = judge(
      {"test", program("e2e-add", "ac.c").string(), "--problem", problem_dir("e2e-add").string()},
      smaller);
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find("JUDGE_MAX_SOURCE_KIB=0 is not a size in KiB"), std::string::npos)
      << r.describe();

  const fs::path binary = scratch() / "a.c";
  write_file(binary, std::string("\x7f"
                                 "ELF\x02\x01\x01\0\0\0",
                                 10));
  r = judge(
      {"submit", binary.string(), "--problem", problem_dir("e2e-add").string(), "--explain", "x"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find(binary.string() + " is a binary file (a NUL byte at offset 7)"),
            std::string::npos)
      << r.describe();
  json history = judge_json({"history", "--tests", "--json"}, 0);
  ASSERT_EQ(history.size(), 1U) << "only the accepted test run:\n" << history.dump(2);
  EXPECT_EQ(history[0].at("kind"), "test");
}

// --- item 5: never lose what the user wrote ---------------------------------------------------

TEST_F(TrustTest, TheExplanationIsStoredBeforeTestsAreGenerated) {
  if (!have_program("python3") || !have_program("g++")) {
    GTEST_SKIP() << "python3 and g++ are needed for a generated test";
  }
  const fs::path pack = copy_pack("slowgen");
  const fs::path problem = pack / "slowgen";
  write_file(problem / "generators" / "slow.py", "import time\ntime.sleep(100)\nprint(1, 2)\n");
  std::string toml = read_file(problem / "problem.toml");
  toml += "\n[[generated]]\nname = \"secret/09-generated\"\ngenerator = \"generators/slow.py\"\n";
  write_file(problem / "problem.toml", toml);
  auto slow = start_judge({"submit", program("e2e-add", "ac.c").string(), "--problem",
                           problem.string(), "--explain", "hash map, O(n) time, O(n) space"});
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  while (stored_rows() < 1 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(50ms);
  }
  ASSERT_EQ(stored_rows(), 1) << "the submission was not stored while tests were being made";
  kill(slow->pid(), SIGKILL);
  (void)slow->wait();
  json review = judge_json({"review", "1", "--json"}, 0);
  ASSERT_TRUE(review.is_object());
  EXPECT_EQ(review.at("explanation"), "hash map, O(n) time, O(n) space");
  EXPECT_EQ(review.at("status"), "interrupted");
}

TEST_F(TrustTest, AProblemThatCannotBeJudgedClosesItsRow) {
  if (!have_program("python3") || !have_program("g++")) {
    GTEST_SKIP() << "python3 and g++ are needed for a generated test";
  }
  const fs::path pack = copy_pack("badgen");
  const fs::path problem = pack / "badgen";
  write_file(problem / "generators" / "fail.py", "import sys\nsys.exit(3)\n");
  std::string toml = read_file(problem / "problem.toml");
  toml += "\n[[generated]]\nname = \"secret/09-generated\"\ngenerator = \"generators/fail.py\"\n";
  write_file(problem / "problem.toml", toml);
  Output r = judge({"submit", program("e2e-add", "ac.c").string(), "--problem", problem.string(),
                    "--explain", "sum them"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find("the generator"), std::string::npos) << r.describe();
  json history = judge_json({"history", "--json"}, 0);
  ASSERT_EQ(history.size(), 1U) << history.dump(2);
  EXPECT_EQ(history[0].at("status"), "done") << "not left running";
  EXPECT_EQ(history[0].at("verdict"), "IE");
  EXPECT_EQ(judge_json({"review", "1", "--json"}, 0).at("explanation"), "sum them");
}

TEST_F(TrustTest, AHeldDatabaseKeepsTheExplanationInADraft) {
  // A first submission creates the database; then this test holds its write lock, as a
  // judge in the middle of a long write would.
  ASSERT_TRUE(
      submit_json(program("e2e-add", "ac.c"), problem_dir("e2e-add").string(), 0).is_object());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(database().c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  const std::string explanation = "## Approach\nsum the two numbers; O(1) time and space";
  Output r = judge({"submit", program("e2e-add", "ac.c").string(), "--problem",
                    problem_dir("e2e-add").string(), "--explain", explanation});
  sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find(fmt::format("the database {} is held by process {} (", database().string(),
                                   getpid())),
            std::string::npos)
      << r.describe();
  const auto kept = r.err.find("your explanation is kept in ");
  ASSERT_NE(kept, std::string::npos) << r.describe();
  const auto end = r.err.find('\n', kept);
  const std::size_t from = kept + std::string_view("your explanation is kept in ").size();
  const fs::path draft = r.err.substr(from, end - from);
  EXPECT_EQ(draft.parent_path(), home() / "drafts");
  EXPECT_EQ(read_file(draft), explanation);
  // The exact command to submit it again, which now works.
  const std::string retry = fmt::format(
      "then submit again with: judge submit {} --problem {} "
      "--explain-file {}",
      program("e2e-add", "ac.c").string(), problem_dir("e2e-add").string(), draft.string());
  EXPECT_NE(r.err.find(retry), std::string::npos) << r.describe();
  json again =
      judge_json({"submit", program("e2e-add", "ac.c").string(), "--problem",
                  problem_dir("e2e-add").string(), "--explain-file", draft.string(), "--json"},
                 0);
  ASSERT_TRUE(again.is_object());
  json review =
      judge_json({"review", std::to_string(again.at("submission").get<int>()), "--json"}, 0);
  EXPECT_EQ(review.at("explanation"), explanation);
}

TEST_F(TrustTest, CtrlCWhileTheDatabaseIsHeldKeepsTheDraftAndStopsAtOnce) {
  ASSERT_TRUE(
      submit_json(program("e2e-add", "ac.c"), problem_dir("e2e-add").string(), 0).is_object());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(database().c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  auto waiting = start_judge({"submit", program("e2e-add", "ac.c").string(), "--problem",
                              problem_dir("e2e-add").string(), "--explain", "two pointers"});
  std::this_thread::sleep_for(2s);  // well into its 10 s wait for the database
  const auto sent = std::chrono::steady_clock::now();
  ASSERT_EQ(kill(waiting->pid(), SIGINT), 0);
  Output r = waiting->wait(std::chrono::seconds(30));
  const auto took = std::chrono::steady_clock::now() - sent;
  sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  EXPECT_EQ(r.exit_code, 130) << r.describe();
  EXPECT_LT(took, 2s) << "the wait for the database ends with Ctrl-C";
  EXPECT_NE(r.err.find("your explanation is kept in " + (home() / "drafts").string()),
            std::string::npos)
      << r.describe();
  EXPECT_NE(r.err.find("judge: interrupted\n"), std::string::npos) << r.describe();
}

TEST_F(TrustTest, ReadOnlyCommandsWorkWithoutAWritableHome) {
  RunOptions nowhere;
  // A folder that cannot be created, even by root.
  nowhere.env = {"JUDGE_HOME=/proc/judge-home-that-cannot-exist"};
  Output r = judge({"list"}, nowhere);
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_NE(r.err.find("judge: note: cannot create the folder /proc/judge-home-that-cannot-exist"),
            std::string::npos)
      << r.describe();
  EXPECT_NE(r.err.find("no history is shown"), std::string::npos) << r.describe();
  r = judge({"history"}, nowhere);
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_NE(r.out.find("No submissions yet"), std::string::npos) << r.describe();
  r = judge({"history", "--json"}, nowhere);
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_EQ(json::parse(r.out), json::array());
  r = judge({"stats", "--json"}, nowhere);
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  r = judge({"review", "1"}, nowhere);
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find("there is no submission #1"), std::string::npos) << r.describe();
  EXPECT_EQ(judge({"languages"}, nowhere).exit_code, 0);
}

TEST_F(TrustTest, ADamagedDatabaseSaysSoAndHowToMoveItAside) {
  write_file(database(), std::string(8192, 'x'));
  Output r = judge({"history"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find(fmt::format("judge: error: the database {} is damaged (file is not a "
                                   "database)",
                                   database().string())),
            std::string::npos)
      << r.describe();
  EXPECT_NE(r.err.find(fmt::format("hint: move it aside to start afresh, keeping it for a "
                                   "rescue: mv '{}' '{}.damaged'",
                                   database().string(), database().string())),
            std::string::npos)
      << r.describe();
  EXPECT_EQ(r.err.find("locked"), std::string::npos) << r.describe();
}

// --- item 7: Ctrl-C ------------------------------------------------------------------------------

std::vector<std::string> leftovers(const fs::path& tmp) {
  std::vector<std::string> found;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(tmp, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("judge-run-", 0) == 0 || name.rfind("judge-feedback-", 0) == 0) {
      found.push_back(name);
    }
  }
  return found;
}

std::string integrity(const fs::path& db_path) {
  sqlite3* db = nullptr;
  std::string result = "cannot open";
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
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

int results_stored(const fs::path& db_path) {
  sqlite3* db = nullptr;
  int count = -1;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(db, 2000);
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM test_results", -1, &stmt, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
      count = sqlite3_column_int(stmt, 0);
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return count;
}

// How the stop arrives: Ctrl-C on a terminal (SIGINT to the whole foreground process group,
// the sandbox's helper included), SIGINT to the judge alone, or SIGTERM.
struct Stop {
  const char* name;
  int signal;
  bool group;
};

class InterruptTest : public TrustTest, public ::testing::WithParamInterface<Stop> {};

TEST_P(InterruptTest, StopsJudgingKeepsTheRecordAndCleansUp) {
  const fs::path tmp = scratch() / "tmp";
  fs::create_directories(tmp);
  RunOptions options;
  options.env = {"TMPDIR=" + tmp.string()};
  options.process_group = true;
  // Four tests of 0.5 s of CPU each (--all): interrupted once the first result is stored.
  auto slow = start_judge(
      {"submit", program("e2e-add", "tle.c").string(), "--problem", problem_dir("e2e-add").string(),
       "--all", "--explain", "a busy loop; O(infinity)"},
      options);
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  while (results_stored(database()) < 1 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(20ms);
  }
  ASSERT_GE(results_stored(database()), 1) << "the slow submission never started judging";
  ASSERT_FALSE(leftovers(tmp).empty()) << "the test cannot see the judge's temporary folders";
  const auto sent = std::chrono::steady_clock::now();
  ASSERT_EQ(kill(GetParam().group ? -slow->pid() : slow->pid(), GetParam().signal), 0);
  Output r = slow->wait(std::chrono::seconds(30));
  const auto took = std::chrono::steady_clock::now() - sent;
  EXPECT_EQ(r.exit_code, 130) << r.describe();
  EXPECT_LT(took, 3s) << "the run in progress is stopped, not waited for";

  const int ran = results_stored(database());
  EXPECT_NE(r.err.find(fmt::format("judge: interrupted after {} of 4 tests; submission 1 kept as "
                                   "interrupted\n",
                                   ran)),
            std::string::npos)
      << r.describe();
  EXPECT_EQ(leftovers(tmp), std::vector<std::string>{}) << "temporary folders left behind";

  json history = judge_json({"history", "--json"}, 0);
  ASSERT_EQ(history.size(), 1U) << history.dump(2);
  EXPECT_EQ(history[0].at("status"), "interrupted");
  EXPECT_EQ(history[0].at("total"), 4);
  EXPECT_EQ(history[0].at("passed"), 0);
  EXPECT_TRUE(history[0].at("finished_at").is_string());
  json review = judge_json({"review", "1", "--json"}, 0);
  EXPECT_EQ(review.at("explanation"), "a busy loop; O(infinity)");
  EXPECT_EQ(review.at("tests").size(), static_cast<std::size_t>(ran));
  EXPECT_EQ(integrity(database()), "ok");
}

INSTANTIATE_TEST_SUITE_P(Stops, InterruptTest,
                         ::testing::Values(Stop{"CtrlCOnATerminal", SIGINT, true},
                                           Stop{"SigintToTheJudge", SIGINT, false},
                                           Stop{"Sigterm", SIGTERM, false}),
                         [](const ::testing::TestParamInfo<Stop>& stop) {
                           return std::string(stop.param.name);
                         });

}  // namespace
}  // namespace e2e
