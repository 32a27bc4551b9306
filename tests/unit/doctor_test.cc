// judge doctor's and judge sandbox's runs (doctor.cc) against a FakeRunner.
#include "judge/doctor.h"

#include <signal.h>

#include <cstdio>
#include <string>

#include <gtest/gtest.h>

#include "judge/paths.h"
#include "test_support.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using unit::exited;
using unit::FakeRunner;
using unit::read_fd;
using unit::write_fd;
using unit::write_file;

Language with_version(std::vector<std::string> version) {
  Language lang;
  lang.id = "fake";
  lang.run = {"fake"};
  lang.version = std::move(version);
  return lang;
}

TEST(DoctorTest, ToolchainVersionIsTheFirstLinePrintedInTheSandbox) {
  FakeRunner runner([](const sandbox::RunSpec& spec) {
    write_fd(spec.stdout_fd, "fake 1.2.3\nCopyright\n");
    return exited(0);
  });
  EXPECT_EQ(toolchain_version(runner, with_version({"fake", "--version"})), "fake 1.2.3");
  ASSERT_EQ(runner.calls.size(), 1u);
  EXPECT_EQ(runner.calls[0].argv, (std::vector<std::string>{"fake", "--version"}));
  EXPECT_EQ(runner.calls[0].profile, sandbox::Profile::kToolchain);
  EXPECT_GT(runner.calls[0].limits.wall_time, 0ms);
}

TEST(DoctorTest, ToolchainVersionSaysWhyItDoesNotRun) {
  FakeRunner runner([](const sandbox::RunSpec&) { return exited(1, "error: no JVM\n"); });
  EXPECT_EQ(toolchain_version(runner, with_version({"fake", "--version"})),
            "does not run in the sandbox (error: no JVM)");
  runner = FakeRunner([](const sandbox::RunSpec&) {
    sandbox::RunResult r = unit::killed(SIGSYS);
    r.violation_syscall = 41;
    r.violation_name = "socket";
    return r;
  });
  EXPECT_EQ(toolchain_version(runner, with_version({"fake", "--version"})),
            "does not run in the sandbox (forbidden call socket)");
}

TEST(DoctorTest, NoVersionCommandRunsNothing) {
  FakeRunner runner([](const sandbox::RunSpec&) { return exited(0); });
  EXPECT_EQ(toolchain_version(runner, with_version({})), "");
  EXPECT_TRUE(runner.calls.empty());
}

class ManualRunTest : public ::testing::Test {
 protected:
  TempDir tmp_{"judge-doctor-test"};
  FakeRunner runner_{[](const sandbox::RunSpec& spec) {
    if (spec.stdin_fd >= 0) {
      write_fd(spec.stdout_fd, read_fd(spec.stdin_fd));
    }
    return exited(0);
  }};
};

TEST_F(ManualRunTest, BindsAProgramGivenByPathAloneAtBox) {
  write_file(tmp_.path() / "prog", "#!/bin/sh\n");
  ManualRun run;
  run.command = {(tmp_.path() / "prog").string(), "--flag"};
  run.binds = {"/srv/data:/data", "/srv/out:/out:rw"};
  run.limits.time_s = 2;
  EXPECT_TRUE(run_manual(runner_, run).ok());
  ASSERT_EQ(runner_.calls.size(), 1u);
  const sandbox::RunSpec& spec = runner_.calls[0];
  EXPECT_EQ(spec.argv, (std::vector<std::string>{"/box/prog", "--flag"}));
  ASSERT_EQ(spec.binds.size(), 3u);
  EXPECT_EQ(spec.binds[0].source, (tmp_.path() / "prog").string());
  EXPECT_EQ(spec.binds[0].target, "/box/prog");
  EXPECT_EQ(spec.binds[1].target, "/data");
  EXPECT_FALSE(spec.binds[1].writable);
  EXPECT_EQ(spec.binds[2].source, "/srv/out");
  EXPECT_EQ(spec.binds[2].target, "/out");
  EXPECT_TRUE(spec.binds[2].writable);
  EXPECT_EQ(spec.limits.cpu_time, 2000ms);
  EXPECT_EQ(spec.limits.wall_time, 5000ms);
}

TEST_F(ManualRunTest, RunsSystemProgramsWhereTheyAre) {
  ManualRun run;
  run.command = {"/usr/bin/env"};
  (void)run_manual(runner_, run);
  EXPECT_EQ(runner_.calls.at(0).argv, (std::vector<std::string>{"/usr/bin/env"}));
  EXPECT_TRUE(runner_.calls.at(0).binds.empty());
}

TEST_F(ManualRunTest, ReadsStandardInputFromAFile) {
  write_file(tmp_.path() / "in", "hello\n");
  std::FILE* out = std::fopen((tmp_.path() / "out").c_str(), "w");
  ASSERT_NE(out, nullptr);
  ManualRun run;
  run.command = {"cat"};
  run.stdin_file = (tmp_.path() / "in").string();
  run.stdout_fd = fileno(out);
  (void)run_manual(runner_, run);
  std::fclose(out);
  EXPECT_EQ(unit::slurp(tmp_.path() / "out"), "hello\n");
}

TEST_F(ManualRunTest, RefusesWhatCannotRun) {
  ManualRun run;
  EXPECT_EQ(unit::error_of([&] { (void)run_manual(runner_, run); }), "nothing to run");
  run.command = {"cat"};
  run.limits.memory_mib = 0;
  EXPECT_EQ(unit::error_of([&] { (void)run_manual(runner_, run); }),
            "--time and --wall must not be negative; --memory and --output must be positive");
  run.limits.memory_mib = 64;
  run.binds = {"nocolon"};
  EXPECT_EQ(unit::error_of([&] { (void)run_manual(runner_, run); }),
            "--bind nocolon: expected SOURCE:TARGET[:rw]");
  run.binds.clear();
  run.command = {"./no-such-program-judge"};
  EXPECT_EQ(unit::error_of([&] { (void)run_manual(runner_, run); }),
            "no such program: ./no-such-program-judge");
  run.command = {"cat"};
  run.stdin_file = (tmp_.path() / "missing").string();
  EXPECT_EQ(unit::error_of([&] { (void)run_manual(runner_, run); }),
            "cannot read " + run.stdin_file);
  EXPECT_FALSE(unit::hint_of([&] { (void)run_manual(runner_, run); }).empty());
  EXPECT_TRUE(runner_.calls.empty());
}

}  // namespace
}  // namespace judge
