// Runs a person asks for to see the sandbox at work: `judge doctor` (each toolchain's version,
// printed inside the sandbox) and `judge sandbox` (any program, by hand). The command-line
// program renders what these return.
#pragma once

#include <string>
#include <vector>

#include "judge/language.h"
#include "judge/profiles.h"
#include "judge/runner.h"

namespace judge {

/// The first line `language`'s version command prints, run in the sandbox (profiles::doctor):
/// that it prints one also shows the toolchain runs there. Empty when the language has no
/// version command; "does not run in the sandbox (...)" when the run fails.
[[nodiscard]] std::string toolchain_version(Runner& runner, const Language& language);

/// What `judge sandbox` runs.
struct ManualRun {
  /// PROGRAM [ARGS]. A program given by a path outside the system's folders is bound alone
  /// (not its folder) at /box.
  std::vector<std::string> command;
  profiles::ManualLimits limits;
  std::vector<std::string> binds;  ///< "SOURCE:TARGET" or "SOURCE:TARGET:rw"
  std::string stdin_file;          ///< standard input from this file, if not empty
  int stdin_fd = -1;               ///< else the caller's descriptor, or -1 for /dev/null
  int stdout_fd = -1;              ///< the caller's, or -1 to discard
};

/// Runs `run` with profiles::manual. Throws Error for a run that cannot start: no command, a
/// negative or zero limit, a missing program, a malformed bind, an unreadable input file.
[[nodiscard]] sandbox::RunResult run_manual(Runner& runner, const ManualRun& run);

}  // namespace judge
