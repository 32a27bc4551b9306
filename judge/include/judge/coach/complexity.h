// Big-O as candidates write it: "O(N)", "O(nlogn)", "n*log(n)", "linear", "O(V+E)", "Θ(n²)",
// "amortized O(1)" ... read into one canonical class, ordered, and found in an explanation.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace judge::coach {

/// How one product term grows in one variable: factorial, then base^v, then v^power, then
/// log^k v, then α(v) — compared in that order.
struct VariableGrowth {
  bool factorial = false;  ///< v!
  double exp_base = 0;     ///< base^v when > 1 (2^n, 26^d)
  double power = 0;        ///< v^power (0.5: sqrt v)
  int log_power = 0;       ///< log^k v
  int alpha_power = 0;     ///< α(v), the inverse Ackermann function

  [[nodiscard]] bool none() const {
    return !factorial && exp_base == 0 && power == 0 && log_power == 0 && alpha_power == 0;
  }
  friend bool operator==(const VariableGrowth&, const VariableGrowth&) = default;
};

/// A product of growths, one per variable; empty: a constant.
using Term = std::map<std::string, VariableGrowth>;

struct Complexity {
  /// True when the text was read into terms; false for a bound the parser does not know
  /// ("O(n^(target/min))"): then `canonical` is the text as written, and nothing compares.
  bool valid = false;
  /// "O(n log n)", "O(n + m)", "O(rows * cols)", "O((n + q) log n)", "O(1)".
  std::string canonical;
  /// The sum, simplified: no term is dominated by another.
  std::vector<Term> terms;
  bool amortized = false;      ///< "amortized O(1)", "O(1) amortised"
  bool per_operation = false;  ///< "O(log n) per query", "each insert is O(log n)"
  bool lower_bound = false;    ///< written with Ω
  std::string written;         ///< the text it was read from, trimmed

  /// Variable names, in canonical order ("n", "m", "V", "E", then the rest alphabetically).
  [[nodiscard]] std::vector<std::string> variables() const;
  /// The place of a one-variable class on the usual ladder: 0 O(1), 1 O(log n), 2 O(sqrt(n)),
  /// 3 O(n), 4 O(n log n), 5 O(n^2), 6 O(n^3), 7 O(2^n), 8 O(n!); none for other classes
  /// (O(n^2 log n), O(n + m)...), which compare() still orders.
  [[nodiscard]] std::optional<int> rank() const;
};

/// Reads one complexity: "O(n log n)", "o(N)", "Θ(n)", "nlgn", "n*log(n)", "log-linear",
/// "quadratic", "O(n**2)", "O(√n)", "amortized O(1)", "O(log n) per operation",
/// "Big O of n"... Words around it that say which resource or case ("time", "worst case") are
/// allowed. None when the text holds no complexity.
[[nodiscard]] std::optional<Complexity> parse_complexity(std::string_view text);

enum class Order {
  kLess,          ///< grows slower
  kSame,          ///< the same class
  kGreater,       ///< grows faster
  kIncomparable,  ///< neither (O(n^2) vs O(n * m)), or one side is not valid
};

/// Orders `a` against `b`. Variable names need not agree when the shapes do: O(n) is O(q),
/// O(n * m) is O(rows * cols), O(V + E) is O(n + m). A single-variable class is not compared
/// with a class of several variables (O(n) against O(rows * cols): what is n?).
[[nodiscard]] Order compare(const Complexity& a, const Complexity& b);

/// Where a complexity is mentioned in a text.
struct Mention {
  Complexity complexity;
  std::size_t begin = 0;  ///< byte offsets in the text
  std::size_t end = 0;
};

/// Every complexity written in free text, in order: O(...) and its cousins anywhere, class
/// words when they describe a cost ("linear time", "it is quadratic"), and a bare expression
/// after a label ("time: n log n").
[[nodiscard]] std::vector<Mention> find_complexities(std::string_view text);

/// What an explanation claims for one resource.
struct Claim {
  /// The claim: the mentions added up (steps in sequence add: "O(n log n) to sort, then
  /// O(n)" claims O(n log n)), or the one mention when it is not valid.
  Complexity complexity;
  std::vector<Mention> mentions;  ///< where it is said, in order
};

/// The time and space an explanation claims.
struct Claims {
  std::optional<Claim> time;
  std::optional<Claim> space;
};

/// Reads the claims of an explanation. A mention counts for time or space by the words next
/// to it ("time: O(n)", "O(n) time", "runs in O(n)", "O(1) extra space", "uses O(n)
/// memory"), else by its heading ("## Time complexity", "Space:"). A mention that names a
/// rejected alternative ("the brute force is O(n^2)", "instead of O(n^2)") is skipped. Under a
/// "Complexity" heading, two mentions that say neither are time then space; otherwise the
/// first mention that says neither is time when nothing else claims time.
[[nodiscard]] Claims extract_claims(std::string_view text);

}  // namespace judge::coach
