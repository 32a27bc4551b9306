#include "judge/kattis/metadata.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "judge/error.h"
#include "judge/kattis/default_validator.h"
#include "kattis/yaml_reader.h"
#include "pack_paths.h"
#include "toml_reader.h"

namespace judge::kattis {

namespace fs = std::filesystem;

namespace {

// problem.yaml is a screenful of metadata; anything much larger is not one.
constexpr std::size_t kMaxYamlBytes = 64 * 1024;

constexpr const char* kFormatsHint =
    "the judge reads problem_format_version legacy (or none), 2023-07-draft (or 2023-07) and "
    "2025-09; see docs/kattis.md";

const std::vector<std::string> kLegacyKeys = {"problem_format_version",
                                              "type",
                                              "name",
                                              "uuid",
                                              "author",
                                              "source",
                                              "source_url",
                                              "license",
                                              "rights_owner",
                                              "limits",
                                              "validation",
                                              "validator_flags",
                                              "grading",
                                              "keywords"};
const std::vector<std::string> kNewKeys = {"problem_format_version",
                                           "type",
                                           "name",
                                           "uuid",
                                           "version",
                                           "credits",
                                           "source",
                                           "source_url",
                                           "license",
                                           "rights_owner",
                                           "embargo_until",
                                           "limits",
                                           "keywords",
                                           "languages",
                                           "allow_file_writing",
                                           "constants"};

const std::vector<std::string> kTypes = {"pass-fail", "scoring", "interactive", "multi-pass",
                                         "submit-answer"};
const std::vector<std::string> kLicenses = {"unknown",  "public domain", "cc0",       "cc by",
                                            "cc by-sa", "educational",   "permission"};

std::string at(const detail::MapReader& r, const YAML::Node& node) {
  std::string where = r.location(node);
  // "file:line:col: " -> "file:line:col", for Unsupported::where.
  while (!where.empty() && (where.back() == ' ' || where.back() == ':')) {
    where.pop_back();
  }
  return where;
}

void add_unsupported(KattisMetadata& m, std::string feature, std::string where) {
  for (const auto& u : m.unsupported) {
    if (u.feature == feature) {
      return;
    }
  }
  m.unsupported.push_back({std::move(feature), std::move(where)});
}

Format parse_format(detail::MapReader& r, KattisMetadata& m) {
  const YAML::Node node = r.get("problem_format_version");
  if (!node.IsDefined()) {
    m.format_version = "legacy";
    return Format::kLegacy;
  }
  if (!node.IsScalar()) {
    r.wrong_type(node, "problem_format_version", "a string such as \"2023-07-draft\"");
  }
  m.format_version = node.Scalar();
  const std::string& v = m.format_version;
  if (v == "legacy" || v == "legacy-icpc") {
    return Format::kLegacy;
  }
  if (v == "2023-07-draft" || v == "2023-07") {
    return Format::k2023_07;
  }
  if (v == "2025-09" || v == "2025-09-draft") {
    return Format::k2025_09;
  }
  r.fail(node, fmt::format("unknown problem_format_version {}", detail::describe(node)),
         kFormatsHint);
}

// A positive finite number within [low, high], or the error names the key and the range.
double bounded(detail::MapReader& r, std::string_view key, double value, double low, double high,
               bool low_inclusive, const std::string& unit) {
  const bool above = low_inclusive ? value >= low : value > low;
  if (!(above && value <= high)) {  // NaN fails too
    r.fail(r.get(key),
           fmt::format("{} must be {} {:g} and at most {:g}{}, got {:g}", r.key_name(key),
                       low_inclusive ? "at least" : "more than", low, high, unit, value),
           "change it in problem.yaml (see docs/kattis.md for the limits the judge reads)");
  }
  return value;
}

std::optional<std::uint64_t> whole(detail::MapReader& r, std::string_view key, std::int64_t low,
                                   std::int64_t high, const std::string& unit) {
  auto value = r.integer(key);
  if (!value) {
    return std::nullopt;
  }
  if (*value < low || *value > high) {
    r.fail(r.get(key),
           fmt::format("{} must be between {} and {}{}, got {}", r.key_name(key), low, high, unit,
                       *value),
           "change it in problem.yaml (see docs/kattis.md for the limits the judge reads)");
  }
  return static_cast<std::uint64_t>(*value);
}

// An unknown key: a likely typo of a known one, a key of another version of the format that
// matters there (an error: the author meant something the judge would silently not do), or
// one that does not (a note).
void unknown_key(const detail::MapReader& r, const std::string& key, const YAML::Node& node,
                 const std::vector<std::string>& known,
                 const std::map<std::string, std::string>& other_format_errors,
                 const std::set<std::string>& other_format_notes, KattisMetadata& m) {
  if (auto it = other_format_errors.find(key); it != other_format_errors.end()) {
    r.fail(node,
           fmt::format("{} is not a key of problem_format_version {}", r.key_name(key),
                       m.format_version),
           it->second);
  }
  if (other_format_notes.count(key) != 0) {
    m.notes.push_back(fmt::format("{}{} belongs to another version of the format; ignored",
                                  r.location(node), r.key_name(key)));
    return;
  }
  if (auto guess = judge::detail::closest(key, known)) {
    r.fail(node, fmt::format("unknown key {}; did you mean '{}'?", r.key_name(key), *guess),
           "fix its spelling: a misspelt key would silently be ignored");
  }
  r.fail(node, fmt::format("unknown key {}", r.key_name(key)),
         fmt::format("the keys of problem_format_version {} here are: {}; remove it or see "
                     "docs/kattis.md",
                     m.format_version, fmt::join(known, ", ")));
}

void parse_types(detail::MapReader& r, KattisMetadata& m) {
  const YAML::Node node = r.get("type");
  std::vector<std::string> types = r.strings("type", /*or_words=*/true);
  std::set<std::string> seen;
  for (const auto& t : types) {
    if (std::find(kTypes.begin(), kTypes.end(), t) == kTypes.end()) {
      r.fail(node, fmt::format("unknown problem type \"{}\"", t),
             "the types are pass-fail, scoring, interactive, multi-pass and submit-answer");
    }
    if (!seen.insert(t).second) {
      r.fail(node, fmt::format("the problem type \"{}\" is listed twice", t), "list it once");
    }
  }
  if (seen.count("pass-fail") != 0 && seen.count("scoring") != 0) {
    r.fail(node, "a problem cannot be both pass-fail and scoring", "keep one of the two");
  }
  if (seen.count("submit-answer") != 0 &&
      (seen.count("interactive") != 0 || seen.count("multi-pass") != 0)) {
    r.fail(node, "submit-answer cannot be combined with interactive or multi-pass",
           "keep the type the problem has");
  }
  if (seen.count("scoring") == 0 && seen.count("pass-fail") == 0) {
    types.insert(types.begin(), "pass-fail");  // implied, as the specification says
  }
  m.types = types;
  for (const auto& t : m.types) {
    if (t != "pass-fail") {
      add_unsupported(m, t, at(r, node));
    }
  }
}

void parse_legacy_validation(detail::MapReader& r, KattisMetadata& m) {
  const YAML::Node node = r.get("validation");
  if (!node.IsDefined()) {
    return;
  }
  if (!node.IsScalar()) {
    r.wrong_type(node, "validation", "a string such as \"custom\"");
  }
  const std::vector<std::string> words = split_words(node.Scalar());
  constexpr const char* kHint =
      "validation is \"default\", or \"custom\" optionally followed by \"interactive\" and "
      "\"score\"";
  if (words.empty() || (words[0] != "default" && words[0] != "custom")) {
    r.fail(node,
           fmt::format("'validation' must start with default or custom, got {}",
                       detail::describe(node)),
           kHint);
  }
  if (words[0] == "default" && words.size() > 1) {
    r.fail(
        node,
        fmt::format("'validation: default' takes nothing after it, got {}", detail::describe(node)),
        kHint);
  }
  m.custom_validation = words[0] == "custom";
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (words[i] == "interactive") {
      if (!m.has_type("interactive")) {
        m.types.push_back("interactive");
      }
      add_unsupported(m, "interactive", at(r, node));
    } else if (words[i] == "score") {
      add_unsupported(m, "custom scores (validation: custom score)", at(r, node));
    } else if (words[i] == "multi-pass") {
      // DOMjudge writes its multi-pass problems this way.
      if (!m.has_type("multi-pass")) {
        m.types.push_back("multi-pass");
      }
      add_unsupported(m, "multi-pass", at(r, node));
    } else {
      r.fail(node, fmt::format("unknown word \"{}\" in 'validation'", words[i]), kHint);
    }
  }
}

void parse_limits(detail::MapReader& top, KattisMetadata& m) {
  const YAML::Node node = top.map("limits");
  detail::MapReader r(node, top.file(), "limits");
  KattisLimits& l = m.limits;
  const bool legacy = m.format == Format::kLegacy;
  if (legacy) {
    l.ac_to_time_limit = 5.0;
    l.time_limit_to_tle = 2.0;
    if (auto v = r.number("time_multiplier")) {
      l.ac_to_time_limit = bounded(r, "time_multiplier", *v, 0, 100, false, "");
    }
    if (auto v = r.number("time_safety_margin")) {
      l.time_limit_to_tle = bounded(r, "time_safety_margin", *v, 0, 100, false, "");
    }
  } else {
    l.ac_to_time_limit = 2.0;
    l.time_limit_to_tle = 1.5;
    detail::MapReader t(r.map("time_multipliers"), top.file(), "limits.time_multipliers");
    if (auto v = t.number("ac_to_time_limit")) {
      l.ac_to_time_limit = bounded(t, "ac_to_time_limit", *v, 1, 100, true, "");
    }
    if (auto v = t.number("time_limit_to_tle")) {
      l.time_limit_to_tle = bounded(t, "time_limit_to_tle", *v, 1, 100, true, "");
    }
    for (const auto& [key, key_node] : t.unknown_keys()) {
      unknown_key(t, key, key_node, t.known_keys(), {}, {}, m);
    }
    if (auto v = r.number("time_limit")) {
      // The judge's own packs allow at most 60 seconds a test; so does this.
      l.time_limit = bounded(r, "time_limit", *v, 0, 60, false, " seconds");
    }
    if (auto v = r.number("time_resolution")) {
      l.time_resolution = bounded(r, "time_resolution", *v, 0, 60, false, " seconds");
    }
  }
  if (auto v = whole(r, "memory", 16, 16384, " MiB")) {
    l.memory_mib = *v;
    l.memory_set = true;
  }
  if (auto v = whole(r, "output", 1, 1 << 20, " MiB")) {
    l.output_mib = *v;
    l.output_set = true;
  }
  if (auto v = whole(r, "code", 1, 1 << 20, " KiB")) {
    l.code_kib = *v;
  }
  l.compilation_time_s = whole(r, "compilation_time", 1, 3600, " seconds");
  l.compilation_memory_mib = whole(r, "compilation_memory", 1, 1 << 20, " MiB");
  l.validation_time_s = whole(r, "validation_time", 1, 3600, " seconds");
  l.validation_memory_mib = whole(r, "validation_memory", 1, 1 << 20, " MiB");
  l.validation_output_mib = whole(r, "validation_output", 1, 1 << 20, " MiB");
  // A key of the newer formats, which DOMjudge's legacy multi-pass packages also write.
  l.validation_passes = whole(r, "validation_passes", 2, 1000, "");

  const std::map<std::string, std::string> other_format =
      legacy
          ? std::map<std::string, std::string>{{"time_limit",
                                                "a legacy package fixes its time limit in a "
                                                ".timelimit file (or move to "
                                                "problem_format_version 2023-07-draft, where "
                                                "limits.time_limit exists)"},
                                               {"time_multipliers",
                                                "legacy packages write limits.time_multiplier and "
                                                "limits.time_safety_margin"},
                                               {"time_resolution",
                                                "legacy limits are whole seconds; remove it"}}
          : std::map<std::string, std::string>{
                {"time_multiplier",
                 "since 2023-07 this is limits.time_multipliers.ac_to_time_limit"},
                {"time_safety_margin",
                 "since 2023-07 this is limits.time_multipliers.time_limit_to_tle"}};
  for (const auto& [key, key_node] : r.unknown_keys()) {
    unknown_key(r, key, key_node, r.known_keys(), other_format, {}, m);
  }
}

void parse_legacy_grading(detail::MapReader& top, KattisMetadata& m) {
  const YAML::Node node = top.map("grading");
  if (!node.IsDefined()) {
    return;
  }
  detail::MapReader r(node, top.file(), "grading");
  (void)r.string("objective");
  (void)r.boolean("show_test_data_groups");
  (void)r.number("accept_score");
  (void)r.number("reject_score");
  (void)r.string("range");
  (void)r.string("on_reject");
  for (const auto& [key, key_node] : r.unknown_keys()) {
    unknown_key(r, key, key_node, r.known_keys(), {}, {}, m);
  }
  if (!m.has_type("scoring")) {
    m.notes.push_back(
        fmt::format("{}'grading' is for scoring problems; ignored", r.location(node)));
  }
}

// A person: "Name <email>" or a mapping with a name.
std::string person(const detail::MapReader& r, const YAML::Node& node, std::string_view key) {
  if (node.IsScalar()) {
    return node.Scalar();
  }
  if (node.IsMap()) {
    detail::MapReader p(node, r.file(), std::string(key));
    auto name = p.string("name");
    (void)p.string("email");
    (void)p.string("orcid");
    (void)p.string("kattis");
    if (name) {
      return *name;
    }
  }
  r.fail(node,
         fmt::format("a person in '{}' must be a name or a mapping with a name, got {}", key,
                     detail::describe(node)),
         "write \"Name <email>\" or name: Name");
}

std::vector<std::string> persons(const detail::MapReader& r, const YAML::Node& node,
                                 std::string_view key) {
  std::vector<std::string> result;
  if (node.IsSequence()) {
    for (const auto& element : node) {
      result.push_back(person(r, element, key));
    }
  } else if (node.IsDefined() && !node.IsNull()) {
    result.push_back(person(r, node, key));
  }
  return result;
}

void parse_credits(detail::MapReader& top, KattisMetadata& m) {
  const YAML::Node node = top.get("credits");
  if (!node.IsDefined()) {
    return;
  }
  if (node.IsScalar()) {
    m.authors.push_back(node.Scalar());
    return;
  }
  detail::MapReader r(node, top.file(), "credits");
  m.authors = persons(r, r.get("authors"), "credits.authors");
  for (const char* key : {"contributors", "testers", "packagers", "acknowledgements"}) {
    (void)persons(r, r.get(key), key);
  }
  detail::MapReader translators(r.map("translators"), top.file(), "credits.translators");
  for (const auto& [language, language_node] : translators.unknown_keys()) {
    (void)persons(translators, translators.get(language), "credits.translators");
  }
  for (const auto& [key, key_node] : r.unknown_keys()) {
    unknown_key(r, key, key_node, r.known_keys(), {}, {}, m);
  }
}

void parse_source(detail::MapReader& top, KattisMetadata& m) {
  const YAML::Node node = top.get("source");
  if (!node.IsDefined()) {
    return;
  }
  auto one = [&](const YAML::Node& entry) {
    if (entry.IsScalar()) {
      m.sources.push_back(entry.Scalar());
      return;
    }
    if (entry.IsMap() && m.format != Format::kLegacy) {
      detail::MapReader s(entry, top.file(), "source");
      auto name = s.string("name");
      auto url = s.string("url");
      for (const auto& [key, key_node] : s.unknown_keys()) {
        unknown_key(s, key, key_node, s.known_keys(), {}, {}, m);
      }
      if (!name) {
        s.fail(entry, "a source needs a name", "add name: (the contest or course)");
      }
      m.sources.push_back(*name);
      if (url && m.source_url.empty()) {
        m.source_url = *url;
      }
      return;
    }
    top.wrong_type(entry, "source",
                   m.format == Format::kLegacy ? "a string" : "a string, a list, or name and url");
  };
  if (node.IsSequence() && m.format != Format::kLegacy) {
    for (const auto& entry : node) {
      one(entry);
    }
  } else {
    one(node);
  }
}

void parse_names(detail::MapReader& r, KattisMetadata& m) {
  const YAML::Node node = r.get("name");
  if (!node.IsDefined()) {
    if (m.format != Format::kLegacy) {
      m.notes.push_back(fmt::format("{}no 'name': the problem is named by its statement or folder",
                                    r.location()));
    }
    return;
  }
  if (node.IsScalar()) {
    m.names["en"] = node.Scalar();
    return;
  }
  if (!node.IsMap()) {
    r.wrong_type(node, "name", "a string, or a mapping from language codes to names");
  }
  detail::MapReader names(node, r.file(), "name");
  for (const auto& [language, key_node] : names.unknown_keys()) {
    auto value = names.string(language);
    if (value) {
      m.names[language] = *value;
    }
  }
}

KattisMetadata parse_root(const YAML::Node& root, const std::string& file) {
  KattisMetadata m;
  m.file = file;
  detail::MapReader r(root, file);
  m.format = parse_format(r, m);
  const bool legacy = m.format == Format::kLegacy;

  parse_types(r, m);
  parse_names(r, m);
  parse_limits(r, m);
  m.uuid = r.string("uuid").value_or("");
  m.rights_owner = r.string("rights_owner").value_or("");
  if (auto license = r.string("license")) {
    m.license = *license;
    if (std::find(kLicenses.begin(), kLicenses.end(), m.license) == kLicenses.end()) {
      m.notes.push_back(fmt::format("{}unknown license \"{}\"; shown as written",
                                    r.location(r.get("license")), m.license));
    }
  }
  parse_source(r, m);
  if (legacy) {
    parse_legacy_validation(r, m);
    if (const YAML::Node flags = r.get("validator_flags"); flags.IsDefined()) {
      m.validator_flags = r.strings("validator_flags", /*or_words=*/true);
      m.validator_flags_where = r.location(flags);
    }
    if (auto author = r.string("author")) {
      m.authors = {*author};
    }
    m.source_url = r.string("source_url").value_or(m.source_url);
    m.keywords = r.strings("keywords", /*or_words=*/true);
    parse_legacy_grading(r, m);
  } else {
    m.version = r.string("version").value_or("");
    parse_credits(r, m);
    if (auto url = r.string("source_url"); url && m.source_url.empty()) {
      m.source_url = *url;  // not in the 2025-09 table, but the specification's examples use it
    }
    (void)r.string("embargo_until");
    m.keywords = r.strings("keywords", /*or_words=*/true);
    m.languages = r.strings("languages", /*or_words=*/true);
    if (m.languages.size() == 1 && m.languages[0] == "all") {
      m.languages.clear();
    }
    m.allow_file_writing = r.boolean("allow_file_writing").value_or(false);
    const YAML::Node constants = r.map("constants");
    if (constants.IsDefined() && constants.size() > 0) {
      // {{name}} in statements, validators and submissions would stay unreplaced.
      add_unsupported(m, "constants ({{name}} placeholders)", at(r, constants));
    }
  }

  const std::map<std::string, std::string> other_format_errors =
      legacy ? std::map<std::string, std::string>{}
             : std::map<std::string, std::string>{
                   {"validation",
                    "since 2023-07 a custom validator is the program in output_validator/, and "
                    "interactive is a value of 'type'"},
                   {"validator_flags",
                    "since 2023-07 the validator's flags are output_validator_args in "
                    "data/test_group.yaml (output_validator_flags in testdata.yaml for "
                    "2023-07-draft)"},
                   {"grading", "since 2023-07 scoring is configured in test_group.yaml"}};
  const std::set<std::string> other_format_notes = legacy
                                                       ? std::set<std::string>{"credits",
                                                                               "version",
                                                                               "embargo_until",
                                                                               "languages",
                                                                               "allow_file_writing",
                                                                               "constants"}
                                                       : std::set<std::string>{"author"};
  const std::vector<std::string>& known = legacy ? kLegacyKeys : kNewKeys;
  for (const auto& [key, node] : r.unknown_keys()) {
    unknown_key(r, key, node, known, other_format_errors, other_format_notes, m);
  }
  return m;
}

}  // namespace

