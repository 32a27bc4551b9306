// The error of the user's input: a bad problem file, an unknown problem, a missing toolchain.
#pragma once

#include <stdexcept>
#include <string>

namespace judge {

/// What is wrong (naming the object, the path, the line) and, in hint(), what to do about it.
/// The command-line program prints both and exits with status 2.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& what, std::string hint = {})
      : std::runtime_error(what), hint_(std::move(hint)) {}
  [[nodiscard]] const std::string& hint() const noexcept { return hint_; }

 private:
  std::string hint_;
};

/// The database could not be read or written (held by another judge, damaged, full, not
/// writable). The message names the cause and the file; the hint says how to fix it. The
/// command-line program keeps what the user wrote (an explanation) in a draft when it sees one.
class StoreError : public Error {
 public:
  using Error::Error;
};

/// The problem's pack is broken: its checker or one of its generators does not compile. Neither
/// the user's input nor the candidate's fault: a submission it stops is an internal error (IE),
/// and the command-line program exits with status 3. The hint says to run `judge pack check`.
class PackError : public Error {
 public:
  using Error::Error;
};

/// The judge was asked to stop (Ctrl-C, SIGTERM): judging ended early. Not a fault of the user
/// or the judge; the command-line program exits 130.
class Interrupted : public std::runtime_error {
 public:
  explicit Interrupted(const std::string& what) : std::runtime_error(what) {}
};

}  // namespace judge
