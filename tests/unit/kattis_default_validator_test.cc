// The default output validator of ICPC/Kattis packages (kattis/default_validator.cc): verdicts
// as problemtools gives them, flags, messages.
#include <sys/mman.h>
#include <unistd.h>

#include <regex>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "judge/error.h"
#include "judge/kattis/default_validator.h"
#include "judge/paths.h"
#include "test_support.h"

namespace judge::kattis {
namespace {

using ::testing::HasSubstr;
using unit::error_of;
using unit::hint_of;

// An in-memory file holding `text`, read from its start.
class MemFile {
 public:
  explicit MemFile(const std::string& text) : fd_(memfd_create("kattis-test", MFD_CLOEXEC)) {
    unit::write_fd(fd_, text);
    lseek(fd_, 0, SEEK_SET);
  }
  ~MemFile() { close(fd_); }
  MemFile(const MemFile&) = delete;
  MemFile& operator=(const MemFile&) = delete;
  [[nodiscard]] int fd() const { return fd_; }

 private:
  int fd_;
};

ValidatorResult validate(const std::vector<std::string>& args, const std::string& answer,
                         const std::string& output) {
  const DefaultValidatorOptions options = parse_default_validator_flags(args, "flags: ");
  MemFile out(output);
  MemFile ans(answer);
  return default_validate_fds(options, out.fd(), ans.fd());
}

std::string repeat(const std::string& piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) {
    out += piece;
  }
  return out;
}

// problemtools' own default-validator cases (tests/default_validator_tests in
// github.com/Kattis/problemtools), written again as a table: the same flags, answer and output,
// the verdict its tests expect, and where its message says the outputs differ (line of the
// output, line of the answer; 0 when the case passes). `kind` is what the judge's message says
// of the difference.
struct Case {
  const char* name;
  std::vector<std::string> args;
  std::string answer;
  std::string output;
  bool accepted;
  int output_line;
  int answer_line;
  const char* kind;
};

std::vector<Case> problemtools_cases() {
  const std::string rocket = "\xf0\x9f\x9a\x80";
  return {
      {"case_sensitive_ac", {"case_sensitive"}, "Hello\n", "Hello\n", true, 0, 0, ""},
      {"case_sensitive_wa", {"case_sensitive"}, "Hello\n", "hello\n", false, 1, 1, "expected"},
      {"combined_flags_ac",
       {"case_sensitive", "space_change_sensitive", "float_tolerance", "0.5"},
       "PI is 3.14\n",
       "PI is 3.14\n",
       true,
       0,
       0,
       ""},
      {"combined_flags_wa",
       {"case_sensitive", "space_change_sensitive", "float_tolerance", "0.5"},
       "PI is 1.0",
       "PI is 2.0",
       false,
       1,
       1,
       "absolute error"},
      {"empty_wa", {}, "Hello World!\n", "", false, 1, 1, "is empty"},
      {"float_abs_tol_ac", {"float_absolute_tolerance", "0.5"}, "1\n", "1.4\n", true, 0, 0, ""},
      {"float_abs_tol_wa",
       {"float_absolute_tolerance", "0.1"},
       "1\n",
       "1.4\n",
       false,
       1,
       1,
       "absolute error"},
      {"float_inf_judge_wa", {"float_tolerance", "0.5"}, "inf\n", "0\n", false, 1, 1, "expected"},
      {"float_rel_tol_ac", {"float_relative_tolerance", "0.1"}, "100\n", "105\n", true, 0, 0, ""},
      {"float_rel_tol_wa",
       {"float_relative_tolerance", "0.01"},
       "100\n",
       "105\n",
       false,
       1,
       1,
       "relative error"},
      {"float_rocket_wa",
       {"float_absolute_tolerance", "0.5"},
       "1\n",
       "1.4" + repeat(rocket, 202) + "\n",
       false,
       1,
       1,
       "expected a number"},
      {"float_tolerance_ac", {"float_tolerance", "0.5"}, "1\n", "1.1\n", true, 0, 0, ""},
      {"float_tolerance_wa",
       {"float_tolerance", "0.5"},
       "1\n",
       "1.50001\n",
       false,
       1,
       1,
       "absolute error"},
      {"float_zero_judge_wa",
       {"float_relative_tolerance", "0.01"},
       "0\n",
       "1\n",
       false,
       1,
       1,
       "relative error undefined"},
      {"long_binary_wa",
       {},
       repeat("\x81", 300),
       repeat("\x81", 250) + repeat("\x82", 50),
       false,
       1,
       1,
       "expected"},
      {"long_early_diff_wa",
       {"case_sensitive"},
       "aaaaaA" + repeat("a", 294),
       "aaaaA" + repeat("a", 295),
       false,
       1,
       1,
       "expected"},
      {"long_trailing_wa",
       {},
       "Hello World!\n",
       "Hello World! checkthatwedon'tcututf8" + repeat(rocket, 1060) + "\n",
       false,
       1,
       2,
       "extra output"},
      {"short_wa", {}, "Hello World!\n", "Hello \n", false, 2, 1, "ends too early"},
      {"simple_ac", {}, "hello world\n", "hello world\n", true, 0, 0, ""},
      {"simple_wa", {}, "hello world\n", "hello there\n", false, 1, 1, "expected"},
      {"space_sensitive_ac",
       {"space_change_sensitive"},
       "hello\n world\n",
       "hello\n world\n",
       true,
       0,
       0,
       ""},
      {"space_sensitive_wa",
       {"space_change_sensitive"},
       "hello\n world\n",
       "hello\nworld\n",
       false,
       2,
       2,
       "whitespace differs"},
      {"space_sensitive_wa2",
       {"space_change_sensitive"},
       "hello\nworld\n",
       "hello\n world\n",
       false,
       2,
       2,
       "whitespace differs"},
      {"space_wa", {}, "Hello World!\n", " \n    \n\n", false, 4, 1, "is empty"},
  };
}

TEST(KattisDefaultValidatorTest, GivesProblemtoolsVerdictsOnItsOwnCases) {
  const std::vector<Case> cases = problemtools_cases();
  ASSERT_EQ(cases.size(), 24u);  // every case of problemtools' suite
  const std::regex position(R"(line (\d+) of the output, line (\d+) of the answer)");
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const ValidatorResult r = validate(c.args, c.answer, c.output);
    if (c.accepted) {
      EXPECT_EQ(r.verdict, Verdict::kAccepted) << r.message;
      EXPECT_EQ(r.message, "");
      continue;
    }
    EXPECT_EQ(r.verdict, Verdict::kWrongAnswer);
    EXPECT_THAT(r.message, HasSubstr(c.kind));
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r.message, m, position)) << r.message;
    EXPECT_EQ(std::stoi(m[1]), c.output_line) << r.message;
    EXPECT_EQ(std::stoi(m[2]), c.answer_line) << r.message;
  }
}

