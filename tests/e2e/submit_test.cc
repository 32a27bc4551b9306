// judge submit as a program relies on it (design.md §3): the explanation flags, the --json
// contract, hidden test data kept out of the output, exit codes for bad input, the compile
// cache, and the text table against a golden file.
#include <random>
#include <regex>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "harness.h"

namespace e2e {
namespace {

// C programs where a test only needs some program: gcc is the quickest toolchain.
class SubmitTest : public JudgeTest {
 protected:
  void SetUp() override {
    JudgeTest::SetUp();
    if (!have_program("gcc")) {
      GTEST_SKIP() << "gcc is not installed";
    }
  }

  std::string add_dir() const { return problem_dir("e2e-add").string(); }
};

// --- the explanation --------------------------------------------------------------------------

TEST_F(SubmitTest, ReviewOfAProblemJudgedByPathShowsItsReference) {
  // Not installed: the store keeps the folder, and review finds the reference there.
  json j = judge_json({"submit", program("e2e-add", "ac.c").string(), "--problem",
                       problem_dir("e2e-add").string(), "--explain", "sum", "--json"},
                      0);
  ASSERT_TRUE(j.is_object());
  json review =
      judge_json({"review", fmt::format("{}", j.at("submission").get<int>()), "--json"}, 0);
  ASSERT_TRUE(review.is_object());
  EXPECT_EQ(review.at("reference_explanation"), read_file(problem_dir("e2e-add") / "solution.md"));
}

using ExplainTest = SubmitTest;

TEST_F(ExplainTest, TextIsStoredAndShownByReview) {
  // Installed, so that review finds the problem's reference explanation by its ID.
  Output add = judge({"pack", "add", pack_dir().string()});
  ASSERT_EQ(add.exit_code, 0) << add.describe();
  const std::string text = "Approach: add the two numbers in 64 bits.\nTime O(1), space O(1).";
  json j = judge_json({"submit", program("e2e-add", "ac.c").string(), "--problem", "e2e-add",
                       "--explain", text, "--json"},
                      0);
  ASSERT_TRUE(j.is_object());
  const std::string id = fmt::format("{}", j.at("submission").get<int>());
  json review = judge_json({"review", id, "--json"}, 0);
  ASSERT_TRUE(review.is_object());
  EXPECT_EQ(review.at("explanation"), text);
  EXPECT_EQ(review.at("reference_explanation"), read_file(problem_dir("e2e-add") / "solution.md"));
  // The text view shows both.
  Output r = judge({"review", id});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_NE(r.out.find("Approach: add the two numbers in 64 bits."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Read both numbers into 64-bit integers"), std::string::npos) << r.out;
}

TEST_F(ExplainTest, BothFlagsAreRejected) {
  Output r = judge({"submit", program("e2e-add", "ac.c").string(), "--problem", add_dir(),
                    "--explain", "x", "--explain-file", "-"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_EQ(r.err,
            "judge: error: pass either --explain or --explain-file, not both\n"
            "hint: --explain takes the text, --explain-file a file (- for standard input)\n");
}

TEST_F(ExplainTest, FileIsStoredWithoutTemplateComments) {
  const fs::path file = scratch() / "EXPLANATION.md";
  write_file(file,
             "# Explain your solution as you would to an interviewer.\n"
             "## Approach\nAdd them.\n## Time complexity\nO(1)\n");
  json j = judge_json({"submit", program("e2e-add", "ac.c").string(), "--problem", add_dir(),
                       "--explain-file", file.string(), "--json"},
                      0);
  ASSERT_TRUE(j.is_object());
  json review = judge_json({"review", "1", "--json"}, 0);
  ASSERT_TRUE(review.is_object());
  EXPECT_EQ(review.at("explanation"), "## Approach\nAdd them.\n## Time complexity\nO(1)");
}

TEST_F(ExplainTest, StandardInputIsStored) {
  RunOptions o;
  o.input = "Read both numbers, print the sum.\n";
  json j = judge_json({"submit", program("e2e-add", "ac.c").string(), "--problem", add_dir(),
                       "--explain-file", "-", "--json"},
                      0, o);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), "AC");
  json review = judge_json({"review", "1", "--json"}, 0);
  ASSERT_TRUE(review.is_object());
  EXPECT_EQ(review.at("explanation"), "Read both numbers, print the sum.");
}

TEST_F(ExplainTest, EmptyTextIsRejected) {
  Output r = judge({"submit", program("e2e-add", "ac.c").string(), "--problem", add_dir(),
                    "--explain", "", "--json"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "judge: error: the explanation is empty, so nothing was submitted\n"
            "hint: write your approach, its time and space complexity and the edge cases you "
            "thought of\n");
}

TEST_F(ExplainTest, HeadingsOnlyFromStandardInputAreRejected) {
  RunOptions o;
  o.input = "## Approach\n\n## Time complexity\n\n## Space complexity\n\n## Edge cases\n";
  Output r = judge({"submit", program("e2e-add", "ac.c").string(), "--problem", add_dir(),
                    "--explain-file", "-"},
                   o);
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find("the explanation is empty"), std::string::npos) << r.describe();
  json history = judge_json({"history", "--json"}, 0);
  EXPECT_EQ(history, json::array()) << "nothing was submitted";
}

TEST_F(ExplainTest, NoTerminalAndNoFlagNamesTheFlag) {
  Output r = judge({"submit", program("e2e-add", "ac.c").string(), "--problem", add_dir()});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_EQ(r.err,
            "judge: error: no explanation given, and standard input is not a terminal to ask "
            "for one\n"
            "hint: pass --explain TEXT, or --explain-file FILE (- for standard input)\n");
  json history = judge_json({"history", "--json"}, 0);
  EXPECT_EQ(history, json::array()) << "nothing was submitted";
}

TEST_F(ExplainTest, MissingFileIsUsageError) {
  Output r = judge({"submit", program("e2e-add", "ac.c").string(), "--problem", add_dir(),
                    "--explain-file", (scratch() / "nope.md").string()});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find("cannot read the explanation file"), std::string::npos) << r.describe();
}

// --- the JSON contract ------------------------------------------------------------------------

using SubmitJsonTest = SubmitTest;

void expect_test_shape(const json& t) {
  ASSERT_TRUE(t.is_object()) << t.dump();
  EXPECT_TRUE(t.at("name").is_string()) << t.dump();
  EXPECT_TRUE(t.at("verdict").is_string()) << t.dump();
  EXPECT_TRUE(t.at("time_ms").is_number_integer()) << t.dump();
  EXPECT_TRUE(t.at("wall_ms").is_number_integer()) << t.dump();
  EXPECT_TRUE(t.at("memory_kb").is_number_integer()) << t.dump();
  EXPECT_TRUE(t.at("exit_code").is_number_integer() || t.at("exit_code").is_null()) << t.dump();
  EXPECT_TRUE(t.at("signal").is_number_integer() || t.at("signal").is_null()) << t.dump();
  EXPECT_TRUE(t.at("message").is_string()) << t.dump();
}

TEST_F(SubmitJsonTest, ShapeFollowsTheContract) {
  json j = submit_json(program("e2e-add", "wa.c"), add_dir(), 1, {"--all"});
  ASSERT_TRUE(j.is_object());
  EXPECT_TRUE(j.at("submission").is_number_integer());
  EXPECT_EQ(j.at("submission"), 1);
  EXPECT_EQ(j.at("problem"), "e2e-add");
  EXPECT_EQ(j.at("language"), "c");
  EXPECT_EQ(j.at("verdict"), "WA");
  const json& compile = j.at("compile");
  EXPECT_EQ(compile.at("ok"), true);
  EXPECT_TRUE(compile.at("time_ms").is_number_integer());
  EXPECT_TRUE(compile.at("cached").is_boolean());
  EXPECT_TRUE(compile.at("message").is_string());
  EXPECT_TRUE(j.at("time_ms").is_number_integer());
  EXPECT_TRUE(j.at("memory_kb").is_number_integer());
  EXPECT_GT(j.at("memory_kb").get<int>(), 0);
  const json& tests = j.at("tests");
  ASSERT_TRUE(tests.is_array());
  // --all: every hidden test runs; samples by name, hidden tests by number only.
  std::vector<std::string> names;
  for (const auto& t : tests) {
    expect_test_shape(t);
    names.push_back(t.at("name"));
    EXPECT_EQ(t.at("verdict"), "WA");
    EXPECT_EQ(t.at("exit_code"), 0);
    EXPECT_TRUE(t.at("signal").is_null());
  }
  EXPECT_EQ(names, (std::vector<std::string>{"sample/01", "hidden/1", "hidden/2", "hidden/3"}));
  EXPECT_EQ(tests[0].at("message"), "token 1 (line 1): expected \"5\", got \"6\"");
  for (std::size_t i = 1; i < tests.size(); ++i) {
    EXPECT_EQ(tests[i].at("message"), "") << "a hidden test's output is never quoted";
  }
}

TEST_F(SubmitJsonTest, RuntimeErrorReportsSignal) {
  json j = submit_json(program("e2e-add", "re.c"), add_dir(), 1);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), "RE");
  const json& t = j.at("tests").at(0);
  EXPECT_EQ(t.at("signal"), 8) << "SIGFPE";
  EXPECT_TRUE(t.at("exit_code").is_null());
}

TEST_F(SubmitJsonTest, CompileErrorHasMessageAndNoTests) {
  json j = submit_json(program("e2e-add", "ce.c"), add_dir(), 1);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), "CE");
  EXPECT_EQ(j.at("compile").at("ok"), false);
  const std::string message = j.at("compile").at("message");
  // The user's file name, not the sandbox's.
  EXPECT_NE(message.find("ce.c:"), std::string::npos) << message;
  EXPECT_EQ(message.find("main.c"), std::string::npos) << message;
  EXPECT_EQ(j.at("tests"), json::array());
}

