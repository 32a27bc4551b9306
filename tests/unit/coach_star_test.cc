// STAR answers (coach/star.cc, judge/data/star.toml): twenty answers written for these tests,
// good, thin, with parts missing, in plain prose, in other alphabets, empty.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "judge/coach/star.h"
#include "judge/error.h"
#include "judge/hash.h"
#include "test_support.h"

namespace judge::coach {
namespace {

using unit::error_of;

// --- the answers -------------------------------------------------------------------------

// 1. Good: four headings, about 300 words, "I" for the candidate's part, a measured result.
const char* const kGood = R"(## Situation
At my last job I was one of four engineers on the payments team of a mid-sized online shop.
Our continuous integration pipeline had grown for two years, and by the spring a full build
with tests took about forty minutes. People batched their changes to avoid the wait, and
reviews piled up at the end of each day.

## Task
Nobody owned the pipeline, so I offered to take it on for one quarter. My goal was to bring a
full build under ten minutes without dropping a single test, because slow feedback was the
main reason our releases slipped.

## Action
First I measured where the time went instead of guessing. I added timing to every stage and
found that two thirds of it was spent in integration tests that each started their own
database. I wrote a small fixture that started one database per test worker and reset it
between tests with a rollback. Then I split the suite into four shards that ran in parallel,
balanced by the durations I had recorded. Some tests failed once they shared a database, so I
paired with their authors to fix the hidden ordering assumptions rather than mark them as
flaky. I also cached the dependency downloads, which alone saved three minutes. Before
switching everyone over, I ran the old and the new pipeline side by side for a week and
compared their results on every change.

## Result
The full build went from forty minutes to eight, and it has stayed under ten since. The team
now merges small changes several times a day, and release slips dropped from most sprints to
one in the following quarter. I learned to measure before optimising: my first guess, the
compiler, accounted for less than five percent of the time.
)";

// 2. Good shape, but the Action is told as "we".
const char* const kWeHeavy = R"(## Situation
Last year our mobile app started crashing for users on older Android phones after a release,
and the store rating dropped within a few days while support tickets kept coming in.

## Task
I was on call that week, so it was up to me to find the cause and get a fix out before the
weekend traffic peak.

## Action
We looked at the crash reports together and we saw that most of them came from one screen.
We reverted the image library upgrade, and we ran the test suite on our device farm. Then we
wrote a small compatibility layer and we shipped it behind a flag. We watched the dashboards
for a day and we turned the flag on for everyone once our numbers looked normal.

## Result
Crashes went back to 0.2% of sessions within two days and the rating recovered in a month.
)";

// 3. Plain prose, no headings, with the usual wording of each part.
const char* const kProse =
    "A few years ago I was working at a logistics start-up where our route planner ran as a "
    "nightly batch job. The company was growing fast and the job started to finish after the "
    "drivers had already left in the morning. My task was to make the plans ready by six "
    "o'clock without buying bigger machines. I decided to profile the job first, and I found "
    "that it recomputed distances between the same depots thousands of times. I added a cache "
    "keyed by depot pairs and I rewrote the slowest loop to process one region at a time. Then "
    "I scheduled the regions in parallel on the machines we already had. As a result the job "
    "went from five hours to fifty minutes, and the plans have been ready before six every day "
    "since then.";

// 4. Thin: every part is there but says almost nothing.
const char* const kThin = R"(## Situation
Our site was slow.

## Task
I had to fix it.

## Action
I added a cache.

## Result
It got faster.
)";

// 5. No Result.
const char* const kNoResult = R"(## Situation
At my previous company the nightly data export to our biggest customer failed about once a
week, and someone from the team had to rerun it by hand every time it did.

## Task
I was asked to make the export reliable before the customer renewed the contract.

## Action
I read the logs of the last twenty failures and found that most were timeouts when the
customer's server was busy. I added retries with a growing delay, split the export into
smaller files and wrote an alert that told us when a file was still missing in the morning.
)";

// 6. No Task: the candidate never says what they were responsible for.
const char* const kNoTask = R"(## Situation
At the time our team had a monolith that everyone deployed once a week on Thursday evening.

