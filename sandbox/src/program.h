// The program a run executes, and the paths the run names (library only). With a mount
// namespace a path inside the sandbox is what the program sees. Without one the program sees
// the host's paths: every path the run names (the program, its arguments, the values of its
// environment, its working folder) is translated to the host path behind it.
#pragma once

#include <string>
#include <vector>

#include "mounts.h"

namespace sandbox::detail {

/// Where the sandbox's paths are on the host.
struct HostPaths {
  const std::vector<ResolvedBind>& binds;
  const std::string& scratch;  ///< the host folder behind /tmp, without namespaces
  bool namespaces;

  /// The host path behind `inside`: under the bind with the longest target that holds it,
  /// else under the scratch folder (without namespaces), else `inside` itself.
  [[nodiscard]] std::string to_host(const std::string& inside) const;
  /// `text` as the program must be given it: translated to the host without namespaces.
  [[nodiscard]] std::string translate(const std::string& text) const;
  /// An environment entry NAME=VALUE with its value translated.
  [[nodiscard]] std::string translate_variable(const std::string& variable) const;
};

struct Program {
  std::string inside;  ///< the path the candidate executes, inside the sandbox
  std::string host;    ///< the same file on the host
};

/// Finds `name` (argv[0]): an absolute path inside the sandbox, or a bare name looked up in
/// /usr/local/bin, /usr/bin and /bin of the sandbox. Throws Error when it is not there or
/// cannot be executed.
[[nodiscard]] Program find_program(const std::string& name, const HostPaths& paths);

}  // namespace sandbox::detail