std::string_view to_string(Format format) noexcept {
  switch (format) {
    case Format::kLegacy:
      return "legacy";
    case Format::k2023_07:
      return "2023-07-draft";
    case Format::k2025_09:
      return "2025-09";
  }
  return "?";
}

std::string KattisMetadata::name(std::string_view language) const {
  if (auto it = names.find(std::string(language)); it != names.end()) {
    return it->second;
  }
  if (auto it = names.find("en"); it != names.end()) {
    return it->second;
  }
  return names.empty() ? std::string() : names.begin()->second;
}

bool KattisMetadata::has_type(std::string_view type) const {
  return std::find(types.begin(), types.end(), type) != types.end();
}

KattisMetadata parse_metadata(std::string_view text, const std::string& file) {
  if (text.size() > kMaxYamlBytes) {
    throw Error(fmt::format("{}: the file is larger than {} KiB", file, kMaxYamlBytes / 1024),
                "problem.yaml is a screenful of metadata; shorten it");
  }
  return parse_root(detail::parse_yaml(text, file), file);
}

KattisMetadata read_metadata(const fs::path& dir_in) {
  std::error_code ec;
  const fs::path dir = fs::canonical(dir_in, ec);
  if (ec) {
    throw Error(fmt::format("cannot open the package folder {}: {}", dir_in.string(), ec.message()),
                "check the path");
  }
  const fs::path file = judge::detail::confine(dir, dir / "problem.yaml", "problem.yaml");
  if (!fs::exists(file, ec)) {
    throw Error(
        fmt::format("{} is not an ICPC/Kattis package: it has no problem.yaml", dir.string()),
        "see docs/kattis.md for the layout of a package");
  }
  const std::string shown = (dir / "problem.yaml").string();
  return parse_root(detail::load_yaml_file(file, kMaxYamlBytes, shown), shown);
}

void require_supported(const std::vector<Unsupported>& unsupported, const std::string& package) {
  if (unsupported.empty()) {
    return;
  }
  std::vector<std::string> parts;
  for (const auto& u : unsupported) {
    parts.push_back(u.where.empty() ? u.feature : fmt::format("{} ({})", u.feature, u.where));
  }
  throw Error(fmt::format("{}: the judge does not support {}", package, fmt::join(parts, ", ")),
              "the judge runs pass-fail problems whose output is checked after the run; see "
              "docs/kattis.md for what is supported and why");
}

}  // namespace judge::kattis
