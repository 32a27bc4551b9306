// Finding, installing and removing packs (library.cc).
#include "judge/library.h"

#include <stdlib.h>
#include <sys/stat.h>

#include <string>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "judge/error.h"
#include "judge/paths.h"
#include "test_support.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
using unit::error_of;
using unit::hint_of;
using unit::write_file;

class LibraryTest : public ::testing::Test {
 protected:
  LibraryTest()
      : root_(fs::canonical(tmp_.path())),
        builtin_(root_ / "builtin"),
        packs_(root_ / "home" / "packs"),
        source_(root_ / "src" / "extra") {
    make_pack(builtin_, "builtin", {"two-sum", "coin-change"});
  }

  static void make_problem(const fs::path& dir, const std::string& title = "A problem") {
    write_file(dir / "problem.toml", "title = \"" + title + "\"\ndifficulty = \"easy\"\n");
    write_file(dir / "statement.md", "# x\n");
  }

  static void make_pack(const fs::path& dir, const std::string& name,
                        const std::vector<std::string>& ids) {
    write_file(dir / "pack.toml", "name = \"" + name + "\"\nversion = \"1\"\n");
    for (const auto& id : ids) {
      make_problem(dir / id, id);
    }
  }

  Library load() const { return Library::load(builtin_, packs_); }

  static std::vector<std::string> ids(const Library& lib) {
    std::vector<std::string> result;
    for (const auto& e : lib.entries()) {
      result.push_back(e.pack + ":" + e.id);
    }
    return result;
  }

  TempDir tmp_{"judge-library-test"};
  fs::path root_;
  fs::path builtin_;
  fs::path packs_;
  fs::path source_;
};

TEST_F(LibraryTest, LoadsTheBuiltInPackThenInstalledOnes) {
  make_pack(packs_ / "zeta", "zeta", {"lru-cache"});
  make_pack(packs_ / "alpha", "alpha", {"n-queens", "two-sum"});  // two-sum is taken
  fs::create_directories(packs_ / ".installing-x");               // never a pack
  Library lib = load();
  EXPECT_EQ(ids(lib), (std::vector<std::string>{"builtin:coin-change", "builtin:two-sum",
                                                "alpha:n-queens", "zeta:lru-cache"}));
  ASSERT_EQ(lib.packs().size(), 3u);
  EXPECT_EQ(lib.packs()[1].name, "alpha");
  EXPECT_TRUE(lib.broken().empty());
  EXPECT_EQ(lib.find("two-sum")->pack, "builtin");
  EXPECT_EQ(lib.find("two-sum")->dir, builtin_ / "two-sum");
  EXPECT_EQ(lib.find("nothing"), std::nullopt);
}

TEST_F(LibraryTest, SkipsABrokenPackAndSaysWhy) {
  write_file(packs_ / "bad" / "pack.toml", "name = \n");
  Library lib = load();
  EXPECT_EQ(lib.packs().size(), 1u);
  ASSERT_EQ(lib.broken().size(), 1u);
  EXPECT_EQ(lib.broken()[0].rfind((packs_ / "bad" / "pack.toml").string() + ":1:", 0), 0u)
      << lib.broken()[0];
}

TEST_F(LibraryTest, LoadsWithoutBuiltInOrPacks) {
  Library lib = Library::load(root_ / "none", root_ / "none-either");
  EXPECT_TRUE(lib.entries().empty());
  EXPECT_TRUE(lib.packs().empty());
  EXPECT_TRUE(Library::load({}, {}).entries().empty());
}

TEST_F(LibraryTest, LoadsAProblemByIdOrPath) {
  Library lib = load();
  Problem p = lib.load_problem("two-sum");
  EXPECT_EQ(p.id, "two-sum");
  EXPECT_EQ(p.pack, "builtin");
  Problem by_path = lib.load_problem((builtin_ / "coin-change").string());
  EXPECT_EQ(by_path.id, "coin-change");
  EXPECT_EQ(by_path.pack, "builtin");
  make_problem(root_ / "loose" / "stairs");
  Problem loose = lib.load_problem((root_ / "loose" / "stairs").string() + "/");
  EXPECT_EQ(loose.id, "stairs");
  EXPECT_EQ(loose.pack, "");
}

