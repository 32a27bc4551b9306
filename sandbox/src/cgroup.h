// cgroup v2 memory and task accounting, where the user has a delegated subtree: the library
// makes one cgroup per run and moves the keeper into it before the program starts; the kernel
// enforces memory.max and pids.max, and reports the peak and any OOM kill.
#pragma once

#include <sys/types.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "sandbox/run.h"

namespace sandbox::detail {

struct ChildPlan;

// --- Library half ----------------------------------------------------------------------------

/// A folder `judge-PID` under the judge's own cgroup, with the memory and pids controllers
/// enabled for its children; each run gets a child `run-N`.
class CgroupTree {
 public:
  /// Returns null, with the reason in `note`, when there is no usable delegated subtree
  /// (cgroup v1, no memory controller, not writable, or processes in the way).
  [[nodiscard]] static std::unique_ptr<CgroupTree> create(std::string& note);
  ~CgroupTree();
  CgroupTree(const CgroupTree&) = delete;
  CgroupTree& operator=(const CgroupTree&) = delete;

  [[nodiscard]] const std::string& path() const noexcept { return path_; }

  /// One run's cgroup, removed when destroyed.
  class Run {
   public:
    Run(std::string path) : path_(std::move(path)) {}
    ~Run();
    Run(const Run&) = delete;
    Run& operator=(const Run&) = delete;
    /// Moves `pid` (the keeper, before it starts the program) into the cgroup.
    void add(pid_t pid);
    /// Fills peak memory and, after an OOM kill, the memory limit.
    void finish(RunResult& result);

   private:
    std::string path_;
  };

  /// Creates a run's cgroup with memory.max = `memory_bytes` (0: none), no swap, and
  /// pids.max = `tasks`. Throws Error on failure.
  [[nodiscard]] std::unique_ptr<Run> start_run(std::uint64_t memory_bytes, int tasks);

 private:
  explicit CgroupTree(std::string path) : path_(std::move(path)) {}
  std::string path_;
  std::atomic<unsigned> counter_{0};
};

// --- Helper half -----------------------------------------------------------------------------

/// In cgroup mode, the keeper waits until the library has moved it into the run's cgroup ('g'
/// on the control pipe), so that everything the run starts is counted there. False if the
/// library gave up instead.
[[nodiscard]] bool wait_until_moved(const ChildPlan& plan) noexcept;

}  // namespace sandbox::detail
