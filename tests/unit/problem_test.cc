// Reading problem folders and packs (problem.cc): problem.toml, tests, templates, submissions.
#include "judge/problem.h"

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

class ProblemTest : public ::testing::Test {
 protected:
  ProblemTest() : dir_(fs::canonical(tmp_.path()) / "two-sum") {
    write_file(dir_ / "statement.md", "# Two Sum\n");
  }

  // Writes problem.toml and loads the folder.
  Problem load(const std::string& toml) {
    write_file(toml_path(), toml);
    return load_problem(dir_);
  }

  // The message of the error that loading `toml` throws.
  std::string error(const std::string& toml) {
    return error_of([&] { (void)load(toml); });
  }

  std::string toml_path() const { return (dir_ / "problem.toml").string(); }
  void touch(const std::string& relative, const std::string& contents = "x\n") {
    write_file(dir_ / relative, contents);
  }

  TempDir tmp_{"judge-problem-test"};
  fs::path dir_;
};

constexpr const char* kMinimal = "title = \"Two Sum\"\ndifficulty = \"easy\"\n";

TEST_F(ProblemTest, ReadsEveryKey) {
  touch("generators/gen.py");
  touch("submissions/accepted/solution.py");
  touch("submissions/accepted/other.py");
  Problem p = load(R"toml(title = "Two Sum"
difficulty = "hard"
tags = ["arrays", "hashing"]
minutes = 20
hints = ["first", "second"]

[limits]
time = 2.5
memory = 512
output = 8

[checker]
kind = "float"
float_tolerance = 1e-4
case_sensitive = false

[complexity]
expected = "O(n)"
generator = "generators/gen.py"
sizes = [10000, 100000, 1e6]

[tests]
reference = "submissions/accepted/other.py"

[[generated]]
name = "secret/20-max"
generator = "generators/gen.py"
args = ["200000", "7"]
desc = "n = 200000"
)toml");
  EXPECT_EQ(p.id, "two-sum");
  EXPECT_EQ(p.title, "Two Sum");
  EXPECT_EQ(p.difficulty, Difficulty::kHard);
  EXPECT_EQ(p.tags, (std::vector<std::string>{"arrays", "hashing"}));
  EXPECT_EQ(p.minutes, 20);
  EXPECT_EQ(p.hints, (std::vector<std::string>{"first", "second"}));
  EXPECT_EQ(p.time_limit_s, 2.5);
  EXPECT_EQ(p.memory_mib, 512u);
  EXPECT_EQ(p.output_mib, 8u);
  EXPECT_EQ(p.checker.kind, CheckerKind::kFloat);
  EXPECT_EQ(p.checker.float_absolute, 1e-4);
  EXPECT_EQ(p.checker.float_relative, 1e-4);
  EXPECT_FALSE(p.checker.case_sensitive);
  EXPECT_EQ(p.complexity, "O(n)");
  EXPECT_EQ(p.reference, dir_ / "submissions/accepted/other.py");
  ASSERT_EQ(p.generated.size(), 1u);
  EXPECT_EQ(p.generated[0].name, "secret/20-max");
  EXPECT_EQ(p.generated[0].generator, dir_ / "generators/gen.py");
  EXPECT_EQ(p.generated[0].args, (std::vector<std::string>{"200000", "7"}));
  EXPECT_EQ(p.generated[0].desc, "n = 200000");
  EXPECT_EQ(p.dir, dir_);
  EXPECT_EQ(p.statement, dir_ / "statement.md");
  EXPECT_EQ(p.solution, dir_ / "solution.md");
  EXPECT_EQ(p.pack, "");
}

TEST_F(ProblemTest, HasDefaults) {
  Problem p = load(kMinimal);
  EXPECT_EQ(p.difficulty, Difficulty::kEasy);
  EXPECT_TRUE(p.tags.empty());
  EXPECT_TRUE(p.hints.empty());
  EXPECT_EQ(p.time_limit_s, 1.0);
  EXPECT_EQ(p.memory_mib, 256u);
  EXPECT_EQ(p.output_mib, 64u);
  EXPECT_EQ(p.checker.kind, CheckerKind::kTokens);
  EXPECT_TRUE(p.checker.case_sensitive);
  EXPECT_EQ(p.checker.float_absolute, 0);
  EXPECT_EQ(p.checker.float_relative, 0);
  EXPECT_EQ(p.complexity, "");
  EXPECT_TRUE(p.tests.empty());
  EXPECT_TRUE(p.templates.empty());
  EXPECT_TRUE(p.submissions.empty());
  EXPECT_TRUE(p.reference.empty());
}

TEST_F(ProblemTest, MinutesDefaultToTheDifficulty) {
  EXPECT_EQ(load("title = \"t\"\ndifficulty = \"easy\"\n").minutes, 15);
  EXPECT_EQ(load("title = \"t\"\ndifficulty = \"medium\"\n").minutes, 25);
  EXPECT_EQ(load("title = \"t\"\ndifficulty = \"hard\"\n").minutes, 40);
}

TEST_F(ProblemTest, EmptyLimitsTableKeepsDefaults) {
  Problem p = load(std::string(kMinimal) + "[limits]\n");
  EXPECT_EQ(p.time_limit_s, 1.0);
  EXPECT_EQ(p.memory_mib, 256u);
  EXPECT_EQ(p.output_mib, 64u);
}

