// ICPC/Kattis statements for the terminal (kattis/statement.cc, kattis/latex.cc). The built-in
// LaTeX reader is pure; the KattisPandocTest cases run real processes (pandoc, or a stand-in)
// and carry the "slow" label, outside the unit suite's time budget.
#include <sys/stat.h>

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "judge/error.h"
#include "judge/kattis/statement.h"
#include "judge/language.h"
#include "judge/paths.h"
#include "test_support.h"

namespace judge::kattis {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;
using unit::error_of;
using unit::write_file;

TEST(KattisLatexTest, TurnsSectionsListsAndEmphasisIntoMarkdown) {
  EXPECT_EQ(latex_to_markdown("\\problemname{Hello}\n"
                              "Say \\emph{hello} to \\textbf{everyone}, in \\texttt{stdout}.\n"
                              "\n"
                              "\\section*{Input}\n"
                              "Nothing.\n"
                              "\\begin{itemize}\n"
                              "  \\item one\n"
                              "  \\item two\n"
                              "\\end{itemize}\n"
                              "\\subsection{Steps}\n"
                              "\\begin{enumerate}\n"
                              "\\item first\n"
                              "\\item[b)] second\n"
                              "\\end{enumerate}\n"),
            "Say *hello* to **everyone**, in `stdout`.\n"
            "\n"
            "## Input\n"
            "\n"
            "Nothing.\n"
            "\n"
            "- one\n"
            "- two\n"
            "\n"
            "### Steps\n"
            "\n"
            "1. first\n"
            "2. **b)** second\n");
}

TEST(KattisLatexTest, KeepsMathReadable) {
  EXPECT_EQ(latex_to_markdown("$1 \\leq n \\leq 10^5$ and $|a_i| \\le 10^{9}$, $x^{2k}$\n"),
            "1 ≤ n ≤ 10⁵ and |aᵢ| ≤ 10⁹, x^(2k)\n");
  EXPECT_EQ(latex_to_markdown("$\\frac{a_1 + \\cdots + a_n}{n}$ and $\\sqrt{2} \\approx 1.41$\n"),
            "(a₁ + ⋯ + aₙ)/n and √2 ≈ 1.41\n");
  EXPECT_EQ(latex_to_markdown("$a \\cdot b \\times c \\neq d \\geq e$, $10^{-6}$, $x_{i,j}$\n"),
            "a · b × c ≠ d ≥ e, 10⁻⁶, x_(i,j)\n");
  EXPECT_EQ(latex_to_markdown("A line\n\\[ \\sum_{i=1}^{n} i \\]\nafter.\n"),
            "A line\n\n    Σᵢ₌₁ⁿ i\n\nafter.\n");
  EXPECT_EQ(latex_to_markdown("\\begin{eqnarray*}\nx & = & 1 \\\\\ny & = & 2\n\\end{eqnarray*}\n"),
            "    x  =  1\n    y  =  2\n");
  EXPECT_EQ(latex_to_markdown("$\\text{max}(a, b) = \\lfloor x \\rfloor$\n"),
            "max(a, b) = ⌊ x ⌋\n");
  EXPECT_EQ(latex_to_markdown("$x \\equiv y \\pmod{n}$, $\\binom{n}{k}$\n"),
            "x ≡ y (mod n), C(n, k)\n");
}

TEST(KattisLatexTest, HandlesTheSmallThings) {
  EXPECT_EQ(latex_to_markdown("``quoted'' -- and --- 50\\% of \\$5~each\\ldots % a comment\n"
                              "done\n"),
            "“quoted” – and — 50% of $5 each…done\n");
  EXPECT_EQ(latex_to_markdown("{\\bf bold words} and {\\em stressed}\n"),
            "**bold words** and *stressed*\n");
  EXPECT_EQ(
      latex_to_markdown("See \\href{https://x.example}{the site} or \\url{https://y.example}.\n"),
      "See the site (https://x.example) or https://y.example.\n");
  EXPECT_EQ(latex_to_markdown("Sj\\\"o and na\\\"ive, \\unknown{kept} text\n"),
            "Sjo and naive, kept text\n");
  EXPECT_EQ(latex_to_markdown("line one\\\\line two\n"), "line one\nline two\n");
}

TEST(KattisLatexTest, DropsPicturesAndDefinitions) {
  EXPECT_EQ(
      latex_to_markdown("\\newcommand{\\N}{\\mathbb{N}}\n"
                        "\\def\\x#1{#1}\n"
                        "\\illustration{0.3}{picture.png}{A picture}\n"
                        "\\begin{figure}\\includegraphics{a.png}\\caption{Hidden}\\end{figure}\n"
                        "Text.\n"),
      "Text.\n");
}

TEST(KattisLatexTest, KeepsVerbatimAndMakesTables) {
  EXPECT_EQ(latex_to_markdown("\\begin{verbatim}\n  indented\n\\end{verbatim}\n"),
            "```\n  indented\n```\n");
  EXPECT_EQ(latex_to_markdown("\\begin{tabular}{|l|r|}\n\\hline\nName & Value \\\\\n"
                              "\\hline\n$n$ & 10 \\\\\n\\end{tabular}\n"),
            "```\n| Name | Value |\n| n    | 10    |\n```\n");
}

TEST(KattisLatexTest, IndentsNestedListsAndIgnoresSourceIndentation) {
  EXPECT_EQ(latex_to_markdown("\\begin{itemize}\n"
                              "\\item outer\n"
                              "      \\begin{itemize}\\item inner\\end{itemize}\n"
                              "\\end{itemize}\n"
                              "        Not code.\n"),
            "- outer\n\n  - inner\n\nNot code.\n");
}

TEST(KattisLatexTest, ReadsOnlyTheBodyOfAWholeDocument) {
  EXPECT_EQ(latex_to_markdown("\\documentclass{article}\n\\usepackage{amsmath}\n"
                              "\\begin{document}\nBody.\n\\end{document}\n"),
            "Body.\n");
}

TEST(KattisLatexTest, KeepsControlCharactersOutOfTheTerminal) {
  EXPECT_EQ(latex_to_markdown("red \x1b[31mtext\x07\n"), "red [31mtext\n");
}

TEST(KattisLatexTest, FindsTheProblemName) {
  EXPECT_EQ(latex_problem_name("\\problemname{A1 Paper}\nText\n"), "A1 Paper");
  EXPECT_EQ(latex_problem_name("%% plainproblemname: x^2 + y^2\n\\problemname{$x^2+y^2$}\n"),
            "x^2 + y^2");
  EXPECT_EQ(latex_problem_name("\\problemname{Sum of $n$ numbers}\n"), "Sum of n numbers");
  EXPECT_EQ(latex_problem_name("% \\problemname{Commented}\nNo name.\n"), "");
}

TEST(KattisStatementTest, ShowsMarkdownAsWritten) {
  TempDir tmp("kattis-statement-test");
  write_file(tmp.path() / "problem.en.md", "# Title\n\nText with \x1b[2J an escape.\n");
  StatementFile s{tmp.path() / "problem.en.md", "en", StatementFile::Kind::kMarkdown};
  const RenderedStatement r = render_statement(s);
  EXPECT_EQ(r.renderer, "Markdown as written");
  EXPECT_EQ(r.markdown, "# Title\n\nText with ?[2J an escape.\n");
}

TEST(KattisStatementTest, UsesTheBuiltInReaderWithoutPandoc) {
  StatementFile s{fs::path(JUDGE_KATTIS_TESTDATA) / "average/problem_statement/problem.en.tex",
                  "en", StatementFile::Kind::kLatex};
  RenderOptions options;
  options.pandoc = "none";
  const RenderedStatement r = render_statement(s, options);
  EXPECT_EQ(r.title, "Average");
  EXPECT_EQ(r.renderer, "the judge's built-in LaTeX reader (pandoc is not installed)");
  EXPECT_THAT(r.markdown, StartsWith("Given n whole numbers a₁, …, aₙ, print their average"));
  EXPECT_THAT(r.markdown, HasSubstr("## Output"));
  EXPECT_THAT(r.markdown, HasSubstr("- an integer such as `2` is *wrong* for 2.5.\n"));
}

TEST(KattisStatementTest, NamesAPdfWithoutReadingIt) {
  StatementFile s{"/nonexistent/problem.en.pdf", "en", StatementFile::Kind::kPdf};
  EXPECT_THAT(render_statement(s).markdown, HasSubstr("The statement is a PDF"));
}

TEST(KattisStatementTest, RefusesAHugeStatement) {
  TempDir tmp("kattis-statement-test");
  write_file(tmp.path() / "problem.en.tex", std::string((1 << 20) + 1, 'x'));
  StatementFile s{tmp.path() / "problem.en.tex", "en", StatementFile::Kind::kLatex};
  EXPECT_THAT(error_of([&] { (void)render_statement(s); }), HasSubstr("larger than 1024 KiB"));
}

// Real processes from here on (label "slow").

class KattisPandocTest : public ::testing::Test {
 protected:
  // A stand-in for pandoc: a shell script.
  std::string fake(const std::string& script) {
    const fs::path path = tmp_.path() / "fake-pandoc";
    write_file(path, "#!/bin/sh\n" + script + "\n");
    chmod(path.c_str(), 0755);
    return path.string();
  }
  StatementFile tex(const std::string& text) {
    write_file(tmp_.path() / "problem.en.tex", text);
    return {tmp_.path() / "problem.en.tex", "en", StatementFile::Kind::kLatex};
  }
  TempDir tmp_{"kattis-pandoc-test"};
};

TEST_F(KattisPandocTest, RendersWithPandocWhenInstalled) {
  if (find_program("pandoc").empty()) {
    GTEST_SKIP() << "pandoc is not installed";
  }
  const RenderedStatement r = render_statement(
      tex("\\problemname{Tape}\n\\illustration{.4}{a}{b}\n"
          "Print $n \\leq 10^9$ values, see \\href{https://x.example}{here}.\n"
          "\\section*{Output}\nOne line.\n"
          "\\begin{tabular}{ll}\n\\textbf{Rank} & Points \\\\\n1 & 100 \\\\\n\\end{tabular}\n"));
  EXPECT_THAT(r.renderer, StartsWith("pandoc "));
  EXPECT_EQ(r.title, "Tape");
  // Formulas without pandoc's emphasis markers, links as text, tables in a code block.
  EXPECT_THAT(r.markdown, HasSubstr("Print n ≤ 10⁹ values, see here (https://x.example)."));
  EXPECT_THAT(r.markdown, HasSubstr("# Output"));
  EXPECT_THAT(r.markdown, HasSubstr("```\n|"));
  EXPECT_THAT(r.markdown, HasSubstr("|   Rank   | Points |\n| 1        | 100    |\n```\n"));
  EXPECT_THAT(r.markdown, Not(HasSubstr("*")));
  EXPECT_THAT(r.markdown, Not(HasSubstr("Tape")));  // the title is shown apart
}

TEST_F(KattisPandocTest, PandocReadsNoFileOfTheMachine) {
  if (find_program("pandoc").empty()) {
    GTEST_SKIP() << "pandoc is not installed";
  }
  write_file(tmp_.path() / "secret.tex", "THE-SECRET-TEXT\n");
  const RenderedStatement r = render_statement(
      tex("Before \\input{" + (tmp_.path() / "secret.tex").string() + "} after.\n"));
  EXPECT_THAT(r.renderer, StartsWith("pandoc "));
  EXPECT_THAT(r.markdown, Not(HasSubstr("THE-SECRET-TEXT")));
  EXPECT_THAT(r.markdown, HasSubstr("Before"));
}

TEST_F(KattisPandocTest, FallsBackWhenPandocHangs) {
  RenderOptions options;
  options.pandoc = fake("exec sleep 30");
  options.timeout = std::chrono::milliseconds(200);
  const auto start = std::chrono::steady_clock::now();
  const RenderedStatement r = render_statement(tex("Plain $x_1$ text.\n"), options);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_EQ(r.renderer, "the judge's built-in LaTeX reader (pandoc failed)");
  EXPECT_THAT(r.notes, testing::ElementsAre(HasSubstr("stopped after 200 ms")));
  EXPECT_EQ(r.markdown, "Plain x₁ text.\n");
}

TEST_F(KattisPandocTest, FallsBackWhenPandocSaysTooMuchOrFails) {
  RenderOptions options;
  options.pandoc = fake("cat >/dev/null; yes statement");
  options.max_output = 64 * 1024;
  RenderedStatement r = render_statement(tex("Text.\n"), options);
  EXPECT_THAT(r.notes, testing::ElementsAre(HasSubstr("more than 64 KiB of output")));
  EXPECT_EQ(r.markdown, "Text.\n");
  options.pandoc = fake("cat >/dev/null; echo broken >&2; exit 3");
  r = render_statement(tex("Text.\n"), options);
  EXPECT_THAT(r.notes, testing::ElementsAre(HasSubstr("exit 3: broken")));
  // A filter that reads nothing: the judge's writes to its closed input do not kill the judge.
  options.pandoc = fake("echo 'from the stand-in'");
  r = render_statement(tex(std::string(1 << 20, 'x')), options);
  EXPECT_EQ(r.markdown, "from the stand-in\n");
}

TEST_F(KattisPandocTest, GivesPandocAnEmptyEnvironment) {
  setenv("KATTIS_TEST_SECRET", "leaked", 1);
  RenderOptions options;
  options.pandoc = fake("cat >/dev/null; env");
  const RenderedStatement r = render_statement(tex("Text.\n"), options);
  unsetenv("KATTIS_TEST_SECRET");
  EXPECT_THAT(r.markdown, Not(HasSubstr("leaked")));
  EXPECT_THAT(r.markdown, HasSubstr("LANG=C.UTF-8"));
}

}  // namespace
}  // namespace judge::kattis
