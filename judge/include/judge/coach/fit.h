// Complexity fit: how a program's CPU time grows with its input size, from timed runs at a
// ladder of sizes, and the plan for that ladder. Pure: the probe runs the programs in the
// sandbox and passes the times here; nothing here reads a clock or a file.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace judge::coach {

/// The classes a measured time is fitted against, slowest-growing first.
enum class Growth { kConstant, kLog, kLinear, kLinearLog, kQuadratic, kCubic, kExponential };
inline constexpr Growth kAllGrowths[] = {Growth::kConstant,   Growth::kLog,       Growth::kLinear,
                                         Growth::kLinearLog,  Growth::kQuadratic, Growth::kCubic,
                                         Growth::kExponential};

/// "O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^3)", "O(2^n)".
[[nodiscard]] std::string_view to_string(Growth growth) noexcept;

/// One timed run of the program on an input of size n.
struct Sample {
  std::int64_t n = 0;
  double cpu_s = 0;        ///< CPU time (user + system), not wall time
  bool hit_limit = false;  ///< stopped at the time limit: the real time is at least cpu_s
};

struct FitOptions {
  /// The smallest time step the runner reports. A time at or under it says only "at most
  /// this"; a time a few steps above it is still coarse, and counts for less in the fit.
  double resolution_s = 0.002;
  /// The time limit the runs had (0: none). A size whose every run hit it is not fitted, but
  /// a class whose fit predicts much less than the limit there counts as missing it.
  double time_limit_s = 0;
  /// How far a real program strays from any ideal curve even without noise (caches filling
  /// up, frequency scaling, the allocator): about 10% over two decades of n. Without it, a
  /// clean linear scan that slows down as it leaves the cache would be called O(n log n).
  double model_error = 0.10;
  /// The least noise assumed for a run: repeats that agree better than this are in luck.
  double min_noise = 0.03;
  /// The noise assumed when no size was run twice.
  double single_run_noise = 0.10;
  /// Classes whose misfit (chi-square, after scaling for a poor best fit) exceeds the best
  /// one's by less than this are reported as indistinguishable from it. 6 means the
  /// other class is at most e^3 (about 20) times less likely.
  double distinguish = 6.0;
  /// The best class misses, and no class fits well, when its chi-square is beyond this
  /// quantile of the chi-square distribution, in standard deviations: 2.33 is the 99th
  /// percentile (a chance of 1 in 100 that noise alone misses by that much).
  double poor_fit_z = 2.33;
  /// Sizes measured above the resolution needed to fit at all (two parameters and at least
  /// two points left to judge them by).
  int min_sizes = 4;
};

/// The repeats of one size, summarised.
struct FitPoint {
  std::int64_t n = 0;
  /// The minimum of the repeats: what the fit uses. CPU time on a shared machine is only ever
  /// inflated by other work (caches, memory bandwidth, a sibling hyperthread), never
  /// deflated, so the fastest run is the closest to the program's own cost; a median would
  /// keep half of that interference.
  double time_s = 0;
  double median_s = 0;
  double max_s = 0;
  int repeats = 0;
  bool hit_limit = false;         ///< every repeat hit the time limit
  bool below_resolution = false;  ///< time_s is at or under the resolution
  /// Used in the fit: above the resolution, under any size that hit the limit, no outlier.
  bool fitted = false;
  /// Left out: even its fastest run lay far above the curve that fits every other size well,
  /// which a busy moment on the machine explains better than the growth does.
  bool outlier = false;
};

/// time(n) ≈ b + a·f(n)/f(n_ref) for one class f, fitted by least squares with a ≥ 0, b ≥ 0.
struct ClassFit {
  Growth growth = Growth::kConstant;
  double a = 0;      ///< the growing part of the time at n_ref, in seconds
  double b = 0;      ///< the constant part (start-up, reading the input's header), in seconds
  double n_ref = 1;  ///< the largest fitted size
  /// Root mean square of the relative misses at the fitted sizes, weighted as in the fit (a
  /// time near the resolution counts for less).
  double rms_error = 0;
  double r2 = 0;           ///< coefficient of determination of the (relative) fit
  double chi2 = 0;         ///< the misses squared over their noise, plus a miss of the time limit
  bool candidate = false;  ///< the data cannot tell this class from the best one
};

/// The time a fit predicts at size n (n may lie outside the fitted sizes).
[[nodiscard]] double predict(const ClassFit& fit, double n);

enum class FitStatus {
  kClear,        ///< one class fits, every other is clearly worse
  kAmbiguous,    ///< several classes fit within the noise: `candidates` lists them
  kPoorFit,      ///< even the best class misses by much more than the noise (growth in between)
  kFlat,         ///< no growth above the noise: the constant class fits
  kTooFast,      ///< fewer than min_sizes sizes took longer than the resolution
  kTooFewSizes,  ///< fewer than min_sizes sizes at all
  kTooSlow,      ///< a size hit the time limit before min_sizes smaller ones were measured
};

