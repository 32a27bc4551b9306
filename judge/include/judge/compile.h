// Compiling submissions, checkers and generators in the sandbox, with a cache.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>

#include "judge/language.h"
#include "judge/runner.h"

namespace judge {

struct CompileResult {
  bool ok = false;
  /// Compiler messages, trimmed, with the sandbox's file name replaced by the user's.
  std::string message;
  std::chrono::milliseconds time{0};
  bool cached = false;
  /// The judge failed (not the source): the compiler was killed for a forbidden call, say.
  bool internal_error = false;
  /// The build folder: the source and what the compiler made. Runs see it at /box.
  std::filesystem::path dir;
};

class Compiler {
 public:
  /// Keeps at most `max_entries` builds under `cache_root`/compile (least recently used go).
  Compiler(Runner& runner, std::filesystem::path cache_root, std::size_t max_entries = 256);

  /// Compiles `source` as `language`. `display_name` replaces the sandbox's file name in
  /// messages (the user's file name). Throws Error when the toolchain is missing.
  [[nodiscard]] CompileResult compile(const Language& language, const std::string& source,
                                      const std::string& display_name);

  /// True if `language`'s toolchain is installed.
  [[nodiscard]] static bool available(const Language& language);

 private:
  std::string toolchain_stamp(const Language& language);
  std::filesystem::path precompiled_header(const Language& language);
  void evict();

  Runner& runner_;
  std::filesystem::path root_;
  std::size_t max_entries_;
  std::mutex mutex_;  // guards stamps_ and the precompiled-header build
  std::map<std::string, std::string> stamps_;
};

}  // namespace judge
