// Helpers shared by the unit tests: files in a private folder, a Runner that runs nothing and a
// Compiler that compiles nothing.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "judge/compile.h"
#include "judge/error.h"
#include "judge/runner.h"

namespace judge::unit {

/// Writes `contents` to `path`, creating its folders.
inline void write_file(const std::filesystem::path& path, const std::string& contents) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << contents;
  ASSERT_TRUE(out.good()) << "cannot write " << path;
}

inline std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The message of the judge::Error that `f` throws, or "(no error)".
template <typename F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const judge::Error& e) {
    return e.what();
  }
  return "(no error)";
}

/// The hint of the judge::Error that `f` throws, or "(no error)".
template <typename F>
std::string hint_of(F&& f) {
  try {
    f();
  } catch (const judge::Error& e) {
    return e.hint();
  }
  return "(no error)";
}

/// Everything readable from `fd`, from its current offset.
inline std::string read_fd(int fd) {
  std::string text;
  char buf[4096];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n <= 0) {
      break;
    }
    text.append(buf, static_cast<std::size_t>(n));
  }
  return text;
}

inline void write_fd(int fd, const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    ssize_t n = write(fd, text.data() + done, text.size() - done);
    ASSERT_GT(n, 0);
    done += static_cast<std::size_t>(n);
  }
}

/// The host folder bound at `target` in `spec`, if any.
inline std::optional<std::filesystem::path> bind_source(const sandbox::RunSpec& spec,
                                                        const std::string& target) {
  for (const auto& bind : spec.binds) {
    if (bind.target == target) {
      return std::filesystem::path(bind.source);
    }
  }
  return std::nullopt;
}

/// A run that exited with `code`.
inline sandbox::RunResult exited(int code, std::string stderr_tail = {}) {
  sandbox::RunResult r;
  r.exited = true;
  r.exit_code = code;
  r.stderr_tail = std::move(stderr_tail);
  return r;
}

/// A run killed by `signal`.
inline sandbox::RunResult killed(int signal, std::string stderr_tail = {}) {
  sandbox::RunResult r;
  r.exited = false;
  r.signal = signal;
  r.stderr_tail = std::move(stderr_tail);
  return r;
}

/// Runs nothing: each call is recorded and answered by `on_run` (ninja's FakeCommandRunner).
class FakeRunner final : public Runner {
 public:
  using Handler = std::function<sandbox::RunResult(const sandbox::RunSpec&)>;
  explicit FakeRunner(Handler on_run) : on_run_(std::move(on_run)) {}
  // Tests swap in another handler; the lock stays the runner's own.
  FakeRunner& operator=(FakeRunner&& other) noexcept {
    std::lock_guard lock(mutex_);
    on_run_ = std::move(other.on_run_);
    calls = std::move(other.calls);
    return *this;
  }

  // Runs one at a time, like a sandbox serving several threads would appear to a handler that
  // keeps state: the judge makes generated tests from several threads.
  [[nodiscard]] sandbox::RunResult run(const sandbox::RunSpec& spec) override {
    std::lock_guard lock(mutex_);
    calls.push_back(spec);
    return on_run_(spec);
  }

  std::vector<sandbox::RunSpec> calls;

 private:
  Handler on_run_;
  std::mutex mutex_;
};

/// Compiles nothing: each call is recorded and "built" into a new folder under `root`, which
/// holds the source as the language's source file. `on_compile` may put more there (the fake
/// program) and change the result, which is a success by default. Languages whose IDs are in
/// `missing` are not installed: compiling one throws Error, as the real compiler does.
class FakeCompiler final : public Compiler {
 public:
  struct Call {
    std::string language;
    std::string source;
    std::string display_name;
  };
  using Handler = std::function<void(const Call& call, CompileResult& result)>;

  explicit FakeCompiler(std::filesystem::path root, Handler on_compile = {})
      : root_(std::move(root)), on_compile_(std::move(on_compile)) {}

  // Judge and PackChecker compile from several threads.
  [[nodiscard]] CompileResult compile(const Language& language, const std::string& source,
                                      const std::string& display_name) override {
    std::lock_guard lock(mutex_);
    if (missing.count(language.id) != 0) {
      throw Error(language.name + " is not installed", "install it");
    }
    calls.push_back({language.id, source, display_name});
    CompileResult result;
    result.ok = true;
    result.dir = root_ / std::to_string(calls.size());
    std::filesystem::create_directories(result.dir);
    std::ofstream(result.dir / language.source_name, std::ios::binary) << source;
    if (on_compile_) {
      on_compile_(calls.back(), result);
    }
    return result;
  }

  [[nodiscard]] bool installed(const Language& language) const override {
    return missing.count(language.id) == 0;
  }

  std::vector<Call> calls;
  std::set<std::string> missing;

 private:
  std::filesystem::path root_;
  Handler on_compile_;
  std::mutex mutex_;
};

}  // namespace judge::unit
