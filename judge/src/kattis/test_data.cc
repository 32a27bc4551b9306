// data/sample and data/secret of a package: tests, nested groups, group settings.
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "judge/error.h"
#include "judge/kattis/package.h"
#include "kattis/scan_util.h"
#include "kattis/yaml_reader.h"
#include "pack_paths.h"
#include "toml_reader.h"

namespace judge::kattis {

namespace fs = std::filesystem;

namespace {

// Bounds on what a package may make the judge list and read. Generous for real packages
// (the largest public ones have a few hundred tests), small enough to keep a hostile one from
// making the judge list or read without end.
constexpr std::size_t kMaxTests = 20000;
constexpr std::size_t kMaxFolderEntries = 100000;
constexpr int kMaxDepth = 16;
constexpr std::size_t kMaxSettingsBytes = 64 * 1024;
constexpr std::size_t kMaxNoteBytes = 4096;  // .desc, .hint
// problemtools refuses test files above 1000 MiB ("can not be installed"); so does the judge.
constexpr std::uintmax_t kMaxTestFileBytes = 1000ULL * 1024 * 1024;

// What a folder's settings file says about the output validator, inherited by the folders
// below until one of them says otherwise.
struct GroupSettings {
  std::optional<std::vector<std::string>> validator_args;
  std::string where;  // "file:line:col: " of the args
};

class Scanner {
 public:
  Scanner(const fs::path& dir, const KattisMetadata& metadata, KattisTestData& out)
      : dir_(dir), data_(dir / "data"), metadata_(metadata), out_(out) {}

  void scan_top(const std::string& group, bool sample, const GroupSettings& inherited) {
    fs::path resolved;
    if (!judge::detail::confine_if_present(dir_, data_ / group,
                                           fmt::format("the data/{} folder", group),
                                           judge::detail::Kind::kFolder, resolved)) {
      return;
    }
    scan(data_ / group, group, sample, inherited, 0);
  }

  GroupSettings read_settings(const fs::path& folder, const std::string& group,
                              const std::set<std::string>& names, GroupSettings settings);

 private:
  void scan(const fs::path& folder, const std::string& group, bool sample, GroupSettings settings,
            int depth);
  void add_test(const fs::path& folder, const std::string& group, const std::string& base,
                bool sample, const std::set<std::string>& names, const GroupSettings& settings);
  void read_legacy_settings(detail::MapReader& r, const std::string& shown,
                            GroupSettings& settings);
  void read_new_settings(detail::MapReader& r, const std::string& shown, GroupSettings& settings);
  void read_test_yaml(const fs::path& file, KattisTest& test);
  std::string first_line(const fs::path& found, std::string_view what);
  std::string short_text(const fs::path& found, std::string_view what);
  void unsupported(std::string feature, std::string where) {
    for (const auto& u : out_.unsupported) {
      if (u.feature == feature) {
        return;
      }
    }
    out_.unsupported.push_back({std::move(feature), std::move(where)});
  }

  fs::path dir_;
  fs::path data_;
  const KattisMetadata& metadata_;
  KattisTestData& out_;
};

std::string first_line_of(std::string text) {
  const auto end = text.find('\n');
  if (end != std::string::npos) {
    text.resize(end);
  }
  while (!text.empty() && (text.back() == '\r' || text.back() == ' ' || text.back() == '\t')) {
    text.pop_back();
  }
  return text;
}

std::string trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) {
    text.pop_back();
  }
  return text;
}

// An unknown key of a settings file: a likely misspelling is an error (it would silently
// change how tests are checked), anything else a note, as problemtools warns.
void unknown_setting(const detail::MapReader& r, const std::string& key, const YAML::Node& node,
                     KattisTestData& out) {
  if (auto guess = judge::detail::closest(key, r.known_keys())) {
    r.fail(node, fmt::format("unknown key {}; did you mean '{}'?", r.key_name(key), *guess),
           "fix its spelling: a misspelt key would silently be ignored");
  }
  out.notes.push_back(fmt::format("{}unknown key {}; ignored", r.location(node), r.key_name(key)));
}

