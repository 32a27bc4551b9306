// Terminal rendering (cli/terminal.cc): widths, tables, Markdown, units.
#include "terminal.h"

#include <stdlib.h>

#include <string>

#include <gtest/gtest.h>

namespace cli {
namespace {

// A terminal without colour, whatever the test runs in.
class TerminalTest : public ::testing::Test {
 protected:
  TerminalTest() {
    setenv("NO_COLOR", "1", 1);
    setenv("COLUMNS", "40", 1);
  }
  ~TerminalTest() override {
    unsetenv("NO_COLOR");
    unsetenv("COLUMNS");
  }
};

TEST(DisplayWidthTest, CountsCodePointsNotBytes) {
  EXPECT_EQ(display_width(""), 0u);
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("h\xc3\xa9llo"), 5u);      // é
  EXPECT_EQ(display_width("\xe2\x9c\x93 ok"), 4u);   // ✓
  EXPECT_EQ(display_width("\xf0\x9f\x99\x82"), 1u);  // an emoji: one code point
}

TEST(DisplayWidthTest, IgnoresColourEscapes) {
  EXPECT_EQ(display_width("\033[1mAB\033[0m"), 2u);
  EXPECT_EQ(display_width("\033[32mAC\033[0m  \033[31mWA\033[0m"), 6u);
}

TEST(FitTest, PadsShortText) {
  EXPECT_EQ(fit("ab", 5), "ab   ");
  EXPECT_EQ(fit("abcde", 5), "abcde");
  EXPECT_EQ(fit("h\xc3\xa9", 3), "h\xc3\xa9 ");
}

TEST(FitTest, CutsLongTextWithDots) {
  EXPECT_EQ(fit("abcdefgh", 6), "abc...");
  EXPECT_EQ(fit("abcdefgh", 2), "..");
}

TEST(FitTest, NeverCutsACharacterInHalf) {
  // é is two bytes: the cut must keep both or neither.
  const std::string cut = fit("a\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", 5);
  EXPECT_EQ(cut, "a\xc3\xa9...");
  EXPECT_EQ(display_width(cut), 5u);
  EXPECT_EQ(fit("\xe2\x9c\x93\xe2\x9c\x93\xe2\x9c\x93\xe2\x9c\x93\xe2\x9c\x93", 4),
            "\xe2\x9c\x93...");
}

TEST_F(TerminalTest, NoColourWhenAskedOrNotATerminal) {
  Terminal term;
  EXPECT_FALSE(term.color());
  EXPECT_EQ(term.paint("x", Style::kRed), "x");
  EXPECT_EQ(term.verdict(judge::Verdict::kAccepted), "AC");
  EXPECT_EQ(term.verdict(judge::Verdict::kTimeLimit), "TLE");
}

TEST_F(TerminalTest, WidthFromColumnsWhenNotATerminal) {
  Terminal term;
  if (term.interactive()) {
    GTEST_SKIP() << "standard output is a terminal: its own width wins";
  }
  EXPECT_EQ(term.width(), 40);
  setenv("COLUMNS", "5", 1);
  EXPECT_EQ(Terminal().width(), 40);  // at least 40
  setenv("COLUMNS", "1000", 1);
  EXPECT_EQ(Terminal().width(), 300);  // at most 300
}

TEST_F(TerminalTest, TableSizesColumnsToTheirContent) {
  Table table({"#", "test", "verdict", "time"});
  table.align_right(3);
  table.add({"1", "sample/1", "AC", "3 ms"});
  table.add({"2", "secret/01-\xc3\xa9", "WA", "120 ms"});
  table.add({"3", "x"});  // short row
  EXPECT_FALSE(table.empty());
  EXPECT_EQ(table.render(Terminal()),
            "#  test         verdict    time\n"
            "1  sample/1     AC         3 ms\n"
            "2  secret/01-\xc3\xa9  WA       120 ms\n"
            "3  x\n");
}

TEST_F(TerminalTest, EmptyTableIsItsHeader) {
  Table table({"a", "b"});
  EXPECT_TRUE(table.empty());
  EXPECT_EQ(table.render(Terminal()), "a  b\n");
}

TEST_F(TerminalTest, RendersMarkdown) {
  const std::string markdown =
      "# Two Sum\n"
      "\n"
      "Given an array\n"
      "of `nums` and **a target**.\n"
      "\n"
      "## Input\n"
      "- first item\n"
      "* second \\*item\\*\n"
      "\n"
      "1. one\n"
      "10. ten\n"
      "\n"
      "```\n"
      "int x;\n"
      "  indented\n"
      "```\n"
      "\n"
      "\n"
      "End.\n"
      "\n";
  EXPECT_EQ(render_markdown(markdown, Terminal()),
            "Two Sum\n"
            "\n"
            "Given an array of nums and a target.\n"
            "\n"
            "Input\n"
            "  \xe2\x80\xa2 first item\n"
            "  \xe2\x80\xa2 second *item*\n"
            "\n"
            "  1. one\n"
            "  10. ten\n"
            "\n"
            "    int x;\n"
            "      indented\n"
            "\n"
            "End.\n");
}

TEST_F(TerminalTest, WrapsToTheTerminalWidth) {
  Terminal term;
  if (term.interactive()) {
    GTEST_SKIP() << "standard output is a terminal: its own width wins";
  }
  EXPECT_EQ(render_markdown("one two three four five six seven eight nine ten eleven\n", term),
            "one two three four five six seven eight\n"
            "nine ten eleven\n");
  EXPECT_EQ(render_markdown("- one two three four five six seven eight nine ten\n", term),
            "  \xe2\x80\xa2 one two three four five six seven\n"
            "    eight nine ten\n");
}

TEST(MarkdownTest, ListItemsContinueOnTheirNextLines) {
  Terminal term;
  const std::string out =
      render_markdown("- first line of the item\n  and its continuation\n- next\n", term);
  EXPECT_EQ(out, "  • first line of the item and its continuation\n  • next\n");
}

TEST(FormatTest, Milliseconds) {
  EXPECT_EQ(format_ms(0), "0 ms");
  EXPECT_EQ(format_ms(999), "999 ms");
  EXPECT_EQ(format_ms(1000), "1.00 s");
  EXPECT_EQ(format_ms(1250), "1.25 s");
}

TEST(FormatTest, Kibibytes) {
  EXPECT_EQ(format_kib(0), "0 KiB");
  EXPECT_EQ(format_kib(1023), "1023 KiB");
  EXPECT_EQ(format_kib(1024), "1.0 MiB");
  EXPECT_EQ(format_kib(3482), "3.4 MiB");
}

}  // namespace
}  // namespace cli

