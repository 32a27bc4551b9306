// The complexity fit. For each class f the time is fitted as b + a·f(n) by least squares in
// relative terms (each miss divided by its expected noise), so that the largest size does not
// drown the small ones; a and b are kept non-negative, since neither a negative cost per item
// nor a negative start-up time exists, and a free b would let a wrong class bend towards the
// points. The classes are then compared by their chi-square: the ones within `distinguish` of
// the best cannot be told apart by this data, and the result says so rather than pick one.
// The log–log slope (Goldsmith, Aiken and Wilkerson, FSE 2007) is reported beside the classes
// as a model-free measure of growth.
#include "judge/coach/fit.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include <fmt/format.h>

#include "judge/error.h"

namespace judge::coach {
namespace {

constexpr int kParamsConstant = 1;
constexpr int kParamsOther = 2;

// f(n)/f(ref), as a ratio so that n^3 and 2^n stay finite at the sizes a probe runs. `ref`
// is at least 2 (the largest of several distinct sizes), so log2(ref) > 0.
double scaled(Growth growth, double n, double ref) {
  switch (growth) {
    case Growth::kConstant:
      return 1;
    case Growth::kLog:
      return std::log2(n) / std::log2(ref);
    case Growth::kLinear:
      return n / ref;
    case Growth::kLinearLog:
      return n / ref * (std::log2(n) / std::log2(ref));
    case Growth::kQuadratic:
      return (n / ref) * (n / ref);
    case Growth::kCubic:
      return (n / ref) * (n / ref) * (n / ref);
    case Growth::kExponential:
      return std::exp2(n - ref);
  }
  return 1;
}

struct Obs {
  double n = 0;
  double y = 0;
  double w = 0;  // 1 / variance of y
};

struct Coef {
  double a = 0;
  double b = 0;
};

double misfit(const std::vector<Obs>& obs, const std::vector<double>& g, Coef c) {
  double sum = 0;
  for (std::size_t i = 0; i < obs.size(); ++i) {
    double miss = c.a * g[i] + c.b - obs[i].y;
    sum += obs[i].w * miss * miss;
  }
  return sum;
}

// Weighted least squares of y ≈ a·g + b with a, b ≥ 0. The misfit is a convex quadratic, so
// the constrained minimum is the free one when that is feasible, else the better of the two
// edges (a = 0 or b = 0), each minimised on its own.
Coef least_squares(const std::vector<Obs>& obs, const std::vector<double>& g, bool constant) {
  double sw = 0, sg = 0, sgg = 0, sy = 0, sgy = 0;
  for (std::size_t i = 0; i < obs.size(); ++i) {
    sw += obs[i].w;
    sg += obs[i].w * g[i];
    sgg += obs[i].w * g[i] * g[i];
    sy += obs[i].w * obs[i].y;
    sgy += obs[i].w * g[i] * obs[i].y;
  }
  Coef only_b{0, sy / sw};
  if (constant) {
    return only_b;
  }
  double det = sw * sgg - sg * sg;
  if (det > 1e-12 * sw * sgg) {
    Coef free{(sw * sgy - sg * sy) / det, (sgg * sy - sg * sgy) / det};
    if (free.a >= 0 && free.b >= 0) {
      return free;
    }
  }
  Coef best = only_b;
  if (sgg > 0) {
    Coef only_a{std::max(0.0, sgy / sgg), 0};
    if (misfit(obs, g, only_a) < misfit(obs, g, best)) {
      best = only_a;
    }
  }
  return best;
}

// Least-squares slope of ln y against ln n.
std::optional<double> log_log_slope(std::span<const FitPoint> points) {
  if (points.size() < 2) {
    return std::nullopt;
  }
  double mx = 0, my = 0;
  for (const auto& p : points) {
    mx += std::log(static_cast<double>(p.n));
    my += std::log(p.time_s);
  }
  auto count = static_cast<double>(points.size());
  mx /= count;
  my /= count;
  double sxx = 0, sxy = 0;
  for (const auto& p : points) {
    double dx = std::log(static_cast<double>(p.n)) - mx;
    sxx += dx * dx;
    sxy += dx * (std::log(p.time_s) - my);
  }
  if (sxx <= 0) {
    return std::nullopt;
  }
  return sxy / sxx;
}

struct Bound {
  double n = 0;
  double time_s = 0;
};

// Every class fitted to `obs`, in kAllGrowths order. A size that hit the time limit is a
// lower bound: a class that predicts much less there misses it like any point, and one that
// predicts more does not.
std::vector<ClassFit> fit_classes(const std::vector<Obs>& obs, const std::optional<Bound>& limit,
                                  double sigma) {
  double sw = 0, swy = 0;
  for (const auto& o : obs) {
    sw += o.w;
    swy += o.w * o.y;
  }
  double mean = swy / sw;
  double total = 0;
  for (const auto& o : obs) {
    total += o.w * (o.y - mean) * (o.y - mean);
  }
  double n_ref = obs.back().n;
  std::vector<ClassFit> fits;
  for (Growth growth : kAllGrowths) {
    std::vector<double> g;
    for (const auto& o : obs) {
      g.push_back(scaled(growth, o.n, n_ref));
    }
    Coef c = least_squares(obs, g, growth == Growth::kConstant);
    ClassFit f;
    f.growth = growth;
    f.a = c.a;
    f.b = c.b;
    f.n_ref = n_ref;
    f.chi2 = misfit(obs, g, c);
    double rel = 0, weight = 0;
    for (std::size_t i = 0; i < obs.size(); ++i) {
      double miss = (c.a * g[i] + c.b - obs[i].y) / obs[i].y;
      double precision = obs[i].w * obs[i].y * obs[i].y;
      rel += precision * miss * miss;
      weight += precision;
    }
    f.rms_error = std::sqrt(rel / weight);
    f.r2 = total > 0 ? 1 - f.chi2 / total : 0;
    if (limit) {
      double at = predict(f, limit->n);
      if (at < limit->time_s) {
        double miss = (limit->time_s - at) / (sigma * limit->time_s);
        f.chi2 += miss * miss;
      }
    }
    fits.push_back(f);
  }
  return fits;
}

// The smallest chi-square; on a tie, the slower-growing class.
std::size_t best_of(const std::vector<ClassFit>& fits) {
  std::size_t best = 0;
  for (std::size_t i = 1; i < fits.size(); ++i) {
    if (fits[i].chi2 < fits[best].chi2) {
      best = i;
    }
  }
  return best;
}

double degrees_of_freedom(const ClassFit& fit, std::size_t points) {
  int params = fit.growth == Growth::kConstant ? kParamsConstant : kParamsOther;
  return std::max(1.0, static_cast<double>(points) - params);
}

double chi2_per_dof(const ClassFit& fit, std::size_t points) {
  return fit.chi2 / degrees_of_freedom(fit, points);
}

// Whether a fit misses by more than its noise explains: its chi-square lies beyond the
// quantile z (in standard deviations) of the chi-square distribution with its degrees of
// freedom, by the Wilson–Hilferty approximation (close enough from 1 degree of freedom up).
bool misses(const ClassFit& fit, std::size_t points, double z) {
  double k = degrees_of_freedom(fit, points);
  double c = 2 / (9 * k);
  double quantile = k * std::pow(1 - c + z * std::sqrt(c), 3);
  return fit.chi2 > quantile;
}

void set_slopes(FitResult& result, std::span<const FitPoint> fitted) {
  result.slope = log_log_slope(fitted);
  result.tail_slope.reset();
  std::size_t tail = std::max<std::size_t>(3, (fitted.size() + 1) / 2);
  if (fitted.size() >= tail) {
    result.tail_slope = log_log_slope(fitted.last(tail));
  }
}

double median_of(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  std::size_t mid = values.size() / 2;
  return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

std::string seconds(double s) {
  if (s < 0.001) {
    return fmt::format("{:.2f} ms", s * 1000);
  }
  if (s < 0.1) {
    return fmt::format("{:.{}f} ms", s * 1000, s < 0.01 ? 1 : 0);
  }
  return fmt::format("{:.2f} s", s);
}

std::string percent(double fraction) {
  if (fraction < 0.005) {
    return "under 1%";
  }
  return fmt::format("{:.0f}%", fraction * 100);
}

std::string exponent(double slope) {
  return fmt::format("n^{:.2f}", slope);
}

// "O(n)", "O(n) or O(n log n)", "O(1), O(log n) or O(n)".
std::string either(const std::vector<Growth>& growths) {
  std::string out;
  for (std::size_t i = 0; i < growths.size(); ++i) {
    if (i > 0) {
      out += i + 1 == growths.size() ? " or " : ", ";
    }
    out += to_string(growths[i]);
  }
  return out;
}

std::string decades(double lo, double hi) {
  double d = std::log10(hi / lo);
  return fmt::format("{:.1f} decade{}", d, d >= 0.95 && d < 1.05 ? "" : "s");
}

const ClassFit& fit_of(const FitResult& result, Growth growth) {
  return result.fits[static_cast<std::size_t>(growth)];
}

// The sentence that ends a fitted summary with the growth at the largest sizes.
std::string growth_clause(const FitResult& result) {
  // A power of n says nothing useful about an exponential.
  if (!result.tail_slope || result.best == Growth::kExponential) {
    return "";
  }
  return fmt::format(" Growth at the largest sizes: about {}.", exponent(*result.tail_slope));
}

// `sigma` is the noise assumed; `scale`, how much more the best fit missed by (at least 1).
void write_summary(FitResult& result, std::span<const FitPoint> fitted, double sigma,
                   double scale) {
  const ClassFit& best = fit_of(result, *result.best);
  double lo = static_cast<double>(fitted.front().n);
  double hi = static_cast<double>(fitted.back().n);
  std::string range =
      fmt::format("n = {}..{} ({})", fitted.front().n, fitted.back().n, decades(lo, hi));
  switch (result.status) {
    case FitStatus::kClear: {
      const ClassFit* next = nullptr;
      for (const auto& f : result.fits) {
        if (!f.candidate && (next == nullptr || f.chi2 < next->chi2)) {
          next = &f;
        }
      }
      result.summary = fmt::format(
          "{}: it fits the times to {} on average over {}, and every other class misses by "
          "more (the nearest, {}, by {}).",
          to_string(best.growth), percent(best.rms_error), range, to_string(next->growth),
          percent(next->rms_error));
      break;
    }
    case FitStatus::kAmbiguous: {
      // How far apart the candidates' curves are where it was measured: when that is inside
      // the noise, no amount of repeats at these sizes will separate them.
      double apart = 0;
      for (Growth g : result.candidates) {
        for (const auto& p : fitted) {
          double at = predict(best, static_cast<double>(p.n));
          double other = predict(fit_of(result, g), static_cast<double>(p.n));
          apart = std::max(apart, std::abs(other - at) / at);
        }
      }
      double spread = sigma * std::sqrt(scale);
      if (apart <= 2 * spread) {
        result.summary = fmt::format(
            "{}: the data cannot tell these apart. Over {} their fitted curves are never more "
            "than {} apart, and the times vary by about ±{} (noise between runs, caches). A "
            "wider range of n would separate them.",
            either(result.candidates), range, percent(apart), percent(spread));
      } else {
        result.summary = fmt::format(
            "{}: the data cannot tell these apart. Over {} the times scatter by about ±{} "
            "around each of them, too much to prefer one; more repeats, or a quieter machine, "
            "would.",
            either(result.candidates), range, percent(spread));
      }
      break;
    }
    case FitStatus::kPoorFit:
      result.summary = fmt::format(
          "no class fits well: the nearest, {}, misses the times by {} on average over {}, "
          "against a noise of about ±{}; the growth lies between the classes.",
          to_string(best.growth), percent(best.rms_error), range, percent(sigma));
      break;
    case FitStatus::kFlat: {
      double low = fitted.front().time_s, high = low;
      for (const auto& p : fitted) {
        low = std::min(low, p.time_s);
        high = std::max(high, p.time_s);
      }
      std::string stays = seconds(low) == seconds(high)
                              ? fmt::format("at {}", seconds(low))
                              : fmt::format("between {} and {}", seconds(low), seconds(high));
      result.summary = fmt::format(
          "no measurable growth: over {} the time stays {}, within the noise (about ±{}), "
          "which fits O(1). A constant cost such as start-up hides the work at these sizes; "
          "use larger n to see how it grows.",
          range, stays, percent(sigma));
      return;
    }
    default:
      break;
  }
  result.summary += growth_clause(result);
}

std::string limit_sentence(const FitResult& result, double limit_s) {
  const FitPoint* hit = nullptr;
  for (const auto& p : result.points) {
    if (p.n == result.limit_n) {
      hit = &p;
    }
  }
  return fmt::format("n = {} took more than the time limit ({}) on every run", *result.limit_n,
                     seconds(limit_s > 0 ? limit_s : hit->time_s));
}

}  // namespace

std::string_view to_string(Growth growth) noexcept {
  switch (growth) {
    case Growth::kConstant:
      return "O(1)";
    case Growth::kLog:
      return "O(log n)";
    case Growth::kLinear:
      return "O(n)";
    case Growth::kLinearLog:
      return "O(n log n)";
    case Growth::kQuadratic:
      return "O(n^2)";
    case Growth::kCubic:
      return "O(n^3)";
    case Growth::kExponential:
      return "O(2^n)";
  }
  return "?";
}

std::string_view to_string(FitStatus status) noexcept {
  switch (status) {
    case FitStatus::kClear:
      return "clear";
    case FitStatus::kAmbiguous:
      return "cannot tell apart";
    case FitStatus::kPoorFit:
      return "no class fits well";
    case FitStatus::kFlat:
      return "no measurable growth";
    case FitStatus::kTooFast:
      return "too fast to measure";
    case FitStatus::kTooFewSizes:
      return "too few sizes";
    case FitStatus::kTooSlow:
      return "too slow to measure";
  }
  return "?";
}

double predict(const ClassFit& fit, double n) {
  if (fit.growth == Growth::kConstant) {
    return fit.b;
  }
  return fit.b + fit.a * scaled(fit.growth, n, fit.n_ref);
}

namespace {

// The samples grouped by size, each checked: a size under 1 or a time that is not a number
// cannot be fitted.
std::map<std::int64_t, std::vector<Sample>> group_by_size(std::span<const Sample> samples) {
  std::map<std::int64_t, std::vector<Sample>> by_size;
  for (const auto& s : samples) {
    if (s.n < 1) {
      throw Error(fmt::format("cannot fit a run of size n = {}: sizes start at 1", s.n),
                  "check the sizes in the problem's [complexity] table");
    }
    if (!std::isfinite(s.cpu_s) || s.cpu_s < 0) {
      throw Error(
          fmt::format("cannot fit a run of size n = {} that took {} s of CPU", s.n, s.cpu_s),
          "this is a bug in the probe: report it with the command that showed it");
    }
    by_size[s.n].push_back(s);
  }
  return by_size;
}

// One point per size (fastest, median and slowest of its runs) into result.points, and the
// first size that hit the time limit into result.limit_n.
void add_points(FitResult& result, const std::map<std::int64_t, std::vector<Sample>>& by_size,
                const FitOptions& options) {
  for (const auto& [n, runs] : by_size) {
    std::vector<double> times;
    bool all_hit = true;
    for (const auto& r : runs) {
      times.push_back(r.cpu_s);
      all_hit = all_hit && r.hit_limit;
    }
    std::sort(times.begin(), times.end());
    FitPoint p;
    p.n = n;
    p.time_s = times.front();
    p.median_s = median_of(times);
    p.max_s = times.back();
    p.repeats = static_cast<int>(times.size());
    p.hit_limit = all_hit || (options.time_limit_s > 0 && p.time_s >= options.time_limit_s);
    p.below_resolution = !p.hit_limit && p.time_s <= options.resolution_s;
    if (p.hit_limit && !result.limit_n) {
      result.limit_n = n;
    }
    result.points.push_back(p);
  }
}

// Marks the points a curve can be fitted to, and returns them.
std::vector<FitPoint> mark_fitted(FitResult& result) {
  std::vector<FitPoint> fitted;
  for (auto& p : result.points) {
    // Sizes above one that hit the limit are left out even if they did not: they can only
    // be noise (or a smaller input from the generator), and would contradict the limit.
    p.fitted = !p.hit_limit && !p.below_resolution && (!result.limit_n || p.n < *result.limit_n);
    if (p.fitted) {
      fitted.push_back(p);
    }
  }
  return fitted;
}

// The noise of a size's minimum, from the spread of its repeats; the median over the sizes,
// so that one size run while the machine was busy does not set it.
double estimate_noise(std::span<const FitPoint> fitted, const FitOptions& options) {
  std::vector<double> spreads;
  for (const auto& p : fitted) {
    if (p.repeats >= 2) {
      spreads.push_back((p.median_s - p.time_s) / p.time_s);
    }
  }
  return spreads.empty() ? options.single_run_noise
                         : std::max(options.min_noise, median_of(spreads));
}

// The status and summary when fewer sizes than `min_sizes` can be fitted: the limit came too
// soon, too few sizes were run, or too few took longer than the timer's resolution.
void explain_too_few(FitResult& result, std::size_t fitted, std::size_t min_sizes,
                     const FitOptions& options) {
  if (result.limit_n) {
    result.status = FitStatus::kTooSlow;
    result.summary = fmt::format(
        "{}, with only {} smaller size{} measured: that alone says the time grows too fast "
        "for these sizes. Smaller sizes would show how fast.",
        limit_sentence(result, options.time_limit_s), fitted, fitted == 1 ? "" : "s");
  } else if (result.points.size() < min_sizes) {
    result.status = FitStatus::kTooFewSizes;
    result.summary =
        fmt::format("too few sizes to fit a curve: {} run, and at least {} are needed.",
                    result.points.size(), min_sizes);
  } else {
    result.status = FitStatus::kTooFast;
    result.summary = fmt::format(
        "too fast to measure at these sizes: only {} of {} sizes took longer than the "
        "timer's resolution ({}); use larger n.",
        fitted, result.points.size(), seconds(options.resolution_s));
  }
}

// The fitted points as weighted observations.
std::vector<Obs> observations(std::span<const FitPoint> fitted, double sigma,
                              const FitOptions& options) {
  // The variance of a time: relative noise and model error, plus the timer's step, which
  // matters most for the smallest times.
  std::vector<Obs> obs;
  for (const auto& p : fitted) {
    double var = sigma * sigma * p.time_s * p.time_s + options.resolution_s * options.resolution_s;
    obs.push_back({static_cast<double>(p.n), p.time_s, 1 / var});
  }
  return obs;
}

// The size that hit the time limit, as a lower bound on its time, if one did.
std::optional<Bound> limit_bound(const FitResult& result, const FitOptions& options) {
  std::optional<Bound> limit;
  for (const auto& p : result.points) {
    if (result.limit_n && p.n == *result.limit_n) {
      limit = Bound{static_cast<double>(p.n),
                    options.time_limit_s > 0 ? options.time_limit_s : p.time_s};
    }
  }
  return limit;
}

// The inner observation that lies furthest above the fit (weighted), or 0 when none lies
// above it. Never the smallest or largest size, which hold the range.
std::size_t furthest_above(const std::vector<Obs>& obs, const ClassFit& fit) {
  std::size_t worst = 0;
  double worst_chi2 = 0;
  for (std::size_t i = 1; i + 1 < obs.size(); ++i) {
    double miss = obs[i].y - predict(fit, obs[i].n);
    if (miss > 0 && miss * miss * obs[i].w > worst_chi2) {
      worst_chi2 = miss * miss * obs[i].w;
      worst = i;
    }
  }
  return worst;
}

// The classes fitted to a set of observations, and the best of them.
struct Fits {
  std::vector<Obs> obs;
  std::vector<ClassFit> classes;
  std::size_t best = 0;
};

// Leaves out the inner size furthest above the best class when the fit without it is good:
// marks it in result.points, drops it from `fitted` and `fits`, and returns the sentence that
// says so (empty when no size was left out).
std::string leave_out_outlier(FitResult& result, std::vector<FitPoint>& fitted, Fits& fits,
                              const std::optional<Bound>& limit, double sigma) {
  std::size_t worst = furthest_above(fits.obs, fits.classes[fits.best]);
  if (worst == 0) {
    return {};
  }
  std::vector<Obs> rest = fits.obs;
  rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(worst));
  std::vector<ClassFit> refits = fit_classes(rest, limit, sigma);
  std::size_t rebest = best_of(refits);
  if (chi2_per_dof(refits[rebest], rest.size()) > 1) {
    return {};
  }
  double slower = fits.obs[worst].y / predict(refits[rebest], fits.obs[worst].n) - 1;
  for (auto& p : result.points) {
    if (p.n == fitted[worst].n) {
      p.fitted = false;
      p.outlier = true;
    }
  }
  std::string note = fmt::format(
      " n = {} was left out: even its fastest run was {} slower than the curve through "
      "the other sizes, which looks like a busy moment on the machine.",
      fitted[worst].n, percent(slower));
  fitted.erase(fitted.begin() + static_cast<std::ptrdiff_t>(worst));
  fits = Fits{std::move(rest), std::move(refits), rebest};
  return note;
}

// Marks as candidates the classes whose chi-square, scaled, is within options.distinguish of
// the best's, and lists them in result.candidates, best first.
void choose_candidates(FitResult& result, std::size_t best, double scale,
                       const FitOptions& options) {
  std::vector<const ClassFit*> order;
  for (auto& f : result.fits) {
    f.candidate = (f.chi2 - result.fits[best].chi2) / scale <= options.distinguish;
    if (f.candidate) {
      order.push_back(&f);
    }
  }
  std::stable_sort(order.begin(), order.end(),
                   [](const ClassFit* x, const ClassFit* y) { return x->chi2 < y->chi2; });
  for (const auto* f : order) {
    result.candidates.push_back(f->growth);
  }
}

FitStatus status_of(const FitResult& result, bool poor) {
  if (fit_of(result, Growth::kConstant).candidate) {
    return FitStatus::kFlat;
  }
  if (poor) {
    return FitStatus::kPoorFit;
  }
  if (result.candidates.size() > 1) {
    return FitStatus::kAmbiguous;
  }
  return FitStatus::kClear;
}

}  // namespace

FitResult fit_complexity(std::span<const Sample> samples, const FitOptions& options) {
  FitResult result;
  add_points(result, group_by_size(samples), options);
  std::vector<FitPoint> fitted = mark_fitted(result);
  set_slopes(result, fitted);

  result.noise = estimate_noise(fitted, options);
  double sigma = std::hypot(result.noise, options.model_error);

  auto min_sizes = static_cast<std::size_t>(std::max(3, options.min_sizes));
  if (fitted.size() < min_sizes) {
    explain_too_few(result, fitted.size(), min_sizes, options);
    return result;
  }

  Fits fits;
  fits.obs = observations(fitted, sigma, options);
  std::optional<Bound> limit = limit_bound(result, options);
  fits.classes = fit_classes(fits.obs, limit, sigma);
  fits.best = best_of(fits.classes);
  std::string outlier_note;
  // A busy moment on the machine can slow every repeat of one size. When the best class
  // misses, and leaving out the one inner size that lies furthest above it makes the fit
  // good, that size is the likelier culprit than the growth: leave it out and say so. Only
  // a size above the curve, since interference never speeds a program up; and never the
  // smallest or largest size, which hold the range (a growth faster than every class shows
  // first at the largest).
  if (misses(fits.classes[fits.best], fits.obs.size(), options.poor_fit_z) &&
      fits.obs.size() > min_sizes) {
    outlier_note = leave_out_outlier(result, fitted, fits, limit, sigma);
  }
  double per_dof = chi2_per_dof(fits.classes[fits.best], fits.obs.size());
  bool poor = misses(fits.classes[fits.best], fits.obs.size(), options.poor_fit_z);
  result.fits = std::move(fits.classes);
  result.best = result.fits[fits.best].growth;
  // When even the best class misses by more than the assumed noise, the noise was
  // underestimated: scale every chi-square by that factor (Birge's ratio) before comparing,
  // so that a poor fit does not look like a confident one.
  double scale = std::max(1.0, per_dof);
  choose_candidates(result, fits.best, scale, options);

  result.status = status_of(result, poor);
  set_slopes(result, fitted);
  write_summary(result, fitted, sigma, scale);
  result.summary += outlier_note;
  if (result.limit_n) {
    result.summary += fmt::format(" {}.", limit_sentence(result, options.time_limit_s));
  }
  return result;
}

namespace {

// The table's own sizes replace their nearest rungs: the pack's author chose them (often at
// the constraints' maximum), and they keep the probe comparable with the pack's tests.
void snap_to_table(std::vector<double>& rungs, std::span<const std::int64_t> sizes, double lo,
                   double hi) {
  std::vector<bool> taken(rungs.size(), false);
  for (std::int64_t s : sizes) {
    auto v = static_cast<double>(s);
    if (v < lo || v > hi) {
      continue;
    }
    std::size_t nearest = rungs.size();
    for (std::size_t k = 0; k < rungs.size(); ++k) {
      if (!taken[k] && (nearest == rungs.size() || std::abs(std::log(rungs[k] / v)) <
                                                       std::abs(std::log(rungs[nearest] / v)))) {
        nearest = k;
      }
    }
    if (nearest < rungs.size()) {
      rungs[nearest] = v;
      taken[nearest] = true;
    }
  }
}

}  // namespace

Ladder plan_ladder(std::span<const std::int64_t> sizes, const LadderOptions& options) {
  if (sizes.empty()) {
    throw Error("the [complexity] table has no sizes to build a ladder of input sizes from",
                "add sizes = [...] with three or more sizes the generator accepts to the "
                "problem's [complexity] table");
  }
  for (std::int64_t s : sizes) {
    if (s < 1) {
      throw Error(fmt::format("size {} in the [complexity] table is under 1", s),
                  "sizes are the n given to the generator: use 1 or more");
    }
  }
  auto [smallest, largest] = std::minmax_element(sizes.begin(), sizes.end());
  std::int64_t min_n = std::max<std::int64_t>(1, options.min_n);
  double hi = static_cast<double>(options.max_n > 0 ? options.max_n : *largest);
  hi = std::max(hi, static_cast<double>(min_n));
  double lo = std::min(static_cast<double>(*smallest), hi / std::pow(10.0, options.decades));
  lo = std::clamp(lo, static_cast<double>(min_n), hi);
  // When even n = min_n cannot give the decades wanted (n-queens: n <= 12), sizes under the
  // table's would time only the program's start-up, and a fast-growing program would seem
  // flat there: keep to the table's own range.
  const bool narrow = hi < static_cast<double>(min_n) * std::pow(10.0, options.decades);
  if (narrow) {
    lo = std::clamp(static_cast<double>(*smallest), static_cast<double>(min_n), hi);
  }

  int count = std::max(2, options.count);
  double step = std::pow(hi / lo, 1.0 / (count - 1));
  std::vector<double> rungs;
  for (int k = 0; k < count; ++k) {
    rungs.push_back(lo * std::pow(step, k));
  }
  snap_to_table(rungs, sizes, lo, hi);

  Ladder ladder;
  for (double r : rungs) {
    ladder.sizes.push_back(std::llround(r));
  }
  std::sort(ladder.sizes.begin(), ladder.sizes.end());
  ladder.sizes.erase(std::unique(ladder.sizes.begin(), ladder.sizes.end()), ladder.sizes.end());

  double span = std::log10(hi / lo);
  if (narrow) {
    ladder.note = fmt::format(
        "the sizes span only {:.1f} of the {:.1f} decades wanted: n stays under {:g}, so the "
        "ladder keeps to the table's sizes (smaller n would time only the start-up)",
        span, options.decades, static_cast<double>(min_n) * std::pow(10.0, options.decades));
  } else if (span + 1e-9 < options.decades) {
    ladder.note = fmt::format(
        "the sizes span only {:.1f} of the {:.1f} decades wanted: the ladder cannot go under "
        "n = {}",
        span, options.decades, min_n);
  }
  if (ladder.sizes.size() < static_cast<std::size_t>(count)) {
    if (!ladder.note.empty()) {
      ladder.note += "; ";
    }
    ladder.note += fmt::format("only {} distinct sizes between {} and {}", ladder.sizes.size(),
                               ladder.sizes.front(), ladder.sizes.back());
  }
  return ladder;
}

namespace {

// What the runs of one size so far showed.
struct SizeRuns {
  double fastest = 0;
  bool all_hit = true;
};

// The runs so far by size, and the CPU time they spent in all.
std::map<std::int64_t, SizeRuns> runs_by_size(std::span<const Sample> done, double& spent) {
  std::map<std::int64_t, SizeRuns> sizes;
  spent = 0;
  for (const auto& s : done) {
    spent += s.cpu_s;
    auto [it, fresh] = sizes.try_emplace(s.n, SizeRuns{s.cpu_s, s.hit_limit});
    if (!fresh) {
      it->second.fastest = std::min(it->second.fastest, s.cpu_s);
      it->second.all_hit = it->second.all_hit && s.hit_limit;
    }
  }
  return sizes;
}

// The predicted CPU time of one run of size next_n.
double predict_next(const std::map<std::int64_t, SizeRuns>& sizes, std::int64_t next_n,
                    const BudgetOptions& options) {
  // Extrapolate along the local slope of the last measured sizes: the growth at the top of
  // the ladder is what decides the next run's cost (a start-up constant flattens the slope
  // lower down). With one measured size, assume linear growth; with none, the sizes so far
  // were under the resolution, so the next one costs at most a few steps of it.
  std::vector<FitPoint> measured;
  double last_n = 0;
  for (const auto& [n, size] : sizes) {
    if (n < next_n) {
      last_n = static_cast<double>(n);
      if (size.fastest > options.resolution_s) {
        measured.push_back(FitPoint{.n = n, .time_s = size.fastest});
      }
    }
  }
  auto next_v = static_cast<double>(next_n);
  if (measured.size() >= 2) {
    auto recent = std::span(measured).last(std::min<std::size_t>(3, measured.size()));
    double slope = std::max(0.0, log_log_slope(recent).value_or(1));
    const auto& top = measured.back();
    return top.time_s * std::pow(next_v / static_cast<double>(top.n), slope);
  }
  if (measured.size() == 1) {
    return measured.front().time_s * next_v / static_cast<double>(measured.front().n);
  }
  if (last_n > 0) {
    return options.resolution_s * next_v / last_n;
  }
  return 0;
}

// How many runs of next_n (next.predicted_s each) fit in the `left` of the budget, and why.
void fit_in_budget(NextRun& next, std::int64_t next_n, double left, double limit,
                   const BudgetOptions& options) {
  int repeats = std::max(1, options.repeats);
  if (next.predicted_s >= limit) {
    if (left < limit) {
      next.reason = fmt::format(
          "n = {} would take about {}, over the time limit, and only {} of the budget is left",
          next_n, seconds(next.predicted_s), seconds(left));
      return;
    }
    next.run = true;
    next.repeats = 1;
    next.reason =
        fmt::format("n = {} should take about {}, over the time limit ({}): one run to confirm",
                    next_n, seconds(next.predicted_s), seconds(options.time_limit_s));
    return;
  }
  double per_run = std::max(next.predicted_s, options.resolution_s);
  int fit = static_cast<int>(std::min(static_cast<double>(repeats), std::floor(left / per_run)));
  if (fit < 1) {
    next.reason =
        fmt::format("n = {} would take about {} a run, and only {} of the {} budget is left",
                    next_n, seconds(next.predicted_s), seconds(left), seconds(options.total_cpu_s));
    return;
  }
  next.run = true;
  next.repeats = fit;
  if (fit < repeats) {
    next.reason =
        fmt::format("{} run{} of n = {} (about {} each) fit in the {} left", fit,
                    fit == 1 ? "" : "s", next_n, seconds(next.predicted_s), seconds(left));
  }
}

}  // namespace

NextRun plan_next_run(std::span<const Sample> done, std::int64_t next_n,
                      const BudgetOptions& options) {
  double spent = 0;
  const std::map<std::int64_t, SizeRuns> sizes = runs_by_size(done, spent);

  // No limit given (0): no run can exceed it.
  const double limit =
      options.time_limit_s > 0 ? options.time_limit_s : std::numeric_limits<double>::infinity();
  NextRun next;
  for (const auto& [n, size] : sizes) {
    if (size.all_hit || size.fastest >= limit) {
      next.reason = fmt::format(
          "n = {} already took more than the time limit ({}): a larger size would only hit it "
          "again",
          n, seconds(options.time_limit_s));
      return next;
    }
  }
  double left = options.total_cpu_s - spent;
  if (left <= 0) {
    next.reason =
        fmt::format("the probe's budget of {} of CPU is spent", seconds(options.total_cpu_s));
    return next;
  }

  next.predicted_s = predict_next(sizes, next_n, options);
  fit_in_budget(next, next_n, left, limit, options);
  return next;
}

std::optional<std::int64_t> next_extension(std::span<const Sample> done,
                                           const ExtendOptions& options) {
  double spent = 0;
  const std::map<std::int64_t, SizeRuns> sizes = runs_by_size(done, spent);
  if (sizes.empty() || options.extend_to <= 0) {
    return std::nullopt;
  }
  for (const auto& [n, size] : sizes) {
    if (size.all_hit) {
      return std::nullopt;  // already too slow: larger sizes would only hit the limit again
    }
  }
  const auto& [top_n, top] = *sizes.rbegin();
  const double growth = top.fastest - sizes.begin()->second.fastest;
  if (growth >= options.enough_s || top_n >= options.extend_to) {
    return std::nullopt;
  }
  // Far below enough (under an eighth), two steps at once: those sizes only lead up to the
  // ones that show the growth, and each costs a generator run and three runs of the program.
  const double step = std::max(options.step, 1.0);
  const double stride = growth < options.enough_s / 8 ? step * step : step;
  // At least one more than the top, so that a step under 1 + 1/n still moves.
  const double next = std::ceil(static_cast<double>(top_n) * stride);
  return std::min(options.extend_to, std::max(top_n + 1, static_cast<std::int64_t>(next)));
}

}  // namespace judge::coach
