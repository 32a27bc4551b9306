// The minimal root every run sees: the system folders read-only, a few files of /etc written
// for the sandbox, harmless devices, the hidden folders covered, and the host's root kept at
// /.host for the runs' own binds. The library lists its entries; the helper builds it once, in
// its mount namespace, and pivots into it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sandbox/error.h"
#include "sandbox/run.h"
#include "wire.h"

namespace sandbox::detail {

/// Inside the helper's root, the host's root is at this path (covered again in every run after
/// the run's own binds are made).
inline constexpr const char* kHostDir = "/.host";

/// What every program sees of the host, read-only, whichever isolation is in force: the
/// system's libraries and toolchains (on merged-/usr systems /bin, /lib... are symlinks into
/// /usr), what the dynamic loader, the JVM and time zones read in /etc (nothing about users or
/// the host), and the harmless devices. Paths that do not exist are skipped.
inline constexpr const char* kSystemFolders[] = {"/usr",   "/bin",   "/sbin",  "/lib",
                                                 "/lib32", "/lib64", "/libx32"};
inline constexpr const char* kSystemEtcFiles[] = {"/etc/ld.so.cache",  "/etc/ld.so.conf",
                                                  "/etc/ld.so.conf.d", "/etc/alternatives",
                                                  "/etc/localtime",    "/etc/timezone"};
inline constexpr const char* kDevices[] = {"/dev/null", "/dev/zero", "/dev/full", "/dev/random",
                                           "/dev/urandom"};

/// The steps of building the root, in order; a failure names one (wire::Reply::step).
enum class RootStep : std::int32_t {
  kNone = -1,
  kHostName,
  kPrivate,
  kStaging,
  kPivotStaging,
  kNewRoot,
  kEntries,
  kPivotNewRoot,
  kDetachOldRoot,
};

// --- Library half ----------------------------------------------------------------------------

/// The folders of `hidden` (resolved) that lie inside a folder every run sees: the system
/// folders and `system_binds`. Only those need covering; the others are out of sight already.
[[nodiscard]] std::vector<std::string> hidden_inside_visible(const std::vector<std::string>& hidden,
                                                             const std::vector<Bind>& system_binds);

/// A kRoot message: every entry of the root. `system_binds` are read-only, at the same path
/// inside; `hidden` are covered. Throws Error for a system bind that does not exist.
struct RootMessage {
  std::vector<char> message;
  std::vector<std::string> paths;    // of each entry, for errors
  std::vector<std::string> sources;  // of each entry, for errors
};
[[nodiscard]] RootMessage root_message(const std::vector<Bind>& system_binds,
                                       const std::vector<std::string>& hidden);

/// The error for the helper's reply to a kRoot message that failed.
[[nodiscard]] Error root_error(const wire::Reply& reply, const RootMessage& root);

// --- Helper half -----------------------------------------------------------------------------

/// A decoded kRoot message.
struct RootBuild {
  const wire::RootEntry* entries = nullptr;
  std::uint32_t count = 0;
  const char* strings = nullptr;
  int failed_entry = -1;  // set when kEntries fails
};

/// Builds the root and pivots this process into it. kNone, or the failed step with its errno
/// in `err`.
[[nodiscard]] RootStep build_root(RootBuild& build, int& err) noexcept;

/// The name of a step of building the root ("?" for an unknown value).
[[nodiscard]] const char* root_step_name(RootStep step) noexcept;

}  // namespace sandbox::detail
