// Descriptors the engine opens for a run's standard input and output, and a run between two
// files (private to judge/src).
#pragma once

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>

#include <fmt/format.h>

#include "judge/error.h"
#include "judge/runner.h"

namespace judge::detail {

/// Owns a descriptor (or -1) and closes it.
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) {
      close(fd_);
    }
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  [[nodiscard]] int get() const { return fd_; }

 private:
  int fd_;
};

/// Opens `path` for reading; throws Error naming it.
[[nodiscard]] inline int open_read(const std::filesystem::path& path) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    throw Error(fmt::format("cannot read {}: {}", path.string(), strerror(errno)),
                "check that the file exists and that you may read it");
  }
  return fd;
}

/// Creates or truncates `path` for writing; throws Error naming it.
[[nodiscard]] inline int open_write(const std::filesystem::path& path) {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    throw Error(fmt::format("cannot write {}: {}", path.string(), strerror(errno)),
                "check that the folder is writable and the disk is not full");
  }
  return fd;
}

/// Runs `spec` with standard input from `input` (nothing if empty) and standard output into
/// `output`, created or truncated.
[[nodiscard]] inline sandbox::RunResult run_with_files(Runner& runner, sandbox::RunSpec spec,
                                                       const std::filesystem::path& input,
                                                       const std::filesystem::path& output) {
  Fd in(input.empty() ? -1 : open_read(input));
  Fd out(open_write(output));
  spec.stdin_fd = in.get();
  spec.stdout_fd = out.get();
  return runner.run(spec);
}

}  // namespace judge::detail
