// Memory accounting without cgroups (cgroup.cc does it with one): the library chooses the
// address-space backstop and the limit the keeper polls; the keeper measures the run's resident
// sets plus what it holds in its private tmpfs mounts; the library decides after the run
// whether it ended over the limit.
#pragma once

#include <sys/types.h>

#include <cstdint>

#include "mounts.h"
#include "sandbox/run.h"

namespace sandbox::detail {

struct ChildPlan;

/// Plain data: travels in the kRun message as it is, and is read by the keeper.
struct MemoryWatch {
  std::uint64_t limit_bytes;  // 0: not polled (a cgroup enforces memory itself)
  // Toolchains: memory is the sum over every process of the run (a compiler's passes are
  // processes of their own), not the candidate's alone.
  std::uint32_t count_all_processes;
  std::uint32_t pad;
};

// --- Library half ----------------------------------------------------------------------------

/// RLIMIT_AS for a run: without a cgroup, the memory limit plus the allowance; else 0 (none).
[[nodiscard]] std::uint64_t address_space_limit(const Limits& limits, bool cgroup) noexcept;

/// What the keeper polls.
[[nodiscard]] MemoryWatch memory_watch(const Limits& limits, bool cgroup, Profile profile) noexcept;

/// A run that ended by itself went over the memory limit: its peak is over it, or it died
/// before its first instruction because execve could not map its static data (`load_size`,
/// see elf_size.h) within `address_space`.
[[nodiscard]] bool ended_over_memory(const RunResult& result, const Limits& limits,
                                     std::uint64_t address_space, std::uint64_t load_size) noexcept;

// --- Helper half -----------------------------------------------------------------------------

/// The keeper's measure of a run's memory.
class MemoryMeter {
 public:
  MemoryMeter(const ChildPlan& plan, pid_t candidate, const PrivateMounts& mounts) noexcept;

  /// The keeper checks this meter against the limit while the run lasts.
  [[nodiscard]] bool polled() const noexcept { return polled_; }
  /// Measures now; true past the limit.
  [[nodiscard]] bool over_limit() noexcept;
  /// The peak, once every process of the run is gone: the largest figure measured, or the
  /// kernel's peak resident set (`maxrss_kb`) plus the files left in the private mounts.
  [[nodiscard]] std::int64_t final_peak(long maxrss_kb) const noexcept;

 private:
  [[nodiscard]] std::uint64_t held_in_private_mounts() const noexcept;

  const ChildPlan& plan_;
  const PrivateMounts& mounts_;
  pid_t candidate_;
  long page_size_;
  int statm_fd_ = -1;
  bool polled_ = false;
  std::int64_t peak_ = 0;
};

}  // namespace sandbox::detail
