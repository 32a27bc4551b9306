// Verdict names, and how a run's result becomes a verdict (classify.cc: classify_run; crash.cc:
// crash_summary).
#include "judge/verdict.h"

#include <signal.h>

#include <string>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "judge/judge.h"
#include "judge/language.h"
#include "test_support.h"

namespace judge {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using unit::exited;
using unit::killed;

TEST(VerdictTest, HasCodesAndDescriptions) {
  EXPECT_EQ(code(Verdict::kAccepted), "AC");
  EXPECT_EQ(code(Verdict::kWrongAnswer), "WA");
  EXPECT_EQ(code(Verdict::kTimeLimit), "TLE");
  EXPECT_EQ(code(Verdict::kMemoryLimit), "MLE");
  EXPECT_EQ(code(Verdict::kOutputLimit), "OLE");
  EXPECT_EQ(code(Verdict::kRuntimeError), "RE");
  EXPECT_EQ(code(Verdict::kCompileError), "CE");
  EXPECT_EQ(code(Verdict::kSecurityViolation), "SV");
  EXPECT_EQ(code(Verdict::kInternalError), "IE");
  EXPECT_EQ(describe(Verdict::kTimeLimit), "time limit exceeded");
  EXPECT_EQ(describe(Verdict::kInternalError), "internal error");
}

TEST(VerdictTest, ParsesCodesDescriptionsAndFolderNames) {
  EXPECT_EQ(parse_verdict("AC"), Verdict::kAccepted);
  EXPECT_EQ(parse_verdict("accepted"), Verdict::kAccepted);
  EXPECT_EQ(parse_verdict("wrong_answer"), Verdict::kWrongAnswer);
  EXPECT_EQ(parse_verdict("time_limit_exceeded"), Verdict::kTimeLimit);
  EXPECT_EQ(parse_verdict("memory_limit_exceeded"), Verdict::kMemoryLimit);
  EXPECT_EQ(parse_verdict("run_time_error"), Verdict::kRuntimeError);
  EXPECT_EQ(parse_verdict("runtime_error"), Verdict::kRuntimeError);
  EXPECT_EQ(parse_verdict("wrong answer"), Verdict::kWrongAnswer);
  EXPECT_EQ(parse_verdict("SV"), Verdict::kSecurityViolation);
  EXPECT_EQ(parse_verdict("ac"), std::nullopt);
  EXPECT_EQ(parse_verdict(""), std::nullopt);
  EXPECT_EQ(parse_verdict("bogus"), std::nullopt);
}

TEST(VerdictTest, FormatsAsItsCode) {
  EXPECT_EQ(fmt::format("{}", Verdict::kTimeLimit), "TLE");
  EXPECT_EQ(fmt::format("[{:>4}]", Verdict::kAccepted), "[  AC]");
}

class ClassifyRunTest : public ::testing::Test {
 protected:
  const Language& lang(std::string_view id) const { return languages_.get(id); }

