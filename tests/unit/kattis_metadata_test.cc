// problem.yaml of ICPC/Kattis packages (kattis/metadata.cc, kattis/yaml_reader.cc): the three
// versions of the format, strict errors with their position, unsupported features.
#include <string>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "judge/error.h"
#include "judge/kattis/metadata.h"
#include "judge/paths.h"
#include "test_support.h"

namespace judge::kattis {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using unit::error_of;
using unit::hint_of;

KattisMetadata parse(const std::string& yaml) {
  return parse_metadata(yaml, "problem.yaml");
}

std::string error(const std::string& yaml) {
  return error_of([&] { (void)parse(yaml); });
}

std::string hint(const std::string& yaml) {
  return hint_of([&] { (void)parse(yaml); });
}

std::vector<std::string> features(const KattisMetadata& m) {
  std::vector<std::string> out;
  for (const auto& u : m.unsupported) {
    out.push_back(u.feature);
  }
  return out;
}

TEST(KattisMetadataTest, AnEmptyFileIsALegacyPackageWithDefaults) {
  const KattisMetadata m = parse("");
  EXPECT_EQ(m.format, Format::kLegacy);
  EXPECT_EQ(m.format_version, "legacy");
  EXPECT_THAT(m.types, ElementsAre("pass-fail"));
  EXPECT_FALSE(m.custom_validation);
  EXPECT_TRUE(m.validator_flags.empty());
  EXPECT_EQ(m.limits.ac_to_time_limit, 5.0);
  EXPECT_EQ(m.limits.time_limit_to_tle, 2.0);
  EXPECT_EQ(m.limits.time_resolution, 1.0);
  EXPECT_FALSE(m.limits.time_limit);
  EXPECT_EQ(m.limits.memory_mib, 1024u);
  EXPECT_FALSE(m.limits.memory_set);
  EXPECT_EQ(m.limits.output_mib, 8u);
  EXPECT_EQ(m.license, "unknown");
  EXPECT_TRUE(m.unsupported.empty());
  EXPECT_TRUE(m.notes.empty());
  EXPECT_EQ(m.name(), "");
}

TEST(KattisMetadataTest, ReadsEveryLegacyKey) {
  const KattisMetadata m = parse(R"(problem_format_version: legacy
type: pass-fail
name: A Different Problem
uuid: 1b3c
author: Ann Author and Bo Builder
source: Some Contest 2015
source_url: https://contest.example
license: cc by-sa
rights_owner: Some University
keywords: graphs shortest-paths
validation: custom
validator_flags: float_tolerance 1e-4
limits:
  time_multiplier: 3
  time_safety_margin: 4
  memory: 512
  output: 16
  code: 256
  compilation_time: 60
  compilation_memory: 2048
  validation_time: 30
  validation_memory: 1024
  validation_output: 8
)");
  EXPECT_EQ(m.format, Format::kLegacy);
  EXPECT_EQ(m.name(), "A Different Problem");
  EXPECT_EQ(m.uuid, "1b3c");
  EXPECT_THAT(m.authors, ElementsAre("Ann Author and Bo Builder"));
  EXPECT_THAT(m.sources, ElementsAre("Some Contest 2015"));
  EXPECT_EQ(m.source_url, "https://contest.example");
  EXPECT_EQ(m.license, "cc by-sa");
  EXPECT_EQ(m.rights_owner, "Some University");
  EXPECT_THAT(m.keywords, ElementsAre("graphs", "shortest-paths"));
  EXPECT_TRUE(m.custom_validation);
  EXPECT_THAT(m.validator_flags, ElementsAre("float_tolerance", "1e-4"));
  EXPECT_EQ(m.validator_flags_where, "problem.yaml:12:18: ");
  EXPECT_EQ(m.limits.ac_to_time_limit, 3.0);
  EXPECT_EQ(m.limits.time_limit_to_tle, 4.0);
  EXPECT_EQ(m.limits.memory_mib, 512u);
  EXPECT_TRUE(m.limits.memory_set);
  EXPECT_EQ(m.limits.output_mib, 16u);
  EXPECT_EQ(m.limits.code_kib, 256u);
  EXPECT_EQ(m.limits.compilation_time_s, 60u);
  EXPECT_EQ(m.limits.validation_time_s, 30u);
  EXPECT_TRUE(m.unsupported.empty());
}

TEST(KattisMetadataTest, ReadsThe2023Format) {
  for (const char* version : {"2023-07-draft", "2023-07"}) {
    SCOPED_TRACE(version);
    const KattisMetadata m = parse(fmt::format(R"(problem_format_version: {}
name:
  en: Guess the Number
  sv: Gissa talet
uuid: 5ca6ba5b-36d5-4eff-8aa7-d967cbc4375e
type: [pass-fail]
credits:
  authors:
    - Ann Author <ann@example.com>
    - name: Bo Builder
      email: bo@example.com
  testers: Tess Tester
  translators:
    sv: Sven Svensson
source:
  - name: Contest 2023
    url: https://contest.example
  - Archive
license: cc by
keywords: [binary search, interaction]
languages: [cpp, python3]
allow_file_writing: true
limits:
  time_multipliers:
    ac_to_time_limit: 3
    time_limit_to_tle: 4
  time_limit: 2.5
  time_resolution: 0.5
  memory: 2048
)",
                                               version));
    EXPECT_EQ(m.format, Format::k2023_07);
    EXPECT_EQ(m.format_version, version);
    EXPECT_EQ(m.name(), "Guess the Number");
    EXPECT_EQ(m.name("sv"), "Gissa talet");
    EXPECT_EQ(m.name("de"), "Guess the Number");
    EXPECT_THAT(m.authors, ElementsAre("Ann Author <ann@example.com>", "Bo Builder"));
    EXPECT_THAT(m.sources, ElementsAre("Contest 2023", "Archive"));
    EXPECT_EQ(m.source_url, "https://contest.example");
    EXPECT_THAT(m.keywords, ElementsAre("binary search", "interaction"));
    EXPECT_THAT(m.languages, ElementsAre("cpp", "python3"));
    EXPECT_TRUE(m.allow_file_writing);
    EXPECT_EQ(m.limits.ac_to_time_limit, 3.0);
    EXPECT_EQ(m.limits.time_limit_to_tle, 4.0);
    EXPECT_EQ(m.limits.time_limit, 2.5);
    EXPECT_EQ(m.limits.time_resolution, 0.5);
    EXPECT_EQ(m.limits.memory_mib, 2048u);
    EXPECT_TRUE(m.unsupported.empty());
  }
}