## Action
I wrote a deployment script that ran the migrations, checked the health endpoint and rolled
back automatically when it failed. I showed it to the team in a short demo and I ran the
first ten deployments with it myself while others watched.

## Result
Deployments went from once a week to twice a day within two months.
)";

// 7. A Result with no measure at all.
const char* const kVagueResult = R"(## Situation
A client of our agency complained that the reports we built for them were hard to read.

## Task
I was responsible for the reporting module and for keeping this client happy.

## Action
I visited their office, watched two analysts use the reports and wrote down every place they
hesitated. I redesigned the layout around the questions they actually asked and I reviewed
it with them before building it.

## Result
The client was happy with the new reports and thanked the team.
)";

// 8. Empty.
const char* const kEmpty = "";

// 9. The template untouched: only comments and headings.
const char* const kUntouched = R"(# Tell me about a time you had to learn something quickly.
# Answer in STAR form.

## Situation
# Where and when was this?

## Task
# What were you responsible for?

## Action
# What did you do?

## Result
# What changed?
)";

// 10. Too long: the story of answer 1 with a long detour in the Action.
std::string too_long() {
  std::string text = kGood;
  const std::string detour =
      "I also spent a long time comparing three different build systems, reading their "
      "documentation in detail, writing small prototypes for each of them, presenting the "
      "comparison to the architecture group twice, collecting their comments in a shared "
      "document, answering every question in writing, and finally deciding to keep the build "
      "system we already had, because the migration would have cost more than it saved. Along "
      "the way I documented every stage of the pipeline, drew a diagram of how the stages "
      "depended on each other, and wrote a guide for new team members that explained how to "
      "read the timing reports, how to rerun a single shard, and what to do when a shard "
      "timed out. ";
  text.insert(text.find("Before\nswitching"), detour);
  return text;
}

// 11. Other alphabets: a French answer under English headings.
const char* const kFrench = R"(## Situation
L'année dernière, à Zürich, notre équipe gérait l'application de réservation d'un hôtel.
Les clients se plaignaient que la page de paiement était très lente le soir.

## Task
Je devais trouver la cause avant la haute saison, en août.

## Action
J'ai mesuré chaque requête, j'ai découvert qu'une requête SQL parcourait toute la table des
réservations, et j'ai ajouté un index. Ensuite j'ai vérifié les résultats avec mon collègue
Müller — un vrai sceptique.

## Result
Le temps de réponse est passé de 4 secondes à 300 ms.
)";

// 12. One-letter labels.
const char* const kLetters = R"(S: At my first job our support team answered the same twenty
questions every day by hand.
T: I wanted to give them their time back without hiring anyone.
A: I collected a month of tickets, grouped them by question and wrote a help page for the ten
most common ones. I added links to those pages in the automatic reply of the ticket system.
R: Tickets dropped by 35% in the next month.
)";

// 13. Bold headings.
const char* const kBold = R"(**Situation**
When I joined the data team, every analyst kept their own copy of the sales numbers.

**Task**
My job was to give everyone one trusted source before the yearly planning.

**Action**
I interviewed six analysts, listed the twelve numbers they all used, and built one shared
table with tests that checked it every night. I removed the old copies one by one, after
each owner agreed.

**Result**
By planning time, all twelve numbers came from one table and the monthly reconciliation
meeting was cancelled.
)";

// 14. Other heading words for the same parts.
const char* const kSynonyms = R"(## Context
Our checkout service went down twice in one month during sales.

## Goal
I had to make sure the next sale ran without an outage.

## What I did
I load-tested the service at three times the last peak, found the connection pool too small,
and sized it from the measurements. I wrote a runbook for the on-call engineer.

## Outcome
The next sale handled twice the previous peak with no downtime.
)";

// 15. Prose that never says how it ended.
const char* const kProseNoResult =
    "When I was an intern, our team had a flaky test suite that failed one build in three. "
    "I was asked to look into it during my last month. I decided to rerun every test a hundred "
    "times at night and I wrote down which ones failed. Then I fixed the three worst tests, "
    "which all depended on the system clock.";

