// The library's watch over a started run (library only): it drains the program's standard
// output into the caller's descriptor and keeps a tail of its standard error, both capped; it
// tells the keeper to stop at a cap or an interrupt; it reads the keeper's report; and it kills
// the keeper if the run outlives its wall-clock limit by far (a backstop: the keeper stops the
// run itself at the limit).
#pragma once

#include <cstdint>
#include <string>

#include "plan.h"
#include "sandbox/limits.h"
#include "sandbox/unique_fd.h"

namespace sandbox::detail {

/// The library's ends of a started run.
struct RunChannels {
  UniqueFd keeper;  ///< the keeper's pidfd
  UniqueFd out_read;
  UniqueFd err_read;
  UniqueFd report_read;
  UniqueFd control_write;
};

/// What the library saw of a run.
struct Supervision {
  KeeperReport report{};
  bool have_report = false;
  LimitKind limit = LimitKind::kNone;  ///< an output cap that ended the run
  bool backstop = false;               ///< the keeper was killed at the deadline
  bool run_ended = false;              ///< the keeper said so, before copying back
  bool interrupted = false;            ///< request_interrupt() stopped the run
  std::uint64_t stdout_bytes = 0;
  std::uint64_t stderr_bytes = 0;
  std::string stderr_tail;
};

/// Kills the keeper (and with it the run) through its pidfd.
void kill_keeper(const UniqueFd& pidfd) noexcept;

/// Watches the run until the keeper has reported (with `wait_for_exit`, until it has exited:
/// a cgroup is read only once the keeper has left it) and both output pipes are closed.
/// Output goes to `stdout_fd` (-1: counted only). Throws Error.
[[nodiscard]] Supervision supervise(RunChannels& channels, int stdout_fd, const Limits& limits,
                                    bool wait_for_exit);

}  // namespace sandbox::detail
