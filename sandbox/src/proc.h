// Reading /proc without allocating (helper half only): the process walk behind ending a run's
// leftovers and a toolchain's memory figure.
#pragma once

#include <dirent.h>
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>

#include "child.h"

namespace sandbox::detail {

/// Calls visit(pid) for every process /proc lists.
template <typename Visit>
SANDBOX_CHILD void for_each_process(Visit&& visit) noexcept {
  const int proc = open("/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (proc < 0) {
    return;
  }
  alignas(8) char entries[4096];
  for (;;) {
    const ssize_t size = getdents64(proc, entries, sizeof entries);
    if (size <= 0) {
      break;
    }
    for (ssize_t at = 0; at < size;) {
      const auto* entry = reinterpret_cast<const dirent64*>(entries + at);
      at += entry->d_reclen;
      pid_t pid = 0;
      const char* c = entry->d_name;
      for (; *c >= '0' && *c <= '9'; ++c) {
        pid = pid * 10 + (*c - '0');
      }
      if (*c == '\0' && pid != 0) {
        visit(pid);
      }
    }
  }
  close(proc);
}

/// Numeric field `n` (4 or more, numbered as in proc(5): 4 is the parent, 6 the session) of
/// /proc/PID/stat, or -1.
[[nodiscard]] long stat_field(pid_t pid, int n) noexcept;

/// Sends SIGKILL to every process whose parent is `parent`; returns how many there were, dead
/// ones not yet reaped included.
int kill_children_of(pid_t parent) noexcept;

}  // namespace sandbox::detail
