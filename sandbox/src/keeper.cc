// The keeper, in the order it works. Each mechanism's part is in its own file; this one holds
// the order, the watch over the running candidate, and the report.
#include "keeper.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "candidate.h"
#include "cgroup.h"
#include "child.h"
#include "memory.h"
#include "mounts.h"
#include "plan.h"
#include "seccomp_filter.h"
#include "signals.h"
#include "standard_io.h"
#include "time_limits.h"

namespace sandbox::detail {

namespace {

struct KeeperStep {
  Step step;
  const char* name;
  const char* hint;
};

// The keeper's own steps that can fail, in order; the candidate's are in candidate.cc.
constexpr KeeperStep kKeeperSteps[] = {
    {Step::kMounts, "mounts",
     "a bind or folder copy of the run could not be mounted: its source must be readable, and a "
     "copied folder must fit Limits::scratch_bytes and 4096 files"},
    {Step::kClone, "clone",
     "no process could be started for the program: the judge's user may be at its process "
     "limit (ulimit -u), or the machine out of memory"},
    {Step::kPidfd, "pidfd", "the sandbox needs pidfd_open (Linux 5.3 or newer)"},
};

[[noreturn]] SANDBOX_CHILD void report_failure(const ChildPlan& plan, Step step, int err) noexcept {
  KeeperReport report{};
  report.failed_step = static_cast<std::int32_t>(step);
  report.error = err;
  write_all(plan.report_fd, &report, sizeof report);
  _exit(127);
}

// What the keeper watches while the candidate runs.
struct Watch {
  const ChildPlan& plan;
  pid_t candidate;
  int pidfd;
  int listener;
  std::int64_t start_ns;
  MemoryMeter& memory;
  KeeperReport& report;
  bool killed = false;