// 16. Prose told as "we" from start to end.
const char* const kProseWe =
    "At the time we had a search page that timed out under load. We needed to fix it before "
    "the launch. We added a cache, we tuned the queries and we moved the index to a bigger "
    "machine. Then we ran a load test and we fixed what it found. As a result we cut the "
    "response time in half.";

// 17. A long Situation and a short Action.
const char* const kLongSituation = R"(## Situation
At my previous company, which sold accounting software to small businesses in three
countries, the team I was in owned the invoicing module. The module was ten years old, had
been written by people who had all left, and mixed the rules of the three countries in the
same functions. Every change to a tax rule in one country risked breaking the others, and
the team had a long list of customer complaints about rounding errors on invoices. The
product manager had tried twice to get a rewrite approved, and both times it was postponed
because of other priorities. Sales kept promising new features to customers in the meantime,
and the support team escalated a few invoices every week.

## Task
I had to stop the rounding errors before the new tax year.

## Action
I wrote tests for the rounding rules of each country and fixed the shared function.

## Result
Rounding complaints went from about ten a month to none.
)";

// 18. Windows line endings and one-hash headings.
const char* const kCrlf =
    "# Situation\r\nAt my last job our release notes were written by hand and often "
    "forgotten.\r\n# Task\r\nI wanted them written for every release.\r\n# Action\r\nI wrote a "
    "script that built the notes from the merged changes and I added it to the release "
    "job.\r\n# Result\r\nEvery release since then has had notes, and writing them went from an "
    "hour to ten minutes.\r\n";

// 19. A measure in words only.
const char* const kWordMeasure = R"(## Situation
Our team's on-call rotation woke someone up most nights.

## Task
I owned the alerting rules.

## Action
I reviewed every alert of the last quarter with the people who had been paged, deleted the
alerts nobody acted on, and turned the rest into tickets when they could wait until morning.

## Result
Night pages were halved, and the team stopped dreading on-call weeks.
)";

// 20. A heading with nothing under it.
const char* const kEmptyResult = R"(## Situation
We had no tests for the billing code, and every release broke something in it.

## Task
I was asked to make releases safe for billing.

## Action
I wrote tests for the ten most used billing paths and made them block the release.

## Result
)";

const StarRules& rules() {
  return StarRules::builtin();
}

bool found(const StarAnswer& a, StarPart p) {
  return a.part(p).found;
}

// --- the tests ---------------------------------------------------------------------------

TEST(CoachStarTest, BuiltInTextIsTheSourceFile) {
  EXPECT_EQ(StarRules::builtin_text(), read_file(std::string(JUDGE_SOURCE_DATA) + "/star.toml"));
  EXPECT_EQ(rules().min_words, 250U);
  EXPECT_EQ(rules().max_words, 350U);
  EXPECT_EQ(rules().parts[0].title, "Situation");
}

TEST(CoachStarTest, TemplateHasTheQuestionAndTheFourHeadings) {
  Question q;
  q.id = "learn-fast";
  q.text = "Tell me about something you had to learn quickly.";
  const std::string t = star_template(q);
  EXPECT_NE(t.find("# Tell me about something you had to learn quickly.\n"), std::string::npos);
  for (const char* heading :
       {"## Situation\n# ", "## Task\n# ", "## Action\n# ", "## Result\n# "}) {
    EXPECT_NE(t.find(heading), std::string::npos) << heading;
  }
  // The untouched template is an empty answer.
  StarAnswer a = parse_star(t);
  EXPECT_EQ(a.words, 0U);
  EXPECT_EQ(a.found_count(), 0U);
}

