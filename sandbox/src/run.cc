// Sandbox: one object per judge, many runs. This file holds the order of a run on the library's
// side: check the spec, prepare each mechanism's part, start the keeper, supervise, and turn
// the keeper's report into a RunResult. The keeper's order is in keeper.cc, the candidate's in
// candidate.cc.
#include "sandbox/run.h"

#include <errno.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cgroup.h"
#include "elf_size.h"
#include "helper_client.h"
#include "landlock.h"
#include "memory.h"
#include "mounts.h"
#include "plan.h"
#include "program.h"
#include "rlimits.h"
#include "root.h"
#include "sandbox/error.h"
#include "sandbox/unique_fd.h"
#include "seccomp_filter.h"
#include "standard_io.h"
#include "supervisor.h"
#include "time_limits.h"
#include "user.h"
#include "wire.h"

namespace sandbox {

namespace fs = std::filesystem;
using namespace detail;  // NOLINT(google-build-using-namespace): the private half of this library

namespace {

// The scratch folder of a run without a mount namespace, removed however the run ends (a throw
// included).
struct ScratchFolder {
  std::string path;
  explicit ScratchFolder(std::string p) : path(std::move(p)) {}
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  ~ScratchFolder() {
    if (!path.empty()) {
      std::error_code ec;
      fs::remove_all(path, ec);
    }
  }
};

// What the library makes for one run before its keeper starts. The keeper's ends are closed
// once it has its copies; the rest goes with the run.
struct Launch {
  RunRequest request;
  OutputPipes output;
  UniqueFd report_read, report_write, control_read, control_write;
  UniqueFd stdin_copy;
  UniqueFd landlock;
  std::unique_ptr<CgroupTree::Run> cgroup;
};

// What a run's result is decided from, besides the keeper's report.
struct RunFacts {
  const Limits& limits;
  std::string program;          // inside the sandbox
  std::uint64_t address_space;  // RLIMIT_AS, or 0
  std::uint64_t load_size;      // what execve must map for the program (elf_size.h)
  bool notify;                  // forbidden calls are named by the keeper
};

void check_spec(const RunSpec& spec) {
  if (spec.argv.empty() || spec.argv[0].empty()) {
    throw Error("nothing to run: the program is empty",
                "set RunSpec::argv, with the program first");
  }
  if (spec.cwd.empty() || spec.cwd[0] != '/') {
    throw Error(fmt::format("the working folder '{}' must be an absolute path", spec.cwd),
                "use /tmp (the run's scratch folder) or the target of a folder bind");
  }
  // How long a run may take is the caller's to decide (a compiler, a checker and a program
  // each need their own); a default here would be a second place deciding it.
  if (spec.limits.wall_time.count() <= 0) {
    throw Error(fmt::format("the run has no wall-clock limit (Limits::wall_time is {} ms)",
                            spec.limits.wall_time.count()),
                "set RunSpec::limits.wall_time to how long the run may take");
  }
}

// A failed step of the keeper or the candidate, as an Error.
[[noreturn]] void throw_failed_step(const KeeperReport& report, const std::string& program) {
  const auto step = static_cast<Step>(report.failed_step);
  const StepText text = step_text(step);
  const std::string hint = text.hint != nullptr ? text.hint : "";
  if (step == Step::kExec) {
    throw system_error(report.error, fmt::format("cannot execute '{}'", program), hint);
  }
  throw system_error(report.error, fmt::format("sandbox step '{}' failed", text.name), hint);
}

// The figures of a run from the keeper's report and the library's own counts.
void fill_figures(RunResult& result, const Supervision& seen) {
  const KeeperReport& report = seen.report;
  const int status = report.wait_status;
  result.exited = WIFEXITED(status);
  result.exit_code = result.exited ? WEXITSTATUS(status) : -1;
  result.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  result.cpu_time = std::chrono::microseconds(report.cpu_us);
  result.wall_time = std::chrono::microseconds(report.wall_us);
  if (result.peak_memory_bytes == 0) {  // not from a cgroup
    result.peak_memory_bytes = std::max(static_cast<std::uint64_t>(report.maxrss_kb) * 1024,
                                        static_cast<std::uint64_t>(report.peak_bytes));
  }
  if (report.copy_back_error != 0) {
    throw system_error(report.copy_back_error,
                       "cannot copy the run's private folder back to the host",
                       "the host folder of a writable copy must stay writable, with room for "
                       "what the run wrote there");
  }
  result.stdout_bytes = seen.stdout_bytes;
  result.stderr_bytes = seen.stderr_bytes;
  result.stderr_tail = seen.stderr_tail;
}

// The forbidden call that ended the run: named by the keeper, or (without seccomp user
// notifications) only known from the SIGSYS the kernel killed the program with.
void name_violation(RunResult& result, const KeeperReport& report, bool notify) {
  if (report.violation >= 0) {
    result.violation_syscall = report.violation;
    result.violation_name = syscall_name(report.violation);
  } else if (result.signal == SIGSYS && !notify) {
    result.violation_syscall = -1;
    result.violation_name = "unknown (killed by the seccomp filter)";
  }
}

// The limit that ended the run: the keeper's, the library's, or one it went over by itself
// (between two checks).
void decide_limit(RunResult& result, const Supervision& seen, const RunFacts& facts) {
  const auto keeper_limit = static_cast<LimitKind>(seen.report.limit);
  if (result.limit == LimitKind::kNone) {
    result.limit = keeper_limit != LimitKind::kNone ? keeper_limit : seen.limit;
  }
  if (seen.backstop && result.limit == LimitKind::kNone) {
    result.limit = LimitKind::kWallTime;
  }
  if (result.limit == LimitKind::kNone && !result.violated()) {
    if (ended_over_cpu(result, facts.limits)) {  // time_limits.cc
      result.limit = LimitKind::kCpuTime;
    } else if (ended_over_memory(result, facts.limits, facts.address_space,  // memory.cc
                                 facts.load_size)) {
      result.limit = LimitKind::kMemory;
    }
  }
}

RunResult result_of(const Supervision& seen, CgroupTree::Run* cgroup, const RunFacts& facts) {
  RunResult result;
  result.interrupted = seen.interrupted;
  if (cgroup != nullptr) {
    cgroup->finish(result);
  }
  if (!seen.have_report && seen.run_ended) {
    throw Error("cannot copy the run's private folder back to the host: the copy did not end",
                "the host folder of a writable copy must be on a local disk that answers");
  }
  if (!seen.have_report) {
    if (!seen.backstop) {
      throw Error("the sandbox's keeper ended without a report",
                  "it was killed from outside (by the kernel's out-of-memory killer, or a "
                  "signal to the judge's processes); run it again");
    }
    // The keeper was unresponsive past the wall limit and was killed with the run.
    result.signal = SIGKILL;
    result.limit = LimitKind::kWallTime;
    result.wall_time = facts.limits.wall_time;
    return result;
  }
  if (seen.report.failed_step >= 0) {
    throw_failed_step(seen.report, facts.program);
  }
  fill_figures(result, seen);
  name_violation(result, seen.report, facts.notify);
  decide_limit(result, seen, facts);
  return result;
}

}  // namespace

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

