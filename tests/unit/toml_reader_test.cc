// Strict TOML reading (toml_reader.cc): types, unknown keys, "path:line:column: message".
#include "toml_reader.h"

#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "judge/error.h"
#include "judge/paths.h"
#include "test_support.h"

namespace judge::detail {
namespace {

using unit::error_of;
using unit::hint_of;

TEST(ClosestTest, FindsLikelyTypos) {
  const std::vector<std::string> keys = {"memory", "time", "output"};
  EXPECT_EQ(closest("memroy", keys), "memory");
  EXPECT_EQ(closest("tme", keys), "time");
  EXPECT_EQ(closest("outptu", keys), "output");
  EXPECT_EQ(closest("Memory", keys), "memory");
  EXPECT_EQ(closest("speed", keys), std::nullopt);
  EXPECT_EQ(closest("x", {}), std::nullopt);
}

TEST(ClosestTest, PrefersTheNearest) {
  EXPECT_EQ(closest("cpp", {"c", "cpp", "cxx"}), "cpp");
  EXPECT_EQ(closest("pyton", {"pypy", "python", "py"}), "python");
}

TEST(ClosestTest, AllowsMoreEditsForLongerWords) {
  // A third of the word's length, at least two.
  EXPECT_EQ(closest("float_tolerence_abs", {"float_absolute_tolerance"}), std::nullopt);
  EXPECT_EQ(closest("float_tolerence", {"float_tolerance"}), "float_tolerance");
  EXPECT_EQ(closest("abc", {"xyz"}), std::nullopt);
}

TEST(ClosestTest, NeverSuggestsAWordWithNoLetterInCommon) {
  EXPECT_EQ(closest("kt", {"c", "go", "js", "py"}), std::nullopt);
  EXPECT_EQ(closest("x", {"c"}), std::nullopt);
  EXPECT_EQ(closest("cp", {"c", "go"}), "c");
  EXPECT_EQ(closest("ab", {"xb"}), "xb");
}

TEST(ParseTomlTest, ReportsSyntaxErrorsWithTheirPosition) {
  EXPECT_EQ(error_of([] { (void)parse_toml_text("a = 1\nb = \n", "x.toml"); }),
            "x.toml:2:5: Error while parsing key-value pair: expected value, saw '\\n'");
  EXPECT_EQ(error_of([] { (void)parse_toml_text("a = 1\na = 2\n", "x.toml"); }),
            "x.toml:2:5: Error while parsing key-value pair: cannot redefine existing integer 'a'");
}

TEST(ParseTomlTest, ReadsAFile) {
  TempDir dir("judge-toml-test");
  const std::string path = (dir.path() / "x.toml").string();
  unit::write_file(path, "a = 1\n");
  EXPECT_EQ(parse_toml_file(path)["a"].value<int>(), 1);
  unit::write_file(path, "a = [1,\n");
  EXPECT_EQ(error_of([&] { (void)parse_toml_file(path); }).rfind(path + ":", 0), 0u);
  EXPECT_EQ(hint_of([&] { (void)parse_toml_file(path); }), "fix the TOML syntax at that position");
}

TEST(ParseTomlTest, ReportsAMissingFile) {
  TempDir dir("judge-toml-test");
  const std::string path = (dir.path() / "missing.toml").string();
  EXPECT_EQ(error_of([&] { (void)parse_toml_file(path); }).rfind(path + ":", 0), 0u);
}

class TableReaderTest : public ::testing::Test {
 protected:
  void parse(const std::string& text) { root_ = parse_toml_text(text, "f.toml"); }
  TableReader top() { return TableReader(root_, "f.toml"); }
  TableReader sub(const char* key) {
    return TableReader(*root_[key].as_table(), "f.toml", fmt::format("[{}]", key));
  }
  toml::table root_;
};

TEST_F(TableReaderTest, ReadsValues) {
  parse(R"(s = "text"
i = 42
f = 2.5
b = true
list = ["a", "b"]
nums = [1, 2.5]
[t]
x = 1
[[arr]]
y = 1
[[arr]]
y = 2
)");
  TableReader r = top();
  EXPECT_EQ(r.required_string("s"), "text");
  EXPECT_EQ(r.string("s"), "text");
  EXPECT_EQ(r.integer("i"), 42);
  EXPECT_EQ(r.number("i"), 42.0);  // an integer is a number
  EXPECT_EQ(r.number("f"), 2.5);
  EXPECT_EQ(r.boolean("b"), true);
  EXPECT_EQ(r.strings("list"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(r.numbers("nums"), (std::vector<double>{1, 2.5}));
  ASSERT_NE(r.table("t"), nullptr);
  EXPECT_EQ(r.tables("arr").size(), 2u);
  r.reject_unknown_keys();  // every key was asked for
}

TEST_F(TableReaderTest, AbsentKeysAreEmpty) {
  parse("");
  TableReader r = top();
  EXPECT_EQ(r.string("s"), std::nullopt);
  EXPECT_EQ(r.integer("i"), std::nullopt);
  EXPECT_EQ(r.number("n"), std::nullopt);
  EXPECT_EQ(r.boolean("b"), std::nullopt);
  EXPECT_TRUE(r.strings("l").empty());
  EXPECT_TRUE(r.numbers("l").empty());
  EXPECT_EQ(r.table("t"), nullptr);
  EXPECT_TRUE(r.tables("a").empty());
}

TEST_F(TableReaderTest, WrongTypesNameTheKeyAndTheValue) {
  parse("a = 1\nb = \"x\"\nc = 1.5\nd = false\ne = [1]\nf = 1979-05-27\n[g]\nh = 1\n");
  TableReader r = top();
  EXPECT_EQ(error_of([&] { (void)r.string("a"); }),
            "f.toml:1:5: 'a' must be a string, got integer 1");
  EXPECT_EQ(error_of([&] { (void)r.integer("b"); }),
            "f.toml:2:5: 'b' must be an integer, got string \"x\"");
  EXPECT_EQ(error_of([&] { (void)r.integer("c"); }),
            "f.toml:3:5: 'c' must be an integer, got float 1.5");
  EXPECT_EQ(error_of([&] { (void)r.number("d"); }),
            "f.toml:4:5: 'd' must be a number, got boolean false");
  EXPECT_EQ(error_of([&] { (void)r.boolean("e"); }),
            "f.toml:5:5: 'e' must be true or false, got array");
  EXPECT_EQ(error_of([&] { (void)r.strings("e"); }),
            "f.toml:5:6: 'e' must hold only strings, got integer 1");
  EXPECT_EQ(error_of([&] { (void)r.string("f"); }),
            "f.toml:6:5: 'f' must be a string, got date/time");
  EXPECT_EQ(error_of([&] { (void)r.strings("g"); }),
            "f.toml:7:1: 'g' must be an array of strings, got table");
  EXPECT_EQ(error_of([&] { (void)r.tables("e"); }),
            "f.toml:5:5: 'e' must be an array of tables ([[e]]), got array");
  TableReader g = sub("g");
  EXPECT_EQ(error_of([&] { (void)g.string("h"); }),
            "f.toml:8:5: 'h' in [g] must be a string, got integer 1");
  // Every type error says what to write instead.
  EXPECT_EQ(hint_of([&] { (void)g.string("h"); }), "write it as h = \"...\"");
  EXPECT_EQ(hint_of([&] { (void)r.tables("e"); }),
            "write a line [[e]] before the keys of each one");
}

TEST_F(TableReaderTest, MissingRequiredKey) {
  parse("[limits]\ntime = 1\n");
  TableReader r = top();
  EXPECT_EQ(error_of([&] { (void)r.required_string("title"); }),
            "f.toml:1:1: missing required key 'title' in the top-level table");
  EXPECT_EQ(hint_of([&] { (void)r.required_string("title"); }),
            "add title = \"...\" at the top of the file, before any [table]");
  TableReader limits = sub("limits");
  EXPECT_EQ(error_of([&] { (void)limits.required_string("name"); }),
            "f.toml:1:1: missing required key 'name' in [limits]");
}

TEST_F(TableReaderTest, RejectsUnknownKeys) {
  parse("title = \"t\"\ntitel = \"u\"\n");
  TableReader r = top();
  (void)r.string("title");
  EXPECT_EQ(error_of([&] { r.reject_unknown_keys(); }),
            "f.toml:2:9: unknown key 'titel'; did you mean 'title'?");
  EXPECT_EQ(hint_of([&] { r.reject_unknown_keys(); }), "rename it to 'title', or remove it");
}

TEST_F(TableReaderTest, ListsKnownKeysWhenNoneIsClose) {
  parse("a = 1\nbbbbbbbb = 2\nzzzz = 3\n");
  TableReader r = top();
  (void)r.integer("a");
  (void)r.integer("bbbbbbbb");
  (void)r.integer("absent");  // asked for, so known, though absent
  EXPECT_EQ(error_of([&] { r.reject_unknown_keys(); }), "f.toml:3:8: unknown key 'zzzz'");
  EXPECT_EQ(hint_of([&] { r.reject_unknown_keys(); }),
            "the known keys here are: a, absent, bbbbbbbb");
}

TEST_F(TableReaderTest, LocationWithoutSourcePositionIsTheFile) {
  toml::table built{{"a", 1}};
  TableReader r(built, "built.toml", "[x]");
  EXPECT_EQ(r.location(), "built.toml: ");
  EXPECT_EQ(r.location(*built.get("a")), "built.toml: ");
  EXPECT_EQ(error_of([&] { (void)r.string("a"); }),
            "built.toml: 'a' in [x] must be a string, got integer 1");
  EXPECT_EQ(r.file(), "built.toml");
  EXPECT_EQ(r.key_name("k"), "'k' in [x]");
}

}  // namespace
}  // namespace judge::detail
