// Feedback on written explanations (coach/explanation.cc, judge/data/explanation.toml), with
// the [complexity] expectations of problems from the built-in pack.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "judge/coach/explanation.h"
#include "judge/error.h"
#include "judge/hash.h"
#include "judge/problem.h"
#include "test_support.h"

namespace judge::coach {
namespace {

using unit::error_of;

// As problems/*/problem.toml write them.
const ProblemExpectations kMeetingRooms = {"O(n log n)",
                                           "O(n)",
                                           {"no meetings", "a meeting ending when another starts",
                                            "identical meetings", "nested meetings"},
                                           ""};
const ProblemExpectations kValidParentheses = {
    "O(n)",
    "O(n)",
    {"empty string", "a closer with nothing open", "openers never closed",
     "a closer of the wrong type"},
    ""};
const ProblemExpectations kNonOverlapping = {
    "O(n log n)",
    "O(1)",
    {"no intervals", "intervals that only touch", "identical intervals",
     "a long interval covering many short ones", "negative endpoints"},
    ""};
const ProblemExpectations kSpiral = {"O(rows * cols)",
                                     "O(1)",
                                     {"a single row or a single column",
                                      "non-square matrix whose last layer is a single row or "
                                      "column",
                                      "odd square: the centre cell", "1 x 1 matrix"},
                                     ""};
const ProblemExpectations kMedian = {"O(q log q)", "O(q)", {}, ""};
const ProblemExpectations kStock = {"O(n)",
                                    "O(1)",
                                    {"no prices or a single day", "falling prices (answer 0)",
                                     "the cheapest day after the most expensive one",
                                     "best pair uses neither the global minimum nor the maximum"},
                                    ""};
const ProblemExpectations kLinkedListCycle = {
    "O(n)",
    "O(1)",
    {"empty list", "one node linked to itself", "no cycle and an even number of nodes",
     "the whole list is the cycle (the tail links to the head)", "repeated values"},
    ""};

std::vector<std::string> codes(const ExplanationReview& r) {
  std::vector<std::string> out;
  for (const auto& item : r.feedback.items) {
    out.push_back(item.code);
  }
  return out;
}

const std::string& message(const ExplanationReview& r, std::string_view code) {
  static const std::string none = "(no such item)";
  const FeedbackItem* item = r.feedback.find(code);
  return item != nullptr ? item->message : none;
}

TEST(CoachExplanationTest, BuiltInTextIsTheSourceFile) {
  EXPECT_EQ(ExplanationRules::builtin_text(),
            read_file(std::string(JUDGE_SOURCE_DATA) + "/explanation.toml"));
  EXPECT_EQ(ExplanationRules::builtin().approach_min_words, 15U);
}

TEST(CoachExplanationTest, GoodExplanation) {
  const char* text =
      "## Approach\n"
      "Sort the meetings by start time, then sweep them with a min-heap of end times: before "
      "adding a meeting, pop every room whose meeting ended at or before its start, so that the "
      "room is reused. The answer is the largest heap size seen.\n"
      "\n"
      "## Time complexity\n"
      "O(n log n): the sort, then n heap operations of O(log n) each.\n"
      "\n"
      "## Space complexity\n"
      "O(n) for the heap.\n"
      "\n"
      "## Edge cases\n"
      "- No meetings at all: the answer is 0.\n"
      "- A meeting ending exactly when another starts reuses the room (I pop ends <= start).\n"
      "- Identical meetings each need a room of their own.\n"
      "- Nested meetings: a long one containing short ones keeps its room.\n";
  ExplanationReview r = review_explanation(text, kMeetingRooms);
  EXPECT_TRUE(r.sections.by_headings);
  EXPECT_TRUE(r.sections.approach.found);
  EXPECT_TRUE(r.sections.edge_cases.found);
  EXPECT_EQ(codes(r), (std::vector<std::string>{"explain.time.same", "explain.space.same",
                                                "explain.edge.covered"}));
  EXPECT_EQ(r.time_order, Order::kSame);
  EXPECT_EQ(message(r, "explain.time.same"), "Time O(n log n) matches the expected bound.");
  EXPECT_EQ(message(r, "explain.edge.covered"),
            "You named all 4 classic edge cases of this problem.");
  EXPECT_EQ(r.feedback.summary,
            "Nothing to fix: the approach, the complexity and the edge cases are all there.");
}

TEST(CoachExplanationTest, ClaimSlowerThanExpected) {
  const char* text =
      "## Approach\nFor every closing bracket I scan back through the string for the nearest "
      "opener that is still free and mark both as used.\n"
      "## Time complexity\nO(n^2)\n## Space complexity\nO(n) for the marks.\n"
      "## Edge cases\nAn empty string is valid.\n";
  ExplanationReview r = review_explanation(text, kValidParentheses);
  EXPECT_EQ(r.time_order, Order::kGreater);
  EXPECT_EQ(message(r, "explain.time.worse"),
            "You claimed O(n^2) time; this problem expects O(n). A faster approach exists: look "
            "for the work your loops repeat.");
  EXPECT_EQ(r.edge_cases_mentioned, (std::vector<std::string>{"empty string"}));
  EXPECT_EQ(r.edge_cases_missed.size(), 3U);
  EXPECT_EQ(message(r, "explain.edge.missed"),
            "You did not mention an edge case this problem is known for: a closer with nothing "
            "open.");
  EXPECT_EQ(r.feedback.summary.rfind("4 to fix. First: You claimed O(n^2) time", 0), 0U)
      << r.feedback.summary;
}

TEST(CoachExplanationTest, ClaimFasterThanExpectedAsksAboutTheSort) {
  const char* text =
      "I sort the intervals by their end, then keep every interval that starts at or after the "
      "end of the last one kept, and count the others as removed. Time O(n), space O(1).";
  ExplanationReview r = review_explanation(text, kNonOverlapping);
  EXPECT_FALSE(r.sections.by_headings);
  EXPECT_EQ(r.time_order, Order::kLess);
  EXPECT_EQ(message(r, "explain.time.better"),
            "You claimed O(n) time, better than the expected O(n log n). If that holds, say why; "
            "if not, check what you left out. Does your sort count? Sorting n items costs O(n "
            "log n).");
  EXPECT_EQ(r.space_order, Order::kSame);
}

TEST(CoachExplanationTest, MissingSpaceAndEdgeCases) {
  const char* text =
      "## Approach\nKeep the lowest price so far and, for each day, the best profit selling "
      "that day; the answer is the largest profit.\n## Time complexity\nO(n), one pass.\n";
  ExplanationReview r = review_explanation(text, kStock);
  EXPECT_TRUE(r.feedback.has("explain.space.missing"));
  EXPECT_EQ(message(r, "explain.space.missing"),
            "You did not give the extra space. Add it: O(1) if you keep only a few variables, "
            "otherwise what grows with the input.");
  EXPECT_EQ(r.edge_cases_missed.size(), 4U);
  EXPECT_TRUE(r.feedback.has("explain.time.same"));
}

TEST(CoachExplanationTest, PlainProse) {
  const char* text =
      "Floyd's cycle detection: a slow pointer moves one step and a fast one two steps; if they "
      "ever meet there is a cycle, and if the fast one reaches the end there is none. It is "
      "linear time and constant space. An empty list has no cycle, and a single node linked "
      "to itself is caught on the first step. Repeated values do not matter because I compare "
      "nodes, not values. Without a cycle and with an even number of nodes the fast pointer "
      "stops on null. If the tail links to the head, the whole list is the cycle and they "
      "meet inside it.";
  ExplanationReview r = review_explanation(text, kLinkedListCycle);
  EXPECT_FALSE(r.sections.by_headings);
  EXPECT_TRUE(r.sections.approach.found);
  EXPECT_EQ(r.claims.time->complexity.canonical, "O(n)");
  EXPECT_EQ(r.claims.space->complexity.canonical, "O(1)");
  EXPECT_EQ(r.edge_cases_missed, std::vector<std::string>{});
  EXPECT_EQ(r.feedback.count(Severity::kWarning), 0U) << r.feedback.summary;
}

TEST(CoachExplanationTest, ThinExplanation) {
  ExplanationReview r =
      review_explanation("Hash map. O(n).", ProblemExpectations{"O(n)", "O(n)", {}, ""});
  EXPECT_EQ(codes(r), (std::vector<std::string>{"explain.approach.thin", "explain.time.same",
                                                "explain.space.missing", "explain.edge.missing"}));
  EXPECT_EQ(message(r, "explain.approach.thin"),
            "The approach has only 3 words. Say the idea in one sentence, then the steps, so "
            "that someone could code it from your words.");
}

TEST(CoachExplanationTest, OnlyComplexityNoApproach) {
  ExplanationReview r = review_explanation("## Time complexity\nO(n)\n## Space complexity\nO(n)\n",
                                           kValidParentheses);
  EXPECT_TRUE(r.feedback.has("explain.approach.missing"));
}

TEST(CoachExplanationTest, EmptyExplanation) {
  for (const char* text : {"", "  \n\n", "\t"}) {
    ExplanationReview r = review_explanation(text, kMeetingRooms);
    EXPECT_EQ(codes(r), std::vector<std::string>{"explain.empty"});
    EXPECT_EQ(r.feedback.summary, r.feedback.items[0].message);
  }
}

TEST(CoachExplanationTest, OtherLanguagesStillGetTheComplexityChecked) {
  const char* text =
      "## Approche\nOn trie les réunions par début, puis un tas des fins de réunion donne le "
      "nombre de salles occupées à chaque instant.\n"
      "## Complexité\nTemps O(n log n), mémoire O(n).\n";
  ExplanationReview r = review_explanation(text, kMeetingRooms);
  EXPECT_TRUE(r.sections.approach.found);
  EXPECT_GE(r.sections.approach.words, 15U);
  EXPECT_EQ(r.claims.time->complexity.canonical, "O(n log n)");
  EXPECT_EQ(r.claims.space->complexity.canonical, "O(n)");
  EXPECT_EQ(r.time_order, Order::kSame);
  EXPECT_EQ(r.space_order, Order::kSame);
}

TEST(CoachExplanationTest, VariablesThatCannotBeCompared) {
  const char* text =
      "## Approach\nWalk the layers from the outside in, right, down, left and up, shrinking the "
      "bounds after each side.\n## Complexity\nO(n) time and O(1) extra space.\n";
  ExplanationReview r = review_explanation(text, kSpiral);
  EXPECT_EQ(r.time_order, Order::kIncomparable);
  EXPECT_EQ(message(r, "explain.time.incomparable"),
            "You claimed O(n) time; this problem's bound is O(rows * cols). Say what each "
            "variable stands for so that the two can be compared.");
  // "n x m" for rows and columns is the same bound.
  ExplanationReview same = review_explanation(
      "## Approach\nWalk the layers from the outside in, shrinking the bounds after each "
      "side.\nTime O(n*m), space O(1).\n",
      kSpiral);
  EXPECT_EQ(same.time_order, Order::kSame);
}

TEST(CoachExplanationTest, PerOperationClaim) {
  const char* text =
      "## Approach\nTwo heaps: a max-heap of the lower half and a min-heap of the upper half, "
      "rebalanced after each insertion so that their sizes differ by at most one.\n"
      "## Time complexity\nO(log n) per insertion, O(1) per median query.\n"
      "## Space complexity\nO(q)\n";
  ExplanationReview r = review_explanation(text, kMedian);
  EXPECT_EQ(message(r, "explain.time.per_operation"),
            "O(log n) is per operation. Give the total for the whole input as well: this "
            "problem's bound is O(q log q).");
  EXPECT_FALSE(r.time_order.has_value());
}

TEST(CoachExplanationTest, UnreadableAndLowerBoundClaims) {
  ExplanationReview unread = review_explanation(
      "## Approach\nTry every subset size and prune when the running sum passes the target "
      "value.\nTime: O(n^(t/m)).\n",
      kValidParentheses);
  EXPECT_EQ(message(unread, "explain.time.unread"),
            "\"O(n^(t/m))\" is not a complexity class the judge can read. Write it like O(n log "
            "n), and say what n is.");
  ExplanationReview omega = review_explanation(
      "## Approach\nOne pass with a stack of open brackets, popping on each matching closer "
      "and failing on a mismatch.\nTime Ω(n), space O(n).\n",
      kValidParentheses);
  EXPECT_TRUE(omega.feedback.has("explain.lower_bound"));
  EXPECT_TRUE(omega.feedback.has("explain.time.same"));
}

TEST(CoachExplanationTest, MeasuredGrowth) {
  const char* text =
      "## Approach\nFor each day, scan forward to the next warmer day and record the distance "
      "between them.\nTime O(n), space O(n).\n";
  ProblemExpectations daily = {"O(n)", "O(n)", {}, ""};
  ExplanationReview differs = review_explanation(text, daily, MeasuredGrowth{"O(n^2)", 1.93});
  EXPECT_EQ(message(differs, "explain.measured.differs"),
            "You claimed O(n); measured growth is about n^1.9 (O(n^2)). Check your analysis "
            "against what the code does.");
  ExplanationReview agrees = review_explanation(text, daily, MeasuredGrowth{"", 1.08});
  EXPECT_EQ(message(agrees, "explain.measured.agrees"),
            "Measured growth is about n^1.1, which agrees with your claim of O(n).");
  ExplanationReview only =
      review_explanation("## Approach\nScan forward from each day to the next warmer one.\n", daily,
                         MeasuredGrowth{"O(n^2)", 2.0});
  EXPECT_EQ(message(only, "explain.measured.only"), "Measured growth is about n^2.0 (O(n^2)).");
}

// A bound of several variables is compared through the table's growth in the probe's size.
TEST(CoachExplanationTest, MeasuredGrowthOfABoundWithSeveralVariables) {
  const char* text =
      "## Approach\nA table of the edit distances of every pair of prefixes, filled row by "
      "row from the smaller prefixes.\nTime O(n * m), space O(m).\n";
  ProblemExpectations edit = {"O(n * m)", "O(m)", {}, "O(n^2)"};
  ExplanationReview agrees = review_explanation(text, edit, MeasuredGrowth{"O(n^2)", 2.04});
  EXPECT_EQ(message(agrees, "explain.measured.agrees"),
            "Measured growth is about n^2.0, which agrees with your claim of O(n * m).");
  ExplanationReview differs = review_explanation(text, edit, MeasuredGrowth{"O(n^3)", 2.9});
  EXPECT_EQ(message(differs, "explain.measured.differs"),
            "You claimed O(n * m); measured growth is about n^2.9 (O(n^3)). Check your analysis "
            "against what the code does.");
  // Without the growth, n and m mean nothing in the probe's one size: no comparison.
  edit.growth.clear();
  EXPECT_TRUE(review_explanation(text, edit, MeasuredGrowth{"O(n^2)", 2.04})
                  .feedback.has("explain.measured.only"));
  // A claim of several variables other than the bound is not compared either.
  edit.growth = "O(n^2)";
  EXPECT_TRUE(review_explanation("## Approach\nA table of prefixes, filled row by row from the "
                                 "smaller prefixes of both words.\nTime O(n * m^2).\n",
                                 edit, MeasuredGrowth{"O(n^2)", 2.04})
                  .feedback.has("explain.measured.only"));
}

// An exponential claim agrees with a growth steeper than any polynomial the probe fits.
TEST(CoachExplanationTest, MeasuredGrowthOfAnExponentialClaim) {
  const char* text =
      "## Approach\nPlace a queen row by row, backtracking when a column or a diagonal is "
      "taken, and count the full boards.\nTime O(n!), space O(n).\n";
  ProblemExpectations queens = {"O(n!)", "O(n)", {}, "O(2^n)"};
  EXPECT_TRUE(review_explanation(text, queens, MeasuredGrowth{"O(2^n)", 7.5})
                  .feedback.has("explain.measured.agrees"));
  EXPECT_TRUE(review_explanation(text, queens, MeasuredGrowth{"", 5.2})
                  .feedback.has("explain.measured.agrees"));
  EXPECT_TRUE(review_explanation(text, queens, MeasuredGrowth{"O(n^2)", 2.1})
                  .feedback.has("explain.measured.differs"));
}

TEST(CoachExplanationTest, ExpectationsOfAProblem) {
  Problem p;
  p.complexity = "O(n log n)";
  p.complexity_space = "O(1)";
  p.edge_cases = {"no intervals"};
  ProblemExpectations e = expectations_of(p);
  EXPECT_EQ(e.time, "O(n log n)");
  EXPECT_EQ(e.space, "O(1)");
  EXPECT_EQ(e.edge_cases, std::vector<std::string>{"no intervals"});
  EXPECT_EQ(e.growth, "");
  p.complexity_growth = "O(n log n)";
  EXPECT_EQ(expectations_of(p).growth, "O(n log n)");
  // A problem without [complexity]: no comparison, no edge-case list.
  ExplanationReview r = review_explanation(
      "## Approach\nA stack of the open brackets: each closer must match the top, which it "
      "pops; at the end the stack must be empty.\nO(n) time, O(n) space.\n## Edge cases\nThe "
      "empty string.\n",
      expectations_of(Problem{}));
  EXPECT_EQ(r.feedback.count(Severity::kWarning), 0U);
  EXPECT_FALSE(r.time_order.has_value());
}

struct EdgeCase {
  const char* text;
  const char* edge_case;
  bool mentioned;
};

TEST(CoachExplanationTest, EdgeCaseMatching) {
  const EdgeCase cases[] = {
      {"If the array is empty I return 0.", "empty array", true},
      {"When n = 0 the loop never runs.", "empty array", true},
      {"Empty input gives 0.", "empty array", true},
      {"There are no duplicates in the array by the statement.", "empty array", false},
      {"The array is sorted first.", "empty array", false},
      {"A closing bracket when the stack is empty is an error.", "a closer with nothing open",
       true},
      {"If the stack is not empty at the end, some bracket was never closed.",
       "openers never closed", true},
      {"Mismatched bracket types fail at once.", "a closer of the wrong type", true},
      {"I use 64-bit integers for the running sum.", "sums beyond 32 bits", true},
      {"A window whose sum is exactly S counts.", "a window summing to exactly S", true},
      {"Strictly decreasing temperatures followed by an increase is the slow case.",
       "temperatures falling for a long time, then rising", true},
      {"Equal temperatures do not count as warmer, so I compare with <.",
       "an equal temperature is not warmer", true},
      {"A single node pointing to itself is a cycle.", "one node linked to itself", true},
      {"Duplicate values are fine because I compare nodes.", "repeated values", true},
      {"Intervals that touch at an endpoint do not overlap.", "intervals that only touch", true},
      {"A 1x1 matrix is just its cell.", "1 x 1 matrix", true},
      {"One row only: walk it left to right.", "a single row or a single column", true},
      {"Nothing special.", "negative endpoints", false},
      {"", "empty string", false},
      {"Si le tableau est vide, on renvoie 0.", "empty array", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(mentions_edge_case(c.text, c.edge_case), c.mentioned)
        << "\"" << c.text << "\" for \"" << c.edge_case << "\"";
  }
}

// A deliberately wrong claim on five built-in problems, and what the candidate reads.
TEST(CoachExplanationTest, WrongClaimsOnFiveProblems) {
  struct Case {
    const ProblemExpectations* problem;
    const char* text;
    const char* code;
    const char* message;
  };
  const Case cases[] = {
      {&kMeetingRooms,
       "## Approach\nSort by start and sweep with a heap of end times, reusing rooms that are "
       "free.\nTime O(n), space O(n).\n",
       "explain.time.better",
       "You claimed O(n) time, better than the expected O(n log n). If that holds, say why; if "
       "not, check what you left out. Does your sort count? Sorting n items costs O(n log n)."},
      {&kValidParentheses,
       "## Approach\nPush each opener on a stack and pop it for the matching closer.\nTime "
       "O(n), space O(1).\n",
       "explain.space.better",
       "You claimed O(1) extra space, less than the expected O(n). If that holds, say why; if "
       "not, check what you left out. The structures you build (stack, queue, visited set, "
       "memo, copy) count as extra memory."},
      {&kStock,
       "## Approach\nTry every pair of buy and sell days and keep the best profit.\nTime "
       "O(n^2), space O(1).\n",
       "explain.time.worse",
       "You claimed O(n^2) time; this problem expects O(n). A faster approach exists: look for "
       "the work your loops repeat."},
      {&kLinkedListCycle,
       "## Approach\nStore every visited node in a hash set; a node seen twice means a "
       "cycle.\nTime O(n), space O(n).\n",
       "explain.space.worse",
       "You claimed O(n) extra space; this problem needs only O(1). Look for what you keep that "
       "you could drop or reuse."},
      {&kSpiral,
       "## Approach\nPeel the matrix layer by layer, walking each side once.\nTime O(n), space "
       "O(1).\n",
       "explain.time.incomparable",
       "You claimed O(n) time; this problem's bound is O(rows * cols). Say what each variable "
       "stands for so that the two can be compared."},
  };
  for (const auto& c : cases) {
    ExplanationReview r = review_explanation(c.text, *c.problem);
    EXPECT_EQ(message(r, c.code), c.message) << c.text;
  }
}

TEST(CoachExplanationTest, RulesFileErrors) {
  std::string text(ExplanationRules::builtin_text());
  const std::string from = "resource = \"time\"";
  std::string bad = text;
  bad.replace(bad.find(from), from.size(), "resource = \"memory\"");
  const auto line =
      std::count(text.begin(), text.begin() + static_cast<long>(text.find(from)), '\n') + 1;
  EXPECT_EQ(error_of([&] { (void)ExplanationRules::parse(bad, "explanation.toml"); }),
            "explanation.toml:" + std::to_string(line) +
                ":12: resource must be \"time\" or \"space\", got \"memory\"");
}

}  // namespace
}  // namespace judge::coach
