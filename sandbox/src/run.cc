// The supervisor side of a run: prepare the plan, start the keeper, drain the output, and turn
// the keeper's report into a RunResult. The order of the isolation steps lives in child.cc.
#include "sandbox/run.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cgroup.h"
#include "child.h"
#include "elf_size.h"
#include "helper_client.h"
#include "landlock.h"
#include "output.h"
#include "sandbox/error.h"
#include "sandbox/unique_fd.h"
#include "seccomp_filter.h"
#include "wire.h"

namespace sandbox {

namespace fs = std::filesystem;
using namespace detail;  // NOLINT(google-build-using-namespace): the private half of this library

namespace {

using Clock = std::chrono::steady_clock;

// Tasks are counted per user, and every run (and its keeper) shares the sandbox's user: leave
// room for the other runs of a parallel judge.
constexpr int kTaskSlack = 64;
constexpr const char* kSearchPath[] = {"/usr/local/bin", "/usr/bin", "/bin"};

// Writable folders handed to the sandbox's user for one run, returned to their owner after it.
struct LentFolders {
  struct Item {
    std::string path;
    uid_t uid;
    gid_t gid;
  };
  std::vector<Item> items;
  LentFolders() = default;
  LentFolders(const LentFolders&) = delete;
  LentFolders& operator=(const LentFolders&) = delete;
  ~LentFolders() {
    for (const auto& item : items) {
      (void)!chown(item.path.c_str(), item.uid, item.gid);
    }
  }
};

struct ResolvedBind {
  std::string host;
  std::string target;
  bool writable;
  bool directory;
  bool copy;
};

// A descriptor number of 3 or more: the child moves its own stdio onto 0, 1 and 2, which
// must not already hold one of its sources.
UniqueFd above_stdio(UniqueFd fd) {
  if (fd.get() >= 3) {
    return fd;
  }
  UniqueFd moved(fcntl(fd.get(), F_DUPFD_CLOEXEC, 3));
  if (!moved) {
    throw system_error(errno, "cannot duplicate a descriptor");
  }
  return moved;
}

void make_pipe(UniqueFd& read_end, UniqueFd& write_end) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    throw system_error(errno, "cannot create a pipe for the sandbox");
  }
  read_end = above_stdio(UniqueFd(fds[0]));
  write_end = above_stdio(UniqueFd(fds[1]));
}

bool starts_with_path(const std::string& path, const std::string& prefix) {
  return path == prefix ||
         (path.size() > prefix.size() && path.compare(0, prefix.size(), prefix) == 0 &&
          (prefix == "/" || path[prefix.size()] == '/'));
}

// The string table of a kRun message.
class Strings {
 public:
  std::uint32_t add(const std::string& s) {
    auto offset = static_cast<std::uint32_t>(data_.size());
    data_ += s;
    data_ += '\0';
    return offset;
  }
  [[nodiscard]] const std::string& data() const noexcept { return data_; }

 private:
  std::string data_;
};

// What a copy of `folder` takes on a tmpfs: its regular files and folders in whole pages, plus
// room for the copy's own bookkeeping.
std::uint64_t folder_bytes(const std::string& folder) {
  constexpr std::uint64_t kPage = 4096;
  std::uint64_t bytes = kMiB;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    const auto status = it->symlink_status(ec);
    if (fs::is_regular_file(status)) {
      bytes += (it->file_size(ec) + kPage - 1) / kPage * kPage;
    } else if (fs::is_directory(status)) {
      bytes += kPage;
    }
  }
  return bytes;
}

