// The system-call allowlist: compiled once per profile by the library into a BPF program, sent
// to the helper once, and loaded by every candidate as its last step before execve. The keeper
// hears of forbidden calls through the filter's listener.
#pragma once

#include <linux/filter.h>

#include <cstdint>
#include <string>
#include <vector>

#include "sandbox/run.h"

namespace sandbox::detail {

struct CandidateState;

/// At most this many instructions of a filter compare against the candidate's PID.
inline constexpr int kMaxPatches = 16;

/// A run's filter, as the candidate loads it: `filter` points at the keeper's own copy of the
/// program; the instructions at `pid_patches` compare against the candidate's own PID and are
/// patched just before loading.
struct SeccompPlan {
  sock_fprog filter;
  int pid_patches[kMaxPatches];
  int pid_patch_count;
  unsigned notif_size;  // sizeof(struct seccomp_notif) of the running kernel; 0: no listener
};

// --- Library half ----------------------------------------------------------------------------

/// A compiled filter. The candidate patches `pid_patches` with its own PID just before loading
/// (in a PID namespace it is 2; without one, whatever the kernel gave it).
struct Filter {
  std::vector<sock_filter> program;
  std::vector<int> pid_patches;
  bool notify = false;  ///< the default action is a user notification (the keeper kills)
};

/// Compiles the allowlist for `profile`. With `notify`, forbidden calls are reported to the
/// keeper through a seccomp listener, which kills the run and records the call; without, the
/// kernel kills the process with SIGSYS. `exec_buffer` is the address of the helper's
/// exec-path buffer, the only path a Profile::kProgram execve may pass. `namespaces`: the runs
/// have user and mount namespaces (without them, programs may not change permissions). Throws
/// Error when libseccomp fails.
[[nodiscard]] Filter build_filter(Profile profile, bool notify, std::uintptr_t exec_buffer,
                                  bool namespaces);

/// The name of a system call of this architecture, or "syscall N".
[[nodiscard]] std::string syscall_name(int nr);

// --- Helper half (also used by the library) --------------------------------------------------

/// sizeof(struct seccomp_notif) for the running kernel, or 0 if notifications are unsupported.
[[nodiscard]] unsigned seccomp_notif_size() noexcept;

/// Candidate step "seccomp": patches the PID comparisons and loads the filter; with
/// notifications, the listener goes to `state.listener`. 0 or an errno.
[[nodiscard]] int load_seccomp(CandidateState& state) noexcept;

/// Reads one notification from `listener`: the number of the forbidden call, or -1.
[[nodiscard]] int receive_violation(int listener, unsigned notif_size) noexcept;

}  // namespace sandbox::detail
