// JSON as the command-line program writes it (cli/json_output.h).
#include "json_output.h"

#include <string>

#include <gtest/gtest.h>

namespace cli {
namespace {

// Issue 7: --json exited 3 on a byte that is not UTF-8.
TEST(JsonTextTest, ReplacesInvalidUtf8InsteadOfThrowing) {
  nlohmann::json j = {{"output", "ok \xff\xfe end"}, {"name", "sol\xe9.c"}};
  EXPECT_THROW((void)j.dump(), nlohmann::json::type_error);  // the default, for the record
  const std::string text = json_text(j);
  const nlohmann::json back = nlohmann::json::parse(text);
  EXPECT_EQ(back.at("output"), "ok \xef\xbf\xbd\xef\xbf\xbd end");
  EXPECT_EQ(back.at("name"), "sol\xef\xbf\xbd.c");
}

}  // namespace
}  // namespace cli
