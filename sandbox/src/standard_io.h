// The program's three standard descriptors: where they come from (the library's pipes, a
// sealed copy of the input) and how the candidate puts them on 0, 1 and 2. Draining the pipes
// is output.cc's.
#pragma once

#include "sandbox/unique_fd.h"

namespace sandbox::detail {

struct CandidateState;
struct ChildPlan;

// --- Library half ----------------------------------------------------------------------------

/// A descriptor number of 3 or more (the same one when it is). Throws Error.
[[nodiscard]] UniqueFd above_stdio(UniqueFd fd);

/// A close-on-exec pipe whose ends are both above the standard descriptors. Throws Error.
void make_pipe(UniqueFd& read_end, UniqueFd& write_end);

/// The pipes of the program's standard output and error; the library's ends are non-blocking.
struct OutputPipes {
  UniqueFd out_read;
  UniqueFd out_write;
  UniqueFd err_read;
  UniqueFd err_write;
};
[[nodiscard]] OutputPipes make_output_pipes();

/// What the program gets as standard input for the caller's `fd` (-1: nothing, /dev/null).
/// Throws Error.
[[nodiscard]] UniqueFd program_stdin(int fd);

// --- Helper half -----------------------------------------------------------------------------

/// Candidate step "stdio". 0 or an errno.
[[nodiscard]] int connect_stdio(CandidateState& state) noexcept;

/// The keeper's copies of the program's standard descriptors, closed once the program has its
/// own (after its execve).
void drop_stdio_copies(const ChildPlan& plan) noexcept;

}  // namespace sandbox::detail
