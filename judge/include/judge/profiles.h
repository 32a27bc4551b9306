// Run profiles: every RunSpec the engine hands to the sandbox starts from one of these, so that
// each kind of run has its limits chosen, and explained, in one place (profiles.cc). A profile
// sets every limit, the wall-clock limit included; the caller adds only what is particular to
// one run: extra arguments, data files, standard input and output.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "judge/language.h"
#include "judge/problem.h"
#include "sandbox/run.h"

namespace judge {

/// The environment every sandboxed compile and run gets, plus the language's own variables.
[[nodiscard]] std::vector<std::string> base_environment(const Language* language);

/// Substitutes {memory} and {stack} (MiB) in a command.
[[nodiscard]] std::vector<std::string> expand_command(const std::vector<std::string>& command,
                                                      std::uint64_t memory_mib,
                                                      std::uint64_t stack_mib);

/// The CPU limit, in seconds, of a submission on `problem`: the problem's limit scaled for
/// `language` (languages.toml), times `time_scale` (pack check tries twice the limit).
[[nodiscard]] double program_time_limit_s(const Language& language, const Problem& problem,
                                          double time_scale = 1.0);

namespace profiles {

/// A submission on one test (Judge::run_program). argv is the language's run command; the
/// build folder is seen read-only at /box.
[[nodiscard]] sandbox::RunSpec program(const Language& language, const Problem& problem,
                                       const std::filesystem::path& build_dir,
                                       double time_scale = 1.0);

/// The complexity probe: a solution run on inputs of growing size to see how its time grows.
/// A submission's isolation and memory, with room past the time limit to measure the trend.
[[nodiscard]] sandbox::RunSpec probe(const Language& language, const Problem& problem,
                                     const std::filesystem::path& build_dir);

/// A compiler working in `build_dir`, seen writable at /box (a capped private copy, copied
/// back). argv is the caller's.
[[nodiscard]] sandbox::RunSpec compiler(const Language& language,
                                        const std::filesystem::path& build_dir);

/// The one build of a precompiled header (SandboxCompiler): a compiler with more time and
/// scratch space, for a header of over 100 MiB.
[[nodiscard]] sandbox::RunSpec header_compiler(const Language& language,
                                               const std::filesystem::path& build_dir);

/// A pack's custom checker. argv is the checker's run command; the checker's protocol adds its
/// arguments, its data files and its standard input (checkers/).
[[nodiscard]] sandbox::RunSpec checker(const Language& language,
                                       const std::filesystem::path& build_dir);

/// A pack's test generator. argv is its run command; the test's arguments follow.
[[nodiscard]] sandbox::RunSpec generator(const Language& language,
                                         const std::filesystem::path& build_dir);

/// judge doctor: a toolchain printing its version, which also shows that it runs in the
/// sandbox. argv is the language's version command.
[[nodiscard]] sandbox::RunSpec doctor(const Language& language);

/// The limits a user gives `judge sandbox` (zero wall time: the usual twice the CPU time plus
/// one second).
struct ManualLimits {
  double time_s = 10;
  double wall_s = 0;
  std::uint64_t memory_mib = 256;
  std::uint64_t output_mib = 64;
  bool toolchain = false;  ///< fork and exec allowed, as for compilers
};

/// judge sandbox: any program, run by hand with the user's limits. argv and binds are the
/// caller's.
[[nodiscard]] sandbox::RunSpec manual(const ManualLimits& limits);

}  // namespace profiles
}  // namespace judge
