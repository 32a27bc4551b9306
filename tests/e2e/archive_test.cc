// `judge pack add FILE.zip|FILE.tar.gz` (judge/src/archive.cc): an archive is untrusted input.
// Each test builds, at test time with Python's zipfile and tarfile, an archive of the fixture
// package `average` plus one hostile entry, and expects the judge to refuse it naming the
// entry, install nothing and leave no unpacked file behind; the same archive without that
// entry (the control) installs.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "harness.h"

namespace e2e {
namespace {

// make_archive.py FORMAT OUT SOURCE KIND: SOURCE's files under its folder name, plus the
// hostile entry KIND ("none" for the control).
constexpr const char* kMakeArchive = R"PY(
import io, os, stat, sys, tarfile, zipfile
fmt, out, src, kind = sys.argv[1:5]
base = os.path.basename(src.rstrip('/'))
files = []
for root, dirs, names in os.walk(src):
    dirs.sort()
    for n in sorted(names):
        p = os.path.join(root, n)
        files.append((p, base + '/' + os.path.relpath(p, src)))

def zip_extra(z):
    if kind == 'traversal':
        z.writestr(base + '/../../escaped.txt', 'escaped')
    elif kind == 'absolute':
        z.writestr('/tmp/judge-archive-test-escaped.txt', 'escaped')
    elif kind == 'symlink':
        info = zipfile.ZipInfo(base + '/data/secret/passwd.in')
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(info, '/etc/passwd')
    elif kind == 'duplicate':
        z.writestr(base + '/problem.yaml', 'name: Another\n')
    elif kind in ('file_then_folder', 'folder_twice'):
        name = base + ('/problem.yaml/' if kind == 'file_then_folder' else '/data/')
        for _ in range(1 if kind == 'file_then_folder' else 2):
            info = zipfile.ZipInfo(name)
            info.create_system = 3
            info.external_attr = ((stat.S_IFDIR | 0o755) << 16) | 0x10
            z.writestr(info, '')
    elif kind == 'bomb':
        z.writestr(base + '/data/secret/zeros.in', bytes(80 << 20))

def tar_extra(t):
    def add(info, data=b''):
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
    if kind == 'traversal':
        add(tarfile.TarInfo(base + '/../../escaped.txt'), b'escaped')
    elif kind == 'absolute':
        add(tarfile.TarInfo('/tmp/judge-archive-test-escaped.txt'), b'escaped')
    elif kind in ('symlink', 'hardlink'):
        info = tarfile.TarInfo(base + '/data/secret/passwd.in')
        info.type = tarfile.SYMTYPE if kind == 'symlink' else tarfile.LNKTYPE
        info.linkname = '/etc/passwd'
        t.addfile(info)
    elif kind == 'device':
        info = tarfile.TarInfo(base + '/data/secret/null.in')
        info.type = tarfile.CHRTYPE
        info.devmajor, info.devminor = 1, 3
        t.addfile(info)
    elif kind == 'duplicate':
        add(tarfile.TarInfo(base + '/problem.yaml'), b'name: Another\n')
    elif kind in ('file_then_folder', 'folder_twice'):
        name = base + ('/problem.yaml' if kind == 'file_then_folder' else '/data')
        for _ in range(1 if kind == 'file_then_folder' else 2):
            info = tarfile.TarInfo(name)
            info.type = tarfile.DIRTYPE
            info.mode = 0o755
            t.addfile(info)

if fmt == 'zip':
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for p, name in files:
            z.write(p, name)
        zip_extra(z)
else:
    with tarfile.open(out, 'w:gz') as t:
        for p, name in files:
            t.add(p, name)
        tar_extra(t)
)PY";

class ArchiveTest : public JudgeTest {
 protected:
  void SetUp() override {
    JudgeTest::SetUp();
    if (!have_program("python3")) {
      GTEST_SKIP() << "python3 is not installed";
    }
    write_file(scratch() / "make_archive.py", kMakeArchive);
  }

  // The archive FORMAT ("zip" or "tgz") of `source` with the hostile entry `kind`.
  fs::path make(const std::string& format, const std::string& kind,
                const fs::path& source = testdata() / "kattis" / "average") {
    const fs::path out =
        scratch() / (source.filename().string() + "-" + kind + (format == "zip" ? ".zip" : ".tgz"));
    auto p = start_program({"/usr/bin/python3", (scratch() / "make_archive.py").string(), format,
                            out.string(), source.string(), kind});
    Output made = p->wait();
    EXPECT_EQ(made.exit_code, 0) << made.describe();
    return out;
  }

