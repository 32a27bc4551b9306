#include "judge/language.h"

#include <unistd.h>

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "judge/error.h"
#include "toml_reader.h"

// judge/languages.toml, embedded by CMake (NUL-terminated).
extern "C" const char judge_builtin_languages[];

namespace judge {

namespace fs = std::filesystem;

namespace {

Language parse_language(const std::string& id, const toml::table& table, const std::string& file) {
  detail::TableReader r(table, file, fmt::format("[{}]", id));
  Language lang;
  lang.id = id;
  lang.name = r.required_string("name");
  lang.extensions = r.strings("extensions");
  lang.aliases = r.strings("aliases");
  lang.source_name = r.required_string("source");
  lang.compile = r.strings("compile");
  lang.run = r.strings("run");
  if (lang.run.empty()) {
    throw Error(fmt::format("{}[{}] needs a run command", r.location(), id), "add run = [\"...\"]");
  }
  lang.version = r.strings("version");
  lang.package = r.string("package").value_or("");
  lang.time_multiplier = r.number("time_multiplier").value_or(1.0);
  lang.time_offset = r.number("time_offset").value_or(0.0);
  if (lang.time_multiplier <= 0 || lang.time_offset < 0) {
    throw Error(
        fmt::format("{}[{}]: time_multiplier must be positive and time_offset not "
                    "negative",
                    r.location(), id),
        "the limit is the problem's times time_multiplier plus time_offset seconds: such as "
        "time_multiplier = 2.0, time_offset = 0.5");
  }
  auto mib = [&r, &id](std::string_view key, std::uint64_t fallback) {
    auto v = r.integer(key);
    if (v && *v < 0) {
      throw Error(fmt::format("{}'{}' in [{}] must not be negative", r.location(), key, id),
                  fmt::format("give {} in MiB, 0 or more", key));
    }
    return v ? static_cast<std::uint64_t>(*v) : fallback;
  };
  lang.memory_extra_mib = mib("memory_extra", 0);
  lang.address_space_mib = mib("address_space", 4096);
  lang.stack_mib = mib("stack", 0);
  lang.env = r.strings("env");
  lang.mounts = r.strings("mounts");
  lang.precompiled_header = r.string("precompiled_header").value_or("");
  lang.oom_markers = r.strings("oom_markers");
  lang.comment = r.string("comment").value_or("//");
  lang.utf8_source = r.boolean("utf8_source").value_or(false);
  r.reject_unknown_keys();
  return lang;
}

}  // namespace

std::string Language::toolchain() const {
  return compile.empty() ? run.front() : compile.front();
}

std::string_view Languages::builtin_text() {
  return judge_builtin_languages;
}

namespace {

// The languages of a file, in the order the file lists them (a TOML table iterates by key).
std::vector<Language> parse_table(const toml::table& table, const std::string& name) {
  std::vector<std::pair<std::uint32_t, Language>> ordered;
  for (const auto& [key, node] : table) {
    const auto* t = node.as_table();
    if (t == nullptr) {
      detail::TableReader r(table, name);
      r.fail(node, fmt::format("'{}' must be a table ([{}])", key.str(), key.str()),
             "each language is a table: a line [ID], then its keys (docs/languages.md)");
    }
    ordered.emplace_back(node.source().begin.line,
                         parse_language(std::string(key.str()), *t, name));
  }
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Language> result;
  for (auto& entry : ordered) {
    result.push_back(std::move(entry.second));
  }
  return result;
}

}  // namespace

Languages Languages::parse(std::string_view text, const std::string& name) {
  Languages result;
  result.languages_ = parse_table(detail::parse_toml_text(text, name), name);
  return result;
}

Languages Languages::load(const fs::path& user_file) {
  Languages result = parse(builtin_text(), "languages.toml (built in)");
  std::error_code ec;
  if (!user_file.empty() && fs::exists(user_file, ec)) {
    Languages user;
    user.languages_ = parse_table(detail::parse_toml_file(user_file.string()), user_file.string());
    result.merge(std::move(user));
  }
  return result;
}

void Languages::merge(Languages other) {
  for (auto& lang : other.languages_) {
    auto it = std::find_if(languages_.begin(), languages_.end(),
                           [&lang](const Language& l) { return l.id == lang.id; });
    if (it != languages_.end()) {
      *it = std::move(lang);
    } else {
      languages_.push_back(std::move(lang));
    }
  }
}

const Language* Languages::find(std::string_view id) const {
  for (const auto& lang : languages_) {
    if (lang.id == id) {
      return &lang;
    }
  }
  for (const auto& lang : languages_) {
    if (std::find(lang.aliases.begin(), lang.aliases.end(), id) != lang.aliases.end()) {
      return &lang;
    }
  }
  return nullptr;
}

const Language& Languages::get(std::string_view id) const {
  if (const Language* lang = find(id)) {
    return *lang;
  }
  std::vector<std::string> ids;
  for (const auto& lang : languages_) {
    ids.push_back(lang.id);
    ids.insert(ids.end(), lang.aliases.begin(), lang.aliases.end());
  }
  std::string message = fmt::format("unknown language '{}'", id);
  if (auto guess = detail::closest(id, ids)) {
    message += fmt::format(", did you mean '{}'?", *guess);
  }
  std::vector<std::string> primary;
  for (const auto& lang : languages_) {
    primary.push_back(lang.id);
  }
  throw Error(message, fmt::format("known languages: {}", fmt::join(primary, ", ")));
}

const Language* Languages::for_file(const fs::path& file) const {
  std::string ext = file.extension().string();
  if (ext.empty()) {
    return nullptr;
  }
  ext.erase(0, 1);
  for (const auto& lang : languages_) {
    if (std::find(lang.extensions.begin(), lang.extensions.end(), ext) != lang.extensions.end()) {
      return &lang;
    }
  }
  return nullptr;
}

std::string find_program(std::string_view name) {
  if (name.find('/') != std::string_view::npos) {
    return access(std::string(name).c_str(), X_OK) == 0 ? std::string(name) : std::string();
  }
  for (const char* dir : {"/usr/local/bin", "/usr/bin", "/bin"}) {
    std::string path = fmt::format("{}/{}", dir, name);
    if (access(path.c_str(), X_OK) == 0) {
      return path;
    }
  }
  return {};
}

}  // namespace judge
