// The verdict of a run before its output is checked: a limit, a forbidden call, a crash, or a
// normal exit (then the checker decides).
#include "judge/classify.h"

#include <signal.h>

#include <algorithm>

#include <fmt/format.h>

namespace judge {

namespace {

bool contains_any(const std::string& text, const std::vector<std::string>& needles) {
  return std::any_of(needles.begin(), needles.end(), [&text](const std::string& n) {
    return !n.empty() && text.find(n) != std::string::npos;
  });
}

// A limit the sandbox enforced, or nothing.
std::optional<RunVerdict> limit_verdict(sandbox::LimitKind limit, double time_limit_s,
                                        std::uint64_t memory_mib) {
  using sandbox::LimitKind;
  switch (limit) {
    case LimitKind::kCpuTime:
      return RunVerdict{Verdict::kTimeLimit,
                        fmt::format("CPU time over the limit of {:.2f} s", time_limit_s)};
    case LimitKind::kWallTime:
      // The wall clock runs on while a program waits: a read of an input that never comes,
      // a sleep, a lock. Its limit is generous (profiles.cc), so crossing it is a TLE too.
      return RunVerdict{Verdict::kTimeLimit,
                        fmt::format("ran past the wall-clock limit (waiting for input, sleeping, "
                                    "or blocked?); CPU limit {:.2f} s",
                                    time_limit_s)};
    case LimitKind::kMemory:
      return RunVerdict{Verdict::kMemoryLimit,
                        fmt::format("memory over the limit of {} MiB", memory_mib)};
    case LimitKind::kStdout:
      return RunVerdict{Verdict::kOutputLimit, "output over the limit"};
    case LimitKind::kStderr:
      return RunVerdict{Verdict::kOutputLimit, "standard error over the limit"};
    case LimitKind::kNone:
      break;
  }
  return std::nullopt;
}

}  // namespace

RunVerdict classify_run(const sandbox::RunResult& run, const Language& language,
                        double time_limit_s, std::uint64_t memory_mib, bool hidden) {
  if (run.violated()) {
    return {Verdict::kSecurityViolation,
            fmt::format("forbidden system call: {}", run.violation_name)};
  }
  if (auto verdict = limit_verdict(run.limit, time_limit_s, memory_mib)) {
    return *verdict;
  }
  // A runtime that runs out of memory under the limit says so on stderr and exits (Java's
  // OutOfMemoryError, C++'s std::bad_alloc): that is MLE, not a crash.
  const bool oom = contains_any(run.stderr_tail, language.oom_markers);
  if (!run.exited) {
    // The kernel's RLIMIT_CPU, the sandbox's backstop, ends a run its own check missed.
    if (run.signal == SIGXCPU) {
      return {Verdict::kTimeLimit,
              fmt::format("CPU time over the limit of {:.2f} s", time_limit_s)};
    }
    if (oom) {
      return {Verdict::kMemoryLimit, fmt::format("out of memory (limit {} MiB)", memory_mib)};
    }
    std::string message = signal_text(run.signal);
    if (std::string summary = crash_summary(run.stderr_tail, hidden); !summary.empty()) {
      message += ": " + summary;
    }
    return {Verdict::kRuntimeError, message};
  }
  if (run.exit_code != 0) {
    if (oom) {
      return {Verdict::kMemoryLimit, fmt::format("out of memory (limit {} MiB)", memory_mib)};
    }
    std::string message = fmt::format("exit code {}", run.exit_code);
    if (std::string summary = crash_summary(run.stderr_tail, hidden); !summary.empty()) {
      message += ": " + summary;
    }
    return {Verdict::kRuntimeError, message};
  }
  return {Verdict::kAccepted, {}};
}

}  // namespace judge