// A program that echoes a hidden test's input to standard error and crashes quoting it: the
// value must not reach the JSON, the text output, or the store.
struct LeakProgram {
  const char* extension;
  const char* toolchain;
  const char* label;
};

class HiddenDataTest : public JudgeTest, public ::testing::WithParamInterface<LeakProgram> {};

TEST_P(HiddenDataTest, NeverAppearsInOutputOrStore) {
  const LeakProgram& leak = GetParam();
  if (!have_program(leak.toolchain)) {
    GTEST_SKIP() << leak.toolchain << " is not installed";
  }
  // data/secret/02-negative.in is "-7 7340033", its answer 7340026.
  const std::vector<std::string> secrets = {"7340033", "7340026"};
  const fs::path file = program("e2e-add", fmt::format("leak.{}", leak.extension));
  Output r = judge({"submit", file.string(), "--problem", problem_dir("e2e-add").string(),
                    "--explain", "x", "--json"});
  ASSERT_EQ(r.exit_code, 1) << r.describe();
  json j = json::parse(r.out);
  EXPECT_EQ(j.at("verdict"), "RE") << j.dump(2);
  ASSERT_EQ(j.at("tests").size(), 3U) << j.dump(2);
  EXPECT_EQ(j["tests"][2].at("name"), "hidden/2");
  EXPECT_EQ(j["tests"][2].at("verdict"), "RE");
  EXPECT_EQ(j["tests"][2].at("desc"), "a negative number");
  Output text = judge(
      {"submit", file.string(), "--problem", problem_dir("e2e-add").string(), "--explain", "x"});
  EXPECT_EQ(text.exit_code, 1) << text.describe();
  Output review = judge({"review", "1", "--json"});
  for (const auto& secret : secrets) {
    EXPECT_EQ(r.out.find(secret), std::string::npos) << secret << " leaked:\n" << r.out;
    EXPECT_EQ(r.err.find(secret), std::string::npos) << secret << " leaked:\n" << r.err;
    EXPECT_EQ(text.out.find(secret), std::string::npos) << secret << " leaked:\n" << text.out;
    EXPECT_EQ(review.out.find(secret), std::string::npos) << secret << " leaked:\n" << review.out;
  }
}

