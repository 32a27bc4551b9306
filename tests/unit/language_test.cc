// languages.toml (language.cc) and the command expansion of compile.cc.
#include "judge/language.h"

#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "judge/compile.h"
#include "judge/error.h"
#include "judge/paths.h"
#include "judge/profiles.h"
#include "test_support.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
using unit::error_of;
using unit::hint_of;
using unit::write_file;

Languages builtin() {
  return Languages::parse(Languages::builtin_text(), "languages.toml");
}

TEST(LanguageTest, BuiltInFileHasEveryLanguage) {
  Languages languages = builtin();
  std::vector<std::string> ids;
  for (const auto& lang : languages.all()) {
    ids.push_back(lang.id);
  }
  // In the file's order, not the TOML table's (which is sorted by key).
  EXPECT_EQ(ids, (std::vector<std::string>{"c", "cpp", "python", "pypy", "java", "javascript", "go",
                                           "rust"}));
}

TEST(LanguageTest, BuiltInTextIsTheSourceFile) {
  std::ifstream in(JUDGE_SOURCE_LANGUAGES);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(Languages::builtin_text(), text);
}

TEST(LanguageTest, ReadsEveryKey) {
  const Languages languages = Languages::parse(R"([kotlin]
name = "Kotlin"
extensions = ["kt", "kts"]
aliases = ["kt"]
source = "Main.kt"
compile = ["kotlinc", "Main.kt", "-include-runtime", "-d", "main.jar"]
run = ["java", "-Xmx{memory}m", "-jar", "/box/main.jar"]
version = ["kotlinc", "-version"]
package = "kotlin"
time_multiplier = 2.5
time_offset = 1
memory_extra = 96
address_space = 4096
stack = 64
env = ["JAVA_HOME=/usr/lib/jvm/default-java"]
mounts = ["/usr/lib/jvm"]
precompiled_header = "none.h"
oom_markers = ["java.lang.OutOfMemoryError"]
)",
                                               "l.toml");
  const Language& kt = languages.get("kotlin");
  EXPECT_EQ(kt.id, "kotlin");
  EXPECT_EQ(kt.name, "Kotlin");
  EXPECT_EQ(kt.extensions, (std::vector<std::string>{"kt", "kts"}));
  EXPECT_EQ(kt.aliases, (std::vector<std::string>{"kt"}));
  EXPECT_EQ(kt.source_name, "Main.kt");
  EXPECT_EQ(kt.compile.size(), 5u);
  EXPECT_EQ(kt.run, (std::vector<std::string>{"java", "-Xmx{memory}m", "-jar", "/box/main.jar"}));
  EXPECT_EQ(kt.version, (std::vector<std::string>{"kotlinc", "-version"}));
  EXPECT_EQ(kt.package, "kotlin");
  EXPECT_EQ(kt.time_multiplier, 2.5);
  EXPECT_EQ(kt.time_offset, 1.0);
  EXPECT_EQ(kt.memory_extra_mib, 96u);
  EXPECT_EQ(kt.address_space_mib, 4096u);
  EXPECT_EQ(kt.stack_mib, 64u);
  EXPECT_EQ(kt.env, (std::vector<std::string>{"JAVA_HOME=/usr/lib/jvm/default-java"}));
  EXPECT_EQ(kt.mounts, (std::vector<std::string>{"/usr/lib/jvm"}));
  EXPECT_EQ(kt.precompiled_header, "none.h");
  EXPECT_EQ(kt.oom_markers, (std::vector<std::string>{"java.lang.OutOfMemoryError"}));
}

TEST(LanguageTest, HasDefaults) {
  const Languages languages = Languages::parse(
      "[lua]\nname = \"Lua\"\nsource = \"main.lua\"\nrun = [\"lua5.4\", \"/box/main.lua\"]\n",
      "l.toml");
  const Language& lua = languages.get("lua");
  EXPECT_TRUE(lua.extensions.empty());
  EXPECT_TRUE(lua.aliases.empty());
  EXPECT_TRUE(lua.compile.empty());
  EXPECT_EQ(lua.time_multiplier, 1.0);
  EXPECT_EQ(lua.time_offset, 0.0);
  EXPECT_EQ(lua.memory_extra_mib, 0u);
  EXPECT_EQ(lua.stack_mib, 0u);
  EXPECT_TRUE(lua.oom_markers.empty());
  EXPECT_EQ(lua.package, "");
}

