// The written explanation asked before the verdict (cli/explain.cc).
#include "explain.h"

#include <unistd.h>

#include <string>

#include <gtest/gtest.h>

#include "judge/error.h"
#include "judge/paths.h"
#include "test_support.h"

namespace cli {
namespace {

using judge::unit::error_of;
using judge::unit::hint_of;

TEST(ExplainTest, TemplateNamesTheProblemAndHasTheSections) {
  const std::string text = explanation_template("Two Sum");
  EXPECT_EQ(text.rfind("# Explain your solution to Two Sum as you would to an interviewer.\n", 0),
            0u);
  for (const char* heading : {"\n## Approach\n", "\n## Time complexity\n",
                              "\n## Space complexity\n", "\n## Edge cases\n"}) {
    EXPECT_NE(text.find(heading), std::string::npos) << heading;
  }
}

TEST(ExplainTest, CleanTemplateIsOnlyHeadings) {
  const std::string cleaned = clean_explanation(explanation_template("Two Sum"));
  EXPECT_EQ(cleaned,
            "## Approach\n\n\n## Time complexity\n\n\n## Space complexity\n\n\n## Edge cases");
  EXPECT_TRUE(explanation_is_empty(cleaned));
}

TEST(ExplainTest, CleaningDropsCommentLines) {
  EXPECT_EQ(clean_explanation("# a comment\n#\nkept\n#hashtag kept\n## Heading kept\n"
                              "  # indented, kept\n"),
            "kept\n#hashtag kept\n## Heading kept\n  # indented, kept");
}

TEST(ExplainTest, CleaningDropsCarriageReturnsAndOuterBlankLines) {
  EXPECT_EQ(clean_explanation("\r\n\n  \nHash map.\r\n\r\nO(n).  \n\n \n"), "Hash map.\n\nO(n).");
}

TEST(ExplainTest, CleaningKeepsTheIndentationOfTheFirstLine) {
  EXPECT_EQ(clean_explanation("\n\n    for x in a: seen.add(x)\nO(n)\n"),
            "    for x in a: seen.add(x)\nO(n)");
}

TEST(ExplainTest, FilledTemplateIsNotEmpty) {
  std::string text = explanation_template("Two Sum");
  text.insert(text.find("## Time complexity"), "One pass with a hash map.\n");
  const std::string cleaned = clean_explanation(text);
  EXPECT_FALSE(explanation_is_empty(cleaned));
  EXPECT_EQ(cleaned.rfind("## Approach\n\n\nOne pass with a hash map.\n## Time complexity\n", 0),
            0u);
}

TEST(ExplainTest, DetectsEmptiness) {
  EXPECT_TRUE(explanation_is_empty(""));
  EXPECT_TRUE(explanation_is_empty(" \n\t\r\n"));
  EXPECT_TRUE(explanation_is_empty("## Approach\n## Edge cases\n## Approach"));
  EXPECT_FALSE(explanation_is_empty("## Approach\nx"));
  EXPECT_FALSE(explanation_is_empty("## My own heading"));
  EXPECT_FALSE(explanation_is_empty("O(n)"));
}

TEST(ExplainTest, TakesTheTextFlag) {
  ExplainOptions options;
  options.text = "# comment\nHash map, O(n) time and space.\n";
  EXPECT_EQ(get_explanation(options, "Two Sum"), "Hash map, O(n) time and space.");
}

TEST(ExplainTest, RefusesAnEmptyExplanation) {
  ExplainOptions options;
  options.text = "## Approach\n\n## Edge cases\n";
  EXPECT_EQ(error_of([&] { (void)get_explanation(options, "Two Sum"); }),
            "the explanation is empty, so nothing was submitted");
  EXPECT_EQ(hint_of([&] { (void)get_explanation(options, "Two Sum"); }),
            "write your approach, its time and space complexity and the edge cases you thought "
            "of");
}

TEST(ExplainTest, ReadsTheExplanationFile) {
  judge::TempDir dir("judge-explain-test");
  const std::string file = (dir.path() / "why.md").string();
  judge::unit::write_file(file, "## Approach\nSort, then two pointers.\n");
  ExplainOptions options;
  options.file = file;
  EXPECT_EQ(get_explanation(options, "Two Sum"), "## Approach\nSort, then two pointers.");
  options.file = (dir.path() / "missing.md").string();
  EXPECT_EQ(error_of([&] { (void)get_explanation(options, "Two Sum"); }),
            "cannot read the explanation file " + *options.file);
}

TEST(ExplainTest, WithoutTerminalOrFlagSaysWhichFlagToPass) {
  if (isatty(STDIN_FILENO) != 0) {
    GTEST_SKIP() << "standard input is a terminal: the judge would open an editor";
  }
  EXPECT_EQ(error_of([] { (void)get_explanation({}, "Two Sum"); }),
            "no explanation given, and standard input is not a terminal to ask for one");
  EXPECT_EQ(hint_of([] { (void)get_explanation({}, "Two Sum"); }),
            "pass --explain TEXT, or --explain-file FILE (- for standard input)");
}

}  // namespace
}  // namespace cli
