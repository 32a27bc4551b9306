// The keeper: PID 1 of a run (with namespaces), cloned by the helper for each run. It makes the
// run's mounts, starts the candidate, watches it against the limits, ends every process of the
// run and reports once.
#pragma once

namespace sandbox::detail {

/// Entry of the keeper process (clone callback in the helper; the argument is its ChildPlan).
/// Never returns.
[[noreturn]] int keeper_main(void* plan) noexcept;

}  // namespace sandbox::detail
