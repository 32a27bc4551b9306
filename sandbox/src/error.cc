#include "sandbox/error.h"

#include <cstring>

#include "sandbox/limits.h"

namespace sandbox {

Error system_error(int err, const std::string& what, std::string hint) {
  return Error(what + ": " + std::strerror(err), std::move(hint));
}

std::string_view to_string(LimitKind kind) noexcept {
  switch (kind) {
    case LimitKind::kNone:
      return "none";
    case LimitKind::kCpuTime:
      return "cpu-time";
    case LimitKind::kWallTime:
      return "wall-time";
    case LimitKind::kMemory:
      return "memory";
    case LimitKind::kStdout:
      return "stdout";
    case LimitKind::kStderr:
      return "stderr";
  }
  return "?";
}

}  // namespace sandbox
