// Feedback messages kept as data: a [messages] table of templates with named placeholders
// ("you claimed {claimed}"), each checked when the file is read.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <toml++/toml.h>

namespace judge::coach::detail {

/// Named values for a message's placeholders.
using Args = std::vector<std::pair<std::string, std::string>>;

/// What a file must provide: each message code and the placeholders it may use.
using MessageSpec = std::map<std::string, std::vector<std::string>, std::less<>>;

class Messages {
 public:
  /// Reads `table` (the file's [messages]) against `spec`: a missing code, an unknown code or a
  /// placeholder the code does not offer is an Error naming file:line:column.
  static Messages read(const toml::table* table, const std::string& file, const MessageSpec& spec);

  /// The message `code` with its placeholders filled. `code` must be in the spec.
  [[nodiscard]] std::string render(std::string_view code, const Args& args = {}) const;

 private:
  std::map<std::string, std::string, std::less<>> templates_;
};

}  // namespace judge::coach::detail
