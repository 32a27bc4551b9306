// Programs of a package: the labelled submissions, and the custom output validator.
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "judge/error.h"
#include "judge/kattis/package.h"
#include "kattis/scan_util.h"
#include "pack_paths.h"

namespace judge::kattis {

namespace fs = std::filesystem;

namespace {

// Bounds on what the judge reads of a package's programs: sources are read whole (the
// language and the Java class come from them). Kattis' own code limit is 128 KiB by default.
constexpr std::uintmax_t kMaxProgramBytes = 1 << 20;
constexpr std::size_t kMaxProgramFiles = 100;
constexpr int kMaxProgramDepth = 4;
constexpr std::size_t kMaxSubmissions = 1000;
constexpr std::size_t kMaxFolderEntries = 10000;

struct LanguageInfo {
  const char* code;      // the specification's code
  const char* name;      // as people name it
  const char* judge_id;  // the judge's language, or "" when it has none
  int priority;          // problemtools' tie-break when a folder mixes languages
  std::vector<std::string> extensions;
};

// The specification's languages table (appendix/languages.md), with the judge's IDs for those
// it runs. Python 2 shares .py with Python 3: a .py whose first line names python2 is Python 2.
const std::vector<LanguageInfo>& languages() {
  static const std::vector<LanguageInfo> table = {
      {"cpp", "C++", "cpp", 1000, {".cc", ".cpp", ".cxx", ".c++", ".C"}},
      {"c", "C", "c", 950, {".c"}},
      {"python2", "Python 2", "", 860, {".py2"}},
      {"python3", "Python 3", "python", 850, {".py", ".py3"}},
      {"java", "Java", "java", 800, {".java"}},
      {"go", "Go", "go", 700, {".go"}},
      {"rust", "Rust", "rust", 600, {".rs"}},
      {"javascript", "JavaScript", "javascript", 500, {".js"}},
      {"ada", "Ada", "", 100, {".adb", ".ads"}},
      {"algol68", "Algol 68", "", 100, {".a68"}},
      {"apl", "APL", "", 100, {".apl"}},
      {"bash", "Bash", "", 100, {".sh"}},
      {"cobol", "COBOL", "", 100, {".cob"}},
      {"crystal", "Crystal", "", 100, {".cr"}},
      {"csharp", "C#", "", 100, {".cs"}},
      {"d", "D", "", 100, {".d"}},
      {"dart", "Dart", "", 100, {".dart"}},
      {"elixir", "Elixir", "", 100, {".ex"}},
      {"erlang", "Erlang", "", 100, {".erl"}},
      {"forth", "Forth", "", 100, {".fth", ".4th", ".forth", ".frt"}},
      {"fortran", "Fortran", "", 100, {".f90"}},
      {"fsharp", "F#", "", 100, {".fs"}},
      {"gerbil", "Gerbil", "", 100, {".ss"}},
      {"haskell", "Haskell", "", 100, {".hs"}},
      {"julia", "Julia", "", 100, {".jl"}},
      {"kotlin", "Kotlin", "", 100, {".kt"}},
      {"lisp", "Common Lisp", "", 100, {".lisp", ".cl"}},
      {"lua", "Lua", "", 100, {".lua"}},
      {"modula2", "Modula-2", "", 100, {".mod", ".def"}},
      {"nim", "Nim", "", 100, {".nim"}},
      {"objectivec", "Objective-C", "", 100, {".m"}},
      {"ocaml", "OCaml", "", 100, {".ml"}},
      {"odin", "Odin", "", 100, {".odin"}},
      {"pascal", "Pascal", "", 100, {".pas"}},
      {"perl", "Perl", "", 100, {".pm"}},
      {"php", "PHP", "", 100, {".php"}},
      {"prolog", "Prolog", "", 100, {".pl"}},
      {"racket", "Racket", "", 100, {".rkt"}},
      {"ruby", "Ruby", "", 100, {".rb"}},
      {"scala", "Scala", "", 100, {".scala"}},
      {"simula", "Simula", "", 100, {".sim"}},
      {"smalltalk", "Smalltalk", "", 100, {".st"}},
      {"snobol", "Snobol", "", 100, {".sno"}},
      {"swift", "Swift", "", 100, {".swift"}},
      {"typescript", "TypeScript", "", 100, {".ts"}},
      {"visualbasic", "Visual Basic", "", 100, {".vb"}},
      {"zig", "Zig", "", 100, {".zig"}},
  };
  return table;
}

const LanguageInfo* language_by_code(std::string_view code) {
  for (const auto& l : languages()) {
    if (code == l.code) {
      return &l;
    }
  }
  return nullptr;
}

bool has_extension(const LanguageInfo& l, const fs::path& file) {
  const std::string ext = file.extension().string();
  return std::find(l.extensions.begin(), l.extensions.end(), ext) != l.extensions.end();
}

// problemtools' shebang rule: "^#!.*python2\b" on the first line.
bool python2_shebang(const fs::path& file) {
  std::string line = detail::read_prefix(file, 256);
  line = line.substr(0, line.find('\n'));
  if (line.rfind("#!", 0) != 0) {
    return false;
  }
  for (std::size_t at = line.find("python2"); at != std::string::npos;
       at = line.find("python2", at + 1)) {
    const std::size_t after = at + 7;
    if (after == line.size()) {
      return true;
    }
    const char c = line[after];
    const bool word =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!word) {
      return true;
    }
  }
  return false;
}

// The files of a program: the file itself, or a folder's files (recursively, plain names only),
// each confined to the package, sorted by their path in the folder.
struct Listed {
  std::vector<fs::path> files;   // resolved
  std::vector<std::string> rel;  // relative to the program folder, for ordering and names
  std::uintmax_t bytes = 0;
};

void list_program(const fs::path& dir, const fs::path& folder, const std::string& prefix, int depth,
                  Listed& out) {
  if (depth > kMaxProgramDepth) {
    throw Error(fmt::format("{}: program folders nested more than {} deep",
                            detail::relative(dir, folder), kMaxProgramDepth),
                "packages are untrusted input; flatten the program's folder");
  }
  for (const auto& e : detail::list_folder(folder, kMaxFolderEntries, nullptr, /*plus=*/true)) {
    if (e.is_folder) {
      if (e.is_link) {
        (void)judge::detail::confine(dir, e.path, "a linked folder", judge::detail::Kind::kFolder);
        throw Error(
            fmt::format("{}: a program's folder may not be a link", detail::relative(dir, e.path)),
            "make it a real folder");
      }
      list_program(dir, e.path, prefix + e.name + "/", depth + 1, out);
      continue;
    }
    if (out.files.size() >= kMaxProgramFiles) {
      throw Error(fmt::format("{}: more than {} files in one program",
                              detail::relative(dir, folder), kMaxProgramFiles),
                  "packages are untrusted input; a program is a few source files");
    }
    const fs::path resolved = judge::detail::confine(dir, e.path, "a program's file");
    std::error_code ec;
    out.bytes += fs::file_size(resolved, ec);
    out.files.push_back(resolved);
    out.rel.push_back(prefix + e.name);
  }
}

// Java, as far as naming goes: the top-level types a source declares, which is public, which
// has a main method, and the package. Comments, strings and character literals are skipped.
struct JavaTypes {
  std::vector<std::string> types;
  std::string public_type;
  std::string main_type;
  std::string package;
};

JavaTypes java_types(std::string_view src) {
  JavaTypes out;
  std::vector<std::string> tokens;
  std::vector<int> depths;
  int depth = 0;
  for (std::size_t i = 0; i < src.size();) {
    const char c = src[i];
    if (c == '/' && i + 1 < src.size() && src[i + 1] == '/') {
      i = src.find('\n', i);
      i = i == std::string_view::npos ? src.size() : i;
    } else if (c == '/' && i + 1 < src.size() && src[i + 1] == '*') {
      i = src.find("*/", i + 2);
      i = i == std::string_view::npos ? src.size() : i + 2;
    } else if (c == '"' || c == '\'') {
      // Text blocks ("""...""") end at the next """; other literals at the next unescaped quote.
      if (c == '"' && src.substr(i, 3) == "\"\"\"") {
        i = src.find("\"\"\"", i + 3);
        i = i == std::string_view::npos ? src.size() : i + 3;
        continue;
      }
      for (++i; i < src.size() && src[i] != c && src[i] != '\n'; ++i) {
        if (src[i] == '\\') {
          ++i;
        }
      }
      ++i;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$') {
      std::size_t j = i;
      while (j < src.size() &&
             ((src[j] >= 'a' && src[j] <= 'z') || (src[j] >= 'A' && src[j] <= 'Z') ||
              (src[j] >= '0' && src[j] <= '9') || src[j] == '_' || src[j] == '$' ||
              src[j] == '.')) {
        ++j;
      }
      tokens.emplace_back(src.substr(i, j - i));
      depths.push_back(depth);
      i = j;
    } else {
      if (c == '{') {
        ++depth;
      } else if (c == '}') {
        --depth;
      }
      if (c == '{' || c == '}' || c == ';' || c == '(') {
        tokens.emplace_back(1, c);
        depths.push_back(c == '{' ? depth - 1 : depth);
      }
      ++i;
    }
  }
  std::string current;  // the top-level type whose body the tokens are in
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const std::string& t = tokens[k];
    if (depths[k] == 0 && t == "package" && k + 1 < tokens.size()) {
      out.package = tokens[k + 1];
    }
    const bool declares = t == "class" || t == "interface" || t == "enum" || t == "record";
    if (declares && depths[k] == 0 && k + 1 < tokens.size()) {
      current = tokens[k + 1];
      out.types.push_back(current);
      for (std::size_t b = k; b-- > 0 && depths[b] == 0;) {
        if (tokens[b] == ";" || tokens[b] == "}" || tokens[b] == "{") {
          break;
        }
        if (tokens[b] == "public" && out.public_type.empty()) {
          out.public_type = current;
        }
      }
    }
    if (t == "main" && depths[k] == 1 && k + 1 < tokens.size() && tokens[k + 1] == "(" && k > 0 &&
        tokens[k - 1] == "void" && out.main_type.empty()) {
      out.main_type = current;
    }
  }
  return out;
}

