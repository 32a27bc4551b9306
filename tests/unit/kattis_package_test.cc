// ICPC/Kattis packages as a whole (kattis/package.cc, test_data.cc, submissions.cc): the
// fixtures of tests/testdata/kattis, and packages made here to break the rules.
#include <sys/stat.h>

#include <string>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "judge/error.h"
#include "judge/kattis/package.h"
#include "judge/paths.h"
#include "test_support.h"

namespace judge::kattis {
namespace {

namespace fs = std::filesystem;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using unit::error_of;
using unit::write_file;

const fs::path kFixtures = JUDGE_KATTIS_TESTDATA;

std::vector<std::string> test_names(const KattisPackage& p) {
  std::vector<std::string> names;
  for (const auto& t : p.test_data.tests) {
    names.push_back(t.name);
  }
  return names;
}

const KattisTest& test(const KattisPackage& p, const std::string& name) {
  for (const auto& t : p.test_data.tests) {
    if (t.name == name) {
      return t;
    }
  }
  throw std::runtime_error("no test " + name);
}

const KattisSubmission& submission(const KattisPackage& p, const std::string& name) {
  for (const auto& s : p.submissions.submissions) {
    if (s.program.name == name) {
      return s;
    }
  }
  throw std::runtime_error("no submission " + name);
}

std::vector<std::string> features(const KattisPackage& p) {
  std::vector<std::string> out;
  for (const auto& u : p.unsupported) {
    out.push_back(u.feature);
  }
  return out;
}

TEST(KattisFixtureTest, ReadsALegacyPackageWithAFloatTolerance) {
  const KattisPackage p = load_kattis_package(kFixtures / "average");
  EXPECT_EQ(p.id, "average");
  EXPECT_EQ(p.title(), "Average");
  EXPECT_EQ(p.metadata.format, Format::kLegacy);
  EXPECT_THAT(test_names(p),
              ElementsAre("sample/1", "secret/01-one", "secret/02-negative", "secret/03-large"));
  const KattisTest& sample = test(p, "sample/1");
  EXPECT_TRUE(sample.sample);
  EXPECT_EQ(sample.input, fs::canonical(kFixtures / "average/data/sample/1.in"));
  EXPECT_EQ(sample.answer, fs::canonical(kFixtures / "average/data/sample/1.ans"));
  const KattisTest& negative = test(p, "secret/02-negative");
  EXPECT_FALSE(negative.sample);
  EXPECT_EQ(negative.group, "secret");
  EXPECT_EQ(negative.desc, "a negative number; the average is not whole");
  EXPECT_EQ(negative.hint, "Integer division rounds towards zero.");
  EXPECT_THAT(negative.validator_args, ElementsAre("float_tolerance", "1e-6"));
  const DefaultValidatorOptions options = default_validator_options(p, negative);
  EXPECT_EQ(options.float_absolute, 1e-6);
  EXPECT_EQ(options.float_relative, 1e-6);
  EXPECT_FALSE(options.case_sensitive);
  EXPECT_FALSE(p.output_validator);
  EXPECT_EQ(p.timelimit_file, std::nullopt);
  ASSERT_TRUE(p.statement);
  EXPECT_EQ(p.statement->kind, StatementFile::Kind::kLatex);
  EXPECT_EQ(p.statement->language, "en");
  EXPECT_EQ(p.statement_title, "Average");
  EXPECT_TRUE(p.unsupported.empty());
}

TEST(KattisFixtureTest, ListsSubmissionsByFolderWithTheirLanguages) {
  const KattisPackage p = load_kattis_package(kFixtures / "average");
  std::vector<std::string> listed;
  for (const auto& s : p.submissions.submissions) {
    listed.push_back(fmt::format("{} {} {}", code(s.expected), s.program.name, s.program.language));
  }
  EXPECT_THAT(listed,
              ElementsAre("AC accepted/Average.java java", "AC accepted/average.cpp cpp",
                          "AC accepted/average.hs ", "AC accepted/average.py python",
                          "RE run_time_error/abort.c c", "TLE time_limit_exceeded/spin.cpp cpp",
                          "WA wrong_answer/integer_division.py python"));
  const KattisSubmission& java = submission(p, "accepted/Average.java");
  EXPECT_EQ(java.program.java_class, "Average");
  EXPECT_EQ(java.program.main,
            fs::canonical(kFixtures / "average/submissions/accepted/Average.java"));
  const KattisSubmission& haskell = submission(p, "accepted/average.hs");
  EXPECT_EQ(haskell.program.skipped, "Haskell is not a language the judge runs");
  EXPECT_EQ(haskell.program.language_name, "Haskell");
}

TEST(KattisFixtureTest, FindsAFolderValidatorAndTheTimelimitFile) {
  const KattisPackage p = load_kattis_package(kFixtures / "pairsum");
  EXPECT_EQ(p.title(), "Pair Sum");  // the statement's plainproblemname: no name in problem.yaml
  EXPECT_EQ(p.timelimit_file, 2.0);
  ASSERT_TRUE(p.output_validator);
  const KattisProgram& v = *p.output_validator;
  EXPECT_EQ(v.name, "pair_checker");
  EXPECT_EQ(v.language, "cpp");
  EXPECT_EQ(v.path, fs::canonical(kFixtures / "pairsum/output_validators/pair_checker"));
  EXPECT_EQ(v.main.filename(), "check.cpp");
  ASSERT_EQ(v.files.size(), 2u);
  EXPECT_EQ(v.files[0].filename(), "check.cpp");
  EXPECT_EQ(v.files[1].filename(), "checker.h");
  // With a custom validator, the flags are its arguments, not the default validator's.
  EXPECT_TRUE(test(p, "secret/2-none").validator_args.empty());
}

TEST(KattisFixtureTest, ReadsNestedGroupsInProblemtoolsOrderWithInheritedFlags) {
  const KattisPackage p = load_kattis_package(kFixtures / "shout");
  EXPECT_EQ(p.metadata.format, Format::k2023_07);
  EXPECT_EQ(p.title(), "Shout");
  // Byte-wise order, as problemtools sorts: "10" before "2", files and folders together.
  EXPECT_THAT(test_names(p),
              ElementsAre("sample/1", "secret/group1/01", "secret/group1/02", "secret/group2/1",
                          "secret/group2/10", "secret/group2/2", "secret/group2/long/1"));
  EXPECT_TRUE(test(p, "secret/group1/01").validator_args.empty());
  EXPECT_EQ(test(p, "secret/group1/01").group, "secret/group1");
  const KattisTest& group2 = test(p, "secret/group2/10");
  EXPECT_THAT(group2.validator_args, ElementsAre("case_sensitive"));
  EXPECT_EQ(group2.validator_args_where, "data/secret/group2/testdata.yaml:2:25: ");
  const KattisTest& nested = test(p, "secret/group2/long/1");
  EXPECT_THAT(nested.validator_args, ElementsAre("case_sensitive"));  // inherited
  EXPECT_EQ(nested.desc, "a long word");
  EXPECT_TRUE(default_validator_options(p, nested).case_sensitive);
  ASSERT_TRUE(p.statement);
  EXPECT_EQ(p.statement->kind, StatementFile::Kind::kMarkdown);
  EXPECT_EQ(p.statement->path.filename(), "problem.en.md");
}

TEST(KattisFixtureTest, ReadsAMultiFileSubmission) {
  const KattisPackage p = load_kattis_package(kFixtures / "shout");
  const KattisSubmission& s = submission(p, "accepted/two_files");
  EXPECT_EQ(s.expected, Verdict::kAccepted);
  EXPECT_EQ(s.program.language, "python");
  EXPECT_EQ(s.program.path, fs::canonical(kFixtures / "shout/submissions/accepted/two_files"));
  EXPECT_EQ(s.program.main.filename(), "main.py");
  EXPECT_EQ(s.program.files.size(), 2u);
}

TEST(KattisFixtureTest, ListsAnInteractivePackageAsUnsupported) {
  const KattisPackage p = load_kattis_package(kFixtures / "guess");
  EXPECT_THAT(features(p), ElementsAre("interactive"));
  EXPECT_THAT(error_of([&] { require_supported(p.unsupported, p.id); }),
              HasSubstr("guess: the judge does not support interactive"));
}

TEST(KattisFixtureTest, Reads2025TestGroupsAndTestSettings) {
  const KattisPackage p = load_kattis_package(kFixtures / "halves");
  EXPECT_EQ(p.metadata.format, Format::k2025_09);
  EXPECT_THAT(test_names(p), ElementsAre("sample/1", "secret/negative", "secret/odd"));
  EXPECT_TRUE(test(p, "sample/1").validator_args.empty());
  const KattisTest& odd = test(p, "secret/odd");
  EXPECT_THAT(odd.validator_args, ElementsAre("float_absolute_tolerance", "0.01"));
  EXPECT_EQ(odd.desc, "an odd number");
  EXPECT_EQ(odd.hint, "Halving an odd number leaves a fraction.");
  const KattisTest& negative = test(p, "secret/negative");
  EXPECT_THAT(negative.validator_args, ElementsAre("float_absolute_tolerance", "0.001"));
  EXPECT_EQ(negative.validator_args_where, "data/secret/negative.yaml:2:24: ");
  EXPECT_EQ(default_validator_options(p, negative).float_absolute, 0.001);
}

// Packages made for one test, in a private folder.
class KattisPackageTest : public ::testing::Test {
 protected:
  KattisPackageTest() : root_(fs::canonical(tmp_.path())), dir_(root_ / "pkg") {
    write_file(dir_ / "problem.yaml", "name: Test\n");
    write_file(dir_ / "data/secret/1.in", "1\n");
    write_file(dir_ / "data/secret/1.ans", "1\n");
  }
  void touch(const std::string& relative, const std::string& contents = "x\n") {
    write_file(dir_ / relative, contents);
  }
  KattisPackage load() { return load_kattis_package(dir_); }
  std::string error() {
    return error_of([&] { (void)load(); });
  }

