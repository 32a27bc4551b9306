#include "plot.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <vector>

#include <fmt/format.h>

namespace cli {
namespace {

constexpr int kMinWidth = 30;
constexpr int kMinHeight = 4;

// Where a value falls on an axis, as a fraction from its low end (0) to its high end (1).
struct Scale {
  double lo = 0;
  double hi = 1;
  bool log = true;

  [[nodiscard]] bool usable(double v) const { return std::isfinite(v) && (!log || v > 0); }
  [[nodiscard]] double t(double v) const { return log ? std::log10(v) : v; }
  [[nodiscard]] double fraction(double v) const { return (t(v) - lo) / (hi - lo); }
  [[nodiscard]] double value(double fraction) const {
    double u = lo + fraction * (hi - lo);
    return log ? std::pow(10.0, u) : u;
  }
};

Scale make_scale(const std::vector<double>& values, bool log) {
  Scale s;
  s.log = log;
  bool any = false;
  for (double v : values) {
    if (s.usable(v)) {
      double t = s.t(v);
      s.lo = any ? std::min(s.lo, t) : t;
      s.hi = any ? std::max(s.hi, t) : t;
      any = true;
    }
  }
  if (!any) {
    s.lo = 0;
    s.hi = 1;
  } else if (s.hi - s.lo < 1e-12) {
    // One value: widen around it (a factor of two each way on a log axis).
    double pad = log ? std::log10(2.0) : std::max(1.0, std::abs(s.lo) * 0.1);
    s.lo -= pad;
    s.hi += pad;
  }
  return s;
}

// Up to three significant digits, without trailing zeros: 2.5, 250, 0.125.
std::string short_number(double v) {
  return fmt::format("{:.3g}", v);
}

// 200, 20k, 1.5M; 800 µs, 12 ms, 1.5 s.
std::string tick_label(double v, AxisFormat format, bool unicode) {
  // Round to three significant digits first, so that 999.96 becomes "1k", not "1e+03".
  if (v != 0 && std::isfinite(v)) {
    double magnitude = std::pow(10.0, std::floor(std::log10(std::abs(v))) - 2);
    v = std::round(v / magnitude) * magnitude;
  }
  if (format == AxisFormat::kSeconds) {
    double a = std::abs(v);
    if (a == 0) {
      return "0 s";
    }
    if (a < 1e-3) {
      return short_number(v * 1e6) + (unicode ? " µs" : " us");
    }
    if (a < 1) {
      return short_number(v * 1e3) + " ms";
    }
    return short_number(v) + " s";
  }
  double a = std::abs(v);
  if (a >= 1e9) {
    return short_number(v / 1e9) + "G";
  }
  if (a >= 1e6) {
    return short_number(v / 1e6) + "M";
  }
  if (a >= 1e3) {
    return short_number(v / 1e3) + "k";
  }
  return short_number(v);
}

// Round numbers inside the scale's range: powers of ten on a log axis (1, 2, 5 times them
// when fewer than two powers fit), multiples of 1, 2 or 5 times a power of ten on a linear
// one; the two ends when nothing round fits.
std::vector<double> ticks(const Scale& s) {
  std::vector<double> out;
  const double eps = 1e-9 * std::max(1.0, s.hi - s.lo);
  if (s.log) {
    for (double k = std::ceil(s.lo - eps); k <= s.hi + eps; ++k) {
      out.push_back(std::pow(10.0, k));
    }
    if (out.size() < 2) {
      out.clear();
      for (double k = std::floor(s.lo); k <= std::ceil(s.hi); ++k) {
        for (double m : {1.0, 2.0, 5.0}) {
          double t = k + std::log10(m);
          if (t >= s.lo - eps && t <= s.hi + eps) {
            out.push_back(m * std::pow(10.0, k));
          }
        }
      }
    }
  } else {
    double raw = (s.hi - s.lo) / 4;
    double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
      if (m * power >= raw) {
        step = m * power;
        break;
      }
    }
    for (double v = std::ceil(s.lo / step - eps) * step; v <= s.hi + eps * step; v += step) {
      out.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
    }
  }
  if (out.size() < 2) {
    out = {s.value(0), s.value(1)};
  }
  return out;
}

std::size_t columns(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) {
    n += (c & 0xC0) != 0x80 ? 1 : 0;
  }
  return n;
}

// The UTF-8 text split into code points (each one column: the plot draws no wide
// characters).
std::vector<std::string> code_points(std::string_view text) {
  std::vector<std::string> out;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80 || out.empty()) {
      out.emplace_back();
    }
    out.back() += static_cast<char>(c);
  }
  return out;
}

std::string cut(std::string_view text, std::size_t width) {
  std::string out;
  std::vector<std::string> points = code_points(text);
  for (std::size_t i = 0; i < points.size() && i < width; ++i) {
    out += points[i];
  }
  return out;
}

std::string pad_left(const std::string& text, std::size_t width) {
  std::size_t w = columns(text);
  return w >= width ? text : std::string(width - w, ' ') + text;
}

void trim_right(std::string& line) {
  line.erase(line.find_last_not_of(' ') + 1);
}

