// The run profiles (profiles.cc): each sets its limits itself, the wall clock included, and
// the submission's follows the problem and the language.
#include "judge/profiles.h"

#include <string>

#include <gtest/gtest.h>

#include "sandbox/limits.h"

namespace judge {
namespace {

using namespace std::chrono_literals;
using sandbox::kMiB;

Language fake_language() {
  Language lang;
  lang.id = "fake";
  lang.run = {"/box/main", "--memory={memory}", "--stack={stack}"};
  lang.version = {"fake", "--version"};
  lang.time_multiplier = 2.0;
  lang.time_offset = 0.5;
  lang.memory_extra_mib = 16;
  lang.address_space_mib = 512;
  return lang;
}

Problem fake_problem() {
  Problem problem;
  problem.time_limit_s = 1.5;
  problem.memory_mib = 128;
  problem.output_mib = 4;
  return problem;
}

TEST(ProfilesTest, EveryProfileSetsItsOwnWallClockLimit) {
  const Language lang = fake_language();
  const Problem problem = fake_problem();
  const std::vector<std::pair<std::string, sandbox::RunSpec>> specs = {
      {"program", profiles::program(lang, problem, "/b")},
      {"probe", profiles::probe(lang, problem, "/b")},
      {"compiler", profiles::compiler(lang, "/b")},
      {"header_compiler", profiles::header_compiler(lang, "/b")},
      {"checker", profiles::checker(lang, "/b")},
      {"generator", profiles::generator(lang, "/b")},
      {"doctor", profiles::doctor(lang)},
      {"manual", profiles::manual({})},
      {"manual without a CPU limit", profiles::manual({.time_s = 0})},
  };
  for (const auto& [name, spec] : specs) {
    EXPECT_GT(spec.limits.wall_time, 0ms) << name;
    EXPECT_GE(spec.limits.wall_time, spec.limits.cpu_time) << name;
    EXPECT_GT(spec.limits.memory_bytes, 0u) << name;
  }
}

TEST(ProfilesTest, ProgramFollowsTheProblemAndTheLanguage) {
  sandbox::RunSpec spec = profiles::program(fake_language(), fake_problem(), "/build", 2.0);
  EXPECT_EQ(spec.profile, sandbox::Profile::kProgram);
  // 1.5 s * 2 + 0.5 s, twice.
  EXPECT_EQ(spec.limits.cpu_time, 7000ms);
  EXPECT_EQ(spec.limits.wall_time, 15000ms);
  EXPECT_EQ(spec.limits.memory_bytes, 144 * kMiB);
  EXPECT_EQ(spec.limits.stack_bytes, 108 * kMiB);  // three quarters of the memory
  EXPECT_EQ(spec.limits.stdout_bytes, 4 * kMiB);
  EXPECT_EQ(spec.argv, (std::vector<std::string>{"/box/main", "--memory=128", "--stack=108"}));
  ASSERT_EQ(spec.binds.size(), 1u);
  EXPECT_EQ(spec.binds[0].source, "/build");
  EXPECT_EQ(spec.binds[0].target, "/box");
  EXPECT_FALSE(spec.binds[0].writable);
  EXPECT_TRUE(spec.binds[0].copy);
  EXPECT_DOUBLE_EQ(program_time_limit_s(fake_language(), fake_problem(), 2.0), 7.0);
}

TEST(ProfilesTest, ALanguagesOwnStackWins) {
  Language lang = fake_language();
  lang.stack_mib = 32;
  EXPECT_EQ(profiles::program(lang, fake_problem(), "/b").limits.stack_bytes, 32 * kMiB);
}

TEST(ProfilesTest, ProbeHasRoomPastTheTimeLimit) {
  const sandbox::RunSpec program = profiles::program(fake_language(), fake_problem(), "/b");
  const sandbox::RunSpec probe = profiles::probe(fake_language(), fake_problem(), "/b");
  EXPECT_EQ(probe.limits.cpu_time, 4 * program.limits.cpu_time);
  EXPECT_EQ(probe.limits.memory_bytes, program.limits.memory_bytes);
  EXPECT_EQ(probe.profile, sandbox::Profile::kProgram);
}

TEST(ProfilesTest, CompilerWorksInAWritableCopyOfTheBuildFolder) {
  sandbox::RunSpec spec = profiles::compiler(fake_language(), "/build");
  EXPECT_EQ(spec.profile, sandbox::Profile::kToolchain);
  EXPECT_EQ(spec.cwd, "/box");
  ASSERT_EQ(spec.binds.size(), 1u);
  EXPECT_TRUE(spec.binds[0].writable);
  EXPECT_TRUE(spec.binds[0].copy);
  EXPECT_TRUE(spec.argv.empty()) << "the compile command is the caller's";
  EXPECT_GT(profiles::header_compiler(fake_language(), "/build").limits.cpu_time,
            spec.limits.cpu_time);
}

TEST(ProfilesTest, PackHelpersAreToldAFixedHeapAndStack) {
  for (const auto& spec :
       {profiles::checker(fake_language(), "/b"), profiles::generator(fake_language(), "/b")}) {
    EXPECT_EQ(spec.argv, (std::vector<std::string>{"/box/main", "--memory=1024", "--stack=64"}));
    EXPECT_EQ(spec.profile, sandbox::Profile::kProgram);
    EXPECT_FALSE(spec.binds.at(0).writable);
  }
}

TEST(ProfilesTest, DoctorRunsTheVersionCommand) {
  sandbox::RunSpec spec = profiles::doctor(fake_language());
  EXPECT_EQ(spec.argv, (std::vector<std::string>{"fake", "--version"}));
  EXPECT_EQ(spec.profile, sandbox::Profile::kToolchain);
  EXPECT_TRUE(spec.binds.empty());
}

TEST(ProfilesTest, ManualTakesTheUsersLimits) {
  sandbox::RunSpec spec = profiles::manual(
      {.time_s = 2.5, .wall_s = 0, .memory_mib = 64, .output_mib = 2, .toolchain = true});
  EXPECT_EQ(spec.limits.cpu_time, 2500ms);
  EXPECT_EQ(spec.limits.wall_time, 6000ms);  // twice the CPU time plus a second
  EXPECT_EQ(spec.limits.memory_bytes, 64 * kMiB);
  EXPECT_EQ(spec.limits.stdout_bytes, 2 * kMiB);
  EXPECT_EQ(spec.profile, sandbox::Profile::kToolchain);
  EXPECT_EQ(profiles::manual({.time_s = 1, .wall_s = 7.5}).limits.wall_time, 7500ms);
  EXPECT_EQ(profiles::manual({.time_s = 0}).limits.wall_time, 10000ms);
}

}  // namespace
}  // namespace judge
