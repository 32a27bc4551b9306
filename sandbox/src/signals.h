// Signals and the lifetimes of a run's processes (helper half only): what the keeper and the
// program start with, who dies with whom, and how the keeper ends every process of the run.
#pragma once

#include <sys/types.h>

namespace sandbox::detail {

struct CandidateState;
struct ChildPlan;

/// The keeper's first step: it dies with the helper, keeps the judge's memory out of reach,
/// and (without a PID namespace) inherits the run's orphans.
void protect_keeper(const ChildPlan& plan) noexcept;

/// Clears the signal mask and the dispositions the helper could not reset, before the
/// candidate is cloned (it inherits both).
void reset_signals() noexcept;

/// Candidate step "session". 0 or an errno.
[[nodiscard]] int start_session(CandidateState& state) noexcept;

/// Candidate step "parent-death signal": without a PID namespace, the program dies with its
/// keeper. 0 or an errno.
[[nodiscard]] int die_with_keeper(CandidateState& state) noexcept;

/// Kills every process of the run (the keeper stays).
void kill_run(const ChildPlan& plan, pid_t candidate) noexcept;

/// Once the candidate is reaped: kills and reaps whatever the run left behind.
void end_leftovers(const ChildPlan& plan, pid_t candidate) noexcept;

}  // namespace sandbox::detail