TEST(KattisMetadataTest, ReadsThe2025FormatWithItsDefaults) {
  const KattisMetadata m = parse(R"(problem_format_version: 2025-09
name: Hello
uuid: 117b564d-429b-44d4-bf8c-c264a3703e07
credits: Ann Author
source: {name: Contest 2025}
languages: all
)");
  EXPECT_EQ(m.format, Format::k2025_09);
  EXPECT_EQ(m.name(), "Hello");
  EXPECT_THAT(m.authors, ElementsAre("Ann Author"));
  EXPECT_THAT(m.sources, ElementsAre("Contest 2025"));
  EXPECT_TRUE(m.languages.empty());  // all
  EXPECT_EQ(m.limits.ac_to_time_limit, 2.0);
  EXPECT_EQ(m.limits.time_limit_to_tle, 1.5);
  EXPECT_EQ(m.limits.time_resolution, 1.0);
  EXPECT_FALSE(m.limits.time_limit);
}

TEST(KattisMetadataTest, ListsUnsupportedFeaturesWithTheirPlace) {
  const KattisMetadata interactive = parse("validation: custom interactive\n");
  EXPECT_THAT(features(interactive), ElementsAre("interactive"));
  EXPECT_EQ(interactive.unsupported[0].where, "problem.yaml:1:13");
  EXPECT_TRUE(interactive.custom_validation);
  EXPECT_TRUE(interactive.has_type("interactive"));
  EXPECT_THAT(features(parse("validation: custom score\ntype: scoring\n")),
              ElementsAre("scoring", "custom scores (validation: custom score)"));
  // DOMjudge's way of writing a multi-pass legacy package.
  EXPECT_THAT(features(parse("validation: custom multi-pass\nlimits:\n  validation_passes: 26\n")),
              ElementsAre("multi-pass"));
  EXPECT_THAT(features(parse("problem_format_version: 2023-07-draft\ntype: interactive\n")),
              ElementsAre("interactive"));
  // The specification's examples write several types in one string.
  EXPECT_THAT(features(parse("problem_format_version: 2025-09\ntype: pass-fail multi-pass\n")),
              ElementsAre("multi-pass"));
  EXPECT_THAT(features(parse("problem_format_version: 2025-09\ntype: [submit-answer]\n")),
              ElementsAre("submit-answer"));
  EXPECT_THAT(features(parse("problem_format_version: 2025-09\nconstants: {n: 5}\n")),
              ElementsAre("constants ({{name}} placeholders)"));
}

