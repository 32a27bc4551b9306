// What a newcomer hit (issue 13, items 4 to 7), through the real program: messages that say
// what is wrong in the user's terms, output that fits, and pack authoring.
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "harness.h"

namespace e2e {
namespace {

class UxTest : public JudgeTest {
 protected:
  void SetUp() override {
    JudgeTest::SetUp();
    Output add = judge({"pack", "add", pack_dir().string()});
    ASSERT_EQ(add.exit_code, 0) << add.describe();
  }

  fs::path file(const std::string& name, const std::string& text) {
    const fs::path path = scratch() / name;
    write_file(path, text);
    return path;
  }
};

RunOptions with_env(const std::string& variable) {
  RunOptions options;
  options.env.push_back(variable);
  return options;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Item 4: misleading messages.

TEST_F(UxTest, AJavaClassNotNamedMainIsToldToBeMain) {
  if (!have_program("javac")) {
    GTEST_SKIP() << "javac is not installed";
  }
  const fs::path src = file("Solution.java",
                            "public class Solution {\n"
                            "  public static void main(String[] args) {}\n"
                            "}\n");
  Output r = judge({"test", src.string(), "--problem", "e2e-add"});
  EXPECT_EQ(r.exit_code, 1) << r.describe();
  EXPECT_TRUE(contains(r.out, "compile error")) << r.out;
  EXPECT_TRUE(contains(r.out, "name the public class Main")) << r.out;
}

TEST_F(UxTest, AStackTraceNamesTheUsersFileNotTheSandboxs) {
  struct Case {
    const char* program;
    const char* name;
    const char* text;
  };
  for (const Case& c : {Case{"python3", "my add.py",
                             "a, b = map(int, input().split())\n"
                             "print(a // (b - b))\n"},
                        Case{"node", "my add.js", "throw new Error('boom');\n"}}) {
    if (!have_program(c.program)) {
      continue;
    }
    Output r = judge({"test", file(c.name, c.text).string(), "--problem", "e2e-add"});
    EXPECT_EQ(r.exit_code, 1) << r.describe();
    EXPECT_TRUE(contains(r.out, "standard error")) << r.out;
    EXPECT_TRUE(contains(r.out, c.name)) << r.out;
    EXPECT_FALSE(contains(r.out, "/box/")) << r.out;
  }
}

TEST_F(UxTest, APythonSourceThatIsNotUtf8IsACompileError) {
  if (!have_program("python3")) {
    GTEST_SKIP() << "python3 is not installed";
  }
  // Python's own syntax check accepts the byte in a comment; running the file does not.
  const std::string solution = "a, b = map(int, input().split())\nprint(a + b)\n";
  json j = judge_json({"test", file("e2e-add.py", "# caf\xe9\n" + solution).string(), "--json"}, 1);
  EXPECT_EQ(j.at("verdict"), "CE") << j.dump();
  Output r = judge({"test", (scratch() / "e2e-add.py").string()});
  EXPECT_TRUE(contains(r.out, "e2e-add.py: line 1, byte 0xE9 is not UTF-8")) << r.out;
  // A declared encoding is Python's to read.
  json declared = judge_json(
      {"test", file("e2e-add.py", "# -*- coding: latin-1 -*-\n# caf\xe9\n" + solution).string(),
       "--json"},
      0);
  EXPECT_EQ(declared.at("verdict"), "AC") << declared.dump();
}

TEST_F(UxTest, AnOwnInputIsCheckedAgainstTheAnswerBesideItAndOtherwiseOnlyRan) {
  if (!have_program("gcc")) {
    GTEST_SKIP() << "gcc is not installed";
  }
  const fs::path src = file("e2e-add.c", read_file(program("e2e-add", "ac.c")));
  const fs::path good = file("my1.in", "2 3\n");
  file("my1.ans", "5\n");
  const fs::path bad = file("my2.in", "1 1\n");
  file("my2.ans", "3\n");
  const fs::path bare = file("my3.in", "4 4\n");
  auto verdict_of = [](const json& j, const std::string& name) {
    for (const auto& t : j.at("tests")) {
      if (t.at("name") == name) {
        return t;
      }
    }
    return json();
  };
  json j = judge_json({"test", src.string(), "--input", good.string(), "--input", bad.string(),
                       "--input", bare.string(), "--json"},
                      1);
  EXPECT_EQ(verdict_of(j, "own/my1.in").at("verdict"), "AC") << j.dump();
  EXPECT_EQ(verdict_of(j, "own/my2.in").at("verdict"), "WA") << j.dump();
  EXPECT_TRUE(contains(verdict_of(j, "own/my3.in").at("message").get<std::string>(), "ran"))
      << j.dump();
  Output r = judge({"test", src.string(), "--input", bare.string()});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_TRUE(contains(r.out, "own/my3.in     ran")) << r.out;
  EXPECT_TRUE(contains(r.out, "write my3.ans beside it")) << r.out;
}

TEST_F(UxTest, HintZeroIsAnError) {
  Output r = judge({"show", "e2e-add", "--hint", "0"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_TRUE(contains(r.err, "e2e-add has hints 1 to 1, not 0")) << r.err;
  EXPECT_TRUE(r.out.empty()) << "no statement: " << r.out;
}

TEST_F(UxTest, SeveralTagsSayTheyAllMustMatchAndAnyTagTakesEither) {
  Output all = judge({"list", "--tag", "math", "--tag", "no-such-tag"});
  EXPECT_EQ(all.exit_code, 0) << all.describe();
  EXPECT_TRUE(contains(all.out, "all of the tags math, no-such-tag (--any-tag: any of them)"))
      << all.out;
  EXPECT_TRUE(contains(all.out, "No problem matches")) << all.out;
  json any =
      judge_json({"list", "--tag", "math", "--tag", "no-such-tag", "--any-tag", "--json"}, 0);
  bool has_add = false;
  for (const auto& p : any) {
    has_add = has_add || p.at("id") == "e2e-add";
  }
  EXPECT_TRUE(has_add) << any.dump();
}

TEST_F(UxTest, AnUnknownCommandGetsDidYouMean) {
  Output r = judge({"lst"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_TRUE(contains(r.err, "unknown command 'lst', did you mean 'list'?")) << r.err;
  Output far = judge({"xyzzy"});
  EXPECT_EQ(far.exit_code, 2) << far.describe();
  EXPECT_TRUE(contains(far.err, "unknown command 'xyzzy'")) << far.err;
  EXPECT_TRUE(contains(far.err, "judge --help")) << far.err;
}

// Item 5: output that fits.

// Characters, not bytes: the list has ✓ and ~ marks.
std::size_t columns(const std::string& line) {
  std::size_t n = 0;
  for (unsigned char c : line) {
    n += (c & 0xC0) != 0x80 ? 1 : 0;
  }
  return n;
}

TEST_F(UxTest, ListFitsColumnsAndIsWholeIntoAPipe) {
  Output narrow = judge({"list"}, with_env("COLUMNS=80"));
  ASSERT_EQ(narrow.exit_code, 0) << narrow.describe();
  std::istringstream lines(narrow.out);
  std::string line;
  std::size_t rows = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("   ", 0) == 0 || line.rfind("   ID", 0) == 0) {
      EXPECT_LE(columns(line), 80u) << line;
      ++rows;
    }
  }
  EXPECT_GT(rows, 10u) << narrow.out;
  EXPECT_TRUE(contains(narrow.out, "TITLE")) << narrow.out;
  Output piped = judge({"list"});
  EXPECT_TRUE(contains(piped.out, "TAGS")) << "nothing cut when the width is unknown";
  EXPECT_TRUE(contains(piped.out, "Best Time to Buy and Sell Stock")) << piped.out;
}

TEST_F(UxTest, TimesAreInTheLocalTimeZone) {
  if (!have_program("gcc")) {
    GTEST_SKIP() << "gcc is not installed";
  }
  ASSERT_EQ(judge({"submit", file("e2e-add.c", read_file(program("e2e-add", "ac.c"))).string(),
                   "--explain", "Add in 64 bits."})
                .exit_code,
            0);
  auto minute = [this](const std::string& tz) {
    Output h = judge({"history"}, with_env("TZ=" + tz));
    EXPECT_FALSE(contains(h.out, "UTC")) << h.out;
    const std::size_t colon = h.out.find(':', h.out.find('\n'));
    return std::stoi(h.out.substr(colon + 1, 2));
  };
  // POSIX TZ strings: no time zone data needed. UTC+5:30 moves the minutes by 30.
  EXPECT_EQ((minute("UTC0") + 30) % 60, minute("XYZ-5:30"));
}

TEST_F(UxTest, TestEndsWithTheSubmitCommandToCopy) {
  if (!have_program("gcc")) {
    GTEST_SKIP() << "gcc is not installed";
  }
  const fs::path src = file("my add.c", read_file(program("e2e-add", "ac.c")));
  Output r = judge({"test", src.string(), "--problem", "e2e-add"});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_TRUE(
      contains(r.out, fmt::format("When ready: judge submit '{}' --problem e2e-add", src.string())))
      << r.out;
}

TEST_F(UxTest, StatsGroupTheTagsNotTriedOnOneLine) {
  if (!have_program("gcc")) {
    GTEST_SKIP() << "gcc is not installed";
  }
  ASSERT_EQ(judge({"submit", file("e2e-add.c", read_file(program("e2e-add", "ac.c"))).string(),
                   "--explain", "Add in 64 bits."})
                .exit_code,
            0);
  Output r = judge({"stats"});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_TRUE(contains(r.out, "TAG   SOLVED  TRIED\nmath  1/")) << r.out;
  EXPECT_TRUE(contains(r.out, "Not tried yet, ")) << r.out;
  EXPECT_FALSE(contains(r.out, "\ndp ")) << "an untouched tag has no row: " << r.out;
}

// Item 6: pack authoring.

TEST_F(UxTest, AMissingTitleOrDifficultyGivesAPositionAndWhereToAddIt) {
  const fs::path dir = scratch() / "no-title";
  fs::copy(problem_dir("e2e-add"), dir, fs::copy_options::recursive);
  write_file(dir / "problem.toml", "difficulty = \"easy\"\n\n[limits]\ntime = 1.0\n");
  Output r = judge({"show", dir.string()});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_TRUE(contains(r.err,
                       "problem.toml:1:1: missing required key 'title' in the top-level "
                       "table"))
      << r.err;
  EXPECT_TRUE(contains(r.err, "before any [table]")) << r.err;
  write_file(dir / "problem.toml", "title = \"T\"\n");
  Output d = judge({"show", dir.string()});
  EXPECT_TRUE(contains(d.err, "problem.toml:1:1: missing required key 'difficulty'")) << d.err;
}

TEST_F(UxTest, PackCheckWarnsOfALanguageWithoutATemplate) {
  if (!have_program("gcc")) {
    GTEST_SKIP() << "gcc is not installed";
  }
  // e2e-add has Python and C++ templates; e2e-float, beside it in the pack, has none.
  json j = judge_json(
      {"pack", "check", problem_dir("e2e-float").string(), "--no-templates", "--json"}, 0);
  std::vector<std::string> warnings;
  for (const auto& row : j.at("rows")) {
    if (row.at("status") == "warning") {
      warnings.push_back(row.at("problem").get<std::string>() + " " +
                         row.at("item").get<std::string>() + ": " +
                         row.at("detail").get<std::string>());
    }
  }
  ASSERT_EQ(warnings.size(), 2u) << j.dump(2);
  EXPECT_TRUE(contains(warnings[0], "e2e-float templates/solution.cpp: no C++20 (g++) template"))
      << warnings[0];
  EXPECT_TRUE(contains(warnings[0], "'judge start e2e-float --lang cpp' would write an empty file"))
      << warnings[0];
  EXPECT_TRUE(contains(warnings[1], "e2e-float templates/solution.py: no Python")) << warnings[1];
  EXPECT_EQ(j.at("failures"), 0) << "a warning is no failure";
  Output r = judge({"pack", "check", problem_dir("e2e-add").string(), "--no-templates"});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_FALSE(contains(r.out, "warning")) << "it has them all: " << r.out;
}

// Item 2: the reference explanation and the hidden tests wait for a submission.

TEST_F(UxTest, ATestRunDoesNotShowTheReferenceExplanation) {
  if (!have_program("gcc")) {
    GTEST_SKIP() << "gcc is not installed";
  }
  const fs::path src = file("e2e-add.c", read_file(program("e2e-add", "ac.c")));
  ASSERT_EQ(judge({"test", src.string()}).exit_code, 0);
  Output r = judge({"review", "1t"});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_FALSE(contains(r.out, "64-bit integers")) << "the reference leaked: " << r.out;
  EXPECT_TRUE(contains(r.out,
                       "Reference explanation not shown: it is shown once you have "
                       "submitted e2e-add (a test run does not count)."))
      << r.out;
  EXPECT_TRUE(
      contains(r.out, "[review] reference = \"always\" in " + (home() / "config.toml").string()))
      << r.out;
  json j = judge_json({"review", "1t", "--json"}, 0);
  EXPECT_TRUE(j.at("reference_explanation").is_null()) << j.dump();
  EXPECT_TRUE(contains(j.at("reference_withheld").get<std::string>(), "submitted e2e-add"));

  // The user's setting: always.
  write_file(home() / "config.toml", "[review]\nreference = \"always\"\n");
  EXPECT_TRUE(contains(judge({"review", "1t"}).out, "64-bit integers"));
  fs::remove(home() / "config.toml");

  // A judged submission opens it, for the test run's review too.
  ASSERT_EQ(judge({"submit", src.string(), "--explain", "Add in 64 bits."}).exit_code, 0);
  json after = judge_json({"review", "1t", "--json"}, 0);
  EXPECT_TRUE(contains(after.at("reference_explanation").get<std::string>(), "64-bit integers"));
  EXPECT_TRUE(after.at("reference_withheld").is_null());
}

TEST_F(UxTest, TestDoesNotMakeHiddenTestsAndNoCommandNamesThemBeforeASubmission) {
  if (!have_program("gcc") || !have_program("python3")) {
    GTEST_SKIP() << "gcc and python3 are needed";
  }
  // e2e-add with a generated hidden test whose name says what it tests.
  const fs::path dir = scratch() / "gen-add";
  fs::copy(problem_dir("e2e-add"), dir, fs::copy_options::recursive);
  write_file(dir / "generators/gen.py", "print(4000000000, 5)\n");
  write_file(dir / "problem.toml",
             read_file(problem_dir("e2e-add") / "problem.toml") +
                 "\n[tests]\nreference = \"submissions/accepted/solution.py\"\n\n"
                 "[[generated]]\nname = \"secret/09-carry-past-32-bits\"\n"
                 "generator = \"generators/gen.py\"\n");
  const fs::path src = file("gen-add.c", read_file(program("e2e-add", "wa.c")));
  RunOptions own_cache = with_env("JUDGE_CACHE_DIR=" + (scratch() / "cache").string());
  Output t = judge({"test", src.string(), "--problem", dir.string()}, own_cache);
  EXPECT_FALSE(contains(t.out, "preparing")) << "the samples do not wait: " << t.out;
  EXPECT_FALSE(contains(t.out + t.err, "carry-past")) << t.out;
  EXPECT_FALSE(fs::exists(scratch() / "cache/generated")) << "nothing was generated";

  Output s = judge(
      {"submit", src.string(), "--problem", dir.string(), "--explain", "Add.", "--all"}, own_cache);
  EXPECT_EQ(s.exit_code, 1) << s.describe();
  EXPECT_TRUE(contains(s.out, "preparing hidden tests (0/1)\npreparing hidden tests (1/1)\n"))
      << s.out;
  EXPECT_FALSE(contains(s.out + s.err, "carry-past")) << "a hidden name leaked: " << s.out;
  EXPECT_TRUE(contains(s.out, "hidden/4")) << "named by number: " << s.out;
}

// Review on a wide terminal: the reference rendered from Markdown, as on a narrow one.
TEST_F(UxTest, AWideReviewRendersTheReferencesMarkdown) {
  if (!have_program("gcc")) {
    GTEST_SKIP() << "gcc is not installed";
  }
  const fs::path src = file("e2e-add.c", read_file(program("e2e-add", "ac.c")));
  ASSERT_EQ(judge({"submit", src.string(), "--explain", "Add in 64 bits."}).exit_code, 0);
  Output r = judge({"review", "1"}, with_env("COLUMNS=140"));
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_TRUE(contains(r.out, "Your explanation") && contains(r.out, "│ Reference explanation"))
      << "side by side: " << r.out;
  EXPECT_TRUE(contains(r.out, "│ Approach")) << r.out;
  EXPECT_FALSE(contains(r.out, "## Approach")) << "raw Markdown: " << r.out;
}

// Item 7: your own tests.

TEST_F(UxTest, ACaseIsCheckedAgainstItsAnswerAndAMissingOneIsAnError) {
  if (!have_program("gcc")) {
    GTEST_SKIP() << "gcc is not installed";
  }
  const fs::path src = file("e2e-add.c", read_file(program("e2e-add", "ac.c")));
  const fs::path in = file("big.txt", "2000000000 2000000000\n");
  const fs::path right = file("right.txt", "4000000000\n");
  const fs::path wrong = file("wrong.txt", "0\n");
  json j = judge_json({"test", src.string(), "--case", in.string() + ":" + right.string(), "--case",
                       in.string() + ":" + wrong.string(), "--case", in.string(), "--json"},
                      1);
  ASSERT_EQ(j.at("tests").size(), 4u) << j.dump(2);
  EXPECT_EQ(j.at("tests")[1].at("verdict"), "AC") << j.dump(2);
  EXPECT_EQ(j.at("tests")[2].at("verdict"), "WA") << j.dump(2);
  EXPECT_TRUE(contains(j.at("tests")[3].at("message").get<std::string>(), "ran")) << j.dump(2);

  Output missing = judge({"test", src.string(), "--case", in.string() + ":nowhere.ans"});
  EXPECT_EQ(missing.exit_code, 2) << missing.describe();
  EXPECT_TRUE(contains(missing.err, "cannot read the answer file nowhere.ans: no such file"))
      << missing.err;
  EXPECT_EQ(judge_json({"history", "--tests", "--json"}, 0).size(), 1u) << "nothing stored";
}

TEST_F(UxTest, SavedCasesRunAfterTheSamplesAsYours) {
  if (!have_program("gcc")) {
    GTEST_SKIP() << "gcc is not installed";
  }
  const fs::path src = file("e2e-add.c", read_file(program("e2e-add", "ac.c")));
  const fs::path in = file("big.in", "2000000000 2000000000\n");
  file("big.ans", "4000000000\n");
  Output saved = judge({"test", src.string(), "--input", in.string(), "--save-case"});
  EXPECT_EQ(saved.exit_code, 0) << saved.describe();
  const fs::path kept = home() / "cases/e2e-add/big.in";
  EXPECT_TRUE(contains(saved.out, "Saved your case " + kept.string() + " (with its .ans)"))
      << saved.out;
  EXPECT_EQ(read_file(home() / "cases/e2e-add/big.ans"), "4000000000\n");

  // Every test of the problem runs it now, after the samples.
  Output r = judge({"test", src.string()});
  EXPECT_EQ(r.exit_code, 0) << r.describe();
  const auto sample = r.out.find("sample/01");
  const auto yours = r.out.find("yours/big");
  EXPECT_TRUE(sample != std::string::npos && yours != std::string::npos && sample < yours) << r.out;

  // The name is taken: refused, and the way round it is said.
  Output clash = judge({"test", src.string(), "--input", in.string(), "--save-case", "big"});
  EXPECT_EQ(clash.exit_code, 2) << clash.describe();
  EXPECT_TRUE(contains(clash.out, "yours/big")) << "the run's result is shown first";
  EXPECT_TRUE(contains(clash.err, "a case named big is already kept")) << clash.err;
  EXPECT_TRUE(contains(clash.err, "--force")) << clash.err;
  EXPECT_EQ(judge({"test", src.string(), "--input", in.string(), "--save-case", "big", "--force"})
                .exit_code,
            0);
}

TEST_F(UxTest, SaveCaseKeepsTheFirstFailingSample) {
  if (!have_program("gcc")) {
    GTEST_SKIP() << "gcc is not installed";
  }
  const fs::path src = file("e2e-add.c", read_file(program("e2e-add", "wa.c")));
  Output r = judge({"test", src.string(), "--save-case", "first"});
  EXPECT_EQ(r.exit_code, 1) << r.describe();
  EXPECT_EQ(read_file(home() / "cases/e2e-add/first.in"),
            read_file(problem_dir("e2e-add") / "data/sample/01.in"));
  EXPECT_EQ(read_file(home() / "cases/e2e-add/first.ans"),
            read_file(problem_dir("e2e-add") / "data/sample/01.ans"));
  // Nothing failed: nothing to save, said after the result.
  const fs::path ok = file("ok.c", read_file(program("e2e-add", "ac.c")));
  Output none = judge({"test", ok.string(), "--problem", "e2e-add", "--save-case"});
  EXPECT_EQ(none.exit_code, 2) << none.describe();
  EXPECT_TRUE(contains(none.err, "no sample failed in this run")) << none.err;
}

}  // namespace
}  // namespace e2e