 private:
  void check_seccomp();
  void start_helper(const std::vector<std::string>& hidden);
  void load_filters();
  void use_landlock();
  void make_runtime_dir();
  void use_cgroups();

  [[nodiscard]] std::string scratch_folder();
  [[nodiscard]] RunRequest describe(const RunSpec& spec, const Limits& limits,
                                    const std::vector<ResolvedBind>& binds, const HostPaths& paths,
                                    const Program& program) const;
  [[nodiscard]] Launch prepare(const RunSpec& spec, const Limits& limits,
                               const std::vector<ResolvedBind>& binds, const HostPaths& paths,
                               const Program& program);
  [[nodiscard]] RunChannels start(Launch& launch);
};

Sandbox::Impl::Impl(SandboxOptions opts) : options(std::move(opts)) {
  host_uid = geteuid();
  host_gid = getegid();
  root_mode = host_uid == 0;
  check_seccomp();
  const std::vector<std::string> hidden =
      hidden_inside_visible(options.hidden_paths, options.system_binds);
  start_helper(hidden);
  load_filters();
  layers.sandbox_uid = static_cast<int>(root_mode ? kNobodyUid : host_uid);
  if (!helper->namespaces()) {
    use_landlock();
    // Without a PID namespace, programs of the judge's own user could read its memory and
    // environment through /proc; a non-dumpable process is out of their reach.
    prctl(PR_SET_DUMPABLE, 0);
    make_runtime_dir();
    // The same system view the namespaces give, with the same holes.
    landlock_system = landlock_system_paths(options.system_binds, hidden);
  }
  if (options.cgroup) {
    use_cgroups();
  }
}