TEST(KattisDefaultValidatorTest, IgnoresCaseOfAsciiLettersOnly) {
  EXPECT_EQ(validate({}, "Hello WORLD\n", "hELLO world\n").verdict, Verdict::kAccepted);
  // \xc3\xa9 is é, \xc3\x89 É: bytes beyond ASCII must be equal.
  EXPECT_EQ(validate({}, "caf\xc3\xa9\n", "CAF\xc3\x89\n").verdict, Verdict::kWrongAnswer);
  EXPECT_EQ(validate({}, "caf\xc3\xa9\n", "CAF\xc3\xa9\n").verdict, Verdict::kAccepted);
}

TEST(KattisDefaultValidatorTest, IgnoresAmountOfWhitespaceByDefault) {
  EXPECT_EQ(validate({}, "1 2\n3\n", "  1\t\t2 3").verdict, Verdict::kAccepted);
  EXPECT_EQ(validate({}, "", "").verdict, Verdict::kAccepted);
  EXPECT_EQ(validate({}, "\n\n", " \r\n").verdict, Verdict::kAccepted);
  EXPECT_EQ(validate({}, "1 2", "12").verdict, Verdict::kWrongAnswer);
}

TEST(KattisDefaultValidatorTest, SpaceChangeSensitiveChecksEveryWhitespaceByte) {
  const std::vector<std::string> flags = {"space_change_sensitive"};
  EXPECT_EQ(validate(flags, "1 2\n", "1 2\n").verdict, Verdict::kAccepted);
  // The answer's trailing newline is whitespace like any other.
  const ValidatorResult missing = validate(flags, "1 2\n", "1 2");
  EXPECT_EQ(missing.verdict, Verdict::kWrongAnswer);
  EXPECT_THAT(missing.message, HasSubstr("expected a newline, got the end of the output"));
  EXPECT_EQ(validate(flags, "1 2\n", "1 2\n\n").verdict, Verdict::kWrongAnswer);
  EXPECT_EQ(validate(flags, "1 2\n", "1  2\n").verdict, Verdict::kWrongAnswer);
  EXPECT_EQ(validate(flags, "1 2\n", "1\t2\n").verdict, Verdict::kWrongAnswer);
  EXPECT_EQ(validate(flags, " 1\n", "1\n").verdict, Verdict::kWrongAnswer);
  // Case still does not matter unless asked.
  EXPECT_EQ(validate(flags, "Yes\n", "yes\n").verdict, Verdict::kAccepted);
}

