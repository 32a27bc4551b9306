// Every verdict in every core language, through the built judge with the real toolchains, and
// each kind of checker: Kattis and testlib programs, float tolerance.
#include <cctype>
#include <string>
#include <tuple>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "harness.h"

namespace e2e {
namespace {

struct Lang {
  const char* id;         // the judge's language ID
  const char* extension;  // of the test programs
  const char* toolchain;  // what must be installed to compile
  const char* runtime;    // and to run
  const char* label;      // for test names
};

constexpr Lang kLanguages[] = {
    {"c", "c", "gcc", "gcc", "C"},
    {"cpp", "cpp", "g++", "g++", "Cpp"},
    {"python", "py", "python3", "python3", "Python"},
    {"java", "java", "javac", "java", "Java"},
    {"javascript", "js", "node", "node", "Javascript"},
};

// The programs of e2e-programs/e2e-add, by verdict: ac.c, wa.c, ... sv.js.
constexpr const char* kVerdicts[] = {"AC", "WA", "TLE", "MLE", "OLE", "RE", "CE", "SV"};

std::string lower(std::string s) {
  for (char& c : s) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return s;
}

int exit_code_for(const std::string& verdict) {
  if (verdict == "AC") {
    return 0;
  }
  return verdict == "IE" ? 3 : 1;
}

using VerdictParam = std::tuple<Lang, const char*>;

class VerdictTest : public JudgeTest, public ::testing::WithParamInterface<VerdictParam> {};

TEST_P(VerdictTest, SubmitGetsTheProgramsVerdict) {
  const auto& [lang, verdict_text] = GetParam();
  const std::string verdict = verdict_text;
  if (!have_program(lang.toolchain) || !have_program(lang.runtime)) {
    GTEST_SKIP() << lang.toolchain << " or " << lang.runtime << " is not installed";
  }
  const fs::path file = program("e2e-add", fmt::format("{}.{}", lower(verdict), lang.extension));
  json j = submit_json(file, problem_dir("e2e-add").string(), exit_code_for(verdict));
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), verdict) << j.dump(2);
  EXPECT_EQ(j.at("language"), lang.id);
  EXPECT_EQ(j.at("problem"), "e2e-add");
  const json& tests = j.at("tests");
  if (verdict == "CE") {
    EXPECT_FALSE(j.at("compile").at("ok"));
    EXPECT_NE(j.at("compile").at("message"), "") << "the compiler's complaint is shown";
    EXPECT_TRUE(tests.empty()) << j.dump(2);
    return;
  }
  EXPECT_TRUE(j.at("compile").at("ok")) << j.dump(2);
  if (verdict == "AC") {
    ASSERT_EQ(tests.size(), 4U) << j.dump(2);
    for (const auto& t : tests) {
      EXPECT_EQ(t.at("verdict"), "AC") << t.dump();
      EXPECT_EQ(t.at("exit_code"), 0) << t.dump();
    }
    return;
  }
  // The sample always runs; the hidden tests stop at the first failure.
  ASSERT_EQ(tests.size(), 2U) << j.dump(2);
  EXPECT_EQ(tests[0].at("name"), "sample/01");
  EXPECT_EQ(tests[1].at("name"), "hidden/1");
  for (const auto& t : tests) {
    EXPECT_EQ(t.at("verdict"), verdict) << t.dump();
  }
  const std::string message = tests[1].at("message");
  if (verdict == "TLE") {
    // On a busy machine the wall-clock limit may come first.
    EXPECT_TRUE(message.find("CPU time over the limit") != std::string::npos ||
                message.find("wall-clock limit") != std::string::npos)
        << message;
  } else if (verdict == "SV") {
    EXPECT_NE(message.find("forbidden system call"), std::string::npos) << message;
  } else if (verdict == "RE") {
    const bool crashed = !tests[1].at("signal").is_null() || tests[1].at("exit_code") != 0;
    EXPECT_TRUE(crashed) << tests[1].dump();
  }
}

TEST_F(JudgeTest, RunawayRecursionIsAStackOverflowNotAMemoryLimit) {
  // The stack is three quarters of the memory limit: a recursion without end overflows it
  // (RE) before it has taken all the memory (which would read as MLE).
  json j =
      submit_json(program("e2e-add", "runaway_recursion.cpp"), problem_dir("e2e-add").string(), 1);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), "RE") << j.dump(2);
  const std::string message = j.at("tests")[0].at("message");
  EXPECT_NE(message.find("stack overflow"), std::string::npos) << message;
}

TEST_F(JudgeTest, DeepRecursionWithinTheMemoryLimitIsAccepted) {
  json j =
      submit_json(program("e2e-add", "deep_recursion.cpp"), problem_dir("e2e-add").string(), 0);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), "AC") << j.dump(2);
}