  TempDir tmp_{"kattis-package-test"};
  fs::path root_;
  fs::path dir_;
};

TEST_F(KattisPackageTest, AMinimalPackageLoads) {
  const KattisPackage p = load();
  EXPECT_THAT(test_names(p), ElementsAre("secret/1"));
  EXPECT_TRUE(p.submissions.submissions.empty());
  EXPECT_THAT(p.notes, Contains(HasSubstr("no submissions folder")));
  EXPECT_THAT(p.notes, Contains(HasSubstr("no statement")));
}

TEST_F(KattisPackageTest, RefusesATestLinkedOutOfThePackage) {
  write_file(root_ / "secret.txt", "host file\n");
  fs::create_symlink(root_ / "secret.txt", dir_ / "data/secret/2.in");
  touch("data/secret/2.ans");
  EXPECT_THAT(error(), HasSubstr("outside"));
}

TEST_F(KattisPackageTest, FollowsALinkInsideThePackage) {
  touch("inputs/base.in", "5\n");
  fs::create_symlink("../../inputs/base.in", dir_ / "data/secret/2.in");
  touch("data/secret/2.ans");
  const KattisPackage p = load();
  EXPECT_EQ(test(p, "secret/2").input, dir_ / "inputs/base.in");
}

TEST_F(KattisPackageTest, RefusesALinkedTestFolder) {
  touch("data/other/1.in");
  touch("data/other/1.ans");
  fs::create_directory_symlink(dir_ / "data/other", dir_ / "data/secret/group");
  EXPECT_THAT(error(), HasSubstr("a test folder may not be a link"));
}

TEST_F(KattisPackageTest, RefusesAFifoAsATest) {
  ASSERT_EQ(mkfifo((dir_ / "data/secret/2.in").c_str(), 0600), 0);
  touch("data/secret/2.ans");
  EXPECT_THAT(error(), HasSubstr("is a FIFO, not a file"));
}

TEST_F(KattisPackageTest, RefusesAnInputWithoutAnswer) {
  touch("data/secret/2.in");
  EXPECT_EQ(error(), "data/secret/2.in: the test has no answer file (2.ans is missing)");
}

TEST_F(KattisPackageTest, IgnoresNamesTheSpecificationIgnores) {
  touch("data/secret/.hidden.in");
  touch("data/secret/.hidden.ans");
  touch("data/secret/with space.in");
  touch("data/secret/with space.ans");
  touch("data/secret/picture.png");
  touch("data/secret/orphan.ans");
  const KattisPackage p = load();
  EXPECT_THAT(test_names(p), ElementsAre("secret/1"));
  EXPECT_THAT(p.notes, Contains(HasSubstr("data/secret/with space.in: ignored")));
  EXPECT_THAT(p.notes, Contains(HasSubstr("data/secret/orphan.ans: an answer without NAME.in")));
}

TEST_F(KattisPackageTest, RefusesTestFoldersNestedTooDeep) {
  std::string path = "data/secret";
  for (int i = 0; i < 18; ++i) {
    path += "/d";
  }
  touch(path + "/1.in");
  touch(path + "/1.ans");
  EXPECT_THAT(error(), HasSubstr("nested more than 16 deep"));
}

TEST_F(KattisPackageTest, RunsOnlyTheSamplesWhenThereIsNoSecretData) {
  fs::remove_all(dir_ / "data/secret");
  EXPECT_THAT(error(), HasSubstr("no test in data/sample or data/secret"));
  touch("data/sample/1.in");
  touch("data/sample/1.ans");
  EXPECT_THAT(load().notes, Contains("no test in data/secret: only the samples are run"));
}

TEST_F(KattisPackageTest, ReportsBadFlagsWhereTheyAreWritten) {
  touch("data/secret/testdata.yaml", "output_validator_flags: float_tolerance lots\n");
  EXPECT_EQ(error(),
            "data/secret/testdata.yaml:1:25: float_tolerance must be followed by a number at "
            "least 0, got \"lots\"");
  touch("problem.yaml", "validator_flags: case_insensitive\n");
  fs::remove(dir_ / "data/secret/testdata.yaml");
  EXPECT_EQ(error(), (dir_ / "problem.yaml").string() +
                         ":1:18: the default validator has no flag \"case_insensitive\"");
}

TEST_F(KattisPackageTest, AppendsGroupFlagsToProblemFlags) {
  touch("problem.yaml", "validator_flags: case_sensitive\n");
  touch("data/testdata.yaml", "output_validator_flags: float_tolerance 0.1\n");
  const KattisPackage p = load();
  EXPECT_THAT(test(p, "secret/1").validator_args,
              ElementsAre("case_sensitive", "float_tolerance", "0.1"));
}

TEST_F(KattisPackageTest, ChecksSettingsFiles) {
  touch("data/secret/testdata.yaml", "output_validator_flag: case_sensitive\n");
  EXPECT_EQ(error(),
            "data/secret/testdata.yaml:1:1: unknown key 'output_validator_flag'; did you mean "
            "'output_validator_flags'?");
  touch("data/secret/testdata.yaml", "on_reject: continue\nmood: cheerful\n");
  EXPECT_THAT(load().notes, Contains("data/secret/testdata.yaml:2:1: unknown key 'mood'; ignored"));
  touch("data/secret/testdata.yaml", "output_validator_args: [case_sensitive]\n");
  EXPECT_THAT(error(), HasSubstr("output_validator_args is the 2025-09 name"));
  fs::remove(dir_ / "data/secret/testdata.yaml");
  touch("data/secret/test_group.yaml", "output_validator_args: [case_sensitive]\n");
  EXPECT_THAT(error(), HasSubstr("a legacy package's group settings are in testdata.yaml"));
}

TEST_F(KattisPackageTest, The2025FormatReadsAnOldTestdataYaml) {
  touch("problem.yaml", "problem_format_version: 2025-09\nname: T\n");
  touch("data/secret/testdata.yaml", "output_validator_args: [float_tolerance, '0.5']\n");
  const KattisPackage p = load();
  EXPECT_THAT(test(p, "secret/1").validator_args, ElementsAre("float_tolerance", "0.5"));
  EXPECT_THAT(p.notes, Contains(HasSubstr("read as test_group.yaml")));
  touch("data/secret/testdata.yaml", "output_validator_flags: case_sensitive\n");
  EXPECT_THAT(error(), HasSubstr("did you mean 'output_validator_args'?"));
}

TEST_F(KattisPackageTest, ReportsTestArgumentsAndFilesAsUnsupported) {
  touch("problem.yaml", "problem_format_version: 2025-09\nname: T\n");
  touch("data/secret/1.yaml", "args: [--fast]\n");
  touch("data/secret/1.files/extra.txt");
  EXPECT_THAT(features(load()),
              ElementsAre("test case arguments (args)", "test case files (NAME.files)"));
  touch("data/secret/1.yaml", "desc: typo\n");
  EXPECT_THAT(error(), HasSubstr("unknown key 'desc'"));
}

TEST_F(KattisPackageTest, FindsTheOutputValidatorOnlyWhenAskedFor) {
  touch("output_validators/check/check.cc");
  KattisPackage p = load();
  EXPECT_FALSE(p.output_validator);
  EXPECT_THAT(p.notes, Contains(HasSubstr("not used: problem.yaml does not say")));
  touch("problem.yaml", "validation: custom\n");
  p = load();
  ASSERT_TRUE(p.output_validator);
  EXPECT_EQ(p.output_validator->language, "cpp");
  fs::remove_all(dir_ / "output_validators");
  EXPECT_THAT(error(), HasSubstr("'validation: custom' but the package has no "
                                 "output_validators folder"));
}

TEST_F(KattisPackageTest, ReportsValidatorsItCannotBuild) {
  touch("problem.yaml", "validation: custom\n");
  touch("output_validators/check/Check.java");
  EXPECT_THAT(features(load()), ElementsAre("an output validator in Java"));
  fs::remove_all(dir_ / "output_validators");
  touch("output_validators/check/check.cpp");
  touch("output_validators/check/build");
  EXPECT_THAT(features(load()), ElementsAre("output validator build/run scripts"));
  touch("output_validators/other/other.py");
  EXPECT_THAT(features(load()), Contains("several output validators"));
}

TEST_F(KattisPackageTest, ReadsThe2025OutputValidatorFolder) {
  touch("problem.yaml", "problem_format_version: 2025-09\nname: T\n");
  touch("output_validator/validator.cpp");
  touch("output_validator/validator.h");
  const KattisPackage p = load();
  ASSERT_TRUE(p.output_validator);
  EXPECT_EQ(p.output_validator->path, dir_ / "output_validator");
  EXPECT_EQ(p.output_validator->files.size(), 2u);
}

TEST_F(KattisPackageTest, ReportsIncludedCodeAsUnsupported) {
  touch("include/cpp/driver.cpp");
  EXPECT_THAT(features(load()), ElementsAre("included code (include/)"));
}

TEST_F(KattisPackageTest, NamesUnsupportedFeaturesBeforeTheLayoutTheyBreak) {
  touch("problem.yaml", "validation: custom interactive\n");
  fs::remove_all(dir_ / "data");
  EXPECT_THAT(error(), HasSubstr("the judge does not support interactive"));
  EXPECT_THAT(error(), HasSubstr("(and: "));
}

TEST_F(KattisPackageTest, TellsLanguagesApart) {
  touch("submissions/accepted/py2.py", "#!/usr/bin/env python2\nprint 1\n");
  touch("submissions/accepted/py3.py", "#!/usr/bin/env python3\nprint(1)\n");
  touch("submissions/accepted/py2name.py", "#!/usr/bin/python2.7\nprint 1\n");
  touch("submissions/accepted/cxx.c++", "int main() {}\n");
  touch("submissions/accepted/upper.C", "int main() {}\n");
  touch("submissions/accepted/notes.md", "# notes\n");
  touch("submissions/accepted/data.bin", "\x01\x02");
  touch("submissions/accepted/mixed/main.cpp", "int main() {}\n");
  touch("submissions/accepted/mixed/util.cpp", "\n");
  touch("submissions/accepted/mixed/gen.py", "\n");
  const KattisPackage p = load();
  EXPECT_EQ(submission(p, "accepted/py2.py").program.skipped,
            "Python 2 is not a language the judge runs");
  EXPECT_EQ(submission(p, "accepted/py3.py").program.language, "python");
  EXPECT_EQ(submission(p, "accepted/py2name.py").program.language_name, "Python 2");
  EXPECT_EQ(submission(p, "accepted/cxx.c++").program.language, "cpp");
  EXPECT_EQ(submission(p, "accepted/upper.C").program.language, "cpp");
  EXPECT_EQ(submission(p, "accepted/data.bin").program.skipped,
            "no source file of a known language");
  EXPECT_EQ(submission(p, "accepted/mixed").program.language, "cpp");
  EXPECT_EQ(submission(p, "accepted/mixed").program.main.filename(), "main.cpp");
  EXPECT_EQ(p.submissions.submissions.size(), 7u);  // notes.md is not a submission
}

TEST_F(KattisPackageTest, FindsTheJavaClassToRun) {
  touch("submissions/accepted/Named.java",
        "// public class Fake {}\nimport java.util.*;\npublic final class Named {\n"
        "  static class Inner {}\n  public static void main(String[] a) { String s = \"class "
        "X\"; }\n}\n");
  touch("submissions/accepted/other.java",
        "class Helper {}\nclass Solver {\n"
        "  public static void main(String[] args) {}\n}\n");
  touch("submissions/accepted/Wrong.java", "public class Right {\n}\n");
  touch("submissions/accepted/pkg.java", "package a.b;\npublic class pkg {}\n");
  const KattisPackage p = load();
  EXPECT_EQ(submission(p, "accepted/Named.java").program.java_class, "Named");
  EXPECT_EQ(submission(p, "accepted/other.java").program.java_class, "Solver");
  EXPECT_EQ(submission(p, "accepted/Wrong.java").program.java_class, "Right");
  EXPECT_THAT(p.notes, Contains(HasSubstr("accepted/Wrong.java: the class to run is Right, not "
                                          "Wrong")));
  EXPECT_THAT(p.notes, Contains(HasSubstr("accepted/pkg.java: declares package a.b")));
}

TEST_F(KattisPackageTest, NotesFoldersItDoesNotRun) {
  touch("submissions/partially_accepted/a.py");
  touch("submissions/mixed-verdicts/b.py");
  touch("submissions/submissions.yaml", "accepted: {permitted: [AC]}\n");
  const KattisPackage p = load();
  EXPECT_TRUE(p.submissions.submissions.empty());
  EXPECT_THAT(p.notes, Contains("submissions/partially_accepted: not run (partial scores are "
                                "for scoring problems)"));
  EXPECT_THAT(p.notes, Contains(HasSubstr("submissions/mixed-verdicts: not run")));
  EXPECT_THAT(p.notes, Contains(HasSubstr("submissions.yaml is not read")));
}

TEST_F(KattisPackageTest, RefusesASubmissionLinkedOutOfThePackage) {
  write_file(root_ / "elsewhere.py", "print(1)\n");
  fs::create_directories(dir_ / "submissions/accepted");
  fs::create_symlink(root_ / "elsewhere.py", dir_ / "submissions/accepted/link.py");
  EXPECT_THAT(error(), HasSubstr("outside"));
}

TEST_F(KattisPackageTest, SkipsAnAbsurdlyLargeSubmission) {
  touch("submissions/accepted/huge.py", std::string(2 << 20, '#'));
  EXPECT_EQ(submission(load(), "accepted/huge.py").program.skipped, "larger than 1024 KiB");
}

TEST_F(KattisPackageTest, FindsTheStatement) {
  touch("problem_statement/problem.sv.tex", "\\problemname{Svenska}\n");
  touch("problem_statement/problem.tex", "\\problemname{English}\n");
  KattisPackage p = load();
  ASSERT_TRUE(p.statement);
  EXPECT_EQ(p.statement->language, "en");  // a bare problem.tex is English (legacy)
  EXPECT_EQ(p.title(), "Test");            // problem.yaml's name wins
  fs::remove(dir_ / "problem_statement/problem.tex");
  p = load();
  EXPECT_EQ(p.statement->language, "sv");  // no English: the first language
  touch("problem.yaml", "problem_format_version: 2023-07-draft\n");
  touch("statement/problem.en.tex", "\\problemname{LaTeX}\n");
  touch("statement/problem.en.md", "Markdown\n");
  p = load();
  EXPECT_EQ(p.statement->kind, StatementFile::Kind::kMarkdown);
  EXPECT_EQ(p.title(), "pkg");  // no name anywhere: the folder's
}

TEST_F(KattisPackageTest, RefusesAFolderNameThatIsNoId) {
  fs::rename(dir_, root_ / "Bad Name");
  EXPECT_THAT(error_of([&] { (void)load_kattis_package(root_ / "Bad Name"); }),
              HasSubstr("is not a valid problem ID"));
  fs::rename(root_ / "Bad Name", root_ / "3dprinter");
  EXPECT_EQ(load_kattis_package(root_ / "3dprinter").id, "3dprinter");
}

TEST_F(KattisPackageTest, TellsPackagesApart) {
  EXPECT_TRUE(is_kattis_package(dir_));
  EXPECT_FALSE(is_kattis_package(root_));
}

}  // namespace
}  // namespace judge::kattis