/// "clear", "cannot tell apart", "no class fits well", "no measurable growth", "too fast to
/// measure", "too few sizes", "too slow to measure": the confidence, in words.
[[nodiscard]] std::string_view to_string(FitStatus status) noexcept;

struct FitResult {
  FitStatus status = FitStatus::kTooFewSizes;
  std::vector<FitPoint> points;  ///< every size, ascending
  /// One per class, in kAllGrowths order; empty when there was too little to fit.
  std::vector<ClassFit> fits;
  /// The class with the smallest misfit. When status is kAmbiguous, kFlat or kPoorFit it is
  /// only the nearest, not a decision: read `candidates` and `summary`.
  std::optional<Growth> best;
  std::vector<Growth> candidates;  ///< best first; those the data cannot tell apart
  /// Slope of log(time) against log(n) over the fitted sizes (time ≈ c·n^slope), the
  /// model-free measure of Goldsmith, Aiken and Wilkerson (FSE 2007).
  std::optional<double> slope;
  /// The same over the larger half of the fitted sizes (at least three), where a constant
  /// start-up cost matters least: the growth the summary quotes.
  std::optional<double> tail_slope;
  double noise = 0;                     ///< the relative noise of a run, estimated from the repeats
  std::optional<std::int64_t> limit_n;  ///< the smallest size that hit the time limit
  std::string summary;                  ///< one or two sentences for the candidate, with the reason
};

/// Fits the samples (any order; repeats of a size are grouped). Throws Error for a size
/// under 1 or a negative or non-finite time.
[[nodiscard]] FitResult fit_complexity(std::span<const Sample> samples,
                                       const FitOptions& options = {});

/// How to turn the sizes of a problem's [complexity] table into the sizes to run.
struct LadderOptions {
  int count = 10;          ///< sizes wanted (fewer when small integers run together)
  double decades = 2.0;    ///< span wanted, as a power of ten from smallest to largest
  std::int64_t min_n = 1;  ///< never below this
  /// Never above this; 0: the table's largest size, since a pack's sizes stay within the
  /// problem's constraints (a graph of 100 nodes has at most 9900 edges).
  std::int64_t max_n = 0;
};

struct Ladder {
  std::vector<std::int64_t> sizes;  ///< ascending, distinct; the table's sizes among them
  std::string note;                 ///< why the ladder is shorter or narrower than asked, or empty
};

/// A geometric ladder from the table's largest size down to `decades` below it (or the
/// table's smallest, if lower), with the table's own sizes in place of their nearest rungs.
/// Throws Error when `sizes` is empty or holds a size under 1.
[[nodiscard]] Ladder plan_ladder(std::span<const std::int64_t> sizes,
                                 const LadderOptions& options = {});

struct BudgetOptions {
  double time_limit_s = 1.0;  ///< of one run; a run is stopped there (0: no limit)
  double total_cpu_s = 10.0;  ///< for the whole probe
  int repeats = 3;            ///< runs of each size
  double resolution_s = 0.002;
};

struct NextRun {
  bool run = false;
  int repeats = 0;         ///< how many runs of the next size (fewer when the budget is short)
  double predicted_s = 0;  ///< the expected time of one run
  std::string reason;      ///< why it stops, or why fewer repeats; empty for a plain run
};

/// Whether to run size `next_n`, given every run so far (any order). Stops once a size hit
/// the time limit, and when the next size would not fit in what is left of the budget. The
/// next time is extrapolated along the log–log slope of the last three measured sizes.
[[nodiscard]] NextRun plan_next_run(std::span<const Sample> done, std::int64_t next_n,
                                    const BudgetOptions& options = {});

/// Past the ladder. A table's sizes stay within the problem's constraints, and there a fast
/// program's work can be a fraction of a millisecond: under the start-up's noise, so that the
/// fit sees no growth at all. A pack may allow the probe to go on past them ([complexity]
/// extend_to) until the growth is large enough to fit.
struct ExtendOptions {
  std::int64_t extend_to = 0;  ///< the largest n allowed; 0: never past the ladder
  double step = 1.67;          ///< the ratio from one size to the next (the ladder's own)
  /// Growth enough to fit: once the largest size's fastest run is this much slower than the
  /// smallest size's, the start-up's noise between runs (about ±0.5 ms on a shared machine)
  /// is a percent of it.
  double enough_s = 0.05;
};

/// The next size past the sizes run so far (`done`, any order), or nothing: when a size hit
/// the time limit, the growth reached `enough_s`, or the largest size is `extend_to`. Two
/// steps at once while the growth is under an eighth of enough_s.
[[nodiscard]] std::optional<std::int64_t> next_extension(std::span<const Sample> done,
                                                         const ExtendOptions& options);

}  // namespace judge::coach
