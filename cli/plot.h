// A small plot for the terminal: measured points and a fitted curve on logarithmic (or linear)
// axes, drawn with braille dots, or with ASCII when the terminal is not UTF-8. Pure: it
// returns the text and prints nothing.
#pragma once

#include <functional>
#include <span>
#include <string>

namespace cli {

struct PlotPoint {
  double x = 0;
  double y = 0;
  bool at_least = false;  ///< y is a lower bound (a run stopped at the time limit)
};

enum class AxisFormat {
  kNumber,   ///< 200, 20k, 1.5M
  kSeconds,  ///< 800 µs, 12 ms, 1.5 s
};

struct PlotAxis {
  std::string label;
  bool log = true;
  AxisFormat format = AxisFormat::kNumber;
};

struct PlotOptions {
  int width = 72;   ///< columns of every line, labels included (at least 30)
  int height = 12;  ///< rows of the plotting area (at least 4)
  bool unicode = true;
  PlotAxis x{"n", true, AxisFormat::kNumber};
  PlotAxis y{"CPU time", true, AxisFormat::kSeconds};
  std::string points_label = "measured";  ///< legend of the points
  std::string curve_label = "fit";        ///< legend of the curve, when there is one
  std::string bound_label = "stopped at the time limit";  ///< legend of lower bounds, if any
};

/// The plot of `points` (each a mark: ● or o, and ▲ or ^ for a lower bound) with `curve`
/// (may be empty) drawn as a line over the points' x range, clipped to their y range. Points
/// at or under 0 on a logarithmic axis sit on its lowest row. Every line ends in '\n' and is
/// at most `width` columns wide. No points: an empty string.
[[nodiscard]] std::string render_plot(std::span<const PlotPoint> points,
                                      const std::function<double(double)>& curve,
                                      const PlotOptions& options);

/// Whether the locale the environment names is UTF-8: the first of LC_ALL, LC_CTYPE and LANG
/// that is set and not empty names a UTF-8 codeset ("en_GB.UTF-8", "C.utf8"). None set means
/// the C locale: not UTF-8. Pass getenv's results (null for unset).
[[nodiscard]] bool utf8_locale(const char* lc_all, const char* lc_ctype, const char* lang);

}  // namespace cli