std::string leak_name(const ::testing::TestParamInfo<LeakProgram>& param) {
  return param.param.label;
}

INSTANTIATE_TEST_SUITE_P(CoreLanguages, HiddenDataTest,
                         ::testing::Values(LeakProgram{"c", "gcc", "C"},
                                           LeakProgram{"cpp", "g++", "Cpp"},
                                           LeakProgram{"py", "python3", "Python"},
                                           LeakProgram{"java", "java", "Java"},
                                           LeakProgram{"js", "node", "Javascript"}),
                         leak_name);

// --- bad input: exit code 2 and a message that says what to do -------------------------------

using ExitCodeTest = SubmitTest;

TEST_F(ExitCodeTest, UnknownProblemSuggestsTheClosestId) {
  Output r = judge(
      {"submit", program("e2e-add", "ac.c").string(), "--problem", "two-sun", "--explain", "x"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_EQ(r.err,
            "judge: error: unknown problem 'two-sun', did you mean 'two-sum'?\n"
            "hint: 'judge list' shows the problems; a problem folder can be given by path\n");
  Output show = judge({"show", "two-sun"});
  EXPECT_EQ(show.exit_code, 2) << show.describe();
  EXPECT_NE(show.err.find("did you mean 'two-sum'?"), std::string::npos) << show.describe();
}

TEST_F(ExitCodeTest, MalformedProblemTomlNamesPathLineAndColumn) {
  const fs::path copy = scratch() / "e2e-add";
  fs::copy(problem_dir("e2e-add"), copy, fs::copy_options::recursive);
  const fs::path toml = copy / "problem.toml";
  std::string text = read_file(toml);
  text.replace(text.find("time = 0.5"), 10, "time = \"2s\"");
  write_file(toml, text);
  Output r = judge({"submit", program("e2e-add", "ac.c").string(), "--problem", copy.string(),
                    "--explain", "x", "--json"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, fmt::format("judge: error: {}:8:8: 'time' in [limits] must be a number, got "
                               "string \"2s\"\nhint: write it as time = 2.5 (no quotes)\n",
                               toml.string()));

  // A TOML syntax error, too.
  write_file(toml, "title = \"Add\"\ndifficulty = \"easy\"\n[limits\n");
  r = judge({"show", copy.string()});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_TRUE(std::regex_search(r.err, std::regex("^judge: error: " + toml.string() + ":3:\\d+: ")))
      << r.describe();
}

TEST_F(ExitCodeTest, UnknownLanguageListsTheKnownOnes) {
  Output r = judge({"submit", program("e2e-add", "ac.c").string(), "--problem", add_dir(), "--lang",
                    "cobol", "--explain", "x"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_EQ(r.err,
            "judge: error: unknown language 'cobol'\n"
            "hint: known languages: c, cpp, python, pypy, java, javascript, go, rust\n");
}

TEST_F(ExitCodeTest, UnknownExtensionAsksForLang) {
  const fs::path file = scratch() / "solution.xyz";
  fs::copy_file(program("e2e-add", "ac.c"), file);
  Output r = judge({"submit", file.string(), "--problem", add_dir(), "--explain", "x"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_EQ(r.err, fmt::format("judge: error: cannot tell the language of {} from its "
                               "extension\nhint: pass --lang (cpp, c, py, java, js, ...)\n",
                               file.string()));
  // With --lang, any name will do.
  json j = judge_json(
      {"submit", file.string(), "--problem", add_dir(), "--lang", "c", "--explain", "x", "--json"},
      0);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), "AC");
}

TEST_F(ExitCodeTest, MissingFileIsUsageError) {
  const fs::path file = scratch() / "nope.cpp";
  Output r = judge({"submit", file.string(), "--problem", add_dir(), "--explain", "x"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_EQ(r.err, fmt::format("judge: error: cannot read {}: no such file\n"
                               "hint: give the path of your solution's source file\n",
                               file.string()));
}

TEST_F(ExitCodeTest, ReviewOfUnknownSubmissionIsUsageError) {
  Output r = judge({"review", "42"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_EQ(r.err, "judge: error: there is no submission #42\nhint: 'judge history' lists them\n");
}

// --- the compile cache ------------------------------------------------------------------------

using CompileCacheTest = JudgeTest;

TEST_F(CompileCacheTest, UnchangedCppSourceIsCompiledOnce) {
  if (!have_program("g++")) {
    GTEST_SKIP() << "g++ is not installed";
  }
  // A comment no earlier run has seen: the first compile cannot be a cache hit.
  std::random_device rd;
  std::string source = read_file(program("e2e-add", "ac.cpp"));
  source += fmt::format("// {:08x}{:08x}{:08x}{:08x}\n", rd(), rd(), rd(), rd());
  const fs::path file = scratch() / "add.cpp";
  write_file(file, source);
  json first = submit_json(file, problem_dir("e2e-add").string(), 0);
  ASSERT_TRUE(first.is_object());
  EXPECT_EQ(first.at("compile").at("cached"), false) << first.dump(2);
  json second = submit_json(file, problem_dir("e2e-add").string(), 0);
  ASSERT_TRUE(second.is_object());
  EXPECT_EQ(second.at("compile").at("cached"), true) << second.dump(2);
  EXPECT_EQ(second.at("verdict"), "AC");
}

// Regression: the stand-in for <bits/stdc++.h> included itself when the precompiled header
// could not be used (another header first), and such a program got CE.
TEST_F(CompileCacheTest, HeaderBeforeBitsStdcxxCompiles) {
  if (!have_program("g++")) {
    GTEST_SKIP() << "g++ is not installed";
  }
  json j = submit_json(program("e2e-add", "include_first.cpp"), problem_dir("e2e-add").string(), 0);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("compile").at("ok"), true) << j.at("compile").at("message").get<std::string>();
  EXPECT_EQ(j.at("verdict"), "AC");
}

// --- the text table ---------------------------------------------------------------------------

// Timings and memory figures change from run to run; whether a compile was cached depends on
// earlier runs.
std::string normalise(std::string text) {
  text = std::regex_replace(text, std::regex(R"( \(unchanged source, cached\))"), "");
  text = std::regex_replace(text, std::regex(R"( +\d+(\.\d+)? (ms|s)\b)"), " <time>");
  text = std::regex_replace(text, std::regex(R"( +\d+(\.\d+)? (KiB|MiB|GiB)\b)"), " <memory>");
  return text;
}

using GoldenTest = JudgeTest;

TEST_F(GoldenTest, SubmitTextTable) {
  if (!have_program("g++")) {
    GTEST_SKIP() << "g++ is not installed";
  }
  Output r = judge({"submit", program("e2e-add", "wa.cpp").string(), "--problem",
                    problem_dir("e2e-add").string(), "--explain", "Add them."});
  ASSERT_EQ(r.exit_code, 1) << r.describe();
  const std::string actual = normalise(r.out);
  const fs::path golden = testdata() / "e2e-golden" / "submit-wa-cpp.txt";
  if (update_golden()) {
    write_file(golden, actual);
    GTEST_SKIP() << "rewrote " << golden.string();
  }
  ASSERT_TRUE(fs::exists(golden)) << golden.string()
                                  << " is missing; run with JUDGE_UPDATE_GOLDEN=1 to write it";
  EXPECT_EQ(actual, read_file(golden))
      << "the output changed; if that is intended, rerun with JUDGE_UPDATE_GOLDEN=1 (or "
         "--update-golden) and review the diff of "
      << golden.string();
}

}  // namespace
}  // namespace e2e