TEST(CoachStarTest, GoodAnswer) {
  StarReview r = review_star(kGood);
  EXPECT_TRUE(r.answer.by_headings);
  EXPECT_EQ(r.answer.found_count(), 4U);
  EXPECT_GE(r.answer.words, 250U);
  EXPECT_LE(r.answer.words, 350U);
  EXPECT_EQ(r.feedback.count(Severity::kWarning), 0U) << r.feedback.items.front().message;
  EXPECT_TRUE(r.feedback.has("star.result.measured"));
  EXPECT_EQ(*r.measurable, "from forty minutes to eight");
  EXPECT_TRUE(r.feedback.has("star.i.clear"));
  EXPECT_TRUE(r.feedback.has("star.length.good"));
  EXPECT_EQ(r.action_i_count, 8U);
  EXPECT_EQ(r.action_we_count, 0U);
  EXPECT_EQ(r.feedback.summary.rfind("4 of 4 STAR parts, ", 0), 0U) << r.feedback.summary;
  EXPECT_NE(r.feedback.summary.find("nothing to fix"), std::string::npos);
}

TEST(CoachStarTest, SpeakingTimeAtBothRates) {
  StarReview r = review_star(kGood);
  EXPECT_DOUBLE_EQ(r.seconds_fast, static_cast<double>(r.answer.words) * 60 / 150);
  EXPECT_DOUBLE_EQ(r.seconds_slow, static_cast<double>(r.answer.words) * 60 / 130);
}

TEST(CoachStarTest, WeInsteadOfI) {
  StarReview r = review_star(kWeHeavy);
  EXPECT_EQ(r.answer.found_count(), 4U);
  EXPECT_EQ(r.action_we_count, 10U);
  EXPECT_EQ(r.action_i_count, 0U);
  const FeedbackItem* item = r.feedback.find("star.we.heavy");
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->severity, Severity::kWarning);
  EXPECT_EQ(item->message.rfind("In the Action you say \"we\" 10 times and \"I\" 0 times.", 0), 0U)
      << item->message;
  EXPECT_EQ(*r.measurable, "0.2%");
}

TEST(CoachStarTest, PlainProseIsSplitByItsWording) {
  StarReview r = review_star(kProse);
  const StarAnswer& a = r.answer;
  EXPECT_FALSE(a.by_headings);
  EXPECT_EQ(a.found_count(), 4U);
  EXPECT_EQ(a.part(StarPart::kSituation).text.rfind("A few years ago", 0), 0U);
  EXPECT_EQ(a.part(StarPart::kTask).text.rfind("My task was", 0), 0U);
  EXPECT_EQ(a.part(StarPart::kAction).text.rfind("I decided", 0), 0U);
  EXPECT_EQ(a.part(StarPart::kResult).text.rfind("As a result", 0), 0U);
  EXPECT_TRUE(r.feedback.has("star.prose"));
  EXPECT_EQ(*r.measurable, "from five hours to fifty minutes");
}

TEST(CoachStarTest, ThinPartsAndTooShort) {
  StarReview r = review_star(kThin);
  EXPECT_EQ(r.answer.found_count(), 4U);
  for (const char* code : {"star.situation.thin", "star.task.thin", "star.action.thin",
                           "star.result.thin", "star.result.unmeasured", "star.length.short"}) {
    EXPECT_TRUE(r.feedback.has(code)) << code;
  }
  EXPECT_EQ(r.feedback.find("star.task.thin")->message,
            "Task has only 5 words; give it at least 15. What were you responsible for, and what "
            "was at stake if it went wrong?");
  EXPECT_EQ(r.feedback.find("star.length.short")->message,
            "16 words is about 6 s to 7 s spoken; a 2-minute answer is 250 to 350 words. Add "
            "detail to the Action and the Result.");
}

TEST(CoachStarTest, MissingResult) {
  StarReview r = review_star(kNoResult);
  EXPECT_FALSE(found(r.answer, StarPart::kResult));
  EXPECT_TRUE(r.feedback.has("star.result.missing"));
  EXPECT_FALSE(r.feedback.has("star.result.unmeasured"));
  EXPECT_EQ(r.feedback.find("star.result.missing")->message,
            "Result is missing. What changed because of what you did, in numbers if you can, and "
            "what did you learn?");
}

TEST(CoachStarTest, MissingTask) {
  StarReview r = review_star(kNoTask);
  EXPECT_FALSE(found(r.answer, StarPart::kTask));
  EXPECT_TRUE(r.feedback.has("star.task.missing"));
  EXPECT_TRUE(found(r.answer, StarPart::kResult));
  EXPECT_EQ(*r.measurable, "from once a week to twice");
}

