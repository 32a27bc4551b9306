#include "proc.h"

#include <signal.h>

#include <cstring>

namespace sandbox::detail {

// The command (field 2) may hold spaces and parentheses: fields are counted from its last ')'.
SANDBOX_CHILD long stat_field(pid_t pid, int n) noexcept {
  char path[64];
  proc_path(path, pid, "stat");
  char stat[512];
  const int fd = open(path, O_RDONLY | O_CLOEXEC);
  const ssize_t got = fd >= 0 ? read(fd, stat, sizeof stat - 1) : -1;
  if (fd >= 0) {
    close(fd);
  }
  if (got <= 0) {
    return -1;
  }
  stat[got] = '\0';
  const char* p = std::strrchr(stat, ')');
  if (p == nullptr) {
    return -1;
  }
  for (int field = 2; *p != '\0' && field < n; ++p) {
    if (*p == ' ') {
      ++field;
    }
  }
  if (*p < '0' || *p > '9') {
    return -1;
  }
  long value = 0;
  for (; *p >= '0' && *p <= '9'; ++p) {
    value = value * 10 + (*p - '0');
  }
  return value;
}

SANDBOX_CHILD int kill_children_of(pid_t parent) noexcept {
  int found = 0;
  for_each_process([&found, parent](pid_t pid) SANDBOX_CHILD {
    if (stat_field(pid, 4) == parent) {
      kill(pid, SIGKILL);
      ++found;
    }
  });
  return found;
}

}  // namespace sandbox::detail
