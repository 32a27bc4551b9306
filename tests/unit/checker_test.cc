#include "judge/checker.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "judge/paths.h"
#include "judge/runner.h"
#include "test_support.h"

namespace judge {
namespace {

using unit::write_file;

struct CheckCase {
  const char* name;
  CheckerSpec spec;
  std::string output;
  std::string answer;
  Verdict verdict;
  std::string message;  // compared exactly
  // Bytes of 'x' put before both output and answer: made when the test runs, not when the
  // cases are registered (every test process registers every case).
  std::size_t prefix = 0;
};

// gtest prints a parameter in the test's listed name; the case's own name reads better than
// its bytes.
void PrintTo(const CheckCase& c, std::ostream* os) {
  *os << c.name;
}

CheckerSpec tokens(bool case_sensitive = true) {
  CheckerSpec spec;
  spec.kind = CheckerKind::kTokens;
  spec.case_sensitive = case_sensitive;
  return spec;
}

CheckerSpec lines(bool case_sensitive = true) {
  CheckerSpec spec;
  spec.kind = CheckerKind::kLines;
  spec.case_sensitive = case_sensitive;
  return spec;
}

CheckerSpec exact() {
  CheckerSpec spec;
  spec.kind = CheckerKind::kExact;
  return spec;
}

CheckerSpec floats(double absolute, double relative) {
  CheckerSpec spec;
  spec.kind = CheckerKind::kFloat;
  spec.float_absolute = absolute;
  spec.float_relative = relative;
  return spec;
}

// Compares two texts through files, as the judge does.
CheckResult compare_texts(const CheckerSpec& spec, const std::string& output,
                          const std::string& answer) {
  TempDir dir("judge-checker-test");
  write_file(dir.path() / "out", output);
  write_file(dir.path() / "ans", answer);
  return compare_files(spec, dir.path() / "out", dir.path() / "ans");
}

std::string quoted_prefix(char c) {
  return "\"" + std::string(256, c) + "...\"";
}

class CheckerTest : public ::testing::TestWithParam<CheckCase> {};

TEST_P(CheckerTest, Compares) {
  const CheckCase& c = GetParam();
  const std::string prefix(c.prefix, 'x');
  CheckResult result = compare_texts(c.spec, prefix + c.output, prefix + c.answer);
  EXPECT_EQ(result.verdict, c.verdict) << result.message;
  EXPECT_EQ(result.message, c.message);
}

std::string case_name(const ::testing::TestParamInfo<CheckCase>& info) {
  return info.param.name;
}

// A 400-byte token; `tail` is written at byte 350, past the 256 bytes kept for messages.
std::string long_token(char tail) {
  std::string t(400, 'a');
  t[350] = tail;
  return t;
}

INSTANTIATE_TEST_SUITE_P(
    Tokens, CheckerTest,
    ::testing::Values(
        CheckCase{"Same", tokens(), "1 2 3\n", "1 2 3\n", Verdict::kAccepted, ""},
        CheckCase{"WhitespaceAmount", tokens(), "1    2\t\t3  ", "1 2 3\n", Verdict::kAccepted, ""},
        CheckCase{"LineBreaks", tokens(), "1\n2\n\n3\n", "1 2 3", Verdict::kAccepted, ""},
        CheckCase{"LeadingWhitespace", tokens(), "\n\n  1 2 3", "1 2 3", Verdict::kAccepted, ""},
        CheckCase{"CrLf", tokens(), "1\r\n2\r\n", "1\n2\n", Verdict::kAccepted, ""},
        CheckCase{"CaseSensitive", tokens(), "YES\n", "yes\n", Verdict::kWrongAnswer,
                  "token 1 (line 1): expected \"yes\", got \"YES\""},
        CheckCase{"CaseInsensitive", tokens(false), "YES\n", "yes\n", Verdict::kAccepted, ""},
        CheckCase{"WrongToken", tokens(), "1\n2\n3\nX\n", "1 2 3 4\n", Verdict::kWrongAnswer,
                  "token 4 (line 4): expected \"4\", got \"X\""},
        CheckCase{"PrefixIsNotEqual", tokens(), "abc", "abcd", Verdict::kWrongAnswer,
                  "token 1 (line 1): expected \"abcd\", got \"abc\""},
        CheckCase{"LongerIsNotEqual", tokens(), "abcd", "abc", Verdict::kWrongAnswer,
                  "token 1 (line 1): expected \"abc\", got \"abcd\""},
        CheckCase{"ExtraOutput", tokens(), "1 2 3\n4\n", "1 2 3\n", Verdict::kWrongAnswer,
                  "extra output after the expected answer: token 4 (line 2) is \"4\""},
        CheckCase{"MissingOutput", tokens(), "1 2\n", "1 2 3\n", Verdict::kWrongAnswer,
                  "the output ends too early: token 3 should be \"3\""},
        CheckCase{"EmptyOutput", tokens(), "", "5\n", Verdict::kWrongAnswer,
                  "the output ends too early: token 1 should be \"5\""},
        CheckCase{"OutputForEmptyAnswer", tokens(), "5", "", Verdict::kWrongAnswer,
                  "extra output after the expected answer: token 1 (line 1) is \"5\""},
        CheckCase{"EmptyAndEmpty", tokens(), "", "", Verdict::kAccepted, ""},
        CheckCase{"BlankAndEmpty", tokens(), "\n \n\t", "", Verdict::kAccepted, ""},
        CheckCase{"EmptyAndBlank", tokens(), "", "   \n", Verdict::kAccepted, ""},
        CheckCase{"ControlBytesEscaped", tokens(), "a\x01", "b", Verdict::kWrongAnswer,
                  "token 1 (line 1): expected \"b\", got \"a\\x01\""},
        CheckCase{"HugeTokensEqual", tokens(), long_token('x') + " 1", long_token('x') + " 1",
                  Verdict::kAccepted, ""},
        CheckCase{
            "HugeTokensDifferAfterByte300", tokens(), long_token('x'), long_token('y'),
            Verdict::kWrongAnswer,
            "token 1 (line 1): expected " + quoted_prefix('a') + ", got " + quoted_prefix('a')},
        CheckCase{
            "HugeTokenLongerThanAnswer", tokens(), std::string(300, 'a'), std::string(299, 'a'),
            Verdict::kWrongAnswer,
            "token 1 (line 1): expected " + quoted_prefix('a') + ", got " + quoted_prefix('a')}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    Lines, CheckerTest,
    ::testing::Values(
        CheckCase{"Same", lines(), "a b\nc\n", "a b\nc\n", Verdict::kAccepted, ""},
        CheckCase{"TrailingWhitespaceIgnored", lines(), "a b  \t\r\nc \n", "a b\nc\n",
                  Verdict::kAccepted, ""},
        CheckCase{"TrailingWhitespaceOfAnswerIgnored", lines(), "a b\nc", "a b \t\nc\r\n",
                  Verdict::kAccepted, ""},
        CheckCase{"CrLf", lines(), "a\r\nb\r\n", "a\nb\n", Verdict::kAccepted, ""},
        CheckCase{"NoFinalNewline", lines(), "a\nb", "a\nb\n", Verdict::kAccepted, ""},
        CheckCase{"TrailingEmptyLinesIgnored", lines(), "a\n\n\n", "a\n", Verdict::kAccepted, ""},
        CheckCase{"TrailingEmptyLinesOfAnswerIgnored", lines(), "a", "a\n\n \n", Verdict::kAccepted,
                  ""},
        CheckCase{"EmptyAndEmpty", lines(), "", "", Verdict::kAccepted, ""},
        CheckCase{"NewlineAndEmpty", lines(), "\n", "", Verdict::kAccepted, ""},
        CheckCase{"InnerSpacesCount", lines(), "a  b\n", "a b\n", Verdict::kWrongAnswer,
                  "line 1: expected \"a b\", got \"a  b\""},
        CheckCase{"InnerTabIsNotSpace", lines(), "a\tb\n", "a b\n", Verdict::kWrongAnswer,
                  "line 1: expected \"a b\", got \"a\\x09b\""},
        CheckCase{"LeadingSpacesCount", lines(), " a\n", "a\n", Verdict::kWrongAnswer,
                  "line 1: expected \"a\", got \" a\""},
        CheckCase{"BlankLineInTheMiddleCounts", lines(), "a\n\nb\n", "a\nb\n",
                  Verdict::kWrongAnswer, "line 2: expected \"b\", got \"\""},
        CheckCase{"MissingBlankLineCounts", lines(), "a\nb\n", "a\n\nb\n", Verdict::kWrongAnswer,
                  "line 2: expected \"\", got \"b\""},
        CheckCase{"LineBreaksCount", lines(), "1 2\n", "1\n2\n", Verdict::kWrongAnswer,
                  "line 1: expected \"1\", got \"1 2\""},
        CheckCase{"ExtraLine", lines(), "a\nb\n", "a\n", Verdict::kWrongAnswer,
                  "extra output at line 2: \"b\""},
        CheckCase{"ExtraLineAfterBlankLines", lines(), "a\n\n\nb\n", "a\n", Verdict::kWrongAnswer,
                  "extra output at line 4: \"b\""},
        CheckCase{"MissingLine", lines(), "a\n", "a\nb\n", Verdict::kWrongAnswer,
                  "the output ends too early: line 2 should be \"b\""},
        CheckCase{"MissingLineAfterBlankLines", lines(), "a\n", "a\n\n\nb\n", Verdict::kWrongAnswer,
                  "the output ends too early: line 4 should be \"b\""},
        CheckCase{"CaseSensitive", lines(), "Hello World\n", "hello world\n", Verdict::kWrongAnswer,
                  "line 1: expected \"hello world\", got \"Hello World\""},
        CheckCase{"CaseInsensitive", lines(false), "Hello World\n", "hello WORLD\n",
                  Verdict::kAccepted, ""},
        CheckCase{"MegabyteLineEqual", lines(), "y  \n", "y\n", Verdict::kAccepted, "", 1 << 20},
        CheckCase{"MegabyteLineDiffersAtTheEnd", lines(), "y\n", "z\n", Verdict::kWrongAnswer,
                  "line 1: expected " + quoted_prefix('x') + ", got " + quoted_prefix('x'),
                  1 << 20},
        CheckCase{"MegabyteLineOneByteShorter", lines(), "", "x", Verdict::kWrongAnswer,
                  "line 1: expected " + quoted_prefix('x') + ", got " + quoted_prefix('x'),
                  (1 << 20) - 1},
        CheckCase{"SpacesInsideALongLine", lines(), std::string(300, 'x') + " \t y",
                  std::string(300, 'x') + "\t  y", Verdict::kWrongAnswer,
                  "line 1: expected " + quoted_prefix('x') + ", got " + quoted_prefix('x')}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    Exact, CheckerTest,
    ::testing::Values(CheckCase{"Same", exact(), "a b\nc\n", "a b\nc\n", Verdict::kAccepted, ""},
                      CheckCase{"EmptyAndEmpty", exact(), "", "", Verdict::kAccepted, ""},
                      CheckCase{"DifferentByte", exact(), "abc\n", "abd\n", Verdict::kWrongAnswer,
                                "byte 3 (line 1): expected \"d\", got \"c\""},
                      CheckCase{"DifferentByteOnLineTwo", exact(), "a\nbc", "a\nbd",
                                Verdict::kWrongAnswer,
                                "byte 4 (line 2): expected \"d\", got \"c\""},
                      CheckCase{"TrailingSpaceCounts", exact(), "a \n", "a\n",
                                Verdict::kWrongAnswer,
                                "byte 2 (line 1): expected \"\\x0a\", got \" \""},
                      CheckCase{"CrLfCounts", exact(), "a\r\n", "a\n", Verdict::kWrongAnswer,
                                "byte 2 (line 1): expected \"\\x0a\", got \"\\x0d\""},
                      CheckCase{"ExtraNewline", exact(), "a\n", "a", Verdict::kWrongAnswer,
                                "extra output from byte 2 (line 1)"},
                      CheckCase{"ExtraLine", exact(), "a\nb", "a\n", Verdict::kWrongAnswer,
                                "extra output from byte 3 (line 2)"},
                      CheckCase{"MissingNewline", exact(), "a", "a\n", Verdict::kWrongAnswer,
                                "the output ends too early at byte 2 (line 1)"},
                      CheckCase{"EmptyOutput", exact(), "", "a\n", Verdict::kWrongAnswer,
                                "the output ends too early at byte 1 (line 1)"}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    Float, CheckerTest,
    ::testing::Values(
        CheckCase{"WithinAbsolute", floats(1e-6, 0), "0.1000005", "0.1", Verdict::kAccepted, ""},
        CheckCase{"AtAbsolute", floats(0.5, 0), "1.5", "1", Verdict::kAccepted, ""},
        CheckCase{"OverAbsolute", floats(1e-6, 0), "0.100002\n", "0.1\n", Verdict::kWrongAnswer,
                  "token 1 (line 1): expected 0.1, got 0.100002 (difference 2e-06)"},
        CheckCase{"WithinRelative", floats(0, 1e-6), "1000000.5", "1000000", Verdict::kAccepted,
                  ""},
        CheckCase{"OverRelative", floats(0, 1e-6), "0.0000015", "0.000001", Verdict::kWrongAnswer,
                  "token 1 (line 1): expected 0.000001, got 0.0000015 (difference 5e-07)"},
        CheckCase{"EitherRelative", floats(1e-6, 1e-6), "1000000.5", "1000000", Verdict::kAccepted,
                  ""},
        CheckCase{"EitherAbsolute", floats(1e-6, 1e-6), "0.0000005", "0", Verdict::kAccepted, ""},
        CheckCase{"TinyAgainstZeroAbsolute", floats(1e-6, 0), "1e-7", "0", Verdict::kAccepted, ""},
        CheckCase{"TinyAgainstZeroRelativeOnly", floats(0, 1e-6), "1e-7", "0",
                  Verdict::kWrongAnswer,
                  "token 1 (line 1): expected 0, got 1e-7 (difference 1e-07)"},
        CheckCase{"Notations", floats(1e-9, 0), "+1 1. .5 -0 1E-7", "1 1.0 0.5 0 1e-7",
                  Verdict::kAccepted, ""},
        CheckCase{"WordsComparedAsText", floats(1e-6, 0), "abc 1.0", "abc 1.0000001",
                  Verdict::kAccepted, ""},
        CheckCase{"WrongWord", floats(1e-6, 0), "abd", "abc", Verdict::kWrongAnswer,
                  "token 1 (line 1): expected \"abc\", got \"abd\""},
        CheckCase{"WordAgainstNumber", floats(1e-6, 0), "one", "1", Verdict::kWrongAnswer,
                  "token 1 (line 1): expected \"1\", got \"one\""},
        CheckCase{"NanIsNotANumber", floats(1, 1), "nan", "0.0", Verdict::kWrongAnswer,
                  "token 1 (line 1): expected \"0.0\", got \"nan\""},
        CheckCase{"InfIsNotANumber", floats(1, 1), "inf", "1e308", Verdict::kWrongAnswer,
                  "token 1 (line 1): expected \"1e308\", got \"inf\""},
        CheckCase{"OverflowIsNotANumber", floats(1, 1), "1e400", "1e401", Verdict::kWrongAnswer,
                  "token 1 (line 1): expected \"1e401\", got \"1e400\""},
        CheckCase{"HexIsNotANumber", floats(1, 1), "0x10", "16", Verdict::kWrongAnswer,
                  "token 1 (line 1): expected \"16\", got \"0x10\""},
        CheckCase{"PartialNumberIsNotANumber", floats(1, 1), "1e", "1", Verdict::kWrongAnswer,
                  "token 1 (line 1): expected \"1\", got \"1e\""},
        CheckCase{"ExtraNumber", floats(1e-6, 0), "1 2", "1", Verdict::kWrongAnswer,
                  "extra output after the expected answer: token 2 (line 1) is \"2\""},
        CheckCase{"MissingNumber", floats(1e-6, 0), "1", "1 2.5", Verdict::kWrongAnswer,
                  "the output ends too early: token 2 should be \"2.5\""}),
    case_name);

TEST(CheckerTest, ReportsAMissingOutputFileAsInternalError) {
  TempDir dir("judge-checker-test");
  write_file(dir.path() / "ans", "1\n");
  CheckResult result = compare_files(tokens(), dir.path() / "missing", dir.path() / "ans");
  EXPECT_EQ(result.verdict, Verdict::kInternalError);
  EXPECT_EQ(result.message, "cannot read the output " + (dir.path() / "missing").string() +
                                ": No such file or directory");
}

TEST(CheckerTest, ReportsAMissingAnswerFileAsInternalError) {
  TempDir dir("judge-checker-test");
  write_file(dir.path() / "out", "1\n");
  CheckResult result = compare_files(tokens(), dir.path() / "out", dir.path() / "missing");
  EXPECT_EQ(result.verdict, Verdict::kInternalError);
  EXPECT_EQ(result.message, "cannot read the answer " + (dir.path() / "missing").string() +
                                ": No such file or directory");
}

TEST(CheckerTest, RefusesCustomKind) {
  CheckerSpec spec;
  spec.kind = CheckerKind::kCustom;
  CheckResult result = compare_texts(spec, "1", "1");
  EXPECT_EQ(result.verdict, Verdict::kInternalError);
  EXPECT_EQ(result.message, "compare_fds called for a custom checker");
}

TEST(CheckerTest, ReadsDescriptorsFromTheirOffsets) {
  TempDir dir("judge-checker-test");
  write_file(dir.path() / "out", "skip 1 2");
  write_file(dir.path() / "ans", "1 2");
  int out = open((dir.path() / "out").c_str(), O_RDONLY | O_CLOEXEC);
  int ans = open((dir.path() / "ans").c_str(), O_RDONLY | O_CLOEXEC);
  ASSERT_GE(out, 0);
  ASSERT_GE(ans, 0);
  ASSERT_EQ(lseek(out, 5, SEEK_SET), 5);
  CheckResult result = compare_fds(tokens(), out, ans);
  close(out);
  close(ans);
  EXPECT_EQ(result.verdict, Verdict::kAccepted) << result.message;
}

// A polynomial hash modulo 2^64 cannot tell a Thue-Morse string from its complement once
// they are 1024 bytes long, whatever the base: such lines must still differ.
TEST(CheckerTest, LinesTellThueMorseFromItsComplement) {
  std::string line;
  std::string complement;
  for (unsigned i = 0; i < 4096; ++i) {
    const bool bit = (__builtin_popcount(i) & 1) != 0;
    line += bit ? 'b' : 'a';
    complement += bit ? 'a' : 'b';
  }
  CheckResult result = compare_texts(lines(), complement + "\n", line + "\n");
  EXPECT_EQ(result.verdict, Verdict::kWrongAnswer);
}

TEST(CheckerTest, MakeCheckerFollowsTheCheckerTable) {
  unit::FakeRunner runner([](const sandbox::RunSpec&) { return unit::exited(0); });
  EXPECT_NE(dynamic_cast<ExactChecker*>(make_checker(exact(), runner).get()), nullptr);
  EXPECT_NE(dynamic_cast<LinesChecker*>(make_checker(lines(), runner).get()), nullptr);
  EXPECT_NE(dynamic_cast<TokensChecker*>(make_checker(tokens(), runner).get()), nullptr);
  EXPECT_NE(dynamic_cast<FloatChecker*>(make_checker(floats(1e-6, 0), runner).get()), nullptr);
  Language lang;
  lang.run = {"/box/check"};
  CheckerSpec custom;
  custom.kind = CheckerKind::kCustom;
  custom.protocol = CheckerProtocol::kKattis;
  EXPECT_NE(dynamic_cast<KattisChecker*>(make_checker(custom, runner, &lang, "/b").get()), nullptr);
  custom.protocol = CheckerProtocol::kTestlib;
  EXPECT_NE(dynamic_cast<TestlibChecker*>(make_checker(custom, runner, &lang, "/b").get()),
            nullptr);
  EXPECT_EQ(make_stream_checker(custom), nullptr);
}

// The protocols against a FakeRunner: their argv layout, files and exit codes.
class ProgramCheckerTest : public ::testing::Test {
 protected:
  ProgramCheckerTest() {
    lang_.run = {"/box/check", "--memory={memory}"};
    write_file(dir_.path() / "in", "1 2\n");
    write_file(dir_.path() / "ans", "3\n");
    write_file(dir_.path() / "out", "3\n");
  }
  CheckResult check(Checker& checker) {
    return checker.check(dir_.path() / "in", dir_.path() / "ans", dir_.path() / "out");
  }

  TempDir dir_{"judge-checker-test"};
  Language lang_;
  sandbox::RunResult result_ = unit::exited(42);
  std::string output_seen_;
  unit::FakeRunner runner_{[this](const sandbox::RunSpec& spec) {
    if (spec.stdin_fd >= 0) {
      output_seen_ = unit::read_fd(spec.stdin_fd);
    }
    return result_;
  }};
};

// Kattis validator_flags: extra arguments after the three the protocol fixes.
TEST_F(ProgramCheckerTest, KattisPassesItsFlagsAfterTheFeedbackFolder) {
  KattisChecker checker(runner_, lang_, dir_.path() / "build", {"float_tolerance", "1e-6"});
  EXPECT_EQ(check(checker).verdict, Verdict::kAccepted);
  ASSERT_EQ(runner_.calls.size(), 1u);
  const sandbox::RunSpec& spec = runner_.calls[0];
  EXPECT_EQ(spec.argv,
            (std::vector<std::string>{"/box/check", "--memory=1024", "/data/input", "/data/answer",
                                      "/feedback/", "float_tolerance", "1e-6"}));
  EXPECT_EQ(unit::bind_source(spec, "/box"), dir_.path() / "build");
  EXPECT_EQ(unit::bind_source(spec, "/data/input"), dir_.path() / "in");
  EXPECT_EQ(unit::bind_source(spec, "/data/answer"), dir_.path() / "ans");
  EXPECT_EQ(output_seen_, "3\n") << "the output comes on standard input";
  result_ = unit::exited(43);
  EXPECT_EQ(check(checker).verdict, Verdict::kWrongAnswer);
  result_ = unit::exited(0);
  EXPECT_EQ(check(checker).verdict, Verdict::kInternalError);
}

TEST_F(ProgramCheckerTest, TestlibReadsTheOutputAsAFileAndItsExitCode) {
  TestlibChecker checker(runner_, lang_, dir_.path() / "build");
  result_ = unit::exited(2, "wrong output format Expected EOLN\nmore\n");
  CheckResult result = check(checker);
  EXPECT_EQ(result.verdict, Verdict::kWrongAnswer);  // a presentation error
  EXPECT_EQ(result.message, "wrong output format Expected EOLN");
  const sandbox::RunSpec& spec = runner_.calls.at(0);
  EXPECT_EQ(spec.argv, (std::vector<std::string>{"/box/check", "--memory=1024", "/data/input",
                                                 "/data/output", "/data/answer"}));
  EXPECT_EQ(unit::bind_source(spec, "/data/output"), dir_.path() / "out");
  EXPECT_EQ(spec.stdin_fd, -1);
  result_ = unit::exited(7, "points 0.5\n");
  EXPECT_EQ(check(checker).message, "the checker failed (exit code 7): points 0.5");
}

// Writes `bytes` of numbered tokens, several per line; `last` replaces the final token.
void write_tokens(const std::filesystem::path& path, std::uint64_t bytes, const char* last) {
  std::FILE* f = std::fopen(path.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::uint64_t written = 0;
  for (std::uint64_t i = 0; written < bytes; ++i) {
    written += static_cast<std::uint64_t>(
        std::fprintf(f, "%llu%c", static_cast<unsigned long long>(i * 7919 % 1000003),
                     i % 16 == 15 ? '\n' : ' '));
  }
  std::fprintf(f, "%s\n", last);
  ASSERT_EQ(std::fclose(f), 0);
}

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// The judge's memory stays flat whatever the size of the outputs (design.md, §6). 50 MB is
// plenty to catch a checker that loads a file whole; float shares the tokens checker's reader.
// About 15 s in a Debug build: the test has its own label, `slow`.
TEST(CheckerMemoryTest, StaysFlatOnLargeFiles) {
  if (JUDGE_SANITIZED) {
    GTEST_SKIP() << "sanitizers keep freed memory in quarantine: the peak says nothing here";
  }
  constexpr std::uint64_t kBytes = 50ULL << 20;
  TempDir dir("judge-checker-memory");
  write_tokens(dir.path() / "out", kBytes, "last");
  write_tokens(dir.path() / "ans", kBytes, "LAST");
  // Start the peak from here (Linux 4.0+: "5" resets the peak RSS), so that what earlier tests
  // of this process used does not hide what this one uses.
  std::ofstream("/proc/self/clear_refs") << "5";
  const long before = peak_rss_kb();
  for (CheckerSpec spec : {tokens(), lines(), exact()}) {
    spec.case_sensitive = false;
    CheckResult result = compare_files(spec, dir.path() / "out", dir.path() / "ans");
    if (spec.kind == CheckerKind::kExact) {
      EXPECT_EQ(result.verdict, Verdict::kWrongAnswer);
    } else {
      EXPECT_EQ(result.verdict, Verdict::kAccepted) << result.message;
    }
  }
  const long grown_kb = peak_rss_kb() - before;
  EXPECT_LT(grown_kb, 8 * 1024) << "the peak resident set grew by " << grown_kb << " KiB";
}

}  // namespace
}  // namespace judge