TEST_F(ProblemTest, RejectsAMissingTitle) {
  EXPECT_EQ(error("difficulty = \"easy\"\n"),
            toml_path() + ":1:1: missing required key 'title' in the top-level table");
  write_file(toml_path(), "difficulty = \"easy\"\n");
  EXPECT_EQ(hint_of([&] { (void)load_problem(dir_); }),
            "add title = \"...\" at the top of the file, before any [table]");
}

TEST_F(ProblemTest, RejectsAMissingDifficulty) {
  EXPECT_EQ(error("title = \"t\"\n"),
            toml_path() + ":1:1: missing required key 'difficulty' in the top-level table");
}

TEST_F(ProblemTest, RejectsABadDifficulty) {
  EXPECT_EQ(error("title = \"t\"\ndifficulty = \"impossible\"\n"),
            toml_path() +
                ":2:14: 'difficulty' must be \"easy\", \"medium\" or \"hard\", got \"impossible\"");
}

TEST_F(ProblemTest, RejectsAnUnknownKeyWithASuggestion) {
  EXPECT_EQ(error(std::string(kMinimal) + "\n[limits]\nmemroy = 256\n"),
            toml_path() + ":5:10: unknown key 'memroy' in [limits]; did you mean 'memory'?");
  EXPECT_EQ(error("titel = \"t\"\ntitle = \"t\"\ndifficulty = \"easy\"\n"),
            toml_path() + ":1:9: unknown key 'titel'; did you mean 'title'?");
}

TEST_F(ProblemTest, RejectsAnUnknownKeyListingTheKnownOnes) {
  const std::string toml = std::string(kMinimal) + "speed = 3\n";
  EXPECT_EQ(error(toml), toml_path() + ":3:9: unknown key 'speed'");
  write_file(toml_path(), toml);
  EXPECT_EQ(hint_of([&] { (void)load_problem(dir_); }),
            "the known keys here are: checker, complexity, difficulty, generated, hints, limits, "
            "minutes, reveal, tags, tests, title");
}

TEST_F(ProblemTest, RejectsWrongTypes) {
  EXPECT_EQ(error(std::string(kMinimal) + "minutes = \"15\"\n"),
            toml_path() + ":3:11: 'minutes' must be an integer, got string \"15\"");
  EXPECT_EQ(error(std::string(kMinimal) + "minutes = 1.5\n"),
            toml_path() + ":3:11: 'minutes' must be an integer, got float 1.5");
  EXPECT_EQ(error(std::string(kMinimal) + "tags = \"arrays\"\n"),
            toml_path() + ":3:8: 'tags' must be an array of strings, got string \"arrays\"");
  EXPECT_EQ(error(std::string(kMinimal) + "tags = [\"a\", 1]\n"),
            toml_path() + ":3:14: 'tags' must hold only strings, got integer 1");
  EXPECT_EQ(error(std::string(kMinimal) + "limits = 5\n"),
            toml_path() + ":3:10: 'limits' must be a table, got integer 5");
  EXPECT_EQ(
      error(std::string(kMinimal) + "generated = 1\n"),
      toml_path() + ":3:13: 'generated' must be an array of tables ([[generated]]), got integer 1");
  EXPECT_EQ(error(std::string(kMinimal) + "[limits]\ntime = \"2s\"\n"),
            toml_path() + ":4:8: 'time' in [limits] must be a number, got string \"2s\"");
  EXPECT_EQ(error(std::string(kMinimal) + "[checker]\ncase_sensitive = \"yes\"\n"),
            toml_path() +
                ":4:18: 'case_sensitive' in [checker] must be true or false, got string \"yes\"");
  EXPECT_EQ(error("title = 1\ndifficulty = \"easy\"\n"),
            toml_path() + ":1:9: 'title' must be a string, got integer 1");
  EXPECT_EQ(
      error(std::string(kMinimal) + "[complexity]\nsizes = [1, \"x\"]\n"),
      toml_path() + ":4:13: 'sizes' in [complexity] must hold only numbers, got string \"x\"");
}

TEST_F(ProblemTest, RejectsLimitsOutOfRange) {
  EXPECT_EQ(
      error(std::string(kMinimal) + "[limits]\ntime = 0\n"),
      toml_path() + ":4:8: 'time' in [limits] must be more than 0 and at most 60 seconds, got 0");
  EXPECT_EQ(
      error(std::string(kMinimal) + "[limits]\ntime = 61\n"),
      toml_path() + ":4:8: 'time' in [limits] must be more than 0 and at most 60 seconds, got 61");
  EXPECT_EQ(error(std::string(kMinimal) + "[limits]\nmemory = 8\n"),
            toml_path() + ":4:10: 'memory' in [limits] must be between 16 and 16384 MiB, got 8");
  EXPECT_EQ(error(std::string(kMinimal) + "[limits]\noutput = 0\n"),
            toml_path() + ":4:10: 'output' in [limits] must be between 1 and 1024 MiB, got 0");
}

TEST_F(ProblemTest, ReportsTomlSyntaxErrorsWithTheirPosition) {
  EXPECT_EQ(error("title = \"t\"\ndifficulty = easy\n"),
            toml_path() + ":2:14: Error while parsing value: could not determine value type");
  write_file(toml_path(), "title = \n");
  EXPECT_EQ(hint_of([&] { (void)load_problem(dir_); }), "fix the TOML syntax at that position");
}

