// Reading the numbers of the coaching rule files (star.toml, explanation.toml): a missing key
// keeps the built-in value, an out-of-range one is an error at its position.
#pragma once

#include <cstddef>
#include <string_view>

#include <fmt/format.h>

#include "toml_reader.h"

namespace judge::coach {

/// A whole number of at least `least` under `key` of `t`, or `fallback` when absent.
inline std::size_t read_count(judge::detail::TableReader& r, const toml::table& t,
                              std::string_view key, std::size_t fallback, long long least) {
  auto v = r.integer(key);
  if (!v) {
    return fallback;
  }
  if (*v < least) {
    r.fail(*t.get(key), fmt::format("{} must be at least {}", r.key_name(key), least),
           fmt::format("write a whole number of {} or more", least));
  }
  return static_cast<std::size_t>(*v);
}

/// A number in (0, most] under `key` of `t`, or `fallback` when absent.
inline double read_positive(judge::detail::TableReader& r, const toml::table& t,
                            std::string_view key, double fallback, double most) {
  auto v = r.number(key);
  if (!v) {
    return fallback;
  }
  if (*v <= 0 || *v > most) {
    r.fail(*t.get(key), fmt::format("{} must be above 0 and at most {}", r.key_name(key), most),
           fmt::format("write a number in (0, {}]", most));
  }
  return *v;
}

}  // namespace judge::coach
