// Running the built `judge` program as a user would: a subprocess with its own JUDGE_HOME, a
// cache shared by the whole test run (compiles and the C++ precompiled header are reused),
// NO_COLOR, and no terminal.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace e2e {

namespace fs = std::filesystem;
using nlohmann::json;

/// What a finished `judge` did.
struct Output {
  int exit_code = -1;  ///< -1 when it was killed by a signal
  int signal = 0;
  std::string out;
  std::string err;

  /// Both streams, for assertion messages.
  [[nodiscard]] std::string describe() const;
};

struct RunOptions {
  std::optional<std::string> input;  ///< standard input; none: /dev/null
  fs::path cwd;                      ///< empty: the test's scratch folder
  /// More environment, "NAME=VALUE"; a NAME the harness sets too is replaced.
  std::vector<std::string> env;
  /// Starts the judge in a process group of its own, as a shell starts a foreground job, so
  /// that kill(-pid, SIGINT) is what Ctrl-C on a terminal does.
  bool process_group = false;
};

/// A `judge` running in the background. Its standard input is written and closed at once.
class Process {
 public:
  Process(const std::vector<std::string>& argv, const std::vector<std::string>& env,
          const RunOptions& options);
  ~Process();  ///< kills and reaps it if still running
  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;

  [[nodiscard]] pid_t pid() const noexcept { return pid_; }
  /// Reads both streams to their end and reaps the process. After `timeout` the process is
  /// killed and the test fails.
  Output wait(std::chrono::seconds timeout = std::chrono::seconds(240));

 private:
  pid_t pid_ = -1;
  int out_ = -1;
  int err_ = -1;
};

/// The folders the build gave the tests.
[[nodiscard]] fs::path judge_program();
[[nodiscard]] fs::path testdata();
[[nodiscard]] fs::path pack_dir();                          ///< tests/testdata/e2e-pack
[[nodiscard]] fs::path problem_dir(const std::string& id);  ///< a problem of that pack
[[nodiscard]] fs::path program(const std::string& problem, const std::string& file);

/// True if `name` is in /usr/local/bin, /usr/bin or /bin (where the judge looks).
[[nodiscard]] bool have_program(const std::string& name);

[[nodiscard]] std::string read_file(const fs::path& path);
void write_file(const fs::path& path, const std::string& contents);

/// True when --update-golden is on the command line or JUDGE_UPDATE_GOLDEN=1.
[[nodiscard]] bool update_golden();

/// A fresh JUDGE_HOME and scratch folder per test.
class JudgeTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  /// Runs `judge ARGS...` to its end.
  Output judge(const std::vector<std::string>& args, const RunOptions& options = {});
  /// Starts ARGV (a program and its arguments) with the environment `judge` gets.
  [[nodiscard]] std::unique_ptr<Process> start_program(const std::vector<std::string>& argv,
                                                       const RunOptions& options = {});
  /// Starts `judge ARGS...` in the background.
  [[nodiscard]] std::unique_ptr<Process> start_judge(const std::vector<std::string>& args,
                                                     const RunOptions& options = {});
  /// Runs `judge ARGS...`, expects `exit_code` and one JSON value on stdout (a failure and null
  /// otherwise).
  json judge_json(const std::vector<std::string>& args, int exit_code,
                  const RunOptions& options = {});
  /// `judge submit FILE --problem DIR --explain TEXT --json ...`.
  json submit_json(const fs::path& file, const std::string& problem, int exit_code,
                   const std::vector<std::string>& more = {});

  [[nodiscard]] const fs::path& home() const noexcept { return home_; }
  [[nodiscard]] const fs::path& scratch() const noexcept { return scratch_; }
  [[nodiscard]] fs::path database() const { return home_ / "judge.db"; }

 private:
  std::vector<std::string> environment() const;

  fs::path root_;
  fs::path home_;
  fs::path scratch_;
};

}  // namespace e2e
