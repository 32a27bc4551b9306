// The candidate's last steps before execve, in one table. It runs on the keeper's stack and
// memory (CLONE_VM|CLONE_VFORK|CLONE_FILES) until its execve: each step returns 0 or an errno,
// and the first failure is recorded for the keeper, which reports it, and ends the candidate.
#include "candidate.h"

#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <cstring>
#include <iterator>

#include "child.h"
#include "landlock.h"
#include "rlimits.h"
#include "seccomp_filter.h"
#include "signals.h"
#include "standard_io.h"
#include "user.h"

namespace sandbox::detail {

char g_exec_path[kExecPathSize];

namespace {

SANDBOX_CHILD int enter_workdir(CandidateState& state) noexcept {
  return chdir(state.plan->cwd) == 0 ? 0 : errno;
}

// Required for an unprivileged seccomp filter and for Landlock; also keeps set-uid binaries
// from gaining anything.
SANDBOX_CHILD int set_no_new_privs(CandidateState&) noexcept {
  return prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 ? 0 : errno;
}

// Returns only if execve failed.
SANDBOX_CHILD int exec_program(CandidateState& state) noexcept {
  execve(g_exec_path, state.plan->argv, state.plan->envp);
  return errno;
}

// In order. The reasons for the order: the parent-death signal comes after the credentials,
// whose change clears it; no_new_privs before Landlock and seccomp, which an unprivileged
// process may enforce only with it; seccomp last before execve, because after it only the
// allowlist remains (execve must be on it).
constexpr CandidateStep kSteps[] = {
    {Step::kSession, "session", start_session, nullptr},  // signals.cc
    {Step::kStdio, "stdio", connect_stdio,                // standard_io.cc
     "RunSpec::stdin_fd and stdout_fd must be open descriptors, and /dev/null readable"},
    {Step::kWorkdir, "working folder", enter_workdir,
     "RunSpec::cwd must be a folder inside the sandbox: /tmp, or the target of a folder bind"},
    {Step::kRlimits, "rlimits", apply_rlimits,  // rlimits.cc
     "no limit can be raised above the judge's own hard limit (ulimit -H): lower that field of "
     "Limits, or raise the hard limit"},
    {Step::kCredentials, "credentials", apply_credentials,  // user.cc
     "inside a user namespace uid and gid 1000 must be mapped; without one, only root can run "
     "programs as nobody"},
    {Step::kParentDeath, "parent-death signal", die_with_keeper, nullptr},  // signals.cc
    {Step::kNoNewPrivs, "no_new_privs", set_no_new_privs,
     "the sandbox needs PR_SET_NO_NEW_PRIVS (Linux 3.5 or newer)"},
    {Step::kLandlock, "landlock", apply_landlock,  // landlock.cc
     "the kernel refused the run's Landlock rules; with user namespaces enabled the sandbox "
     "needs no Landlock"},
    {Step::kSeccomp, "seccomp", load_seccomp,  // seccomp_filter.cc
     "the kernel refused the seccomp filter: it needs CONFIG_SECCOMP_FILTER, and a free "
     "descriptor for the filter's listener"},
    {Step::kExec, "exec", exec_program,
     "the program must exist inside the sandbox and be executable, with its interpreter and "
     "libraries visible there (a bind, or a system folder)"},
};

SANDBOX_CHILD int candidate_main(void* arg) noexcept {
  auto& state = *static_cast<CandidateState*>(arg);
  for (const CandidateStep& step : kSteps) {
    if (const int err = step.run(state); err != 0) {
      state.failed = step.step;
      state.error = err;
      _exit(127);
    }
  }
  _exit(127);  // not reached: the exec step returns only when execve failed
}

}  // namespace

const CandidateStep* candidate_steps(std::size_t& count) noexcept {
  count = std::size(kSteps);
  return kSteps;
}

SANDBOX_CHILD int set_exec_path(const ChildPlan& plan) noexcept {
  const std::size_t length = std::strlen(plan.exec_path);
  if (length >= kExecPathSize) {
    return ENAMETOOLONG;
  }
  std::memcpy(g_exec_path, plan.exec_path, length + 1);
  return 0;
}

SANDBOX_CHILD pid_t start_candidate(CandidateState& state, char* stack_top) noexcept {
  return clone(candidate_main, stack_top, CLONE_VM | CLONE_VFORK | CLONE_FILES | SIGCHLD, &state);
}

}  // namespace sandbox::detail
