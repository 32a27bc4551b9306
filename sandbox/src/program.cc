#include "program.h"

#include <errno.h>
#include <unistd.h>

#include <filesystem>

#include <fmt/format.h>

#include "sandbox/error.h"

namespace sandbox::detail {

namespace {

constexpr const char* kSearchPath[] = {"/usr/local/bin", "/usr/bin", "/bin"};

}  // namespace

std::string HostPaths::to_host(const std::string& inside) const {
  const ResolvedBind* best = nullptr;
  for (const auto& b : binds) {
    if (path_within(inside, b.target) &&
        (best == nullptr || b.target.size() > best->target.size())) {
      best = &b;
    }
  }
  if (best != nullptr) {
    return best->host + inside.substr(best->target.size());
  }
  if (!namespaces && path_within(inside, "/tmp")) {
    return scratch + inside.substr(4);
  }
  return inside;
}

std::string HostPaths::translate(const std::string& text) const {
  return namespaces ? text : to_host(text);
}

std::string HostPaths::translate_variable(const std::string& variable) const {
  const auto eq = variable.find('=');
  return eq == std::string::npos ? variable
                                 : variable.substr(0, eq + 1) + translate(variable.substr(eq + 1));
}

Program find_program(const std::string& name, const HostPaths& paths) {
  std::string inside = name;
  if (inside.find('/') == std::string::npos) {
    inside.clear();
    for (const char* dir : kSearchPath) {
      std::string candidate = fmt::format("{}/{}", dir, name);
      if (access(paths.to_host(candidate).c_str(), X_OK) == 0) {
        inside = candidate;
        break;
      }
    }
    if (inside.empty()) {
      throw Error(fmt::format("program '{}' not found in the sandbox (looked in /usr/local/bin, "
                              "/usr/bin and /bin)",
                              name),
                  "give its absolute path inside the sandbox, with a bind of the folder that "
                  "holds it (RunSpec::binds)");
    }
  } else if (inside[0] != '/') {
    throw Error(fmt::format("the program path '{}' must be absolute inside the sandbox (such as "
                            "/box/{})",
                            name, std::filesystem::path(name).filename().string()),
                "bind the folder that holds it (RunSpec::binds) and name it by its path there");
  }
  std::string host = paths.to_host(inside);
  if (access(host.c_str(), X_OK) != 0) {
    throw system_error(errno, fmt::format("cannot execute '{}'", inside),
                       "the program must exist inside the sandbox (a bind, or a system folder) "
                       "and be executable by the judge's user");
  }
  return {inside, host};
}

}  // namespace sandbox::detail
