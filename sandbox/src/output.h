// Draining a run's standard output and error from their pipes, with byte caps.
#pragma once

#include <cstdint>
#include <string>

namespace sandbox::detail {

/// Copies a pipe into a descriptor (or nowhere), up to a cap.
class OutputSink {
 public:
  /// `out_fd`: where bytes go, or -1 to count them only. `cap`: bytes accepted.
  OutputSink(int out_fd, std::uint64_t cap);

  enum class State { kOpen, kEof };
  /// Moves what the pipe holds now (the pipe is non-blocking). Bytes past the cap are read and
  /// dropped, so that the writer never blocks before it is stopped. Throws Error if writing to
  /// `out_fd` fails.
  State pump(int pipe_fd);

  [[nodiscard]] std::uint64_t total() const noexcept { return total_; }
  [[nodiscard]] bool over_cap() const noexcept { return total_ > cap_; }

 private:
  int out_fd_;
  bool splice_ok_;
  std::uint64_t cap_;
  std::uint64_t total_ = 0;
};

/// Keeps the last `keep` bytes of a stream, counting all, up to a cap.
class TailBuffer {
 public:
  TailBuffer(std::uint64_t cap, std::size_t keep) : cap_(cap), keep_(keep) {}

  OutputSink::State pump(int pipe_fd);
  [[nodiscard]] std::uint64_t total() const noexcept { return total_; }
  [[nodiscard]] bool over_cap() const noexcept { return total_ > cap_; }
  /// The kept bytes, oldest first.
  [[nodiscard]] std::string tail() const;

 private:
  std::uint64_t cap_;
  std::size_t keep_;
  std::uint64_t total_ = 0;
  std::string ring_;
  std::size_t head_ = 0;  // next write position once the ring is full
};

}  // namespace sandbox::detail
