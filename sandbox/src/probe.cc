// Finding out what this machine allows, without changing anything.
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>

#include <fmt/format.h>

#include "cgroup.h"
#include "landlock.h"
#include "sandbox/layers.h"
#include "seccomp_filter.h"

namespace sandbox {

Probe probe_system() {
  Probe probe;
  utsname name{};
  if (uname(&name) == 0) {
    probe.kernel = name.release;
  }
  // Try it: sysctls (kernel.unprivileged_userns_clone, user.max_user_namespaces) and AppArmor
  // policies all answer the same question differently.
  pid_t pid = fork();
  if (pid == 0) {
    _exit(unshare(CLONE_NEWUSER) == 0 ? 0 : errno);
  }
  int status = 0;
  if (pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status)) {
    probe.user_namespaces = WEXITSTATUS(status) == 0;
    if (!probe.user_namespaces) {
      probe.user_namespaces_note = fmt::format(
          "unshare(CLONE_NEWUSER): {}; check sysctl kernel.unprivileged_userns_clone, "
          "user.max_user_namespaces and kernel.apparmor_restrict_unprivileged_userns",
          std::strerror(WEXITSTATUS(status)));
    }
  }
  probe.landlock_abi = detail::landlock_abi();
  if (probe.landlock_abi == 0) {
    probe.landlock_note = "not offered by this kernel (Linux 5.13+, lsm=landlock)";
  }
  probe.seccomp = !(prctl(PR_GET_SECCOMP) < 0 && errno == EINVAL);
  probe.seccomp_notify = detail::seccomp_notif_size() != 0;
  return probe;
}

}  // namespace sandbox