void Sandbox::Impl::check_seccomp() {
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
}

void Sandbox::Impl::start_helper(const std::vector<std::string>& hidden) {
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
}

void Sandbox::Impl::load_filters() {
  const bool notify = notif_size != 0;
  program_filter =
      build_filter(Profile::kProgram, notify, helper->exec_buffer(), helper->namespaces());
  toolchain_filter =
      build_filter(Profile::kToolchain, notify, helper->exec_buffer(), helper->namespaces());
  const std::vector<sock_filter> programs[2] = {program_filter.program, toolchain_filter.program};
  const std::vector<int> patches[2] = {program_filter.pid_patches, toolchain_filter.pid_patches};
  helper->load_filters(notify, programs, patches);
  layers.seccomp = true;
}

void Sandbox::Impl::use_landlock() {
  const int abi = landlock_abi();
  if (options.landlock && abi > 0) {
    layers.landlock_abi = abi;
    if (abi < 6) {
      layers.notes.push_back(fmt::format(
          "Landlock ABI {} cannot scope signals (ABI 6, Linux 6.12): programs run as the "
          "judge's user could signal its other processes",
          abi));
    }
    return;
  }
  layers.notes.push_back(abi == 0 ? "Landlock unavailable (Linux 5.13+ with lsm=landlock)"
                                  : "Landlock turned off");
  layers.notes.push_back(
      "WARNING: no file-system isolation: programs can read every file the judge's user can "
      "read");
}

void Sandbox::Impl::make_runtime_dir() {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = fmt::format("{}/judge-sandbox-XXXXXX", tmp != nullptr ? tmp : "/tmp");
  if (mkdtemp(pattern.data()) == nullptr) {
    throw system_error(errno, fmt::format("cannot create a folder for scratch space ({})", pattern),
                       "set TMPDIR to a writable folder");
  }
  runtime_dir = pattern;
  chmod(runtime_dir.c_str(), 0711);  // the programs' user must reach its own scratch folder
}

void Sandbox::Impl::use_cgroups() {
  std::string note;
  cgroups = CgroupTree::create(note);
  if (cgroups) {
    layers.memory = MemoryBackend::kCgroupV2;
    layers.cgroup_path = cgroups->path();
  } else {
    layers.notes.push_back(note);
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
    throw system_error(errno, fmt::format("cannot create the scratch folder {}", dir),
                       "the folder for scratch space (TMPDIR) must stay writable, with room");
  }
  if (root_mode && chown(dir.c_str(), kNobodyUid, kNobodyGid) != 0) {
    throw system_error(errno, fmt::format("cannot hand the scratch folder {} to nobody", dir),
                       "as root without namespaces programs run as nobody: TMPDIR must be on a "
                       "file system where root can change owners");
  }
  return dir;
}

// The run's description for the helper: each mechanism's part of the plan.
RunRequest Sandbox::Impl::describe(const RunSpec& spec, const Limits& limits,
                                   const std::vector<ResolvedBind>& binds, const HostPaths& paths,
                                   const Program& program) const {
  const bool namespaces = helper->namespaces();
  const bool cgroup = cgroups != nullptr;
  RunRequest request;
  wire::RunHead& head = request.head;
  head.profile = spec.profile == Profile::kProgram ? 0 : 1;
  head.flags = namespaces ? wire::kNamespaces : wire::kKillGroup;
  head.credentials = run_credentials(namespaces, root_mode);                   // user.cc
  head.rlimits = choose_rlimits(limits, address_space_limit(limits, cgroup));  // rlimits.cc
  head.time = time_watch(limits);                                              // time_limits.cc
  head.memory = memory_watch(limits, cgroup, spec.profile);                    // memory.cc
  request.argv.push_back(paths.translate(program.inside));
  for (std::size_t i = 1; i < spec.argv.size(); ++i) {
    request.argv.push_back(paths.translate(spec.argv[i]));
  }
  for (const auto& variable : spec.env) {
    request.env.push_back(paths.translate_variable(variable));
  }
  request.cwd = paths.translate(spec.cwd);
  if (namespaces) {
    request.mounts = run_mounts(binds, limits);  // mounts.cc
  }
  return request;
}