TEST_F(ProblemTest, ReadsEveryCheckerKind) {
  EXPECT_EQ(load(std::string(kMinimal) + "[checker]\nkind = \"exact\"\n").checker.kind,
            CheckerKind::kExact);
  EXPECT_EQ(load(std::string(kMinimal) + "[checker]\nkind = \"lines\"\n").checker.kind,
            CheckerKind::kLines);
  EXPECT_EQ(load(std::string(kMinimal) + "[checker]\nkind = \"tokens\"\n").checker.kind,
            CheckerKind::kTokens);
  EXPECT_EQ(load(std::string(kMinimal) + "[checker]\n").checker.kind, CheckerKind::kTokens);
  EXPECT_EQ(error(std::string(kMinimal) + "[checker]\nkind = \"regex\"\n"),
            toml_path() +
                ":4:8: 'kind' in [checker] must be exact, lines, tokens, float or custom, got "
                "\"regex\"");
}

TEST_F(ProblemTest, FloatCheckerDefaultsToOneMillionth) {
  Problem p = load(std::string(kMinimal) + "[checker]\nkind = \"float\"\n");
  EXPECT_EQ(p.checker.float_absolute, 1e-6);
  EXPECT_EQ(p.checker.float_relative, 1e-6);
}

TEST_F(ProblemTest, FloatCheckerTakesSeparateTolerances) {
  Problem p = load(std::string(kMinimal) +
                   "[checker]\nkind = \"float\"\nfloat_absolute_tolerance = 1e-3\n");
  EXPECT_EQ(p.checker.float_absolute, 1e-3);
  EXPECT_EQ(p.checker.float_relative, 0);
  p = load(std::string(kMinimal) +
           "[checker]\nkind = \"float\"\nfloat_tolerance = 1e-9\nfloat_relative_tolerance = 0.5\n");
  EXPECT_EQ(p.checker.float_absolute, 1e-9);
  EXPECT_EQ(p.checker.float_relative, 0.5);
}

TEST_F(ProblemTest, RejectsNegativeTolerances) {
  EXPECT_EQ(error(std::string(kMinimal) + "[checker]\nkind = \"float\"\nfloat_tolerance = -1\n"),
            toml_path() + ":3:1: float tolerances must not be negative");
}

TEST_F(ProblemTest, ReadsACustomChecker) {
  touch("output_validators/check.cpp");
  Problem p = load(std::string(kMinimal) +
                   "[checker]\nkind = \"custom\"\nsource = \"output_validators/check.cpp\"\n");
  EXPECT_EQ(p.checker.kind, CheckerKind::kCustom);
  EXPECT_EQ(p.checker.source, dir_ / "output_validators/check.cpp");
  EXPECT_EQ(p.checker.protocol, CheckerProtocol::kKattis);
  EXPECT_TRUE(p.checker.args.empty());
  p = load(std::string(kMinimal) +
           "[checker]\nkind = \"custom\"\nsource = \"output_validators/check.cpp\"\n"
           "protocol = \"testlib\"\nargs = [\"float_tolerance\", \"1e-6\"]\n");
  EXPECT_EQ(p.checker.protocol, CheckerProtocol::kTestlib);
  EXPECT_EQ(p.checker.args, (std::vector<std::string>{"float_tolerance", "1e-6"}));
}

TEST_F(ProblemTest, RejectsACustomCheckerWithoutSource) {
  const std::string toml = std::string(kMinimal) + "[checker]\nkind = \"custom\"\n";
  EXPECT_EQ(error(toml), toml_path() + ":3:1: a custom checker needs 'source' (its source file)");
  write_file(toml_path(), toml);
  EXPECT_EQ(hint_of([&] { (void)load_problem(dir_); }),
            "add source = \"output_validators/check.cpp\" to [checker]");
}

TEST_F(ProblemTest, RejectsAMissingCheckerSource) {
  EXPECT_EQ(error(std::string(kMinimal) + "[checker]\nkind = \"custom\"\nsource = \"check.cpp\"\n"),
            toml_path() + ":5:10: the checker source " + (dir_ / "check.cpp").string() +
                " does not exist");
}

TEST_F(ProblemTest, RejectsASourceForABuiltInChecker) {
  touch("check.cpp");
  EXPECT_EQ(error(std::string(kMinimal) + "[checker]\nkind = \"lines\"\nsource = \"check.cpp\"\n"),
            toml_path() + ":5:10: 'source' in [checker] is only for kind = \"custom\"");
}

TEST_F(ProblemTest, RejectsAnUnknownProtocol) {
  touch("check.cpp");
  EXPECT_EQ(error(std::string(kMinimal) +
                  "[checker]\nkind = \"custom\"\nsource = \"check.cpp\"\nprotocol = \"icpc\"\n"),
            toml_path() +
                ":6:12: 'protocol' in [checker] must be \"kattis\" or \"testlib\", got \"icpc\"");
}

