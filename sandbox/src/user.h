// Who the programs are: the helper's namespaces, the user namespace's uid and gid maps, and the
// credentials the candidate takes before its execve.
#pragma once

#include <sys/types.h>

#include <cstdint>

namespace sandbox::detail {

struct CandidateState;

/// The uid and gid programs have inside the user namespace.
inline constexpr uid_t kSandboxUid = 1000;
inline constexpr gid_t kSandboxGid = 1000;
/// The host uid programs run as when the judge runs as root.
inline constexpr uid_t kNobodyUid = 65534;
inline constexpr gid_t kNobodyGid = 65534;

/// Plain data: travels in the kRun message as it is, and is read by the candidate.
struct Credentials {
  std::uint32_t set_ids;      // change uid and gid (else keep the helper's)
  std::uint32_t drop_groups;  // setgroups(0) first (allowed only to root, in or out)
  std::uint32_t uid;
  std::uint32_t gid;
};

// --- Library half ----------------------------------------------------------------------------

/// The credentials of every run: the sandbox's user inside the user namespace, nobody as root
/// without one, and the judge's own user otherwise.
[[nodiscard]] Credentials run_credentials(bool namespaces, bool root_mode) noexcept;

/// Writes the uid and gid maps of the helper's new user namespace. Throws Error.
void write_id_maps(pid_t helper, uid_t host_uid, gid_t host_gid, bool root_mode);

// --- Helper half -----------------------------------------------------------------------------

/// Gives the helper its user, mount, network, IPC and UTS namespaces. 0 or an errno.
[[nodiscard]] int unshare_namespaces() noexcept;

/// Candidate step "credentials". 0 or an errno.
[[nodiscard]] int apply_credentials(CandidateState& state) noexcept;

}  // namespace sandbox::detail