TEST_F(LibraryTest, UnknownProblemSuggestsTheClosest) {
  Library lib = load();
  EXPECT_EQ(error_of([&] { (void)lib.load_problem("two-sun"); }),
            "unknown problem 'two-sun', did you mean 'two-sum'?");
  EXPECT_EQ(error_of([&] { (void)lib.load_problem("knapsack"); }), "unknown problem 'knapsack'");
  EXPECT_EQ(hint_of([&] { (void)lib.load_problem("knapsack"); }),
            "'judge list' shows the problems; a problem folder can be given by path");
  EXPECT_EQ(error_of([&] { (void)lib.load_problem((root_ / "nope").string()); }),
            "no such problem folder: " + (root_ / "nope").string());
}

TEST_F(LibraryTest, InstallsAPack) {
  make_pack(source_, "extra", {"stairs", "lru-cache"});
  Pack pack = Library::install(source_, packs_, load());
  EXPECT_EQ(pack.name, "extra");
  EXPECT_EQ(pack.dir, packs_ / "extra");
  EXPECT_EQ(pack.problem_ids, (std::vector<std::string>{"lru-cache", "stairs"}));
  EXPECT_TRUE(fs::exists(packs_ / "extra" / "stairs" / "statement.md"));
  EXPECT_FALSE(fs::exists(packs_ / ".installing-extra"));
  EXPECT_EQ(load().find("stairs")->pack, "extra");
}

TEST_F(LibraryTest, InstallDropsSetIdAndWorldWritableBits) {
  // Red team: as root, a set-user-ID file of a pack was installed set-user-ID root.
  make_pack(source_, "extra", {"stairs"});
  const fs::path tool = source_ / "stairs" / "tool";
  write_file(tool, "#!/bin/sh\n");
  fs::permissions(tool, fs::perms::set_uid | fs::perms::set_gid | fs::perms::all,
                  fs::perm_options::replace);
  const fs::path data = source_ / "stairs" / "statement.md";
  fs::permissions(
      data,
      fs::perms::all & ~fs::perms::owner_exec & ~fs::perms::group_exec & ~fs::perms::others_exec,
      fs::perm_options::replace);
  (void)Library::install(source_, packs_, load());
  EXPECT_EQ(fs::status(packs_ / "extra" / "stairs" / "tool").permissions(),
            fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                fs::perms::others_read | fs::perms::others_exec);
  EXPECT_EQ(fs::status(packs_ / "extra" / "stairs" / "statement.md").permissions(),
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                fs::perms::others_read);
}

TEST_F(LibraryTest, RefusesAPackNameInUse) {
  make_pack(source_, "builtin", {"stairs"});
  EXPECT_EQ(error_of([&] { (void)Library::install(source_, packs_, load()); }),
            "a pack named 'builtin' is already installed (" + builtin_.string() + ")");
  EXPECT_FALSE(fs::exists(packs_ / "builtin"));
}

TEST_F(LibraryTest, RefusesAProblemIdInUse) {
  make_pack(source_, "extra", {"stairs", "two-sum"});
  EXPECT_EQ(error_of([&] { (void)Library::install(source_, packs_, load()); }),
            "problem 'two-sum' of pack 'extra' clashes with 'two-sum' of pack 'builtin'");
  EXPECT_EQ(hint_of([&] { (void)Library::install(source_, packs_, load()); }),
            "problem IDs are global: rename the folder of yours");
  EXPECT_FALSE(fs::exists(packs_ / "extra"));
}

TEST_F(LibraryTest, RefusesAPackWithABrokenProblem) {
  make_pack(source_, "extra", {"stairs"});
  write_file(source_ / "stairs" / "problem.toml",
             "title = \"x\"\ndifficulty = \"easy\"\nbad = 1\n");
  EXPECT_EQ(error_of([&] { (void)Library::install(source_, packs_, load()); }),
            (source_ / "stairs" / "problem.toml").string() + ":3:7: unknown key 'bad'");
  EXPECT_FALSE(fs::exists(packs_ / "extra"));
}

