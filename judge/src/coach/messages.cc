#include "messages.h"

#include <fmt/args.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "judge/error.h"
#include "toml_reader.h"

namespace judge::coach::detail {
namespace {

std::string format_with(const std::string& text, const Args& args) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& [name, value] : args) {
    store.push_back(fmt::arg(name.c_str(), value));
  }
  return fmt::vformat(text, store);
}

}  // namespace

Messages Messages::read(const toml::table* table, const std::string& file,
                        const MessageSpec& spec) {
  if (table == nullptr) {
    throw Error(fmt::format("{}: missing the [messages] table", file),
                "copy [messages] from the built-in file and edit the texts");
  }
  judge::detail::TableReader reader(*table, file, "[messages]");
  Messages messages;
  for (const auto& [code, names] : spec) {
    const toml::node* node = table->get(code);
    std::string text = reader.required_string(code);
    // Fill every placeholder the code offers: an unknown {name} or a stray brace fails here,
    // when the file is read, and not in the middle of a candidate's feedback.
    Args sample;
    for (const auto& name : names) {
      sample.emplace_back(name, "x");
    }
    try {
      (void)format_with(text, sample);
    } catch (const fmt::format_error& e) {
      throw Error(
          fmt::format("{}message '{}' does not format: {}", reader.location(*node), code, e.what()),
          names.empty() ? std::string("this message takes no {placeholders}; write {{ for a brace")
                        : fmt::format("its placeholders are {{{}}}", fmt::join(names, "}, {")));
    }
    messages.templates_.emplace(code, std::move(text));
  }
  reader.reject_unknown_keys();
  return messages;
}

std::string Messages::render(std::string_view code, const Args& args) const {
  auto it = templates_.find(code);
  if (it == templates_.end()) {
    return std::string(code);  // cannot happen for a code in the spec
  }
  return format_with(it->second, args);
}

}  // namespace judge::coach::detail
