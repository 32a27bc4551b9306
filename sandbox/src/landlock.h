// Landlock: the file-system layer used where user namespaces are unavailable. The library
// builds a ruleset per run; the candidate enforces it before its seccomp filter.
#pragma once

#include <string>
#include <vector>

#include "mounts.h"
#include "sandbox/run.h"
#include "sandbox/unique_fd.h"

namespace sandbox::detail {

struct CandidateState;

// --- Library half ----------------------------------------------------------------------------

/// The Landlock ABI version the kernel offers (0: none).
[[nodiscard]] int landlock_abi() noexcept;

struct LandlockRules {
  std::vector<std::string> read_only;   ///< read and execute (files or folders)
  std::vector<std::string> read_write;  ///< everything inside (folders)
  std::vector<std::string> devices;     ///< read and write (character devices)
};

/// A ruleset that allows only `rules`, denies TCP (ABI 4+), and keeps signals and abstract UNIX
/// sockets inside the domain (ABI 6+). The child enforces it with landlock_restrict_self().
/// Paths that do not exist are skipped. Throws Error if the kernel refuses.
[[nodiscard]] UniqueFd make_landlock_ruleset(int abi, const LandlockRules& rules);

/// `allowed` with every folder that holds one of `hidden` replaced by its other entries, down
/// to the hidden folder's parent: Landlock only ever allows, so a hole is made by allowing
/// everything around it.
[[nodiscard]] std::vector<std::string> allowed_around(const std::vector<std::string>& allowed,
                                                      const std::vector<std::string>& hidden);

/// What every run may read: the same system view the namespaces give (root.h), with the same
/// holes around `hidden`, and `system_binds`.
[[nodiscard]] std::vector<std::string> landlock_system_paths(
    const std::vector<Bind>& system_binds, const std::vector<std::string>& hidden);

/// The rules of one run: `system` (from landlock_system_paths) and its read-only binds to read,
/// its writable binds and its scratch folder to write, and the harmless devices.
[[nodiscard]] LandlockRules run_rules(const std::vector<std::string>& system,
                                      const std::vector<ResolvedBind>& binds,
                                      const std::string& scratch);

// --- Helper half -----------------------------------------------------------------------------

/// Candidate step "landlock": enforces the run's ruleset, if it has one. 0 or an errno.
[[nodiscard]] int apply_landlock(CandidateState& state) noexcept;

}  // namespace sandbox::detail
