// Small helpers for the helper half of every mechanism (see child.h for the rules).
#include "child.h"

#include <errno.h>
#include <time.h>
#include <unistd.h>

#include <cstring>

namespace sandbox::detail {

SANDBOX_CHILD std::int64_t now_ns() noexcept {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return std::int64_t{ts.tv_sec} * kNsPerSecond + ts.tv_nsec;
}

SANDBOX_CHILD char* put_uint(char* out, unsigned long value) noexcept {
  char digits[24];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (n > 0) {
    *out++ = digits[--n];
  }
  return out;
}

SANDBOX_CHILD void proc_path(char (&path)[64], pid_t pid, const char* name) noexcept {
  std::memcpy(path, "/proc/", 6);
  char* end = put_uint(path + 6, static_cast<unsigned long>(pid));
  *end++ = '/';
  const std::size_t len = std::strlen(name);
  std::memcpy(end, name, len + 1);
}

SANDBOX_CHILD bool write_all(int fd, const void* data, std::size_t size) noexcept {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    ssize_t n = write(fd, p, size);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      return false;
    }
    p += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace sandbox::detail
