#include "judge/problem.h"

#include <algorithm>
#include <fstream>
#include <set>

#include <fmt/format.h>

#include "judge/error.h"
#include "pack_paths.h"
#include "toml_reader.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

std::string first_line(const fs::path& file) {
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.pop_back();
  }
  return line;
}

// Every NAME.in under data/SUB (recursively), named by its path relative to data/ without the
// extension. Each file is confined to the problem folder `dir` (pack_paths.h) before it is used:
// a test linked to ~/.bashrc is refused before anything runs.
void collect_tests(const fs::path& dir, const std::string& sub, bool sample,
                   std::vector<TestCase>& out) {
  const fs::path data_dir = dir / "data";
  const fs::path root = data_dir / sub;
  fs::path resolved;
  if (!detail::confine_if_present(dir, data_dir, "the data folder", detail::Kind::kFolder,
                                  resolved) ||
      !detail::confine_if_present(dir, root, fmt::format("the data/{} folder", sub),
                                  detail::Kind::kFolder, resolved)) {
    return;
  }
  std::vector<fs::path> inputs;
  std::error_code ec;
  // The iterator does not descend into linked folders: such a link is refused rather than
  // left to hide tests.
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    std::error_code type_ec;
    if (it->is_symlink(type_ec) && fs::is_directory(it->path(), type_ec)) {
      (void)detail::confine(dir, it->path(), "a linked test folder", detail::Kind::kFolder);
      throw Error(fmt::format("{}: a test folder may not be a link", it->path().string()),
                  "make it a real folder holding the tests");
    }
    if (it->path().extension() == ".in") {
      inputs.push_back(it->path());
    }
  }
  if (ec) {
    throw Error(fmt::format("cannot list the tests in {}: {}", root.string(), ec.message()),
                "check the folder's permissions");
  }
  std::sort(inputs.begin(), inputs.end());
  for (const auto& input : inputs) {
    fs::path answer = input;
    answer.replace_extension(".ans");
    fs::path desc = input;
    desc.replace_extension(".desc");
    TestCase test;
    // Named by where the file was found; read from where it leads (inside the folder).
    test.name = input.lexically_relative(data_dir).replace_extension().generic_string();
    test.input = detail::confine(dir, input, "a test input");
    if (!detail::confine_if_present(dir, answer, "a test answer", detail::Kind::kFile,
                                    test.answer)) {
      throw Error(fmt::format("{}: the test has no answer file ({} is missing)", input.string(),
                              answer.filename().string()),
                  "every NAME.in needs a NAME.ans next to it");
    }
    test.sample = sample;
    if (fs::path d;
        detail::confine_if_present(dir, desc, "a test description", detail::Kind::kFile, d)) {
      test.desc = first_line(d);
    }
    out.push_back(std::move(test));
  }
}

Difficulty parse_difficulty(detail::TableReader& r, const toml::table& table) {
  std::string text = r.required_string("difficulty");
  if (text == "easy")
    return Difficulty::kEasy;
  if (text == "medium")
    return Difficulty::kMedium;
  if (text == "hard")
    return Difficulty::kHard;
  r.fail(*table.get("difficulty"),
         fmt::format("'difficulty' must be \"easy\", \"medium\" or \"hard\", got \"{}\"", text));
}