  void stop() noexcept {
    if (!killed) {
      kill_run(plan, candidate);
      killed = true;
    }
  }
  void stop_at(LimitKind limit) noexcept {
    if (report.limit == 0) {
      report.limit = static_cast<std::int32_t>(limit);
    }
    stop();
  }
};

// A forbidden call: the first one is the run's violation, and the run ends.
SANDBOX_CHILD void on_notification(Watch& watch) noexcept {
  const int nr = receive_violation(watch.listener, watch.plan.seccomp.notif_size);
  if (nr >= 0 && watch.report.violation < 0) {
    watch.report.violation = nr;
  }
  watch.stop();
}

// The clocks, then the memory: the first limit reached ends the run.
SANDBOX_CHILD void check_limits(Watch& watch) noexcept {
  const LimitKind time = time_limit_reached(watch.plan.time, watch.start_ns, watch.candidate);
  if (time != LimitKind::kNone) {
    watch.stop_at(time);
  } else if (watch.memory.polled() && watch.memory.over_limit()) {
    watch.stop_at(LimitKind::kMemory);
  }
}

// Until the candidate ends: its exit (the pidfd), the library (a byte or EOF on the control
// pipe ends the run), forbidden calls (the seccomp listener), and the limits.
SANDBOX_CHILD void watch_candidate(Watch& watch) noexcept {
  for (;;) {
    pollfd fds[3] = {
        {watch.pidfd, POLLIN, 0}, {watch.plan.control_fd, POLLIN, 0}, {watch.listener, POLLIN, 0}};
    const nfds_t nfds = watch.listener >= 0 ? 3 : 2;
    timespec timeout{};
    if (!watch.killed) {
      timeout = next_check(watch.plan.time, watch.start_ns, watch.candidate);
    }
    if (ppoll(fds, nfds, watch.killed ? nullptr : &timeout, nullptr) < 0 && errno != EINTR) {
      watch.stop();
    }
    if ((fds[0].revents & POLLIN) != 0) {
      return;  // the candidate has ended
    }
    if (!watch.killed && (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      watch.stop();  // 'k' (an output cap, an interrupt) or EOF (the library is gone)
    }
    if (nfds == 3 && (fds[2].revents & POLLIN) != 0) {
      on_notification(watch);
    }
    if (!watch.killed) {
      check_limits(watch);
    }
  }
}

// Once the candidate has ended: reaps it, ends what it left, and fills in the figures.
SANDBOX_CHILD void finish_run(Watch& watch) noexcept {
  int status = 0;
  rusage usage{};
  while (wait4(watch.candidate, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  KeeperReport& report = watch.report;
  report.wall_us = (now_ns() - watch.start_ns) / 1000;
  end_leftovers(watch.plan, watch.candidate);
  // Children's figures now cover the whole run: in a PID namespace the keeper (its init) has
  // reaped every process, orphans included, and each parent's share includes what it reaped.
  getrusage(RUSAGE_CHILDREN, &usage);
  report.wait_status = status;
  report.cpu_us = std::int64_t{usage.ru_utime.tv_sec} * 1000000 + usage.ru_utime.tv_usec +
                  std::int64_t{usage.ru_stime.tv_sec} * 1000000 + usage.ru_stime.tv_usec;
  report.maxrss_kb = usage.ru_maxrss;
  report.peak_bytes = watch.memory.final_peak(usage.ru_maxrss);
}

// Starts the candidate; returns its PID once it has called execve.
SANDBOX_CHILD pid_t start_program(const ChildPlan& plan, CandidateState& state) noexcept {
  if (int err = set_exec_path(plan); err != 0) {
    report_failure(plan, Step::kExec, err);
  }
  // The candidate borrows this stack only until it calls execve (CLONE_VFORK).
  alignas(16) char stack[32 * 1024];
  const pid_t pid = start_candidate(state, stack + sizeof stack);
  if (pid < 0) {
    report_failure(plan, Step::kClone, errno);
  }
  if (state.failed != Step::kNone) {
    int status = 0;
    waitpid(pid, &status, 0);
    report_failure(plan, state.failed, state.error);
  }
  return pid;
}

}  // namespace

StepText step_text(Step step) noexcept {
  for (const KeeperStep& own : kKeeperSteps) {
    if (own.step == step) {
      return {own.name, own.hint};
    }
  }
  std::size_t count = 0;
  const CandidateStep* steps = candidate_steps(count);
  for (std::size_t i = 0; i < count; ++i) {
    if (steps[i].step == step) {
      return {steps[i].name, steps[i].hint};
    }
  }
  return {"?", nullptr};
}

SANDBOX_CHILD int keeper_main(void* arg) noexcept {
  const ChildPlan& plan = *static_cast<const ChildPlan*>(arg);
  protect_keeper(plan);  // signals.cc
  PrivateMounts mounts;
  if (plan.namespaces) {
    if (int err = make_run_mounts(plan, mounts); err != 0) {  // mounts.cc
      report_failure(plan, Step::kMounts, err);
    }
  }
  if (!wait_until_moved(plan)) {  // cgroup.cc
    _exit(1);
  }
  reset_signals();  // signals.cc: the candidate inherits mask and dispositions

  CandidateState state{&plan, getpid()};
  const std::int64_t start = now_ns();
  const pid_t pid = start_program(plan, state);  // candidate.cc
  // The program has its own copies of its standard descriptors now (execve unshared the table).
  drop_stdio_copies(plan);  // standard_io.cc

  const int pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  if (pidfd < 0) {
    kill_run(plan, pid);
    report_failure(plan, Step::kPidfd, errno);
  }
  KeeperReport report{};
  MemoryMeter memory(plan, pid, mounts);  // memory.cc
  Watch watch{plan, pid, pidfd, state.listener, start, memory, report};
  watch_candidate(watch);
  finish_run(watch);
  // Every process of the run is gone: writable copies go back to their host folders. The
  // figures go first, so that the library knows the run has ended and does not count the copy
  // (as slow as the host's disk) against the run's wall-clock limit.
  if (has_copy_back(mounts)) {
    report.copy_back_pending = 1;
    write_all(plan.report_fd, &report, sizeof report);
    report.copy_back_pending = 0;
    report.copy_back_error = copy_back(mounts);  // mounts.cc
  }
  write_all(plan.report_fd, &report, sizeof report);
  _exit(0);
}

}  // namespace sandbox::detail