TEST(CoachStarTest, ResultWithoutMeasure) {
  StarReview r = review_star(kVagueResult);
  EXPECT_TRUE(r.feedback.has("star.result.unmeasured"));
  EXPECT_FALSE(r.measurable.has_value());
}

TEST(CoachStarTest, EmptyAndUntouchedAnswers) {
  for (const char* text : {kEmpty, kUntouched, "\n\n   \n"}) {
    StarReview r = review_star(text);
    EXPECT_EQ(r.answer.words, 0U);
    ASSERT_EQ(r.feedback.items.size(), 1U) << text;
    EXPECT_EQ(r.feedback.items[0].code, "star.empty");
    EXPECT_EQ(r.feedback.summary, r.feedback.items[0].message);
  }
}

TEST(CoachStarTest, TooLong) {
  StarReview r = review_star(too_long());
  EXPECT_GT(r.answer.words, 350U);
  const FeedbackItem* item = r.feedback.find("star.length.long");
  ASSERT_NE(item, nullptr);
  EXPECT_NE(item->message.find(std::to_string(r.answer.words) + " words is about 2 min"),
            std::string::npos)
      << item->message;
}

TEST(CoachStarTest, OtherAlphabetsCountAsWords) {
  StarReview r = review_star(kFrench);
  EXPECT_EQ(r.answer.found_count(), 4U);
  // "J'ai", "Müller" and "Zürich" are words; the dash is not.
  EXPECT_EQ(r.answer.part(StarPart::kResult).words, 12U);
  EXPECT_EQ(r.answer.part(StarPart::kTask).words, 11U);
  EXPECT_EQ(*r.measurable, "4 secondes");
  // French pronouns are not counted as English ones: no verdict either way.
  EXPECT_FALSE(r.feedback.has("star.we.heavy"));
  EXPECT_FALSE(r.feedback.has("star.i.clear"));
}

TEST(CoachStarTest, OneLetterLabels) {
  StarAnswer a = parse_star(kLetters);
  EXPECT_TRUE(a.by_headings);
  EXPECT_EQ(a.found_count(), 4U);
  EXPECT_EQ(a.part(StarPart::kResult).text, "Tickets dropped by 35% in the next month.");
  EXPECT_EQ(a.part(StarPart::kTask).text,
            "I wanted to give them their time back without hiring anyone.");
}

TEST(CoachStarTest, BoldHeadings) {
  StarAnswer a = parse_star(kBold);
  EXPECT_TRUE(a.by_headings);
  EXPECT_EQ(a.found_count(), 4U);
  EXPECT_EQ(a.part(StarPart::kTask).text,
            "My job was to give everyone one trusted source before the yearly planning.");
}

TEST(CoachStarTest, HeadingSynonyms) {
  StarReview r = review_star(kSynonyms);
  EXPECT_TRUE(r.answer.by_headings);
  EXPECT_EQ(r.answer.found_count(), 4U);
  EXPECT_EQ(*r.measurable, "twice");
}

TEST(CoachStarTest, ProseWithoutAnEnding) {
  StarReview r = review_star(kProseNoResult);
  EXPECT_FALSE(r.answer.by_headings);
  EXPECT_TRUE(found(r.answer, StarPart::kSituation));
  EXPECT_TRUE(found(r.answer, StarPart::kTask));
  EXPECT_TRUE(found(r.answer, StarPart::kAction));
  EXPECT_FALSE(found(r.answer, StarPart::kResult));
  EXPECT_TRUE(r.feedback.has("star.result.missing"));
}

TEST(CoachStarTest, ProseToldAsWe) {
  StarReview r = review_star(kProseWe);
  EXPECT_EQ(r.i_count, 0U);
  EXPECT_EQ(r.we_count, 8U);
  EXPECT_TRUE(r.feedback.has("star.we.heavy"));
  EXPECT_EQ(*r.measurable, "half");
}