void parse_checker(detail::TableReader& top, const toml::table& root, Problem& p,
                   const std::string& file) {
  const toml::table* table = top.table("checker");
  if (table == nullptr) {
    return;
  }
  detail::TableReader r(*table, file, "[checker]");
  std::string kind = r.string("kind").value_or("tokens");
  static const std::map<std::string, CheckerKind> kKinds = {{"exact", CheckerKind::kExact},
                                                            {"lines", CheckerKind::kLines},
                                                            {"tokens", CheckerKind::kTokens},
                                                            {"float", CheckerKind::kFloat},
                                                            {"custom", CheckerKind::kCustom}};
  auto it = kKinds.find(kind);
  if (it == kKinds.end()) {
    r.fail(*table->get("kind"), fmt::format("'kind' in [checker] must be exact, lines, tokens, "
                                            "float or custom, got \"{}\"",
                                            kind));
  }
  p.checker.kind = it->second;
  p.checker.case_sensitive = r.boolean("case_sensitive").value_or(true);
  double tolerance = r.number("float_tolerance").value_or(0);
  p.checker.float_absolute = r.number("float_absolute_tolerance").value_or(tolerance);
  p.checker.float_relative = r.number("float_relative_tolerance").value_or(tolerance);
  // Before the default below, which would hide a negative tolerance.
  if (p.checker.float_absolute < 0 || p.checker.float_relative < 0) {
    throw Error(fmt::format("{}float tolerances must not be negative", r.location()));
  }
  if (p.checker.kind == CheckerKind::kFloat && p.checker.float_absolute <= 0 &&
      p.checker.float_relative <= 0) {
    p.checker.float_absolute = p.checker.float_relative = 1e-6;
  }
  auto source = r.string("source");
  auto protocol = r.string("protocol").value_or("kattis");
  p.checker.args = r.strings("args");
  if (protocol == "kattis") {
    p.checker.protocol = CheckerProtocol::kKattis;
  } else if (protocol == "testlib") {
    p.checker.protocol = CheckerProtocol::kTestlib;
  } else {
    r.fail(*table->get("protocol"),
           fmt::format("'protocol' in [checker] must be \"kattis\" or \"testlib\", got \"{}\"",
                       protocol));
  }
  if (p.checker.kind == CheckerKind::kCustom) {
    if (!source) {
      throw Error(fmt::format("{}a custom checker needs 'source' (its source file)", r.location()),
                  "add source = \"output_validators/check.cpp\" to [checker]");
    }
    p.checker.source =
        detail::resolve_in_pack(p.dir, *source, "the checker source", detail::Kind::kFile,
                                r.location(*table->get("source")));
    if (!fs::is_regular_file(p.checker.source)) {
      r.fail(*table->get("source"),
             fmt::format("the checker source {} does not exist", p.checker.source.string()));
    }
  } else if (source) {
    r.fail(*table->get("source"), "'source' in [checker] is only for kind = \"custom\"");
  }
  r.reject_unknown_keys();
  (void)root;
}

}  // namespace

std::string_view to_string(Difficulty difficulty) noexcept {
  switch (difficulty) {
    case Difficulty::kEasy:
      return "easy";
    case Difficulty::kMedium:
      return "medium";
    case Difficulty::kHard:
      return "hard";
  }
  return "?";
}

std::size_t Problem::sample_count() const {
  return static_cast<std::size_t>(
      std::count_if(tests.begin(), tests.end(), [](const TestCase& t) { return t.sample; }));
}

bool valid_problem_id(std::string_view id) {
  if (id.empty() || id.size() > 64 || id[0] < 'a' || id[0] > 'z') {
    return false;
  }
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool is_problem_dir(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "problem.toml", ec);
}

