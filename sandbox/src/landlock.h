// Landlock: the file-system layer used where user namespaces are unavailable.
#pragma once

#include <string>
#include <vector>

#include "sandbox/unique_fd.h"

namespace sandbox::detail {

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

}  // namespace sandbox::detail