// The program's standard input as a sealed memory file holding the rest of `fd` (a regular
// file). Handing over the host file's own descriptor would let the program reopen
// /proc/self/fd/0 for writing, fchmod or utimensat it (its owner in the sandbox maps to the
// judge's user), and readlink would name the test's host path. Sealed: nobody can change it.
UniqueFd sealed_copy(int fd) {
  UniqueFd mem(memfd_create("stdin", MFD_CLOEXEC | MFD_ALLOW_SEALING));
  if (!mem) {
    throw system_error(errno, "cannot make a copy of standard input for the sandbox");
  }
  off_t offset = lseek(fd, 0, SEEK_CUR);
  if (offset < 0) {
    offset = 0;
  }
  for (;;) {
    const ssize_t n = sendfile(mem.get(), fd, &offset, 1 << 30);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      throw system_error(errno, "cannot copy standard input for the sandbox");
    }
    if (n == 0) {
      break;
    }
  }
  if (lseek(mem.get(), 0, SEEK_SET) != 0 ||
      fcntl(mem.get(), F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) !=
          0) {
    throw system_error(errno, "cannot seal the copy of standard input");
  }
  return mem;
}

std::chrono::microseconds to_us(std::int64_t us) {
  return std::chrono::microseconds(us);
}

// Interrupts: a flag, and a pipe that becomes readable (and stays so, never drained) when the
// flag is set, so that every run loop polling it wakes up. Made at load time, before any
// thread or signal handler can need it.
std::atomic<bool> g_interrupted{false};
struct InterruptPipe {
  int fds[2] = {-1, -1};
  InterruptPipe() {
    if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) {
      fds[0] = fds[1] = -1;  // runs then notice the flag between polls (every tick)
    }
  }
};
InterruptPipe g_interrupt_pipe;

}  // namespace

void request_interrupt() noexcept {
  g_interrupted.store(true);
  if (g_interrupt_pipe.fds[1] >= 0) {
    (void)!write(g_interrupt_pipe.fds[1], "i", 1);
  }
}

bool interrupt_requested() noexcept {
  return g_interrupted.load();
}

struct Sandbox::Impl {
  SandboxOptions options;
  Layers layers;
  std::unique_ptr<Helper> helper;
  std::unique_ptr<CgroupTree> cgroups;
  Filter program_filter;
  Filter toolchain_filter;
  unsigned notif_size = 0;
  bool root_mode = false;
  uid_t host_uid = 0;
  gid_t host_gid = 0;
  std::string runtime_dir;                   // scratch folders when there is no mount namespace
  std::vector<std::string> landlock_system;  // what Landlock lets every run read
  std::atomic<unsigned> counter{0};

  explicit Impl(SandboxOptions opts);
  ~Impl();
  RunResult run(const RunSpec& spec);

  [[nodiscard]] std::string scratch_folder();
};