TEST_F(ProblemTest, OrdersTestsSamplesFirstThenByPath) {
  for (const char* name : {"data/sample/2", "data/sample/1", "data/secret/10-big",
                           "data/secret/02-two", "data/secret/group/01", "data/secret/01-one"}) {
    touch(std::string(name) + ".in", "in\n");
    touch(std::string(name) + ".ans", "ans\n");
  }
  touch("data/secret/02-two.desc", "two numbers  \r\nsecond line\n");
  touch("data/secret/readme.txt");  // not a test
  Problem p = load(kMinimal);
  std::vector<std::string> names;
  for (const auto& t : p.tests) {
    names.push_back(t.name);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"sample/1", "sample/2", "secret/01-one",
                                             "secret/02-two", "secret/10-big", "secret/group/01"}));
  EXPECT_EQ(p.sample_count(), 2u);
  EXPECT_TRUE(p.tests[0].sample);
  EXPECT_FALSE(p.tests[2].sample);
  EXPECT_EQ(p.tests[0].input, dir_ / "data/sample/1.in");
  EXPECT_EQ(p.tests[0].answer, dir_ / "data/sample/1.ans");
  EXPECT_EQ(p.tests[3].desc, "two numbers");
  EXPECT_EQ(p.tests[2].desc, "");
  EXPECT_EQ(p.tests[5].input, dir_ / "data/secret/group/01.in");
  EXPECT_EQ(p.tests[5].generated, -1);
}

TEST_F(ProblemTest, RejectsAnInputWithoutAnswer) {
  touch("data/secret/01.in");
  touch("data/secret/01.ans");
  touch("data/secret/02.in");
  EXPECT_EQ(error(kMinimal), (dir_ / "data/secret/02.in").string() +
                                 ": the test has no answer file (02.ans is missing)");
  EXPECT_EQ(hint_of([&] { (void)load_problem(dir_); }),
            "every NAME.in needs a NAME.ans next to it");
}

TEST_F(ProblemTest, MergesGeneratedTestsByName) {
  touch("data/sample/1.in");
  touch("data/sample/1.ans");
  touch("data/secret/01-small.in");
  touch("data/secret/01-small.ans");
  touch("data/secret/03-edge.in");
  touch("data/secret/03-edge.ans");
  touch("generators/gen.py");
  touch("submissions/accepted/solution.py");
  Problem p = load(std::string(kMinimal) + R"(
[[generated]]
name = "secret/04-max"
generator = "generators/gen.py"
args = ["4"]

[[generated]]
name = "secret/02-mid"
generator = "generators/gen.py"
args = ["2"]
desc = "middle"

[[generated]]
name = "sample/2"
generator = "generators/gen.py"
)");
  std::vector<std::string> names;
  std::vector<int> generated;
  for (const auto& t : p.tests) {
    names.push_back(t.name);
    generated.push_back(t.generated);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"sample/1", "sample/2", "secret/01-small",
                                             "secret/02-mid", "secret/03-edge", "secret/04-max"}));
  EXPECT_EQ(generated, (std::vector<int>{-1, 2, -1, 1, -1, 0}));
  EXPECT_TRUE(p.tests[1].sample);
  EXPECT_EQ(p.tests[3].desc, "middle");
  EXPECT_TRUE(p.tests[3].input.empty());
  ASSERT_EQ(p.generated.size(), 3u);
  EXPECT_EQ(p.generated[0].name, "secret/04-max");
  EXPECT_EQ(p.generated[1].args, (std::vector<std::string>{"2"}));
  EXPECT_EQ(p.reference, dir_ / "submissions/accepted/solution.py");
}

TEST_F(ProblemTest, RejectsAGeneratedTestThatClashes) {
  touch("data/secret/01.in");
  touch("data/secret/01.ans");
  touch("gen.py");
  touch("submissions/accepted/a.py");
  EXPECT_EQ(error(std::string(kMinimal) +
                  "[[generated]]\nname = \"secret/01\"\ngenerator = \"gen.py\"\n"),
            toml_path() + ": the generated test secret/01 has the same name as another test");
}

TEST_F(ProblemTest, RejectsAGeneratedTestOutsideSampleOrSecret) {
  touch("gen.py");
  EXPECT_EQ(
      error(std::string(kMinimal) + "[[generated]]\nname = \"big\"\ngenerator = \"gen.py\"\n"),
      toml_path() + ":4:8: 'name' must start with secret/ or sample/, got \"big\"");
}

TEST_F(ProblemTest, RejectsAMissingGenerator) {
  EXPECT_EQ(
      error(std::string(kMinimal) + "[[generated]]\nname = \"secret/9\"\ngenerator = \"g.py\"\n"),
      toml_path() + ":5:13: the generator " + (dir_ / "g.py").string() + " does not exist");
}

TEST_F(ProblemTest, RejectsAGeneratedTestWithoutName) {
  touch("gen.py");
  EXPECT_EQ(error(std::string(kMinimal) + "[[generated]]\ngenerator = \"gen.py\"\n"),
            toml_path() + ":3:1: missing required key 'name' in [[generated]]");
}

TEST_F(ProblemTest, RejectsGeneratedTestsWithoutReference) {
  touch("gen.py");
  EXPECT_EQ(
      error(std::string(kMinimal) + "[[generated]]\nname = \"secret/1\"\ngenerator = \"gen.py\"\n"),
      toml_path() +
          ": generated tests need a reference solution in submissions/accepted/ to make their "
          "answers");
}