// The language of a program's files: the one with most source files, problemtools'
// priorities breaking ties. Null when no file is a source of a known language.
const LanguageInfo* detect(const std::vector<fs::path>& files,
                           const std::set<std::string>* allowed = nullptr) {
  const LanguageInfo* best = nullptr;
  std::size_t best_count = 0;
  for (const auto& l : languages()) {
    if (allowed != nullptr && allowed->count(l.code) == 0) {
      continue;
    }
    std::size_t count = 0;
    for (const auto& f : files) {
      const bool py = f.extension() == ".py";
      if (std::string_view(l.code) == "python2") {
        count += has_extension(l, f) || (py && python2_shebang(f)) ? 1 : 0;
      } else {
        count += has_extension(l, f) ? 1 : 0;
      }
    }
    if (count > best_count || (count == best_count && count > 0 && l.priority > best->priority)) {
      best = &l;
      best_count = count;
    }
  }
  return best;
}

// The files of a program found at `found` (a file or folder), and its confined path.
Listed list_program_files(const fs::path& dir, const fs::path& found, bool folder, fs::path& path) {
  Listed listed;
  if (folder) {
    path = judge::detail::confine(dir, found, "a program's folder", judge::detail::Kind::kFolder);
    list_program(dir, found, "", 0, listed);
  } else {
    path = judge::detail::confine(dir, found, "a program");
    std::error_code ec;
    listed.files.push_back(path);
    listed.rel.push_back(found.filename().string());
    listed.bytes = fs::file_size(path, ec);
  }
  return listed;
}

