// judge sandbox, judge doctor, judge languages.
#include <fcntl.h>
#include <unistd.h>

#include <chrono>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "../json_output.h"
#include "commands.h"
#include "judge/doctor.h"
#include "judge/error.h"
#include "judge/paths.h"
#include "judge/store.h"
#include "sandbox/error.h"
#include "sandbox/layers.h"

namespace cli {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct SandboxOptions {
  double time = 10;
  double wall = 0;
  std::uint64_t memory = 256;
  std::uint64_t output = 64;
  std::string stdin_file;
  std::vector<std::string> binds;
  bool toolchain = false;
  bool json = false;
  std::vector<std::string> command;
};

json layers_json(const sandbox::Layers& l) {
  return {{"user_namespace", l.user_namespace},
          {"mount_namespace", l.mount_namespace},
          {"pid_namespace", l.pid_namespace},
          {"network_namespace", l.network_namespace},
          {"ipc_namespace", l.ipc_namespace},
          {"uts_namespace", l.uts_namespace},
          {"landlock_abi", l.landlock_abi},
          {"seccomp", l.seccomp},
          {"rlimits", l.rlimits},
          {"memory", l.memory == sandbox::MemoryBackend::kCgroupV2 ? "cgroup-v2" : "address-space"},
          {"cgroup", l.cgroup_path},
          {"sandbox_uid", l.sandbox_uid},
          {"notes", l.notes}};
}

void run_sandbox(Context& ctx, const SandboxOptions& o) {
  judge::ManualRun run;
  run.command = o.command;
  run.limits = {o.time, o.wall, o.memory, o.output, o.toolchain};
  run.binds = o.binds;
  run.stdin_file = o.stdin_file;
  if (o.stdin_file.empty() && isatty(STDIN_FILENO) == 0) {
    run.stdin_fd = STDIN_FILENO;  // never a terminal: a program could push keystrokes into it
  }
  int out = o.json ? open("/dev/null", O_WRONLY | O_CLOEXEC) : STDOUT_FILENO;
  run.stdout_fd = out;
  auto& runner = ctx.runner();
  sandbox::RunResult r = judge::run_manual(runner, run);
  if (o.json) {
    close(out);
  }
  auto ms = [](std::chrono::microseconds us) { return static_cast<double>(us.count()) / 1000.0; };
  if (o.json) {
    fmt::print("{}\n",
               json_text(json{{"exited", r.exited},
                              {"exit_code", r.exited ? json(r.exit_code) : json(nullptr)},
                              {"signal", r.signal != 0 ? json(r.signal) : json(nullptr)},
                              {"cpu_ms", ms(r.cpu_time)},
                              {"wall_ms", ms(r.wall_time)},
                              {"peak_memory_kb", r.peak_memory_bytes / 1024},
                              {"stdout_bytes", r.stdout_bytes},
                              {"stderr_bytes", r.stderr_bytes},
                              {"stderr", r.stderr_tail},
                              {"limit", r.limit == sandbox::LimitKind::kNone
                                            ? json(nullptr)
                                            : json(std::string(sandbox::to_string(r.limit)))},
                              {"violation", r.violated() ? json(r.violation_name) : json(nullptr)},
                              {"layers", layers_json(runner.layers())}}));
  } else {
    std::fflush(stdout);
    if (!r.stderr_tail.empty()) {
      fmt::print(stderr, "{}", r.stderr_tail);
      if (r.stderr_tail.back() != '\n') {
        fmt::print(stderr, "\n");
      }
    }
    std::string ending = r.exited
                             ? fmt::format("exited with status {}", r.exit_code)
                             : fmt::format("killed by signal {} ({})", r.signal,
                                           sigabbrev_np(r.signal) ? sigabbrev_np(r.signal) : "?");
    fmt::print(stderr, "--- judge sandbox: {}\n", ending);
    fmt::print(stderr,
               "    cpu {:.1f} ms, wall {:.1f} ms, peak memory {}, stdout {} B, stderr {} B\n",
               ms(r.cpu_time), ms(r.wall_time), format_kib(r.peak_memory_bytes / 1024),
               r.stdout_bytes, r.stderr_bytes);
    if (r.limit != sandbox::LimitKind::kNone) {
      fmt::print(stderr, "    limit hit: {}\n", sandbox::to_string(r.limit));
    }
    if (r.violated()) {
      fmt::print(stderr, "    forbidden system call: {}\n", r.violation_name);
    }
  }
  ctx.exit_code = r.ok() ? kExitAccepted : kExitRejected;
}

void run_doctor(Context& ctx, bool as_json) {
  const sandbox::Probe probe = sandbox::probe_system();
  auto& runner = ctx.runner();
  const sandbox::Layers& layers = runner.layers();
  json langs = json::array();
  Table table({"LANGUAGE", "ID", "STATUS", "VERSION / WHAT TO DO"});
  int missing_core = 0;
  for (const auto& lang : ctx.languages().all()) {
    const bool found = judge::Compiler::available(lang);
    std::string version = found ? judge::toolchain_version(ctx.runner(), lang) : std::string();
    const bool core = lang.id == "c" || lang.id == "cpp" || lang.id == "python" ||
                      lang.id == "java" || lang.id == "javascript";
    if (!found && core) {
      ++missing_core;
    }
    langs.push_back({{"id", lang.id},
                     {"name", lang.name},
                     {"found", found},
                     {"program", judge::find_program(lang.toolchain())},
                     {"version", version},
                     {"package", lang.package}});
    table.add({lang.name, lang.id,
               found ? ctx.term.paint("found", Style::kGreen)
                     : ctx.term.paint(core ? "missing" : "not installed",
                                      core ? Style::kRed : Style::kDim),
               found ? version : fmt::format("sudo apt-get install {}", lang.package)});
  }
  const fs::path home = ctx.home();
  if (as_json) {
    fmt::print("{}\n", json_text(json{{"kernel", probe.kernel},
                                      {"layers", layers_json(layers)},
                                      {"user_namespaces_available", probe.user_namespaces},
                                      {"landlock_abi_available", probe.landlock_abi},
                                      {"seccomp_notify", probe.seccomp_notify},
                                      {"languages", langs},
                                      {"judge_home", home.string()},
                                      {"cache", judge::cache_dir().string()},
                                      {"builtin_pack", judge::builtin_pack_dir().string()}}));
    return;
  }
  auto yes = [&ctx](bool on) {
    return on ? ctx.term.paint("on ", Style::kGreen) : ctx.term.paint("off", Style::kRed);
  };
  fmt::print("{}\n", ctx.term.paint("Isolation (applied to every program, checker and compiler)",
                                    Style::kBold));
  fmt::print("  kernel {}\n", probe.kernel);
  fmt::print("  {} user namespace (programs run as uid {} on the host)\n",
             yes(layers.user_namespace), layers.sandbox_uid);
  fmt::print("  {} mount namespace: read-only minimal root, private size-capped /tmp\n",
             yes(layers.mount_namespace));
  fmt::print("  {} PID namespace: the run sees only its own processes\n",
             yes(layers.pid_namespace));
  fmt::print("  {} network namespace: no network\n", yes(layers.network_namespace));
  fmt::print("  {} IPC and UTS namespaces\n", yes(layers.ipc_namespace && layers.uts_namespace));
  fmt::print(
      "  {} Landlock{}\n", yes(layers.landlock_abi > 0),
      layers.landlock_abi > 0
          ? fmt::format(" (ABI {})", layers.landlock_abi)
          : fmt::format(" (available: ABI {}; used only without namespaces)", probe.landlock_abi));
  fmt::print("  {} seccomp allowlist{}\n", yes(layers.seccomp),
             probe.seccomp_notify ? " (forbidden calls are named)" : "");
  fmt::print("  {} rlimits: CPU, stack, file size, descriptors, processes\n", yes(layers.rlimits));
  fmt::print("  memory: {}\n", layers.memory == sandbox::MemoryBackend::kCgroupV2
                                   ? "cgroup v2 (" + layers.cgroup_path + ")"
                                   : "address-space limit + resident-set checks (no delegated "
                                     "cgroup v2)");
  for (const auto& note : layers.notes) {
    fmt::print("  {} {}\n", ctx.term.paint("note:", Style::kYellow), note);
  }
  fmt::print("\n{}\n{}", ctx.term.paint("Toolchains", Style::kBold), table.render(ctx.term));
  fmt::print("\n{}\n", ctx.term.paint("Data", Style::kBold));
  fmt::print("  JUDGE_HOME   {}\n", home.string());
  fmt::print("  cache        {}\n", judge::cache_dir().string());
  fmt::print("  built-in pack {}\n", judge::builtin_pack_dir().string());
  if (missing_core > 0) {
    ctx.exit_code = kExitRejected;
  }
}

void run_languages(Context& ctx, bool as_json) {
  json out = json::array();
  Table table({"ID", "NAME", "EXTENSIONS", "TIME LIMIT", "INSTALLED"});
  for (const auto& l : ctx.languages().all()) {
    bool found = judge::Compiler::available(l);
    out.push_back({{"id", l.id},
                   {"name", l.name},
                   {"aliases", l.aliases},
                   {"extensions", l.extensions},
                   {"time_multiplier", l.time_multiplier},
                   {"time_offset", l.time_offset},
                   {"installed", found}});
    table.add({l.id, l.name, fmt::format("{}", fmt::join(l.extensions, " ")),
               fmt::format("x{} + {} s", l.time_multiplier, l.time_offset),
               found ? "yes" : fmt::format("no ({})", l.package)});
  }
  if (as_json) {
    fmt::print("{}\n", json_text(out));
  } else {
    fmt::print("{}", table.render(ctx.term));
  }
}

}  // namespace

