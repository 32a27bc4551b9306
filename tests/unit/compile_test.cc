// Compiling through the Runner, and the compile cache (compile.cc). The fake runner stands in
// for the compiler: it writes into the build folder bound at /box.
#include "judge/compile.h"

#include <signal.h>

#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "judge/paths.h"
#include "test_support.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
using unit::bind_source;
using unit::exited;
using unit::FakeRunner;
using unit::slurp;
using unit::write_fd;
using unit::write_file;

// `true` stands for the compiler: it only has to exist on the host.
constexpr const char* kLanguages = R"([fake]
name = "Fake"
extensions = ["fake"]
source = "main.fake"
compile = ["true", "-O2", "-o", "main", "main.fake"]
run = ["/box/main"]
env = ["FAKE=1"]
precompiled_header = "bits/all.h"

[script]
name = "Script"
extensions = ["script"]
source = "main.script"
run = ["sh", "/box/main.script"]

[ghost]
name = "Ghost"
source = "main.ghost"
compile = ["no-such-compiler-judge", "main.ghost"]
run = ["/box/main"]
)";

class CompileTest : public ::testing::Test {
 protected:
  CompileTest()
      : languages_(Languages::parse(kLanguages, "languages.toml")),
        runner_([this](const sandbox::RunSpec& spec) { return run(spec); }) {}

  sandbox::RunResult run(const sandbox::RunSpec& spec) {
    auto box = bind_source(spec, "/box");
    EXPECT_TRUE(box.has_value());
    if (std::find(spec.argv.begin(), spec.argv.end(), "c++-header") != spec.argv.end()) {
      ++pch_builds_;
      write_file(*box / spec.argv.back(), "precompiled");  // after -o
      return exited(0);
    }
    ++compiles_;
    sources_.push_back(slurp(*box / "main.fake"));
    if (!stdout_text_.empty()) {
      write_fd(spec.stdout_fd, stdout_text_);
    }
    if (result_.exited && result_.exit_code == 0 && !result_.violated()) {
      write_file(*box / "main", "binary");
    }
    return result_;
  }

  SandboxCompiler compiler(std::size_t max_entries = 256) {
    return SandboxCompiler(runner_, tmp_.path() / "cache", max_entries);
  }

  std::size_t cache_entries() const {
    std::size_t n = 0;
    for (const auto& entry : fs::directory_iterator(tmp_.path() / "cache" / "compile")) {
      n += entry.path().filename().string()[0] != '.' ? 1 : 0;
    }
    return n;
  }

  TempDir tmp_{"judge-compile-test"};
  Languages languages_;
  FakeRunner runner_;
  sandbox::RunResult result_ = exited(0);
  std::string stdout_text_;
  std::vector<std::string> sources_;
  int compiles_ = 0;
  int pch_builds_ = 0;
};

TEST_F(CompileTest, CompilesInTheSandbox) {
  SandboxCompiler c = compiler();
  CompileResult result = c.compile(languages_.get("fake"), "source 1\n", "two-sum.fake");
  EXPECT_TRUE(result.ok);
  EXPECT_FALSE(result.cached);
  EXPECT_FALSE(result.internal_error);
  EXPECT_EQ(result.message, "");
  EXPECT_TRUE(fs::exists(result.dir / "main"));
  EXPECT_EQ(slurp(result.dir / "main.fake"), "source 1\n");
  EXPECT_EQ(sources_, (std::vector<std::string>{"source 1\n"}));
  ASSERT_EQ(runner_.calls.size(), 1u);
  const sandbox::RunSpec& spec = runner_.calls[0];
  EXPECT_EQ(spec.argv, (std::vector<std::string>{"true", "-O2", "-o", "main", "main.fake"}));
  EXPECT_EQ(spec.cwd, "/box");
  EXPECT_EQ(spec.profile, sandbox::Profile::kToolchain);
  EXPECT_TRUE(spec.binds[0].writable);
  EXPECT_NE(std::find(spec.env.begin(), spec.env.end(), "FAKE=1"), spec.env.end());
}

TEST_F(CompileTest, SkipsCompilingUnchangedSource) {
  SandboxCompiler c = compiler();
  CompileResult first = c.compile(languages_.get("fake"), "source\n", "a.fake");
  CompileResult second = c.compile(languages_.get("fake"), "source\n", "b.fake");
  EXPECT_TRUE(second.ok);
  EXPECT_TRUE(second.cached);
  EXPECT_EQ(second.dir, first.dir);
  EXPECT_EQ(compiles_, 1);
  // A new Compiler over the same cache (the next `judge submit`) hits it too.
  SandboxCompiler later = compiler();
  EXPECT_TRUE(later.compile(languages_.get("fake"), "source\n", "a.fake").cached);
  EXPECT_EQ(compiles_, 1);
  // Another source compiles.
  EXPECT_FALSE(c.compile(languages_.get("fake"), "source 2\n", "a.fake").cached);
  EXPECT_EQ(compiles_, 2);
}

TEST_F(CompileTest, ReportsCompileErrorsUnderTheUsersFileName) {
  result_ = exited(1, "main.fake:3:1: error: 'x' was not declared\nmain.fake: 1 error\n\n  \n");
  stdout_text_ = "In file main.fake:\n";
  CompileResult result = compiler().compile(languages_.get("fake"), "bad\n", "two-sum.fake");
  EXPECT_FALSE(result.ok);
  EXPECT_FALSE(result.internal_error);
  EXPECT_EQ(result.message,
            "In file two-sum.fake:\ntwo-sum.fake:3:1: error: 'x' was not declared\n"
            "two-sum.fake: 1 error\n");
}

