// Users and namespaces. Programs never run as the judge's user inside a namespace, nor as root
// anywhere: no host file is theirs, and execve as non-root inside the user namespace drops
// every capability.
#include "user.h"

#include <errno.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "candidate.h"
#include "child.h"
#include "plan.h"

#ifndef SANDBOX_HELPER_BUILD
#include <fcntl.h>

#include <string>

#include <fmt/format.h>

#include "sandbox/error.h"
#include "sandbox/unique_fd.h"
#endif

namespace sandbox::detail {

#ifndef SANDBOX_HELPER_BUILD
// --- Library half: choose and map -------------------------------------------------------------

namespace {

void write_file(const std::string& path, const std::string& contents) {
  UniqueFd fd(open(path.c_str(), O_WRONLY | O_CLOEXEC));
  if (!fd ||
      write(fd.get(), contents.data(), contents.size()) != static_cast<ssize_t>(contents.size())) {
    throw system_error(errno, fmt::format("cannot write {}", path),
                       "the sandbox then runs without namespaces; check that this kernel lets "
                       "unprivileged users map their own uid in a user namespace");
  }
}

}  // namespace

Credentials run_credentials(bool namespaces, bool root_mode) noexcept {
  if (namespaces) {
    // setgroups is denied in an unprivileged user namespace (mapping the gid needs that); as
    // root it is allowed, and the judge's groups go.
    return {1, root_mode ? 1U : 0U, kSandboxUid, kSandboxGid};
  }
  if (root_mode) {
    // No user namespace, but root: never run a program as root.
    return {1, 1, kNobodyUid, kNobodyGid};
  }
  return {0, 0, 0, 0};
}

void write_id_maps(pid_t helper, uid_t host_uid, gid_t host_gid, bool root_mode) {
  const std::string proc = fmt::format("/proc/{}", helper);
  if (root_mode) {
    // Root outside stays root inside (so the helper can build the root file system), and the
    // programs' uid maps to nobody: no host file is theirs.
    write_file(proc + "/uid_map", fmt::format("0 0 1\n{} {} 1\n", kSandboxUid, kNobodyUid));
    write_file(proc + "/gid_map", fmt::format("0 0 1\n{} {} 1\n", kSandboxGid, kNobodyGid));
  } else {
    // An unprivileged user may map only itself, and must give up setgroups() to map a gid.
    write_file(proc + "/setgroups", "deny");
    write_file(proc + "/uid_map", fmt::format("{} {} 1\n", kSandboxUid, host_uid));
    write_file(proc + "/gid_map", fmt::format("{} {} 1\n", kSandboxGid, host_gid));
  }
}

#endif  // SANDBOX_HELPER_BUILD
// --- Helper half: unshare and take on -----------------------------------------------------------

int unshare_namespaces() noexcept {
  // Every run shares these; each run's keeper adds its own PID and mount namespaces.
  return unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS) == 0
             ? 0
             : errno;
}

SANDBOX_CHILD int apply_credentials(CandidateState& state) noexcept {
  const Credentials& ids = state.plan->credentials;
  if (ids.set_ids == 0) {
    return 0;
  }
  // Raw system calls: glibc's wrappers would broadcast the change to every thread of the
  // memory we share with the supervisor.
  if (ids.drop_groups != 0 && syscall(SYS_setgroups, 0, nullptr) != 0) {
    return errno;
  }
  if (syscall(SYS_setresgid, ids.gid, ids.gid, ids.gid) != 0 ||
      syscall(SYS_setresuid, ids.uid, ids.uid, ids.uid) != 0) {
    return errno;
  }
  return 0;
}

}  // namespace sandbox::detail
