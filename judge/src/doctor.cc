// judge doctor's and judge sandbox's runs (doctor.h).
#include "judge/doctor.h"

#include <fcntl.h>

#include <fmt/format.h>

#include "fd.h"
#include "judge/error.h"
#include "judge/hash.h"
#include "judge/paths.h"
#include "text.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

// Programs of the system, which the sandbox shows at the same path: run as they are.
bool system_program(const std::string& program) {
  for (const char* dir : {"/usr/", "/bin/", "/sbin/", "/lib/", "/lib64/"}) {
    if (program.rfind(dir, 0) == 0) {
      return true;
    }
  }
  return false;
}

sandbox::Bind parse_bind(const std::string& bind) {
  auto colon = bind.find(':');
  if (colon == std::string::npos) {
    throw Error(fmt::format("--bind {}: expected SOURCE:TARGET[:rw]", bind),
                "give the host path, a colon and the path inside the sandbox, e.g. "
                "--bind data:/data, or --bind out:/out:rw to let the program write there");
  }
  std::string rest = bind.substr(colon + 1);
  bool rw = false;
  if (rest.size() > 3 && rest.substr(rest.size() - 3) == ":rw") {
    rw = true;
    rest.resize(rest.size() - 3);
  }
  return {bind.substr(0, colon), rest, rw};
}

}  // namespace

std::string toolchain_version(Runner& runner, const Language& language) {
  if (language.version.empty()) {
    return {};
  }
  TempDir dir("judge-doctor");
  sandbox::RunSpec spec = profiles::doctor(language);
  const fs::path out_path = dir.path() / "out";
  sandbox::RunResult r;
  {
    detail::Fd out(detail::open_write(out_path));
    spec.stdout_fd = out.get();
    r = runner.run(spec);
  }
  std::string text = read_file(out_path.string()) + r.stderr_tail;
  if (!r.ok()) {
    return fmt::format(
        "does not run in the sandbox ({})",
        r.violated() ? "forbidden call " + r.violation_name : detail::first_line(text));
  }
  return detail::first_line(text);
}

sandbox::RunResult run_manual(Runner& runner, const ManualRun& run) {
  if (run.command.empty()) {
    throw Error("nothing to run", "judge sandbox [options] -- PROGRAM [ARGS]");
  }
  const profiles::ManualLimits& l = run.limits;
  if (l.time_s < 0 || l.wall_s < 0 || l.memory_mib == 0 || l.output_mib == 0) {
    throw Error("--time and --wall must not be negative; --memory and --output must be positive",
                "give --time and --wall in seconds (0: no CPU limit), --memory and --output in "
                "MiB");
  }
  sandbox::RunSpec spec = profiles::manual(l);
  spec.argv = run.command;
  const std::string& program = run.command[0];
  if (program.find('/') != std::string::npos && !system_program(program)) {
    std::error_code ec;
    fs::path path = fs::absolute(program);
    if (!fs::is_regular_file(path, ec)) {
      throw Error(fmt::format("no such program: {}", program),
                  "give the path of an executable file, or a program's name to look it up in "
                  "/usr/local/bin, /usr/bin and /bin");
    }
    std::string inside = "/box/" + path.filename().string();
    spec.binds.push_back({path.string(), inside, false});
    spec.argv[0] = inside;
  }
  for (const auto& bind : run.binds) {
    spec.binds.push_back(parse_bind(bind));
  }
  detail::Fd in(run.stdin_file.empty() ? -1 : open(run.stdin_file.c_str(), O_RDONLY | O_CLOEXEC));
  if (!run.stdin_file.empty() && in.get() < 0) {
    throw Error(fmt::format("cannot read {}", run.stdin_file),
                "give --stdin a file that exists and that you may read");
  }
  spec.stdin_fd = run.stdin_file.empty() ? run.stdin_fd : in.get();
  spec.stdout_fd = run.stdout_fd;
  return runner.run(spec);
}

}  // namespace judge
