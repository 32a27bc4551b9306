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

}  // namespace
}  // namespace e2e