TEST_F(CompileTest, CutsLongCompilerMessages) {
  std::string text;
  for (int i = 1; i <= 100; ++i) {
    text += fmt::format("error {}\n", i);
  }
  result_ = exited(1, text);
  CompileResult result = compiler().compile(languages_.get("fake"), "bad\n", "a.fake");
  EXPECT_EQ(result.message.rfind("error 1\nerror 2\n", 0), 0u);
  EXPECT_NE(result.message.find("error 60\n... (40 more lines)\n"), std::string::npos);
  EXPECT_EQ(result.message.find("error 61"), std::string::npos);
}

TEST_F(CompileTest, CompilerLimitsAreCompileErrors) {
  result_ = unit::killed(SIGKILL);
  result_.limit = sandbox::LimitKind::kCpuTime;
  EXPECT_EQ(compiler().compile(languages_.get("fake"), "slow\n", "a.fake").message,
            "compilation took too long (over 30 s of CPU time)\n");
  result_ = exited(0);
  result_.limit = sandbox::LimitKind::kMemory;
  CompileResult result = compiler().compile(languages_.get("fake"), "big\n", "a.fake");
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.message, "compilation needed more than 2 GiB of memory\n");
  result_.limit = sandbox::LimitKind::kStderr;
  result = compiler().compile(languages_.get("fake"), "noisy\n", "a.fake");
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.message, "the compiler wrote too much output\n");
}

TEST_F(CompileTest, ForbiddenCallIsAnInternalErrorAndNotCached) {
  result_ = unit::killed(SIGSYS);
  result_.violation_syscall = 101;
  result_.violation_name = "ptrace";
  SandboxCompiler c = compiler();
  CompileResult result = c.compile(languages_.get("fake"), "src\n", "a.fake");
  EXPECT_FALSE(result.ok);
  EXPECT_TRUE(result.internal_error);
  EXPECT_EQ(result.message, "the compiler made a forbidden system call (ptrace)\n");
  result_ = exited(0);
  result = c.compile(languages_.get("fake"), "src\n", "a.fake");
  EXPECT_TRUE(result.ok);
  EXPECT_FALSE(result.cached);
  EXPECT_EQ(compiles_, 2);
}

TEST_F(CompileTest, InterpretedLanguageNeedsNoRun) {
  CompileResult result = compiler().compile(languages_.get("script"), "echo hi\n", "hi.script");
  EXPECT_TRUE(result.ok);
  EXPECT_TRUE(runner_.calls.empty());
  EXPECT_EQ(slurp(result.dir / "main.script"), "echo hi\n");
}

TEST_F(CompileTest, MissingToolchainThrows) {
  const Language& ghost = languages_.get("ghost");
  EXPECT_FALSE(Compiler::available(ghost));
  EXPECT_TRUE(Compiler::available(languages_.get("fake")));
  EXPECT_FALSE(compiler().installed(ghost));
  EXPECT_TRUE(compiler().installed(languages_.get("fake")));
  EXPECT_EQ(unit::error_of([&] { (void)compiler().compile(ghost, "x", "x.ghost"); }),
            "Ghost is not installed: 'no-such-compiler-judge' was not found in /usr/local/bin, "
            "/usr/bin or /bin");
  EXPECT_EQ(unit::hint_of([&] { (void)compiler().compile(ghost, "x", "x.ghost"); }),
            "install its toolchain");
}

TEST_F(CompileTest, UsesAPrecompiledHeaderOnceWhenIncluded) {
  SandboxCompiler c = compiler();
  CompileResult result =
      c.compile(languages_.get("fake"), "#include <bits/all.h>\nint main() {}\n", "a.fake");
  EXPECT_TRUE(result.ok);
  EXPECT_EQ(pch_builds_, 1);
  ASSERT_EQ(runner_.calls.size(), 2u);
  EXPECT_EQ(runner_.calls[0].argv, (std::vector<std::string>{"true", "-O2", "-x", "c++-header",
                                                             "stub-all.h", "-o", "out.gch"}));
  const sandbox::RunSpec& spec = runner_.calls[1];
  EXPECT_EQ(spec.argv,
            (std::vector<std::string>{"true", "-I/pch", "-O2", "-o", "main", "main.fake"}));
  auto pch = bind_source(spec, "/pch");
  ASSERT_TRUE(pch.has_value());
  EXPECT_TRUE(fs::exists(*pch / "bits/all.h.gch"));
  EXPECT_TRUE(fs::exists(*pch / "bits/all.h"));  // the stub, found first through -I
  // Another source that includes it reuses the header.
  (void)c.compile(languages_.get("fake"), "  #  include <bits/all.h>\n// 2\n", "a.fake");
  EXPECT_EQ(pch_builds_, 1);
  EXPECT_EQ(runner_.calls.back().argv[1], "-I/pch");
  // One that does not include it compiles without.
  (void)c.compile(languages_.get("fake"), "#include <vector>\n", "a.fake");
  EXPECT_EQ(runner_.calls.back().argv[1], "-O2");
}

TEST_F(CompileTest, EvictsTheLeastRecentlyUsed) {
  SandboxCompiler c = compiler(2);
  for (const char* source : {"1", "2", "3"}) {
    EXPECT_TRUE(c.compile(languages_.get("fake"), source, "a.fake").ok);
  }
  EXPECT_EQ(cache_entries(), 2u);
}

}  // namespace
}  // namespace judge
