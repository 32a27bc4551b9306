// The candidate's questions for the interviewer (coach/closing.cc, judge/data/closing.toml).
#include <algorithm>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "judge/coach/closing.h"
#include "judge/error.h"
#include "judge/hash.h"
#include "test_support.h"

namespace judge::coach {
namespace {

using unit::error_of;

TEST(CoachClosingTest, BuiltInExamplesByTheme) {
  EXPECT_EQ(ClosingRules::builtin_text(),
            read_file(std::string(JUDGE_SOURCE_DATA) + "/closing.toml"));
  const ClosingRules& rules = ClosingRules::builtin();
  std::set<std::string> themes;
  std::size_t examples = 0;
  for (const auto& t : rules.themes) {
    themes.insert(t.id);
    examples += t.examples.size();
    // Every example is itself judged specific, and touches its own theme.
    for (const auto& e : t.examples) {
      ClosingReview r = review_closing(e);
      ASSERT_EQ(r.questions.size(), 1U) << e;
      EXPECT_EQ(r.questions[0].kind, QuestionKind::kSpecific) << e;
      EXPECT_NE(std::find(r.questions[0].themes.begin(), r.questions[0].themes.end(), t.id),
                r.questions[0].themes.end())
          << e << " is not in " << t.id;
    }
  }
  EXPECT_GE(examples, 15U);
  EXPECT_EQ(themes, (std::set<std::string>{"team-practices", "engineering-quality", "onboarding",
                                           "success", "challenges"}));
  EXPECT_EQ(rules.min_questions, 2U);
}

TEST(CoachClosingTest, SplitsQuestions) {
  const char* text =
      "# Write the questions you would ask the interviewer.\n"
      "## My questions\n"
      "- How is on-call shared? What happened the last time you were paged?\n"
      "2. What does a new engineer ship in the first two weeks?\n"
      "* Ask about the release process\n"
      "Thanks!\n"
      "Follow-ups:\n"
      "\n"
      "   \"Who reviews the code?\"  \r\n";
  EXPECT_EQ(split_questions(text),
            (std::vector<std::string>{"How is on-call shared?",
                                      "What happened the last time you were paged?",
                                      "What does a new engineer ship in the first two weeks?",
                                      "Ask about the release process", "Who reviews the code?"}));
  EXPECT_TRUE(split_questions("").empty());
  EXPECT_TRUE(split_questions(closing_template()).empty());
}

TEST(CoachClosingTest, SpecificQuestionsArePraised) {
  ClosingReview r = review_closing(
      "What happened the last time a release broke something for users?\n"
      "What would make you say, six months from now, that hiring me was the right call?\n");
  ASSERT_EQ(r.questions.size(), 2U);
  EXPECT_EQ(r.questions[0].kind, QuestionKind::kSpecific);
  EXPECT_EQ(r.questions[0].marker, "release*");
  EXPECT_EQ(r.questions[1].marker, "six months");
  EXPECT_EQ(r.feedback.count(Severity::kWarning), 0U);
  EXPECT_EQ(r.feedback.count(Severity::kPraise), 2U);
  EXPECT_EQ(r.feedback.items[0].message,
            "\"What happened the last time a release broke something for users?\" is specific "
            "(release): the interviewer can answer it from their own week, and it shows what you "
            "care about.");
  EXPECT_TRUE(r.suggestions.empty());
  EXPECT_EQ(r.feedback.summary, "2 questions, 2 specific; nothing to fix.");
}

TEST(CoachClosingTest, GenericQuestionsAreNamedWithWhy) {
  ClosingReview r = review_closing(
      "What does the team do?\n"
      "What is the culture like?\n"
      "Tell me about the company.\n"
      "What are the benefits?\n"
      "How did I do?\n");
  ASSERT_EQ(r.questions.size(), 5U);
  std::vector<std::string> rules;
  for (const auto& q : r.questions) {
    EXPECT_EQ(q.kind, QuestionKind::kGeneric) << q.text;
    rules.push_back(q.rule);
  }
  EXPECT_EQ(rules,
            (std::vector<std::string>{"team", "culture", "company", "recruiter", "outcome"}));
  EXPECT_EQ(r.feedback.items[2].message,
            "\"Tell me about the company.\": the answer is on the company's website; read it "
            "before the call and ask what the website cannot tell you.");
  // Stronger ones to borrow, one per theme, as a feedback item too.
  EXPECT_EQ(r.suggestions.size(), 3U);
  const FeedbackItem* examples = r.feedback.find("closing.examples");
  ASSERT_NE(examples, nullptr);
  EXPECT_NE(examples->message.find(r.suggestions[0].question), std::string::npos);
  EXPECT_EQ(r.feedback.summary, "5 questions, 0 specific, 5 generic; 5 to fix.");
}

TEST(CoachClosingTest, ASpecificPhraseOutweighsAGenericPattern) {
  ClosingReview r = review_closing(
      "What is the culture like around code review?\nWhat will I be working on in my first "
      "month?\n");
  ASSERT_EQ(r.questions.size(), 2U);
  EXPECT_EQ(r.questions[0].kind, QuestionKind::kSpecific);
  EXPECT_EQ(r.questions[1].kind, QuestionKind::kSpecific);
  EXPECT_EQ(r.questions[1].marker, "first month");
}

TEST(CoachClosingTest, TooFewAndNone) {
  ClosingReview one = review_closing("How is on-call shared?");
  EXPECT_TRUE(one.feedback.has("closing.too_few"));
  EXPECT_EQ(one.feedback.find("closing.too_few")->message,
            "You wrote 1 of the 2 questions worth bringing. Have a spare, in case the interviewer "
            "answers one before you ask it.");
  EXPECT_FALSE(one.suggestions.empty());
  // The suggestions leave out the theme already touched (on-call: team practices).
  for (const auto& s : one.suggestions) {
    EXPECT_NE(s.theme, "team-practices");
  }
  for (const char* empty : {"", "\n  \n", "# Write the questions you would ask.\n"}) {
    ClosingReview none = review_closing(empty);
    EXPECT_TRUE(none.questions.empty());
    EXPECT_TRUE(none.feedback.has("closing.none")) << empty;
    EXPECT_EQ(none.suggestions.size(), 3U);
  }
}

TEST(CoachClosingTest, PlainQuestionsGetAHint) {
  ClosingReview r = review_closing("How do you like your job?\nWie sieht die Einarbeitung aus?\n");
  ASSERT_EQ(r.questions.size(), 2U);
  EXPECT_EQ(r.questions[0].kind, QuestionKind::kPlain);
  EXPECT_EQ(r.questions[1].kind, QuestionKind::kPlain);
  EXPECT_EQ(r.feedback.count(Severity::kInfo), 2U);
  EXPECT_EQ(r.feedback.count(Severity::kWarning), 0U);
}

TEST(CoachClosingTest, SuggestionsFollowTheSeed) {
  const char* text = "What is the culture like?\n";
  ClosingReview a = review_closing(text, 1);
  ClosingReview b = review_closing(text, 1);
  ASSERT_EQ(a.suggestions.size(), 3U);
  for (std::size_t i = 0; i < a.suggestions.size(); ++i) {
    EXPECT_EQ(a.suggestions[i].question, b.suggestions[i].question);
  }
  std::set<std::string> seen;
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    for (const auto& s : review_closing(text, seed).suggestions) {
      seen.insert(s.question);
    }
  }
  EXPECT_GE(seen.size(), 15U);
}

TEST(CoachClosingTest, RulesFileErrors) {
  std::string text(ClosingRules::builtin_text());
  EXPECT_EQ(error_of([&] {
              (void)ClosingRules::parse(std::string(text).replace(text.find("min_questions = 2"),
                                                                  17, "min_questions = 0"),
                                        "closing.toml");
            }),
            "closing.toml:7:17: 'min_questions' must be at least 1");
  EXPECT_EQ(
      error_of([&] {
        std::string t = text;
        t.replace(t.find("id = \"culture\""), 14, "id = \"company\"");
        (void)ClosingRules::parse(t, "closing.toml");
      }),
      "closing.toml:" +
          std::to_string(std::count(text.begin(),
                                    text.begin() + static_cast<long>(text.find("id = \"culture\"")),
                                    '\n') +
                         1) +
          ":6: generic rule 'company' is defined twice");
}

}  // namespace
}  // namespace judge::coach
