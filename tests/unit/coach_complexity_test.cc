// Big-O as candidates write it (coach/complexity.cc): the spellings table, the order of
// classes, and the claims found in real explanations.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "judge/coach/complexity.h"

namespace judge::coach {
namespace {

struct Spelling {
  const char* written;
  const char* canonical;
};

// Ways people write complexities, from explanations and interview notes, each with the class
// it must read as.
const Spelling kSpellings[] = {
    // linear
    {"O(n)", "O(n)"},
    {"O(N)", "O(n)"},
    {"o(n)", "O(n)"},
    {"Θ(n)", "O(n)"},
    {"θ(n)", "O(n)"},
    {"O (n)", "O(n)"},
    {"0(n)", "O(n)"},
    {"linear", "O(n)"},
    {"linear time", "O(n)"},
    {"Linear", "O(n)"},
    {"O(2n)", "O(n)"},
    {"O(n/2)", "O(n)"},
    {"O(n + 1)", "O(n)"},
    {"O(3n + 5)", "O(n)"},
    {"big O of n", "O(n)"},
    {"Big-O(n)", "O(n)"},
    {"O of n", "O(n)"},
    {"O(n) worst case", "O(n)"},
    {"worst-case O(n)", "O(n)"},
    // n log n
    {"O(n log n)", "O(n log n)"},
    {"O(nlogn)", "O(n log n)"},
    {"O(N log N)", "O(n log n)"},
    {"O(NlogN)", "O(n log n)"},
    {"n*log(n)", "O(n log n)"},
    {"n log n", "O(n log n)"},
    {"nlogn", "O(n log n)"},
    {"O(n lg n)", "O(n log n)"},
    {"nlgn", "O(n log n)"},
    {"O(n log(n))", "O(n log n)"},
    {"O(n * log n)", "O(n log n)"},
    {"O(n·log n)", "O(n log n)"},
    {"O(n log2 n)", "O(n log n)"},
    {"O(n log₂ n)", "O(n log n)"},
    {"O(n*log2(n))", "O(n log n)"},
    {"O(nlog(n))", "O(n log n)"},
    {"O(n ln n)", "O(n log n)"},
    {"log-linear", "O(n log n)"},
    {"log linear", "O(n log n)"},
    {"loglinear", "O(n log n)"},
    {"linearithmic", "O(n log n)"},
    {"quasilinear", "O(n log n)"},
    {"Θ(n log n)", "O(n log n)"},
    {"O(n + n log n)", "O(n log n)"},
    {"O(log(n!))", "O(n log n)"},
    // logarithmic
    {"O(log n)", "O(log n)"},
    {"O(logn)", "O(log n)"},
    {"O(log(n))", "O(log n)"},
    {"O(lg n)", "O(log n)"},
    {"logarithmic", "O(log n)"},
    {"O(log N)", "O(log n)"},
    {"O(log n^2)", "O(log n)"},
    // constant
    {"O(1)", "O(1)"},
    {"constant", "O(1)"},
    {"constant time", "O(1)"},
    {"O(100)", "O(1)"},
    {"amortized O(1)", "O(1)"},
    {"O(1) amortised", "O(1)"},
    {"1", "O(1)"},
    // polynomial
    {"O(n^2)", "O(n^2)"},
    {"O(n²)", "O(n^2)"},
    {"O(N^2)", "O(n^2)"},
    {"n^2", "O(n^2)"},
    {"quadratic", "O(n^2)"},
    {"O(n*n)", "O(n^2)"},
    {"O(n**2)", "O(n^2)"},
    {"O(n ^ 2)", "O(n^2)"},
    {"O(n squared)", "O(n^2)"},
    {"O(n(n-1)/2)", "O(n^2)"},
    {"O(n^2/2 + n)", "O(n^2)"},
    {"Θ(n²)", "O(n^2)"},
    {"O(n^3)", "O(n^3)"},
    {"O(n³)", "O(n^3)"},
    {"cubic", "O(n^3)"},
    {"O(n^2 log n)", "O(n^2 log n)"},
    {"O(n^1.5)", "O(n^1.5)"},
    {"O(n sqrt n)", "O(n^1.5)"},
    // roots and logs
    {"O(sqrt n)", "O(sqrt(n))"},
    {"O(sqrt(n))", "O(sqrt(n))"},
    {"O(√n)", "O(sqrt(n))"},
    {"O(n^0.5)", "O(sqrt(n))"},
    {"O(n^(1/2))", "O(sqrt(n))"},
    {"square root", "O(sqrt(n))"},
    {"O(log^2 n)", "O(log^2 n)"},
    {"O((log n)^2)", "O(log^2 n)"},
    {"O(log² n)", "O(log^2 n)"},
    // exponential and factorial
    {"O(2^n)", "O(2^n)"},
    {"O(2ⁿ)", "O(2^n)"},
    {"O(2**n)", "O(2^n)"},
    {"O(2^N)", "O(2^n)"},
    {"exponential", "O(2^n)"},
    {"O(n * 2^n)", "O(n * 2^n)"},
    {"O(2^n * n)", "O(n * 2^n)"},
    {"O(3^n)", "O(3^n)"},
    {"O(n!)", "O(n!)"},
    {"O(N!)", "O(n!)"},
    {"factorial", "O(n!)"},
    // several variables
    {"O(V+E)", "O(V + E)"},
    {"O(|V| + |E|)", "O(V + E)"},
    {"O(E + V)", "O(V + E)"},
    {"O(v + e)", "O(V + E)"},
    {"O(n + m)", "O(n + m)"},
    {"O(m + n)", "O(n + m)"},
    {"O(n*m)", "O(n * m)"},
    {"O(nm)", "O(n * m)"},
    {"O(mn)", "O(n * m)"},
    {"O(n x m)", "O(n * m)"},
    {"O(n × m)", "O(n * m)"},
    {"O(N*M)", "O(n * m)"},
    {"O(k log n)", "O(k log n)"},
    {"O(n log k)", "O(n log k)"},
    {"O(E log V)", "O(E log V)"},
    {"O((V + E) log V)", "O((V + E) log V)"},
    {"O((n + q) log n)", "O((n + q) log n)"},
    {"O(n k)", "O(n * k)"},
    {"O(rows * cols)", "O(rows * cols)"},
    {"O(cols * rows)", "O(rows * cols)"},
    {"O(n * amount)", "O(n * amount)"},
    {"O(n α(n))", "O(n α(n))"},
    {"O(n + d log d)", "O(n + d log d)"},
    {"O(n * L^2)", "O(n * L^2)"},
    {"O(min(n, m))", "O(min(n, m))"},
    {"O(total length of the words)", "O(total length of the words)"},
    {"O(n + total dictionary length)", "O(n + total dictionary length)"},
    // words around the bound
    {"O(n) time, O(1) space", "O(n)"},
    {"O(log n) per operation", "O(log n)"},
    {"O(1) beyond sorting", "O(1)"},
    {"the time complexity is O(n log n)", "O(n log n)"},
    {"It runs in O(n) time.", "O(n)"},
};

TEST(CoachComplexityTest, SpellingsTable) {
  EXPECT_GE(std::size(kSpellings), 60U);
  for (const auto& s : kSpellings) {
    auto c = parse_complexity(s.written);
    ASSERT_TRUE(c.has_value()) << s.written;
    EXPECT_TRUE(c->valid) << s.written;
    EXPECT_EQ(c->canonical, s.canonical) << s.written;
  }
}

TEST(CoachComplexityTest, NoComplexityInPlainWords) {
  for (const char* text :
       {"", "   ", "fast", "I used a hash map", "a linear scan", "O", "the O key", "n people"}) {
    EXPECT_FALSE(parse_complexity(text).has_value()) << text;
  }
}

TEST(CoachComplexityTest, UnknownBoundIsKeptAsWrittenAndNotValid) {
  auto c = parse_complexity("O(n^(target/min))");
  ASSERT_TRUE(c.has_value());
  EXPECT_FALSE(c->valid);
  EXPECT_EQ(c->canonical, "O(n^(target/min))");
  EXPECT_EQ(compare(*c, *parse_complexity("O(n)")), Order::kIncomparable);
}

TEST(CoachComplexityTest, Qualifiers) {
  EXPECT_TRUE(parse_complexity("amortized O(1)")->amortized);
  EXPECT_TRUE(parse_complexity("O(1) amortized")->amortized);
  EXPECT_FALSE(parse_complexity("O(1)")->amortized);
  EXPECT_TRUE(parse_complexity("O(log n) per operation")->per_operation);
  EXPECT_TRUE(parse_complexity("O(L) per add, O(26^d * L) per search")->per_operation);
  EXPECT_TRUE(parse_complexity("Ω(n log n)")->lower_bound);
  EXPECT_FALSE(parse_complexity("Θ(n log n)")->lower_bound);
}

TEST(CoachComplexityTest, RankFollowsTheLadder) {
  const char* ladder[] = {"O(1)",   "O(log n)", "O(sqrt n)", "O(n)", "O(n log n)",
                          "O(n^2)", "O(n^3)",   "O(2^n)",    "O(n!)"};
  for (int i = 0; i < static_cast<int>(std::size(ladder)); ++i) {
    auto c = parse_complexity(ladder[i]);
    ASSERT_TRUE(c.has_value());
    EXPECT_EQ(c->rank(), i) << ladder[i];
    if (i > 0) {
      EXPECT_EQ(compare(*parse_complexity(ladder[i - 1]), *c), Order::kLess) << ladder[i];
      EXPECT_EQ(compare(*c, *parse_complexity(ladder[i - 1])), Order::kGreater) << ladder[i];
    }
  }
  EXPECT_EQ(parse_complexity("O(n + m)")->rank(), std::nullopt);
  EXPECT_EQ(parse_complexity("O(n^2 log n)")->rank(), std::nullopt);
}

Order order(const char* a, const char* b) {
  return compare(*parse_complexity(a), *parse_complexity(b));
}

TEST(CoachComplexityTest, CompareAcrossVariableNames) {
  EXPECT_EQ(order("O(n)", "O(q)"), Order::kSame);
  EXPECT_EQ(order("O(n log n)", "O(q log q)"), Order::kSame);
  EXPECT_EQ(order("O(n)", "O(total length of the words)"), Order::kSame);
  EXPECT_EQ(order("O(n*m)", "O(rows * cols)"), Order::kSame);
  EXPECT_EQ(order("O(V+E)", "O(n + m)"), Order::kSame);
  EXPECT_EQ(order("O(n + m)", "O(n * m)"), Order::kLess);
  EXPECT_EQ(order("O(n^2)", "O(n log n)"), Order::kGreater);
  EXPECT_EQ(order("O(n^2 log n)", "O(n^3)"), Order::kLess);
  EXPECT_EQ(order("O(1)", "O(rows * cols)"), Order::kLess);
  EXPECT_EQ(order("O(n)", "O(n + m)"), Order::kLess);
  // What does n stand for? Not comparable without asking.
  EXPECT_EQ(order("O(n)", "O(rows * cols)"), Order::kIncomparable);
  EXPECT_EQ(order("O(n^2)", "O(n * m)"), Order::kIncomparable);
  EXPECT_EQ(order("O(n log k)", "O(n k)"), Order::kLess);
  // The same names mean the same things; other names pair up as they fit best.
  EXPECT_EQ(order("O(n log n + m)", "O(n + m log m)"), Order::kIncomparable);
  EXPECT_EQ(order("O(a log a + b)", "O(n + m log m)"), Order::kSame);
  EXPECT_EQ(order("O(a * b)", "O(n log m)"), Order::kGreater);
}

TEST(CoachComplexityTest, FindsMentionsInProse) {
  const std::string text =
      "I sort the intervals, which is O(n log n), then sweep once in linear time. "
      "A linear scan of the input follows; I/O (reading) is not counted.";
  auto found = find_complexities(text);
  ASSERT_EQ(found.size(), 2U);
  EXPECT_EQ(found[0].complexity.canonical, "O(n log n)");
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "O(n log n)");
  EXPECT_EQ(found[1].complexity.canonical, "O(n)");
  EXPECT_EQ(text.substr(found[1].begin, found[1].end - found[1].begin), "linear");
}

struct ClaimCase {
  const char* text;
  const char* time;   // "" when no claim
  const char* space;  // "" when no claim
};

std::string canonical_or_empty(const std::optional<Claim>& c) {
  return c ? c->complexity.canonical : std::string();
}

TEST(CoachComplexityTest, ClaimsFromExplanations) {
  const ClaimCase cases[] = {
      {"## Approach\nTwo pointers.\n\n## Time complexity\nO(n)\n\n## Space complexity\nO(1)\n",
       "O(n)", "O(1)"},
      {"O(n) time, O(1) space", "O(n)", "O(1)"},
      {"Time: O(n log n) because of the sort; space: O(n) for the copy.", "O(n log n)", "O(n)"},
      {"It runs in O(n) and uses O(n) extra memory for the hash map.", "O(n)", "O(n)"},
      {"Linear time and constant space.", "O(n)", "O(1)"},
      {"The brute force is O(n^2); instead I keep a stack, so each index is pushed and popped "
       "once: O(n) time overall, O(n) space for the stack.",
       "O(n)", "O(n)"},
      {"Sorting takes O(n log n) and the sweep O(n).", "O(n log n)", ""},
      {"## Complexity\nO(n log n), O(1)\n", "O(n log n)", "O(1)"},
      {"## Complexity\nTime O(V + E), space O(V).\n", "O(V + E)", "O(V)"},
      {"**Time:** O(n * m)\n**Space:** O(m)\n", "O(n * m)", "O(m)"},
      {"Each insert costs O(log n) per operation, so O(q log q) in total.", "O(q log q)", ""},
      {"time: n log n\nspace: n", "O(n log n)", "O(n)"},
      {"I use a heap. Complexity is fine.", "", ""},
      {"", "", ""},
      {"Сложность: O(n) по времени, O(1) по памяти.", "O(n)", ""},
  };
  for (const auto& c : cases) {
    Claims claims = extract_claims(c.text);
    EXPECT_EQ(canonical_or_empty(claims.time), c.time) << c.text;
    EXPECT_EQ(canonical_or_empty(claims.space), c.space) << c.text;
  }
}

}  // namespace
}  // namespace judge::coach
