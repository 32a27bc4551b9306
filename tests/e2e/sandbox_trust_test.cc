// Attacks through the whole judge: what a submission, a compiler fed hostile source, or a
// pack's checker can do to the host (issue "Trust"). The sandbox's own tests
// (tests/sandbox) cover each mechanism; these show the judge uses it where it matters.
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>

#include <fmt/format.h>

#include "harness.h"

namespace e2e {
namespace {

using namespace std::chrono_literals;

fs::path trust_data(const std::string& name) {
  return testdata() / "e2e-trust" / name;
}

// Every file under `root` with its contents and permissions.
std::map<std::string, std::string> snapshot(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const auto perms = static_cast<unsigned>(entry.symlink_status().permissions());
    files[entry.path().string()] =
        (entry.is_regular_file() ? read_file(entry.path()) : "<dir>") + " " + std::to_string(perms);
  }
  return files;
}

class SandboxTrustTest : public JudgeTest {};

TEST_F(SandboxTrustTest, AProgramCannotRewriteItsTestInput) {
  // A checkout of a pack the user owns, writable by the user (and so by any program that could
  // reach an inode of it): a program rewrote its input through /proc/self/fd/0.
  const fs::path pack = scratch() / "pack-copy" / "e2e-add";
  fs::create_directories(pack.parent_path());
  fs::copy(problem_dir("e2e-add"), pack, fs::copy_options::recursive);
  for (const auto& entry : fs::recursive_directory_iterator(pack)) {
    fs::permissions(entry.path(), fs::perms::owner_write, fs::perm_options::add);
  }
  const auto before = snapshot(pack);
  json j = submit_json(trust_data("rewrite_input.c"), pack.string(), 0);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), "AC");
  EXPECT_EQ(snapshot(pack), before);
}

TEST_F(SandboxTrustTest, TheAnswersOfAnInstalledPackAreInvisible) {
  // The judge installed under /usr (cmake --install, prefix /usr/local): every program sees
  // /usr, and a program read the .ans of its own test there and passed.
  const fs::path prefix = fmt::format("/usr/local/lib/judge-e2e-{}", getpid());
  std::error_code ec;
  fs::create_directories(prefix / "bin", ec);
  if (ec) {
    GTEST_SKIP() << "cannot install under /usr/local to try (" << ec.message()
                 << "); run as root to cover this";
  }
  struct Remove {
    fs::path path;
    ~Remove() {
      std::error_code ignored;
      fs::remove_all(path, ignored);
    }
  } remove{prefix};
  fs::copy_file(judge_program(), prefix / "bin" / "judge");
  const fs::path installed = prefix / "share" / "judge" / "problems";
  fs::create_directories(installed.parent_path());
  fs::copy(pack_dir(), installed, fs::copy_options::recursive);
  fs::permissions(prefix, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec);
  std::string source = read_file(trust_data("read_installed.c.in"));
  const std::string secret = (installed / "e2e-add" / "data" / "secret").string();
  source.replace(source.find("@SECRET@"), 8, secret);
  const fs::path attack = scratch() / "attack.c";
  write_file(attack, source);

  Output r = start_program({(prefix / "bin" / "judge").string(), "submit", attack.string(),
                            "--problem", "e2e-add", "--explain", "x", "--json"})
                 ->wait();
  // Runs the installed copy, which finds its built-in pack beside itself.
  json j = json::parse(r.out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << r.describe();
  EXPECT_NE(j.at("verdict"), "AC") << r.describe();
  EXPECT_EQ(j.at("verdict"), "WA") << r.describe();
}

TEST_F(SandboxTrustTest, TheAnswersOfAProblemJudgedByPathUnderUsrAreInvisible) {
  // The red team copied a problem under /usr/local/share and judged it by path: every program
  // sees /usr, and read the answers beside its test.
  const fs::path root = fmt::format("/usr/local/share/judge-e2e-path-{}", getpid());
  std::error_code ec;
  fs::create_directories(root, ec);
  if (ec) {
    GTEST_SKIP() << "cannot write under /usr/local to try (" << ec.message()
                 << "); run as root to cover this";
  }
  struct Remove {
    fs::path path;
    ~Remove() {
      std::error_code ignored;
      fs::remove_all(path, ignored);
    }
  } remove{root};
  fs::copy(problem_dir("e2e-add"), root / "e2e-add", fs::copy_options::recursive);
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    fs::permissions(entry.path(), fs::perms::others_read | fs::perms::others_exec,
                    fs::perm_options::add);
  }
  std::string source = read_file(trust_data("read_installed.c.in"));
  source.replace(source.find("@SECRET@"), 8, (root / "e2e-add" / "data" / "secret").string());
  const fs::path attack = scratch() / "attack.c";
  write_file(attack, source);
  json j = submit_json(attack, (root / "e2e-add").string(), 1);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), "WA");
}

TEST_F(SandboxTrustTest, ACompilerReadingAnEndlessFileStopsAtTheCompileLimit) {
  // `#include "/dev/zero"`: cc1plus grew to 4.1 GiB under a 2 GiB limit, because only the
  // compiler driver was measured.
  const auto start = std::chrono::steady_clock::now();
  json j = submit_json(trust_data("dev_zero.cpp"), problem_dir("e2e-add").string(), 1);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("verdict"), "CE");
  EXPECT_NE(j.at("compile").at("message").get<std::string>().find("more than 2 GiB of memory"),
            std::string::npos)
      << j.dump(2);
  EXPECT_LT(std::chrono::steady_clock::now() - start, 120s);
}

TEST_F(SandboxTrustTest, ACheckerCannotFillTheDiskThroughItsFeedbackFolder) {
  // A pack's checker wrote 1 GiB and thousands of files into the host's /tmp through its
  // feedback folder. Now that folder is a private copy, capped like every writable folder.
  if (const char* mode = std::getenv("JUDGE_SANDBOX");
      mode != nullptr && mode == std::string("landlock")) {
    GTEST_SKIP() << "without namespaces a checker's folders are host folders: only each file's "
                    "size is capped (docs/sandbox.md)";
  }
  json j = judge_json({"test", trust_data("rewrite_input.c").string(), "--problem",
                       trust_data("fill-checker").string(), "--json"},
                      0, {});
  ASSERT_TRUE(j.is_object());
  const std::string message = j.at("tests").at(0).at("message");
  long long bytes = -1;
  long files = -1;
  ASSERT_EQ(std::sscanf(message.c_str(), "wrote %lld bytes and %ld files", &bytes, &files), 2)
      << message;
  EXPECT_LE(bytes, 16LL << 20) << message;
  EXPECT_LE(files, 4096) << message;
}

}  // namespace
}  // namespace e2e
