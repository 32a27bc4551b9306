#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

#include "sandbox/error.h"

namespace sandbox::detail {

namespace {

constexpr std::size_t kChunk = 1 << 20;
constexpr const char* kSaveHint =
    "RunSpec::stdout_fd must stay writable, on a disk with room for Limits::stdout_bytes";

void write_all(int fd, const char* p, std::size_t left) {
  while (left > 0) {
    ssize_t w = write(fd, p, left);
    if (w < 0 && errno == EINTR) {
      continue;
    }
    if (w <= 0) {
      throw system_error(errno, "cannot save the program's output", kSaveHint);
    }
    p += w;
    left -= static_cast<std::size_t>(w);
  }
}

}  // namespace

OutputSink::OutputSink(int out_fd, std::uint64_t cap) : out_fd_(out_fd), cap_(cap) {
  struct stat st {};
  // splice() moves pages from the pipe to a file without copying them through user space.
  splice_ok_ = out_fd >= 0 && fstat(out_fd, &st) == 0 && S_ISREG(st.st_mode);
}

OutputSink::State OutputSink::pump(int pipe_fd) {
  char buffer[64 * 1024];
  for (;;) {
    ssize_t n;
    if (total_ >= cap_ || out_fd_ < 0) {
      // Counting only: past the cap, or nowhere to write.
      n = read(pipe_fd, buffer, sizeof buffer);
    } else if (splice_ok_) {
      n = splice(pipe_fd, nullptr, out_fd_, nullptr,
                 static_cast<std::size_t>(std::min<std::uint64_t>(cap_ - total_, kChunk)),
                 SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
      if (n < 0 && errno == EINVAL) {
        splice_ok_ = false;  // a file system without splice support
        continue;
      }
      if (n < 0 && errno != EAGAIN && errno != EINTR) {
        throw system_error(errno, "cannot save the program's output", kSaveHint);
      }
    } else {
      n = read(pipe_fd, buffer,
               static_cast<std::size_t>(std::min<std::uint64_t>(cap_ - total_, sizeof buffer)));
      if (n > 0) {
        write_all(out_fd_, buffer, static_cast<std::size_t>(n));
      }
    }
    if (n > 0) {
      total_ += static_cast<std::uint64_t>(n);
      continue;
    }
    if (n == 0) {
      return State::kEof;
    }
    return errno == EAGAIN || errno == EINTR ? State::kOpen : State::kEof;
  }
}

OutputSink::State TailBuffer::pump(int pipe_fd) {
  char buffer[16 * 1024];
  for (;;) {
    ssize_t n = read(pipe_fd, buffer, sizeof buffer);
    if (n == 0) {
      return OutputSink::State::kEof;
    }
    if (n < 0) {
      return errno == EAGAIN || errno == EINTR ? OutputSink::State::kOpen : OutputSink::State::kEof;
    }
    total_ += static_cast<std::uint64_t>(n);
    if (keep_ == 0) {
      continue;
    }
    for (ssize_t i = 0; i < n; ++i) {
      if (ring_.size() < keep_) {
        ring_.push_back(buffer[i]);
      } else {
        ring_[head_] = buffer[i];
        head_ = (head_ + 1) % keep_;
      }
    }
  }
}

std::string TailBuffer::tail() const {
  if (ring_.size() < keep_) {
    return ring_;
  }
  return ring_.substr(head_) + ring_.substr(0, head_);
}

}  // namespace sandbox::detail
