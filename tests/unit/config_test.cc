// The user's config.toml: defaults, every key, and the errors a typo gets.
#include "judge/config.h"

#include <gtest/gtest.h>

#include "judge/error.h"
#include "judge/paths.h"
#include "test_support.h"

namespace {

using judge::ReferenceWhen;
using judge::TempDir;

TEST(ConfigTest, AMissingFileIsTheDefaults) {
  TempDir dir("judge-config-test");
  const auto config = judge::read_config(dir.path() / "config.toml");
  EXPECT_EQ(config.reference, ReferenceWhen::kAfterSubmission);
  EXPECT_TRUE(config.probe_after_accept);
}

TEST(ConfigTest, ReadsEveryKey) {
  TempDir dir("judge-config-test");
  const auto path = dir.path() / "config.toml";
  judge::unit::write_file(
      path, "[review]\nreference = \"after-accepted\"\n[probe]\nafter_accept = false\n");
  const auto config = judge::read_config(path);
  EXPECT_EQ(config.reference, ReferenceWhen::kAfterAccepted);
  EXPECT_FALSE(config.probe_after_accept);
  EXPECT_STREQ(judge::to_string(config.reference), "after-accepted");
}

TEST(ConfigTest, AnUnknownValueNamesItsPlaceAndTheChoices) {
  TempDir dir("judge-config-test");
  const auto path = dir.path() / "config.toml";
  judge::unit::write_file(path, "[review]\nreference = \"sometimes\"\n");
  try {
    (void)judge::read_config(path);
    FAIL() << "no error";
  } catch (const judge::Error& e) {
    EXPECT_NE(std::string(e.what()).find("config.toml:2:13"), std::string::npos) << e.what();
    EXPECT_NE(e.hint().find("\"after-submission\""), std::string::npos) << e.hint();
  }
}

TEST(ConfigTest, AMisspeltKeyIsAnError) {
  TempDir dir("judge-config-test");
  const auto path = dir.path() / "config.toml";
  judge::unit::write_file(path, "[probe]\nafter_acept = false\n");
  EXPECT_THROW((void)judge::read_config(path), judge::Error);
  judge::unit::write_file(path, "[probe]\nafter_accept = \"no\"\n");
  EXPECT_THROW((void)judge::read_config(path), judge::Error);
}

}  // namespace
