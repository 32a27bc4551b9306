// The sandbox against real processes: attack programs that must be contained (design.md §5),
// legitimate programs that must work, and measurements that must be honest.
//
// Programs live in SANDBOX_TEST_PROGRAMS and are visible inside the sandbox at /box. Each test
// has a folder of host files under SANDBOX_TEST_WORK (a fake problem with its answers, a fake
// home and judge database, folders a program may try to write to); never under /tmp, because
// without a mount namespace /tmp in a run's arguments means its scratch folder.
// After every run the fixture checks that those files are untouched and that no process of the
// run is left.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <netinet/in.h>

#include "sandbox/error.h"
#include "sandbox/layers.h"
#include "sandbox/run.h"
#include "sandbox/unique_fd.h"

extern char** environ;

namespace sandbox {
void PrintTo(LimitKind kind, std::ostream* out) {
  *out << to_string(kind);
}
}  // namespace sandbox

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using sandbox::kMiB;
using sandbox::LimitKind;

// Exit codes of the programs (programs/attack.h).
constexpr int kRefused = 10;
constexpr int kEscaped = 77;

// What the judge keeps in its environment; no program may see it (programs/env_leak.c looks
// for the name).
constexpr const char* kSecretName = "SANDBOX_TEST_SECRET";

enum class Isolation { kNamespaces, kLandlock };

void PrintTo(Isolation isolation, std::ostream* out) {
  *out << (isolation == Isolation::kNamespaces ? "namespaces" : "Landlock");
}

std::string isolation_name(const ::testing::TestParamInfo<Isolation>& info) {
  return info.param == Isolation::kNamespaces ? "Namespaces" : "Landlock";
}

// One sandbox per isolation path, made on first use and kept for the whole test program, as
// the judge keeps one.
sandbox::Sandbox& sandbox_for(Isolation isolation) {
  static std::unique_ptr<sandbox::Sandbox> sandboxes[2];
  auto& box = sandboxes[isolation == Isolation::kNamespaces ? 0 : 1];
  if (!box) {
    setenv(kSecretName, "judge-secret-token", 1);
    sandbox::SandboxOptions options;
    options.namespaces = isolation == Isolation::kNamespaces;
    box = std::make_unique<sandbox::Sandbox>(std::move(options));
  }
  return *box;
}

// Where the tests' host files go: the build folder, unless that is under /tmp.
fs::path work_root() {
  const std::string work = SANDBOX_TEST_WORK;
  return work == "/tmp" || work.rfind("/tmp/", 0) == 0 ? fs::path("/var/tmp/judge-sandbox-tests")
                                                       : fs::path(work);
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

void write_file(const fs::path& path, const std::string& contents, fs::perms perms) {
  std::ofstream(path, std::ios::binary) << contents;
  fs::permissions(path, perms);
}

// Every file under `root` but `skip` with its contents (folders as "<dir>") and permissions,
// to compare before and after.
std::map<std::string, std::string> snapshot(const fs::path& root, const fs::path& skip) {
  std::map<std::string, std::string> files;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator();
       ++it) {
    if (it->path() == skip) {
      it.disable_recursion_pending();
      continue;
    }
    const auto perms = static_cast<unsigned>(it->symlink_status().permissions());
    files[it->path().string()] =
        (it->is_directory() ? "<dir>" : read_file(it->path())) + " mode " + std::to_string(perms);
  }
  return files;
}

// The processes whose environment holds `marker` (every run of a test carries its own).
std::vector<pid_t> processes_with(const std::string& marker) {
  std::vector<pid_t> found;
  for (const auto& entry : fs::directory_iterator("/proc")) {
    const std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) {
      continue;
    }
    std::string environ_text = read_file(entry.path() / "environ");
    std::replace(environ_text.begin(), environ_text.end(), '\0', '\n');
    if (("\n" + environ_text).find("\n" + marker + "\n") != std::string::npos) {
      found.push_back(std::stoi(name));
    }
  }
  return found;
}

bool alive(pid_t pid) {
  return waitpid(pid, nullptr, WNOHANG) == 0 && kill(pid, 0) == 0;
}

// The names in the programs' folder, sorted.
std::vector<std::string> program_files() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(SANDBOX_TEST_PROGRAMS)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// "what: RESULT" lines of a program's output (programs/attack.h), in order.
std::vector<std::pair<std::string, std::string>> attempts(const std::string& output) {
  std::vector<std::pair<std::string, std::string>> lines;
  std::istringstream in(output);
  for (std::string line; std::getline(in, line);) {
    auto colon = line.rfind(": ");
    if (colon != std::string::npos) {
      lines.emplace_back(line.substr(0, colon), line.substr(colon + 2));
    }
  }
  return lines;
}

class SandboxTestBase : public ::testing::Test {
 protected:
  [[nodiscard]] virtual Isolation isolation() const { return Isolation::kNamespaces; }
  [[nodiscard]] bool namespaces() const { return isolation() == Isolation::kNamespaces; }

  void SetUp() override {
    sandbox_ = &sandbox_for(isolation());
    const sandbox::Layers& layers = sandbox_->layers();
    std::string notes;
    for (const auto& note : layers.notes) {
      notes += "\n  " + note;
    }
    if (namespaces() && !layers.mount_namespace) {
      GTEST_SKIP() << "user namespaces are unavailable (sysctl "
                      "kernel.unprivileged_userns_clone, user.max_user_namespaces):"
                   << notes;
    }
    if (!namespaces() && layers.landlock_abi == 0) {
      GTEST_SKIP() << "Landlock is unavailable (Linux 5.13+ with lsm=landlock):" << notes;
    }
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = std::string(info->test_suite_name()) + "." + info->name();
    std::replace(name.begin(), name.end(), '/', '-');
    marker_ = "SANDBOX_TEST_RUN=" + std::to_string(getpid()) + "-" + name;
    dir_ = work_root() / (std::to_string(getpid()) + "-" + name);
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "run");

