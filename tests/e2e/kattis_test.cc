// ICPC/Kattis packages judged as they are (docs/kattis.md): judge show, submit and pack check
// on the fixture packages in tests/testdata/kattis, one per feature (average: legacy, float
// tolerance, measured limit; pairsum: folder validator, .timelimit; shout: 2023-07-draft
// nested groups, Java class, folder submission; halves: 2025-09; guess: interactive, refused).
#include <chrono>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "harness.h"

namespace e2e {
namespace {

class KattisTest : public JudgeTest {
 protected:
  void SetUp() override {
    JudgeTest::SetUp();
    for (const char* tool : {"gcc", "g++", "python3"}) {
      if (!have_program(tool)) {
        GTEST_SKIP() << tool << " is not installed";
      }
    }
  }
  static fs::path package(const std::string& name) { return testdata() / "kattis" / name; }
  // A copy of package `name` in the scratch folder, with its accepted submissions only.
  fs::path accepted_only_copy(const std::string& name) {
    const fs::path copy = scratch() / name;
    fs::copy(package(name), copy, fs::copy_options::recursive);
    for (const char* folder : {"wrong_answer", "time_limit_exceeded", "run_time_error"}) {
      fs::remove_all(copy / "submissions" / folder);
    }
    return copy;
  }
};

TEST_F(KattisTest, ShowRendersTheStatementAndSaysHowTheLimitIsObtained) {
  // A cache of its own: the shared one may hold the limit another test measured.
  RunOptions fresh;
  fresh.env = {"JUDGE_CACHE_DIR=" + (scratch() / "cache").string()};
  Output show = judge({"show", package("average").string()}, fresh);
  ASSERT_EQ(show.exit_code, 0) << show.describe();
  EXPECT_NE(show.out.find("ICPC/Kattis package"), std::string::npos) << show.out;
  EXPECT_NE(show.out.find("Statement: rendered by"), std::string::npos) << show.out;
  EXPECT_NE(show.out.find("Time limit: not measured yet"), std::string::npos) << show.out;
  EXPECT_NE(show.out.find("absolute or relative error"), std::string::npos) << show.out;
}

TEST_F(KattisTest, AFixedLimitIsTheSameForEveryLanguage) {
  json j = judge_json({"show", package("pairsum").string(), "--json"}, 0);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("limits").at("time_s"), 2.0);
  EXPECT_EQ(j.at("limits").at("time_s_by_language").at("python"), 2.0) << j.dump(2);
  EXPECT_EQ(j.at("limits").at("time_limit_how"), "2 s: the package's .timelimit file");
}

TEST_F(KattisTest, AFolderNamedWithALeadingDigitIsAProblem) {
  const fs::path copy = scratch() / "3dprinter";
  fs::copy(package("halves"), copy, fs::copy_options::recursive);
  Output show = judge({"show", copy.string()});
  EXPECT_EQ(show.exit_code, 0) << show.describe();
  EXPECT_NE(show.out.find("[3dprinter]"), std::string::npos) << show.out;
}

TEST_F(KattisTest, SubmitMeasuresTheLimitOnceThenJudgesWithTheDefaultValidator) {
  json ac = submit_json(package("average") / "submissions/accepted/average.py",
                        package("average").string(), 0);
  ASSERT_TRUE(ac.is_object());
  EXPECT_EQ(ac.at("verdict"), "AC") << ac.dump(2);
  // Measured by that submit and kept: show says so.
  Output show = judge({"show", package("average").string()});
  EXPECT_NE(show.out.find("the slowest accepted submission ran"), std::string::npos) << show.out;
  EXPECT_NE(show.out.find("measured before"), std::string::npos) << show.out;
  // An integer for 2.5: outside the float tolerance.
  json wa = submit_json(package("average") / "submissions/wrong_answer/integer_division.py",
                        package("average").string(), 1);
  ASSERT_TRUE(wa.is_object());
  EXPECT_EQ(wa.at("verdict"), "WA") << wa.dump(2);
}

TEST_F(KattisTest, TheFolderValidatorJudgesWithItsOwnHeader) {
  json ac = submit_json(package("pairsum") / "submissions/accepted/pairs_reversed.py",
                        package("pairsum").string(), 0);
  ASSERT_TRUE(ac.is_object());
  EXPECT_EQ(ac.at("verdict"), "AC") << ac.dump(2);
  json wa = submit_json(package("pairsum") / "submissions/wrong_answer/always_first_two.py",
                        package("pairsum").string(), 1);
  ASSERT_TRUE(wa.is_object());
  EXPECT_EQ(wa.at("verdict"), "WA") << wa.dump(2);
}

TEST_F(KattisTest, AnInteractivePackageIsRefusedNamingTheFeature) {
  Output submit = judge({"submit", (package("guess") / "submissions/accepted/bisect.py").string(),
                         "--problem", package("guess").string(), "--explain", "bisect"});
  EXPECT_EQ(submit.exit_code, 2) << submit.describe();
  EXPECT_NE(submit.err.find("interactive"), std::string::npos) << submit.describe();
  json check = judge_json({"pack", "check", package("guess").string(), "--json"}, 1);
  ASSERT_TRUE(check.is_object());
  EXPECT_EQ(check.at("failures"), 1) << check.dump(2);
}

TEST_F(KattisTest, PackAddInstallsOnePackageOrAFolderOfThem) {
  Output one = judge({"pack", "add", package("average").string()});
  ASSERT_EQ(one.exit_code, 0) << one.describe();
  Output show = judge({"show", "average"});
  EXPECT_EQ(show.exit_code, 0) << show.describe();
  Output removed = judge({"pack", "remove", "average"});
  ASSERT_EQ(removed.exit_code, 0) << removed.describe();
  // The folder of fixtures, as a contest's repository: every package, the pack named after it.
  Output all = judge({"pack", "add", (testdata() / "kattis").string()});
  ASSERT_EQ(all.exit_code, 0) << all.describe();
  json list = judge_json({"list", "--json"}, 0);
  ASSERT_TRUE(list.is_array());
  int in_pack = 0;
  for (const auto& row : list) {
    in_pack += row.at("pack") == "kattis" ? 1 : 0;
  }
  EXPECT_EQ(in_pack, 5) << list.dump(2);
}

TEST_F(KattisTest, PackAddForceReplacesAnInstalledPackageAndKeepsTheHistory) {
  const fs::path copy = scratch() / "average";
  fs::copy(package("average"), copy, fs::copy_options::recursive);
  ASSERT_EQ(judge({"pack", "add", copy.string()}).exit_code, 0);
  json ac = submit_json(copy / "submissions/accepted/average.py", "average", 0);
  ASSERT_TRUE(ac.is_object());
  // A new version of the package: another name in problem.yaml.
  std::string yaml = read_file(copy / "problem.yaml");
  const std::size_t name = yaml.find("name: ");
  ASSERT_NE(name, std::string::npos) << yaml;
  yaml.replace(name, yaml.find('\n', name) - name, "name: Average Two");
  write_file(copy / "problem.yaml", yaml);
  Output clash = judge({"pack", "add", copy.string()});
  EXPECT_EQ(clash.exit_code, 2) << clash.describe();
  EXPECT_NE(clash.err.find("--force"), std::string::npos) << clash.describe();
  Output force = judge({"pack", "add", "--force", copy.string()});
  ASSERT_EQ(force.exit_code, 0) << force.describe();
  EXPECT_NE(force.out.find("Replaced pack 'average'"), std::string::npos) << force.describe();
  Output show = judge({"show", "average"});
  EXPECT_NE(show.out.find("Average Two"), std::string::npos) << show.describe();
  json history = judge_json({"history", "--json"}, 0);
  ASSERT_TRUE(history.is_array());
  EXPECT_EQ(history.size(), 1U) << history.dump(2);
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(home() / "packs", ec)) {
    EXPECT_EQ(e.path().filename().string()[0], 'a') << e.path();  // no leftover .installing-
  }
}

