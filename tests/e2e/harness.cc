#include "harness.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>

#ifndef E2E_JUDGE
#error "E2E_JUDGE must name the judge program"
#endif
#ifndef E2E_TESTDATA
#error "E2E_TESTDATA must name tests/testdata"
#endif
#ifndef E2E_CACHE_DIR
#error "E2E_CACHE_DIR must name the cache shared by the run"
#endif

namespace e2e {

namespace {

// A judge that exits early leaves our end of its standard input without a reader: a failed
// write is enough, a signal would end the whole test program.
const bool kIgnoreSigpipe = [] {
  signal(SIGPIPE, SIG_IGN);
  return true;
}();

void check(int rc, const char* what) {
  if (rc != 0) {
    throw std::runtime_error(fmt::format("{}: {}", what, std::strerror(rc)));
  }
}

}  // namespace

std::string Output::describe() const {
  std::string status = signal != 0 ? fmt::format("killed by signal {}", signal)
                                   : fmt::format("exit code {}", exit_code);
  return fmt::format("judge {}\n--- stdout ---\n{}\n--- stderr ---\n{}", status, out, err);
}

Process::Process(const std::vector<std::string>& argv, const std::vector<std::string>& env,
                 const RunOptions& options) {
  (void)kIgnoreSigpipe;
  int out[2];
  int err[2];
  int in[2] = {-1, -1};
  if (pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0 ||
      (options.input && pipe2(in, O_CLOEXEC) != 0)) {
    throw std::runtime_error(fmt::format("pipe: {}", std::strerror(errno)));
  }
  posix_spawn_file_actions_t actions;
  check(posix_spawn_file_actions_init(&actions), "posix_spawn_file_actions_init");
  if (options.input) {
    check(posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO), "adddup2");
  } else {
    check(posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0),
          "addopen");
  }
  check(posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO), "adddup2");
  check(posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO), "adddup2");
  if (!options.cwd.empty()) {
    check(posix_spawn_file_actions_addchdir_np(&actions, options.cwd.c_str()), "addchdir");
  }
  std::vector<char*> args;
  for (const auto& a : argv) {
    args.push_back(const_cast<char*>(a.c_str()));
  }
  args.push_back(nullptr);
  std::vector<char*> envp;
  for (const auto& e : env) {
    envp.push_back(const_cast<char*>(e.c_str()));
  }
  envp.push_back(nullptr);
  posix_spawnattr_t attr;
  check(posix_spawnattr_init(&attr), "posix_spawnattr_init");
  if (options.process_group) {
    check(posix_spawnattr_setpgroup(&attr, 0), "posix_spawnattr_setpgroup");
    check(posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP), "posix_spawnattr_setflags");
  }
  const int rc = posix_spawn(&pid_, args[0], &actions, &attr, args.data(), envp.data());
  posix_spawnattr_destroy(&attr);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  close(err[1]);
  out_ = out[0];
  err_ = err[0];
  if (options.input) {
    close(in[0]);
  }
  if (rc != 0) {
    pid_ = -1;
    if (options.input) {
      close(in[1]);
    }
    throw std::runtime_error(fmt::format("cannot run {}: {}", argv[0], std::strerror(rc)));
  }
  if (options.input) {
    // Small inputs only: they fit the pipe, so writing before reading cannot block for long.
    const std::string& text = *options.input;
    std::size_t done = 0;
    while (done < text.size()) {
      ssize_t n = write(in[1], text.data() + done, text.size() - done);
      if (n < 0 && errno == EINTR) {
        continue;
      }
      if (n <= 0) {
        break;  // the judge did not read it all: the test sees what it did
      }
      done += static_cast<std::size_t>(n);
    }
    close(in[1]);
  }
}

Process::~Process() {
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  if (out_ >= 0) {
    close(out_);
  }
  if (err_ >= 0) {
    close(err_);
  }
}

Output Process::wait(std::chrono::seconds timeout) {
  Output result;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  bool timed_out = false;
  while (out_ >= 0 || err_ >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    pollfd fds[2] = {{out_, POLLIN, 0}, {err_, POLLIN, 0}};
    int n = poll(fds, 2, static_cast<int>(left.count()));
    if (n < 0 && errno != EINTR) {
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0) {
        continue;
      }
      char buf[65536];
      ssize_t got = read(fds[i].fd, buf, sizeof buf);
      if (got > 0) {
        (i == 0 ? result.out : result.err).append(buf, static_cast<std::size_t>(got));
      } else if (got == 0 || errno != EINTR) {
        close(fds[i].fd);
        (i == 0 ? out_ : err_) = -1;
      }
    }
  }
  if (timed_out) {
    kill(pid_, SIGKILL);
    ADD_FAILURE() << "judge did not finish within " << timeout.count() << " s; killed it";
  }
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  pid_ = -1;
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result.signal = WTERMSIG(status);
  }
  return result;
}