// The index in `listed` of the program's entry point, problemtools' rule: a source file named
// main.* (any case), else the first source in name order; Python 3's __main__.py first, as
// the specification says.
std::size_t entry_point(const LanguageInfo& language, const Listed& listed) {
  std::vector<std::size_t> sources;
  for (std::size_t i = 0; i < listed.files.size(); ++i) {
    const bool source =
        std::string_view(language.code) == "python3"
            ? has_extension(language, listed.files[i]) && !python2_shebang(listed.files[i])
            : has_extension(language, listed.files[i]);
    if (source) {
      sources.push_back(i);
    }
  }
  std::sort(sources.begin(), sources.end(),
            [&](std::size_t a, std::size_t b) { return listed.rel[a] < listed.rel[b]; });
  std::size_t main = sources.front();
  bool named_main = false;
  for (std::size_t i : sources) {
    const std::string file = fs::path(listed.rel[i]).filename().string();
    if (file == "__main__.py") {
      main = i;
      break;
    }
    std::string lower = file;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    if (!named_main && lower.rfind("main.", 0) == 0) {
      main = i;
      named_main = true;
    }
  }
  return main;
}

// A Java program's class to run: its public type, else the one with main, else the file's
// name; a note when that is not the file's name, or when it declares a package.
void set_java_class(KattisProgram& p, const std::string& rel, std::vector<std::string>& notes) {
  const std::string stem = fs::path(rel).stem().string();
  const std::string source = detail::read_prefix(p.main, kMaxProgramBytes);
  const JavaTypes types = java_types(source);
  p.java_class = java_class_to_run(source, stem);
  if (p.java_class != stem) {
    notes.push_back(
        fmt::format("{}: the class to run is {}, not {} as the file is named "
                    "(Kattis runs the class named after the file)",
                    p.name, p.java_class, stem));
  }
  if (!types.package.empty()) {
    notes.push_back(fmt::format("{}: declares package {}; the class is run by its simple name",
                                p.name, types.package));
  }
}

