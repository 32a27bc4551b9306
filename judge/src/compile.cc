#include "judge/compile.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>

#include <fmt/format.h>

#include "judge/error.h"
#include "judge/hash.h"
#include "judge/paths.h"
#include "judge/profiles.h"
#include "sandbox/limits.h"
#include "text.h"

namespace judge {

namespace fs = std::filesystem;
using detail::replace_all;

namespace {

constexpr std::size_t kMaxMessageLines = 60;

void write_file(const fs::path& path, const std::string& contents) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << contents;
  if (!out) {
    throw Error(fmt::format("cannot write {}", path.string()),
                "check that the judge's cache folder is writable and the disk is not full");
  }
}

std::string trim_message(std::string text) {
  std::istringstream in(text);
  std::string line;
  std::vector<std::string> lines;
  while (std::getline(in, line)) {
    lines.push_back(line);
  }
  while (!lines.empty() && lines.back().find_first_not_of(" \t\r") == std::string::npos) {
    lines.pop_back();
  }
  std::string out;
  for (std::size_t i = 0; i < lines.size() && i < kMaxMessageLines; ++i) {
    out += lines[i];
    out += '\n';
  }
  if (lines.size() > kMaxMessageLines) {
    out += fmt::format("... ({} more lines)\n", lines.size() - kMaxMessageLines);
  }
  return out;
}

std::string random_suffix() {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  return fmt::format("{:016x}", rng());
}

bool includes_header(const std::string& source, const std::string& header) {
  std::regex pattern("^\\s*#\\s*include\\s*<" +
                     std::regex_replace(header, std::regex(R"([.+])"), R"(\$&)") + ">");
  std::istringstream in(source);
  std::string line;
  while (std::getline(in, line)) {
    if (std::regex_search(line, pattern)) {
      return true;
    }
  }
  return false;
}

}  // namespace

SandboxCompiler::SandboxCompiler(Runner& runner, fs::path cache_root, std::size_t max_entries)
    : runner_(runner), root_(std::move(cache_root)), max_entries_(max_entries) {}

CompileResult Compiler::compile_files(const Language& language, const std::string& source,
                                      const std::string& display_name, const ExtraFiles& extra) {
  if (extra.empty()) {
    return compile(language, source, display_name);
  }
  CompileResult result;
  result.internal_error = true;
  result.message = "this compiler builds programs of one file only";
  return result;
}

bool Compiler::available(const Language& language) {
  return !find_program(language.toolchain()).empty();
}

std::string SandboxCompiler::toolchain_stamp(const Language& language) {
  std::lock_guard lock(mutex_);
  const std::string tool = language.toolchain();
  if (auto it = stamps_.find(tool); it != stamps_.end()) {
    return it->second;
  }
  // The resolved binary's identity stands for its version: an upgrade changes it.
  std::string path = find_program(tool);
  std::error_code ec;
  fs::path real = fs::canonical(path, ec);
  struct stat st {};
  std::string stamp = path;
  if (!ec && stat(real.c_str(), &st) == 0) {
    stamp = fmt::format("{}:{}:{}", real.string(), st.st_size, st.st_mtime);
  }
  stamps_[tool] = stamp;
  return stamp;
}