  // Adding `archive` fails naming `entry` and `why`, and leaves no pack and no unpacked file.
  void expect_refused(const fs::path& archive, const std::string& entry, const std::string& why) {
    Output add = judge({"pack", "add", archive.string()});
    EXPECT_EQ(add.exit_code, 2) << add.describe();
    EXPECT_NE(add.err.find("entry '" + entry), std::string::npos) << add.describe();
    EXPECT_NE(add.err.find(why), std::string::npos) << add.describe();
    EXPECT_NE(add.err.find("untrusted"), std::string::npos) << add.describe();  // the hint
    std::error_code ec;
    for (const auto& e : fs::recursive_directory_iterator(home(), ec)) {
      EXPECT_EQ(e.path().filename().string().rfind(".unpacking-", 0), std::string::npos)
          << e.path();
      EXPECT_NE(e.path().filename(), "escaped.txt") << e.path();
    }
    EXPECT_FALSE(fs::exists(home() / "packs" / "average"));
    EXPECT_FALSE(fs::exists(scratch() / "escaped.txt"));
    EXPECT_FALSE(fs::exists("/tmp/judge-archive-test-escaped.txt"));
  }

  // The control: the same kind of archive without the hostile entry installs.
  void expect_installs(const fs::path& archive) {
    Output add = judge({"pack", "add", archive.string()});
    ASSERT_EQ(add.exit_code, 0) << add.describe();
    EXPECT_TRUE(fs::is_regular_file(home() / "packs" / "average" / "average" / "problem.yaml"));
    Output show = judge({"show", "average"});
    EXPECT_EQ(show.exit_code, 0) << show.describe();
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(home() / "packs", ec)) {
      EXPECT_EQ(e.path().filename().string().rfind(".unpacking-", 0), std::string::npos);
    }
  }
};

TEST_F(ArchiveTest, AGoodZipAndAGoodTarGzInstall) {
  expect_installs(make("zip", "none"));
  Output removed = judge({"pack", "remove", "average"});
  ASSERT_EQ(removed.exit_code, 0) << removed.describe();
  expect_installs(make("tgz", "none"));
}

TEST_F(ArchiveTest, AContestFolderInAnArchiveIsAPackOfPackages) {
  Output add = judge({"pack", "add", make("tgz", "none", testdata() / "kattis").string()});
  ASSERT_EQ(add.exit_code, 0) << add.describe();
  json list = judge_json({"list", "--json"}, 0);
  int in_pack = 0;
  for (const auto& row : list) {
    in_pack += row.at("pack") == "kattis" ? 1 : 0;
  }
  EXPECT_EQ(in_pack, 5) << list.dump(2);
}

TEST_F(ArchiveTest, ATraversalIsRefused) {
  expect_refused(make("zip", "traversal"), "average/../../escaped.txt", "'..'");
  expect_refused(make("tgz", "traversal"), "average/../../escaped.txt", "'..'");
}

TEST_F(ArchiveTest, AnAbsolutePathIsRefused) {
  expect_refused(make("zip", "absolute"), "/tmp/judge-archive-test-escaped.txt", "absolute");
  expect_refused(make("tgz", "absolute"), "/tmp/judge-archive-test-escaped.txt", "absolute");
}

TEST_F(ArchiveTest, LinksAreRefused) {
  expect_refused(make("zip", "symlink"), "average/data/secret/passwd.in", "symbolic link");
  expect_refused(make("tgz", "symlink"), "average/data/secret/passwd.in", "symbolic link");
  expect_refused(make("tgz", "hardlink"), "average/data/secret/passwd.in", "hard link");
}

TEST_F(ArchiveTest, ADeviceIsRefused) {
  expect_refused(make("tgz", "device"), "average/data/secret/null.in", "device");
}

TEST_F(ArchiveTest, ARepeatedPathIsRefused) {
  expect_refused(make("zip", "duplicate"), "average/problem.yaml", "repeats a path");
  expect_refused(make("tgz", "duplicate"), "average/problem.yaml", "repeats a path");
  // Two cases that only the check of paths seen can refuse so: a file can't be created over
  // the first copy of a file (O_EXCL), but a folder over a file fails otherwise ("not a
  // folder"), and a folder made twice would pass.
  for (const char* format : {"zip", "tgz"}) {
    expect_refused(make(format, "file_then_folder"), "average/problem.yaml", "repeats a path");
    expect_refused(make(format, "folder_twice"), "average/data", "repeats a path");
  }
}

TEST_F(ArchiveTest, ABombIsRefused) {
  // 80 MiB of zeros deflate to about 80 KiB: a thousand times smaller.
  expect_refused(make("zip", "bomb"), "average/data/secret/zeros.in", "times its size");
}

TEST_F(ArchiveTest, AFileThatIsNotAnArchiveIsAClearError) {
  const fs::path fake = scratch() / "notes.zip";
  write_file(fake, "not a zip file\n");
  Output add = judge({"pack", "add", fake.string()});
  EXPECT_EQ(add.exit_code, 2) << add.describe();
  EXPECT_NE(add.err.find("notes.zip"), std::string::npos) << add.describe();
}

}  // namespace
}  // namespace e2e