TEST(LanguageTest, BuiltInLanguagesNameTheirToolchains) {
  const Languages languages = builtin();
  EXPECT_EQ(languages.get("cpp").source_name, "main.cpp");
  EXPECT_EQ(languages.get("cpp").precompiled_header, "bits/stdc++.h");
  EXPECT_EQ(languages.get("java").source_name, "Main.java");
  for (const auto& lang : languages.all()) {
    EXPECT_FALSE(lang.name.empty()) << lang.id;
    EXPECT_FALSE(lang.run.empty()) << lang.id;
    EXPECT_FALSE(lang.version.empty()) << lang.id;
    EXPECT_FALSE(lang.package.empty()) << lang.id;
  }
}

TEST(LanguageTest, GetsByIdOrAlias) {
  Languages languages = builtin();
  EXPECT_EQ(languages.get("cpp").id, "cpp");
  EXPECT_EQ(languages.get("c++").id, "cpp");
  EXPECT_EQ(languages.get("cxx").id, "cpp");
  EXPECT_EQ(languages.get("py").id, "python");
  EXPECT_EQ(languages.get("python3").id, "python");
  EXPECT_EQ(languages.get("pypy3").id, "pypy");
  EXPECT_EQ(languages.get("js").id, "javascript");
  EXPECT_EQ(languages.get("node").id, "javascript");
  EXPECT_EQ(languages.get("golang").id, "go");
  EXPECT_EQ(languages.find("cobol"), nullptr);
}

TEST(LanguageTest, UnknownLanguageSuggestsTheClosest) {
  Languages languages = builtin();
  EXPECT_EQ(error_of([&] { (void)languages.get("pyton"); }),
            "unknown language 'pyton', did you mean 'python'?");
  EXPECT_EQ(error_of([&] { (void)languages.get("javasript"); }),
            "unknown language 'javasript', did you mean 'javascript'?");
  EXPECT_EQ(error_of([&] { (void)languages.get("haskell"); }), "unknown language 'haskell'");
  EXPECT_EQ(error_of([&] { (void)languages.get("kt"); }), "unknown language 'kt'");
  EXPECT_EQ(error_of([&] { (void)languages.get("cc"); }),
            "unknown language 'cc', did you mean 'c'?");
  EXPECT_EQ(hint_of([&] { (void)languages.get("haskell"); }),
            "known languages: c, cpp, python, pypy, java, javascript, go, rust");
}

TEST(LanguageTest, FindsByExtension) {
  Languages languages = builtin();
  auto id_for = [&](const char* file) -> std::string {
    const Language* lang = languages.for_file(file);
    return lang == nullptr ? "(none)" : lang->id;
  };
  EXPECT_EQ(id_for("a.c"), "c");
  EXPECT_EQ(id_for("a.cpp"), "cpp");
  EXPECT_EQ(id_for("a.cc"), "cpp");
  EXPECT_EQ(id_for("a.C"), "cpp");
  EXPECT_EQ(id_for("dir.d/two-sum.py"), "python");
  EXPECT_EQ(id_for("Main.java"), "java");
  EXPECT_EQ(id_for("a.js"), "javascript");
  EXPECT_EQ(id_for("a.mjs"), "javascript");
  EXPECT_EQ(id_for("a.go"), "go");
  EXPECT_EQ(id_for("a.rs"), "rust");
  EXPECT_EQ(id_for("Makefile"), "(none)");
  EXPECT_EQ(id_for("a.txt"), "(none)");
  EXPECT_EQ(id_for(".py"), "(none)");  // a hidden file with no extension
}