// U+2800 + bits, as UTF-8 (three bytes: every braille pattern is in U+2800..U+28FF).
std::string braille(std::uint8_t bits) {
  unsigned code = 0x2800u + bits;
  std::string out;
  out += static_cast<char>(0xE0 | (code >> 12));
  out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
  out += static_cast<char>(0x80 | (code & 0x3F));
  return out;
}

// The plotting area. In Unicode each cell holds 2 × 4 braille dots; in ASCII one dot.
class Canvas {
 public:
  Canvas(int cols, int rows, bool unicode)
      : cols_(cols),
        rows_(rows),
        unicode_(unicode),
        dots_(static_cast<std::size_t>(cols * rows), 0),
        marks_(static_cast<std::size_t>(cols * rows)) {}

  [[nodiscard]] int dot_cols() const { return cols_ * (unicode_ ? 2 : 1); }
  [[nodiscard]] int dot_rows() const { return rows_ * (unicode_ ? 4 : 1); }
  [[nodiscard]] int cell_col(int dot_col) const { return unicode_ ? dot_col / 2 : dot_col; }
  [[nodiscard]] int cell_row(int dot_row) const { return unicode_ ? dot_row / 4 : dot_row; }

  void dot(int dc, int dr) {
    if (dc < 0 || dr < 0 || dc >= dot_cols() || dr >= dot_rows()) {
      return;
    }
    // Braille dot numbering: the left column is dots 1, 2, 3, 7 from the top, the right
    // column 4, 5, 6, 8 (bits 0-2, 6 and 3-5, 7).
    static constexpr std::uint8_t kLeft[] = {0x01, 0x02, 0x04, 0x40};
    static constexpr std::uint8_t kRight[] = {0x08, 0x10, 0x20, 0x80};
    std::uint8_t bit = 1;
    if (unicode_) {
      auto row = static_cast<std::size_t>(dr % 4);
      bit = dc % 2 == 0 ? kLeft[row] : kRight[row];
    }
    dots_[index(cell_col(dc), cell_row(dr))] |= bit;
  }

  void mark(int dc, int dr, std::string text) {
    dc = std::clamp(dc, 0, dot_cols() - 1);
    dr = std::clamp(dr, 0, dot_rows() - 1);
    marks_[index(cell_col(dc), cell_row(dr))] = std::move(text);
  }

  [[nodiscard]] std::string row(int r) const {
    std::string out;
    for (int c = 0; c < cols_; ++c) {
      std::size_t i = index(c, r);
      if (!marks_[i].empty()) {
        out += marks_[i];
      } else if (dots_[i] == 0) {
        out += ' ';
      } else {
        out += unicode_ ? braille(dots_[i]) : ".";
      }
    }
    return out;
  }

 private:
  [[nodiscard]] std::size_t index(int c, int r) const {
    return static_cast<std::size_t>(r * cols_ + c);
  }

  int cols_;
  int rows_;
  bool unicode_;
  std::vector<std::uint8_t> dots_;
  std::vector<std::string> marks_;
};

// The plotting area and the scales that place a value on it.
struct Plot {
  Scale sx;
  Scale sy;
  Canvas canvas;

  [[nodiscard]] int dot_col(double x) const {
    return static_cast<int>(std::lround(sx.fraction(x) * (canvas.dot_cols() - 1)));
  }
  [[nodiscard]] int dot_row(double y) const {
    return static_cast<int>(std::lround((1 - sy.fraction(y)) * (canvas.dot_rows() - 1)));
  }
};

void draw_curve(Plot& plot, const std::function<double(double)>& curve) {
  // One sample per dot column, joined to the previous one by a vertical run of dots so that
  // a steep curve stays a line; cut where the curve leaves the area.
  Canvas& canvas = plot.canvas;
  int previous = -1;  // the previous column's dot row, -1 after a cut
  for (int dc = 0; dc < canvas.dot_cols(); ++dc) {
    double x = plot.sx.value(static_cast<double>(dc) / (canvas.dot_cols() - 1));
    double y = curve(x);
    double f = plot.sy.usable(y) ? plot.sy.fraction(y) : -1;
    if (!(f >= 0 && f <= 1)) {
      previous = -1;
      continue;
    }
    int dr = plot.dot_row(y);
    int from = previous >= 0 ? std::min(previous, dr) : dr;
    int to = previous >= 0 ? std::max(previous, dr) : dr;
    for (int r = from; r <= to; ++r) {
      canvas.dot(dc, r);
    }
    previous = dr;
  }
}

// Marks each point (a bound, "at least", with its own mark); true when one is a bound.
bool mark_points(Plot& plot, std::span<const PlotPoint> points, bool u) {
  bool any_bound = false;
  for (const auto& p : points) {
    int dr = plot.sy.usable(p.y) ? plot.dot_row(p.y) : plot.canvas.dot_rows() - 1;
    any_bound = any_bound || p.at_least;
    plot.canvas.mark(plot.dot_col(p.x), dr, p.at_least ? (u ? "▲" : "^") : (u ? "●" : "o"));
  }
  return any_bound;
}