// Fills in language, files and entry point of a program found at `found` (a file or folder).
KattisProgram describe_program(const fs::path& dir, const fs::path& found, const std::string& name,
                               bool folder, const std::set<std::string>* allowed,
                               std::vector<std::string>& notes) {
  KattisProgram p;
  p.name = name;
  const Listed listed = list_program_files(dir, found, folder, p.path);
  p.files = listed.files;
  if (listed.bytes > kMaxProgramBytes) {
    p.skipped = fmt::format("larger than {} KiB", kMaxProgramBytes >> 10);
    return p;
  }
  const LanguageInfo* language = detect(listed.files, allowed);
  if (language == nullptr) {
    p.skipped = "no source file of a known language";
    return p;
  }
  p.language_name = language->name;
  p.language = language->judge_id;
  if (p.language.empty()) {
    p.skipped = fmt::format("{} is not a language the judge runs", language->name);
    return p;
  }
  const std::size_t main = entry_point(*language, listed);
  p.main = listed.files[main];
  if (p.language == "java") {
    set_java_class(p, listed.rel[main], notes);
  }
  return p;
}

struct Category {
  const char* folder;
  Verdict verdict;
};
constexpr Category kCategories[] = {{"accepted", Verdict::kAccepted},
                                    {"wrong_answer", Verdict::kWrongAnswer},
                                    {"time_limit_exceeded", Verdict::kTimeLimit},
                                    {"run_time_error", Verdict::kRuntimeError}};

const std::map<std::string, std::string>& unused_folders() {
  static const std::map<std::string, std::string> reasons = {
      {"partially_accepted", "partial scores are for scoring problems"},
      {"rejected", "it names no single verdict to expect"},
      {"brute_force", "it names no single verdict to expect"},
  };
  return reasons;
}

}  // namespace

KattisSubmissions scan_submissions(const fs::path& dir) {
  KattisSubmissions out;
  fs::path folder;
  if (!judge::detail::confine_if_present(dir, dir / "submissions", "the submissions folder",
                                         judge::detail::Kind::kFolder, folder)) {
    out.notes.push_back("no submissions folder: nothing for `judge pack check` to run");
    return out;
  }
  for (const auto& e : detail::list_folder(dir / "submissions", kMaxFolderEntries)) {
    if (!e.is_folder) {
      if (e.name == "submissions.yaml") {
        out.notes.push_back(
            "submissions/submissions.yaml is not read: each folder's name gives the verdict "
            "its submissions must get");
      }
      continue;
    }
    const Category* category = nullptr;
    for (const auto& c : kCategories) {
      if (e.name == c.folder) {
        category = &c;
      }
    }
    if (category == nullptr) {
      auto reason = unused_folders().find(e.name);
      out.notes.push_back(fmt::format(
          "submissions/{}: not run ({})", e.name,
          reason != unused_folders().end()
              ? reason->second
              : "the judge runs accepted, wrong_answer, time_limit_exceeded and run_time_error"));
      continue;
    }
    if (e.is_link) {
      (void)judge::detail::confine(dir, e.path, "a submissions folder",
                                   judge::detail::Kind::kFolder);
    }
    for (const auto& s : detail::list_folder(e.path, kMaxFolderEntries, nullptr, /*plus=*/true)) {
      const std::string ext = fs::path(s.name).extension().string();
      if (!s.is_folder && (ext == ".md" || ext == ".txt")) {
        continue;  // notes about the submissions, not submissions
      }
      if (out.submissions.size() >= kMaxSubmissions) {
        throw Error(fmt::format("{}: more than {} submissions", (dir / "submissions").string(),
                                kMaxSubmissions),
                    "packages are untrusted input; this is more than any problem needs");
      }
      if (s.is_folder && s.is_link) {
        (void)judge::detail::confine(dir, s.path, "a linked submission",
                                     judge::detail::Kind::kFolder);
        throw Error(
            fmt::format("{}: a submission folder may not be a link", detail::relative(dir, s.path)),
            "make it a real folder");
      }
      KattisSubmission sub;
      sub.expected = category->verdict;
      sub.program =
          describe_program(dir, s.path, e.name + "/" + s.name, s.is_folder, nullptr, out.notes);
      out.submissions.push_back(std::move(sub));
    }
  }
  return out;
}

