// The library's side of a running run, and interrupts.
#include "supervisor.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <optional>

#include "output.h"
#include "sandbox/error.h"
#include "sandbox/run.h"

namespace sandbox {

namespace {

// Interrupts: a flag, and a pipe that becomes readable (and stays so, never drained) when the
// flag is set, so that every run loop polling it wakes up. Made at load time, before any
// thread or signal handler can need it.
std::atomic<bool> g_interrupted{false};
struct InterruptPipe {
  int fds[2] = {-1, -1};
  InterruptPipe() {
    if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) {
      fds[0] = fds[1] = -1;  // runs then notice the flag between polls (every tick)
    }
  }
};
InterruptPipe g_interrupt_pipe;

}  // namespace

void request_interrupt() noexcept {
  g_interrupted.store(true);
  if (g_interrupt_pipe.fds[1] >= 0) {
    (void)!write(g_interrupt_pipe.fds[1], "i", 1);
  }
}

bool interrupt_requested() noexcept {
  return g_interrupted.load();
}

namespace detail {

namespace {

using Clock = std::chrono::steady_clock;

// How long the library waits past the wall-clock limit before it kills the keeper itself.
constexpr auto kBackstopSlack = std::chrono::seconds(2);
// How long the library waits for output pipes once every process of the run is gone.
constexpr auto kDrainSlack = std::chrono::seconds(1);
// How long the keeper may take to copy a run's writable copies back to the host, once the run
// has ended: at most 4096 files and Limits::scratch_bytes each, which took 9 s on a disk that
// several builds were using at once.
constexpr auto kCopyBackSlack = std::chrono::seconds(60);

class Supervisor {
 public:
  Supervisor(RunChannels& channels, int stdout_fd, const Limits& limits, bool wait_for_exit)
      : ch_(channels),
        wait_for_exit_(wait_for_exit),
        out_(stdout_fd, limits.stdout_bytes),
        err_(limits.stderr_bytes, limits.stderr_keep_bytes),
        deadline_(Clock::now() + limits.wall_time + kBackstopSlack) {}

  Supervision run() {
    while (!finished() || out_open_ || err_open_) {
      if (!tick()) {
        break;
      }
    }
    if (report_open_) {
      read_report();
    }
    seen_.stdout_bytes = out_.total();
    seen_.stderr_bytes = err_.total();
    seen_.stderr_tail = err_.tail();
    return std::move(seen_);
  }

 private:
  // The keeper reports once every process of the run is gone, then exits; its namespaces are
  // torn down after that, off this path. With a cgroup, wait for it to leave the cgroup too.
  [[nodiscard]] bool finished() const {
    return (seen_.have_report && !wait_for_exit_) || !keeper_alive_;
  }

  // One wait for something to happen. False once the pipes are not worth waiting for.
  bool tick() {
    const auto now = Clock::now();
    if (keeper_alive_ && now >= deadline_ && !seen_.backstop) {
      // The keeper did not stop the run in time (or did not copy it back in time): stop
      // everything.
      seen_.backstop = true;
      kill_keeper(ch_.keeper);
    }
    if (finished()) {
      // Everything in the run is gone; a pipe still open belongs to a process that escaped
      // the group (possible only without namespaces). Do not wait for it for long.
      if (!drain_until_) {
        drain_until_ = now + kDrainSlack;
      } else if (now >= *drain_until_) {
        return false;
      }
    }
    wait((drain_until_ ? *drain_until_ : deadline_) - now);
    return true;
  }

  void wait(Clock::duration left) {
    pollfd watch[5] = {{out_open_ ? ch_.out_read.get() : -1, POLLIN, 0},
                       {err_open_ ? ch_.err_read.get() : -1, POLLIN, 0},
                       {keeper_alive_ ? ch_.keeper.get() : -1, POLLIN, 0},
                       {report_open_ ? ch_.report_read.get() : -1, POLLIN, 0},
                       {seen_.interrupted ? -1 : g_interrupt_pipe.fds[0], POLLIN, 0}};
    // The interrupt pipe wakes this poll; without one (it could not be made), look at the
    // flag every 100 ms instead.
    const long long longest = g_interrupt_pipe.fds[0] >= 0 ? 60000 : 100;
    const long long left_ms = std::chrono::duration_cast<std::chrono::milliseconds>(left).count();
    if (poll(watch, 5, static_cast<int>(std::clamp<long long>(left_ms, 1, longest))) < 0 &&
        errno != EINTR) {
      throw system_error(errno, "cannot watch the run (poll)",
                         "poll fails only when the machine is out of memory");
    }
    if (!seen_.interrupted && interrupt_requested()) {
      seen_.interrupted = true;
      tell_keeper_to_stop();  // it kills the run and reports
    }
    constexpr short kReadable = POLLIN | POLLHUP | POLLERR;
    if (out_open_ && (watch[0].revents & kReadable) != 0) {
      out_open_ = out_.pump(ch_.out_read.get()) == OutputSink::State::kOpen;
      stop_over_cap(out_.over_cap(), LimitKind::kStdout);
    }
    if (err_open_ && (watch[1].revents & kReadable) != 0) {
      err_open_ = err_.pump(ch_.err_read.get()) == OutputSink::State::kOpen;
      stop_over_cap(err_.over_cap(), LimitKind::kStderr);
    }
    if (keeper_alive_ && (watch[2].revents & POLLIN) != 0) {
      keeper_alive_ = false;  // the helper reaps it
    }
    if (report_open_ && (watch[3].revents & kReadable) != 0) {
      read_report();
    }
  }

  void stop_over_cap(bool over, LimitKind cap) {
    if (over && seen_.limit == LimitKind::kNone) {
      seen_.limit = cap;
      tell_keeper_to_stop();
    }
  }

  void tell_keeper_to_stop() { (void)!write(ch_.control_write.get(), "k", 1); }

  // One write of less than PIPE_BUF bytes: it arrives whole, or not at all. A report that
  // says the copy back is pending ends the run's time: the final one follows.
  void read_report() {
    const bool whole =
        read(ch_.report_read.get(), &seen_.report, sizeof seen_.report) == sizeof seen_.report;
    if (whole && seen_.report.copy_back_pending != 0 && !seen_.run_ended) {
      seen_.run_ended = true;
      deadline_ = Clock::now() + kCopyBackSlack;
      return;
    }
    seen_.have_report = whole && seen_.report.copy_back_pending == 0;
    report_open_ = false;
  }

  RunChannels& ch_;
  const bool wait_for_exit_;
  OutputSink out_;
  TailBuffer err_;
  Clock::time_point deadline_;
  std::optional<Clock::time_point> drain_until_;
  bool out_open_ = true;
  bool err_open_ = true;
  bool keeper_alive_ = true;
  bool report_open_ = true;
  Supervision seen_;
};

}  // namespace

// Through the pidfd, never the PID: the keeper may have ended and its PID been reused.
void kill_keeper(const UniqueFd& pidfd) noexcept {
  syscall(SYS_pidfd_send_signal, pidfd.get(), SIGKILL, nullptr, 0U);
}

Supervision supervise(RunChannels& channels, int stdout_fd, const Limits& limits,
                      bool wait_for_exit) {
  return Supervisor(channels, stdout_fd, limits, wait_for_exit).run();
}

}  // namespace detail
}  // namespace sandbox
