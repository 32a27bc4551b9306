// How the sandbox's files are split, and the rules for code that runs in the helper's children.
//
// Each mechanism has one file (rlimits.cc, mounts.cc, user.cc, ...) with two halves:
//   - the library half runs in the judge's process before a run: it chooses, resolves and
//     describes (it may allocate, throw sandbox::Error and format messages);
//   - the helper half runs in the helper process and in its children, the keeper (PID 1 of a
//     run) and the candidate (the program before its execve): it applies what the library
//     chose.
// The helper is a separate static executable built without exceptions, fmt or sanitizers: it
// is compiled from the helper halves only (SANDBOX_HELPER_BUILD is defined, and the library
// halves are inside #ifndef SANDBOX_HELPER_BUILD). The library compiles both halves, so that
// it can name the steps from the same tables the helper runs.
//
// Rules for the helper half: no allocation, no exceptions, no stdio, no locks; only system
// calls and reads of the prepared ChildPlan. The keeper and the candidate are copies of a
// process that may have other threads, so libc state may be mid-update.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <cstdint>

// Sanitizers keep per-thread state that these processes must not touch: they run on stacks the
// runtime does not know, share memory with the supervisor, or are forked mid-flight.
#define SANDBOX_CHILD __attribute__((no_sanitize("address", "undefined")))

namespace sandbox::detail {

inline constexpr std::int64_t kNsPerMs = 1000 * 1000;
inline constexpr std::int64_t kNsPerSecond = 1000 * kNsPerMs;

/// CLOCK_MONOTONIC in nanoseconds.
[[nodiscard]] std::int64_t now_ns() noexcept;

/// Writes the decimal form of `value` at `out` (no terminator); returns the end.
char* put_uint(char* out, unsigned long value) noexcept;

/// "/proc/PID/NAME" in `path` (NAME at most 16 bytes).
void proc_path(char (&path)[64], pid_t pid, const char* name) noexcept;

/// Writes all of `data`, retrying after signals. False if the descriptor refused.
bool write_all(int fd, const void* data, std::size_t size) noexcept;

}  // namespace sandbox::detail