Sandbox::Impl::Impl(SandboxOptions opts) : options(std::move(opts)) {
  host_uid = geteuid();
  host_gid = getegid();
  root_mode = host_uid == 0;
  if (prctl(PR_GET_SECCOMP) < 0 && errno == EINVAL) {
    throw Error("this kernel has no seccomp filtering; the judge does not run programs without it",
                "use a kernel built with CONFIG_SECCOMP_FILTER (every distribution kernel is)");
  }
  notif_size = seccomp_notif_size();
  if (notif_size == 0) {
    layers.notes.push_back(
        "seccomp user notification unavailable (Linux 5.0+): a forbidden call kills the "
        "program with SIGSYS, without naming the call");
  }

  const std::vector<std::string> hidden =
      hidden_inside_visible(options.hidden_paths, options.system_binds);
  helper = std::make_unique<Helper>(HelperConfig{options.namespaces, options.system_binds, hidden,
                                                 host_uid, host_gid, root_mode});
  if (helper->namespaces()) {
    layers.user_namespace = layers.mount_namespace = layers.pid_namespace = true;
    layers.network_namespace = layers.ipc_namespace = layers.uts_namespace = true;
  } else if (options.namespaces) {
    layers.notes.push_back(fmt::format("namespaces unavailable: {}", helper->namespace_error()));
  } else {
    layers.notes.push_back("namespaces turned off");
  }
  program_filter =
      build_filter(Profile::kProgram, notif_size != 0, helper->exec_buffer(), helper->namespaces());
  toolchain_filter = build_filter(Profile::kToolchain, notif_size != 0, helper->exec_buffer(),
                                  helper->namespaces());
  const std::vector<sock_filter> programs[2] = {program_filter.program, toolchain_filter.program};
  const std::vector<int> patches[2] = {program_filter.pid_patches, toolchain_filter.pid_patches};
  helper->load_filters(notif_size != 0, programs, patches);
  layers.seccomp = true;
  layers.sandbox_uid = static_cast<int>(root_mode ? kNobodyUid : host_uid);
  if (!helper->namespaces()) {
    const int abi = landlock_abi();
    if (options.landlock && abi > 0) {
      layers.landlock_abi = abi;
      if (abi < 6) {
        layers.notes.push_back(fmt::format(
            "Landlock ABI {} cannot scope signals (ABI 6, Linux 6.12): programs run as the "
            "judge's user could signal its other processes",
            abi));
      }
    } else {
      layers.notes.push_back(abi == 0 ? "Landlock unavailable (Linux 5.13+ with lsm=landlock)"
                                      : "Landlock turned off");
      layers.notes.push_back(
          "WARNING: no file-system isolation: programs can read every file the judge's user "
          "can read");
    }
    // Without a PID namespace, programs of the judge's own user could read its memory and
    // environment through /proc; a non-dumpable process is out of their reach.
    prctl(PR_SET_DUMPABLE, 0);
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = fmt::format("{}/judge-sandbox-XXXXXX", tmp != nullptr ? tmp : "/tmp");
    if (mkdtemp(pattern.data()) == nullptr) {
      throw system_error(errno,
                         fmt::format("cannot create a folder for scratch space ({})", pattern));
    }
    runtime_dir = pattern;
    chmod(runtime_dir.c_str(), 0711);  // the programs' user must reach its own scratch folder
    // The same system view the namespaces give, with the same holes.
    std::vector<std::string> system(std::begin(kSystemFolders), std::end(kSystemFolders));
    system.insert(system.end(), std::begin(kSystemEtcFiles), std::end(kSystemEtcFiles));
    for (const auto& b : options.system_binds) {
      system.push_back(b.source);
    }
    landlock_system = allowed_around(system, hidden);
  }

  if (options.cgroup) {
    std::string note;
    cgroups = CgroupTree::create(note);
    if (cgroups) {
      layers.memory = MemoryBackend::kCgroupV2;
      layers.cgroup_path = cgroups->path();
    } else {
      layers.notes.push_back(note);
    }
  }
}

Sandbox::Impl::~Impl() {
  if (!runtime_dir.empty()) {
    std::error_code ec;
    fs::remove_all(runtime_dir, ec);
  }
}

std::string Sandbox::Impl::scratch_folder() {
  std::string dir = fmt::format("{}/run-{}", runtime_dir, counter.fetch_add(1));
  if (mkdir(dir.c_str(), 0700) != 0) {
    throw system_error(errno, fmt::format("cannot create the scratch folder {}", dir));
  }
  if (root_mode && chown(dir.c_str(), kNobodyUid, kNobodyGid) != 0) {
    throw system_error(errno, fmt::format("cannot hand the scratch folder {} to nobody", dir));
  }
  return dir;
}

