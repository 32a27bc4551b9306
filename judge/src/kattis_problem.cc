// ICPC/Kattis packages as judge Problems: the mapping (kattis_problem.h) and the measured time
// limit's cache.
#include "kattis_problem.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "judge/error.h"
#include "judge/hash.h"
#include "judge/paths.h"
#include "text.h"

namespace judge::detail {

namespace fs = std::filesystem;

namespace {

// The cache format's version: a change of what is measured or how makes old entries unread.
constexpr std::string_view kCacheVersion = "kattis-time-limit-v1";

// Reads a cached limit: "SECONDS TLE_SECONDS" then the sentence saying how it was obtained.
std::optional<kattis::TimeLimit> read_cached(const fs::path& file) {
  std::ifstream in(file);
  kattis::TimeLimit limit;
  if (!(in >> limit.seconds >> limit.tle_seconds)) {
    return std::nullopt;
  }
  in.ignore(1);
  std::getline(in, limit.how);
  // A damaged cache entry is ignored (measured again), never trusted with a silly limit.
  if (!(limit.seconds > 0 && limit.seconds <= 60 && limit.tle_seconds >= limit.seconds)) {
    return std::nullopt;
  }
  limit.source = kattis::TimeLimit::Source::kComputed;
  return limit;
}

TestCase to_test(const kattis::KattisTest& t) {
  TestCase test;
  test.name = t.name;
  test.input = t.input;
  test.answer = t.answer;
  test.desc = t.desc;
  test.sample = t.sample;
  return test;
}

// The limit measured before for this package, if the cache has it for the languages its
// accepted submissions would run in now. Only a submission with a fallback (PyPy's is CPython)
// depends on what is installed; the languages table is then read as the command reads it (the
// built-in one with the user's languages.toml). A table that cannot be read finds nothing: the
// command that judges reports it.
std::optional<kattis::TimeLimit> read_cached_limit(const kattis::KattisPackage& package,
                                                   const fs::path& cache_root) {
  std::optional<Languages> languages;
  bool unreadable = false;
  auto language_run = [&](const kattis::KattisProgram& program) -> std::string {
    if (program.fallback_language.empty()) {
      return program.language;
    }
    if (!languages && !unreadable) {
      try {
        languages = Languages::load(judge_home() / "languages.toml");
      } catch (const Error&) {
        unreadable = true;
      }
    }
    std::string note;
    const Language* l =
        languages ? program_language(program, *languages, Compiler::available, note) : nullptr;
    return l != nullptr ? l->id : program.language;
  };
  const fs::path file = time_limit_cache_file(package, cache_root, language_run);
  return unreadable ? std::nullopt : read_cached(file);
}

}  // namespace

fs::path time_limit_cache_file(const kattis::KattisPackage& package, const fs::path& cache_root,
                               const LanguageRun& language_run) {
  // What decides the measured limit: the metadata, the accepted submissions (their every
  // file, and the language each runs in here, not the one it asks for: PyPy falls back to
  // CPython) and the tests (by name and size: reading every test's bytes on each `judge list`
  // would be slow for large packages, and a test changed at the same size is rare).
  Fingerprint key;
  key.field(kCacheVersion).field(read_file((package.dir / "problem.yaml").string()));
  key.field(package.timelimit_file ? fmt::format("{}", *package.timelimit_file) : "-");
  for (const auto& s : package.submissions.submissions) {
    if (s.expected != Verdict::kAccepted || !s.program.skipped.empty()) {
      continue;
    }
    key.field(s.program.name).field(language_run(s.program));
    for (const auto& f : s.program.files) {
      key.field(f.filename().string()).field(read_file(f.string()));
    }
  }
  for (const auto& t : package.test_data.tests) {
    std::error_code ec;
    key.field(t.name)
        .field(std::to_string(fs::file_size(t.input, ec)))
        .field(std::to_string(fs::file_size(t.answer, ec)));
  }
  return cache_root / "kattis-time-limits" / (package.id + "-" + key.hex());
}

void apply_time_limit(Problem& problem, const kattis::TimeLimit& limit) {
  problem.time_limit_s = limit.seconds;
  problem.tle_time_limit_s = limit.tle_seconds;
  problem.time_limit_how = limit.how;
  problem.time_limit_pending = false;
}

void store_time_limit(const Problem& problem, const kattis::TimeLimit& limit,
                      const fs::path& cache_root, const LanguageRun& language_run) {
  if (limit.source != kattis::TimeLimit::Source::kComputed || !problem.kattis) {
    return;
  }
  const fs::path file = time_limit_cache_file(*problem.kattis, cache_root, language_run);
  ensure_dir(file.parent_path());
  // Written whole then renamed: a judge reading it meanwhile sees the old entry or the new.
  const fs::path tmp = file.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << fmt::format("{} {}\n{}\n", limit.seconds, limit.tle_seconds, limit.how);
  }
  std::error_code ec;
  fs::rename(tmp, file, ec);
}

