// Where the judge keeps its data.
#pragma once

#include <filesystem>

namespace judge {

/// $JUDGE_HOME, else $XDG_DATA_HOME/judge, else ~/.local/share/judge. Not created here.
[[nodiscard]] std::filesystem::path judge_home();

/// $JUDGE_CACHE_DIR, else judge_home()/cache. Compiled programs, precompiled headers,
/// generated tests. Safe to delete at any time.
[[nodiscard]] std::filesystem::path cache_dir();

/// Creates `dir` (and parents) if needed; throws Error naming it on failure.
void ensure_dir(const std::filesystem::path& dir);

/// A new private folder under the system's temporary folder, removed by the destructor.
class TempDir {
 public:
  explicit TempDir(const std::string& prefix = "judge");
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const noexcept { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace judge