    // Host files no program may read, list, change or delete: readable by anyone, the victims
    // writable by anyone, so that only the sandbox stands in the way.
    const auto open_dir = fs::perms::all;
    const auto readable = fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                          fs::perms::others_read;
    for (const char* sub : {"problem", "problem/tests", "home", "judge_home"}) {
      fs::create_directories(dir_ / sub);
      fs::permissions(dir_ / sub, fs::perms::owner_all | fs::perms::group_read |
                                      fs::perms::group_exec | fs::perms::others_read |
                                      fs::perms::others_exec);
    }
    write_file(dir_ / "problem/problem.toml", "name = \"two-sum\"\n", readable);
    write_file(dir_ / "problem/tests/1.in", "2 3\n", readable);
    answer_ = dir_ / "problem/tests/1.ans";
    write_file(answer_, "5\n", readable);
    write_file(dir_ / "home/.bash_history", "ssh prod\n", readable);
    judge_db_ = dir_ / "judge_home/judge.db";
    write_file(judge_db_, "SQLite format 3\n", readable);
    for (const char* sub : {"outside", "data"}) {
      fs::create_directories(dir_ / sub);
      fs::permissions(dir_ / sub, open_dir);
      write_file(dir_ / sub / "victim", "victim\n", fs::perms::all);
    }
    if (geteuid() == 0) {
      // Owned by the programs' user, so that not even the owner check stands in the way.
      const auto uid = static_cast<uid_t>(layers.sandbox_uid);
      for (const auto& entry : fs::recursive_directory_iterator(dir_)) {
        ASSERT_EQ(lchown(entry.path().c_str(), uid, uid), 0) << entry.path();
      }
    }
    before_ = snapshot(dir_, dir_ / "run");
    programs_before_ = program_files();
  }

  void TearDown() override {
    if (!socket_path_.empty()) {
      fs::remove(socket_path_);
    }
    if (sandbox_ == nullptr || dir_.empty()) {
      return;
    }
    if (ran_) {
      // No process of any run is left (runs return only once theirs are gone).
      EXPECT_EQ(processes_with(marker_), std::vector<pid_t>{});
      // Nothing outside the scratch folder changed: the answers, the home, the database, the
      // folders a program tried to write, the programs' folder, the host's root.
      EXPECT_EQ(snapshot(dir_, dir_ / "run"), before_);
      EXPECT_EQ(read_file(answer_), "5\n");
      EXPECT_EQ(program_files(), programs_before_);
      for (const char* planted : {"/planted", "/usr/planted", "/etc/planted"}) {
        EXPECT_FALSE(fs::exists(planted)) << planted;
      }
    }
    fs::remove_all(dir_);
  }

  /// A spec that runs programs/NAME with ARGS, the programs folder at /box and the test's
  /// `data` folder read-only at /data.
  [[nodiscard]] sandbox::RunSpec spec(const std::string& name,
                                      std::vector<std::string> args = {}) const {
    sandbox::RunSpec s;
    s.argv.push_back("/box/" + name);
    s.argv.insert(s.argv.end(), args.begin(), args.end());
    s.env = {"PATH=/usr/bin:/bin", "HOME=/tmp", marker_};
    s.binds.push_back({SANDBOX_TEST_PROGRAMS, "/box", false});
    s.binds.push_back({(dir_ / "data").string(), "/data", false});
    s.limits.cpu_time = 1s;
    s.limits.wall_time = 2s;
    return s;
  }

  /// Runs and captures stdout into a file under dir_/run.
  sandbox::RunResult run(sandbox::RunSpec s) {
    ran_ = true;
    out_path_ = dir_ / "run/stdout";
    sandbox::UniqueFd fd(open(out_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    s.stdout_fd = fd.get();
    return sandbox_->run(s);
  }

  [[nodiscard]] std::string output() const { return read_file(out_path_); }

  /// Starts a process the programs must not reach (`sleep 60`); the fixture ends it.
  pid_t start_bystander() {
    char sleep[] = "sleep";
    char sixty[] = "60";
    char* argv[] = {sleep, sixty, nullptr};
    pid_t pid = -1;
    EXPECT_EQ(posix_spawnp(&pid, "sleep", nullptr, nullptr, argv, environ), 0);
    bystanders_.emplace_back(pid);
    return pid;
  }

  /// Something on the host to connect to: a TCP port on 127.0.0.1 and a UNIX socket, both
  /// listening. Returns the arguments programs/sockets.c takes.
  std::vector<std::string> listen_on_host() {
    tcp_listener_.reset(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    sockaddr_in in{};
    in.sin_family = AF_INET;
    in.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof in;
    EXPECT_EQ(bind(tcp_listener_.get(), reinterpret_cast<sockaddr*>(&in), len), 0);
    EXPECT_EQ(listen(tcp_listener_.get(), 1), 0);
    EXPECT_EQ(getsockname(tcp_listener_.get(), reinterpret_cast<sockaddr*>(&in), &len), 0);
    unix_listener_.reset(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    sockaddr_un un{};
    un.sun_family = AF_UNIX;
    // Short: a UNIX socket's path has at most 107 bytes.
    socket_path_ = fs::temp_directory_path() / ("judge-sandbox-test-" + std::to_string(getpid()));
    fs::remove(socket_path_);
    const std::string path = socket_path_.string();
    EXPECT_LT(path.size(), sizeof un.sun_path);
    path.copy(un.sun_path, std::min(path.size(), sizeof un.sun_path - 1));
    EXPECT_EQ(bind(unix_listener_.get(), reinterpret_cast<sockaddr*>(&un), sizeof un), 0);
    EXPECT_EQ(listen(unix_listener_.get(), 1), 0);
    return {std::to_string(ntohs(in.sin_port)), path};
  }

  /// Runs programs/NAME with ARGS outside the sandbox, as the judge would without one: its
  /// environment, working folder dir_/run, standard output captured as run() does. Returns the
  /// exit code (-1 for a signal).
  int run_bare(const std::string& name, const std::vector<std::string>& args,
               const fs::path& stdin_path = {}) {
    out_path_ = dir_ / "run/stdout";
    std::vector<std::string> strings = {std::string(SANDBOX_TEST_PROGRAMS) + "/" + name};
    strings.insert(strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : strings) {
      argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, out_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    if (!stdin_path.empty()) {
      posix_spawn_file_actions_addopen(&actions, 0, stdin_path.c_str(), O_RDONLY, 0);
    }
    const std::string cwd = (dir_ / "run").string();
    posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
      ADD_FAILURE() << "cannot start " << argv[0] << ": " << std::strerror(rc);
      return -1;
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  /// Checks a run that ended by itself after every attempt failed; returns the attempts.
  std::vector<std::pair<std::string, std::string>> expect_refused(const sandbox::RunResult& r) {
    EXPECT_TRUE(r.exited) << "signal " << r.signal << ", violation " << r.violation_name
                          << ", stderr: " << r.stderr_tail;
    EXPECT_EQ(r.exit_code, kRefused) << output() << r.stderr_tail;
    EXPECT_FALSE(r.violated()) << r.violation_name;
    EXPECT_EQ(r.limit, LimitKind::kNone);
    return attempts(output());
  }

  /// Checks a run that the seccomp filter ended at the forbidden call `name`.
  void expect_violation(const sandbox::RunResult& r, const std::string& name) {
    EXPECT_FALSE(r.exited) << "exit code " << r.exit_code << ": " << output();
    EXPECT_EQ(r.signal, SIGKILL);
    ASSERT_TRUE(r.violated());
    EXPECT_EQ(r.violation_name, name);
    EXPECT_EQ(r.limit, LimitKind::kNone);
    EXPECT_EQ(output().find("ESCAPED"), std::string::npos) << output();
  }

  /// The errno a refused file-system access gets: a path the mount namespace does not show
  /// does not exist; Landlock denies it.
  [[nodiscard]] std::string hidden() const { return namespaces() ? "ENOENT" : "EACCES"; }
  /// What stat() of a hidden path gives. Landlock does not cover stat(): without namespaces a
  /// program can learn that a file exists, and its size, but not read it.
  [[nodiscard]] std::string hidden_stat() const { return namespaces() ? "ENOENT" : "visible"; }
  /// The errno of a write to a folder the program may see but not change.
  [[nodiscard]] std::string read_only() const { return namespaces() ? "EROFS" : "EACCES"; }

  sandbox::Sandbox* sandbox_ = nullptr;
  std::string marker_;
  fs::path dir_;
  fs::path answer_;
  fs::path judge_db_;
  fs::path out_path_;
  bool ran_ = false;

 private:
  struct Bystander {
    explicit Bystander(pid_t p) : pid(p) {}
    Bystander(Bystander&& other) noexcept : pid(std::exchange(other.pid, -1)) {}
    Bystander(const Bystander&) = delete;
    Bystander& operator=(const Bystander&) = delete;
    Bystander& operator=(Bystander&&) = delete;
    ~Bystander() {
      if (pid > 0) {
        kill(pid, SIGKILL);
        waitpid(pid, nullptr, 0);
      }
    }
    pid_t pid;
  };
  fs::path socket_path_;
  sandbox::UniqueFd tcp_listener_;
  sandbox::UniqueFd unix_listener_;
  std::map<std::string, std::string> before_;
  std::vector<std::string> programs_before_;
  std::vector<Bystander> bystanders_;
};

// Attacks contained by the default isolation (namespaces).
class SandboxAttackTest : public SandboxTestBase {};

// Attacks contained by both isolation paths: namespaces, and Landlock where user namespaces
// are unavailable.
class SandboxIsolationTest : public SandboxTestBase,
                             public ::testing::WithParamInterface<Isolation> {
 protected:
  [[nodiscard]] Isolation isolation() const override { return GetParam(); }
};

INSTANTIATE_TEST_SUITE_P(Paths, SandboxIsolationTest,
                         ::testing::Values(Isolation::kNamespaces, Isolation::kLandlock),
                         isolation_name);

// Legitimate programs, which must work.
class SandboxProgramTest : public SandboxTestBase {};

// Figures the sandbox reports, against the kernel's own.
class SandboxMeasurementTest : public SandboxTestBase {};

// --- Basics ----------------------------------------------------------------------------------

// The fixtures skip where a layer is missing; these make sure a layer the kernel offers is not
// missing by the sandbox's own fault (it would silently skip the tests above).
TEST(SandboxLayersTest, UsesNamespacesWhereTheKernelAllowsThem) {
  const sandbox::Probe probe = sandbox::probe_system();
  if (!probe.user_namespaces) {
    GTEST_SKIP() << probe.user_namespaces_note;
  }
  const sandbox::Layers& layers = sandbox_for(Isolation::kNamespaces).layers();
  std::string notes;
  for (const auto& note : layers.notes) {
    notes += "\n  " + note;
  }
  EXPECT_TRUE(layers.user_namespace && layers.mount_namespace && layers.pid_namespace &&
              layers.network_namespace)
      << notes;
  EXPECT_TRUE(layers.seccomp);
}

TEST(SandboxLayersTest, UsesLandlockWithoutNamespacesWhereTheKernelOffersIt) {
  const sandbox::Probe probe = sandbox::probe_system();
  if (probe.landlock_abi == 0) {
    GTEST_SKIP() << probe.landlock_note;
  }
  const sandbox::Layers& layers = sandbox_for(Isolation::kLandlock).layers();
  EXPECT_FALSE(layers.mount_namespace);
  EXPECT_EQ(layers.landlock_abi, probe.landlock_abi);
  EXPECT_TRUE(layers.seccomp);
}

TEST_F(SandboxProgramTest, RunsAProgramAndCapturesItsOutput) {
  auto r = run(spec("hello", {"a", "b"}));
  EXPECT_TRUE(r.exited);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.limit, LimitKind::kNone);
  EXPECT_EQ(output(), "hello a b\n");
  EXPECT_EQ(r.stdout_bytes, 10u);
}

TEST_F(SandboxProgramTest, MissingProgramIsAnError) {
  EXPECT_THROW(run(spec("no-such-program")), sandbox::Error);
}

// The error a run ends with, or none.
std::optional<sandbox::Error> error_of(const std::function<void()>& attempt) {
  try {
    attempt();
  } catch (const sandbox::Error& e) {
    return e;
  }
  return std::nullopt;
}

// How long a run may take is the caller's decision: the sandbox has no default.
TEST_F(SandboxProgramTest, ARunWithoutAWallClockLimitIsAnError) {
  auto s = spec("hello");
  s.limits.wall_time = 0ms;
  const auto error = error_of([&] { (void)run(s); });
  ASSERT_TRUE(error.has_value());
  EXPECT_NE(std::string(error->what()).find("wall-clock limit"), std::string::npos)
      << error->what();
  EXPECT_NE(error->hint().find("wall_time"), std::string::npos) << error->hint();
  s.limits.wall_time = 1s;
  EXPECT_TRUE(run(s).ok());
}

// Every way a spec can be wrong says what to do, in the sandbox's own terms (the judge's
// commands are the CLI's to name).
TEST_F(SandboxProgramTest, ErrorsOfABadSpecSayWhatToDo) {
  std::vector<std::pair<std::string, sandbox::RunSpec>> bad;
  bad.emplace_back("no program", spec("hello"));
  bad.back().second.argv.clear();
  bad.emplace_back("missing program", spec("no-such-program"));
  bad.emplace_back("relative program", spec("hello"));
  bad.back().second.argv[0] = "box/hello";
  bad.emplace_back("program not on the search path", spec("hello"));
  bad.back().second.argv[0] = "no-such-program";
  bad.emplace_back("relative working folder", spec("hello"));
  bad.back().second.cwd = "tmp";
  bad.emplace_back("bind onto /proc", spec("hello"));
  bad.back().second.binds.push_back({(dir_ / "data").string(), "/proc/data", false});
  bad.emplace_back("missing bind", spec("hello"));
  bad.back().second.binds.push_back({(dir_ / "no-such-folder").string(), "/missing", false});
  bad.emplace_back("copy of a file", spec("hello"));
  bad.back().second.binds.push_back({answer_.string(), "/answer", false, true});
  bad.emplace_back("no wall-clock limit", spec("hello"));
  bad.back().second.limits.wall_time = 0ms;
  for (const auto& [what, s] : bad) {
    const auto error = error_of([&, &s = s] { (void)run(s); });
    ASSERT_TRUE(error.has_value()) << what;
    EXPECT_FALSE(error->hint().empty()) << what << ": " << error->what();
    EXPECT_EQ(error->hint().find("judge "), std::string::npos) << what << ": " << error->hint();
  }
}

// A step that fails inside the sandbox is named from the keeper's and the candidate's step
// tables, with that step's hint.
TEST_F(SandboxProgramTest, AFailedStepIsNamedWithItsHint) {
  auto s = spec("hello");
  s.cwd = "/no-such-folder";
  const auto error = error_of([&] { (void)run(s); });
  ASSERT_TRUE(error.has_value());
  EXPECT_NE(std::string(error->what()).find("sandbox step 'working folder' failed"),
            std::string::npos)
      << error->what();
  EXPECT_NE(error->hint().find("RunSpec::cwd"), std::string::npos) << error->hint();
}

// --- Processes -------------------------------------------------------------------------------

TEST_F(SandboxAttackTest, ForkBombIsKilled) {
  auto r = run(spec("fork_bomb"));
  expect_violation(r, "clone");
}

TEST_F(SandboxAttackTest, ForkBombInAToolchainIsContained) {
  auto s = spec("fork_bomb");
  s.profile = sandbox::Profile::kToolchain;
  s.limits.cpu_time = 300ms;
  s.limits.wall_time = 1s;
  s.limits.tasks = 16;
  auto r = run(s);
  EXPECT_FALSE(r.exited);
  EXPECT_EQ(r.signal, SIGKILL);
  EXPECT_FALSE(r.violated()) << r.violation_name;
  // While it runs, the keeper watches the CPU time of the first process only: a tree whose
  // work is in its children ends at the wall limit.
  EXPECT_EQ(r.limit, LimitKind::kWallTime);
  EXPECT_GE(r.wall_time, 1s);
}

TEST_F(SandboxAttackTest, ThreadBombStopsAtTheTaskLimit) {
  auto s = spec("thread_bomb");
  s.limits.tasks = 16;
  auto attempts = expect_refused(run(s));
  ASSERT_EQ(attempts.size(), 2u) << output();
  EXPECT_EQ(attempts[1], std::make_pair(std::string("pthread_create"), std::string("EAGAIN")));
  // Tasks are counted per user with room for the keeper and other runs (64): far below the
  // 100000 the program wants.
  const int threads = std::stoi(attempts[0].second);
  EXPECT_GT(threads, 0);
  EXPECT_LE(threads, s.limits.tasks + 64);
}

TEST_F(SandboxAttackTest, ExecOfAShellIsKilled) {
  expect_violation(run(spec("exec_shell")), "execve");
}

TEST_F(SandboxAttackTest, SystemIsKilled) {
  // posix_spawn tries clone3 (ENOSYS), then clone without CLONE_THREAD.
  expect_violation(run(spec("system_call")), "clone");
}

TEST_F(SandboxAttackTest, RawCloneOfAProcessIsKilled) {
  expect_violation(run(spec("clone_process")), "clone");
}

TEST_F(SandboxAttackTest, Clone3IsRefused) {
  auto attempts = expect_refused(run(spec("clone3_process")));
  EXPECT_EQ(attempts, (decltype(attempts){{"clone3", "ENOSYS"}}));
}

TEST_P(SandboxIsolationTest, LeftoverProcessOfAToolchainIsKilled) {
  // programs/leave_child.c: the child holds a lock on the file until it dies.
  fs::create_directories(dir_ / "run/lock");
  write_file(dir_ / "run/lock/file", "", fs::perms::all);
  fs::permissions(dir_ / "run/lock", fs::perms::all);
  auto s = spec("leave_child", {"/lock/file"});
  s.binds.push_back({(dir_ / "run/lock").string(), "/lock", true});
  s.profile = sandbox::Profile::kToolchain;
  auto r = run(s);
  EXPECT_TRUE(r.ok()) << r.exit_code << " " << r.stderr_tail;
  EXPECT_EQ(output().rfind("left ", 0), 0u) << output();
  sandbox::UniqueFd lock(open((dir_ / "run/lock/file").c_str(), O_RDWR | O_CLOEXEC));
  ASSERT_TRUE(lock);
  EXPECT_EQ(flock(lock.get(), LOCK_EX | LOCK_NB), 0) << "the child still holds the lock";
}

// --- Files -----------------------------------------------------------------------------------

TEST_P(SandboxIsolationTest, ReadingTheAnswersIsRefused) {
  auto attempts = expect_refused(run(spec("read_files", {answer_.string()})));
  const std::string ans = answer_.string();
  EXPECT_EQ(attempts,
            (decltype(attempts){{"stat " + ans, hidden_stat()}, {"open " + ans, hidden()}}));
}

TEST_P(SandboxIsolationTest, ListingTheProblemFolderIsRefused) {
  const std::string problem = (dir_ / "problem").string();
  const std::string tests = (dir_ / "problem/tests").string();
  auto attempts = expect_refused(run(spec("read_files", {problem, tests})));
  EXPECT_EQ(attempts, (decltype(attempts){{"stat " + problem, hidden_stat()},
                                          {"open " + problem, hidden()},
                                          {"stat " + tests, hidden_stat()},
                                          {"open " + tests, hidden()}}));
}

TEST_P(SandboxIsolationTest, ReadingTheUsersHomeIsRefused) {
  // A fake home the programs' user could read, and the real one.
  std::vector<std::string> paths = {(dir_ / "home").string(),
                                    (dir_ / "home/.bash_history").string()};
  const char* real_home = std::getenv("HOME");
  if (real_home != nullptr && fs::exists(real_home)) {
    paths.emplace_back(real_home);
  }
  auto attempts = expect_refused(run(spec("read_files", paths)));
  ASSERT_EQ(attempts.size(), 2 * paths.size()) << output();
  for (const auto& [what, result] : attempts) {
    EXPECT_EQ(result, what.rfind("stat ", 0) == 0 ? hidden_stat() : hidden()) << what;
  }
}

TEST_P(SandboxIsolationTest, ReadingTheJudgeDatabaseIsRefused) {
  const std::string db = judge_db_.string();
  const std::string folder = judge_db_.parent_path().string();
  auto attempts = expect_refused(run(spec("read_files", {db, folder})));
  EXPECT_EQ(attempts, (decltype(attempts){{"stat " + db, hidden_stat()},
                                          {"open " + db, hidden()},
                                          {"stat " + folder, hidden_stat()},
                                          {"open " + folder, hidden()}}));
}

TEST_P(SandboxIsolationTest, SymlinkToTheAnswersIsKilled) {
  expect_violation(run(spec("links", {"symlink", answer_.string()})), "symlink");
}

TEST_P(SandboxIsolationTest, HardLinkToTheAnswersIsKilled) {
  expect_violation(run(spec("links", {"hardlink", answer_.string()})), "link");
}

TEST_P(SandboxIsolationTest, SymlinkToTheAnswersFromAToolchainLeadsNowhere) {
  auto s = spec("links", {"symlink", answer_.string()});
  s.profile = sandbox::Profile::kToolchain;
  auto attempts = expect_refused(run(s));
  // The link itself may be made (in the scratch folder); it points at nothing visible.
  EXPECT_EQ(attempts, (decltype(attempts){{"read through the link", hidden()}}));
}

TEST_P(SandboxIsolationTest, HardLinkToTheAnswersFromAToolchainIsRefused) {
  auto s = spec("links", {"hardlink", answer_.string()});
  s.profile = sandbox::Profile::kToolchain;
  auto attempts = expect_refused(run(s));
  EXPECT_EQ(attempts, (decltype(attempts){{"hardlink", namespaces() ? "ENOENT" : "EXDEV"},
                                          {"read through the link", "ENOENT"}}));
}

TEST_P(SandboxIsolationTest, WritingOutsideTheScratchFolderIsRefused) {
  // Folders with a file to change (a read-only bind, a host folder that is not bound) and
  // without (the programs, the system, the root). Without a mount namespace the program sees
  // host paths.
  const std::string outside = (dir_ / "outside").string();
  const std::string data = namespaces() ? "/data" : (dir_ / "data").string();
  const std::string box = namespaces() ? "/box" : SANDBOX_TEST_PROGRAMS;
  auto attempts =
      expect_refused(run(spec("write_outside", {"/data", outside, "/box", "/usr", "/"})));
  // programs/write_outside.c, in order; a file that is not there cannot be changed (ENOENT).
  const char* actions[] = {"create", "mkdir", "write", "truncate", "chmod", "rename", "unlink"};
  const char* targets[] = {"planted", "planted", "victim", "victim", "victim", "victim", "victim"};
  using Results = std::vector<std::string>;
  const std::string ro = read_only();
  // Landlock does not cover chmod(): the seccomp filter refuses it without namespaces.
  const std::string mode = namespaces() ? ro : "EPERM";
  const std::string gone = "ENOENT";
  const std::string unlink_missing = namespaces() ? "EROFS" : gone;
  const std::pair<std::string, Results> folders[] = {
      {data, {ro, ro, ro, ro, mode, ro, ro}},
      {outside, namespaces()
                    ? Results(7, gone)
                    : Results{hidden(), hidden(), hidden(), hidden(), mode, hidden(), hidden()}},
      {box, {ro, ro, gone, gone, namespaces() ? gone : mode, unlink_missing, unlink_missing}},
      {"/usr", {ro, ro, gone, gone, namespaces() ? gone : mode, unlink_missing, unlink_missing}},
      {"/", {ro, ro, gone, gone, namespaces() ? gone : mode, unlink_missing, unlink_missing}},
  };
  decltype(attempts) expected;
  for (const auto& [folder, results] : folders) {
    for (std::size_t i = 0; i < std::size(actions); ++i) {
      expected.emplace_back(std::string(actions[i]) + " " + folder + "/" + targets[i], results[i]);
    }
  }
  EXPECT_EQ(attempts, expected);
}

TEST_F(SandboxAttackTest, ScratchFolderIsWritableAndPrivate) {
  // What a program writes in /tmp stays in its own run: the next run starts empty.
  auto s = spec("write_outside", {"/tmp"});
  auto r = run(s);
  EXPECT_EQ(r.exit_code, kEscaped) << "the scratch folder must be writable: " << output();
  auto again = run(spec("read_files", {"/tmp/planted"}));
  EXPECT_EQ(again.exit_code, kRefused) << output();
}

TEST_F(SandboxAttackTest, FillingTheScratchFolderFailsWithoutHarm) {
  auto s = spec("fill_disk");
  s.limits.scratch_bytes = 4 * kMiB;
  auto attempts = expect_refused(run(s));
  // The first file stops at the file-size limit, the second finds the folder full.
  EXPECT_EQ(attempts, (decltype(attempts){{"/tmp/fill-0", "EFBIG"},
                                          {"/tmp/fill-1", "ENOSPC"},
                                          {"total", std::to_string(4 * kMiB)}}));
}

// --- The environment and other processes -----------------------------------------------------

TEST_P(SandboxIsolationTest, EnvironmentOfTheJudgeDoesNotLeak) {
  ASSERT_NE(std::getenv(kSecretName), nullptr);
  auto attempts = expect_refused(run(spec("env_leak", {std::to_string(getpid())})));
  const std::string judge = "/proc/" + std::to_string(getpid()) + "/environ";
  if (namespaces()) {
    // A procfs of the run's own PID namespace: the judge is not there, and PID 1 (the
    // keeper, another user) is hidden (hidepid=2).
    EXPECT_EQ(attempts, (decltype(attempts){{"environ", "clean"},
                                            {"/proc/1/environ", "ENOENT"},
                                            {judge, "ENOENT"},
                                            {"/proc/*/environ", "clean"}}));
  } else {
    EXPECT_EQ(attempts, (decltype(attempts){{"environ", "clean"},
                                            {"/proc/1/environ", "EACCES"},
                                            {judge, "EACCES"},
                                            {"list /proc", "EACCES"}}));
  }
}

TEST_P(SandboxIsolationTest, KillOfTheJudgeIsKilled) {
  const pid_t bystander = start_bystander();
  auto r = run(spec("kill_others", {std::to_string(getpid()), std::to_string(bystander)}));
  expect_violation(r, "kill");
  EXPECT_TRUE(alive(bystander));
}

TEST_P(SandboxIsolationTest, KillFromAToolchainReachesNothing) {
  const pid_t bystander = start_bystander();
  auto s = spec("kill_others", {std::to_string(getpid()), std::to_string(bystander)});
  s.profile = sandbox::Profile::kToolchain;
  auto attempts = expect_refused(run(s));
  // In its own PID namespace the judge's PIDs do not exist, and kill -1 finds nothing; without
  // one, Landlock (ABI 6+) scopes signals to the run (and a judge run as root has the programs
  // run as nobody), and kill -1 "succeeds" without reaching anyone.
  EXPECT_EQ(attempts, (decltype(attempts){
                          {"kill " + std::to_string(getpid()), namespaces() ? "ESRCH" : "EPERM"},
                          {"kill " + std::to_string(bystander), namespaces() ? "ESRCH" : "EPERM"},
                          {"kill -1", namespaces() ? "ESRCH" : "sent"}}));
  EXPECT_TRUE(alive(bystander));
}

TEST_P(SandboxIsolationTest, LoweringTheJudgesLimitsIsRefused) {
  const pid_t bystander = start_bystander();
  auto s = spec("prlimit_others", {std::to_string(getpid()), std::to_string(bystander)});
  auto r = run(s);
  expect_violation(r, "prlimit64");
  EXPECT_TRUE(alive(bystander));
  rlimit files{};
  ASSERT_EQ(getrlimit(RLIMIT_NOFILE, &files), 0);
  EXPECT_GT(files.rlim_cur, 0u);
}

TEST_P(SandboxIsolationTest, PtraceOfTheJudgeIsKilled) {
  expect_violation(run(spec("ptrace_attach", {std::to_string(getpid())})), "ptrace");
}

TEST_F(SandboxAttackTest, SocketsAreRefused) {
  auto attempts = expect_refused(run(spec("sockets", listen_on_host())));
  EXPECT_EQ(attempts,
            (decltype(attempts){{"tcp", "EACCES"}, {"udp", "EACCES"}, {"unix", "EACCES"}}));
}

// --- System calls that end the run -----------------------------------------------------------

TEST_F(SandboxAttackTest, IoUringIsRefused) {
  auto attempts = expect_refused(run(spec("io_uring")));
  EXPECT_EQ(attempts, (decltype(attempts){{"io_uring_setup", "ENOSYS"}}));
}

TEST_F(SandboxAttackTest, UnshareIsKilled) {
  expect_violation(run(spec("unshare_ns")), "unshare");
}

TEST_F(SandboxAttackTest, MountIsKilled) {
  expect_violation(run(spec("mount_fs")), "mount");
}

TEST_F(SandboxAttackTest, BpfIsKilled) {
  expect_violation(run(spec("bpf_prog")), "bpf");
}

TEST_F(SandboxAttackTest, PerfEventOpenIsKilled) {
  expect_violation(run(spec("perf_event")), "perf_event_open");
}

TEST_F(SandboxAttackTest, UserfaultfdIsKilled) {
  expect_violation(run(spec("userfaultfd")), "userfaultfd");
}

TEST_F(SandboxAttackTest, AddKeyIsKilled) {
  expect_violation(run(spec("keyring", {"add_key"})), "add_key");
}

TEST_F(SandboxAttackTest, KeyctlIsKilled) {
  expect_violation(run(spec("keyring", {"keyctl"})), "keyctl");
}

TEST_F(SandboxAttackTest, RaisingRlimitsIsRefused) {
  auto attempts = expect_refused(run(spec("raise_rlimits")));
  EXPECT_EQ(attempts, (decltype(attempts){{"RLIMIT_CPU", "EPERM"},
                                          {"RLIMIT_AS", "EPERM"},
                                          {"RLIMIT_FSIZE", "EPERM"},
                                          {"RLIMIT_NOFILE", "EPERM"},
                                          {"RLIMIT_NPROC", "EPERM"},
                                          {"RLIMIT_STACK", "EPERM"},
                                          {"RLIMIT_CORE", "EPERM"},
                                          {"RLIMIT_MEMLOCK", "EPERM"}}));
}

// --- Time ------------------------------------------------------------------------------------

TEST_F(SandboxAttackTest, BusyLoopEndsAtTheCpuLimit) {
  auto s = spec("spin");
  s.limits.cpu_time = 300ms;
  auto r = run(s);
  EXPECT_EQ(r.limit, LimitKind::kCpuTime);
  EXPECT_FALSE(r.exited);
  EXPECT_EQ(r.signal, SIGKILL);
  EXPECT_GE(r.cpu_time, 300ms);
  EXPECT_LT(r.cpu_time, 400ms);
}

TEST_F(SandboxAttackTest, IgnoringSignalsStillEndsAtTheCpuLimit) {
  auto s = spec("ignore_signals");
  s.limits.cpu_time = 300ms;
  auto r = run(s);
  EXPECT_EQ(r.limit, LimitKind::kCpuTime);
  EXPECT_FALSE(r.exited);
  EXPECT_EQ(r.signal, SIGKILL);
  EXPECT_GE(r.cpu_time, 300ms);
  EXPECT_LT(r.cpu_time, 400ms);
}

TEST_F(SandboxAttackTest, SleepingForeverEndsAtTheWallLimit) {
  auto s = spec("sleep_forever");
  s.limits.wall_time = 300ms;
  auto r = run(s);
  EXPECT_EQ(r.limit, LimitKind::kWallTime);
  EXPECT_FALSE(r.exited);
  EXPECT_EQ(r.signal, SIGKILL);
  EXPECT_LT(r.cpu_time, 50ms);
}

// Ctrl-C of the judge: request_interrupt() (what its signal handler calls) ends the run in
// progress at once and every later one before it starts. The request is for the whole
// process, so the test runs in a child of its own.
TEST_F(SandboxProgramTest, InterruptEndsTheRunInProgressAndLaterOnes) {
  auto s = spec("sleep_forever");
  s.limits.cpu_time = 10s;
  s.limits.wall_time = 20s;
  auto body = [&]() {
    std::thread stopper([]() {
      std::this_thread::sleep_for(300ms);
      sandbox::request_interrupt();
    });
    const auto start = std::chrono::steady_clock::now();
    auto first = run(s);
    const auto took = std::chrono::steady_clock::now() - start;
    stopper.join();
    auto later = run(s);
    const bool ok = first.interrupted && !first.ok() && first.limit == LimitKind::kNone &&
                    took < 5s && later.interrupted && processes_with(marker_).empty();
    std::_Exit(ok ? 0 : 1);
  };
  EXPECT_EXIT(body(), ::testing::ExitedWithCode(0), "");
}

TEST_F(SandboxAttackTest, ThreadsBurningCpuEndAtTheCpuLimitOfAllThreads) {
  auto s = spec("spin_threads", {"4"});
  s.limits.cpu_time = 600ms;
  s.limits.wall_time = 10s;
  auto r = run(s);
  EXPECT_EQ(r.limit, LimitKind::kCpuTime);
  EXPECT_EQ(r.signal, SIGKILL);
  // The sum over the four threads: had only the main thread counted, the run would have used
  // about four times the limit.
  EXPECT_GE(r.cpu_time, 600ms);
  EXPECT_LT(r.cpu_time, 750ms);
  // Long before the wall limit, even on a busy machine (on an idle one with two cores or more,
  // in less wall time than CPU time).
  EXPECT_LT(r.wall_time, 5s);
}

// --- Memory ----------------------------------------------------------------------------------

TEST_F(SandboxAttackTest, HeapBombEndsAtTheMemoryLimit) {
  auto s = spec("heap_bomb");
  s.limits.memory_bytes = 64 * kMiB;
  auto r = run(s);
  EXPECT_EQ(r.limit, LimitKind::kMemory);
  EXPECT_FALSE(r.exited) << "exit code " << r.exit_code;
  EXPECT_EQ(r.signal, SIGKILL);
  EXPECT_GT(r.peak_memory_bytes, 64 * kMiB);
}

TEST_F(SandboxAttackTest, StaticArrayBombEndsAtTheMemoryLimit) {
  auto s = spec("static_bomb");
  s.limits.memory_bytes = 64 * kMiB;
  auto r = run(s);
  EXPECT_EQ(r.limit, LimitKind::kMemory);
  EXPECT_FALSE(r.exited);
  EXPECT_EQ(r.signal, SIGKILL);
}

TEST_F(SandboxAttackTest, StaticArrayLargerThanTheAddressSpaceEndsAtTheMemoryLimit) {
  auto s = spec("static_huge");
  s.limits.memory_bytes = 64 * kMiB;
  s.limits.address_space_extra_bytes = 1024 * kMiB;  // 1088 MiB of address space in all
  auto r = run(s);
  EXPECT_EQ(r.limit, LimitKind::kMemory);
  EXPECT_FALSE(r.exited);
}

// --- Output ----------------------------------------------------------------------------------

TEST_F(SandboxAttackTest, StdoutFloodIsCappedExactly) {
  auto s = spec("flood", {"1"});
  s.limits.stdout_bytes = 1 * kMiB + 3;
  auto r = run(s);
  EXPECT_EQ(r.limit, LimitKind::kStdout);
  EXPECT_FALSE(r.exited);
  EXPECT_EQ(r.signal, SIGKILL);
  EXPECT_GT(r.stdout_bytes, s.limits.stdout_bytes);
  EXPECT_EQ(fs::file_size(out_path_), s.limits.stdout_bytes);
}

TEST_F(SandboxAttackTest, StderrFloodIsCapped) {
  auto s = spec("flood", {"2"});
  s.limits.stderr_bytes = 256 * 1024;
  s.limits.stderr_keep_bytes = 1000;
  auto r = run(s);
  EXPECT_EQ(r.limit, LimitKind::kStderr);
  EXPECT_FALSE(r.exited);
  EXPECT_EQ(r.signal, SIGKILL);
  EXPECT_GT(r.stderr_bytes, s.limits.stderr_bytes);
  EXPECT_EQ(r.stderr_tail, std::string(1000, 'x'));
}

// --- Legitimate programs ---------------------------------------------------------------------

TEST_F(SandboxProgramTest, DeepRecursionUsesTheMemoryLimitAsStack) {
  auto s = spec("deep_recursion", {"1000000"});
  s.limits.memory_bytes = 256 * kMiB;
  auto r = run(s);
  EXPECT_TRUE(r.ok()) << "signal " << r.signal << ", limit " << sandbox::to_string(r.limit);
  EXPECT_EQ(output(), "1000000\n");
}

TEST_F(SandboxProgramTest, ThreadsWork) {
  auto r = run(spec("threads_sum", {"10000000"}));
  EXPECT_TRUE(r.ok()) << r.exit_code << " " << r.stderr_tail;
  EXPECT_EQ(output(), "50000005000000\n");
}

TEST_F(SandboxProgramTest, StartsWithDefaultSignalDispositions) {
  // The test process, like the judge, ignores SIGPIPE and blocks SIGUSR1; the program must not
  // inherit either.
  struct sigaction ignore {};
  ignore.sa_handler = SIG_IGN;
  struct sigaction old_pipe {};
  sigaction(SIGPIPE, &ignore, &old_pipe);
  sigset_t block;
  sigset_t old_mask;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR1);
  pthread_sigmask(SIG_BLOCK, &block, &old_mask);
  auto r = run(spec("signal_state"));
  pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
  sigaction(SIGPIPE, &old_pipe, nullptr);
  EXPECT_TRUE(r.ok()) << output();
  EXPECT_EQ(output(), "default\n");
}

TEST_F(SandboxProgramTest, ManyThreadsWorkWithTheDefaultStack) {
  // Each thread reserves a stack as large as the stack limit (256 MiB here): the address-space
  // allowance must leave room for a dozen of them.
  auto r = run(spec("threads_sum", {"10000000", "12"}));
  EXPECT_TRUE(r.ok()) << r.exit_code << " " << r.stderr_tail;
  EXPECT_EQ(output(), "50000005000000\n");
}

TEST_F(SandboxProgramTest, ReadsLargeInputFast) {
  // 50 MB of numbers on standard input, passed as a descriptor.
  const fs::path input = dir_ / "run/input";
  std::uint64_t count = 0;
  std::uint64_t sum = 0;
  {
    std::ofstream out(input, std::ios::binary);
    std::string chunk;
    for (std::uint64_t i = 0; i < 5'000'000; ++i) {
      const std::uint64_t value = (i * 2654435761u) % 1'000'000'000;
      chunk += std::to_string(value);
      chunk += i % 10 == 9 ? '\n' : ' ';
      ++count;
      sum += value;
      if (chunk.size() > (1 << 20)) {
        out << chunk;
        chunk.clear();
      }
    }
    out << chunk;
  }
  ASSERT_GT(fs::file_size(input), 45'000'000u);
  sandbox::UniqueFd in(open(input.c_str(), O_RDONLY | O_CLOEXEC));
  auto s = spec("sum_stdin");
  s.stdin_fd = in.get();
  auto r = run(s);
  EXPECT_TRUE(r.ok()) << r.exit_code << " " << r.stderr_tail;
  EXPECT_EQ(output(), std::to_string(count) + " " + std::to_string(sum) + "\n");
  EXPECT_LT(r.cpu_time, 500ms);
}

TEST_F(SandboxProgramTest, Python3Works) {
  if (!fs::exists("/usr/bin/python3")) {
    GTEST_SKIP() << "/usr/bin/python3 is not installed";
  }
  fs::create_directories(dir_ / "run/src");
  write_file(dir_ / "run/src/main.py",
             "import sys\n"
             "print(sum(int(x) for x in sys.argv[1:]), sys.getrecursionlimit() > 0)\n",
             fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
  sandbox::RunSpec s = spec("hello");
  s.argv = {"/usr/bin/python3", "/src/main.py", "1", "2", "3"};
  s.binds.push_back({(dir_ / "run/src").string(), "/src", false});
  s.limits.cpu_time = 5s;
  s.limits.wall_time = 10s;
  auto r = run(s);
  EXPECT_TRUE(r.ok()) << r.exit_code << " " << r.violation_name << " " << r.stderr_tail;
  EXPECT_EQ(output(), "6 True\n");
}

TEST_F(SandboxProgramTest, Java17Works) {
  if (!fs::exists("/usr/bin/java") || !fs::exists("/usr/bin/javac")) {
    GTEST_SKIP() << "/usr/bin/java or /usr/bin/javac is not installed";
  }
  const fs::path src = dir_ / "run/java";
  fs::create_directories(src);
  write_file(src / "Main.java",
             "public class Main {\n"
             "  static long depth(long n) { return n == 0 ? 0 : 1 + depth(n - 1); }\n"
             "  public static void main(String[] args) {\n"
             "    long[] big = new long[8 << 20];\n"
             "    for (int i = 0; i < big.length; ++i) big[i] = i;\n"
             "    System.out.println(big[big.length - 1] + \" \" + depth(100000));\n"
             "  }\n"
             "}\n",
             fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
  const std::string javac =
      "/usr/bin/javac -d " + src.string() + " " + (src / "Main.java").string();
  ASSERT_EQ(std::system(javac.c_str()), 0) << javac;
  sandbox::RunSpec s = spec("hello");
  s.argv = {"/usr/bin/java",
            "-Xmx256m",
            "-Xss64m",
            "-XX:+UseSerialGC",
            "-XX:-UsePerfData",
            "-XX:CompressedClassSpaceSize=64m",
            "-XX:ReservedCodeCacheSize=64m",
            "-XX:MaxMetaspaceSize=128m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            "/src",
            "Main"};
  s.binds.push_back({src.string(), "/src", false});
  s.limits.stack_bytes = 64 * kMiB;
  s.limits.address_space_extra_bytes = 2048 * kMiB;
  s.limits.cpu_time = 10s;
  s.limits.wall_time = 20s;
  auto r = run(s);
  EXPECT_TRUE(r.ok()) << r.exit_code << " " << r.violation_name << " "
                      << sandbox::to_string(r.limit) << " " << r.stderr_tail;
  EXPECT_EQ(output(), "8388607 100000\n");
}

TEST_F(SandboxProgramTest, Node20Works) {
  if (!fs::exists("/usr/bin/node")) {
    GTEST_SKIP() << "/usr/bin/node is not installed";
  }
  fs::create_directories(dir_ / "run/src");
  write_file(dir_ / "run/src/main.js",
             "const a = new Array(1 << 20).fill(1);\n"
             "const depth = (n) => (n === 0 ? 0 : 1 + depth(n - 1));\n"
             "console.log(a.reduce((x, y) => x + y, 0), depth(10000));\n",
             fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
  sandbox::RunSpec s = spec("hello");
  s.argv = {"/usr/bin/node", "/src/main.js"};
  s.binds.push_back({(dir_ / "run/src").string(), "/src", false});
  s.limits.stack_bytes = 64 * kMiB;
  s.limits.address_space_extra_bytes = 4096 * kMiB;
  s.limits.cpu_time = 5s;
  s.limits.wall_time = 10s;
  auto r = run(s);
  EXPECT_TRUE(r.ok()) << r.exit_code << " " << r.violation_name << " "
                      << sandbox::to_string(r.limit) << " " << r.stderr_tail;
  EXPECT_EQ(output(), "1048576 10000\n");
}

// --- Measurements ----------------------------------------------------------------------------

TEST_F(SandboxMeasurementTest, CpuTimeMatchesTheKernelsFigure) {
  auto r = run(spec("cpu_burn", {"500"}));
  ASSERT_TRUE(r.ok()) << r.exit_code;
  const auto own = std::chrono::microseconds(std::stoll(output()));
  ASSERT_GE(own, 500ms);
  // The program's own figure is taken just before it exits: the sandbox may see a little more.
  EXPECT_GE(r.cpu_time, own * 95 / 100);
  EXPECT_LE(r.cpu_time, own * 105 / 100);
}

class SandboxPeakMemoryTest : public SandboxTestBase, public ::testing::WithParamInterface<int> {};

std::string mib_name(const ::testing::TestParamInfo<int>& size) {
  return std::to_string(size.param) + "MiB";
}

INSTANTIATE_TEST_SUITE_P(Sizes, SandboxPeakMemoryTest, ::testing::Values(64, 200), mib_name);

TEST_F(SandboxMeasurementTest, CpuTimeOfAToolchainCountsEveryProcess) {
  // programs/cpu_tree.c: the work is in a child that only the keeper reaps.
  auto s = spec("cpu_tree", {"200"});
  s.profile = sandbox::Profile::kToolchain;
  auto r = run(s);
  ASSERT_TRUE(r.ok()) << r.exit_code << " " << r.violation_name;
  EXPECT_GE(r.cpu_time, 200ms);
  EXPECT_LT(r.cpu_time, 300ms);
}

TEST_P(SandboxPeakMemoryTest, PeakMemoryMatchesWhatTheProgramTouched) {
  const std::uint64_t touched = static_cast<std::uint64_t>(GetParam()) * kMiB;
  auto r = run(spec("touch_memory", {std::to_string(GetParam())}));
  ASSERT_TRUE(r.ok()) << r.exit_code << " " << sandbox::to_string(r.limit);
  const auto tolerance = static_cast<double>(touched) * 0.02 + static_cast<double>(kMiB);
  EXPECT_NEAR(static_cast<double>(r.peak_memory_bytes), static_cast<double>(touched), tolerance)
      << "peak " << r.peak_memory_bytes / 1024 << " KiB";
}

TEST_F(SandboxMeasurementTest, WallTimeOfASleeperIsTheWallLimit) {
  auto s = spec("sleep_forever");
  s.limits.wall_time = 500ms;
  auto r = run(s);
  EXPECT_EQ(r.limit, LimitKind::kWallTime);
  EXPECT_GE(r.wall_time, 500ms);
  EXPECT_LT(r.wall_time, 600ms);  // the keeper's tick, and room for a busy machine
}

// --- What a run is given: its input, its folders, its view of the host -----------------------

// A host file of the judge's user, writable by anyone, handed to a program as its input: only
// the sandbox stands between the program and the file (issue: a program rewrote a cached test
// input through /proc/self/fd/0, and the checker then accepted a non-answer).
class SandboxInputTest : public SandboxIsolationTest {
 protected:
  fs::path make_input() {
    const fs::path input = dir_ / "run" / "input.in";
    write_file(input, "1 2 3\n", fs::perms::all);
    if (geteuid() == 0) {
      const auto uid = static_cast<uid_t>(sandbox_->layers().sandbox_uid);
      EXPECT_EQ(chown(input.c_str(), uid, uid), 0);
    }
    return input;
  }
};

INSTANTIATE_TEST_SUITE_P(Paths, SandboxInputTest,
                         ::testing::Values(Isolation::kNamespaces, Isolation::kLandlock),
                         isolation_name);

TEST_P(SandboxInputTest, TheInputIsNoWritableHostFile) {
  const fs::path input = make_input();
  const auto mtime = fs::last_write_time(input);
  auto s = spec("stdin_write");
  sandbox::UniqueFd in(open(input.c_str(), O_RDONLY | O_CLOEXEC));
  s.stdin_fd = in.get();
  auto r = run(s);
  EXPECT_TRUE(r.exited) << r.violation_name << r.stderr_tail;
  EXPECT_EQ(r.exit_code, kRefused) << output();
  EXPECT_EQ(read_file(input), "1 2 3\n");
  EXPECT_EQ(fs::status(input).permissions(), fs::perms::all);
  EXPECT_EQ(fs::last_write_time(input), mtime);
}

TEST_P(SandboxInputTest, AFileBoundReadOnlyIsNoWritableHostFile) {
  // A checker's copies of the input and the answer: single files bound read-only.
  const fs::path input = make_input();
  const auto mtime = fs::last_write_time(input);
  auto s = spec("stdin_write", {"/input"});
  s.binds.push_back({input.string(), "/input", false});
  auto r = run(s);
  EXPECT_TRUE(r.exited) << r.violation_name << r.stderr_tail;
  EXPECT_EQ(r.exit_code, kRefused) << output();
  EXPECT_EQ(read_file(input), "1 2 3\n");
  EXPECT_EQ(fs::status(input).permissions(), fs::perms::all);
  EXPECT_EQ(fs::last_write_time(input), mtime);
}

TEST_P(SandboxInputTest, ControlTheInputIsRewrittenOutsideTheSandbox) {
  const fs::path input = make_input();
  EXPECT_EQ(run_bare("stdin_write", {}, input), kEscaped) << output();
  EXPECT_NE(read_file(input), "1 2 3\n");
}

TEST_P(SandboxInputTest, TheInputIsReadFromTheDescriptorsOffset) {
  const fs::path input = make_input();
  auto s = spec("sum_stdin");
  sandbox::UniqueFd in(open(input.c_str(), O_RDONLY | O_CLOEXEC));
  ASSERT_EQ(lseek(in.get(), 2, SEEK_SET), 2);  // "2 3\n" is left
  s.stdin_fd = in.get();
  auto r = run(s);
  EXPECT_TRUE(r.ok()) << r.stderr_tail;
  EXPECT_EQ(output(), "2 5\n");  // two numbers, their sum
}

TEST_F(SandboxAttackTest, ProcNamesNoHostPathOfTheRun) {
  // The program's folder as a private copy and its input as a memory file: neither
  // /proc/self/fd/0 nor mountinfo names where they come from on the host.
  const fs::path input = dir_ / "run" / "input.in";
  write_file(input, "1\n", fs::perms::owner_read | fs::perms::owner_write);
  auto s = spec("proc_leaks", {dir_.string(), SANDBOX_TEST_PROGRAMS});
  s.binds = {{SANDBOX_TEST_PROGRAMS, "/box", false, true}};
  sandbox::UniqueFd in(open(input.c_str(), O_RDONLY | O_CLOEXEC));
  s.stdin_fd = in.get();
  auto attempts = expect_refused(run(s));
  EXPECT_EQ(attempts, (decltype(attempts){{"/proc/self/fd/0", "clean"},
                                          {"/proc/self/mountinfo", "clean"},
                                          {"/proc/self/mounts", "clean"}}));
}

TEST_F(SandboxAttackTest, ControlProcNamesTheHostPathsOfABind) {
  auto s = spec("proc_leaks", {SANDBOX_TEST_PROGRAMS});
  auto r = run(s);
  EXPECT_EQ(r.exit_code, kEscaped) << output();
}

TEST_F(SandboxProgramTest, ACopiedFolderIsPrivateAndReadOnly) {
  fs::create_directories(dir_ / "run" / "box" / "sub");
  write_file(dir_ / "run" / "box" / "sub" / "victim", "victim\n", fs::perms::all);
  auto s = spec("write_outside", {"/copy", "/copy/sub"});
  s.binds.push_back({(dir_ / "run" / "box").string(), "/copy", false, true});
  auto attempts = expect_refused(run(s));
  ASSERT_FALSE(attempts.empty());
  EXPECT_EQ(attempts[0], (std::pair<std::string, std::string>{"create /copy/planted", "EROFS"}));
  EXPECT_EQ(read_file(dir_ / "run" / "box" / "sub" / "victim"), "victim\n");
}

TEST_F(SandboxProgramTest, AWritableCopyComesBackAfterTheRun) {
  // What a compiler writes in its build folder reaches the host once the run is over.
  fs::create_directories(dir_ / "run" / "box");
  write_file(dir_ / "run" / "box" / "victim", "victim\n", fs::perms::all);
  auto s = spec("write_outside", {"/copy"});
  s.binds.push_back({(dir_ / "run" / "box").string(), "/copy", true, true});
  auto r = run(s);
  EXPECT_EQ(r.exit_code, kEscaped) << output();  // the copy is writable
  EXPECT_TRUE(fs::exists(dir_ / "run" / "box" / "planted"));
}

// A checker's feedback folder, a compiler's build folder: folders a run writes are capped in
// bytes and in files like the scratch folder, and only their capped contents come back.
TEST_F(SandboxAttackTest, FillingAWritableCopyStopsAtItsCap) {
  fs::create_directories(dir_ / "run" / "feedback");
  auto s = spec("fill_disk", {"/feedback"});
  s.limits.scratch_bytes = 4 * kMiB;
  s.binds.push_back({(dir_ / "run" / "feedback").string(), "/feedback", true, true});
  auto attempts = expect_refused(run(s));
  ASSERT_EQ(attempts.size(), 3U) << output();
  EXPECT_EQ(attempts[2], (std::pair<std::string, std::string>{"total", std::to_string(4 * kMiB)}));
  std::uintmax_t bytes = 0;
  for (const auto& entry : fs::directory_iterator(dir_ / "run" / "feedback")) {
    bytes += entry.file_size();
  }
  EXPECT_LE(bytes, 4 * kMiB);
}

TEST_F(SandboxAttackTest, FilesInAWritableCopyStopAtItsCap) {
  fs::create_directories(dir_ / "run" / "feedback");
  auto s = spec("fill_inodes", {"/feedback"});
  s.limits.wall_time = 10s;
  s.binds.push_back({(dir_ / "run" / "feedback").string(), "/feedback", true, true});
  auto attempts = expect_refused(run(s));
  ASSERT_EQ(attempts.size(), 2U) << output();
  EXPECT_EQ(attempts[0].second, "ENOSPC");
  auto files = std::distance(fs::directory_iterator(dir_ / "run" / "feedback"), {});
  EXPECT_LE(files, 4096);
}

TEST_F(SandboxAttackTest, FilesInTheScratchFolderStopAtItsCap) {
  auto s = spec("fill_inodes", {"/tmp"});
  s.limits.wall_time = 10s;
  auto attempts = expect_refused(run(s));
  ASSERT_EQ(attempts.size(), 2U) << output();
  EXPECT_EQ(attempts[0].second, "ENOSPC");
}

TEST_F(SandboxProgramTest, AReadOnlyCopyHoldsAFolderLargerThanTheScratchSpace) {
  // A program with a large initialised static array is a large file: its copy must fit.
  fs::create_directories(dir_ / "run" / "big");
  write_file(dir_ / "run" / "big" / "file", std::string(8 * kMiB, 'x'), fs::perms::all);
  auto s = spec("big_file", {"/copy/file"});
  s.limits.scratch_bytes = 4 * kMiB;
  s.binds.push_back({(dir_ / "run" / "big").string(), "/copy", false, true});
  auto r = run(s);
  EXPECT_TRUE(r.ok()) << r.stderr_tail;
  EXPECT_EQ(output(), std::to_string(8 * kMiB) + "\n");
}

TEST_P(SandboxIsolationTest, PinningAnotherProcessIsKilled) {
  // Without namespaces, another run of the same user is in reach (sched_setaffinity took a
  // namespaced run down to one CPU).
  expect_violation(run(spec("affinity_other", {std::to_string(start_bystander())})),
                   "sched_setaffinity");
}

TEST_F(SandboxAttackTest, ProgramsWithoutNamespacesDieWithAKilledJudge) {
  // A judge killed with SIGKILL cannot stop its runs: with a PID namespace they die with it;
  // without one (Landlock), they were re-parented to init and ran on, unlimited.
  const pid_t judge = fork();
  ASSERT_GE(judge, 0);
  if (judge == 0) {
    sandbox::SandboxOptions options;
    options.namespaces = false;
    sandbox::Sandbox landlock(options);
    auto s = spec("sleep_forever");
    s.limits.cpu_time = 30s;
    s.limits.wall_time = 60s;
    (void)landlock.run(s);
    std::_Exit(0);
  }
  bool started = false;
  for (int i = 0; i < 100 && !started; ++i) {
    std::this_thread::sleep_for(50ms);
    started = !processes_with(marker_).empty();
  }
  ASSERT_TRUE(started) << "the run did not start";
  kill(judge, SIGKILL);
  waitpid(judge, nullptr, 0);
  bool gone = false;
  for (int i = 0; i < 40 && !gone; ++i) {
    std::this_thread::sleep_for(50ms);
    gone = processes_with(marker_).empty();
  }
  EXPECT_TRUE(gone) << "left behind: " << processes_with(marker_).size() << " process(es)";
  for (pid_t pid : processes_with(marker_)) {
    kill(pid, SIGKILL);
  }
}

// --- Memory outside the resident set ---------------------------------------------------------

TEST_F(SandboxAttackTest, MemoryFilesAreRefused) {
  // memfd_create + fallocate held 2 GiB under a 256 MiB limit, with a peak of 2.5 MiB.
  auto s = spec("pin_memory", {"memfd", "512"});
  s.limits.memory_bytes = 64 * kMiB;
  auto attempts = expect_refused(run(s));
  EXPECT_EQ(attempts, (decltype(attempts){{"memfd_create", "ENOSYS"}}));
}

TEST_F(SandboxAttackTest, FilesInTheScratchFolderCountAsMemory) {
  // The scratch folder is a tmpfs: its files are memory. A run may keep more there than its
  // memory limit allows only by breaking the limit.
  auto s = spec("pin_memory", {"tmp", "200"});
  s.limits.memory_bytes = 64 * kMiB;
  s.limits.scratch_bytes = 512 * kMiB;
  s.limits.wall_time = 10s;
  auto r = run(s);
  EXPECT_EQ(r.limit, LimitKind::kMemory) << output();
  EXPECT_NE(r.exit_code, kEscaped) << output();
}

TEST_F(SandboxMeasurementTest, FilesLeftInTheScratchFolderCountInThePeak) {
  // Written and kept until the end, faster than any check: the peak still shows them.
  auto s = spec("fill_disk");
  s.limits.scratch_bytes = 24 * kMiB;
  auto r = run(s);
  EXPECT_TRUE(r.exited);
  EXPECT_GE(r.peak_memory_bytes, 24 * kMiB);
}

TEST_F(SandboxAttackTest, GrowingAPipeBufferIsKilled) {
  auto s = spec("pin_memory", {"pipes", "256"});
  s.limits.memory_bytes = 64 * kMiB;
  expect_violation(run(s), "fcntl");
}

TEST_F(SandboxAttackTest, PipesOfTheDefaultSizeHoldLittle) {
  // What default-sized pipes hold over every descriptor the run may open: not counted in any
  // memory figure, but bounded by the descriptor limit (docs/sandbox.md).
  auto s = spec("pin_memory", {"small-pipes", "256"});
  s.limits.memory_bytes = 64 * kMiB;
  auto attempts = expect_refused(run(s));
  ASSERT_EQ(attempts.size(), 2U) << output();
  EXPECT_EQ(attempts[0], (std::pair<std::string, std::string>{"pipe", "EMFILE"}));
  EXPECT_EQ(attempts[1], (std::pair<std::string, std::string>{"held", "7 MiB"}));
}

TEST_F(SandboxAttackTest, PosixSharedMemoryIsRefused) {
  auto s = spec("pin_memory", {"posix", "256"});
  s.limits.memory_bytes = 64 * kMiB;
  auto attempts = expect_refused(run(s));
  EXPECT_EQ(attempts, (decltype(attempts){{"shm_open", "ENOENT"}}));  // no /dev/shm at all
}

TEST_F(SandboxAttackTest, SysVSharedMemoryIsKilled) {
  auto s = spec("pin_memory", {"sysv", "256"});
  s.limits.memory_bytes = 64 * kMiB;
  expect_violation(run(s), "shmget");
}

TEST_P(SandboxIsolationTest, EveryProcessOfAToolchainCountsAgainstItsMemory) {
  // `#include "/dev/zero"` drove cc1plus to 4.1 GiB under a 2 GiB compile limit: only the
  // driver was measured.
  auto s = spec("tool_memory", {"256"});
  s.profile = sandbox::Profile::kToolchain;
  s.limits.memory_bytes = 64 * kMiB;
  s.limits.wall_time = 10s;
  auto r = run(s);
  EXPECT_EQ(r.limit, LimitKind::kMemory) << output();
  EXPECT_NE(r.exit_code, kEscaped) << output();
}

class MemoryControlTest : public SandboxTestBase,
                          public ::testing::WithParamInterface<std::string> {};

INSTANTIATE_TEST_SUITE_P(Modes, MemoryControlTest,
                         ::testing::Values("memfd", "tmp", "pipes", "posix", "sysv"),
                         [](const ::testing::TestParamInfo<std::string>& mode) {
                           return mode.param;
                         });

TEST_P(MemoryControlTest, PinsTheMemoryOutsideTheSandbox) {
  // Outside the sandbox each way holds what it asks for (pipes: what the host's per-user pipe
  // allowance lets a non-root user hold).
  const std::string mode = GetParam();
  const std::string mib = mode == "pipes" && geteuid() != 0 ? "16" : "64";
  int code = run_bare("pin_memory", {mode, mib});
  if (mode == "posix" && code == kRefused && !fs::exists("/dev/shm")) {
    GTEST_SKIP() << "this host has no /dev/shm";
  }
  EXPECT_EQ(code, kEscaped) << output();
}

TEST_F(SandboxAttackTest, ControlAToolchainPassHoldsMemoryOutsideTheSandbox) {
  EXPECT_EQ(run_bare("tool_memory", {"64"}), kEscaped) << output();
}

// --- Installed packs -------------------------------------------------------------------------

// The judge installed under a system folder (/usr/local/share/judge/problems): every program
// sees /usr, and read every .ans of the built-in pack. Hidden folders are covered in every run
// (namespaces) or left out of what Landlock allows; the rest of the folder stays visible.
class SandboxHiddenTest : public SandboxIsolationTest {
 protected:
  void SetUp() override {
    SandboxIsolationTest::SetUp();
    if (IsSkipped()) {
      return;
    }
    system_ = dir_ / "run" / "system";
    fs::create_directories(system_ / "share" / "judge" / "problems" / "two-sum");
    fs::create_directories(system_ / "share" / "other");
    write_file(system_ / "share" / "judge" / "problems" / "two-sum" / "1.ans", "5\n",
               fs::perms::all);
    write_file(system_ / "share" / "other" / "readable", "ok\n", fs::perms::all);
    for (const char* folder : {"", "share", "share/judge", "share/judge/problems",
                               "share/judge/problems/two-sum", "share/other"}) {
      fs::permissions(system_ / folder, fs::perms::all);
    }
    sandbox::SandboxOptions options;
    options.namespaces = namespaces();
    options.system_binds = {{system_.string(), system_.string(), false}};
    options.hidden_paths = {(system_ / "share" / "judge").string(), "/nonexistent/folder"};
    own_ = std::make_unique<sandbox::Sandbox>(std::move(options));
    sandbox_ = own_.get();
  }
  fs::path system_;
  std::unique_ptr<sandbox::Sandbox> own_;
};

INSTANTIATE_TEST_SUITE_P(Paths, SandboxHiddenTest,
                         ::testing::Values(Isolation::kNamespaces, Isolation::kLandlock),
                         isolation_name);

TEST_P(SandboxHiddenTest, AnInstalledPackIsInvisibleInsideAVisibleFolder) {
  const fs::path answer = system_ / "share" / "judge" / "problems" / "two-sum" / "1.ans";
  const fs::path folder = system_ / "share" / "judge";
  auto attempts = expect_refused(run(spec("read_files", {answer.string(), folder.string()})));
  ASSERT_EQ(attempts.size(), 4U) << output();
  EXPECT_EQ(attempts[1],
            (std::pair<std::string, std::string>{"open " + answer.string(), "EACCES"}));
  EXPECT_EQ(attempts[3].first, "open " + folder.string());
  EXPECT_NE(attempts[3].second, "ESCAPED");
}

TEST_P(SandboxHiddenTest, TheRestOfTheFolderStaysVisible) {
  // Control: the same program reads a file beside the hidden folder.
  const fs::path readable = system_ / "share" / "other" / "readable";
  auto r = run(spec("read_files", {readable.string()}));
  EXPECT_EQ(r.exit_code, kEscaped) << output();
}

TEST_P(SandboxHiddenTest, ARunsOwnBindStillReachesAHiddenFile) {
  // A checker gets its test's input and answer by binds, hidden folder or not.
  const fs::path answer = system_ / "share" / "judge" / "problems" / "two-sum" / "1.ans";
  auto s = spec("read_files", {"/answer"});
  s.binds.push_back({answer.string(), "/answer", false});
  auto r = run(s);
  EXPECT_EQ(r.exit_code, kEscaped) << output();
}

// --- The attack programs themselves ----------------------------------------------------------

// Each attack program, run outside the sandbox where nothing stops it, must report its escape
// (exit 77): otherwise the tests above could pass with the sandbox gone.
class AttackProgramControlTest : public SandboxTestBase,
                                 public ::testing::WithParamInterface<std::string> {};

std::string camel_case(const ::testing::TestParamInfo<std::string>& program) {
  std::string name;
  bool upper = true;
  for (char c : program.param) {
    if (c == '_') {
      upper = true;
    } else {
      name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
      upper = false;
    }
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Programs, AttackProgramControlTest,
                         ::testing::Values("read_files", "write_outside", "links", "env_leak",
                                           "kill_others", "prlimit_others", "ptrace_attach",
                                           "sockets", "exec_shell", "system_call", "clone_process",
                                           "clone3_process", "unshare_ns", "raise_rlimits",
                                           "io_uring", "bpf_prog", "perf_event", "userfaultfd",
                                           "keyring", "affinity_other"),
                         camel_case);

TEST_P(AttackProgramControlTest, ReportsItsEscapeOutsideTheSandbox) {
  const std::string& program = GetParam();
  std::vector<std::string> args;
  if (program == "read_files") {
    args = {answer_.string()};
  } else if (program == "write_outside") {
    args = {(dir_ / "outside").string()};
  } else if (program == "links") {
    args = {"symlink", answer_.string()};
  } else if (program == "env_leak") {
    args = {std::to_string(getpid())};
  } else if (program == "kill_others" || program == "prlimit_others" ||
             program == "ptrace_attach" || program == "affinity_other") {
    args = {std::to_string(start_bystander())};
  } else if (program == "sockets") {
    args = listen_on_host();
  } else if (program == "keyring") {
    args = {"add_key"};
  }
  const int code = run_bare(program, args);
  // Some calls need privileges (CAP_SYS_RESOURCE, CAP_SYS_ADMIN...), or are turned off on
  // this host: then the host refuses them too, and the program cannot show that it would
  // notice.
  if (code == kRefused &&
      (geteuid() != 0 || program == "io_uring" || program == "bpf_prog" ||
       program == "perf_event" || program == "userfaultfd" || program == "keyring" ||
       program == "unshare_ns" || program == "raise_rlimits")) {
    GTEST_SKIP() << "refused outside the sandbox too: " << output();
  }
  EXPECT_EQ(code, kEscaped) << output();
}

}  // namespace