TEST_F(ProblemTest, RejectsAMissingReference) {
  EXPECT_EQ(error(std::string(kMinimal) + "[tests]\nreference = \"submissions/accepted/x.cpp\"\n"),
            toml_path() + ": the reference solution " +
                (dir_ / "submissions/accepted/x.cpp").string() + " does not exist");
}

TEST_F(ProblemTest, ReferenceIsTheFirstCppSolutionElseTheFirstFile) {
  touch("submissions/accepted/a.py");
  touch("submissions/accepted/b.cpp");
  touch("submissions/accepted/c.cpp");
  EXPECT_EQ(load(kMinimal).reference, dir_ / "submissions/accepted/b.cpp");
  fs::remove(dir_ / "submissions/accepted/b.cpp");
  fs::remove(dir_ / "submissions/accepted/c.cpp");
  EXPECT_EQ(load(kMinimal).reference, dir_ / "submissions/accepted/a.py");
}

TEST_F(ProblemTest, FindsTemplatesAndSubmissions) {
  touch("templates/solution.cpp");
  touch("templates/Main.java");
  touch("submissions/wrong_answer/greedy.cpp");
  touch("submissions/accepted/b.py");
  touch("submissions/accepted/a.cpp");
  touch("submissions/accepted/README.md");
  touch("submissions/accepted/notes.txt");
  touch("submissions/accepted/.hidden.cpp");
  touch("submissions/time_limit_exceeded/naive.py");
  Problem p = load(kMinimal);
  ASSERT_EQ(p.templates.size(), 2u);
  EXPECT_EQ(p.templates.at("solution.cpp"), dir_ / "templates/solution.cpp");
  EXPECT_EQ(p.templates.at("Main.java"), dir_ / "templates/Main.java");
  ASSERT_EQ(p.submissions.size(), 4u);
  EXPECT_EQ(p.submissions[0].path, dir_ / "submissions/accepted/a.cpp");
  EXPECT_EQ(p.submissions[0].expected, Verdict::kAccepted);
  EXPECT_EQ(p.submissions[1].path, dir_ / "submissions/accepted/b.py");
  EXPECT_EQ(p.submissions[2].path, dir_ / "submissions/time_limit_exceeded/naive.py");
  EXPECT_EQ(p.submissions[2].expected, Verdict::kTimeLimit);
  EXPECT_EQ(p.submissions[3].path, dir_ / "submissions/wrong_answer/greedy.cpp");
  EXPECT_EQ(p.submissions[3].expected, Verdict::kWrongAnswer);
  EXPECT_EQ(p.reference, dir_ / "submissions/accepted/a.cpp");
}

TEST_F(ProblemTest, RejectsAnUnknownSubmissionsFolder) {
  touch("submissions/partially_accepted/a.cpp");
  EXPECT_EQ(error(kMinimal), (dir_ / "submissions/partially_accepted").string() +
                                 ": unknown submissions folder 'partially_accepted'");
}

TEST_F(ProblemTest, RejectsAFolderWithoutStatement) {
  fs::remove(dir_ / "statement.md");
  EXPECT_EQ(error(kMinimal), dir_.string() + ": the problem has no statement.md");
}

TEST_F(ProblemTest, RejectsAFolderWithoutProblemToml) {
  EXPECT_EQ(error_of([&] { (void)load_problem(dir_); }),
            dir_.string() + " is not a problem folder: it has no problem.toml");
  EXPECT_FALSE(is_problem_dir(dir_));
  touch("problem.toml", kMinimal);
  EXPECT_TRUE(is_problem_dir(dir_));
}

TEST_F(ProblemTest, RejectsAMissingFolder) {
  EXPECT_EQ(
      error_of([&] { (void)load_problem(dir_ / "nope"); }),
      "cannot open the problem folder " + (dir_ / "nope").string() + ": No such file or directory");
}

// Every error of a problem folder says what to do about it, besides what is wrong.
TEST_F(ProblemTest, EveryErrorHasAHint) {
  touch("gen.py");
  const std::string generated = "[[generated]]\nname = \"secret/1\"\ngenerator = \"gen.py\"\n";
  const std::vector<std::string> bad = {
      "title = \"t\"\ndifficulty = \"impossible\"\n",
      "title = 1\ndifficulty = \"easy\"\n",
      std::string(kMinimal) + "[limits]\ntime = 0\n",
      std::string(kMinimal) + "[limits]\nmemory = 1\n",
      std::string(kMinimal) + "[limits]\noutput = 0\n",
      std::string(kMinimal) + "[limits]\ntime = \"2s\"\n",
      std::string(kMinimal) + "[checker]\nkind = \"fuzzy\"\n",
      std::string(kMinimal) + "[checker]\nkind = \"float\"\nfloat_tolerance = -1\n",
      std::string(kMinimal) + "[checker]\nkind = \"custom\"\n",
      std::string(kMinimal) + "[checker]\nkind = \"custom\"\nsource = \"c.cpp\"\n",
      std::string(kMinimal) + "[checker]\nsource = \"gen.py\"\n",
      std::string(kMinimal) + "[checker]\nprotocol = \"icpc\"\n",
      std::string(kMinimal) + "[[generated]]\nname = \"big\"\ngenerator = \"gen.py\"\n",
      std::string(kMinimal) + "[[generated]]\nname = \"secret/1\"\ngenerator = \"g.py\"\n",
      std::string(kMinimal) + generated,
      std::string(kMinimal) + "[tests]\nreference = \"x.cpp\"\n",
      std::string(kMinimal) + "titel = \"t\"\n",
  };
  for (const auto& toml : bad) {
    EXPECT_NE(error(toml), "(no error)") << toml;
    EXPECT_NE(hint_of([&] { (void)load(toml); }), "") << error(toml);
  }
  fs::remove(dir_ / "statement.md");
  EXPECT_NE(hint_of([&] { (void)load(kMinimal); }), "");
  EXPECT_NE(hint_of([&] { (void)load_problem(dir_ / "nope"); }), "");
}

