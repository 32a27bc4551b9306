// The sandbox's one exception type: the sandbox itself failed (not the program it ran).
#pragma once

#include <stdexcept>
#include <string>

namespace sandbox {

/// Thrown when the sandbox cannot do its job: a namespace, mount, rlimit or seccomp step
/// failed, or the program could not be started. A program that crashes, times out or is killed
/// for a forbidden system call is not an error: that is a RunResult.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& what, std::string hint = {})
      : std::runtime_error(what), hint_(std::move(hint)) {}

  /// What to do about it, in the sandbox's own terms ("set RunSpec::limits.wall_time"); the
  /// front end adds its own pointers. Empty where there is nothing sensible to say.
  [[nodiscard]] const std::string& hint() const noexcept { return hint_; }

 private:
  std::string hint_;
};

/// Builds an Error from an errno value: "what: strerror(err)".
[[nodiscard]] Error system_error(int err, const std::string& what, std::string hint = {});

}  // namespace sandbox