fs::path SandboxCompiler::precompiled_header(const Language& language) {
  // Built once per compiler and flags: about ten seconds, then every C++ compile that
  // includes the header skips parsing it (about 2 s down to 0.5 s).
  Fingerprint key;
  key.field("pch-v2").field(language.precompiled_header).field(toolchain_stamp(language));
  for (const auto& word : language.compile) {
    key.field(word);
  }
  const fs::path dir = root_ / "pch" / key.hex();
  std::lock_guard lock(mutex_);
  if (fs::exists(dir / "ok")) {
    return dir;
  }
  const fs::path tmp = root_ / "pch" / (".tmp-" + random_suffix());
  ensure_dir(tmp);
  // The compiler writes at the top of its folder (the only place the sandbox's user may write
  // when the judge runs as root); the judge then moves the result where the include path
  // expects it. The stub includes the real header: compiled as a header, it yields the .gch;
  // found first through -I, it stands in for the real one if the .gch is unusable (as when
  // another header comes first). #include_next, not #include, or the stub would include itself
  // until GCC gives up ("#include nested depth 200"); as the primary file of the .gch build it
  // acts as #include (with a warning).
  const fs::path header(language.precompiled_header);
  const std::string stub = "stub-" + header.filename().string();
  write_file(tmp / stub, fmt::format("#include_next <{}>\n", language.precompiled_header));
  std::vector<std::string> command;
  for (std::size_t i = 0; i < language.compile.size(); ++i) {
    const std::string& word = language.compile[i];
    if (word == "-o") {
      ++i;  // drop the output and its argument
      continue;
    }
    if (word == language.source_name) {
      continue;
    }
    command.push_back(word);
  }
  command.insert(command.end(), {"-x", "c++-header", stub, "-o", "out.gch"});
  sandbox::RunSpec spec = profiles::header_compiler(language, tmp);
  spec.argv = command;
  sandbox::RunResult result = runner_.run(spec);
  std::error_code ec;
  if (!result.ok() || !fs::exists(tmp / "out.gch")) {
    fs::remove_all(tmp, ec);
    return {};  // compile without it
  }
  ensure_dir(tmp / header.parent_path());
  fs::rename(tmp / "out.gch", tmp / (language.precompiled_header + ".gch"), ec);
  fs::rename(tmp / stub, tmp / header, ec);
  if (ec) {
    fs::remove_all(tmp, ec);
    return {};
  }
  write_file(tmp / "ok", "");
  fs::rename(tmp, dir, ec);
  if (ec) {
    fs::remove_all(tmp, ec);  // another judge made it first
  }
  return fs::exists(dir / "ok") ? dir : fs::path();
}

std::string SandboxCompiler::cache_key(const Language& language, const std::string& source,
                                       const fs::path& pch, const ExtraFiles& extra) {
  Fingerprint key;
  key.field("compile-v1").field(language.id).field(toolchain_stamp(language));
  for (const auto& word : language.compile) {
    key.field(word);
  }
  for (const auto& e : language.env) {
    key.field(e);
  }
  key.field(pch.string()).field(source);
  for (const auto& [name, contents] : extra) {
    key.field(name).field(contents);
  }
  return key.hex();
}

// Runs the language's compile command over `build_dir` into `result` (ok, message, internal
// error).
void SandboxCompiler::run_compiler(const Language& language, const fs::path& build_dir,
                                   const fs::path& pch, CompileResult& result) {
  sandbox::RunSpec spec = profiles::compiler(language, build_dir);
  spec.argv = language.compile;
  if (!pch.empty()) {
    spec.argv.insert(spec.argv.begin() + 1, "-I/pch");
    spec.binds.push_back({pch.string(), "/pch", false});
  }
  // Beside the build folder, not in it: the compiler does not see it.
  const fs::path out_path = build_dir.string() + ".out";
  std::FILE* out = std::fopen(out_path.c_str(), "w");
  spec.stdout_fd = out != nullptr ? fileno(out) : -1;
  sandbox::RunResult run = runner_.run(spec);
  if (out != nullptr) {
    std::fclose(out);
  }
  std::string stdout_text = read_file(out_path.string());
  std::error_code ec;
  fs::remove(out_path, ec);
  result.message = stdout_text + run.stderr_tail;
  if (run.violated()) {
    result.internal_error = true;
    result.message =
        fmt::format("the compiler made a forbidden system call ({})", run.violation_name);
  } else if (run.limit == sandbox::LimitKind::kCpuTime ||
             run.limit == sandbox::LimitKind::kWallTime) {
    result.message +=
        fmt::format("compilation took too long (over {} s of CPU time)\n",
                    std::chrono::duration_cast<std::chrono::seconds>(spec.limits.cpu_time).count());
  } else if (run.limit == sandbox::LimitKind::kMemory) {
    result.message += fmt::format("compilation needed more than {} GiB of memory\n",
                                  spec.limits.memory_bytes / (1024 * sandbox::kMiB));
  } else if (run.limit != sandbox::LimitKind::kNone) {
    result.message += "the compiler wrote too much output\n";
  }
  result.ok = run.ok();
}