TEST(ProblemIdTest, AcceptsLowercaseDigitsAndDashes) {
  EXPECT_TRUE(valid_problem_id("two-sum"));
  EXPECT_TRUE(valid_problem_id("a"));
  EXPECT_TRUE(valid_problem_id("lru-cache-2"));
  EXPECT_FALSE(valid_problem_id(""));
  EXPECT_TRUE(valid_problem_id("3dprinter"));  // ICPC/Kattis packages are named so
  EXPECT_FALSE(valid_problem_id("2024"));      // it would read as a submission's number
  EXPECT_FALSE(valid_problem_id("-sum"));
  EXPECT_FALSE(valid_problem_id("Two-Sum"));
  EXPECT_FALSE(valid_problem_id("two sum"));
  EXPECT_FALSE(valid_problem_id("two/sum"));
  EXPECT_FALSE(valid_problem_id("two_sum"));
  EXPECT_FALSE(valid_problem_id("../x"));
  EXPECT_FALSE(valid_problem_id(std::string(65, 'a')));
  EXPECT_TRUE(valid_problem_id(std::string(64, 'a')));
}

TEST(DifficultyTest, HasNames) {
  EXPECT_EQ(to_string(Difficulty::kEasy), "easy");
  EXPECT_EQ(to_string(Difficulty::kMedium), "medium");
  EXPECT_EQ(to_string(Difficulty::kHard), "hard");
}

TEST_F(ProblemTest, RejectsATimeLimitThatIsNotANumber) {
  // nan passed both range checks (red team), and then some fallback limit applied.
  EXPECT_NE(error(std::string(kMinimal) + "[limits]\ntime = nan\n").find("'time' in [limits]"),
            std::string::npos);
}

TEST_F(ProblemTest, FindsFollowUpsInOrderWithoutGaps) {
  touch("templates/solution.cpp", "int main() {}\n");
  for (const char* n : {"1", "2", "4"}) {
    touch(std::string("followups/") + n + "/problem.toml",
          std::string("title = \"Stage ") + n + "\"\ndifficulty = \"medium\"\n");
    touch(std::string("followups/") + n + "/statement.md", "# Stage\n");
  }
  Problem p = load(kMinimal);
  ASSERT_EQ(p.followups.size(), 2U);  // 4 is past the gap at 3
  Problem second = load_followup(p, 2);
  EXPECT_EQ(second.id, "two-sum/followup-2");
  EXPECT_EQ(second.base_id, "two-sum");
  EXPECT_EQ(second.stage, 2);
  EXPECT_EQ(second.title, "Stage 2");
  EXPECT_EQ(second.difficulty, Difficulty::kMedium);
  EXPECT_TRUE(second.followups.empty());
  // No templates of its own: the problem's harness.
  ASSERT_EQ(second.templates.count("solution.cpp"), 1U);
  EXPECT_EQ(second.templates.at("solution.cpp"), dir_ / "templates" / "solution.cpp");
}

TEST_F(ProblemTest, AMissingFollowUpSaysWhichExist) {
  touch("followups/1/problem.toml", "title = \"Stage\"\ndifficulty = \"hard\"\n");
  touch("followups/1/statement.md", "# Stage\n");
  Problem p = load(kMinimal);
  EXPECT_EQ(error_of([&] { (void)load_followup(p, 2); }), "two-sum has follow-ups 1 to 1, not 2");
  Problem none = p;
  none.followups.clear();
  EXPECT_EQ(error_of([&] { (void)load_followup(none, 1); }), "two-sum has no follow-up");
}

class PackTest : public ::testing::Test {
 protected:
  PackTest() : dir_(fs::canonical(tmp_.path()) / "my-pack") {}

  void add_problem(const std::string& id) {
    write_file(dir_ / id / "problem.toml", kMinimal);
    write_file(dir_ / id / "statement.md", "# x\n");
  }
  std::string toml_path() const { return (dir_ / "pack.toml").string(); }

  TempDir tmp_{"judge-pack-test"};
  fs::path dir_;
};

TEST_F(PackTest, ReadsPackTomlAndListsProblems) {
  write_file(dir_ / "pack.toml",
             "name = \"my-pack\"\nversion = \"1.2.0\"\ndescription = \"Classics\"\n");
  add_problem("two-sum");
  add_problem("coin-change");
  fs::create_directories(dir_ / "notes");  // not a problem
  Pack pack = load_pack(dir_);
  EXPECT_EQ(pack.name, "my-pack");
  EXPECT_EQ(pack.version, "1.2.0");
  EXPECT_EQ(pack.description, "Classics");
  EXPECT_EQ(pack.dir, dir_);
  EXPECT_EQ(pack.problem_ids, (std::vector<std::string>{"coin-change", "two-sum"}));
}

