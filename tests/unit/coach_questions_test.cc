// The behavioural question bank (coach/questions.cc, judge/data/questions.toml).
#include <fstream>
#include <map>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "judge/coach/questions.h"
#include "judge/error.h"
#include "judge/hash.h"
#include "judge/paths.h"
#include "test_support.h"

namespace judge::coach {
namespace {

using unit::error_of;
using unit::hint_of;
using unit::write_file;

TEST(CoachQuestionsTest, BuiltInBankCoversEveryCompetency) {
  QuestionBank bank = QuestionBank::builtin();
  EXPECT_GE(bank.questions().size(), 40U);
  const std::set<std::string> expected = {
      "ownership",          "customer-focus", "diving-deep",         "bias-for-action",
      "delivering-results", "earning-trust",  "disagree-and-commit", "learning",
      "simplifying",        "high-standards", "thinking-big",        "frugality",
      "developing-others"};
  std::set<std::string> competencies;
  for (const auto& c : bank.competencies()) {
    competencies.insert(c.id);
    EXPECT_FALSE(c.description.empty()) << c.id;
  }
  EXPECT_EQ(competencies, expected);
  std::map<std::string, int> per_competency;
  std::set<std::string> ids;
  std::set<std::string> texts;
  for (const auto& q : bank.questions()) {
    ++per_competency[q.competency];
    EXPECT_TRUE(ids.insert(q.id).second) << "duplicate id " << q.id;
    EXPECT_TRUE(texts.insert(q.text).second) << "duplicate text " << q.text;
    EXPECT_NE(bank.find_competency(q.competency), nullptr) << q.id;
    EXPECT_EQ(q.source, "questions.toml (built in)");
    // Asked aloud: a question, not an essay prompt.
    EXPECT_LT(q.text.size(), 200U) << q.id;
    for (const auto& f : q.follow_ups) {
      EXPECT_EQ(f.back(), '?') << q.id << ": " << f;
    }
  }
  for (const auto& id : expected) {
    EXPECT_GE(per_competency[id], 2) << id;
  }
}

TEST(CoachQuestionsTest, BuiltInTextIsTheSourceFile) {
  EXPECT_EQ(QuestionBank::builtin_text(),
            read_file(std::string(JUDGE_SOURCE_DATA) + "/questions.toml"));
}

TEST(CoachQuestionsTest, FindsById) {
  QuestionBank bank = QuestionBank::builtin();
  const Question* q = bank.find("dive-root-cause");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->competency, "diving-deep");
  EXPECT_EQ(q->follow_ups.size(), 2U);
  EXPECT_EQ(bank.find("no-such-question"), nullptr);
}

TEST(CoachQuestionsTest, PickIsDeterministicAndVariesWithTheSeed) {
  QuestionBank bank = QuestionBank::builtin();
  std::set<std::string> picked;
  for (std::uint64_t seed = 0; seed < 50; ++seed) {
    PickOptions options;
    options.seed = seed;
    const Question& a = bank.pick(options);
    const Question& b = bank.pick(options);
    EXPECT_EQ(a.id, b.id);
    picked.insert(a.id);
  }
  EXPECT_GT(picked.size(), 15U);
}

TEST(CoachQuestionsTest, PickAvoidsRecentQuestionsAndTheirCompetencies) {
  QuestionBank bank = QuestionBank::builtin();
  PickOptions options;
  options.recent = {"own-mistake", "learn-fast", "trust-bad-news"};
  for (std::uint64_t seed = 0; seed < 100; ++seed) {
    options.seed = seed;
    const Question& q = bank.pick(options);
    EXPECT_NE(q.competency, "ownership");
    EXPECT_NE(q.competency, "learning");
    EXPECT_NE(q.competency, "earning-trust");
  }
}

TEST(CoachQuestionsTest, PickCyclesThroughTheWholeBank) {
  QuestionBank bank = QuestionBank::builtin();
  PickOptions options;
  options.seed = 7;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < bank.questions().size(); ++i) {
    const Question& q = bank.pick(options);
    EXPECT_TRUE(seen.insert(q.id).second) << q.id << " asked twice";
    options.recent.insert(options.recent.begin(), q.id);
  }
  // Every question asked: the one asked longest ago comes back.
  EXPECT_EQ(bank.pick(options).id, options.recent.back());
}

TEST(CoachQuestionsTest, PickByCompetency) {
  QuestionBank bank = QuestionBank::builtin();
  PickOptions options;
  options.competency = "frugality";
  EXPECT_EQ(bank.pick(options).competency, "frugality");
  options.competency = "charisma";
  EXPECT_EQ(error_of([&] { (void)bank.pick(options); }),
            "no question probes the competency 'charisma'");
  EXPECT_NE(hint_of([&] { (void)bank.pick(options); }).find("frugality"), std::string::npos);
}