namespace {

// Reads the problem folder `dir_in`; a follow-up's folder (a number) is named by `stage_id`.
Problem read_problem(const fs::path& dir_in, const std::string& stage_id) {
  std::error_code ec;
  fs::path dir = fs::canonical(dir_in, ec);
  if (ec) {
    throw Error(
        fmt::format("cannot open the problem folder {}: {}", dir_in.string(), ec.message()));
  }
  Problem p;
  p.dir = dir;
  p.id = stage_id.empty() ? dir.filename().string() : stage_id;
  // The ID names cache folders and is printed everywhere: a folder named with escape
  // sequences or path tricks is refused rather than carried along.
  if (stage_id.empty() && !valid_problem_id(p.id)) {
    throw Error(
        fmt::format("{}: the folder name \"{}\" is not a valid problem ID", dir.string(), p.id),
        "a problem folder is named by its ID: lowercase letters, digits and '-', "
        "starting with a letter (two-sum); rename the folder");
  }
  const fs::path toml_path = detail::confine(dir, dir / "problem.toml", "problem.toml");
  if (!fs::exists(toml_path)) {
    if (fs::exists(dir / "problem.yaml")) {
      throw Error(fmt::format("{}: ICPC/Kattis packages (problem.yaml) are not supported yet",
                              dir.string()),
                  "convert the metadata to problem.toml (see docs/pack-format.md)");
    }
    throw Error(fmt::format("{} is not a problem folder: it has no problem.toml", dir.string()),
                "see docs/pack-format.md for the layout of a problem");
  }
  const std::string file = toml_path.string();
  toml::table root = detail::parse_toml_file(file);
  detail::TableReader r(root, file);
  p.title = r.required_string("title");
  p.difficulty = parse_difficulty(r, root);
  p.tags = r.strings("tags");
  p.minutes = static_cast<int>(r.integer("minutes").value_or(
      p.difficulty == Difficulty::kEasy ? 15 : (p.difficulty == Difficulty::kMedium ? 25 : 40)));
  p.hints = r.strings("hints");
  if (const toml::table* limits = r.table("limits")) {
    detail::TableReader l(*limits, file, "[limits]");
    p.time_limit_s = l.number("time").value_or(1.0);
    auto memory = l.integer("memory").value_or(256);
    auto output = l.integer("output").value_or(64);
    if (!(p.time_limit_s > 0 && p.time_limit_s <= 60)) {  // NaN fails both comparisons
      l.fail(*limits->get("time"), fmt::format("'time' in [limits] must be more than 0 and at most "
                                               "60 seconds, got {}",
                                               p.time_limit_s));
    }
    if (memory < 16 || memory > 16384) {
      l.fail(*limits->get("memory"),
             fmt::format("'memory' in [limits] must be between 16 and 16384 MiB, got {}", memory));
    }
    if (output < 1 || output > 1024) {
      l.fail(*limits->get("output"),
             fmt::format("'output' in [limits] must be between 1 and 1024 MiB, got {}", output));
    }
    p.memory_mib = static_cast<std::uint64_t>(memory);
    p.output_mib = static_cast<std::uint64_t>(output);
    l.reject_unknown_keys();
  }
  parse_checker(r, root, p, file);
  if (const toml::table* complexity = r.table("complexity")) {
    detail::TableReader c(*complexity, file, "[complexity]");
    p.complexity = c.string("expected").value_or("");
    p.complexity_space = c.string("space").value_or("");
    p.edge_cases = c.strings("edge_cases");
    if (auto generator = c.string("generator")) {
      (void)detail::resolve_in_pack(dir, *generator, "the [complexity] generator",
                                    detail::Kind::kFile, c.location(*complexity->get("generator")));
    }
    (void)c.numbers("sizes");
    c.reject_unknown_keys();
  }
  std::string reference;
  if (const toml::table* tests = r.table("tests")) {
    detail::TableReader t(*tests, file, "[tests]");
    reference = t.string("reference").value_or("");
    t.reject_unknown_keys();
  }
  for (const toml::table* gen : r.tables("generated")) {
    detail::TableReader g(*gen, file, "[[generated]]");
    GeneratedTest test;
    test.name = g.required_string("name");
    const std::string generator = g.required_string("generator");
    test.generator = detail::resolve_in_pack(dir, generator, "the generator", detail::Kind::kFile,
                                             g.location(*gen->get("generator")));
    test.args = g.strings("args");
    test.desc = g.string("desc").value_or("");
    g.reject_unknown_keys();
    if (test.name.rfind("secret/", 0) != 0 && test.name.rfind("sample/", 0) != 0) {
      g.fail(*gen->get("name"), fmt::format("'name' must start with secret/ or sample/, got "
                                            "\"{}\"",
                                            test.name));
    }
    if (std::string why = detail::test_name_problem(test.name); !why.empty()) {
      g.fail(*gen->get("name"), "the test name " + why);
    }
    if (!fs::is_regular_file(test.generator)) {
      g.fail(*gen->get("generator"),
             fmt::format("the generator {} does not exist", test.generator.string()));
    }
    p.generated.push_back(std::move(test));
  }
  r.reject_unknown_keys();

  p.statement = detail::confine(dir, dir / "statement.md", "statement.md");
  if (!fs::exists(p.statement)) {
    throw Error(fmt::format("{}: the problem has no statement.md", dir.string()));
  }
  p.solution = detail::confine(dir, dir / "solution.md", "solution.md");

  // Tests: files on disk, then generated ones merged in by name.
  std::vector<TestCase> samples;
  std::vector<TestCase> hidden;
  collect_tests(dir, "sample", true, samples);
  collect_tests(dir, "secret", false, hidden);
  std::set<std::string> names;
  for (const auto& t : samples) {
    names.insert(t.name);
  }
  for (const auto& t : hidden) {
    names.insert(t.name);
  }
  for (std::size_t i = 0; i < p.generated.size(); ++i) {
    const GeneratedTest& g = p.generated[i];
    if (!names.insert(g.name).second) {
      throw Error(
          fmt::format("{}: the generated test {} has the same name as another test", file, g.name));
    }
    TestCase test;
    test.name = g.name;
    test.desc = g.desc;
    test.sample = g.name.rfind("sample/", 0) == 0;
    test.generated = static_cast<int>(i);
    (test.sample ? samples : hidden).push_back(std::move(test));
  }
  auto by_name = [](const TestCase& a, const TestCase& b) { return a.name < b.name; };
  std::sort(samples.begin(), samples.end(), by_name);
  std::sort(hidden.begin(), hidden.end(), by_name);
  p.tests = std::move(samples);
  p.tests.insert(p.tests.end(), hidden.begin(), hidden.end());

  // Templates and submissions.
  // A file of a listed folder: confined (a link may lead only inside the problem folder), and
  // skipped when it is a real folder.
  auto listed_file = [&dir](const fs::directory_entry& entry, std::string_view what,
                            fs::path& resolved) {
    std::error_code type_ec;
    if (!entry.is_symlink(type_ec) && entry.is_directory(type_ec)) {
      return false;
    }
    resolved = detail::confine(dir, entry.path(), what);
    return true;
  };
  fs::path folder_resolved;
  if (detail::confine_if_present(dir, dir / "templates", "the templates folder",
                                 detail::Kind::kFolder, folder_resolved)) {
    for (const auto& entry : fs::directory_iterator(dir / "templates")) {
      if (fs::path found; listed_file(entry, "a template", found)) {
        p.templates[entry.path().filename().string()] = found;
      }
    }
  }
  if (detail::confine_if_present(dir, dir / "submissions", "the submissions folder",
                                 detail::Kind::kFolder, folder_resolved)) {
    std::vector<fs::path> folders;
    for (const auto& entry : fs::directory_iterator(dir / "submissions")) {
      if (entry.is_directory()) {
        (void)detail::confine(dir, entry.path(), "a submissions folder", detail::Kind::kFolder);
        folders.push_back(entry.path());
      }
    }
    std::sort(folders.begin(), folders.end());
    for (const auto& folder : folders) {
      auto expected = parse_verdict(folder.filename().string());
      if (!expected) {
        throw Error(fmt::format("{}: unknown submissions folder '{}'", folder.string(),
                                folder.filename().string()),
                    "use accepted, wrong_answer, time_limit_exceeded, run_time_error or "
                    "memory_limit_exceeded");
      }
      std::vector<fs::path> files;
      for (const auto& entry : fs::directory_iterator(folder)) {
        if (entry.path().filename().string()[0] == '.' || entry.path().extension() == ".md" ||
            entry.path().extension() == ".txt") {
          continue;
        }
        if (fs::path found; listed_file(entry, "a submission", found)) {
          files.push_back(found);
        }
      }
      std::sort(files.begin(), files.end());
      for (auto& f : files) {
        p.submissions.push_back({f, *expected});
      }
    }
  }
  if (!reference.empty()) {
    p.reference = detail::resolve_in_pack(dir, reference, "the reference solution",
                                          detail::Kind::kFile, file + ": ");
    if (!fs::is_regular_file(p.reference)) {
      throw Error(
          fmt::format("{}: the reference solution {} does not exist", file, p.reference.string()));
    }
  } else {
    for (const auto& s : p.submissions) {
      if (s.expected == Verdict::kAccepted && p.reference.empty()) {
        p.reference = s.path;
      }
      if (s.expected == Verdict::kAccepted && s.path.extension() == ".cpp") {
        p.reference = s.path;
        break;
      }
    }
  }
  if (!p.generated.empty() && p.reference.empty()) {
    throw Error(
        fmt::format("{}: generated tests need a reference solution in "
                    "submissions/accepted/ to make their answers",
                    file));
  }
  // Follow-ups: followups/1, followups/2, ... with no gap, each confined like any folder of
  // the problem (a link out of it is refused).
  for (int n = 1;; ++n) {
    fs::path stage;
    if (!detail::confine_if_present(dir, dir / "followups" / std::to_string(n), "a follow-up",
                                    detail::Kind::kFolder, stage) ||
        !fs::is_regular_file(stage / "problem.toml", ec)) {
      break;
    }
    p.followups.push_back(stage);
  }
  return p;
}

}  // namespace

