// The coaching commands through the real program (issue 10): judge next and list --due read
// the stored history; judge reveal runs a failed submission again on its first failing hidden
// test and records that it did; judge submit probes an accepted solution.
#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "harness.h"

namespace e2e {
namespace {

class CoachTest : public JudgeTest {
 protected:
  void SetUp() override {
    JudgeTest::SetUp();
    if (!have_program("g++")) {
      GTEST_SKIP() << "g++ is not installed";
    }
    Output add = judge({"pack", "add", pack_dir().string()});
    ASSERT_EQ(add.exit_code, 0) << add.describe();
  }

  // e2e-add's 32-bit solution: passes the sample, fails hidden/3 (the sum overflows).
  int submit_int32() {
    const fs::path file = scratch() / "add.cpp";
    write_file(file, read_file(problem_dir("e2e-add") / "submissions/wrong_answer/int32.cpp"));
    json j = submit_json(file, "e2e-add", 1);
    return j.at("submission").get<int>();
  }

  // Moves every stored time back by `days`, as if the submissions were made then.
  void age_history(int days) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(database().c_str(), &db), SQLITE_OK);
    const std::string sql = fmt::format(
        "UPDATE submissions SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at, "
        "'-{0} days'), finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', finished_at, '-{0} days')",
        days);
    char* error = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
        << (error != nullptr ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
  }

  // One number from the database.
  int query_int(const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(database().c_str(), &db), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK);
    const int value = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
  }

  // e2e-add, judged by path, with a [complexity] table whose generator prints "N 1" (the
  // sum takes no longer for a larger N: the probe finds no growth, quickly).
  fs::path probed_problem() {
    const fs::path dir = scratch() / "e2e-add-probed";
    fs::copy(problem_dir("e2e-add"), dir, fs::copy_options::recursive);
    write_file(dir / "generators/size.py", "import sys\nprint(sys.argv[1], sys.argv[2])\n");
    write_file(dir / "problem.toml",
               read_file(dir / "problem.toml") +
                   "\n[complexity]\nexpected = \"O(1)\"\ngenerator = \"generators/size.py\"\n"
                   "sizes = [1000, 100000]\n");
    return dir;
  }
  // A copy of `dir` without its extend_to line.
  fs::path probed_problem_copy(const fs::path& dir) {
    const fs::path copy = scratch() / "e2e-add-probed-plain";
    fs::copy(dir, copy, fs::copy_options::recursive);
    std::string toml = read_file(copy / "problem.toml");
    toml.erase(toml.find("extend_to"));
    write_file(copy / "problem.toml", toml);
    return copy;
  }
};

TEST_F(CoachTest, AnAcceptedSubmitIsProbedAndTheProbeStoredUnlessToldNot) {
  const fs::path dir = probed_problem();
  const fs::path file = scratch() / "add.cpp";
  write_file(file, read_file(problem_dir("e2e-add") / "submissions/accepted/solution.cpp"));
  json j = submit_json(file, dir.string(), 0);
  EXPECT_EQ(j.at("verdict"), "AC") << j.dump();
  const json& probe = j.at("probe");
  ASSERT_TRUE(probe.is_object()) << j.dump();
  EXPECT_EQ(probe.at("expected"), "O(1)");
  EXPECT_FALSE(probe.at("status").get<std::string>().empty()) << probe.dump();
  EXPECT_GE(probe.at("points").size(), 8u) << probe.dump();
  EXPECT_EQ(query_int("SELECT COUNT(*) FROM probes WHERE submission_id = " +
                      std::to_string(j.at("submission").get<int>())),
            1);

  json skipped = submit_json(file, dir.string(), 0, {"--no-probe"});
  EXPECT_TRUE(skipped.at("probe").is_null()) << skipped.dump();
  EXPECT_EQ(query_int("SELECT COUNT(*) FROM probes"), 1);

  Output text = judge({"submit", file.string(), "--problem", dir.string(), "--explain",
                       "Approach: read both, add. O(1) time and space."});
  EXPECT_EQ(text.exit_code, 0) << text.describe();
  EXPECT_NE(text.out.find("Probe: "), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("expected O(1)"), std::string::npos) << text.out;
  EXPECT_EQ(query_int("SELECT COUNT(*) FROM probes"), 2);

  // A rejected submission is not probed.
  write_file(file, read_file(problem_dir("e2e-add") / "submissions/wrong_answer/int32.cpp"));
  json rejected = submit_json(file, dir.string(), 1);
  EXPECT_TRUE(rejected.at("probe").is_null()) << rejected.dump();
}