TEST_F(LibraryTest, RemovesAnInstalledPack) {
  make_pack(source_, "extra", {"stairs"});
  (void)Library::install(source_, packs_, load());
  Library::remove("extra", packs_);
  EXPECT_FALSE(fs::exists(packs_ / "extra"));
  EXPECT_FALSE(fs::exists(packs_ / ".removing-extra"));
  EXPECT_TRUE(fs::exists(source_ / "pack.toml"));  // the source is untouched
  EXPECT_EQ(load().find("stairs"), std::nullopt);
}

TEST_F(LibraryTest, RefusesToRemoveWhatIsNotInstalled) {
  fs::create_directories(packs_);
  EXPECT_EQ(error_of([&] { Library::remove("extra", packs_); }), "no installed pack named 'extra'");
  EXPECT_EQ(error_of([&] { Library::remove("../builtin", packs_); }),
            "no installed pack named '../builtin'");
  EXPECT_EQ(error_of([&] { Library::remove("", packs_); }), "no installed pack named ''");
  EXPECT_TRUE(fs::exists(builtin_ / "pack.toml"));
}

TEST(BuiltinPackDirTest, EnvironmentWins) {
  setenv("JUDGE_BUILTIN_PACK", "/some/where", 1);
  EXPECT_EQ(builtin_pack_dir(), fs::path("/some/where"));
  unsetenv("JUDGE_BUILTIN_PACK");
  EXPECT_FALSE(builtin_pack_dir().empty());
}

}  // namespace
}  // namespace judge

namespace judge {
namespace {

// Issue 7: fs::copy followed links, so a pack could make `pack add` copy a host tree.
TEST_F(LibraryTest, InstallRefusesALinkOutOfThePackAndCopiesNothing) {
  make_pack(source_, "extra", {"stairs"});
  write_file(root_ / "home-of-user" / ".ssh" / "id_ed25519", "PRIVATE KEY\n");
  fs::create_symlink(root_ / "home-of-user", source_ / "docs");
  const std::string message = error_of([&] { (void)Library::install(source_, packs_, load()); });
  EXPECT_EQ(message, fmt::format("{}: a link in the pack leads to {}, outside {}",
                                 (source_ / "docs").string(), (root_ / "home-of-user").string(),
                                 source_.string()));
  EXPECT_EQ(message.find("Success"), std::string::npos);
  EXPECT_FALSE(fs::exists(packs_ / "extra"));
  EXPECT_FALSE(fs::exists(packs_ / ".installing-extra"));
  EXPECT_TRUE(fs::exists(root_ / "home-of-user" / ".ssh" / "id_ed25519"));
}

TEST_F(LibraryTest, InstallCopiesALinkInsideThePackAsAFile) {
  make_pack(source_, "extra", {"stairs"});
  write_file(source_ / "shared" / "notes.md", "notes\n");
  fs::create_symlink(source_ / "shared" / "notes.md", source_ / "README.md");
  Pack pack = Library::install(source_, packs_, load());
  const fs::path copy = packs_ / "extra" / "README.md";
  EXPECT_FALSE(fs::is_symlink(copy)) << "the installed pack holds no links";
  EXPECT_EQ(unit::slurp(copy), "notes\n");
  EXPECT_EQ(pack.problem_ids, std::vector<std::string>{"stairs"});
}

TEST_F(LibraryTest, InstallRefusesAFifo) {
  make_pack(source_, "extra", {"stairs"});
  ASSERT_EQ(mkfifo((source_ / "pipe").c_str(), 0644), 0);
  EXPECT_THAT(error_of([&] { (void)Library::install(source_, packs_, load()); }),
              ::testing::HasSubstr((source_ / "pipe").string() + ": not a regular file"));
  EXPECT_FALSE(fs::exists(packs_ / ".installing-extra"));
}

}  // namespace
}  // namespace judge
