// Signals and process lifetimes in a run. With a PID namespace the keeper is its init: a kill
// of -1 reaches every process of the run, and they all die with the keeper. Without one, the
// candidate's session and the keeper's subreaper role stand in for it.
#include "signals.h"

#include <errno.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "candidate.h"
#include "child.h"
#include "plan.h"
#include "proc.h"

namespace sandbox::detail {

SANDBOX_CHILD void protect_keeper(const ChildPlan& plan) noexcept {
  // Die with the helper, and keep the judge's memory and environment (inherited by the copy)
  // out of reach: a non-dumpable process's /proc/PID/{mem,environ} need CAP_SYS_PTRACE.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  prctl(PR_SET_DUMPABLE, 0);
  if (!plan.namespaces) {
    // Without a PID namespace, orphans of the run would go to the host's init and outlive the
    // run; as a subreaper the keeper inherits them, and ends them with the run.
    prctl(PR_SET_CHILD_SUBREAPER, 1);
  }
}

SANDBOX_CHILD void reset_signals() noexcept {
  // Every disposition is already the default: the library starts the helper with
  // POSIX_SPAWN_SETSIGDEF for all signals (an ignored SIGPIPE of the judge would otherwise
  // survive execve and change how the program dies), and neither the helper nor the keeper
  // installs a handler. Only the mask needs clearing: the helper blocks SIGCHLD.
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
  // Except glibc's own two real-time signals (32 and 33), which posix_spawn cannot reset and
  // arrive ignored: raw calls, as glibc's sigaction refuses them.
  for (int sig : {32, 33}) {
    struct kernel_sigaction {
      void (*handler)(int);
      unsigned long flags;
      void (*restorer)();
      unsigned long mask;
    } action{SIG_DFL, 0, nullptr, 0};
    syscall(SYS_rt_sigaction, sig, &action, nullptr, sizeof action.mask);
  }
}

SANDBOX_CHILD int start_session(CandidateState&) noexcept {
  // A session of its own: kill(0, ...) then reaches only this process, and without a PID
  // namespace the keeper can end the whole group.
  return setsid() < 0 ? errno : 0;
}

SANDBOX_CHILD int die_with_keeper(CandidateState& state) noexcept {
  if (state.plan->namespaces) {
    return 0;  // the keeper is the namespace's init: the run ends with it
  }
  // Without a PID namespace, a program whose keeper is killed (with the judge, by SIGKILL)
  // would be re-parented to init and run on with no limit: it dies with its keeper instead.
  // Set after the credentials, whose change clears it; no_new_privs keeps it across execve.
  if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) {
    return errno;
  }
  if (getppid() != state.keeper) {
    _exit(127);  // the keeper is already gone
  }
  return 0;
}

SANDBOX_CHILD void kill_run(const ChildPlan& plan, pid_t candidate) noexcept {
  if (plan.kill_process_group) {
    kill(-candidate, SIGKILL);
    kill(candidate, SIGKILL);
  } else {
    kill(-1, SIGKILL);  // PID 1 of the run's namespace: every process but itself
  }
}

SANDBOX_CHILD void end_leftovers(const ChildPlan& plan, pid_t candidate) noexcept {
  if (!plan.kill_process_group) {
    // Anything the run left behind (a toolchain's stray process) dies with the namespace.
    kill(-1, SIGKILL);
    while (waitpid(-1, nullptr, __WALL) > 0 || errno == EINTR) {
    }
    return;
  }
  kill(-candidate, SIGKILL);
  // A process that left the candidate's group (setpgid, setsid) escaped that kill. Every
  // survivor is a descendant of the keeper: end its children, whose own children then come to
  // the keeper, until none is left.
  while (kill_children_of(getpid()) > 0) {
    pid_t reaped;
    while ((reaped = waitpid(-1, nullptr, __WALL)) < 0 && errno == EINTR) {
    }
    if (reaped < 0) {
      break;  // ECHILD: what /proc showed is gone already
    }
  }
}

}  // namespace sandbox::detail