TEST(CoachQuestionsTest, PackFileExtendsTheBank) {
  TempDir dir("coach-questions");
  const auto file = dir.path() / "questions.toml";
  write_file(file,
             "[competencies]\n"
             "security-mindset = \"Thinks about how things break on purpose.\"\n"
             "\n"
             "[[question]]\n"
             "id = \"sec-threat\"\n"
             "competency = \"security-mindset\"\n"
             "text = \"Tell me about a threat you found before an attacker did.\"\n"
             "\n"
             "[[question]]\n"
             "id = \"own-pager\"\n"
             "competency = \"ownership\"\n"
             "text = \"Tell me about a page you answered for a service you did not own.\"\n"
             "follow_ups = [\"What did you hand over the next morning?\"]\n");
  QuestionBank bank = QuestionBank::builtin();
  const std::size_t before = bank.questions().size();
  bank.add_file(file);
  EXPECT_EQ(bank.questions().size(), before + 2);
  ASSERT_NE(bank.find("sec-threat"), nullptr);
  EXPECT_EQ(bank.find("sec-threat")->source, file.string());
  EXPECT_NE(bank.find_competency("security-mindset"), nullptr);
  EXPECT_EQ(bank.find("own-pager")->follow_ups.size(), 1U);
  PickOptions options;
  options.competency = "security-mindset";
  EXPECT_EQ(bank.pick(options).id, "sec-threat");
}

// Each bad file: the message with its location, and the bank is unchanged.
TEST(CoachQuestionsTest, BadPackFilesAreRefusedWithTheirLocation) {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"[[question]]\nid = \"dive-root-cause\"\ncompetency = \"diving-deep\"\ntext = \"Again?\"\n",
       "pack.toml:2:6: question id 'dive-root-cause' is already used in questions.toml (built "
       "in)"},
      {"[[question]]\nid = \"x-1\"\ncompetency = \"ownershp\"\ntext = \"Why?\"\n",
       "pack.toml:2:6: question 'x-1' has an unknown competency 'ownershp'; did you mean "
       "'ownership'?"},
      {"[[question]]\nid = \"x-1\"\ncompetency = \"ownership\"\ntxt = \"Why?\"\n",
       "pack.toml:1:1: missing required key 'text' in [[question]]"},
      {"[[question]]\nid = \"x-1\"\ncompetency = \"ownership\"\ntext = \"Why?\"\nfollowups = "
       "[]\n",
       "pack.toml:5:13: unknown key 'followups' in [[question]]; did you mean 'follow_ups'?"},
      {"[[question]]\nid = \"Bad Id\"\ncompetency = \"ownership\"\ntext = \"Why?\"\n",
       "pack.toml:2:6: question id 'Bad Id' must be lowercase letters, digits and '-', starting "
       "with a letter"},
      {"[[question]]\nid = \"x-1\"\ncompetency = \"ownership\"\ntext = \"  \"\n",
       "pack.toml:2:6: question 'x-1' has an empty text"},
      {"[[question]]\nid = \"x-1\"\ncompetency = \"ownership\"\ntext = \"Why?\n",
       "pack.toml:4:13: Error while parsing string: unescaped control characters other than TAB "
       "(U+0009) are explicitly prohibited"},
      {"[competencies]\nownership = \"again\"\n",
       "pack.toml: competency 'ownership' is already defined"},
      {"[competencies]\nspeed = 3\n",
       "pack.toml:2:9: competency 'speed' must be a string (what the interviewer listens for)"},
      {"[[questions]]\nid = \"x\"\n",
       "pack.toml:1:1: unknown key 'questions'; did you mean "
       "'question'?"},
  };
  for (const auto& c : cases) {
    QuestionBank bank = QuestionBank::builtin();
    const std::size_t before = bank.questions().size();
    EXPECT_EQ(error_of([&] { bank.add_text(c.text, "pack.toml"); }), c.message) << c.text;
    EXPECT_EQ(bank.questions().size(), before);
  }
}

TEST(CoachQuestionsTest, MissingFileSaysSo) {
  QuestionBank bank = QuestionBank::builtin();
  EXPECT_EQ(error_of([&] { bank.add_file("/nonexistent/questions.toml"); }),
            "cannot read the question file /nonexistent/questions.toml");
}

}  // namespace
}  // namespace judge::coach