CompileResult SandboxCompiler::compile_files(const Language& language, const std::string& source,
                                             const std::string& display_name,
                                             const ExtraFiles& extra) {
  if (!installed(language)) {
    throw Error(fmt::format("{} is not installed: '{}' was not found in /usr/local/bin, "
                            "/usr/bin or /bin",
                            language.name, language.toolchain()),
                language.package.empty()
                    ? "install its toolchain"
                    : fmt::format("install it with: sudo apt-get install {}", language.package));
  }
  const auto start = std::chrono::steady_clock::now();
  fs::path pch;
  if (!language.precompiled_header.empty() && !language.compile.empty() &&
      includes_header(source, language.precompiled_header)) {
    pch = precompiled_header(language);
  }
  for (const auto& [name, contents] : extra) {
    // Written into the build folder by name: a name with a path in it could write elsewhere.
    if (name.empty() || name[0] == '.' || name.find('/') != std::string::npos ||
        name == language.source_name) {
      throw Error(fmt::format("cannot build a program with a file named \"{}\"", name),
                  "a program's files are plain file names, other than its source's");
    }
  }
  const fs::path dir = root_ / "compile" / cache_key(language, source, pch, extra);
  CompileResult result;
  result.dir = dir;
  auto finish = [&]() {
    result.message = trim_message(replace_all(result.message, language.source_name, display_name));
    // javac: "class Solution is public, should be declared in a file named Solution.java". The
    // file's name is not the user's to choose here: the class's is.
    if (!result.ok &&
        result.message.find("should be declared in a file named") != std::string::npos) {
      const std::string main_class = fs::path(language.source_name).stem().string();
      result.message += fmt::format(
          "note: the judge compiles your file as {}: name the public class {} "
          "(public class {} {{ public static void main(String[] args) ... }})\n",
          language.source_name, main_class, main_class);
    }
    result.time = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - start);
    return result;
  };
  std::error_code ec;
  if (fs::exists(dir / "result", ec)) {
    result.cached = true;
    result.ok = read_file((dir / "result").string()) == "ok";
    result.message = read_file((dir / "message").string());
    fs::last_write_time(dir, fs::file_time_type::clock::now(), ec);  // recently used
    return finish();
  }
  ensure_dir(root_ / "compile");
  const fs::path tmp = root_ / "compile" / (".tmp-" + random_suffix());
  ensure_dir(tmp);
  write_file(tmp / language.source_name, source);
  for (const auto& [name, contents] : extra) {
    write_file(tmp / name, contents);
  }
  if (language.compile.empty()) {
    result.ok = true;  // an interpreted language: the source is the build
  } else {
    run_compiler(language, tmp, pch, result);
  }
  if (result.internal_error || !result.ok) {
    // Only successes are kept: a failure may come from the environment (a missing header, a
    // sandbox rule) rather than the source, and the user is about to change the source anyway.
    fs::remove_all(tmp, ec);
    return finish();
  }
  write_file(tmp / "message", result.message);
  write_file(tmp / "result", "ok");
  fs::rename(tmp, dir, ec);
  if (ec) {
    fs::remove_all(tmp, ec);  // a concurrent judge stored the same build first
  }
  evict();
  return finish();
}

void SandboxCompiler::evict() {
  std::error_code ec;
  std::vector<std::pair<fs::file_time_type, fs::path>> entries;
  for (const auto& entry : fs::directory_iterator(root_ / "compile", ec)) {
    if (entry.is_directory() && entry.path().filename().string()[0] != '.') {
      entries.emplace_back(fs::last_write_time(entry.path(), ec), entry.path());
    }
  }
  if (entries.size() <= max_entries_) {
    return;
  }
  std::sort(entries.begin(), entries.end());
  for (std::size_t i = 0; i + max_entries_ < entries.size(); ++i) {
    fs::remove_all(entries[i].second, ec);
  }
}

}  // namespace judge