TEST_F(PackTest, HasDefaults) {
  write_file(dir_ / "pack.toml", "name = \"p\"\n");
  Pack pack = load_pack(dir_);
  EXPECT_EQ(pack.version, "0");
  EXPECT_EQ(pack.description, "");
  EXPECT_TRUE(pack.problem_ids.empty());
}

TEST_F(PackTest, RejectsABadName) {
  write_file(dir_ / "pack.toml", "version = \"1\"\nname = \"My Pack\"\n");
  EXPECT_EQ(
      error_of([&] { (void)load_pack(dir_); }),
      toml_path() + ":2:8: the pack name \"My Pack\" must be lowercase letters, digits and '-'");
}

TEST_F(PackTest, RejectsAnUnknownKey) {
  write_file(dir_ / "pack.toml", "name = \"p\"\nversoin = \"1\"\n");
  EXPECT_EQ(error_of([&] { (void)load_pack(dir_); }),
            toml_path() + ":2:11: unknown key 'versoin'; did you mean 'version'?");
}

TEST_F(PackTest, RejectsAFolderWithoutPackToml) {
  fs::create_directories(dir_);
  EXPECT_EQ(error_of([&] { (void)load_pack(dir_); }),
            dir_.string() + " is not a pack: it has no pack.toml");
}

}  // namespace
}  // namespace judge

namespace judge {
namespace {

// --- packs are untrusted input (issue 7): pack_paths.h --------------------------------------

using ::testing::HasSubstr;

class PackTrustTest : public ProblemTest {
 protected:
  PackTrustTest() {
    write_file(toml_path(), kMinimal);
    touch("data/sample/01.ans", "5\n");
    touch("data/secret/01.in", "1 1\n");
    touch("data/secret/01.ans", "2\n");
    write_file(outside_, "export SECRET=hunter2\n");
  }

  // A link at `relative` in the problem folder pointing at `target`.
  void link(const std::string& relative, const fs::path& target) {
    fs::create_directories((dir_ / relative).parent_path());
    fs::create_symlink(target, dir_ / relative);
  }

  std::string load_error() {
    return error_of([&] { (void)load_problem(dir_); });
  }

