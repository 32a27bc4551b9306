// Memory without a cgroup. The resident set is what the limit means; RLIMIT_AS (rlimits.cc) is
// only a backstop, set far above it, for allocations faster than this meter.
#include "memory.h"

#include <fcntl.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <algorithm>

#include "child.h"
#include "plan.h"
#include "proc.h"

namespace sandbox::detail {

#ifndef SANDBOX_HELPER_BUILD
// --- Library half: choose and decide ---------------------------------------------------------

std::uint64_t address_space_limit(const Limits& limits, bool cgroup) noexcept {
  return limits.memory_bytes != 0 && !cgroup
             ? limits.memory_bytes + limits.address_space_extra_bytes
             : 0;
}

MemoryWatch memory_watch(const Limits& limits, bool cgroup, Profile profile) noexcept {
  return {cgroup ? 0 : limits.memory_bytes, profile == Profile::kToolchain ? 1U : 0U, 0};
}

bool ended_over_memory(const RunResult& result, const Limits& limits, std::uint64_t address_space,
                       std::uint64_t load_size) noexcept {
  if (limits.memory_bytes != 0 && result.peak_memory_bytes > limits.memory_bytes) {
    return true;
  }
  // execve could not map the program's static data: it died before its first instruction.
  return address_space != 0 && load_size > address_space && !result.exited;
}

#endif  // SANDBOX_HELPER_BUILD
// --- Helper half: measure ----------------------------------------------------------------------

namespace {

// Resident set in bytes from an open /proc/PID/statm (second field, in pages).
SANDBOX_CHILD std::uint64_t read_rss(int statm_fd, long page_size) noexcept {
  char buf[128];
  ssize_t n = pread(statm_fd, buf, sizeof buf - 1, 0);
  if (n <= 0) {
    return 0;
  }
  buf[n] = '\0';
  const char* p = buf;
  while (*p != '\0' && *p != ' ') {
    ++p;
  }
  while (*p == ' ') {
    ++p;
  }
  std::uint64_t pages = 0;
  while (*p >= '0' && *p <= '9') {
    pages = pages * 10 + static_cast<std::uint64_t>(*p - '0');
    ++p;
  }
  return pages * static_cast<std::uint64_t>(page_size);
}

// The resident sets of every process of the run: in its own PID namespace, every process but
// PID 1 (the keeper); without one, every process of the candidate's session. Compilers run
// their passes as processes of their own, each as large as the source makes it.
SANDBOX_CHILD std::uint64_t run_rss(bool in_pid_namespace, pid_t session, long page_size) noexcept {
  std::uint64_t total = 0;
  for_each_process([&](pid_t pid) SANDBOX_CHILD {
    if (in_pid_namespace ? pid == 1 : stat_field(pid, 6) != session) {
      return;
    }
    char path[64];
    proc_path(path, pid, "statm");
    const int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
      total += read_rss(fd, page_size);
      close(fd);
    }
  });
  return total;
}

// Bytes in use on the file system at `path` (a tmpfs of the run).
SANDBOX_CHILD std::uint64_t used_bytes(const char* path) noexcept {
  struct statfs fs {};
  if (statfs(path, &fs) != 0) {
    return 0;
  }
  return static_cast<std::uint64_t>(fs.f_blocks - fs.f_bfree) *
         static_cast<std::uint64_t>(fs.f_bsize);
}

}  // namespace

SANDBOX_CHILD MemoryMeter::MemoryMeter(const ChildPlan& plan, pid_t candidate,
                                       const PrivateMounts& mounts) noexcept
    : plan_(plan), mounts_(mounts), candidate_(candidate), page_size_(sysconf(_SC_PAGESIZE)) {
  const MemoryWatch& watch = plan.memory;
  if (watch.limit_bytes != 0 && watch.count_all_processes == 0) {
    char path[64];
    proc_path(path, candidate, "statm");
    statm_fd_ = open(path, O_RDONLY | O_CLOEXEC);
  }
  polled_ = watch.limit_bytes != 0 && (statm_fd_ >= 0 || watch.count_all_processes != 0);
}

// What the run holds now: resident sets (the candidate's, or every process's for a toolchain)
// plus the files in its private tmpfs mounts.
SANDBOX_CHILD bool MemoryMeter::over_limit() noexcept {
  const std::uint64_t bytes =
      (plan_.memory.count_all_processes != 0 ? run_rss(plan_.namespaces, candidate_, page_size_)
                                             : read_rss(statm_fd_, page_size_)) +
      held_in_private_mounts();
  peak_ = std::max<std::int64_t>(peak_, static_cast<std::int64_t>(bytes));
  return bytes > plan_.memory.limit_bytes;
}

SANDBOX_CHILD std::int64_t MemoryMeter::final_peak(long maxrss_kb) const noexcept {
  // Files left in the private mounts were memory too, on top of the peak resident set.
  return std::max<std::int64_t>(
      peak_, std::int64_t{maxrss_kb} * 1024 + static_cast<std::int64_t>(held_in_private_mounts()));
}

SANDBOX_CHILD std::uint64_t MemoryMeter::held_in_private_mounts() const noexcept {
  std::uint64_t bytes = 0;
  for (int i = 0; i < mounts_.count; ++i) {
    bytes += used_bytes(mounts_.paths[i]);
  }
  return bytes;
}

}  // namespace sandbox::detail