TEST_F(KattisTest, ListShowsNoDifficultyOrTimeForAPackage) {
  ASSERT_EQ(judge({"pack", "add", package("average").string()}).exit_code, 0);
  json list = judge_json({"list", "--json"}, 0);
  bool found = false;
  for (const auto& row : list) {
    if (row.at("id") == "average") {
      found = true;
      EXPECT_TRUE(row.at("difficulty").is_null()) << row.dump();
      EXPECT_TRUE(row.at("minutes").is_null()) << row.dump();
    }
  }
  EXPECT_TRUE(found) << list.dump(2);
  Output text = judge({"list"});
  const std::size_t line = text.out.find("average");
  ASSERT_NE(line, std::string::npos) << text.describe();
  const std::string row = text.out.substr(line, text.out.find('\n', line) - line);
  EXPECT_EQ(row.find("medium"), std::string::npos) << row;
  EXPECT_EQ(row.find("0m"), std::string::npos) << row;
  EXPECT_NE(row.find("—"), std::string::npos) << row;
}

TEST_F(KattisTest, YourOwnJavaFileKeepsItsClassName) {
  if (!have_program("javac")) {
    GTEST_SKIP() << "javac is not installed";
  }
  // public class Shout in Shout.java: copied to Main.java it would not compile.
  const fs::path mine = scratch() / "Shout.java";
  fs::copy_file(package("shout") / "submissions/accepted/Shout.java", mine);
  Output test = judge({"test", mine.string(), "--problem", package("shout").string()});
  EXPECT_EQ(test.exit_code, 0) << test.describe();
  EXPECT_NE(test.out.find("1/1 tests passed"), std::string::npos) << test.describe();
}