TEST(KattisDefaultValidatorTest, ComparesNumbersOnlyWithATolerance) {
  // Without a tolerance, numbers are words: 1.0 is not 1.
  EXPECT_EQ(validate({}, "1\n", "1.0\n").verdict, Verdict::kWrongAnswer);
  EXPECT_EQ(validate({"float_tolerance", "1e-9"}, "1\n", "1.0\n").verdict, Verdict::kAccepted);
  // Any way of writing the number: the specification's own example.
  EXPECT_EQ(validate({"float_tolerance", "1e-9"}, "0.0314\n", "3.14000000e-2\n").verdict,
            Verdict::kAccepted);
  // A word in the answer is still a word; case-insensitive.
  EXPECT_EQ(validate({"float_tolerance", "1e-6"}, "impossible\n", "IMPOSSIBLE\n").verdict,
            Verdict::kAccepted);
  // nan is not a number: compared as a word.
  EXPECT_EQ(validate({"float_tolerance", "1e-6"}, "nan\n", "NaN\n").verdict, Verdict::kAccepted);
  // A number in the answer needs a number in the output.
  const ValidatorResult word = validate({"float_tolerance", "1e-6"}, "2.5\n", "two\n");
  EXPECT_EQ(word.verdict, Verdict::kWrongAnswer);
  EXPECT_THAT(word.message, HasSubstr("expected a number like \"2.5\", got \"two\""));
}

TEST(KattisDefaultValidatorTest, AcceptsWithinEitherTolerance) {
  const std::vector<std::string> both = {"float_absolute_tolerance", "0.5",
                                         "float_relative_tolerance", "0.01"};
  EXPECT_EQ(validate(both, "1000\n", "1009\n").verdict, Verdict::kAccepted);     // relative
  EXPECT_EQ(validate(both, "1\n", "1.4\n").verdict, Verdict::kAccepted);         // absolute
  EXPECT_EQ(validate(both, "1000\n", "1011\n").verdict, Verdict::kWrongAnswer);  // neither
  // The bounds are inclusive, with no slack added.
  EXPECT_EQ(validate({"float_absolute_tolerance", "0.5"}, "1\n", "1.5\n").verdict,
            Verdict::kAccepted);
  EXPECT_EQ(validate({"float_absolute_tolerance", "0.5"}, "1\n", "1.5000001\n").verdict,
            Verdict::kWrongAnswer);
}

TEST(KattisDefaultValidatorTest, MessagesSayWhereAndCutLongTokens) {
  const ValidatorResult r = validate({}, "1 2\n3 4 5\n", "1 2\n3 4 6\n");
  EXPECT_EQ(r.message,
            "token 5 (line 2 of the output, line 2 of the answer): expected \"5\", got \"6\"");
  const ValidatorResult long_token =
      validate({"case_sensitive"}, repeat("x", 100) + "A" + repeat("y", 100),
               repeat("x", 100) + "B" + repeat("y", 100));
  EXPECT_EQ(long_token.message,
            "token 1 (line 1 of the output, line 1 of the answer): expected "
            "\"...xxxxxxxxxxxxxxxxAyyyyyyyyyyyyyyy...\", got "
            "\"...xxxxxxxxxxxxxxxxByyyyyyyyyyyyyyy...\"");
  // Control bytes of the output cannot reach the terminal as they are.
  const ValidatorResult escape = validate({}, "ok\n", "\x1b[2J\n");
  EXPECT_THAT(escape.message, HasSubstr("got \"\\x1b[2J\""));
}

TEST(KattisDefaultValidatorTest, ComparesTokensLongerThanItKeeps) {
  // Tokens stream through: a difference after the bytes kept for messages still counts.
  const std::string a = repeat("7", 100000);
  EXPECT_EQ(validate({}, a + "\n", a + "\n").verdict, Verdict::kAccepted);
  EXPECT_EQ(validate({}, a + "1\n", a + "2\n").verdict, Verdict::kWrongAnswer);
  EXPECT_EQ(validate({}, a + "\n", a + "7\n").verdict, Verdict::kWrongAnswer);
}

TEST(KattisDefaultValidatorTest, ReadsFlags) {
  DefaultValidatorOptions o = parse_default_validator_flags(
      {"case_sensitive", "float_tolerance", "1e-6", "float_absolute_tolerance", "0.5"}, "");
  EXPECT_TRUE(o.case_sensitive);
  EXPECT_FALSE(o.space_change_sensitive);
  EXPECT_EQ(o.float_absolute, 0.5);  // a later flag replaces, as in problemtools
  EXPECT_EQ(o.float_relative, 1e-6);
  EXPECT_EQ(o.describe(),
            "case_sensitive float_absolute_tolerance 0.5 float_relative_tolerance 1e-06");
  EXPECT_EQ(parse_default_validator_flags({}, "").describe(), "(none)");
  EXPECT_EQ(parse_default_validator_flags({"float_tolerance", "0"}, "").describe(),
            "float_tolerance 0");
}