TEST_F(CoachTest, ProbeStoresItsResult) {
  const fs::path dir = probed_problem();
  const fs::path file = scratch() / "add.cpp";
  write_file(file, read_file(problem_dir("e2e-add") / "submissions/accepted/solution.cpp"));
  json j = judge_json({"probe", file.string(), "--problem", dir.string(), "--json"}, 0);
  EXPECT_EQ(j.at("expected_growth"), "O(1)") << j.dump();
  EXPECT_EQ(query_int("SELECT COUNT(*) FROM probes WHERE submission_id IS NULL"), 1);
}

TEST_F(CoachTest, TheProbeGoesPastTheTablesSizesUpToExtendToWhenTheGrowthHides) {
  // a + b after a loop of a steps: about 0.1 ms of work at the table's largest size, under
  // the start-up's jitter; extend_to lets the probe go on until it can see the loop grow.
  const fs::path dir = probed_problem();
  write_file(dir / "problem.toml", read_file(dir / "problem.toml") + "extend_to = 1000000000\n");
  const std::string loop =
      "#include <cstdio>\nint main() {\n  long long a, b;\n  if (std::scanf(\"%lld %lld\", &a, "
      "&b) != 2) return 1;\n  volatile long long s = 0;\n  for (long long i = 0; i < a; ++i) s "
      "+= i;\n  std::printf(\"%lld\\n\", a + b);\n}\n";
  const fs::path file = scratch() / "loop.cpp";
  write_file(file, loop);
  json j = judge_json({"probe", file.string(), "--problem", dir.string(), "--json"}, 0);
  EXPECT_EQ(j.at("extended_from"), 100000) << j.dump();
  const json& points = j.at("points");
  ASSERT_FALSE(points.empty()) << j.dump();
  EXPECT_GT(points.back().at("n").get<std::int64_t>(), 100000) << j.dump();
  EXPECT_NE(j.at("ladder_note").get<std::string>().find("past the table's largest size, 100000"),
            std::string::npos)
      << j.dump();
  EXPECT_EQ(j.at("stopped"), "") << j.dump();

  // An array sized to the constraints fails past them: the ladder stops there, no error.
  const std::string sized = "#include <cstdlib>\n" + loop.substr(0, loop.find("  volatile")) +
                            "  if (a > 2000000) std::abort();\n" +
                            loop.substr(loop.find("  volatile"));
  write_file(file, sized);
  json stopped = judge_json({"probe", file.string(), "--problem", dir.string(), "--json"}, 0);
  EXPECT_NE(stopped.at("stopped").get<std::string>().find("past the problem's constraints"),
            std::string::npos)
      << stopped.dump();
  for (const json& p : stopped.at("points")) {
    EXPECT_LE(p.at("n").get<std::int64_t>(), 2000000) << "the failed size is not fitted";
  }

  // The control: without extend_to the probe keeps to the table.
  write_file(file, loop);
  const fs::path plain = probed_problem_copy(dir);
  json kept = judge_json({"probe", file.string(), "--problem", plain.string(), "--json"}, 0);
  EXPECT_TRUE(kept.at("extended_from").is_null()) << kept.dump();
  EXPECT_EQ(kept.at("points").back().at("n"), 100000) << kept.dump();
}

TEST_F(CoachTest, TheProbeNeverPrintsAPacksEscapeSequences) {
  // A pack's [complexity] expected text is free text: the probe's lines quote it, escaped.
  const fs::path dir = probed_problem();
  const std::string toml = read_file(dir / "problem.toml");
  const std::string plain = "expected = \"O(1)\"";
  const std::string hostile = "expected = \"O(1)\\u001b]0;owned\\u0007\\u001b[2J\"";
  write_file(dir / "problem.toml", toml.substr(0, toml.find(plain)) + hostile +
                                       toml.substr(toml.find(plain) + plain.size()));
  const fs::path file = scratch() / "add.cpp";
  write_file(file, read_file(problem_dir("e2e-add") / "submissions/accepted/solution.cpp"));
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"probe", file.string(), "--problem", dir.string()},
        std::vector<std::string>{"submit", file.string(), "--problem", dir.string(), "--explain",
                                 "Approach: read both, add. O(1) time."}}) {
    Output r = judge(args);
    EXPECT_EQ(r.exit_code, 0) << r.describe();
    EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << r.out;
    EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << r.err;
    EXPECT_EQ(r.out.find('\x07'), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("expected O(1)"), std::string::npos) << r.out;  // control: it is shown
  }
}