TEST(LanguageTest, ScalesTheTimeLimit) {
  Languages languages = builtin();
  EXPECT_DOUBLE_EQ(languages.get("cpp").time_limit(2.0), 2.0);
  EXPECT_DOUBLE_EQ(languages.get("python").time_limit(2.0), 6.2);
  EXPECT_DOUBLE_EQ(languages.get("java").time_limit(1.0), 3.0);
  EXPECT_DOUBLE_EQ(languages.get("javascript").time_limit(1.0), 1.8);
}

TEST(LanguageTest, ToolchainIsTheCompilerElseTheInterpreter) {
  Languages languages = builtin();
  EXPECT_EQ(languages.get("cpp").toolchain(), "g++");
  EXPECT_EQ(languages.get("python").toolchain(), "python3");
  Languages interpreted = Languages::parse(
      "[lua]\nname = \"Lua\"\nsource = \"main.lua\"\nrun = [\"lua5.4\", \"/box/main.lua\"]\n",
      "x.toml");
  EXPECT_EQ(interpreted.get("lua").toolchain(), "lua5.4");
  EXPECT_TRUE(interpreted.get("lua").compile.empty());
}

TEST(LanguageTest, ExpandsMemoryAndStack) {
  EXPECT_EQ(expand_command({"java", "-Xmx{memory}m", "-Xss{stack}m", "{memory}{memory}", "Main"},
                           256, 64),
            (std::vector<std::string>{"java", "-Xmx256m", "-Xss64m", "256256", "Main"}));
  EXPECT_EQ(expand_command({"{mem}", "{}", "{stack"}, 1, 2),
            (std::vector<std::string>{"{mem}", "{}", "{stack"}));
}

TEST(LanguageTest, BaseEnvironmentTakesTheLanguagesVariables) {
  EXPECT_EQ(base_environment(nullptr),
            (std::vector<std::string>{"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/tmp",
                                      "TMPDIR=/tmp", "LANG=C.UTF-8", "LC_ALL=C.UTF-8"}));
  Language go = builtin().get("go");
  std::vector<std::string> env = base_environment(&go);
  // go sets HOME itself: one HOME, the language's.
  EXPECT_EQ(std::count_if(env.begin(), env.end(),
                          [](const std::string& e) { return e.rfind("HOME=", 0) == 0; }),
            1);
  EXPECT_NE(std::find(env.begin(), env.end(), "GOCACHE=/tmp/go-cache"), env.end());
  EXPECT_EQ(env.front(), "PATH=/usr/local/bin:/usr/bin:/bin");
}

class LanguageFileTest : public ::testing::Test {
 protected:
  std::string user_file() const { return (tmp_.path() / "languages.toml").string(); }
  TempDir tmp_{"judge-language-test"};
};

TEST_F(LanguageFileTest, LoadsBuiltInWithoutUserFile) {
  Languages languages = Languages::load(tmp_.path() / "absent.toml");
  EXPECT_EQ(languages.all().size(), 8u);
  EXPECT_EQ(Languages::load({}).all().size(), 8u);
}

TEST_F(LanguageFileTest, UserFileReplacesAndAdds) {
  write_file(user_file(), R"([python]
name = "Python 3.12"
extensions = ["py", "pyw"]
source = "main.py"
run = ["python3.12", "/box/main.py"]
time_multiplier = 4

[kotlin]
name = "Kotlin"
extensions = ["kt"]
aliases = ["kt"]
source = "Main.kt"
compile = ["kotlinc", "Main.kt"]
run = ["kotlin", "MainKt"]
)");
  Languages languages = Languages::load(user_file());
  ASSERT_EQ(languages.all().size(), 9u);
  const Language& python = languages.get("python");
  EXPECT_EQ(python.name, "Python 3.12");
  EXPECT_EQ(python.time_multiplier, 4.0);
  // Replaced wholesale: what the user's entry does not say is the default, not the built-in.
  EXPECT_TRUE(python.compile.empty());
  EXPECT_TRUE(python.aliases.empty());
  EXPECT_EQ(python.time_offset, 0.0);
  EXPECT_EQ(languages.find("py"), nullptr);
  EXPECT_EQ(languages.for_file("a.pyw")->id, "python");
  EXPECT_EQ(languages.all()[2].id, "python");  // keeps its place
  EXPECT_EQ(languages.get("kt").id, "kotlin");
  EXPECT_EQ(languages.all().back().id, "kotlin");
}