TEST_F(KattisTest, JudgeTomlRunsThePackagesPythonWithPyPy) {
  if (!have_program("pypy3")) {
    GTEST_SKIP() << "pypy3 is not installed";
  }
  // A copy of average whose one extra accepted submission is right under PyPy only.
  const fs::path copy = accepted_only_copy("average");
  write_file(copy / "submissions/accepted/pypy_only.py",
             "import sys\n"
             "if sys.implementation.name != 'pypy':\n"
             "    print('not pypy')\n"
             "    sys.exit(0)\n" +
                 read_file(copy / "submissions/accepted/average.py"));
  auto row_of = [](const json& check, const std::string& item) {
    for (const auto& row : check.at("rows")) {
      if (row.at("item") == item) {
        return row;
      }
    }
    return json();
  };
  // The control: CPython, as without judge.toml.
  json cpython = judge_json({"pack", "check", copy.string(), "--json"}, 1);
  ASSERT_TRUE(cpython.is_object());
  EXPECT_EQ(row_of(cpython, "submissions/accepted/pypy_only.py").at("got"), "WA");
  write_file(copy / "judge.toml", "python = \"pypy\"\n");
  json pypy = judge_json({"pack", "check", copy.string(), "--json"}, 0);
  ASSERT_TRUE(pypy.is_object());
  EXPECT_EQ(row_of(pypy, "submissions/accepted/pypy_only.py").at("got"), "AC") << pypy.dump(2);
  write_file(copy / "judge.toml", "python = \"pypi\"\n");
  Output typo = judge({"pack", "check", copy.string()});
  EXPECT_EQ(typo.exit_code, 1) << typo.describe();
  EXPECT_NE(typo.out.find("judge.toml:1:10: python = \"pypi\""), std::string::npos)
      << typo.describe();
}

TEST_F(KattisTest, ALimitMeasuredWithCPythonInPlaceOfPyPyIsNotReusedWithPyPy) {
  if (!have_program("pypy3")) {
    GTEST_SKIP() << "pypy3 is not installed";
  }
  const fs::path copy = accepted_only_copy("average");
  write_file(copy / "judge.toml", "python = \"pypy\"\n");
  // A cache of its own, and PyPy made missing by the user's languages.toml: its toolchain is
  // a program that is not there, so the package's Python runs with CPython.
  RunOptions options;
  options.env = {"JUDGE_CACHE_DIR=" + (scratch() / "cache").string()};
  const std::string no_pypy =
      "[pypy]\nname = \"Python 3 (PyPy)\"\nextensions = []\nsource = \"main.py\"\n"
      "compile = [\"pypy3-not-here\", \"-m\", \"py_compile\", \"main.py\"]\n"
      "run = [\"pypy3-not-here\", \"/box/main.py\"]\npackage = \"pypy3\"\n";
  auto how = [&] {
    json j = judge_json({"show", copy.string(), "--json"}, 0, options);
    return j.is_object() ? j.at("limits").at("time_limit_how").get<std::string>() : "";
  };
  write_file(home() / "languages.toml", no_pypy);
  Output cpython = judge({"pack", "check", copy.string()}, options);
  ASSERT_EQ(cpython.exit_code, 0) << cpython.describe();
  EXPECT_NE(cpython.out.find("run with Python 3 (CPython)"), std::string::npos)
      << cpython.describe();
  EXPECT_NE(how().find("measured before"), std::string::npos);
  // pypy3 is there now: the CPython-measured limit is not the package's limit with PyPy.
  fs::remove(home() / "languages.toml");
  EXPECT_EQ(how().rfind("not measured yet", 0), 0U) << how();
  // And the reverse, in a fresh cache (the one above keeps its CPython limit, rightly found
  // again without pypy3): a limit measured with PyPy is not reused without it.
  options.env = {"JUDGE_CACHE_DIR=" + (scratch() / "cache2").string()};
  Output pypy = judge({"pack", "check", copy.string()}, options);
  ASSERT_EQ(pypy.exit_code, 0) << pypy.describe();
  EXPECT_EQ(pypy.out.find("CPython"), std::string::npos) << pypy.describe();
  EXPECT_NE(how().find("measured before"), std::string::npos);
  write_file(home() / "languages.toml", no_pypy);
  EXPECT_EQ(how().rfind("not measured yet", 0), 0U) << how();
}