  // A host file the pack must never reach: what ~/.bashrc stands for.
  fs::path outside_ = fs::canonical(tmp_.path()) / "home" / ".bashrc";
};

TEST_F(PackTrustTest, RefusesATestLinkedOutsideThePack) {
  link("data/sample/01.in", outside_);
  EXPECT_EQ(load_error(),
            fmt::format("{}: a test input leads to {}, outside {}",
                        (dir_ / "data/sample/01.in").string(), outside_.string(), dir_.string()));
  EXPECT_THAT(hint_of([&] { (void)load_problem(dir_); }), HasSubstr("packs are untrusted input"));
}

TEST_F(PackTrustTest, FollowsALinkThatStaysInsideThePack) {
  // The control of the test above: the same link, to a file of the problem folder.
  touch("data/shared/a.txt", "2 3\n");
  link("data/sample/01.in", dir_ / "data/shared/a.txt");
  Problem p = load_problem(dir_);
  ASSERT_EQ(p.tests.size(), 2u);
  EXPECT_EQ(p.tests[0].name, "sample/01");
  EXPECT_EQ(p.tests[0].input, dir_ / "data/shared/a.txt") << "the resolved path is used";
}

TEST_F(PackTrustTest, RefusesAnswersDescriptionsAndStatementsLinkedOutside) {
  touch("data/sample/01.in", "2 3\n");
  fs::remove(dir_ / "data/sample/01.ans");
  link("data/sample/01.ans", outside_);
  EXPECT_THAT(load_error(), HasSubstr("a test answer leads to " + outside_.string()));
  fs::remove(dir_ / "data/sample/01.ans");
  touch("data/sample/01.ans", "5\n");

  link("data/secret/01.desc", outside_);
  EXPECT_THAT(load_error(), HasSubstr("a test description leads to " + outside_.string()));
  fs::remove(dir_ / "data/secret/01.desc");

  fs::remove(dir_ / "statement.md");
  link("statement.md", outside_);
  EXPECT_THAT(load_error(), HasSubstr("statement.md leads to " + outside_.string()));
  fs::remove(dir_ / "statement.md");
  touch("statement.md", "# x\n");

  link("solution.md", outside_);
  EXPECT_THAT(load_error(), HasSubstr("solution.md leads to " + outside_.string()));
  fs::remove(dir_ / "solution.md");

  link("problem.toml.real", outside_);  // not a file the judge reads: fine
  EXPECT_NO_THROW((void)load_problem(dir_));
}

TEST_F(PackTrustTest, RefusesFoldersLinkedOutside) {
  const fs::path elsewhere = outside_.parent_path() / "tests";
  write_file(elsewhere / "01.in", "1\n");
  write_file(elsewhere / "01.ans", "1\n");
  fs::remove_all(dir_ / "data/secret");
  link("data/secret", elsewhere);
  EXPECT_THAT(load_error(), HasSubstr("the data/secret folder leads to " + elsewhere.string()));
  fs::remove(dir_ / "data/secret");

  link("data/secret/group", elsewhere);
  EXPECT_THAT(load_error(), HasSubstr("a linked test folder leads to " + elsewhere.string()));
  fs::remove_all(dir_ / "data/secret");

  link("templates", elsewhere);
  EXPECT_THAT(load_error(), HasSubstr("the templates folder leads to " + elsewhere.string()));
  fs::remove(dir_ / "templates");

  link("submissions/accepted", elsewhere);
  EXPECT_THAT(load_error(), HasSubstr("a submissions folder leads to " + elsewhere.string()));
}

TEST_F(PackTrustTest, RefusesTemplatesAndSubmissionsLinkedOutside) {
  link("templates/solution.py", outside_);
  EXPECT_THAT(load_error(), HasSubstr("a template leads to " + outside_.string()));
  fs::remove(dir_ / "templates/solution.py");
  link("submissions/accepted/a.py", outside_);
  EXPECT_THAT(load_error(), HasSubstr("a submission leads to " + outside_.string()));
}

TEST_F(PackTrustTest, RefusesAbsoluteAndParentPathsInProblemToml) {
  touch("generators/gen.py");
  touch("submissions/accepted/a.py");
  const std::string checker = std::string(kMinimal) + "[checker]\nkind = \"custom\"\nsource = ";
  EXPECT_EQ(error(checker + "\"" + outside_.string() + "\"\n"),
            toml_path() + ":5:10: the checker source \"" + outside_.string() +
                "\" is an absolute path: write it relative to the problem folder");
  EXPECT_EQ(error(checker + "\"../home/.bashrc\"\n"),
            toml_path() +
                ":5:10: the checker source \"../home/.bashrc\" goes up out of the problem folder "
                "with '..'");
  EXPECT_THAT(error(std::string(kMinimal) + "[tests]\nreference = \"/etc/passwd\"\n"),
              HasSubstr("the reference solution \"/etc/passwd\" is an absolute path"));
  EXPECT_THAT(error(std::string(kMinimal) + "[complexity]\ngenerator = \"gen/../../x.py\"\n"),
              HasSubstr("the [complexity] generator \"gen/../../x.py\" goes up out"));
  EXPECT_THAT(error(std::string(kMinimal) +
                    "[[generated]]\nname = \"secret/9\"\ngenerator = \"/usr/bin/yes\"\n"),
              HasSubstr("the generator \"/usr/bin/yes\" is an absolute path"));
  // A generator linked out of the folder is refused the same way.
  link("generators/evil.py", outside_);
  EXPECT_THAT(error(std::string(kMinimal) +
                    "[[generated]]\nname = \"secret/9\"\ngenerator = \"generators/evil.py\"\n"),
              HasSubstr("the generator leads to " + outside_.string()));
}

TEST_F(PackTrustTest, RefusesGeneratedTestNamesThatAreNotPlain) {
  touch("generators/gen.py");
  touch("submissions/accepted/a.py");
  auto generated = [](const std::string& name) {
    return std::string(kMinimal) + "[[generated]]\nname = \"" + name +
           "\"\ngenerator = \"generators/gen.py\"\n";
  };
  for (const char* name : {"secret/../../x", "secret/./a", "secret//a", "secret/a\\u001b[31m",
                           "sample/.hidden", "secret/a b"}) {
    EXPECT_THAT(error(generated(name)), HasSubstr("the test name")) << name;
  }
  EXPECT_NO_THROW((void)load(generated("secret/group_1/20-max.v2")));
}

TEST_F(PackTrustTest, RefusesAFolderNameThatIsNotAnId) {
  const fs::path odd = fs::canonical(tmp_.path()) / "two\x1b]52;c;eA==\x07sum";
  fs::create_directories(odd);
  write_file(odd / "problem.toml", kMinimal);
  write_file(odd / "statement.md", "# x\n");
  EXPECT_EQ(error_of([&] { (void)load_problem(odd); }),
            fmt::format("{}: the folder name \"{}\" is not a valid problem ID", odd.string(),
                        odd.filename().string()));
}

TEST_F(PackTrustTest, RefusesAFifoAsATest) {
  ASSERT_EQ(mkfifo((dir_ / "data/sample/01.in").c_str(), 0644), 0);
  EXPECT_EQ(load_error(),
            (dir_ / "data/sample/01.in").string() + ": a test input is a FIFO, not a file");
}

TEST_F(PackTrustTest, PackRefusesProblemFoldersLinkedOutsideOrNotIds) {
  const fs::path pack = fs::canonical(tmp_.path()) / "pack";
  write_file(pack / "pack.toml", "name = \"p\"\n");
  fs::create_symlink(dir_, pack / "two-sum");
  EXPECT_THAT(error_of([&] { (void)load_pack(pack); }),
              HasSubstr("the problem folder is a link to " + dir_.string() + ", outside the pack"));
  fs::remove(pack / "two-sum");
  fs::create_directories(pack / "Two Sum\x1b[2J");
  write_file(pack / "Two Sum\x1b[2J" / "problem.toml", kMinimal);
  EXPECT_THAT(error_of([&] { (void)load_pack(pack); }),
              HasSubstr("the problem folder's name is not a valid problem ID"));
}

}  // namespace
}  // namespace judge