std::vector<VerdictParam> all_verdicts() {
  std::vector<VerdictParam> params;
  for (const auto& lang : kLanguages) {
    for (const char* verdict : kVerdicts) {
      params.emplace_back(lang, verdict);
    }
  }
  return params;
}

std::string verdict_name(const ::testing::TestParamInfo<VerdictParam>& param) {
  return fmt::format("{}{}", std::get<0>(param.param).label, std::get<1>(param.param));
}

INSTANTIATE_TEST_SUITE_P(CoreLanguages, VerdictTest, ::testing::ValuesIn(all_verdicts()),
                         verdict_name);

// --- checkers ---------------------------------------------------------------------------------

class CheckerKindTest : public JudgeTest {
 protected:
  void SetUp() override {
    JudgeTest::SetUp();
    for (const char* tool : {"g++", "python3"}) {
      if (!have_program(tool)) {
        GTEST_SKIP() << tool << " is not installed";
      }
    }
  }
};

TEST_F(CheckerKindTest, KattisCheckerAcceptsAnyValidAnswer) {
  // Prints "1 4" where the answer file says "2 3".
  json j = submit_json(program("e2e-kattis", "ac.cpp"), problem_dir("e2e-kattis").string(), 0);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), "AC") << j.dump(2);
  EXPECT_EQ(j.at("tests").size(), 3U);
}

TEST_F(CheckerKindTest, KattisCheckerRejectsWithItsMessageOnSamplesOnly) {
  json j = submit_json(program("e2e-kattis", "wa.py"), problem_dir("e2e-kattis").string(), 1);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), "WA") << j.dump(2);
  ASSERT_EQ(j.at("tests").size(), 2U) << j.dump(2);
  // judgemessage.txt for a sample; nothing from the checker for a hidden test.
  EXPECT_EQ(j["tests"][0].at("message"), "both numbers must be positive");
  EXPECT_EQ(j["tests"][1].at("verdict"), "WA");
  EXPECT_EQ(j["tests"][1].at("message"), "");
  EXPECT_EQ(j["tests"][1].at("desc"), "the smallest n");
}

TEST_F(CheckerKindTest, TestlibCheckerAccepts) {
  json j = submit_json(program("e2e-testlib", "ac.py"), problem_dir("e2e-testlib").string(), 0);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), "AC") << j.dump(2);
}

TEST_F(CheckerKindTest, TestlibCheckerWrongAnswerAndPresentationErrorAreWrongAnswers) {
  json wa = submit_json(program("e2e-testlib", "wa.py"), problem_dir("e2e-testlib").string(), 1);
  ASSERT_TRUE(wa.is_object());
  EXPECT_EQ(wa.at("verdict"), "WA") << wa.dump(2);
  EXPECT_EQ(wa["tests"][0].at("message"), "the numbers do not add up to n");
  json pe = submit_json(program("e2e-testlib", "pe.py"), problem_dir("e2e-testlib").string(), 1);
  ASSERT_TRUE(pe.is_object());
  EXPECT_EQ(pe.at("verdict"), "WA") << pe.dump(2);
  EXPECT_EQ(pe["tests"][0].at("message"), "expected two integers");
}

TEST_F(CheckerKindTest, TestlibCheckerFailureIsAnInternalError) {
  // A broken answer file: the checker says "fail" (exit 3), which is never the candidate's fault.
  const fs::path copy = scratch() / "e2e-testlib";
  fs::copy(problem_dir("e2e-testlib"), copy, fs::copy_options::recursive);
  write_file(copy / "data" / "sample" / "01.ans", "not an answer\n");
  json j = submit_json(program("e2e-testlib", "ac.py"), copy.string(), 3);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), "IE") << j.dump(2);
  const std::string message = j["tests"][0].at("message");
  EXPECT_NE(message.find("the checker failed"), std::string::npos) << message;
}

TEST_F(CheckerKindTest, FloatCheckerAcceptsWithinTolerance) {
  // Off by 1e-9 relative: accepted.
  json j = submit_json(program("e2e-float", "close.py"), problem_dir("e2e-float").string(), 0);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), "AC") << j.dump(2);
}

TEST_F(CheckerKindTest, FloatCheckerRejectsBeyondTolerance) {
  // Two decimals: 1.67 against 1.666666667.
  json j = submit_json(program("e2e-float", "wa.py"), problem_dir("e2e-float").string(), 1);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), "WA") << j.dump(2);
  const std::string message = j["tests"][0].at("message");
  EXPECT_NE(message.find("1.666666667"), std::string::npos) << message;
}

}  // namespace
}  // namespace e2e