// The area's rows, each after its y label (if a tick falls on it) and the y axis.
std::string area_rows(const Plot& plot, const std::vector<double>& y_ticks,
                      const std::vector<std::string>& y_labels, std::size_t label_w, int height,
                      bool u) {
  std::vector<std::string> row_labels(static_cast<std::size_t>(height));
  for (std::size_t i = 0; i < y_ticks.size(); ++i) {
    auto r = static_cast<std::size_t>(plot.canvas.cell_row(plot.dot_row(y_ticks[i])));
    if (row_labels[r].empty()) {
      row_labels[r] = y_labels[i];
    }
  }
  std::string out;
  for (int r = 0; r < height; ++r) {
    const std::string& label = row_labels[static_cast<std::size_t>(r)];
    std::string line =
        pad_left(label, label_w) + " " + (label.empty() ? (u ? "│" : "|") : (u ? "┤" : "+"));
    line += plot.canvas.row(r);
    trim_right(line);
    out += line + "\n";
  }
  return out;
}

// The x axis, its ticks, and their labels: each centred under its tick, dropped when it
// would run into the one before.
std::string x_axis(const Plot& plot, int cols, std::size_t label_w, const PlotAxis& x, bool u) {
  std::vector<std::string> axis(static_cast<std::size_t>(cols), u ? "─" : "-");
  std::vector<std::string> labels(static_cast<std::size_t>(cols), " ");
  int free_from = 0;
  for (double v : ticks(plot.sx)) {
    int c = plot.canvas.cell_col(plot.dot_col(v));
    if (c < 0 || c >= cols) {
      continue;
    }
    axis[static_cast<std::size_t>(c)] = u ? "┬" : "+";
    std::vector<std::string> text = code_points(tick_label(v, x.format, u));
    int w = static_cast<int>(text.size());
    int start = std::clamp(c - w / 2, 0, std::max(0, cols - w));
    if (start >= free_from && start + w <= cols) {
      std::copy(text.begin(), text.end(), labels.begin() + start);
      free_from = start + w + 1;
    }
  }
  std::string axis_line = std::string(label_w + 1, ' ') + (u ? "└" : "+");
  for (const auto& a : axis) {
    axis_line += a;
  }
  std::string label_line = std::string(label_w + 2, ' ');
  for (const auto& l : labels) {
    label_line += l;
  }
  trim_right(label_line);
  return axis_line + "\n" + label_line + "\n";
}

std::string axis_title(const PlotAxis& axis) {
  return axis.label + (axis.log ? " (log scale)" : "");
}

std::string legend(const PlotOptions& options, bool any_bound, bool curve) {
  const bool u = options.unicode;
  std::string out = std::string(u ? "● " : "o ") + options.points_label;
  if (any_bound) {
    out += std::string(u ? "   ▲ " : "   ^ ") + options.bound_label;
  }
  if (curve) {
    out += std::string(u ? "   ⠒⠒ " : "   .. ") + options.curve_label;
  }
  return out;
}

}  // namespace

std::string render_plot(std::span<const PlotPoint> points,
                        const std::function<double(double)>& curve, const PlotOptions& options) {
  if (points.empty()) {
    return "";
  }
  const bool u = options.unicode;
  const int width = std::max(kMinWidth, options.width);
  const int height = std::max(kMinHeight, options.height);

  std::vector<double> xs, ys;
  for (const auto& p : points) {
    xs.push_back(p.x);
    ys.push_back(p.y);
  }
  Scale sy = make_scale(ys, options.y.log);
  std::vector<double> y_ticks = ticks(sy);
  std::vector<std::string> y_labels;
  std::size_t label_w = 1;
  for (double v : y_ticks) {
    y_labels.push_back(tick_label(v, options.y.format, u));
    label_w = std::max(label_w, columns(y_labels.back()));
  }
  // Each row: the label, a space, the axis, the area.
  const int cols = width - static_cast<int>(label_w) - 2;
  Plot plot{make_scale(xs, options.x.log), sy, Canvas(cols, height, u)};
  if (curve) {
    draw_curve(plot, curve);
  }
  const bool any_bound = mark_points(plot, points, u);

  const auto w = static_cast<std::size_t>(width);
  std::string out = cut(axis_title(options.y), w) + "\n";
  out += area_rows(plot, y_ticks, y_labels, label_w, height, u);
  out += x_axis(plot, cols, label_w, options.x, u);
  out += pad_left(cut(axis_title(options.x), w), w) + "\n";
  out += cut(legend(options, any_bound, static_cast<bool>(curve)), w) + "\n";
  return out;
}

bool utf8_locale(const char* lc_all, const char* lc_ctype, const char* lang) {
  for (const char* value : {lc_all, lc_ctype, lang}) {
    if (value != nullptr && *value != '\0') {
      std::string lower;
      for (const char* p = value; *p != '\0'; ++p) {
        char c = *p;
        lower += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      }
      return lower.find("utf-8") != std::string::npos || lower.find("utf8") != std::string::npos;
    }
  }
  return false;
}

}  // namespace cli