TEST_F(CoachTest, NextOffersANewProblemWithAReasonWhenNothingIsDue) {
  json j = judge_json({"next", "--json"}, 0);
  EXPECT_EQ(j.at("kind"), "new") << j.dump();
  EXPECT_FALSE(j.at("problem").get<std::string>().empty());
  EXPECT_NE(j.at("reason").get<std::string>().find("new"), std::string::npos) << j.dump();
  Output text = judge({"next"});
  EXPECT_EQ(text.exit_code, 0) << text.describe();
  EXPECT_NE(text.out.find("Next: " + j.at("problem").get<std::string>()), std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("judge start"), std::string::npos) << text.out;
  EXPECT_EQ(judge_json({"list", "--due", "--json"}, 0), json::array()) << "nothing tried yet";
}

TEST_F(CoachTest, AFailedProblemComesBackTheNextDay) {
  submit_int32();
  json now = judge_json({"next", "--json"}, 0);
  EXPECT_NE(now.at("problem"), "e2e-add") << "not due yet: " << now.dump();
  age_history(2);
  json later = judge_json({"next", "--json"}, 0);
  EXPECT_EQ(later.at("problem"), "e2e-add") << later.dump();
  EXPECT_EQ(later.at("kind"), "due") << later.dump();
  json due = judge_json({"list", "--due", "--json"}, 0);
  ASSERT_EQ(due.size(), 1u) << due.dump();
  EXPECT_EQ(due[0].at("id"), "e2e-add");
  EXPECT_EQ(due[0].at("due"), true);
  Output text = judge({"list", "--due"});
  EXPECT_NE(text.out.find("e2e-add"), std::string::npos) << text.out;
}

TEST_F(CoachTest, RevealShowsTheFailingHiddenTestWithTheRerunOutputAndRecordsIt) {
  const int id = submit_int32();
  Output r = judge({"reveal", std::to_string(id)});
  ASSERT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_NE(r.out.find("hidden/3"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1999999999 1999999999"), std::string::npos) << "the input: " << r.out;
  EXPECT_NE(r.out.find("3999999998"), std::string::npos) << "the answer: " << r.out;
  EXPECT_NE(r.out.find("-294967298"), std::string::npos) << "the rerun's output: " << r.out;
  EXPECT_NE(r.out.find("the sum does not fit in 32 bits"), std::string::npos) << r.out;

  json j = judge_json({"reveal", std::to_string(id), "--json"}, 0);
  EXPECT_EQ(j.at("test"), "hidden/3");
  EXPECT_EQ(j.at("verdict"), "WA");
  EXPECT_EQ(j.at("output"), "-294967298\n");
  EXPECT_EQ(j.at("expected"), "3999999998\n");
  EXPECT_EQ(j.at("input_bytes"), 22);

  EXPECT_EQ(judge_json({"stats", "--json"}, 0).at("reveals"), 1) << "counted once";
  json history = judge_json({"history", "--json"}, 0);
  EXPECT_EQ(history[0].at("revealed"), true);
  Output text = judge({"history"});
  EXPECT_NE(text.out.find("revealed"), std::string::npos) << text.out;
  Output stats = judge({"stats"});
  EXPECT_NE(stats.out.find("1 hidden test revealed"), std::string::npos) << stats.out;
}

TEST_F(CoachTest, RevealRefusesWhatItCannotShow) {
  auto refused = [this](const std::vector<std::string>& args, const std::string& why) {
    Output r = judge(args);
    EXPECT_EQ(r.exit_code, 2) << r.describe();
    EXPECT_NE(r.err.find(why), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("hint"), std::string::npos) << "a hint: " << r.err;
  };
  refused({"reveal", "7"}, "there is no submission #7");
  refused({"reveal", "x"}, "is not a submission number");

  const fs::path ac = scratch() / "ok.cpp";
  write_file(ac, read_file(program("e2e-add", "ac.cpp")));
  const int accepted = submit_json(ac, "e2e-add", 0).at("submission").get<int>();
  refused({"reveal", std::to_string(accepted)}, "was accepted");

  ASSERT_EQ(judge({"test", ac.string(), "--problem", "e2e-add"}).exit_code, 0);
  refused({"reveal", "2t"}, "is a test run");

  // A pack that caps reveals at 0 KiB: no hidden input is small enough.
  const fs::path pack = scratch() / "capped";
  fs::copy(pack_dir() / "e2e-add", pack, fs::copy_options::recursive);
  write_file(pack / "problem.toml",
             read_file(pack / "problem.toml") + "\n[reveal]\nmax_input_kib = 0\n");
  const fs::path wrong = scratch() / "add32.cpp";
  write_file(wrong, read_file(problem_dir("e2e-add") / "submissions/wrong_answer/int32.cpp"));
  const int capped = submit_json(wrong, pack.string(), 1).at("submission").get<int>();
  refused({"reveal", std::to_string(capped)}, "over the 0 KiB that may be revealed");
  EXPECT_EQ(judge_json({"stats", "--json"}, 0).at("reveals"), 0);
}

}  // namespace
}  // namespace e2e
