// A whole ICPC/Kattis package: metadata and the scans, put together.
#include "judge/kattis/package.h"

#include <algorithm>
#include <map>
#include <regex>

#include <fmt/format.h>

#include "judge/error.h"
#include "judge/kattis/statement.h"
#include "judge/kattis/time_limit.h"
#include "kattis/scan_util.h"
#include "pack_paths.h"
#include "toml_reader.h"

namespace judge::kattis {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxFolderEntries = 10000;
constexpr std::size_t kMaxStatementBytes = 1 << 20;

void merge(std::vector<Unsupported>& into, const std::vector<Unsupported>& from) {
  for (const auto& u : from) {
    const bool known = std::any_of(into.begin(), into.end(),
                                   [&](const Unsupported& v) { return v.feature == u.feature; });
    if (!known) {
      into.push_back(u);
    }
  }
}

// Folders whose presence is a feature the judge lacks.
void unsupported_folders(const fs::path& dir, const KattisMetadata& metadata,
                         std::vector<Unsupported>& unsupported) {
  std::error_code ec;
  if (fs::exists(dir / "include", ec)) {
    // Files added to every submission (a driver, a header): submissions would not compile or
    // would run without them.
    unsupported.push_back({"included code (include/)", "include/"});
  }
  if (fs::exists(dir / "static_validator", ec)) {
    unsupported.push_back({"a static validator (static_validator/)", "static_validator/"});
  }
  if (fs::exists(dir / "graders", ec) && metadata.has_type("scoring")) {
    unsupported.push_back({"custom grading (graders/)", "graders/"});
  }
}

// The judge's own settings for a package: `judge.toml` in the package folder, else in the
// folder of packages that holds it (a contest). Not part of the package format: a file the
// user (or whoever made the pack) adds. Its one key, `python`, says which Python runs the
// package's .py submissions: "cpython" (the default) or "pypy", as Kattis runs them.
void read_judge_settings(KattisPackage& p) {
  for (const fs::path& folder : {p.dir, p.dir.parent_path()}) {
    fs::path file;
    if (!judge::detail::confine_if_present(folder, folder / "judge.toml", "judge.toml",
                                           judge::detail::Kind::kFile, file)) {
      continue;
    }
    toml::table root = judge::detail::parse_toml_file(file.string());
    judge::detail::TableReader r(root, file.string());
    const std::string python = r.string("python").value_or("cpython");
    r.reject_unknown_keys();
    if (python != "cpython" && python != "pypy") {
      r.fail(*root.get("python"),
             fmt::format("python = \"{}\" is neither \"cpython\" nor \"pypy\"",
                         detail::terminal_safe(python)),
             "write python = \"pypy\" to run the package's Python submissions with PyPy, as "
             "Kattis does, or python = \"cpython\"");
    }
    p.python_with_pypy = python == "pypy";
    p.settings_file = file;
    return;
  }
}

// With python = "pypy", the package's Python 3 submissions run with PyPy, CPython being what
// they fall back to where pypy3 is not installed.
void use_pypy(KattisSubmissions& submissions) {
  for (auto& s : submissions.submissions) {
    if (s.program.language == "python") {
      s.program.language = "pypy";
      s.program.fallback_language = "python";
    }
  }
}

}  // namespace

bool is_kattis_package(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "problem.yaml", ec);
}

std::optional<StatementFile> find_statement(const fs::path& dir, const KattisMetadata& metadata) {
  const bool legacy = metadata.format == Format::kLegacy;
  // problemtools' names: problem.LANG.EXT, LANG two or three letters or xx-YY; a bare
  // problem.tex is English in the legacy format.
  static const std::regex kName(R"(^problem(\.([a-z]{2,3}|[a-z]{2}-[A-Z]{2}))?\.(md|tex|pdf)$)");
  const std::vector<std::string> folders =
      legacy ? std::vector<std::string>{"problem_statement"}
             : std::vector<std::string>{"statement", "problem_statement"};
  for (const auto& folder : folders) {
    fs::path resolved;
    if (!judge::detail::confine_if_present(dir, dir / folder, fmt::format("the {} folder", folder),
                                           judge::detail::Kind::kFolder, resolved)) {
      continue;
    }
    // By language, the best kind first: Markdown, LaTeX, PDF.
    std::map<std::string, std::pair<int, fs::path>> best;
    for (const auto& e : detail::list_folder(dir / folder, kMaxFolderEntries)) {
      std::smatch m;
      if (e.is_folder || !std::regex_match(e.name, m, kName)) {
        continue;
      }
      std::string language = m[2].str();
      if (language.empty()) {
        if (!legacy) {
          continue;  // problemtools ignores a bare problem.EXT in the newer formats
        }
        language = "en";
      }
      const std::string ext = m[3].str();
      const int rank = ext == "md" ? 0 : ext == "tex" ? 1 : 2;
      auto it = best.find(language);
      if (it == best.end() || rank < it->second.first) {
        best[language] = {rank, e.path};
      }
    }
    if (best.empty()) {
      continue;
    }
    auto chosen = best.find("en");
    if (chosen == best.end()) {
      chosen = best.begin();
    }
    StatementFile s;
    s.language = chosen->first;
    s.kind = chosen->second.first == 0   ? StatementFile::Kind::kMarkdown
             : chosen->second.first == 1 ? StatementFile::Kind::kLatex
                                         : StatementFile::Kind::kPdf;
    s.path = judge::detail::confine(dir, chosen->second.second, "the statement");
    return s;
  }
  return std::nullopt;
}

