// Resource limits: one line each, with why. The keeper and the cgroup do the precise work
// (CPU time to the millisecond, memory); these are backstops and the limits nothing else sets.
#include "rlimits.h"

#include <errno.h>
#include <sys/resource.h>

#include "candidate.h"
#include "child.h"
#include "plan.h"

namespace sandbox::detail {

#ifndef SANDBOX_HELPER_BUILD
// --- Library half: choose --------------------------------------------------------------------

RlimitTable choose_rlimits(const Limits& limits, std::uint64_t address_space) {
  RlimitTable table{};
  auto add = [&table](int resource, std::uint64_t value) {
    table.items[table.count++] = {resource, 0, value};
  };
  const auto cpu_ms = limits.cpu_time.count();
  if (cpu_ms > 0) {
    // Backstop only: the keeper stops the program at the limit to the millisecond; this
    // catches a keeper that is itself starved. SIGKILL at the (whole) second after.
    add(RLIMIT_CPU, static_cast<std::uint64_t>(cpu_ms / 1000 + 2));
  }
  if (address_space != 0) {
    // Without cgroups: allocations faster than the resident-set check stop here.
    add(RLIMIT_AS, address_space);
  }
  // Deep recursion works up to the memory limit (8 MiB, the usual default, without one).
  std::uint64_t stack = limits.stack_bytes != 0 ? limits.stack_bytes : limits.memory_bytes;
  add(RLIMIT_STACK, stack != 0 ? stack : 8 * kMiB);
  add(RLIMIT_FSIZE, limits.scratch_bytes);  // no file larger than the scratch space
  add(RLIMIT_NOFILE, static_cast<std::uint64_t>(limits.open_files));         // descriptor leaks
  add(RLIMIT_NPROC, static_cast<std::uint64_t>(limits.tasks + kTaskSlack));  // thread bombs
  add(RLIMIT_CORE, 0);      // no core files in the scratch folder
  add(RLIMIT_MEMLOCK, 0);   // no pinned memory
  add(RLIMIT_MSGQUEUE, 0);  // no POSIX message queues
  add(RLIMIT_NICE, 0);      // cannot raise its priority
  add(RLIMIT_RTPRIO, 0);    // no real-time scheduling
  return table;
}

#endif  // SANDBOX_HELPER_BUILD
// --- Helper half: apply ----------------------------------------------------------------------

SANDBOX_CHILD int apply_rlimits(CandidateState& state) noexcept {
  const RlimitTable& table = state.plan->rlimits;
  for (std::uint32_t i = 0; i < table.count; ++i) {
    const rlimit limit{table.items[i].value, table.items[i].value};
    if (setrlimit(static_cast<__rlimit_resource>(table.items[i].resource), &limit) != 0) {
      return errno;
    }
  }
  return 0;
}

}  // namespace sandbox::detail