void add_system_commands(CLI::App& app, Context& ctx) {
  auto sb = std::make_shared<SandboxOptions>();
  auto* s = app.add_subcommand("sandbox",
                               "Run any program in the judge's sandbox and say what "
                               "happened");
  s->add_option("--time", sb->time, "CPU time limit in seconds (default 10)");
  s->add_option("--wall", sb->wall, "Wall-clock limit in seconds (default: 2 x time + 1)");
  s->add_option("--memory", sb->memory, "Memory limit in MiB (default 256)");
  s->add_option("--output", sb->output, "Output limit in MiB (default 64)");
  s->add_option("--stdin", sb->stdin_file, "Standard input from this file");
  s->add_option("--bind", sb->binds, "Make SOURCE visible at TARGET (SOURCE:TARGET[:rw])");
  s->add_flag("--toolchain", sb->toolchain, "Allow fork and exec (as for compilers)");
  s->add_flag("--json", sb->json, "Print JSON (the program's output is discarded)");
  s->add_option("command", sb->command, "-- PROGRAM [ARGS]")->required();
  // Everything after the program belongs to it, options included.
  s->positionals_at_end();
  s->prefix_command();
  s->callback([&ctx, sb] { run_sandbox(ctx, *sb); });

  auto doctor_json = std::make_shared<bool>(false);
  auto* d = app.add_subcommand("doctor", "Show the isolation in force and the toolchains found");
  d->add_flag("--json", *doctor_json, "Print JSON");
  d->callback([&ctx, doctor_json] { run_doctor(ctx, *doctor_json); });

  auto languages_json = std::make_shared<bool>(false);
  auto* l = app.add_subcommand("languages", "List the languages and their time limits");
  l->add_flag("--json", *languages_json, "Print JSON");
  l->callback([&ctx, languages_json] { run_languages(ctx, *languages_json); });
}

}  // namespace cli
