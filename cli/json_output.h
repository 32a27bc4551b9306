// The one way the command-line program writes JSON.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace cli {

/// `value` as indented JSON text. Strings that are not valid UTF-8 (a program's output, a
/// source file, an explanation or a file name in another encoding) have each bad byte replaced
/// by U+FFFD: nlohmann::json's default is to throw, which made `--json` fail (exit 3) on
/// them, and `judge history --json` fail for good once one was stored.
[[nodiscard]] inline std::string json_text(const nlohmann::json& value) {
  return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace cli