  // The built-in definitions, with their real OOM markers.
  Languages languages_ = Languages::parse(Languages::builtin_text(), "languages.toml");
};

RunVerdict classify(const sandbox::RunResult& run, const Language& language, bool hidden = false) {
  return classify_run(run, language, 1.0, 256, hidden);
}

TEST_F(ClassifyRunTest, AcceptsACleanExit) {
  RunVerdict v = classify(exited(0), lang("cpp"));
  EXPECT_EQ(v.verdict, Verdict::kAccepted);
  EXPECT_EQ(v.message, "");
}

TEST_F(ClassifyRunTest, NamesTheForbiddenCall) {
  sandbox::RunResult run = killed(SIGSYS);
  run.violation_syscall = 41;
  run.violation_name = "socket";
  run.limit = sandbox::LimitKind::kCpuTime;  // a violation wins over anything else
  RunVerdict v = classify(run, lang("cpp"));
  EXPECT_EQ(v.verdict, Verdict::kSecurityViolation);
  EXPECT_EQ(v.message, "forbidden system call: socket");
}

TEST_F(ClassifyRunTest, CpuLimitIsTimeLimit) {
  sandbox::RunResult run = killed(SIGKILL);
  run.limit = sandbox::LimitKind::kCpuTime;
  RunVerdict v = classify_run(run, lang("python"), 3.2, 256, false);
  EXPECT_EQ(v.verdict, Verdict::kTimeLimit);
  EXPECT_EQ(v.message, "CPU time over the limit of 3.20 s");
}

TEST_F(ClassifyRunTest, WallLimitIsTimeLimit) {
  sandbox::RunResult run = killed(SIGKILL);
  run.limit = sandbox::LimitKind::kWallTime;
  RunVerdict v = classify(run, lang("cpp"));
  EXPECT_EQ(v.verdict, Verdict::kTimeLimit);
  EXPECT_EQ(v.message,
            "ran past the wall-clock limit (waiting for input, sleeping, or blocked?); CPU limit "
            "1.00 s");
}

TEST_F(ClassifyRunTest, SigxcpuIsTimeLimit) {
  RunVerdict v = classify(killed(SIGXCPU), lang("cpp"));
  EXPECT_EQ(v.verdict, Verdict::kTimeLimit);
  EXPECT_EQ(v.message, "CPU time over the limit of 1.00 s");
}

TEST_F(ClassifyRunTest, MemoryLimitIsMemoryLimit) {
  sandbox::RunResult run = killed(SIGKILL);
  run.limit = sandbox::LimitKind::kMemory;
  RunVerdict v = classify(run, lang("cpp"));
  EXPECT_EQ(v.verdict, Verdict::kMemoryLimit);
  EXPECT_EQ(v.message, "memory over the limit of 256 MiB");
}

TEST_F(ClassifyRunTest, OutputLimits) {
  sandbox::RunResult run = killed(SIGKILL);
  run.limit = sandbox::LimitKind::kStdout;
  RunVerdict v = classify(run, lang("cpp"));
  EXPECT_EQ(v.verdict, Verdict::kOutputLimit);
  EXPECT_EQ(v.message, "output over the limit");
  run.limit = sandbox::LimitKind::kStderr;
  v = classify(run, lang("cpp"));
  EXPECT_EQ(v.verdict, Verdict::kOutputLimit);
  EXPECT_EQ(v.message, "standard error over the limit");
}

struct OomCase {
  const char* name;
  const char* language;
  sandbox::RunResult run;
};

void PrintTo(const OomCase& c, std::ostream* os) {
  *os << c.name;
}

class OomMarkerTest : public ::testing::TestWithParam<OomCase> {};

std::string oom_case_name(const ::testing::TestParamInfo<OomCase>& param) {
  return param.param.name;
}

TEST_P(OomMarkerTest, IsMemoryLimit) {
  const Languages languages = Languages::parse(Languages::builtin_text(), "languages.toml");
  const OomCase& c = GetParam();
  for (bool hidden : {false, true}) {
    RunVerdict v = classify_run(c.run, languages.get(c.language), 1.0, 128, hidden);
    EXPECT_EQ(v.verdict, Verdict::kMemoryLimit) << v.message;
    EXPECT_EQ(v.message, "out of memory (limit 128 MiB)");
  }
}

INSTANTIATE_TEST_SUITE_P(
    Languages, OomMarkerTest,
    ::testing::Values(
        OomCase{"CppBadAlloc", "cpp",
                killed(SIGABRT,
                       "terminate called after throwing an instance of 'std::bad_alloc'\n"
                       "  what():  std::bad_alloc\n")},
        OomCase{"PythonMemoryError", "python",
                exited(1,
                       "Traceback (most recent call last):\n"
                       "  File \"/box/main.py\", line 1, in <module>\n"
                       "    a = [0] * 10**10\n"
                       "MemoryError\n")},
        OomCase{"PypyMemoryError", "pypy", exited(1, "MemoryError\n")},
        OomCase{"JavaOutOfMemoryError", "java",
                exited(1,
                       "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n"
                       "\tat Main.main(Main.java:4)\n")},
        OomCase{"NodeHeapOutOfMemory", "javascript",
                killed(SIGABRT,
                       "<--- Last few GCs --->\n"
                       "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out "
                       "of memory\n")},
        OomCase{"RustAllocationFailure", "rust",
                killed(SIGABRT, "memory allocation of 400000000 bytes failed\n")}),
    oom_case_name);

TEST_F(ClassifyRunTest, OomMarkersBelongToTheirLanguage) {
  // "MemoryError" means nothing from a C++ program.
  RunVerdict v = classify(exited(1, "MemoryError\n"), lang("cpp"));
  EXPECT_EQ(v.verdict, Verdict::kRuntimeError);
  EXPECT_EQ(v.message, "exit code 1: MemoryError");
}

TEST_F(ClassifyRunTest, SegmentationFault) {
  RunVerdict v = classify(killed(SIGSEGV), lang("cpp"));
  EXPECT_EQ(v.verdict, Verdict::kRuntimeError);
  EXPECT_EQ(v.message, "segmentation fault (an invalid memory access, or a stack overflow)");
}

TEST_F(ClassifyRunTest, FloatingPointException) {
  RunVerdict v = classify(killed(SIGFPE), lang("c"));
  EXPECT_EQ(v.verdict, Verdict::kRuntimeError);
  EXPECT_EQ(v.message, "floating-point exception (an integer division by zero?)");
}

TEST_F(ClassifyRunTest, OtherSignalsAreNamed) {
  EXPECT_EQ(classify(killed(SIGTERM), lang("c")).message, "killed by signal 15 (TERM)");
  EXPECT_EQ(classify(killed(SIGKILL), lang("c")).message, "killed");
  EXPECT_EQ(classify(killed(SIGBUS), lang("c")).message, "bus error (an invalid memory access)");
}

constexpr const char* kCppThrow =
    "terminate called after throwing an instance of 'std::out_of_range'\n"
    "  what():  vector::_M_range_check: __n (which is 5) >= this->size() (which is 3)\n";

TEST_F(ClassifyRunTest, AbortWithUncaughtCppException) {
  RunVerdict v = classify(killed(SIGABRT, kCppThrow), lang("cpp"));
  EXPECT_EQ(v.verdict, Verdict::kRuntimeError);
  EXPECT_EQ(v.message,
            "aborted: uncaught exception std::out_of_range: vector::_M_range_check: __n (which is "
            "5) >= this->size() (which is 3)");
  v = classify(killed(SIGABRT, kCppThrow), lang("cpp"), true);
  EXPECT_EQ(v.message, "aborted: uncaught exception std::out_of_range");
}

constexpr const char* kPythonTraceback =
    "Traceback (most recent call last):\n"
    "  File \"/box/main.py\", line 3, in <module>\n"
    "    print(1 // int(input()))\n"
    "ZeroDivisionError: integer division or modulo by zero\n";

TEST_F(ClassifyRunTest, NonZeroExitWithPythonTraceback) {
  RunVerdict v = classify(exited(1, kPythonTraceback), lang("python"));
  EXPECT_EQ(v.verdict, Verdict::kRuntimeError);
  EXPECT_EQ(v.message, "exit code 1: ZeroDivisionError: integer division or modulo by zero");
  v = classify(exited(1, kPythonTraceback), lang("python"), true);
  EXPECT_EQ(v.message, "exit code 1: ZeroDivisionError");
}

constexpr const char* kJavaTrace =
    "Exception in thread \"main\" java.lang.ArrayIndexOutOfBoundsException: Index 5 out of "
    "bounds for length 3\n"
    "\tat Main.solve(Main.java:12)\n"
    "\tat Main.main(Main.java:20)\n";

TEST_F(ClassifyRunTest, NonZeroExitWithJavaException) {
  RunVerdict v = classify(exited(1, kJavaTrace), lang("java"));
  EXPECT_EQ(v.verdict, Verdict::kRuntimeError);
  EXPECT_EQ(v.message,
            "exit code 1: java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for "
            "length 3");
  v = classify(exited(1, kJavaTrace), lang("java"), true);
  EXPECT_EQ(v.message, "exit code 1: java.lang.ArrayIndexOutOfBoundsException");
}

constexpr const char* kNodeTrace =
    "/box/main.js:3\n"
    "  throw new TypeError('bad input 42');\n"
    "  ^\n"
    "\n"
    "TypeError: bad input 42\n"
    "    at Object.<anonymous> (/box/main.js:3:9)\n"
    "    at Module._compile (node:internal/modules/cjs/loader:1256:14)\n"
    "\n"
    "Node.js v18.19.0\n";

TEST_F(ClassifyRunTest, NonZeroExitWithNodeException) {
  RunVerdict v = classify(exited(1, kNodeTrace), lang("javascript"));
  EXPECT_EQ(v.verdict, Verdict::kRuntimeError);
  EXPECT_EQ(v.message, "exit code 1: TypeError: bad input 42");
  v = classify(exited(1, kNodeTrace), lang("javascript"), true);
  EXPECT_EQ(v.message, "exit code 1: TypeError");
}

TEST_F(ClassifyRunTest, NonZeroExitWithoutStderr) {
  RunVerdict v = classify(exited(3), lang("cpp"));
  EXPECT_EQ(v.verdict, Verdict::kRuntimeError);
  EXPECT_EQ(v.message, "exit code 3");
}

TEST_F(ClassifyRunTest, NonZeroExitQuotesTheLastLineOfStderrForSamplesOnly) {
  RunVerdict v = classify(exited(2, "reading n\nbad value 42\n\n"), lang("cpp"));
  EXPECT_EQ(v.message, "exit code 2: bad value 42");
  v = classify(exited(2, "reading n\nbad value 42\n\n"), lang("cpp"), true);
  EXPECT_EQ(v.message, "exit code 2");
}

// Whatever a program writes on standard error, the message of a hidden test names at most an
// exception's type: never its text, which may quote the hidden input.
TEST_F(ClassifyRunTest, HiddenTestsNeverQuoteStderr) {
  const std::vector<std::pair<const char*, sandbox::RunResult>> runs = {
      {"cpp", killed(SIGABRT,
                     "terminate called after throwing an instance of 'std::runtime_error'\n"
                     "  what():  SECRET-42\n")},
      {"cpp", killed(SIGSEGV, "SECRET-42\n")},
      {"cpp", exited(1, "SECRET-42\n")},
      {"python", exited(1, "Traceback (most recent call last):\nKeyError: 'SECRET-42'\n")},
      {"python", exited(1, "ValueError: invalid literal for int(): 'SECRET-42'\n")},
      {"java", exited(1,
                      "Exception in thread \"main\" java.lang.NumberFormatException: For "
                      "input string: \"SECRET-42\"\n")},
      {"java", exited(1,
                      "Exception in thread \"main\" java.lang.IllegalStateException\n"
                      "Caused by: SECRET-42\n")},
      {"javascript", exited(1, "SyntaxError: Unexpected token S in JSON at SECRET-42\n")},
      {"javascript", killed(SIGABRT, "Error: SECRET-42\n    at main (/box/main.js:1:1)\n")},
  };
  for (const auto& [id, run] : runs) {
    RunVerdict v = classify(run, lang(id), true);
    EXPECT_EQ(v.verdict, Verdict::kRuntimeError) << id << ": " << run.stderr_tail;
    EXPECT_THAT(v.message, Not(HasSubstr("SECRET"))) << id << ": " << run.stderr_tail;
  }
}

// Issue 7: a program can print a fake "terminate called" line whose type name is the hidden
// input. A hidden test's message names only types from the fixed list; anything else becomes a
// generic phrase.
TEST_F(ClassifyRunTest, HiddenTestsNameOnlyKnownExceptionTypes) {
  const std::string fake =
      "terminate called after throwing an instance of '3 1 4 1 5 SECRET-42'\n"
      "  what():  nothing\n";
  // Control: for a sample, the line is the program's own business and is quoted.
  EXPECT_THAT(classify(killed(SIGABRT, fake), lang("cpp")).message, HasSubstr("SECRET-42"));
  RunVerdict v = classify(killed(SIGABRT, fake), lang("cpp"), true);
  EXPECT_EQ(v.message, "aborted: an uncaught exception");

  v = classify(exited(1, "Traceback (most recent call last):\nSECRET42Error: x\n"), lang("python"),
               true);
  EXPECT_EQ(v.message, "exit code 1: an uncaught exception");
  v = classify(exited(1, "Exception in thread \"main\" secret.n42.Exception: x\n"), lang("java"),
               true);
  EXPECT_EQ(v.message, "exit code 1: an uncaught exception");
  v = classify(exited(1, "Uncaught SECRET_42_Exception\n"), lang("javascript"), true);
  EXPECT_EQ(v.message, "exit code 1");
}

TEST_F(ClassifyRunTest, HiddenTestsKeepStandardExceptionNames) {
  EXPECT_EQ(classify(killed(SIGABRT,
                            "terminate called after throwing an instance of "
                            "'std::ios_base::failure[abi:cxx11]'\n"),
                     lang("cpp"), true)
                .message,
            "aborted: uncaught exception std::ios_base::failure");
  EXPECT_EQ(classify(killed(SIGABRT,
                            "terminate called after throwing an instance of "
                            "'std::__cxx11::basic_string<char, std::char_traits<char>, "
                            "std::allocator<char> >'\n"),
                     lang("cpp"), true)
                .message,
            "aborted: uncaught exception std::string");
  EXPECT_EQ(classify(exited(1, "java.util.NoSuchElementException\n"), lang("java"), true).message,
            "exit code 1: java.util.NoSuchElementException");
  EXPECT_EQ(classify(exited(1, "RangeError: Maximum call stack size exceeded\n"),
                     lang("javascript"), true)
                .message,
            "exit code 1: RangeError");
}

TEST(KnownExceptionTest, AcceptsTheStandardNamesOnly) {
  for (const char* name :
       {"std::bad_alloc", "std::out_of_range", "std::__cxx11::regex_error", "int", "char const*",
        "java.lang.ArithmeticException", "java.io.IOException", "java.util.InputMismatchException",
        "ZeroDivisionError", "RecursionError", "KeyError", "TypeError", "URIError",
        "AggregateError"}) {
    EXPECT_TRUE(known_exception_name(name).has_value()) << name;
  }
  for (const char* name :
       {"", "SECRET", "std::out_of_range: 42", "MyError", "Main$Oops",
        "java.lang.Secret42Exception", "std::bad_alloc ", "int 7", "std::vector<int>"}) {
    EXPECT_FALSE(known_exception_name(name).has_value()) << name;
  }
}

TEST(CrashSummaryTest, CppExceptionWithoutWhat) {
  EXPECT_EQ(crash_summary("terminate called after throwing an instance of 'int'\n", false),
            "uncaught exception int");
}

TEST(CrashSummaryTest, JavaExceptionWithoutMessage) {
  EXPECT_EQ(crash_summary("Exception in thread \"main\" java.lang.NullPointerException\n", false),
            "java.lang.NullPointerException");
}

TEST(CrashSummaryTest, PythonExceptionWithoutMessage) {
  EXPECT_EQ(crash_summary("Traceback (most recent call last):\nRecursionError\n", false),
            "RecursionError");
}

TEST(CrashSummaryTest, TakesTheLastException) {
  EXPECT_EQ(crash_summary("KeyError: 1\n\nDuring handling of the above exception, another "
                          "exception occurred:\n\nValueError: 2\n",
                          false),
            "ValueError: 2");
}

TEST(CrashSummaryTest, IgnoresCarriageReturns) {
  EXPECT_EQ(crash_summary("ValueError: x\r\n", false), "ValueError: x");
}

TEST(CrashSummaryTest, CutsALongLastLine) {
  EXPECT_EQ(crash_summary(std::string(400, 'x') + "\n", false), std::string(300, 'x') + "...");
}

TEST(CrashSummaryTest, EmptyWithoutStderr) {
  EXPECT_EQ(crash_summary("", false), "");
  EXPECT_EQ(crash_summary("\n  \n", false), "");
  EXPECT_EQ(crash_summary("", true), "");
}

}  // namespace
}  // namespace judge