Problem read_kattis_problem(const fs::path& dir, const std::string& id,
                            const fs::path& cache_root) {
  auto package = std::make_shared<kattis::KattisPackage>(kattis::load_kattis_package(dir));
  Problem p;
  p.dir = dir;
  p.id = id;
  p.title = package->title();
  p.tags = package->metadata.keywords;
  p.memory_mib = package->metadata.limits.memory_mib;
  p.output_mib = package->metadata.limits.output_mib;
  p.uniform_time_limit = true;
  p.memory_kill_is_runtime_error = true;
  for (const auto& t : package->test_data.tests) {
    p.tests.push_back(to_test(t));
  }
  // Samples first, as Problem promises (the scan lists data/sample before data/secret).
  std::stable_partition(p.tests.begin(), p.tests.end(), [](const TestCase& t) { return t.sample; });
  if (package->output_validator) {
    const kattis::KattisProgram& v = *package->output_validator;
    p.checker.kind = CheckerKind::kCustom;
    p.checker.protocol = CheckerProtocol::kKattis;
    p.checker.source = v.main;
    p.checker.files = v.files;
  } else {
    p.checker.kind = CheckerKind::kKattisDefault;
    p.checker.no_repeated_flags = package->metadata.format == kattis::Format::k2025_09;
  }
  for (const auto& t : package->test_data.tests) {
    p.checker.test_args[t.answer.string()] = t.validator_args;
  }
  if (package->statement) {
    p.statement = package->statement->path;
  }
  for (const auto& s : package->submissions.submissions) {
    if (s.program.skipped.empty() && s.program.files.size() == 1) {
      p.submissions.push_back({s.program.path, s.expected});
    }
  }
  p.kattis = package;
  if (!kattis::needs_measurement(package->metadata, package->timelimit_file)) {
    const kattis::TimeLimit fixed =
        kattis::compute_time_limit(package->metadata, package->timelimit_file, {});
    apply_time_limit(p, fixed);
  } else if (auto cached = read_cached_limit(*package, cache_root)) {
    apply_time_limit(p, *cached);
    p.time_limit_how = cached->how + " (measured before; `judge pack check` measures again)";
  } else {
    p.time_limit_pending = true;
    p.time_limit_how =
        "not measured yet: the package sets none, so the first `judge test`, `judge submit` or "
        "`judge pack check` runs its accepted submissions to compute it";
  }
  return p;
}

void require_judgeable(const Problem& problem) {
  if (problem.kattis) {
    kattis::require_supported(problem.kattis->unsupported, problem.id);
  }
}