TEST(CoachStarTest, LongSituation) {
  StarReview r = review_star(kLongSituation);
  const FeedbackItem* item = r.feedback.find("star.situation.long");
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->message.rfind("The Situation takes 7", 0), 0U) << item->message;
}

TEST(CoachStarTest, WindowsLineEndingsAndOneHashHeadings) {
  StarReview r = review_star(kCrlf);
  EXPECT_TRUE(r.answer.by_headings);
  EXPECT_EQ(r.answer.found_count(), 4U);
  EXPECT_EQ(r.answer.part(StarPart::kTask).text, "I wanted them written for every release.");
  EXPECT_EQ(*r.measurable, "from an hour to ten minutes");
}

TEST(CoachStarTest, MeasureInWords) {
  StarReview r = review_star(kWordMeasure);
  EXPECT_EQ(*r.measurable, "halved");
}

TEST(CoachStarTest, HeadingWithNothingUnderIt) {
  StarReview r = review_star(kEmptyResult);
  EXPECT_FALSE(found(r.answer, StarPart::kResult));
  EXPECT_TRUE(r.feedback.has("star.result.missing"));
}

TEST(CoachStarTest, EveryAnswerGetsASummary) {
  const std::string long_answer = too_long();
  for (const char* text : {kGood,    kWeHeavy,       kProse, kThin,        kNoResult,
                           kNoTask,  kVagueResult,   kEmpty, kUntouched,   long_answer.c_str(),
                           kFrench,  kLetters,       kBold,  kSynonyms,    kProseNoResult,
                           kProseWe, kLongSituation, kCrlf,  kWordMeasure, kEmptyResult}) {
    StarReview r = review_star(text);
    EXPECT_FALSE(r.feedback.summary.empty()) << text;
    for (const auto& item : r.feedback.items) {
      EXPECT_EQ(item.code.rfind("star.", 0), 0U);
      EXPECT_FALSE(item.message.empty());
      EXPECT_EQ(item.message.find('{'), std::string::npos) << item.message;
    }
  }
}

// --- the rules file ----------------------------------------------------------------------

std::string builtin_with(const std::string& from, const std::string& to) {
  std::string text(StarRules::builtin_text());
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return text.replace(at, from.size(), to);
}

// The 1-based line of the built-in file that holds `needle`.
std::size_t line_of(const std::string& needle) {
  const std::string text(StarRules::builtin_text());
  const auto at = text.find(needle);
  return static_cast<std::size_t>(
             std::count(text.begin(), text.begin() + static_cast<long>(at), '\n')) +
         1;
}

TEST(CoachStarTest, RulesFileErrorsNameTheirPlace) {
  EXPECT_EQ(error_of([] {
              (void)StarRules::parse(
                  builtin_with("length_good = \"{words} words", "length_good = \"{count} words"),
                  "star.toml");
            }),
            "star.toml:" + std::to_string(line_of("length_good =")) +
                ":15: message 'length_good' does not format: argument not found");
  EXPECT_EQ(error_of([] {
              (void)StarRules::parse(builtin_with("min_words = 15", "min_words = -1"), "star.toml");
            }),
            "star.toml:" + std::to_string(line_of("min_words = 15")) +
                ":13: 'min_words' in [task] must be at least 0");
  EXPECT_EQ(
      error_of([] { (void)StarRules::parse(builtin_with("[task]", "[tasks]"), "star.toml"); }),
      "star.toml: missing the [task] table");
  EXPECT_EQ(
      error_of([] { (void)StarRules::parse(builtin_with("prose = ", "prosa = "), "star.toml"); }),
      "star.toml:" + std::to_string(line_of("[messages]")) +
          ":1: missing required key 'prose' in [messages]");
  EXPECT_EQ(error_of([] {
              (void)StarRules::parse(builtin_with("min_i_share = 0.5", "min_i_share = 2"),
                                     "star.toml");
            }),
            "star.toml:" + std::to_string(line_of("min_i_share = 0.5")) +
                ":15: 'min_i_share' in [pronouns] must be above 0 and at most 1");
}

}  // namespace
}  // namespace judge::coach
