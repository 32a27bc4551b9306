#include "judge/config.h"

#include <array>
#include <system_error>
#include <utility>

#include <fmt/format.h>

#include "judge/error.h"
#include "toml_reader.h"

namespace judge {

namespace {

constexpr std::array<std::pair<ReferenceWhen, const char*>, 4> kReferenceWhen{{
    {ReferenceWhen::kAfterSubmission, "after-submission"},
    {ReferenceWhen::kAfterAccepted, "after-accepted"},
    {ReferenceWhen::kAlways, "always"},
    {ReferenceWhen::kNever, "never"},
}};

ReferenceWhen reference_when(const toml::table& table, detail::TableReader& review) {
  const auto text = review.string("reference");
  if (!text) {
    return UserConfig{}.reference;
  }
  for (const auto& [when, name] : kReferenceWhen) {
    if (*text == name) {
      return when;
    }
  }
  std::string names;
  for (const auto& [when, name] : kReferenceWhen) {
    names += fmt::format("{}\"{}\"", names.empty() ? "" : ", ", name);
  }
  review.fail(*table.get("reference"), fmt::format("unknown value \"{}\"", *text),
              "write one of " + names);
}

}  // namespace

const char* to_string(ReferenceWhen when) noexcept {
  for (const auto& [w, name] : kReferenceWhen) {
    if (w == when) {
      return name;
    }
  }
  return "?";
}

UserConfig read_config(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return {};
  }
  const toml::table doc = detail::parse_toml_file(path.string());
  detail::TableReader top(doc, path.string());
  UserConfig config;
  if (const toml::table* t = top.table("review")) {
    detail::TableReader review(*t, path.string(), "[review]");
    config.reference = reference_when(*t, review);
    review.reject_unknown_keys();
  }
  if (const toml::table* t = top.table("probe")) {
    detail::TableReader probe(*t, path.string(), "[probe]");
    config.probe_after_accept = probe.boolean("after_accept").value_or(config.probe_after_accept);
    probe.reject_unknown_keys();
  }
  top.reject_unknown_keys();
  return config;
}

}  // namespace judge