// Everything a run needs before its keeper starts, besides its description.
Launch Sandbox::Impl::prepare(const RunSpec& spec, const Limits& limits,
                              const std::vector<ResolvedBind>& binds, const HostPaths& paths,
                              const Program& program) {
  Launch launch;
  launch.request = describe(spec, limits, binds, paths, program);
  std::uint32_t& flags = launch.request.head.flags;
  if (!paths.namespaces && layers.landlock_abi > 0) {
    launch.landlock = make_landlock_ruleset(
        layers.landlock_abi, run_rules(landlock_system, binds, paths.scratch));  // landlock.cc
    flags |= wire::kHasLandlock;
  }
  launch.output = make_output_pipes();  // standard_io.cc
  make_pipe(launch.report_read, launch.report_write);
  make_pipe(launch.control_read, launch.control_write);
  launch.stdin_copy = program_stdin(spec.stdin_fd);  // standard_io.cc
  if (launch.stdin_copy) {
    flags |= wire::kHasStdin;
  }
  if (cgroups) {
    launch.cgroup = cgroups->start_run(limits.memory_bytes, limits.tasks + kTaskSlack);
    flags |= wire::kWaitForGo;
  }
  return launch;
}

// Starts the keeper, closes the library's copies of its ends and, with a cgroup, moves it in
// before it may start the program.
RunChannels Sandbox::Impl::start(Launch& launch) {
  const std::vector<char> message = run_message(launch.request);
  std::vector<int> fds = {launch.output.out_write.get(), launch.output.err_write.get(),
                          launch.report_write.get(), launch.control_read.get()};
  if (launch.stdin_copy) {
    fds.push_back(launch.stdin_copy.get());
  }
  if (launch.landlock) {
    fds.push_back(launch.landlock.get());
  }
  Helper::Keeper keeper = helper->start_run(message, fds);
  for (UniqueFd* theirs : {&launch.output.out_write, &launch.output.err_write, &launch.report_write,
                           &launch.control_read, &launch.stdin_copy, &launch.landlock}) {
    theirs->reset();
  }
  RunChannels channels{std::move(keeper.pidfd), std::move(launch.output.out_read),
                       std::move(launch.output.err_read), std::move(launch.report_read),
                       std::move(launch.control_write)};
  if (launch.cgroup) {
    launch.cgroup->add(keeper.pid);
    if (write(channels.control_write.get(), "g", 1) != 1) {
      kill_keeper(channels.keeper);
    }
  }
  return channels;
}

RunResult Sandbox::Impl::run(const RunSpec& spec) {
  if (interrupt_requested()) {
    RunResult stopped;
    stopped.interrupted = true;
    return stopped;
  }
  check_spec(spec);
  const Limits& limits = spec.limits;
  const bool namespaces = helper->namespaces();
  LentFolders lent;
  const std::vector<ResolvedBind> binds =
      resolve_binds(spec.binds, namespaces, root_mode, lent);  // mounts.cc
  // Without a mount namespace the program sees host paths: its /tmp is a host folder.
  const ScratchFolder scratch(namespaces ? std::string() : scratch_folder());
  const HostPaths paths{binds, scratch.path, namespaces};
  const Program program = find_program(spec.argv[0], paths);  // program.cc
  Launch launch = prepare(spec, limits, binds, paths, program);
  const std::uint64_t address_space = address_space_limit(limits, cgroups != nullptr);
  const RunFacts facts{limits, program.inside, address_space,
                       address_space != 0 ? elf_load_size(program.host) : 0, notif_size != 0};
  RunChannels channels = start(launch);
  const Supervision seen = supervise(channels, spec.stdout_fd, limits, launch.cgroup != nullptr);
  return result_of(seen, launch.cgroup.get(), facts);
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