TEST_F(LanguageFileTest, BadUserFileNamesTheLocation) {
  write_file(user_file(), "[kotlin]\nname = \"Kotlin\"\nsource = \"Main.kt\"\nrun = \"kotlin\"\n");
  EXPECT_EQ(error_of([&] { (void)Languages::load(user_file()); }),
            user_file() +
                ":4:7: 'run' in [kotlin] must be an array of strings, got string "
                "\"kotlin\"");
}

TEST_F(LanguageFileTest, UserFileSyntaxError) {
  write_file(user_file(), "[kotlin\nname = 1\n");
  EXPECT_EQ(error_of([&] { (void)Languages::load(user_file()); }).rfind(user_file() + ":1:", 0),
            0u);
}

TEST_F(LanguageFileTest, UserFileUnknownKey) {
  write_file(user_file(),
             "[kotlin]\nname = \"Kotlin\"\nsource = \"Main.kt\"\nrun = [\"kotlin\"]\nalias = []\n");
  EXPECT_EQ(error_of([&] { (void)Languages::load(user_file()); }),
            user_file() + ":5:9: unknown key 'alias' in [kotlin]; did you mean 'aliases'?");
}

TEST_F(LanguageFileTest, UserFileEntryMustBeATable) {
  write_file(user_file(), "kotlin = 1\n");
  EXPECT_EQ(error_of([&] { (void)Languages::load(user_file()); }),
            user_file() + ":1:10: 'kotlin' must be a table ([kotlin])");
}

TEST(LanguageParseTest, RequiresNameSourceAndRun) {
  EXPECT_EQ(
      error_of([] { (void)Languages::parse("[x]\nsource = \"a\"\nrun = [\"a\"]\n", "l.toml"); }),
      "l.toml:1:1: missing required key 'name' in [x]");
  EXPECT_EQ(
      error_of([] { (void)Languages::parse("[x]\nname = \"X\"\nrun = [\"a\"]\n", "l.toml"); }),
      "l.toml:1:1: missing required key 'source' in [x]");
  EXPECT_EQ(
      error_of([] { (void)Languages::parse("[x]\nname = \"X\"\nsource = \"a\"\n", "l.toml"); }),
      "l.toml:1:1: [x] needs a run command");
}

TEST(LanguageParseTest, RejectsBadNumbers) {
  const std::string base = "[x]\nname = \"X\"\nsource = \"a\"\nrun = [\"a\"]\n";
  EXPECT_EQ(error_of([&] { (void)Languages::parse(base + "time_multiplier = 0\n", "l.toml"); }),
            "l.toml:1:1: [x]: time_multiplier must be positive and time_offset not negative");
  EXPECT_EQ(error_of([&] { (void)Languages::parse(base + "time_offset = -1\n", "l.toml"); }),
            "l.toml:1:1: [x]: time_multiplier must be positive and time_offset not negative");
  EXPECT_EQ(error_of([&] { (void)Languages::parse(base + "memory_extra = -16\n", "l.toml"); }),
            "l.toml:1:1: 'memory_extra' in [x] must not be negative");
  EXPECT_EQ(error_of([&] { (void)Languages::parse(base + "stack = \"64m\"\n", "l.toml"); }),
            "l.toml:5:9: 'stack' in [x] must be an integer, got string \"64m\"");
}

TEST(FindProgramTest, SearchesTheSandboxPath) {
  EXPECT_EQ(find_program("sh").empty(), false);
  EXPECT_EQ(find_program("no-such-program-judge"), "");
  EXPECT_EQ(find_program("/bin/sh"), "/bin/sh");
  EXPECT_EQ(find_program("/no/such/program"), "");
}

}  // namespace
}  // namespace judge