RunResult Sandbox::Impl::run(const RunSpec& spec) {
  if (interrupt_requested()) {
    RunResult stopped;
    stopped.interrupted = true;
    return stopped;
  }
  if (spec.argv.empty() || spec.argv[0].empty()) {
    throw Error("nothing to run: the program is empty");
  }
  if (spec.cwd.empty() || spec.cwd[0] != '/') {
    throw Error(fmt::format("the working folder '{}' must be an absolute path", spec.cwd));
  }
  const bool namespaces = helper->namespaces();
  const Limits& limits = spec.limits;

  // Binds: real host paths, absolute targets.
  std::vector<ResolvedBind> binds;
  LentFolders lent;
  for (const Bind& bind : spec.binds) {
    fs::path target = fs::path(bind.target).lexically_normal();
    if (!target.is_absolute() || target == "/" || starts_with_path(target, "/proc") ||
        starts_with_path(target, "/dev") || starts_with_path(target, kHostDir)) {
      throw Error(
          fmt::format("cannot mount '{}' at '{}': the target must be an absolute path "
                      "outside /, /proc and /dev",
                      bind.source, bind.target));
    }
    std::error_code ec;
    fs::path real = fs::canonical(bind.source, ec);
    if (ec) {
      throw Error(
          fmt::format("cannot make '{}' visible in the sandbox: {}", bind.source, ec.message()));
    }
    const bool directory = fs::is_directory(real, ec);
    if (bind.copy && !directory) {
      throw Error(
          fmt::format("cannot copy '{}' into the sandbox: only folders are copied", real.string()));
    }
    const bool copy = bind.copy && namespaces;
    if (bind.writable && root_mode && directory && !copy) {
      // Programs run as nobody: lend them the folder for the run, and give it back after.
      struct stat st {};
      if (stat(real.c_str(), &st) != 0 || chown(real.c_str(), kNobodyUid, kNobodyGid) != 0) {
        throw system_error(errno,
                           fmt::format("cannot hand '{}' to the sandbox's user", real.string()));
      }
      lent.items.push_back({real.string(), st.st_uid, st.st_gid});
    }
    binds.push_back({real.string(), target.string(), bind.writable, directory, copy});
  }

  // Without a mount namespace the program sees host paths: translate the in-sandbox ones.
  std::string scratch;
  if (!namespaces) {
    scratch = scratch_folder();
  }
  // The scratch folder goes with the run, however the run ends (a throw included).
  struct RemoveScratch {
    const std::string& path;
    ~RemoveScratch() {
      if (!path.empty()) {
        std::error_code ec;
        fs::remove_all(path, ec);
      }
    }
  } remove_scratch{scratch};
  auto to_host = [&](const std::string& inside) -> std::string {
    const ResolvedBind* best = nullptr;
    for (const auto& b : binds) {
      if (starts_with_path(inside, b.target) &&
          (best == nullptr || b.target.size() > best->target.size())) {
        best = &b;
      }
    }
    if (best != nullptr) {
      return best->host + inside.substr(best->target.size());
    }
    if (!namespaces && starts_with_path(inside, "/tmp")) {
      return scratch + inside.substr(4);
    }
    return inside;
  };
  auto translate = [&](const std::string& text) { return namespaces ? text : to_host(text); };

  // The program to exec, inside the sandbox, and where it is on the host.
  std::string exec_path = spec.argv[0];
  if (exec_path.find('/') == std::string::npos) {
    std::string found;
    for (const char* dir : kSearchPath) {
      std::string candidate = fmt::format("{}/{}", dir, exec_path);
      if (access(to_host(candidate).c_str(), X_OK) == 0) {
        found = candidate;
        break;
      }
    }
    if (found.empty()) {
      throw Error(
          fmt::format("program '{}' not found in the sandbox (looked in /usr/local/bin, "
                      "/usr/bin and /bin)",
                      exec_path));
    }
    exec_path = found;
  } else if (exec_path[0] != '/') {
    throw Error(
        fmt::format("the program path '{}' must be absolute inside the sandbox (such as "
                    "/box/{})",
                    exec_path, fs::path(exec_path).filename().string()));
  }
  const std::string exec_host = to_host(exec_path);
  if (access(exec_host.c_str(), X_OK) != 0) {
    throw system_error(errno, fmt::format("cannot execute '{}'", exec_path));
  }

  // Limits.
  const auto cpu_ms = limits.cpu_time.count();
  std::int64_t wall_ms = limits.wall_time.count();
  if (wall_ms <= 0) {
    wall_ms = cpu_ms > 0 ? 2 * cpu_ms + 1000 : 10000;
  }
  const bool cgroup_memory = cgroups != nullptr;
  const std::uint64_t memory = limits.memory_bytes;
  const std::uint64_t address_space =
      memory != 0 && !cgroup_memory ? memory + limits.address_space_extra_bytes : 0;
  std::uint64_t stack = limits.stack_bytes != 0 ? limits.stack_bytes : memory;
  if (stack == 0) {
    stack = 8 * kMiB;
  }

  // The run's description for the helper.
  Strings strings;
  wire::RunHead head{};
  std::vector<std::uint32_t> offsets;
  offsets.push_back(strings.add(translate(exec_path)));
  for (std::size_t i = 1; i < spec.argv.size(); ++i) {
    offsets.push_back(strings.add(translate(spec.argv[i])));
  }
  head.argc = static_cast<std::uint32_t>(offsets.size());
  for (const auto& e : spec.env) {
    auto eq = e.find('=');
    offsets.push_back(strings.add(
        eq == std::string::npos ? e : e.substr(0, eq + 1) + translate(e.substr(eq + 1))));
  }
  head.envc = static_cast<std::uint32_t>(offsets.size()) - head.argc;
  head.exec_path = offsets[0];
  head.cwd = strings.add(translate(spec.cwd));

  std::vector<wire::WireMount> mounts;
  auto add_mount = [&](MountStep::Kind kind, const std::string& source, const std::string& target,
                       const std::string& data, bool writable, bool directory) {
    mounts.push_back({static_cast<std::uint32_t>(kind),
                      source.empty() ? wire::kNull : strings.add(source), strings.add(target),
                      data.empty() ? wire::kNull : strings.add(data), writable ? 1U : 0U,
                      directory ? 1U : 0U});
  };
  if (namespaces) {
    // A procfs of the run's own PID namespace: it shows only the run's processes.
    add_mount(MountStep::Kind::kProc, "", "/proc", "hidepid=2", false, true);
    // The private scratch folder, capped in bytes and in files.
    add_mount(MountStep::Kind::kTmpfs, "", "/tmp",
              // 4096 files: a few MiB of the kernel's own memory at most (16384 empty files
              // held 24 MiB of dentries and inodes, in no memory figure).
              fmt::format("size={},nr_inodes={},mode=0700,uid={},gid={}", limits.scratch_bytes,
                          4096, kSandboxUid, kSandboxGid),
              true, true);
    for (const auto& b : binds) {
      const std::string source = std::string(kHostDir) + (b.host == "/" ? "" : b.host);
      if (b.copy) {
        // A writable copy is capped like the scratch folder and owned by the program's user;
        // a read-only one is as large as what it holds (a 100 MiB program must fit), and
        // cannot grow.
        const unsigned owner = b.writable ? kSandboxUid : 0;
        const std::uint64_t size = b.writable ? limits.scratch_bytes : folder_bytes(b.host);
        add_mount(
            MountStep::Kind::kCopy, source, b.target,
            fmt::format("size={},nr_inodes={},mode=0755,uid={},gid={}", size, 4096, owner, owner),
            b.writable, true);
      } else {
        add_mount(MountStep::Kind::kBind, source, b.target, "", b.writable, b.directory);
      }
    }
    add_mount(MountStep::Kind::kCover, "", kHostDir, "", false, true);
    add_mount(MountStep::Kind::kRemountRootReadOnly, "", "/", "", false, true);
    head.flags |= wire::kNamespaces | wire::kSetIds;
    head.uid = kSandboxUid;
    head.gid = kSandboxGid;
    if (root_mode) {
      head.flags |= wire::kDropGroups;
    }
  } else {
    head.flags |= wire::kKillGroup;
    if (root_mode) {
      // No user namespace, but root: never run a program as root.
      head.flags |= wire::kSetIds | wire::kDropGroups;
      head.uid = kNobodyUid;
      head.gid = kNobodyGid;
    }
  }
  head.mount_count = static_cast<std::uint32_t>(mounts.size());

  // rlimits: one line each, with why.
  auto add_rlimit = [&head](int resource, std::uint64_t value) {
    head.rlimits[head.rlimit_count++] = {resource, 0, value};
  };
  if (cpu_ms > 0) {
    // Backstop only: the keeper stops the program at the limit to the millisecond; this
    // catches a keeper that is itself starved. SIGKILL at the (whole) second after.
    add_rlimit(RLIMIT_CPU, static_cast<std::uint64_t>(cpu_ms / 1000 + 2));
  }
  if (address_space != 0) {
    // Without cgroups: allocations faster than the resident-set check stop here.
    add_rlimit(RLIMIT_AS, address_space);
  }
  add_rlimit(RLIMIT_STACK, stack);                 // deep recursion works up to the memory limit
  add_rlimit(RLIMIT_FSIZE, limits.scratch_bytes);  // no file larger than the scratch space
  add_rlimit(RLIMIT_NOFILE, static_cast<std::uint64_t>(limits.open_files));  // descriptor leaks
  add_rlimit(RLIMIT_NPROC, static_cast<std::uint64_t>(limits.tasks + kTaskSlack));  // thread bombs
  add_rlimit(RLIMIT_CORE, 0);      // no core files in the scratch folder
  add_rlimit(RLIMIT_MEMLOCK, 0);   // no pinned memory
  add_rlimit(RLIMIT_MSGQUEUE, 0);  // no POSIX message queues
  add_rlimit(RLIMIT_NICE, 0);      // cannot raise its priority
  add_rlimit(RLIMIT_RTPRIO, 0);    // no real-time scheduling

  // Landlock (only without a mount namespace).
  UniqueFd landlock;
  if (!namespaces && layers.landlock_abi > 0) {
    LandlockRules rules;
    rules.read_only = landlock_system;
    for (const auto& b : binds) {
      (b.writable ? rules.read_write : rules.read_only).push_back(b.host);
    }
    rules.read_write.push_back(scratch);
    rules.devices.assign(std::begin(kDevices), std::end(kDevices));
    landlock = make_landlock_ruleset(layers.landlock_abi, rules);
    head.flags |= wire::kHasLandlock;
  }

  const Filter& filter = spec.profile == Profile::kProgram ? program_filter : toolchain_filter;
  if (spec.profile == Profile::kToolchain) {
    head.flags |= wire::kCountAllProcesses;  // a compiler's passes are processes of their own
  }
  head.profile = spec.profile == Profile::kProgram ? 0 : 1;
  head.cpu_limit_ns = cpu_ms * 1000 * 1000;
  head.wall_limit_ns = wall_ms * 1000 * 1000;
  head.rss_limit_bytes = cgroup_memory ? 0 : memory;

  // Descriptors.
  UniqueFd out_r, out_w, err_r, err_w, report_r, report_w, control_r, control_w;
  make_pipe(out_r, out_w);
  make_pipe(err_r, err_w);
  make_pipe(report_r, report_w);
  make_pipe(control_r, control_w);
  fcntl(out_r.get(), F_SETFL, O_NONBLOCK);
  fcntl(err_r.get(), F_SETFL, O_NONBLOCK);
  // A bigger pipe means fewer wake-ups for programs that print a lot.
  fcntl(out_w.get(), F_SETPIPE_SZ, 1 << 20);
  UniqueFd in;
  if (spec.stdin_fd >= 0) {
    struct stat st {};
    if (fstat(spec.stdin_fd, &st) != 0) {
      throw system_error(errno, "cannot pass standard input to the sandbox");
    }
    // Pipes and devices are no host file the program could change; a regular file is copied.
    in = S_ISREG(st.st_mode) ? above_stdio(sealed_copy(spec.stdin_fd))
                             : UniqueFd(fcntl(spec.stdin_fd, F_DUPFD_CLOEXEC, 3));
    if (!in) {
      throw system_error(errno, "cannot pass standard input to the sandbox");
    }
  }
  std::vector<int> fds = {out_w.get(), err_w.get(), report_w.get(), control_r.get()};
  if (in) {
    head.flags |= wire::kHasStdin;
    fds.push_back(in.get());
  }
  if (landlock) {
    fds.push_back(landlock.get());
  }

  std::unique_ptr<CgroupTree::Run> cgroup_run;
  if (cgroup_memory) {
    cgroup_run = cgroups->start_run(memory, limits.tasks + kTaskSlack);
    head.flags |= wire::kWaitForGo;
  }

  std::vector<char> message = begin_message(wire::Op::kRun);
  append(message, head);
  for (auto offset : offsets) {
    append(message, offset);
  }
  for (const auto& m : mounts) {
    append(message, m);
  }
  message.insert(message.end(), strings.data().begin(), strings.data().end());
  finish_message(message);

  const std::uint64_t load_size = address_space != 0 ? elf_load_size(exec_host) : 0;

  // Start the keeper.
  Helper::Keeper started = helper->start_run(message, fds);
  const pid_t keeper = started.pid;
  UniqueFd keeper_fd = std::move(started.pidfd);
  out_w.reset();
  err_w.reset();
  report_w.reset();
  control_r.reset();
  in.reset();
  landlock.reset();

  // Through the pidfd, never the PID: the keeper may have ended and its PID been reused.
  auto kill_keeper = [&keeper_fd]() {
    syscall(SYS_pidfd_send_signal, keeper_fd.get(), SIGKILL, nullptr, 0U);
  };
  if (cgroup_run) {
    cgroup_run->add(keeper);
    if (write(control_w.get(), "g", 1) != 1) {
      kill_keeper();
    }
  }

  // Drain stdout and stderr until the keeper is gone and the pipes are closed.
  OutputSink out_sink(spec.stdout_fd, limits.stdout_bytes);
  TailBuffer err_sink(limits.stderr_bytes, limits.stderr_keep_bytes);
  LimitKind supervisor_limit = LimitKind::kNone;
  bool out_open = true;
  bool err_open = true;
  bool keeper_alive = true;
  bool backstop = false;
  bool interrupted = false;
  const auto deadline = Clock::now() + std::chrono::milliseconds(wall_ms + 2000);
  auto stop = [&](LimitKind why) {
    if (supervisor_limit == LimitKind::kNone) {
      supervisor_limit = why;
      (void)!write(control_w.get(), "k", 1);
    }
  };
  // The keeper reports once every process of the run is gone, then exits; its namespaces are
  // torn down after that, off this path. With a cgroup, wait for it to leave the cgroup too.
  KeeperReport report{};
  bool have_report = false;
  bool report_open = true;
  auto finished = [&]() { return (have_report && !cgroup_run) || !keeper_alive; };
  std::optional<Clock::time_point> drain_until;
  while (!finished() || out_open || err_open) {
    auto now = Clock::now();
    if (keeper_alive && now >= deadline && !backstop) {
      backstop = true;  // the keeper did not stop the run in time: stop everything
      kill_keeper();
    }
    if (finished()) {
      // Everything in the run is gone; a pipe still open belongs to a process that escaped
      // the group (possible only without namespaces). Do not wait for it for long.
      if (!drain_until) {
        drain_until = now + std::chrono::seconds(1);
      } else if (now >= *drain_until) {
        break;
      }
    }
    auto wait_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                       (drain_until ? *drain_until : deadline) - now)
                       .count();
    pollfd watch[5] = {{out_open ? out_r.get() : -1, POLLIN, 0},
                       {err_open ? err_r.get() : -1, POLLIN, 0},
                       {keeper_alive ? keeper_fd.get() : -1, POLLIN, 0},
                       {report_open ? report_r.get() : -1, POLLIN, 0},
                       {interrupted ? -1 : g_interrupt_pipe.fds[0], POLLIN, 0}};
    // The interrupt pipe wakes this poll; without one (it could not be made), look at the
    // flag every 100 ms instead.
    const long long longest = g_interrupt_pipe.fds[0] >= 0 ? 60000 : 100;
    int ready = poll(watch, 5, static_cast<int>(std::clamp<long long>(wait_ms, 1, longest)));
    if (ready < 0 && errno != EINTR) {
      throw system_error(errno, "poll");
    }
    if (!interrupted && interrupt_requested()) {
      interrupted = true;
      (void)!write(control_w.get(), "k", 1);  // the keeper kills the run and reports
    }
    if (out_open && (watch[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      out_open = out_sink.pump(out_r.get()) == OutputSink::State::kOpen;
      if (out_sink.over_cap()) {
        stop(LimitKind::kStdout);
      }
    }
    if (err_open && (watch[1].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      err_open = err_sink.pump(err_r.get()) == OutputSink::State::kOpen;
      if (err_sink.over_cap()) {
        stop(LimitKind::kStderr);
      }
    }
    if (keeper_alive && (watch[2].revents & POLLIN) != 0) {
      keeper_alive = false;  // the helper reaps it
    }
    if (report_open && (watch[3].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      // One write of less than PIPE_BUF bytes: it arrives whole, or not at all.
      have_report = read(report_r.get(), &report, sizeof report) == sizeof report;
      report_open = false;
    }
  }

  if (report_open) {
    have_report = read(report_r.get(), &report, sizeof report) == sizeof report;
  }
  RunResult result;
  result.interrupted = interrupted;
  if (cgroup_run) {
    cgroup_run->finish(result);
  }
  if (!have_report) {
    if (!backstop) {
      throw Error("the sandbox's keeper ended without a report");
    }
    // The keeper was unresponsive past the wall limit and was killed with the run.
    result.signal = SIGKILL;
    result.limit = LimitKind::kWallTime;
    result.wall_time = std::chrono::milliseconds(wall_ms);
    return result;
  }
  if (report.failed_step >= 0) {
    auto step = static_cast<Step>(report.failed_step);
    if (step == Step::kExec) {
      throw system_error(report.error, fmt::format("cannot execute '{}'", exec_path));
    }
    throw system_error(report.error, fmt::format("sandbox step '{}' failed", step_name(step)),
                       "run 'judge doctor' to see which isolation layers this machine allows");
  }

  const int status = report.wait_status;
  result.exited = WIFEXITED(status);
  result.exit_code = result.exited ? WEXITSTATUS(status) : -1;
  result.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  result.cpu_time = to_us(report.cpu_us);
  result.wall_time = to_us(report.wall_us);
  if (result.peak_memory_bytes == 0) {
    result.peak_memory_bytes = std::max(static_cast<std::uint64_t>(report.maxrss_kb) * 1024,
                                        static_cast<std::uint64_t>(report.peak_bytes));
  }
  if (report.copy_back_error != 0) {
    throw system_error(report.copy_back_error,
                       "cannot copy the run's private folder back to the host");
  }
  result.stdout_bytes = out_sink.total();
  result.stderr_bytes = err_sink.total();
  result.stderr_tail = err_sink.tail();

  auto keeper_limit = static_cast<LimitKind>(report.limit);
  if (report.violation >= 0) {
    result.violation_syscall = report.violation;
    result.violation_name = syscall_name(report.violation);
  } else if (result.signal == SIGSYS && !filter.notify) {
    result.violation_syscall = -1;
    result.violation_name = "unknown (killed by the seccomp filter)";
  }
  if (result.limit == LimitKind::kNone) {
    result.limit = keeper_limit != LimitKind::kNone ? keeper_limit : supervisor_limit;
  }
  if (backstop && result.limit == LimitKind::kNone) {
    result.limit = LimitKind::kWallTime;
  }
  // A run can end by itself past a limit (between two checks): it still hit it.
  if (result.limit == LimitKind::kNone && !result.violated()) {
    if (cpu_ms > 0 && result.cpu_time > std::chrono::milliseconds(cpu_ms)) {
      result.limit = LimitKind::kCpuTime;
    } else if (memory != 0 && result.peak_memory_bytes > memory) {
      result.limit = LimitKind::kMemory;
    } else if (load_size > address_space && address_space != 0 && !result.exited) {
      // execve could not map the program's static data: it died before its first instruction.
      result.limit = LimitKind::kMemory;
    }
  }
  return result;
}

Sandbox::Sandbox(SandboxOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Sandbox::~Sandbox() = default;
RunResult Sandbox::run(const RunSpec& spec) {
  return impl_->run(spec);
}
const Layers& Sandbox::layers() const noexcept {
  return impl_->layers;
}

}  // namespace sandbox
