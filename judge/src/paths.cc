#include "judge/paths.h"

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <system_error>

#include <fmt/format.h>

#include "judge/error.h"

namespace judge {

namespace fs = std::filesystem;

fs::path judge_home() {
  if (const char* home = std::getenv("JUDGE_HOME"); home != nullptr && *home != '\0') {
    return home;
  }
  if (const char* data = std::getenv("XDG_DATA_HOME"); data != nullptr && *data == '/') {
    return fs::path(data) / "judge";
  }
  const char* home = std::getenv("HOME");
  if (home == nullptr || *home == '\0') {
    throw Error("cannot tell where to keep the judge's data: HOME is not set",
                "set JUDGE_HOME to a folder the judge may use");
  }
  return fs::path(home) / ".local" / "share" / "judge";
}

fs::path cache_dir() {
  if (const char* dir = std::getenv("JUDGE_CACHE_DIR"); dir != nullptr && *dir != '\0') {
    return dir;
  }
  return judge_home() / "cache";
}

void ensure_dir(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    throw Error(fmt::format("cannot create the folder {}: {}", dir.string(), ec.message()),
                "check its permissions, or set JUDGE_HOME to a folder you can write");
  }
}

TempDir::TempDir(const std::string& prefix) {
  std::string pattern = (fs::temp_directory_path() / (prefix + "-XXXXXX")).string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw Error(
        fmt::format("cannot create a temporary folder {}: {}", pattern, std::strerror(errno)),
        "check TMPDIR");
  }
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

}  // namespace judge