TEST(KattisDefaultValidatorTest, RefusesBadFlagsWithAHint) {
  auto flags = [](std::vector<std::string> args) {
    return error_of([&] { (void)parse_default_validator_flags(args, "problem.yaml:3:18: "); });
  };
  EXPECT_EQ(flags({"float_tolerence", "1e-6"}),
            "problem.yaml:3:18: the default validator has no flag \"float_tolerence\"");
  EXPECT_EQ(flags({"float_tolerance"}),
            "problem.yaml:3:18: float_tolerance needs a number after it");
  EXPECT_EQ(flags({"float_tolerance", "small"}),
            "problem.yaml:3:18: float_tolerance must be followed by a number at least 0, got "
            "\"small\"");
  EXPECT_THAT(flags({"float_absolute_tolerance", "-1"}), HasSubstr("at least 0, got \"-1\""));
  EXPECT_THAT(flags({"float_relative_tolerance", "inf"}), HasSubstr("got \"inf\""));
  EXPECT_THAT(flags({"float_relative_tolerance", "nan"}), HasSubstr("got \"nan\""));
  EXPECT_THAT(hint_of([] { (void)parse_default_validator_flags({"x"}, ""); }),
              HasSubstr("case_sensitive, space_change_sensitive, float_tolerance E"));
}

TEST(KattisDefaultValidatorTest, The2025FormatRefusesRepeatedTolerances) {
  auto strict = [](std::vector<std::string> args) {
    return error_of([&] { (void)parse_default_validator_flags(args, "", FlagRules::kNoRepeats); });
  };
  EXPECT_THAT(strict({"float_tolerance", "1", "float_absolute_tolerance", "2"}),
              HasSubstr("repeats a tolerance"));
  EXPECT_THAT(strict({"float_relative_tolerance", "1", "float_relative_tolerance", "2"}),
              HasSubstr("repeats a tolerance"));
  EXPECT_EQ(strict({"float_relative_tolerance", "1", "float_absolute_tolerance", "2"}),
            "(no error)");
  EXPECT_EQ(strict({"case_sensitive", "case_sensitive"}), "(no error)");
}

TEST(KattisDefaultValidatorTest, ReadsFloatsAsStrtodDoes) {
  EXPECT_EQ(parse_float("2.5"), 2.5);
  EXPECT_EQ(parse_float("-3e2"), -300);
  EXPECT_EQ(parse_float("+.5"), 0.5);
  EXPECT_EQ(parse_float("5."), 5);
  EXPECT_EQ(parse_float("0x10"), 16);  // problemtools reads with scanf: hexadecimal too
  EXPECT_EQ(parse_float("1e-400"), 0);
  for (const char* bad : {"", "1e", "1.5f", "inf", "-infinity", "nan", "1e400", " 1", "1,5"}) {
    EXPECT_EQ(parse_float(bad), std::nullopt) << bad;
  }
  EXPECT_EQ(parse_float(std::string("1\0"
                                    "5",
                                    3)),
            std::nullopt);
}

TEST(KattisDefaultValidatorTest, SplitsFlagStrings) {
  EXPECT_EQ(split_words("  float_tolerance\t1e-6 \n"),
            (std::vector<std::string>{"float_tolerance", "1e-6"}));
  EXPECT_TRUE(split_words(" \t").empty());
}

TEST(KattisDefaultValidatorTest, ReadsFilesAndReportsMissingOnes) {
  TempDir tmp("kattis-validator-test");
  unit::write_file(tmp.path() / "out", "4\n");
  unit::write_file(tmp.path() / "ans", "4\n");
  EXPECT_EQ(default_validate_files({}, tmp.path() / "out", tmp.path() / "ans").verdict,
            Verdict::kAccepted);
  const ValidatorResult missing = default_validate_files({}, tmp.path() / "out", tmp.path() / "x");
  EXPECT_EQ(missing.verdict, Verdict::kInternalError);
  EXPECT_THAT(missing.message, HasSubstr("cannot read the answer"));
  // A folder opens but cannot be read (EISDIR): a read error is reported, not judged as an
  // empty output.
  const ValidatorResult folder = default_validate_files({}, tmp.path(), tmp.path() / "ans");
  EXPECT_EQ(folder.verdict, Verdict::kInternalError) << folder.message;
  EXPECT_THAT(folder.message, HasSubstr("cannot read the output"));
}

}  // namespace
}  // namespace judge::kattis
