// Landlock only ever allows: what a run may reach is the system folders (with holes around the
// hidden ones), its binds, its scratch folder and the harmless devices.
#include "landlock.h"

#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "candidate.h"
#include "child.h"
#include "plan.h"

#ifndef SANDBOX_HELPER_BUILD
#include <fcntl.h>
#include <linux/landlock.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <iterator>

#include <fmt/format.h>

#include "root.h"
#include "sandbox/error.h"
#endif

namespace sandbox::detail {

#ifndef SANDBOX_HELPER_BUILD
// --- Library half: the ruleset ---------------------------------------------------------------

namespace {

// Rights by ABI version (linux/landlock.h of Debian 12 stops at ABI 3; the values are ABI).
constexpr std::uint64_t kFsV1 = (1ULL << 13) - 1;  // EXECUTE .. MAKE_SYM
constexpr std::uint64_t kFsRefer = 1ULL << 13;     // ABI 2
constexpr std::uint64_t kFsTruncate = 1ULL << 14;  // ABI 3
constexpr std::uint64_t kFsIoctlDev = 1ULL << 15;  // ABI 5
constexpr std::uint64_t kNetBindTcp = 1ULL << 0;   // ABI 4
constexpr std::uint64_t kNetConnectTcp = 1ULL << 1;
constexpr std::uint64_t kScopeAbstractUnix = 1ULL << 0;  // ABI 6
constexpr std::uint64_t kScopeSignal = 1ULL << 1;

constexpr std::uint64_t kExecute = 1ULL << 0;
constexpr std::uint64_t kWriteFile = 1ULL << 1;
constexpr std::uint64_t kReadFile = 1ULL << 2;
constexpr std::uint64_t kReadDir = 1ULL << 3;

// The ruleset attribute grew with the ABI; the kernel takes the size we pass.
struct RulesetAttr {
  std::uint64_t handled_access_fs;
  std::uint64_t handled_access_net;
  std::uint64_t scoped;
};

struct PathBeneathAttr {
  std::uint64_t allowed_access;
  std::int32_t parent_fd;
} __attribute__((packed));

constexpr int kRulePathBeneath = 1;

constexpr const char* kPathHint =
    "every path Landlock allows must be readable by the judge's user: check the run's binds "
    "and SandboxOptions::system_binds";
constexpr const char* kKernelHint =
    "the kernel refused Landlock; with user namespaces enabled the sandbox needs no Landlock";

std::uint64_t fs_rights(int abi) {
  std::uint64_t rights = kFsV1;
  if (abi >= 2)
    rights |= kFsRefer;
  if (abi >= 3)
    rights |= kFsTruncate;
  if (abi >= 5)
    rights |= kFsIoctlDev;
  return rights;
}

// Rights that may be granted on a file (not a folder).
std::uint64_t file_rights(int abi) {
  std::uint64_t rights = kExecute | kWriteFile | kReadFile;
  if (abi >= 3)
    rights |= kFsTruncate;
  if (abi >= 5)
    rights |= kFsIoctlDev;
  return rights;
}

void add_rule(int ruleset, const std::string& path, std::uint64_t access, int abi) {
  UniqueFd fd(open(path.c_str(), O_PATH | O_CLOEXEC));
  if (!fd) {
    if (errno == ENOENT) {
      return;
    }
    throw system_error(errno, fmt::format("landlock: cannot open '{}'", path), kPathHint);
  }
  struct stat st {};
  if (fstat(fd.get(), &st) != 0) {
    throw system_error(errno, fmt::format("landlock: cannot stat '{}'", path), kPathHint);
  }
  if (!S_ISDIR(st.st_mode)) {
    access &= file_rights(abi);
  }
  PathBeneathAttr attr{access, fd.get()};
  if (syscall(SYS_landlock_add_rule, ruleset, kRulePathBeneath, &attr, 0U) != 0) {
    throw system_error(errno, fmt::format("landlock: cannot add a rule for '{}'", path),
                       kKernelHint);
  }
}

}  // namespace

int landlock_abi() noexcept {
  long abi = syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
  return abi < 0 ? 0 : static_cast<int>(abi);
}

UniqueFd make_landlock_ruleset(int abi, const LandlockRules& rules) {
  RulesetAttr attr{fs_rights(abi), 0, 0};
  std::size_t size = sizeof(std::uint64_t);
  if (abi >= 4) {
    // Handled and never allowed: no TCP bind or connect at all.
    attr.handled_access_net = kNetBindTcp | kNetConnectTcp;
    size = 2 * sizeof(std::uint64_t);
  }
  if (abi >= 6) {
    // Signals and abstract UNIX sockets only within the sandboxed process tree: the program
    // cannot signal the judge or other processes of the same user.
    attr.scoped = kScopeAbstractUnix | kScopeSignal;
    size = sizeof attr;
  }
  UniqueFd ruleset(static_cast<int>(syscall(SYS_landlock_create_ruleset, &attr, size, 0U)));
  if (!ruleset) {
    throw system_error(errno, "landlock: cannot create a ruleset", kKernelHint);
  }
  const std::uint64_t all = fs_rights(abi);
  for (const auto& path : rules.read_only) {
    add_rule(ruleset.get(), path, kExecute | kReadFile | kReadDir, abi);
  }
  for (const auto& path : rules.read_write) {
    add_rule(ruleset.get(), path, all, abi);
  }
  for (const auto& path : rules.devices) {
    add_rule(ruleset.get(), path, kReadFile | kWriteFile | (abi >= 5 ? kFsIoctlDev : 0), abi);
  }
  return ruleset;
}

std::vector<std::string> allowed_around(const std::vector<std::string>& allowed,
                                        const std::vector<std::string>& hidden) {
  namespace fs = std::filesystem;
  std::vector<std::string> result;
  // Depth-first: a folder holding a hidden one is replaced by its entries.
  std::vector<fs::path> todo;
  for (auto it = allowed.rbegin(); it != allowed.rend(); ++it) {
    todo.emplace_back(*it);
  }
  while (!todo.empty()) {
    fs::path path = todo.back();
    todo.pop_back();
    std::error_code ec;
    const fs::path real = fs::canonical(path, ec);
    if (ec) {
      result.push_back(path.string());  // make_landlock_ruleset skips what does not exist
      continue;
    }
    bool hides = false;
    bool hidden_itself = false;
    for (const auto& h : hidden) {
      hides = hides || (h != real.string() && path_within(h, real.string()));
      hidden_itself = hidden_itself || h == real.string();
    }
    if (hidden_itself) {
      continue;
    }
    if (!hides) {
      result.push_back(path.string());
      continue;
    }
    std::vector<fs::path> children;
    for (const auto& entry : fs::directory_iterator(real, ec)) {
      children.push_back(entry.path());
    }
    std::sort(children.rbegin(), children.rend());
    todo.insert(todo.end(), children.begin(), children.end());
  }
  return result;
}

std::vector<std::string> landlock_system_paths(const std::vector<Bind>& system_binds,
                                               const std::vector<std::string>& hidden) {
  std::vector<std::string> system(std::begin(kSystemFolders), std::end(kSystemFolders));
  system.insert(system.end(), std::begin(kSystemEtcFiles), std::end(kSystemEtcFiles));
  for (const auto& b : system_binds) {
    system.push_back(b.source);
  }
  return allowed_around(system, hidden);
}

LandlockRules run_rules(const std::vector<std::string>& system,
                        const std::vector<ResolvedBind>& binds, const std::string& scratch) {
  LandlockRules rules;
  rules.read_only = system;
  for (const auto& b : binds) {
    (b.writable ? rules.read_write : rules.read_only).push_back(b.host);
  }
  rules.read_write.push_back(scratch);
  rules.devices.assign(std::begin(kDevices), std::end(kDevices));
  return rules;
}

#endif  // SANDBOX_HELPER_BUILD
// --- Helper half: enforce ----------------------------------------------------------------------

SANDBOX_CHILD int apply_landlock(CandidateState& state) noexcept {
  const int ruleset = state.plan->landlock_fd;
  if (ruleset < 0) {
    return 0;  // namespaces isolate the file system, or nothing does (Layers::notes says so)
  }
  return syscall(SYS_landlock_restrict_self, ruleset, 0U) == 0 ? 0 : errno;
}

}  // namespace sandbox::detail
