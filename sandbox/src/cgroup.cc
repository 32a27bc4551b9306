#include "cgroup.h"

#include <unistd.h>

#include "child.h"
#include "plan.h"

#ifndef SANDBOX_HELPER_BUILD
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "sandbox/error.h"
#include "sandbox/unique_fd.h"
#endif

namespace sandbox::detail {

#ifndef SANDBOX_HELPER_BUILD
// --- Library half: the cgroups -----------------------------------------------------------------

namespace {

constexpr long kCgroup2Magic = 0x63677270;  // CGROUP2_SUPER_MAGIC
constexpr const char* kRunHint =
    "the delegated cgroup subtree must stay writable by the judge's user; turn cgroups off "
    "(SandboxOptions::cgroup) to use the address-space limit instead";
constexpr const char* kMount = "/sys/fs/cgroup";

bool write_file(const std::string& path, const std::string& text, int* err = nullptr) {
  UniqueFd fd(open(path.c_str(), O_WRONLY | O_CLOEXEC));
  bool ok = fd && write(fd.get(), text.data(), text.size()) == static_cast<ssize_t>(text.size());
  if (!ok && err != nullptr) {
    *err = errno;
  }
  return ok;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

bool has_word(const std::string& text, const std::string& word) {
  std::istringstream words(text);
  std::string w;
  while (words >> w) {
    if (w == word) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::unique_ptr<CgroupTree> CgroupTree::create(std::string& note) {
  struct statfs sfs {};
  if (statfs(kMount, &sfs) != 0 || sfs.f_type != kCgroup2Magic) {
    note =
        "memory: cgroup v2 is not this machine's main hierarchy (cgroup v1 or hybrid); "
        "using the address-space limit and resident-set checks";
    return nullptr;
  }
  std::string self = read_file("/proc/self/cgroup");
  auto pos = self.find("0::");
  if (pos == std::string::npos) {
    note = "memory: no cgroup v2 entry in /proc/self/cgroup; using the address-space limit";
    return nullptr;
  }
  std::string rel = self.substr(pos + 3);
  rel = rel.substr(0, rel.find('\n'));
  const std::string own = std::string(kMount) + (rel == "/" ? "" : rel);
  const std::string path = fmt::format("{}/judge-{}", own, getpid());
  if (mkdir(path.c_str(), 0755) != 0) {
    note = fmt::format(
        "memory: cgroup {} is not delegated to this user ({}); using the "
        "address-space limit (run the judge under 'systemd-run --user --scope "
        "-p Delegate=yes' to use cgroups)",
        own, std::strerror(errno));
    return nullptr;
  }
  std::unique_ptr<CgroupTree> tree(new CgroupTree(path));
  if (!has_word(read_file(path + "/cgroup.controllers"), "memory")) {
    note = fmt::format(
        "memory: the memory controller is not enabled for {}; using the "
        "address-space limit",
        own);
    return nullptr;
  }
  int err = 0;
  if (!write_file(path + "/cgroup.subtree_control", "+memory", &err)) {
    note = fmt::format(
        "memory: cannot enable the memory controller under {} ({}); using the "
        "address-space limit",
        path, std::strerror(err));
    return nullptr;
  }
  // Best effort: pids.max bounds thread bombs more tightly than RLIMIT_NPROC.
  write_file(path + "/cgroup.subtree_control", "+pids");
  return tree;
}

CgroupTree::~CgroupTree() {
  rmdir(path_.c_str());
}

std::unique_ptr<CgroupTree::Run> CgroupTree::start_run(std::uint64_t memory_bytes, int tasks) {
  std::string path = fmt::format("{}/run-{}", path_, counter_.fetch_add(1));
  if (mkdir(path.c_str(), 0755) != 0) {
    throw system_error(errno, fmt::format("cannot create the cgroup {}", path), kRunHint);
  }
  auto run = std::make_unique<Run>(path);
  int err = 0;
  if (memory_bytes != 0 && !write_file(path + "/memory.max", std::to_string(memory_bytes), &err)) {
    throw system_error(err, fmt::format("cannot set {}/memory.max", path), kRunHint);
  }
  write_file(path + "/memory.swap.max", "0");  // absent without swap accounting
  write_file(path + "/pids.max", std::to_string(tasks));
  return run;
}

CgroupTree::Run::~Run() {
  rmdir(path_.c_str());
}

void CgroupTree::Run::add(pid_t pid) {
  int err = 0;
  if (!write_file(path_ + "/cgroup.procs", std::to_string(pid), &err)) {
    throw system_error(err, fmt::format("cannot move the run into {}", path_), kRunHint);
  }
}

void CgroupTree::Run::finish(RunResult& result) {
  std::string peak = read_file(path_ + "/memory.peak");  // Linux 5.19+
  if (!peak.empty()) {
    result.peak_memory_bytes = std::stoull(peak);
  }
  std::istringstream events(read_file(path_ + "/memory.events"));
  std::string key;
  std::uint64_t value = 0;
  while (events >> key >> value) {
    if ((key == "oom_kill" || key == "oom_group_kill") && value > 0) {
      result.limit = LimitKind::kMemory;
    }
  }
}

#endif  // SANDBOX_HELPER_BUILD
// --- Helper half: wait to be moved -------------------------------------------------------------

SANDBOX_CHILD bool wait_until_moved(const ChildPlan& plan) noexcept {
  if (!plan.wait_for_go) {
    return true;
  }
  char go = 0;
  return read(plan.control_fd, &go, 1) == 1 && go == 'g';
}

}  // namespace sandbox::detail
