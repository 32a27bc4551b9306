// The terminal plot: layout, widths, marks, axes, and the ASCII fallback.
#include "plot.h"

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "terminal.h"

namespace cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    out.push_back(line);
  }
  return out;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++n;
  }
  return n;
}

// Times of an n log n program from 2000 to 200000, 10 ms to about 1 s.
std::vector<PlotPoint> ladder() {
  std::vector<PlotPoint> out;
  for (int k = 0; k < 10; ++k) {
    double n = 2000 * std::pow(100.0, k / 9.0);
    out.push_back({n, 3e-7 * n * std::log2(n)});
  }
  return out;
}

double curve(double n) {
  return 3e-7 * n * std::log2(n);
}

TEST(PlotTest, FitsTheWidthAndHeight) {
  for (bool unicode : {true, false}) {
    for (int width : {30, 40, 72, 80}) {
      PlotOptions o;
      o.width = width;
      o.height = 10;
      o.unicode = unicode;
      std::string plot = render_plot(ladder(), curve, o);
      auto rows = lines(plot);
      // Title, 10 rows, axis, tick labels, axis title, legend.
      EXPECT_EQ(rows.size(), 15u);
      for (const auto& row : rows) {
        EXPECT_LE(display_width(row), static_cast<std::size_t>(width)) << row;
      }
      EXPECT_EQ(plot.back(), '\n');
    }
  }
}

TEST(PlotTest, MarksEveryPointAndDrawsTheCurve) {
  PlotOptions o;
  // Ten marks, and one in the legend.
  std::string with = render_plot(ladder(), curve, o);
  EXPECT_EQ(count(with, "●"), 11u);
  EXPECT_THAT(with, HasSubstr("⠒⠒ fit"));
  std::string without = render_plot(ladder(), {}, o);
  EXPECT_EQ(count(without, "●"), 11u);
  // No braille without a curve (U+2800..U+28FF start with the bytes E2 A0..A3).
  EXPECT_THAT(without, Not(HasSubstr("\xE2\xA0")));
  EXPECT_THAT(with, HasSubstr("\xE2\xA0"));
  EXPECT_THAT(without, Not(HasSubstr("fit")));
}

TEST(PlotTest, PutsTheSmallestAndLargestOnTheEdges) {
  PlotOptions o;
  o.height = 8;
  auto rows = lines(render_plot(ladder(), {}, o));
  // Row 1 is the top of the area, row 8 its bottom; the marks sit at the far ends.
  EXPECT_THAT(rows[8], HasSubstr("┤●"));
  EXPECT_EQ(rows[1].substr(rows[1].size() - std::string("●").size()), "●");
}

TEST(PlotTest, LabelsTheAxesWithRoundValues) {
  PlotOptions o;
  std::string plot = render_plot(ladder(), curve, o);
  EXPECT_THAT(plot, HasSubstr("CPU time (log scale)\n"));
  EXPECT_THAT(plot, HasSubstr("100 ms ┤"));
  EXPECT_THAT(plot, HasSubstr("10k"));
  EXPECT_THAT(plot, HasSubstr("100k"));
  EXPECT_THAT(plot, HasSubstr("n (log scale)\n"));
  EXPECT_THAT(plot, HasSubstr("└"));
  EXPECT_THAT(plot, HasSubstr("┬"));
}

TEST(PlotTest, ShowsALowerBoundApart) {
  std::vector<PlotPoint> points = ladder();
  points.push_back({400000, 1.0, true});
  PlotOptions o;
  std::string plot = render_plot(points, {}, o);
  EXPECT_EQ(count(plot, "▲"), 2u);  // the mark and the legend
  EXPECT_THAT(plot, HasSubstr("▲ stopped at the time limit"));
  o.unicode = false;
  EXPECT_THAT(render_plot(points, {}, o), HasSubstr("^ stopped at the time limit"));
}

TEST(PlotTest, AsciiFallbackIsPlainAscii) {
  PlotOptions o;
  o.unicode = false;
  std::string plot = render_plot(ladder(), curve, o);
  for (unsigned char c : plot) {
    EXPECT_LT(c, 0x80);
  }
  // The ten marks, the legend's, and the o of each "log".
  EXPECT_EQ(count(plot, "o"), 10u + 1u + 2u);
}

TEST(PlotTest, AsciiLayout) {
  PlotOptions o;
  o.unicode = false;
  o.width = 30;
  o.height = 4;
  o.y.format = AxisFormat::kNumber;
  std::vector<PlotPoint> points = {{1, 1}, {10, 10}, {100, 100}};
  EXPECT_EQ(render_plot(
                points, [](double x) { return x; }, o),
            "CPU time (log scale)\n"
            "100 +                    ....o\n"
            "    |             ........\n"
            " 10 +     .......o.\n"
            "  1 +o.....\n"
            "    ++-----------+-----------+\n"
            "     1          10         100\n"
            "                 n (log scale)\n"
            "o measured   .. fit\n");
}

TEST(PlotTest, LinearAxesAndSeconds) {
  PlotOptions o;
  o.x.log = false;
  o.y.log = false;
  std::vector<PlotPoint> points = {{0, 0.0005}, {500, 0.25}, {1000, 0.5}};
  std::string plot = render_plot(points, {}, o);
  EXPECT_THAT(plot, HasSubstr("CPU time\n"));
  // Ticks at round values inside the range (0 s is just under it).
  EXPECT_THAT(plot, HasSubstr("\n400 ms ┤\n"));
  EXPECT_THAT(plot, HasSubstr("\n200 ms ┤\n"));
  EXPECT_THAT(plot, HasSubstr("       └┬───"));
  EXPECT_THAT(plot, HasSubstr("\n        0                              500                   "
                              "         1k\n"));
  EXPECT_THAT(plot, HasSubstr("\n" + std::string(71, ' ') + "n\n"));
}

TEST(PlotTest, ZeroOnALogAxisSitsOnTheBottomRow) {
  PlotOptions o;
  o.height = 4;
  std::vector<PlotPoint> points = {{10, 0}, {100, 0.01}, {1000, 0.1}};
  auto rows = lines(render_plot(points, {}, o));
  EXPECT_THAT(rows[4], HasSubstr("┤●"));
}

TEST(PlotTest, NoPointsNoPlot) {
  EXPECT_EQ(render_plot({}, curve, PlotOptions{}), "");
}

TEST(PlotTest, OnePointStillPlots) {
  std::vector<PlotPoint> points = {{1000, 0.05}};
  std::string plot = render_plot(points, {}, PlotOptions{});
  EXPECT_EQ(count(plot, "●"), 2u);  // the mark and the legend
}

TEST(PlotTest, ReadsTheLocaleLikeSetlocale) {
  EXPECT_TRUE(utf8_locale(nullptr, nullptr, "en_GB.UTF-8"));
  EXPECT_TRUE(utf8_locale(nullptr, "C.utf8", nullptr));
  EXPECT_TRUE(utf8_locale("de_DE.utf-8", "C", "C"));
  EXPECT_FALSE(utf8_locale("C", "en_GB.UTF-8", "en_GB.UTF-8"));  // LC_ALL wins
  EXPECT_TRUE(utf8_locale("", "", "fr_FR.UTF-8"));               // empty counts as unset
  EXPECT_FALSE(utf8_locale(nullptr, nullptr, nullptr));
  EXPECT_FALSE(utf8_locale(nullptr, nullptr, "POSIX"));
  EXPECT_FALSE(utf8_locale(nullptr, nullptr, "en_US.ISO-8859-1"));
}

}  // namespace
}  // namespace cli
