// Resource limits of a run: chosen by the library from Limits, set by the candidate before its
// credentials change.
#pragma once

#include <cstdint>

#include "sandbox/limits.h"

namespace sandbox::detail {

struct CandidateState;

/// At most this many rlimits per run.
inline constexpr int kMaxRlimits = 12;

/// Tasks are counted per user, and every run (and its keeper) shares the sandbox's user: room
/// for the other runs of a parallel judge, in RLIMIT_NPROC and in the cgroup's pids.max.
inline constexpr int kTaskSlack = 64;

struct Rlimit {
  std::int32_t resource;  // RLIMIT_*
  std::uint32_t pad;
  std::uint64_t value;  // soft = hard
};

/// Plain data: travels in the kRun message as it is, and is read by the candidate.
struct RlimitTable {
  std::uint32_t count;
  std::uint32_t pad;
  Rlimit items[kMaxRlimits];
};

// --- Library half ----------------------------------------------------------------------------

/// The rlimits of a run with `limits`. `address_space`: the RLIMIT_AS backstop (0: none, as
/// under a cgroup).
[[nodiscard]] RlimitTable choose_rlimits(const Limits& limits, std::uint64_t address_space);

// --- Helper half -----------------------------------------------------------------------------

/// Candidate step "rlimits": sets every rlimit of the plan. 0 or an errno.
[[nodiscard]] int apply_rlimits(CandidateState& state) noexcept;

}  // namespace sandbox::detail