// The output validator's arguments under `key`, if the settings file has it. `words`: the
// legacy form, a string of flags.
void set_validator_args(detail::MapReader& r, std::string_view key, bool words,
                        GroupSettings& settings) {
  const YAML::Node node = r.get(key);
  if (!node.IsDefined()) {
    return;
  }
  if (words) {
    // Legacy: a string of flags. The legacy text also allows a mapping naming one of
    // several validators; the judge runs one validator.
    if (node.IsMap()) {
      r.fail(node,
             fmt::format("{} as a mapping (a validator's name and flags) is not "
                         "supported",
                         r.key_name(key)),
             "write the flags as a string: output_validator_flags: float_tolerance 1e-6");
    }
    settings.validator_args = r.strings(key, /*or_words=*/true);
  } else {
    settings.validator_args = r.strings(key);
  }
  settings.where = r.location(node);
}

}  // namespace

std::string Scanner::first_line(const fs::path& found, std::string_view what) {
  const fs::path file = judge::detail::confine(dir_, found, what);
  return detail::terminal_safe(first_line_of(detail::read_prefix(file, kMaxNoteBytes)));
}

std::string Scanner::short_text(const fs::path& found, std::string_view what) {
  const fs::path file = judge::detail::confine(dir_, found, what);
  return detail::terminal_safe(trimmed(detail::read_prefix(file, kMaxNoteBytes)));
}

GroupSettings Scanner::read_settings(const fs::path& folder, const std::string& group,
                                     const std::set<std::string>& names, GroupSettings settings) {
  const bool has_testdata = names.count("testdata.yaml") != 0;
  const bool has_test_group = names.count("test_group.yaml") != 0;
  const std::string prefix = group.empty() ? std::string("data") : "data/" + group;
  const std::string shown_testdata = prefix + "/testdata.yaml";
  const std::string shown_test_group = prefix + "/test_group.yaml";
  if (has_test_group && metadata_.format == Format::kLegacy) {
    throw Error(
        fmt::format("{}: a legacy package's group settings are in testdata.yaml", shown_test_group),
        "set problem_format_version in problem.yaml to the version the package "
        "follows (2023-07-draft or 2025-09), or rename the file");
  }
  if (has_testdata && has_test_group) {
    throw Error(fmt::format("{}: both testdata.yaml and test_group.yaml", prefix),
                "keep one: test_group.yaml is the newer name");
  }
  if (!has_testdata && !has_test_group) {
    return settings;
  }
  const std::string file_name = has_testdata ? "testdata.yaml" : "test_group.yaml";
  const std::string shown = has_testdata ? shown_testdata : shown_test_group;
  // The 2025-09 format renamed testdata.yaml to test_group.yaml; packages (the specification's
  // own examples among them) still carry the old name. Its keys are read as the new file's.
  const bool new_keys = has_test_group || metadata_.format == Format::k2025_09;
  if (has_testdata && metadata_.format == Format::k2025_09) {
    out_.notes.push_back(fmt::format("{}: read as test_group.yaml, its 2025-09 name", shown));
  }
  const fs::path file = judge::detail::confine(dir_, folder / file_name, file_name);
  detail::MapReader r(detail::load_yaml_file(file, kMaxSettingsBytes, shown), shown);
  if (!new_keys) {
    read_legacy_settings(r, shown, settings);
  } else {
    read_new_settings(r, shown, settings);
  }
  for (const auto& [key, node] : r.unknown_keys()) {
    unknown_setting(r, key, node, out_);
  }
  return settings;
}

// Legacy and 2023-07-draft: problemtools' keys.
void Scanner::read_legacy_settings(detail::MapReader& r, const std::string& shown,
                                   GroupSettings& settings) {
  set_validator_args(r, "output_validator_flags", true, settings);
  if (metadata_.format == Format::k2023_07) {
    set_validator_args(r, "output_validator_args", false, settings);
  } else if (r.has("output_validator_args")) {
    r.fail(r.get("output_validator_args"),
           "output_validator_args is the 2025-09 name; a legacy testdata.yaml has "
           "output_validator_flags",
           "write output_validator_flags: FLAGS (a string), or set problem_format_version");
  }
  if (auto grading = r.string("grading"); grading && *grading == "custom") {
    unsupported("custom grading (graders/)", detail::location(shown, r.get("grading")));
  }
  (void)r.string("on_reject");
  (void)r.string("grader_flags");
  (void)r.get("input_validator_flags");
  const bool scoring = metadata_.has_type("scoring");
  for (const char* key : {"accept_score", "reject_score", "range"}) {
    if (r.has(key) && !scoring) {
      out_.notes.push_back(
          fmt::format("{}'{}' is for scoring problems; ignored", r.location(r.get(key)), key));
    }
  }
}

