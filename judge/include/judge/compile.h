// Compiling submissions, checkers and generators: the Compiler interface, and the real one,
// which compiles in the sandbox with a cache.
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

/// Compiles sources into build folders. Judge and PackChecker take any Compiler: the real one
/// is SandboxCompiler; unit tests use a fake.
class Compiler {
 public:
  virtual ~Compiler() = default;

  /// Compiles `source` as `language`. `display_name` replaces the sandbox's file name in
  /// messages (the user's file name). Throws Error when the toolchain is missing. May be
  /// called from several threads at once.
  [[nodiscard]] virtual CompileResult compile(const Language& language, const std::string& source,
                                              const std::string& display_name) = 0;

  /// Other files of a program, by plain file name ("validate.h"), written beside its source.
  using ExtraFiles = std::map<std::string, std::string>;

  /// The same for a program of several files (an ICPC/Kattis submission or validator folder):
  /// `extra` is written beside the source. This default compiles a single file and fails
  /// (an internal error) for more: a compiler that can lay out several files overrides it.
  [[nodiscard]] virtual CompileResult compile_files(const Language& language,
                                                    const std::string& source,
                                                    const std::string& display_name,
                                                    const ExtraFiles& extra);

  /// True if this compiler can build and run `language` here (its toolchain is installed).
  [[nodiscard]] virtual bool installed(const Language& language) const = 0;

  /// True if `language`'s toolchain is on this machine, where the sandbox looks for programs.
  [[nodiscard]] static bool available(const Language& language);
};

/// Compiles in the sandbox (profiles::compiler), keeping successful builds in a cache.
class SandboxCompiler final : public Compiler {
 public:
  /// Keeps at most `max_entries` builds under `cache_root`/compile (least recently used go).
  SandboxCompiler(Runner& runner, std::filesystem::path cache_root, std::size_t max_entries = 256);

  [[nodiscard]] CompileResult compile(const Language& language, const std::string& source,
                                      const std::string& display_name) override {
    return compile_files(language, source, display_name, {});
  }
  [[nodiscard]] CompileResult compile_files(const Language& language, const std::string& source,
                                            const std::string& display_name,
                                            const ExtraFiles& extra) override;
  [[nodiscard]] bool installed(const Language& language) const override {
    return available(language);
  }

 private:
  std::string toolchain_stamp(const Language& language);
  std::filesystem::path precompiled_header(const Language& language);
  std::string cache_key(const Language& language, const std::string& source,
                        const std::filesystem::path& pch, const ExtraFiles& extra);
  void run_compiler(const Language& language, const std::filesystem::path& build_dir,
                    const std::filesystem::path& pch, CompileResult& result);
  void evict();

  Runner& runner_;
  std::filesystem::path root_;
  std::size_t max_entries_;
  std::mutex mutex_;  // guards stamps_ and the precompiled-header build
  std::map<std::string, std::string> stamps_;
};

}  // namespace judge