std::string KattisPackage::title() const {
  std::string name = metadata.name("en");
  if (name.empty()) {
    name = statement_title;
  }
  return name.empty() ? id : name;
}

KattisPackage load_kattis_package(const fs::path& dir_in) {
  std::error_code ec;
  KattisPackage p;
  p.dir = fs::canonical(dir_in, ec);
  if (ec) {
    throw Error(fmt::format("cannot open the package folder {}: {}", dir_in.string(), ec.message()),
                "check the path");
  }
  p.id = p.dir.filename().string();
  // The ID names cache folders and is printed everywhere: the specification's package names
  // are lowercase letters and digits; '-' and '_' are allowed for folders people renamed.
  const bool plain_id =
      !p.id.empty() && p.id.size() <= 64 && p.id[0] != '-' && p.id[0] != '_' &&
      std::all_of(p.id.begin(), p.id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      });
  if (!plain_id) {
    throw Error(fmt::format("{}: the folder name \"{}\" is not a valid problem ID", p.dir.string(),
                            detail::terminal_safe(p.id)),
                "a package folder is named by lowercase letters and digits (3dprinter, "
                "helloworld); rename the folder");
  }
  p.metadata = read_metadata(p.dir);
  try {
    p.timelimit_file = read_timelimit_file(p.dir);
    p.test_data = scan_test_data(p.dir, p.metadata);
    p.submissions = scan_submissions(p.dir);
    read_judge_settings(p);
    if (p.python_with_pypy) {
      use_pypy(p.submissions);
    }
    p.output_validator = find_output_validator(p.dir, p.metadata, p.unsupported, p.notes);
    p.statement = find_statement(p.dir, p.metadata);
  } catch (const Error& e) {
    // An interactive or multi-pass package is laid out for a feature the judge lacks: saying
    // so is more useful than what its layout then breaks.
    if (!p.metadata.unsupported.empty()) {
      try {
        require_supported(p.metadata.unsupported, p.dir.string());
      } catch (const Error& unsupported) {
        throw Error(fmt::format("{} (and: {})", unsupported.what(), e.what()), unsupported.hint());
      }
    }
    throw;
  }
  if (p.statement && p.statement->kind == StatementFile::Kind::kLatex) {
    bool truncated = false;
    const std::string text = detail::read_prefix(p.statement->path, kMaxStatementBytes, &truncated);
    p.statement_title = detail::terminal_safe(latex_problem_name(text));
  }
  if (!p.statement) {
    p.notes.push_back(
        "no statement in problem_statement/ or statement/ (a PDF elsewhere is not "
        "shown)");
  }
  merge(p.unsupported, p.metadata.unsupported);
  merge(p.unsupported, p.test_data.unsupported);
  unsupported_folders(p.dir, p.metadata, p.unsupported);
  for (const auto* notes : {&p.metadata.notes, &p.test_data.notes, &p.submissions.notes}) {
    p.notes.insert(p.notes.end(), notes->begin(), notes->end());
  }
  // With the default validator, every test's flags are read now: a bad flag is the package's
  // fault and is said before anything runs, not as an internal error on test 12.
  if (!p.output_validator) {
    std::map<std::pair<std::string, std::vector<std::string>>, bool> checked;
    for (const auto& test : p.test_data.tests) {
      auto key = std::make_pair(test.validator_args_where, test.validator_args);
      if (checked.emplace(key, true).second) {
        (void)default_validator_options(p, test);
      }
    }
  }
  return p;
}

DefaultValidatorOptions default_validator_options(const KattisPackage& package,
                                                  const KattisTest& test) {
  std::string where = test.validator_args_where;
  if (where.empty()) {
    where = fmt::format("{}: ", package.metadata.file);
  }
  return parse_default_validator_flags(
      test.validator_args, where,
      package.metadata.format == Format::k2025_09 ? FlagRules::kNoRepeats : FlagRules::kLaterWins);
}

}  // namespace judge::kattis