ProgramBuild program_build(const Language& language, const fs::path& main,
                           const std::vector<fs::path>& files, const std::string& java_class) {
  ProgramBuild b;
  b.language = language;
  b.source = read_file(main.string());
  b.display_name = main.filename().string();
  std::vector<std::string> other_sources;
  for (const auto& f : files) {
    if (f == main) {
      continue;
    }
    const std::string name = f.filename().string();
    b.extra[name] = read_file(f.string());
    const std::string ext = f.extension().string();
    if (!ext.empty() && std::find(language.extensions.begin(), language.extensions.end(),
                                  ext.substr(1)) != language.extensions.end()) {
      other_sources.push_back(name);
    }
  }
  Language& l = b.language;
  if (!java_class.empty() && l.id == "java") {
    use_java_class(l, java_class);
  }
  if (!other_sources.empty() && !l.compile.empty() &&
      (l.id == "c" || l.id == "cpp" || l.id == "java")) {
    // A folder of sources: every one is compiled with the entry file (problemtools does so).
    auto at = std::find(l.compile.begin(), l.compile.end(), l.source_name);
    if (at != l.compile.end()) {
      l.compile.insert(at + 1, other_sources.begin(), other_sources.end());
    }
  }
  return b;
}

void use_java_class(Language& l, const std::string& java_class) {
  // Kattis runs the class the file is named after: javac wants the public class in a file of
  // its name, so the source keeps it, and the run command names it instead of Main.
  const std::string main_name = l.source_name;
  const std::string main_class = fs::path(main_name).stem().string();
  l.source_name = java_class + ".java";
  std::replace(l.compile.begin(), l.compile.end(), main_name, l.source_name);
  std::replace(l.run.begin(), l.run.end(), main_class, java_class);
}

std::optional<Language> own_program_language(const Problem& problem, const Language& language,
                                             const std::string& source,
                                             const std::string& display_name) {
  if (!problem.kattis || language.id != "java") {
    return std::nullopt;
  }
  const std::string java_class =
      kattis::java_class_to_run(source, fs::path(display_name).stem().string());
  // A class name is what javac takes as a file name: anything else keeps Main.java (javac then
  // says what is wrong, as for the judge's own packs).
  const bool plain =
      !java_class.empty() && std::all_of(java_class.begin(), java_class.end(), [](unsigned char c) {
        return std::isalnum(c) != 0 || c == '_' || c == '$';
      });
  if (!plain || java_class + ".java" == language.source_name) {
    return std::nullopt;
  }
  Language adapted = language;
  use_java_class(adapted, java_class);
  return adapted;
}

const Language* program_language(const kattis::KattisProgram& program, const Languages& languages,
                                 const Compiler& compiler, std::string& note) {
  return program_language(
      program, languages, [&compiler](const Language& l) { return compiler.installed(l); }, note);
}

const Language* program_language(const kattis::KattisProgram& program, const Languages& languages,
                                 const IsInstalled& installed, std::string& note) {
  const Language* own = languages.find(program.language);
  if (own != nullptr && installed(*own)) {
    return own;
  }
  const Language* fallback =
      program.fallback_language.empty() ? nullptr : languages.find(program.fallback_language);
  if (fallback != nullptr && installed(*fallback)) {
    note = fmt::format("{} is not installed (package {}): run with {}",
                       own == nullptr ? program.language : own->toolchain(),
                       own == nullptr ? program.language : own->package, fallback->name);
    return fallback;
  }
  note = own == nullptr
             ? "unknown language"
             : fmt::format("{} not installed (package {})", own->toolchain(), own->package);
  return nullptr;
}

ProgramBuild program_build(const kattis::KattisProgram& program, const Languages& languages,
                           const Language* chosen) {
  const Language* language = chosen != nullptr ? chosen : languages.find(program.language);
  if (language == nullptr || !program.skipped.empty()) {
    throw Error(fmt::format("{}: the judge does not run {}{}", program.name,
                            program.language_name.empty() ? "this language" : program.language_name,
                            program.skipped.empty() ? "" : " (" + program.skipped + ")"),
                "see docs/kattis.md for the languages the judge runs");
  }
  ProgramBuild b = program_build(*language, program.main, program.files, program.java_class);
  b.display_name = program.name;
  return b;
}

}  // namespace judge::detail