std::optional<KattisProgram> find_output_validator(const fs::path& dir,
                                                   const KattisMetadata& metadata,
                                                   std::vector<Unsupported>& unsupported,
                                                   std::vector<std::string>& notes) {
  const bool legacy = metadata.format == Format::kLegacy;
  const char* own = legacy ? "output_validators" : "output_validator";
  const char* other = legacy ? "output_validator" : "output_validators";
  fs::path folder;
  std::string used = own;
  if (!judge::detail::confine_if_present(dir, dir / own, fmt::format("the {} folder", own),
                                         judge::detail::Kind::kFolder, folder)) {
    // DOMjudge's legacy packages write the singular; 2023-07-draft packages the plural.
    if (!judge::detail::confine_if_present(dir, dir / other, fmt::format("the {} folder", other),
                                           judge::detail::Kind::kFolder, folder)) {
      if (metadata.custom_validation) {
        throw Error(fmt::format("{}: 'validation: custom' but the package has no "
                                "output_validators folder",
                                metadata.file),
                    "add the validator's source to output_validators/, or remove "
                    "'validation: custom' to use the default validator");
      }
      return std::nullopt;
    }
    used = other;
    notes.push_back(fmt::format("{}/ read as the output validator ({}/ in the {} format)", other,
                                own, to_string(metadata.format)));
  }
  if (legacy && !metadata.custom_validation) {
    notes.push_back(
        fmt::format("{}/ is not used: problem.yaml does not say 'validation: custom'", used));
    return std::nullopt;
  }
  std::vector<detail::Entry> entries = detail::list_folder(dir / used, kMaxFolderEntries);
  if (entries.empty()) {
    throw Error(fmt::format("{}/{}: the folder is empty", dir.string(), used),
                "put the output validator's source in it");
  }
  // A folder holding one folder (problemtools' layout: output_validators/NAME/validate.cc),
  // or holding one file, is that program; a folder of sources (2025-09) is the program.
  fs::path program = dir / used;
  bool is_folder = true;
  std::string name = used;
  const bool any_source_here = std::any_of(entries.begin(), entries.end(), [](const auto& e) {
    const std::string ext = fs::path(e.name).extension().string();
    return !e.is_folder && ext != ".h" && ext != ".hpp";
  });
  if (legacy || !any_source_here) {
    if (entries.size() > 1) {
      unsupported.push_back({"several output validators", used + "/"});
    }
    program = entries.front().path;
    is_folder = entries.front().is_folder;
    name = entries.front().name;
  }
  const std::set<std::string> allowed = {"c", "cpp", "python3"};
  KattisProgram p = describe_program(dir, program, name, is_folder, &allowed, notes);
  if (p.skipped.rfind("larger", 0) == 0) {
    throw Error(
        fmt::format("{}: the output validator is {}", detail::relative(dir, p.path), p.skipped),
        "packages are untrusted input; a validator is a few source files");
  }
  for (const auto& f : p.files) {
    const std::string file = f.filename().string();
    if (file == "build" || file == "run") {
      unsupported.push_back({"output validator build/run scripts", detail::relative(dir, f)});
      break;
    }
  }
  if (!p.skipped.empty()) {
    const LanguageInfo* any = detect(p.files);
    unsupported.push_back({any != nullptr && language_by_code(any->code) != nullptr
                               ? fmt::format("an output validator in {}", any->name)
                               : "an output validator in an unknown language",
                           detail::relative(dir, p.path)});
  }
  return p;
}

std::string java_class_to_run(std::string_view source, std::string_view file_stem) {
  const JavaTypes types = java_types(source);
  return !types.public_type.empty() ? types.public_type
         : !types.main_type.empty() ? types.main_type
                                    : std::string(file_stem);
}

}  // namespace judge::kattis