namespace cli {
namespace {

// Issue 7: text from packs and programs reached the terminal raw. printable() shows every
// control visibly, and keeps what is only text.
TEST(PrintableTest, ShowsEscapeSequencesVisibly) {
  // CSI (colour, cursor), OSC 52 (a clipboard write, ended by BEL or ST), a window title.
  EXPECT_EQ(printable("\033[31mred\033[0m"), "^[[31mred^[[0m");
  EXPECT_EQ(printable("\033]52;c;cm0gLXJmIH4=\007"), "^[]52;c;cm0gLXJmIH4=^G");
  EXPECT_EQ(printable("\033]0;title\033\\"), "^[]0;title^[\\");
  EXPECT_EQ(printable("a\bb\x7f"), "a^Hb^?");
  EXPECT_EQ(printable(std::string("nul\0byte", 8)), "nul^@byte");
  for (char c = 0; c < 0x20; ++c) {
    if (c == '\n' || c == '\t') {
      continue;
    }
    const std::string shown = printable(std::string(1, c));
    EXPECT_EQ(shown.find_first_of(std::string("\0\x01\x1b\x07\r\b", 6)), std::string::npos)
        << static_cast<int>(c);
    EXPECT_EQ(shown[0], '^') << static_cast<int>(c);
  }
}

TEST(PrintableTest, ShowsC1ControlsAndBadBytesAsHex) {
  EXPECT_EQ(printable("\xc2\x9b"
                      "31m"),
            "\\x9b31m");  // U+009B, CSI
  EXPECT_EQ(printable("\xc2\x9d"
                      "52;c;x"),
            "\\x9d52;c;x");  // U+009D, OSC
  EXPECT_EQ(printable("\x9b"
                      "31m"),
            "\\x9b31m");                                    // a raw 8-bit CSI
  EXPECT_EQ(printable("caf\xe9"), "caf\\xe9");              // Latin-1, not UTF-8
  EXPECT_EQ(printable("\xed\xa0\x80"), "\\xed\\xa0\\x80");  // a surrogate
  EXPECT_EQ(printable("\xc0\xaf"), "\\xc0\\xaf");           // overlong '/'
  EXPECT_EQ(printable("a\xe2\x80\xae"
                      "b"),
            "a\\u202eb");  // right-to-left override
}

TEST(PrintableTest, KeepsTextNewlinesTabsAndUtf8) {
  EXPECT_EQ(printable("plain text 123"), "plain text 123");
  EXPECT_EQ(printable("a\tb\nc\n"), "a\tb\nc\n");
  EXPECT_EQ(printable("h\xc3\xa9llo \xe2\x9c\x93 \xf0\x9f\x99\x82"),
            "h\xc3\xa9llo \xe2\x9c\x93 \xf0\x9f\x99\x82");
  EXPECT_EQ(printable("line\r\nnext\r\n"), "line\nnext\n");
  EXPECT_EQ(printable("over\rwrite"), "over^Mwrite");
}

TEST_F(TerminalTest, MarkdownOfAPackShowsItsEscapes) {
  Terminal term;
  const std::string out = render_markdown("# Ti\033]52;c;eA==\007tle\n\nSome \033[2Jtext.\n", term);
  EXPECT_EQ(out.find('\033'), std::string::npos) << out;
  EXPECT_EQ(out.find('\007'), std::string::npos) << out;
  EXPECT_NE(out.find("^[]52;c;eA==^G"), std::string::npos) << out;
  EXPECT_NE(out.find("^[[2Jtext."), std::string::npos) << out;
  // A byte that is not UTF-8 stays visible as \xNN: Markdown's backslash escapes only apply
  // to punctuation.
  EXPECT_EQ(render_markdown("two \xff\xfe. \\*not emphasis\\*\n", term),
            "two \\xff\\xfe. *not emphasis*\n");
}

}  // namespace
}  // namespace cli