// test_group.yaml, and testdata.yaml in a 2025-09 package.
void Scanner::read_new_settings(detail::MapReader& r, const std::string& shown,
                                GroupSettings& settings) {
  set_validator_args(r, "output_validator_args", false, settings);
  if (metadata_.format == Format::k2023_07 && !r.get("output_validator_args").IsDefined()) {
    set_validator_args(r, "output_validator_flags", true, settings);
  }
  if (!r.strings("args").empty()) {
    unsupported("test case arguments (args)", detail::location(shown, r.get("args")));
  }
  for (const char* key : {"max_score", "score_aggregation", "static_validation_score",
                          "require_pass", "input_validator_args", "static_validator_args",
                          "input_visualizer_args", "output_visualizer_args"}) {
    (void)r.get(key);
  }
  (void)r.boolean("full_feedback");
}

void Scanner::read_test_yaml(const fs::path& found, KattisTest& test) {
  const fs::path file = judge::detail::confine(dir_, found, "a test's settings");
  const std::string shown = "data/" + test.name + ".yaml";
  detail::MapReader r(detail::load_yaml_file(file, kMaxSettingsBytes, shown), shown);
  if (r.has("output_validator_args")) {
    test.validator_args = r.strings("output_validator_args");
    test.validator_args_where = r.location(r.get("output_validator_args"));
  }
  if (!r.strings("args").empty()) {
    unsupported("test case arguments (args)", detail::location(shown, r.get("args")));
  }
  if (auto hint = r.string("hint")) {
    test.hint = detail::terminal_safe(trimmed(hint->substr(0, kMaxNoteBytes)));
  }
  if (auto description = r.string("description")) {
    test.desc = detail::terminal_safe(first_line_of(*description));
  }
  (void)r.get("input_validator_args");
  (void)r.get("input_visualizer_args");
  (void)r.get("output_visualizer_args");
  (void)r.boolean("full_feedback");
  // The specification: unknown keys of a test's settings are errors.
  for (const auto& [key, node] : r.unknown_keys()) {
    if (auto guess = judge::detail::closest(key, r.known_keys())) {
      r.fail(node, fmt::format("unknown key {}; did you mean '{}'?", r.key_name(key), *guess));
    }
    r.fail(node, fmt::format("unknown key {}", r.key_name(key)),
           "a test's settings are args, input_validator_args, output_validator_args, "
           "input_visualizer_args, output_visualizer_args, full_feedback, hint and description");
  }
}

void Scanner::add_test(const fs::path& folder, const std::string& group, const std::string& base,
                       bool sample, const std::set<std::string>& names,
                       const GroupSettings& settings) {
  if (out_.tests.size() >= kMaxTests) {
    throw Error(fmt::format("{}: more than {} tests", (dir_ / "data").string(), kMaxTests),
                "packages are untrusted input and the judge lists them whole; this is more "
                "tests than any problem needs");
  }
  KattisTest test;
  test.name = group + "/" + base;
  test.group = group;
  test.sample = sample;
  test.input = judge::detail::confine(dir_, folder / (base + ".in"), "a test input");
  test.answer = judge::detail::confine(dir_, folder / (base + ".ans"), "a test answer");
  for (const fs::path& file : {test.input, test.answer}) {
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(file, ec);
    if (!ec && size > kMaxTestFileBytes) {
      throw Error(fmt::format("{}: {} MiB, more than the {} MiB a test file may have",
                              detail::relative(dir_, file), size >> 20, kMaxTestFileBytes >> 20),
                  "problemtools refuses such a file too; make the test smaller");
    }
  }
  if (names.count(base + ".desc") != 0) {
    test.desc = first_line(folder / (base + ".desc"), "a test description");
  }
  if (names.count(base + ".hint") != 0) {
    test.hint = short_text(folder / (base + ".hint"), "a test hint");
  }
  if (metadata_.format == Format::kLegacy) {
    test.validator_args = metadata_.validator_flags;
    test.validator_args_where = metadata_.validator_flags_where;
  }
  if (settings.validator_args) {
    test.validator_args.insert(test.validator_args.end(), settings.validator_args->begin(),
                               settings.validator_args->end());
    test.validator_args_where = settings.where;
  }
  if (metadata_.format != Format::kLegacy && names.count(base + ".yaml") != 0) {
    read_test_yaml(folder / (base + ".yaml"), test);
  }
  if (names.count(base + ".files") != 0) {
    unsupported("test case files (NAME.files)", detail::relative(dir_, folder / (base + ".files")));
  }
  out_.tests.push_back(std::move(test));
}