Problem load_problem(const fs::path& dir) {
  return read_problem(dir, "");
}

std::string followup_id(const std::string& id, int n) {
  return fmt::format("{}/followup-{}", id, n);
}

Problem load_followup(const Problem& main, int n) {
  if (n < 1 || static_cast<std::size_t>(n) > main.followups.size()) {
    throw Error(main.followups.empty() ? fmt::format("{} has no follow-up", main.id)
                                       : fmt::format("{} has follow-ups 1 to {}, not {}", main.id,
                                                     main.followups.size(), n),
                "'judge show ID' lists a problem's follow-ups");
  }
  Problem p =
      read_problem(main.followups[static_cast<std::size_t>(n) - 1], followup_id(main.id, n));
  p.base_id = main.id;
  p.stage = n;
  p.pack = main.pack;
  p.followups.clear();
  if (p.templates.empty()) {
    p.templates = main.templates;  // the same harness: a follow-up changes limits and tests
  }
  return p;
}

Pack load_pack(const fs::path& dir_in) {
  std::error_code ec;
  fs::path dir = fs::canonical(dir_in, ec);
  if (ec) {
    throw Error(fmt::format("cannot open the pack folder {}: {}", dir_in.string(), ec.message()));
  }
  Pack pack;
  pack.dir = dir;
  const fs::path toml_path = detail::confine(dir, dir / "pack.toml", "pack.toml");
  if (!fs::exists(toml_path)) {
    throw Error(fmt::format("{} is not a pack: it has no pack.toml", dir.string()),
                "a pack is a folder with pack.toml (name, version, description) and one folder "
                "per problem; see docs/pack-format.md");
  }
  toml::table root = detail::parse_toml_file(toml_path.string());
  detail::TableReader r(root, toml_path.string());
  pack.name = r.required_string("name");
  pack.version = r.string("version").value_or("0");
  pack.description = r.string("description").value_or("");
  r.reject_unknown_keys();
  if (!valid_problem_id(pack.name)) {
    r.fail(*root.get("name"), fmt::format("the pack name \"{}\" must be lowercase letters, "
                                          "digits and '-'",
                                          pack.name));
  }
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::error_code type_ec;
    if (!entry.is_directory(type_ec) || !is_problem_dir(entry.path())) {
      continue;  // notes, shared files: not problems
    }
    const std::string name = entry.path().filename().string();
    // A problem folder linked from elsewhere would bring that place's files into the pack.
    fs::path resolved;
    if (entry.is_symlink(type_ec)) {
      resolved = fs::canonical(entry.path(), type_ec);
      if (type_ec || !detail::is_within(dir, resolved)) {
        throw Error(fmt::format("{}: the problem folder is a link to {}, outside the pack",
                                entry.path().string(), resolved.string()),
                    "packs are untrusted input: make it a real folder of the pack");
      }
    }
    if (!valid_problem_id(name)) {
      throw Error(fmt::format("{}: the problem folder's name is not a valid problem ID",
                              entry.path().string()),
                  "a problem folder is named by its ID: lowercase letters, digits and '-', "
                  "starting with a letter (two-sum); rename the folder");
    }
    pack.problem_ids.push_back(name);
  }
  std::sort(pack.problem_ids.begin(), pack.problem_ids.end());
  return pack;
}

}  // namespace judge