fs::path judge_program() {
  return E2E_JUDGE;
}
fs::path testdata() {
  return E2E_TESTDATA;
}
fs::path pack_dir() {
  return testdata() / "e2e-pack";
}
fs::path problem_dir(const std::string& id) {
  return pack_dir() / id;
}

fs::path program(const std::string& problem, const std::string& file) {
  return testdata() / "e2e-programs" / problem / file;
}

bool have_program(const std::string& name) {
  for (const char* dir : {"/usr/local/bin", "/usr/bin", "/bin"}) {
    if (access((fs::path(dir) / name).c_str(), X_OK) == 0) {
      return true;
    }
  }
  return false;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream all;
  all << in.rdbuf();
  return all.str();
}

void write_file(const fs::path& path, const std::string& contents) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << contents;
  if (!out) {
    throw std::runtime_error("cannot write " + path.string());
  }
}

bool update_golden() {
  const char* env = std::getenv("JUDGE_UPDATE_GOLDEN");
  if (env != nullptr && std::string_view(env) == "1") {
    return true;
  }
  for (const auto& arg : ::testing::internal::GetArgvs()) {
    if (arg == "--update-golden") {
      return true;
    }
  }
  return false;
}

void JudgeTest::SetUp() {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern =
      fmt::format("{}/judge-e2e-XXXXXX", tmp != nullptr && *tmp != '\0' ? tmp : "/tmp");
  if (mkdtemp(pattern.data()) == nullptr) {
    FAIL() << "mkdtemp: " << std::strerror(errno);
  }
  root_ = fs::canonical(pattern);
  home_ = root_ / "judge-home";
  scratch_ = root_ / "work";
  fs::create_directories(scratch_);
  fs::create_directories(root_ / "user-home");
}

void JudgeTest::TearDown() {
  std::error_code ec;
  if (!root_.empty()) {
    fs::remove_all(root_, ec);
  }
}

std::vector<std::string> JudgeTest::environment() const {
  const char* path = std::getenv("PATH");
  std::vector<std::string> env = {
      fmt::format("PATH={}", path != nullptr ? path : "/usr/local/bin:/usr/bin:/bin"),
      fmt::format("HOME={}", (root_ / "user-home").string()),
      fmt::format("JUDGE_HOME={}", home_.string()),
      fmt::format("JUDGE_CACHE_DIR={}", E2E_CACHE_DIR),
      "NO_COLOR=1",
      "COLUMNS=100",
      "LANG=C.UTF-8",
      "TERM=dumb",
  };
  if (const char* tmp = std::getenv("TMPDIR")) {
    env.push_back(fmt::format("TMPDIR={}", tmp));
  }
  // JUDGE_SANDBOX=landlock runs the whole suite on the fallback without namespaces.
  if (const char* mode = std::getenv("JUDGE_SANDBOX")) {
    env.push_back(fmt::format("JUDGE_SANDBOX={}", mode));
  }
  return env;
}

Output JudgeTest::judge(const std::vector<std::string>& args, const RunOptions& options) {
  return start_judge(args, options)->wait();
}

std::unique_ptr<Process> JudgeTest::start_judge(const std::vector<std::string>& args,
                                                const RunOptions& options) {
  std::vector<std::string> argv = {judge_program().string()};
  argv.insert(argv.end(), args.begin(), args.end());
  return start_program(argv, options);
}

std::unique_ptr<Process> JudgeTest::start_program(const std::vector<std::string>& argv,
                                                  const RunOptions& options) {
  RunOptions o = options;
  if (o.cwd.empty()) {
    o.cwd = scratch_;
  }
  std::vector<std::string> env = environment();
  for (const auto& extra : o.env) {
    const std::string name = extra.substr(0, extra.find('=') + 1);
    env.erase(std::remove_if(env.begin(), env.end(),
                             [&name](const std::string& e) { return e.rfind(name, 0) == 0; }),
              env.end());
    env.push_back(extra);
  }
  return std::make_unique<Process>(argv, env, o);
}

json JudgeTest::judge_json(const std::vector<std::string>& args, int exit_code,
                           const RunOptions& options) {
  Output r = judge(args, options);
  EXPECT_EQ(r.exit_code, exit_code) << r.describe();
  try {
    // parse() rejects anything after the value: stdout holds one JSON value and nothing else.
    return json::parse(r.out);
  } catch (const json::exception& e) {
    ADD_FAILURE() << "stdout is not one JSON value: " << e.what() << "\n" << r.describe();
    return json();
  }
}

json JudgeTest::submit_json(const fs::path& file, const std::string& problem, int exit_code,
                            const std::vector<std::string>& more) {
  std::vector<std::string> args = {"submit",    file.string(),
                                   "--problem", problem,
                                   "--explain", "Approach: read both, add. O(1) time and space.",
                                   "--json"};
  args.insert(args.end(), more.begin(), more.end());
  return judge_json(args, exit_code);
}

}  // namespace e2e