void Scanner::scan(const fs::path& folder, const std::string& group, bool sample,
                   GroupSettings settings, int depth) {
  if (depth > kMaxDepth) {
    throw Error(fmt::format("{}: test folders nested more than {} deep",
                            detail::relative(dir_, folder), kMaxDepth),
                "packages are untrusted input; flatten the test groups");
  }
  std::vector<std::string> skipped;
  const std::vector<detail::Entry> entries =
      detail::list_folder(folder, kMaxFolderEntries, &skipped);
  for (const auto& name : skipped) {
    if (name.size() > 3 && (name.ends_with(".in") || name.ends_with(".ans"))) {
      out_.notes.push_back(
          fmt::format("data/{}/{}: ignored, as the specification asks: a name "
                      "is letters, digits, '_', '.', '-', not starting with "
                      "'.' or '-'",
                      group, detail::terminal_safe(name)));
    }
  }
  std::set<std::string> names;
  for (const auto& e : entries) {
    names.insert(e.name);
  }
  settings = read_settings(folder, group, names, settings);
  for (const auto& e : entries) {
    if (e.is_folder) {
      if (e.is_link) {
        // The walk does not follow linked folders: a link is refused rather than left to
        // hide tests, or to lead the walk in circles (confine() names a link leaving the
        // package first).
        (void)judge::detail::confine(dir_, e.path, "a linked test folder",
                                     judge::detail::Kind::kFolder);
        throw Error(
            fmt::format("{}: a test folder may not be a link", detail::relative(dir_, e.path)),
            "make it a real folder holding the tests");
      }
      if (e.name.ends_with(".files")) {
        continue;  // a test's input files: reported with the test
      }
      scan(e.path, group + "/" + e.name, sample, settings, depth + 1);
      continue;
    }
    const fs::path file(e.name);
    const std::string ext = file.extension().string();
    const std::string base = file.stem().string();
    if (ext == ".ans") {
      // problemtools makes a test where it meets NAME.ans with a NAME.in beside it.
      if (names.count(base + ".in") != 0) {
        add_test(folder, group, base, sample, names, settings);
      } else {
        out_.notes.push_back(
            fmt::format("data/{}/{}: an answer without NAME.in; ignored", group, e.name));
      }
    } else if (ext == ".in" && names.count(base + ".ans") == 0) {
      throw Error(fmt::format("data/{}/{}: the test has no answer file ({}.ans is missing)", group,
                              e.name, base),
                  "every NAME.in needs a NAME.ans next to it");
    }
  }
}

KattisTestData scan_test_data(const fs::path& dir, const KattisMetadata& metadata) {
  KattisTestData out;
  Scanner scanner(dir, metadata, out);
  fs::path data;
  if (!judge::detail::confine_if_present(dir, dir / "data", "the data folder",
                                         judge::detail::Kind::kFolder, data)) {
    throw Error(fmt::format("{}: the package has no data folder", dir.string()),
                "an ICPC/Kattis package keeps its tests in data/sample and data/secret");
  }
  // data/testdata.yaml applies to both sample and secret (legacy and 2023-07-draft).
  std::vector<std::string> skipped;
  std::set<std::string> names;
  for (const auto& e : detail::list_folder(dir / "data", kMaxFolderEntries, &skipped)) {
    names.insert(e.name);
  }
  const GroupSettings root = scanner.read_settings(dir / "data", "", names, GroupSettings{});
  scanner.scan_top("sample", true, root);
  const std::size_t samples = out.tests.size();
  scanner.scan_top("secret", false, root);
  if (out.tests.empty()) {
    throw Error(fmt::format("{}: no test in data/sample or data/secret", dir.string()),
                "a package keeps its tests as NAME.in with NAME.ans in data/sample (shown) and "
                "data/secret (hidden)");
  }
  if (out.tests.size() == samples) {
    // problemtools requires secret data; DOMjudge's examples do without. The samples are run.
    out.notes.push_back("no test in data/secret: only the samples are run");
  }
  return out;
}

}  // namespace judge::kattis