TEST(KattisMetadataTest, RequireSupportedNamesEveryFeature) {
  const KattisMetadata m = parse("type: scoring\nvalidation: custom interactive\n");
  const std::string e = error_of([&] { require_supported(m.unsupported, "guess"); });
  EXPECT_EQ(e,
            "guess: the judge does not support scoring (problem.yaml:1:7), interactive "
            "(problem.yaml:2:13)");
  EXPECT_THAT(hint_of([&] { require_supported(m.unsupported, "guess"); }),
              HasSubstr("docs/kattis.md"));
  EXPECT_EQ(error_of([] { require_supported({}, "hello"); }), "(no error)");
}

TEST(KattisMetadataTest, RefusesUnknownKeysWithTheirPosition) {
  EXPECT_EQ(error("name: X\nvalidaton: custom\n"),
            "problem.yaml:2:1: unknown key 'validaton'; did you mean 'validation'?");
  EXPECT_EQ(error("limits:\n  time_multiplyer: 3\n"),
            "problem.yaml:2:3: unknown key 'time_multiplyer' in 'limits'; did you mean "
            "'time_multiplier'?");
  EXPECT_EQ(error("colour: blue\n"), "problem.yaml:1:1: unknown key 'colour'");
  EXPECT_THAT(hint("colour: blue\n"), HasSubstr("validator_flags"));
}

TEST(KattisMetadataTest, KeysOfAnotherVersionThatMatterAreErrors) {
  EXPECT_EQ(error("limits:\n  time_limit: 2\n"),
            "problem.yaml:2:3: 'time_limit' in 'limits' is not a key of problem_format_version "
            "legacy");
  EXPECT_THAT(hint("limits:\n  time_limit: 2\n"), HasSubstr(".timelimit"));
  EXPECT_EQ(error("problem_format_version: 2023-07-draft\nvalidation: custom\n"),
            "problem.yaml:2:1: 'validation' is not a key of problem_format_version "
            "2023-07-draft");
  EXPECT_THAT(hint("problem_format_version: 2023-07-draft\nvalidation: custom\n"),
              HasSubstr("output_validator/"));
  EXPECT_THAT(hint("problem_format_version: 2025-09\nvalidator_flags: case_sensitive\n"),
              HasSubstr("output_validator_args"));
  EXPECT_THAT(hint("problem_format_version: 2025-09\nlimits: {time_multiplier: 2}\n"),
              HasSubstr("time_multipliers.ac_to_time_limit"));
}

TEST(KattisMetadataTest, KeysOfAnotherVersionThatDoNotMatterAreNotes) {
  const KattisMetadata legacy = parse("credits: Ann\n");
  ASSERT_EQ(legacy.notes.size(), 1u);
  EXPECT_EQ(legacy.notes[0],
            "problem.yaml:1:1: 'credits' belongs to another version of the format; ignored");
  const KattisMetadata modern = parse("problem_format_version: 2025-09\nname: X\nauthor: Ann\n");
  EXPECT_THAT(modern.notes, ElementsAre(HasSubstr("'author' belongs to another version")));
}

TEST(KattisMetadataTest, RefusesValuesOfTheWrongTypeOrRange) {
  EXPECT_EQ(error("limits:\n  memory: lots\n"),
            "problem.yaml:2:11: 'memory' in 'limits' must be a whole number, got \"lots\"");
  EXPECT_EQ(error("limits:\n  memory: 2.5\n"),
            "problem.yaml:2:11: 'memory' in 'limits' must be a whole number, got \"2.5\"");
  EXPECT_EQ(error("limits:\n  memory: 8\n"),
            "problem.yaml:2:11: 'memory' in 'limits' must be between 16 and 16384 MiB, got 8");
  EXPECT_EQ(error("limits:\n  time_multiplier: 0\n"),
            "problem.yaml:2:20: 'time_multiplier' in 'limits' must be more than 0 and at most "
            "100, got 0");
  EXPECT_THAT(error("problem_format_version: 2025-09\nlimits:\n  time_multipliers:\n"
                    "    ac_to_time_limit: 0.5\n"),
              HasSubstr("must be at least 1 and at most 100, got 0.5"));
  EXPECT_THAT(error("problem_format_version: 2025-09\nlimits: {time_limit: 0}\n"),
              HasSubstr("'time_limit' in 'limits' must be more than 0"));
  EXPECT_THAT(error("problem_format_version: 2025-09\nlimits: {time_limit: .inf}\n"),
              HasSubstr("must be a number"));
  EXPECT_EQ(error("limits: 5\n"),
            "problem.yaml:1:9: 'limits' must be a mapping (key: value lines), got \"5\"");
  EXPECT_EQ(error("validator_flags: {a: b}\n"),
            "problem.yaml:1:18: 'validator_flags' must be a list of strings or a string, got a "
            "mapping");
  EXPECT_EQ(error("validation: both\n"),
            "problem.yaml:1:13: 'validation' must start with default or custom, got \"both\"");
  EXPECT_THAT(error("validation: default interactive\n"), HasSubstr("takes nothing after it"));
  EXPECT_THAT(error("validation: custom fancy\n"), HasSubstr("unknown word \"fancy\""));
  EXPECT_EQ(error("type: puzzle\n"), "problem.yaml:1:7: unknown problem type \"puzzle\"");
  EXPECT_THAT(error("type: pass-fail scoring\n"), HasSubstr("both pass-fail and scoring"));
  EXPECT_THAT(error("problem_format_version: 2025-09\nname: [a, b]\n"),
              HasSubstr("'name' must be a string, or a mapping"));
}

