// The run profiles (profiles.h). Each sets every limit of sandbox::Limits, with the reason for
// its value, so that no run depends on the sandbox's defaults.
#include "judge/profiles.h"

#include <algorithm>
#include <cmath>

#include "sandbox/limits.h"
#include "text.h"

namespace judge {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using detail::replace_all;
using sandbox::kMiB;

namespace {

std::chrono::milliseconds seconds_up(double seconds) {
  return std::chrono::milliseconds(static_cast<long>(std::ceil(seconds * 1000)));
}

// A build folder the run sees at /box: a private copy, so that the run can reach no host inode
// of the judge's, and can change nothing the next run sees.
sandbox::Bind box(const fs::path& build_dir, bool writable) {
  return {build_dir.string(), "/box", writable, true};
}

// What a pack's checker and generator are told of their memory and stack ({memory} and
// {stack} of a run command: a JVM's -Xmx, say): a heap that fits well within their memory
// limits below, and the stack a deep recursion of theirs needs.
constexpr std::uint64_t kHelperHeapMib = 1024;
constexpr std::uint64_t kHelperStackMib = 64;

}  // namespace

std::vector<std::string> base_environment(const Language* language) {
  std::vector<std::string> env = {"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/tmp", "TMPDIR=/tmp",
                                  "LANG=C.UTF-8", "LC_ALL=C.UTF-8"};
  if (language != nullptr) {
    for (const auto& e : language->env) {
      auto name = e.substr(0, e.find('=') + 1);
      std::erase_if(env, [&name](const std::string& x) { return x.rfind(name, 0) == 0; });
      env.push_back(e);
    }
  }
  return env;
}

std::vector<std::string> expand_command(const std::vector<std::string>& command,
                                        std::uint64_t memory_mib, std::uint64_t stack_mib) {
  std::vector<std::string> out;
  for (const auto& word : command) {
    out.push_back(replace_all(replace_all(word, "{memory}", std::to_string(memory_mib)), "{stack}",
                              std::to_string(stack_mib)));
  }
  return out;
}

double program_time_limit_s(const Language& language, const Problem& problem, double time_scale) {
  if (problem.uniform_time_limit) {
    // ICPC/Kattis packages: one limit for every language, as their labels were made with.
    return problem.time_limit_s * time_scale;
  }
  return language.time_limit(problem.time_limit_s) * time_scale;
}

namespace profiles {

sandbox::RunSpec program(const Language& language, const Problem& problem,
                         const fs::path& build_dir, double time_scale) {
  const double time_limit = program_time_limit_s(language, problem, time_scale);
  const std::uint64_t memory = problem.memory_mib + language.memory_extra_mib;
  // Three quarters of the memory by default: deep recursion works whenever the memory allows
  // it, and a runaway one overflows its stack (RE, "a stack overflow") before it has taken all
  // the memory, which would read as MLE.
  const std::uint64_t stack =
      language.stack_mib != 0 ? language.stack_mib : std::max<std::uint64_t>(8, memory * 3 / 4);
  sandbox::RunSpec spec;
  spec.argv = expand_command(language.run, problem.memory_mib, stack);
  spec.env = base_environment(&language);
  spec.binds.push_back(box(build_dir, false));
  spec.cwd = "/tmp";
  spec.profile = sandbox::Profile::kProgram;  // one process: no fork, no exec of anything else
  sandbox::Limits& l = spec.limits;
  l.cpu_time = seconds_up(time_limit);  // the problem's limit, scaled for the language
  // Twice the CPU limit plus a second: a program that waits (for input that never comes, in a
  // sleep) is stopped, while a busy machine's scheduling delays do not turn AC into TLE.
  l.wall_time =
      std::chrono::milliseconds(static_cast<long>(std::ceil(time_limit * 1000 * 2 + 1000)));
  l.memory_bytes = memory * kMiB;  // the problem's limit plus the runtime's own (JVM, V8)
  l.address_space_extra_bytes = language.address_space_mib * kMiB;  // the runtime's reservations
  l.stack_bytes = stack * kMiB;
  l.stdout_bytes = problem.output_mib * kMiB;  // the problem's output limit: OLE beyond it
  l.stderr_bytes = 8 * kMiB;        // debug printing is fine; a runaway print loop is OLE
  l.stderr_keep_bytes = 16 * 1024;  // room for a stack trace, which crash_summary reads
  l.scratch_bytes = 64 * kMiB;      // a temporary file in /tmp, not a second memory
  l.open_files = 256;               // stdin, stdout, stderr and a few files of its own
  l.tasks = 64;                     // threads are allowed; CPU time counts them all
  return spec;
}

sandbox::RunSpec probe(const Language& language, const Problem& problem,
                       const fs::path& build_dir) {
  // Four times the limit: a solution of the wrong complexity must run long enough at the
  // larger sizes for its growth to show, and a dozen sizes must still end in a minute or so.
  constexpr double kProbeTimeScale = 4.0;
  sandbox::RunSpec spec = program(language, problem, build_dir, kProbeTimeScale);
  // Only the times are read: a short tail says why a run failed.
  spec.limits.stderr_keep_bytes = 4 * 1024;
  return spec;
}

sandbox::RunSpec compiler(const Language& language, const fs::path& build_dir) {
  sandbox::RunSpec spec;
  spec.env = base_environment(&language);
  // A private, capped copy, copied back when the compiler is done: a compiler fed hostile
  // source cannot fill the disk or reach a host inode.
  spec.binds.push_back(box(build_dir, true));
  spec.cwd = "/box";
  spec.profile = sandbox::Profile::kToolchain;  // a driver that forks cc1, as, ld
  sandbox::Limits& l = spec.limits;
  l.cpu_time = 30s;                           // the largest sources with heavy templates
  l.wall_time = 60s;                          // twice that: a busy machine
  l.memory_bytes = 2048 * kMiB;               // g++ -O2 on template-heavy code
  l.address_space_extra_bytes = 4096 * kMiB;  // the toolchain's virtual reservations
  l.stack_bytes = 64 * kMiB;                  // deep template instantiation
  l.scratch_bytes = 512 * kMiB;               // objects and the binary in the build folder
  l.stdout_bytes = 1 * kMiB;                  // more than a screenful of errors is useless
  l.stderr_bytes = 4 * kMiB;                  // a cascade of template errors
  l.stderr_keep_bytes = 64 * 1024;            // the messages shown (60 lines, compile.cc)
  l.open_files = 256;                         // headers open at once
  l.tasks = 64;                               // the driver's processes, and javac's threads
  return spec;
}

sandbox::RunSpec header_compiler(const Language& language, const fs::path& build_dir) {
  sandbox::RunSpec spec = compiler(language, build_dir);
  spec.limits.cpu_time = 120s;              // all of bits/stdc++.h, once per toolchain
  spec.limits.wall_time = 240s;             // twice that: a busy machine
  spec.limits.scratch_bytes = 1024 * kMiB;  // the header is over 100 MiB
  return spec;
}

sandbox::RunSpec checker(const Language& language, const fs::path& build_dir) {
  sandbox::RunSpec spec;
  spec.argv = expand_command(language.run, kHelperHeapMib, kHelperStackMib);
  spec.env = base_environment(&language);
  spec.binds.push_back(box(build_dir, false));
  spec.cwd = "/tmp";
  // Checkers are third-party code: the same sandbox as a submission, with generous limits.
  spec.profile = sandbox::Profile::kProgram;
  sandbox::Limits& l = spec.limits;
  l.cpu_time = 20s;              // reads the whole output and answer; never the bottleneck
  l.wall_time = 40s;             // twice that: a busy machine
  l.memory_bytes = 1024 * kMiB;  // the answer and the output in memory, with room
  l.address_space_extra_bytes = language.address_space_mib * kMiB;  // the runtime's reservations
  l.stack_bytes = 256 * kMiB;  // a recursive parser of the output
  l.stdout_bytes = 1 * kMiB;   // not read: a checker speaks through exit code and files
  l.stderr_bytes = 8 * kMiB;   // its messages; the first line is shown
  l.stderr_keep_bytes = 16 * 1024;
  l.scratch_bytes = 16 * kMiB;  // its /tmp, and its feedback folder (judgemessage.txt)
  l.open_files = 256;           // the input, answer and output, and its feedback files
  l.tasks = 64;                 // a runtime's threads (the JVM's)
  return spec;
}

sandbox::RunSpec generator(const Language& language, const fs::path& build_dir) {
  sandbox::RunSpec spec;
  spec.argv = expand_command(language.run, kHelperHeapMib, kHelperStackMib);
  spec.env = base_environment(&language);
  spec.binds.push_back(box(build_dir, false));
  spec.cwd = "/tmp";
  spec.profile = sandbox::Profile::kProgram;  // pack code: the submission's isolation
  sandbox::Limits& l = spec.limits;
  // Generous: a test is made once and cached, before any timing matters, and may be the
  // largest input of the problem, made by a script in a slow language.
  l.cpu_time = 60s;
  l.wall_time = 120s;            // twice that: tests are made several at a time
  l.memory_bytes = 2048 * kMiB;  // a maximal test built in memory before it is printed
  l.address_space_extra_bytes = language.address_space_mib * kMiB;  // the runtime's reservations
  l.stack_bytes = 256 * kMiB;   // a recursive construction (a deep tree)
  l.stdout_bytes = 512 * kMiB;  // the test itself; the largest problems' inputs fit
  l.stderr_bytes = 8 * kMiB;    // its messages; the tail is quoted when it fails
  l.stderr_keep_bytes = 16 * 1024;
  l.scratch_bytes = 64 * kMiB;  // a temporary file in /tmp
  l.open_files = 256;
  l.tasks = 64;  // a runtime's threads
  return spec;
}

sandbox::RunSpec doctor(const Language& language) {
  sandbox::RunSpec spec;
  spec.argv = language.version;
  spec.env = base_environment(&language);
  spec.cwd = "/tmp";
  spec.profile = sandbox::Profile::kToolchain;  // `javac -version` starts the JVM's helpers
  sandbox::Limits& l = spec.limits;
  l.cpu_time = 10s;                           // a version banner, even from a cold JVM
  l.wall_time = 21s;                          // twice that plus a second, as for any run
  l.memory_bytes = 1024 * kMiB;               // a JVM or a compiler driver starting
  l.address_space_extra_bytes = 4096 * kMiB;  // the toolchain's virtual reservations
  l.stack_bytes = 64 * kMiB;
  l.stdout_bytes = 64 * kMiB;  // the first line is shown
  l.stderr_bytes = 8 * kMiB;   // some print their version there (javac)
  l.stderr_keep_bytes = 16 * 1024;
  l.scratch_bytes = 64 * kMiB;
  l.open_files = 256;
  l.tasks = 64;
  return spec;
}

sandbox::RunSpec manual(const ManualLimits& limits) {
  sandbox::RunSpec spec;
  spec.env = base_environment(nullptr);
  spec.cwd = "/tmp";
  spec.profile = limits.toolchain ? sandbox::Profile::kToolchain : sandbox::Profile::kProgram;
  sandbox::Limits& l = spec.limits;
  auto ms = [](double seconds) {
    return std::chrono::milliseconds(static_cast<long>(std::llround(seconds * 1000)));
  };
  l.cpu_time = ms(limits.time_s);  // the user's; zero: none (the wall clock still ends it)
  // The user's, else twice the CPU time plus a second; ten seconds when the CPU is unlimited.
  l.wall_time = limits.wall_s > 0   ? ms(limits.wall_s)
                : limits.time_s > 0 ? 2 * l.cpu_time + 1s
                                    : std::chrono::milliseconds(10s);
  l.memory_bytes = limits.memory_mib * kMiB;  // the user's
  l.stdout_bytes = limits.output_mib * kMiB;  // the user's
  // The rest: the sandbox's usual values (sandbox/limits.h), which the user cannot change.
  l.address_space_extra_bytes = 4096 * kMiB;
  l.stack_bytes = 0;  // the memory limit: the sandbox's own rule
  l.stderr_bytes = 8 * kMiB;
  l.stderr_keep_bytes = 16 * 1024;
  l.scratch_bytes = 64 * kMiB;
  l.open_files = 256;
  l.tasks = 64;
  return spec;
}

}  // namespace profiles
}  // namespace judge