TEST_F(KattisTest, MeasuringStopsAnAcceptedSubmissionAtItsFirstFailedTest) {
  // An accepted submission that is right on the sample, fails the first hidden test, and
  // would spin to the measuring limit (20 s) on each later one: it is not counted, so its
  // later tests are not run.
  const fs::path copy = accepted_only_copy("average");
  write_file(copy / "submissions/accepted/gives_up.py",
             "import sys\n"
             "n = int(sys.stdin.readline())\n"
             "if n == 1:\n"
             "    sys.exit(1)\n"
             "while n != 4:\n"
             "    pass\n"
             "print(2.5)\n");
  RunOptions options;
  options.env = {"JUDGE_CACHE_DIR=" + (scratch() / "cache").string()};
  const auto start = std::chrono::steady_clock::now();
  Output test = judge(
      {"test", (copy / "submissions/accepted/average.py").string(), "--problem", copy.string()},
      options);
  const auto seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(test.exit_code, 0) << test.describe();
  EXPECT_LT(seconds, 15.0) << "the failed submission's later tests were run";
  json show = judge_json({"show", copy.string(), "--json"}, 0, options);
  ASSERT_TRUE(show.is_object());
  EXPECT_NE(show.at("limits").at("time_limit_how").get<std::string>().find("measured before"),
            std::string::npos)
      << show.dump(2);
}

TEST_F(KattisTest, PackCheckListsEachNoteOnce) {
  // A submissions folder the judge does not run is noted: once, not once per list it is in.
  const fs::path copy = scratch() / "average";
  fs::copy(package("average"), copy, fs::copy_options::recursive);
  fs::create_directories(copy / "submissions/partially_accepted");
  fs::copy_file(copy / "submissions/accepted/average.py",
                copy / "submissions/partially_accepted/average.py");
  json check = judge_json({"pack", "check", copy.string(), "--json"}, 0);
  ASSERT_TRUE(check.is_object());
  int notes = 0;
  for (const auto& row : check.at("rows")) {
    if (row.at("item") == "note" &&
        row.at("detail").get<std::string>().find("partially_accepted") != std::string::npos) {
      ++notes;
    }
  }
  EXPECT_EQ(notes, 1) << check.dump(2);
}

// Every labelled submission in a language installed here gets its folder's verdict.
class KattisPackCheck : public KattisTest, public ::testing::WithParamInterface<const char*> {};

TEST_P(KattisPackCheck, AgreesWithTheLabels) {
  json j = judge_json({"pack", "check", package(GetParam()).string(), "--json"}, 0);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.at("failures"), 0) << j.dump(2);
  int judged = 0;
  for (const auto& row : j.at("rows")) {
    const std::string item = row.at("item");
    if (item.rfind("submissions/", 0) == 0 && row.at("status") != "skipped") {
      EXPECT_EQ(row.at("got"), row.at("expected")) << row.dump();
      ++judged;
    }
  }
  EXPECT_GE(judged, 4) << j.dump(2);  // AC, WA, TLE and RE at least
}

INSTANTIATE_TEST_SUITE_P(Fixtures, KattisPackCheck,
                         ::testing::Values("average", "pairsum", "shout", "halves"));

}  // namespace
}  // namespace e2e
