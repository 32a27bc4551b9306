// Sandbox overhead per run, measured side by side with a bare fork+exec+wait of the same static
// program in one process, the two alternating (design.md §6: median within 2x of bare). Prints
// plain text: a header line with the command and the machine, then one line per figure.
//
// Usage: sandbox_bench [--runs N] [--no-namespaces]
#include <fcntl.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "sandbox/error.h"
#include "sandbox/run.h"

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kWarmUp = 20;

struct Figures {
  double median = 0;
  double p90 = 0;
};

Figures figures(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  auto at = [&values](double q) {
    return values[static_cast<std::size_t>(q * static_cast<double>(values.size() - 1) + 0.5)];
  };
  return {at(0.5), at(0.9)};
}

double elapsed_ms(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// fork + execve + waitpid with standard output on /dev/null: what any runner pays.
double bare_run(const std::string& path, int null_fd) {
  const auto start = Clock::now();
  const pid_t pid = fork();
  if (pid < 0) {
    throw sandbox::system_error(errno, "fork");
  }
  if (pid == 0) {
    dup2(null_fd, 1);
    char* argv[] = {const_cast<char*>(path.c_str()), nullptr};
    char* envp[] = {nullptr};
    execve(path.c_str(), argv, envp);
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  const double ms = elapsed_ms(start);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    throw sandbox::Error(fmt::format("{} failed outside the sandbox (status {})", path, status));
  }
  return ms;
}

struct Runs {
  std::vector<double> bare_ms;
  std::vector<double> sandbox_ms;
  std::vector<double> cpu_ms;    // the sandbox's figure
  std::vector<double> peak_mib;  // the sandbox's figure
};

// Bare and sandboxed runs alternate, so that both see the same noise from the rest of the
// machine.
Runs measure(sandbox::Sandbox& box, const std::string& name, int runs, int null_fd) {
  const std::string path = std::string(BENCH_PROGRAMS) + "/" + name;
  sandbox::RunSpec spec;
  spec.argv = {"/bench/" + name};
  spec.limits.cpu_time = std::chrono::seconds(1);
  spec.limits.wall_time = std::chrono::seconds(3);
  spec.binds.push_back({BENCH_PROGRAMS, "/bench", false});
  Runs out;
  for (int i = -kWarmUp; i < runs; ++i) {
    const double bare = bare_run(path, null_fd);
    const auto start = Clock::now();
    const sandbox::RunResult r = box.run(spec);
    const double boxed = elapsed_ms(start);
    if (!r.ok()) {
      throw sandbox::Error(fmt::format("{} failed in the sandbox (exit {}, signal {}, limit {})",
                                       name, r.exit_code, r.signal, sandbox::to_string(r.limit)));
    }
    if (i >= 0) {
      out.bare_ms.push_back(bare);
      out.sandbox_ms.push_back(boxed);
      out.cpu_ms.push_back(std::chrono::duration<double, std::milli>(r.cpu_time).count());
      out.peak_mib.push_back(static_cast<double>(r.peak_memory_bytes) /
                             static_cast<double>(sandbox::kMiB));
    }
  }
  return out;
}

std::string describe(const sandbox::Layers& layers) {
  std::vector<std::string> parts;
  if (layers.user_namespace) {
    parts.emplace_back("user+mount+pid+net+ipc+uts namespaces");
  }
  if (layers.landlock_abi > 0) {
    parts.push_back(fmt::format("Landlock ABI {}", layers.landlock_abi));
  }
  if (layers.seccomp) {
    parts.emplace_back("seccomp");
  }
  parts.emplace_back(layers.memory == sandbox::MemoryBackend::kCgroupV2 ? "cgroup v2 memory"
                                                                        : "address-space limit");
  std::string text;
  for (const auto& part : parts) {
    text += (text.empty() ? "" : ", ") + part;
  }
  return text;
}

int run_bench(int argc, char** argv) {
  int runs = 300;
  bool namespaces = true;
  std::string command = argv[0];
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    command += " ";
    command += arg;
    if (arg == "--runs" && i + 1 < argc) {
      runs = std::atoi(argv[++i]);
      command += fmt::format(" {}", runs);
    } else if (arg == "--no-namespaces") {
      namespaces = false;
    } else {
      fmt::print(stderr, "usage: {} [--runs N] [--no-namespaces]\n", argv[0]);
      return 2;
    }
  }
  if (runs < 1) {
    fmt::print(stderr, "sandbox_bench: --runs must be at least 1\n");
    return 2;
  }

  sandbox::SandboxOptions options;
  options.namespaces = namespaces;
  sandbox::Sandbox box(std::move(options));
  utsname host{};
  uname(&host);
  fmt::print("# {} | Linux {}, {} CPUs | sandbox: {} | {} runs each after {} warm-up runs\n",
             command, host.release, sysconf(_SC_NPROCESSORS_ONLN), describe(box.layers()), runs,
             kWarmUp);

  const int null_fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (null_fd < 0) {
    throw sandbox::system_error(errno, "cannot open /dev/null");
  }
  fmt::print("{:<8} {:<16} {:>10} {:>10}\n", "program", "per run", "median", "p90");
  Runs return0;
  for (const char* name : {"return0", "hello"}) {
    Runs runs_of = measure(box, name, runs, null_fd);
    const Figures bare = figures(runs_of.bare_ms);
    const Figures boxed = figures(runs_of.sandbox_ms);
    fmt::print("{:<8} {:<16} {:>8.3f}ms {:>8.3f}ms\n", name, "bare fork+exec", bare.median,
               bare.p90);
    fmt::print("{:<8} {:<16} {:>8.3f}ms {:>8.3f}ms\n", name, "sandbox", boxed.median, boxed.p90);
    fmt::print("{:<8} {:<16} {:>9.2f}x {:>9.2f}x\n", name, "sandbox/bare",
               boxed.median / bare.median, boxed.p90 / bare.p90);
    if (std::string_view(name) == "return0") {
      return0 = std::move(runs_of);
    }
  }
  close(null_fd);
  const Figures cpu = figures(return0.cpu_ms);
  const Figures peak = figures(return0.peak_mib);
  fmt::print("{:<8} {:<16} {:>8.3f}ms {:>8.3f}ms\n", "return0", "cpu_time", cpu.median, cpu.p90);
  fmt::print("{:<8} {:<16} {:>7.2f}MiB {:>7.2f}MiB\n", "return0", "peak_memory", peak.median,
             peak.p90);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run_bench(argc, argv);
  } catch (const sandbox::Error& e) {
    fmt::print(stderr, "sandbox_bench: error: {}\n", e.what());
    if (!e.hint().empty()) {
      fmt::print(stderr, "hint: {}\n", e.hint());
    }
    return 3;
  } catch (const std::exception& e) {
    fmt::print(stderr, "sandbox_bench: error: {}\n", e.what());
    return 3;
  }
}
