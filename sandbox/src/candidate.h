// The candidate: the keeper's child that becomes the program. Its last steps before execve are
// one table (candidate.cc), each step in its mechanism's file.
#pragma once

#include <sys/types.h>

#include <cstddef>

#include "plan.h"

namespace sandbox::detail {

/// Shared between the keeper and the candidate (CLONE_VM): where the candidate says which step
/// failed, and the seccomp listener it created.
struct CandidateState {
  const ChildPlan* plan;
  pid_t keeper = 0;
  Step failed = Step::kNone;
  int error = 0;
  int listener = -1;
};

/// A step of the candidate: 0, or the errno that ends the run before the program starts.
using CandidateStepFn = int (*)(CandidateState&) noexcept;

struct CandidateStep {
  Step step;
  const char* name;
  CandidateStepFn run;
  const char* hint;  // what to do when it fails, or nullptr
};

/// The candidate's steps, in the order it takes them.
[[nodiscard]] const CandidateStep* candidate_steps(std::size_t& count) noexcept;

/// The buffer that execve's path must be: under Profile::kProgram the filter allows execve only
/// with this address as its first argument, so a program can exec itself once (the sandbox's
/// own execve) and never a shell. Each keeper is a separate process and writes its own copy.
/// The helper is a static PIE: the address changes with every helper, and programs cannot
/// read the filter to learn it.
inline constexpr std::size_t kExecPathSize = 4096;
extern char g_exec_path[kExecPathSize];

/// Copies the plan's exec path into g_exec_path. ENAMETOOLONG if it does not fit, else 0.
[[nodiscard]] int set_exec_path(const ChildPlan& plan) noexcept;

/// Starts the candidate on `stack_top` (the keeper's memory: CLONE_VM|CLONE_VFORK) and returns
/// once it has called execve or failed a step (then `state.failed` says which). Its PID, or -1.
[[nodiscard]] pid_t start_candidate(CandidateState& state, char* stack_top) noexcept;

}  // namespace sandbox::detail