TEST(KattisMetadataTest, RefusesUnknownVersionsAndBrokenFiles) {
  EXPECT_EQ(error("problem_format_version: 2030-01\n"),
            "problem.yaml:1:25: unknown problem_format_version \"2030-01\"");
  EXPECT_THAT(hint("problem_format_version: 2030-01\n"), HasSubstr("2023-07-draft"));
  EXPECT_THAT(error("name: [unclosed\n"), HasSubstr("problem.yaml:"));
  EXPECT_THAT(hint("name: [unclosed\n"), HasSubstr("YAML syntax"));
  EXPECT_EQ(error("- a\n- b\n"),
            "problem.yaml:1:1: the file must hold a mapping (key: value lines), got a list");
  EXPECT_EQ(error("name: A\nname: B\n"), "problem.yaml:2:1: 'name' appears twice");
  // A document nested thousands deep is an error, not a stack overflow.
  EXPECT_THAT(error("name: " + std::string(5000, '[') + std::string(5000, ']') + "\n"),
              HasSubstr("problem.yaml:"));
  EXPECT_THAT(error(std::string(70 * 1024, '#')), HasSubstr("larger than 64 KiB"));
}

TEST(KattisMetadataTest, EmptyValuesReadAsAbsent) {
  const KattisMetadata m = parse("name:\nlimits:\nvalidator_flags:\n");
  EXPECT_EQ(m.name(), "");
  EXPECT_EQ(m.limits.memory_mib, 1024u);
  EXPECT_TRUE(m.validator_flags.empty());
}

TEST(KattisMetadataTest, ReadsTheFileOfAPackageConfinedToIt) {
  TempDir tmp("kattis-metadata-test");
  const fs::path dir = fs::canonical(tmp.path());
  EXPECT_THAT(error_of([&] { (void)read_metadata(dir); }), HasSubstr("it has no problem.yaml"));
  unit::write_file(dir / "secret.yaml", "name: Outside\n");
  fs::create_directories(dir / "pkg");
  fs::create_symlink(dir / "secret.yaml", dir / "pkg" / "problem.yaml");
  EXPECT_THAT(error_of([&] { (void)read_metadata(dir / "pkg"); }), HasSubstr("outside"));
  fs::remove(dir / "pkg" / "problem.yaml");
  unit::write_file(dir / "pkg" / "problem.yaml", "name: Inside\nlimits: {memory: x}\n");
  EXPECT_EQ(error_of([&] { (void)read_metadata(dir / "pkg"); }),
            (dir / "pkg" / "problem.yaml").string() +
                ":2:18: 'memory' in 'limits' must be a whole number, got \"x\"");
}

TEST(KattisMetadataTest, ReadsTheFixtures) {
  const fs::path fixtures = JUDGE_KATTIS_TESTDATA;
  const KattisMetadata average = read_metadata(fixtures / "average");
  EXPECT_EQ(average.name(), "Average");
  EXPECT_THAT(average.validator_flags, ElementsAre("float_tolerance", "1e-6"));
  EXPECT_EQ(average.limits.ac_to_time_limit, 3.0);
  const KattisMetadata shout = read_metadata(fixtures / "shout");
  EXPECT_EQ(shout.format, Format::k2023_07);
  EXPECT_EQ(shout.limits.time_limit, 2.0);
  EXPECT_EQ(shout.name("sv"), "Skrik");
  const KattisMetadata guess = read_metadata(fixtures / "guess");
  EXPECT_THAT(features(guess), ElementsAre("interactive"));
  const KattisMetadata halves = read_metadata(fixtures / "halves");
  EXPECT_EQ(halves.format, Format::k2025_09);
  EXPECT_EQ(halves.limits.time_resolution, 0.5);
}

}  // namespace
}  // namespace judge::kattis
