// The report's charts as inline SVG: the geometry (slots, scales, a line broken where values
// are missing) and the three figures, each an SVG element with a <title> and a <desc>, shapes
// and patterns that survive black-and-white printing, and every piece of user text escaped.
// Each figure's numbers are also in a table beside it (the section renderers write those).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/goal.hpp"
#include "core/mood.hpp"
#include "core/mood_stats.hpp"
#include "core/summary_charts.hpp"

namespace tend::render {

namespace chart {

struct Point {
    double x = 0;
    double y = 0;
    friend bool operator==(const Point&, const Point&) = default;
};

/// A chart's drawing in SVG user units: the whole size, and the margins around the plot left
/// for the axes' labels.
struct Frame {
    double width = 720;
    double height = 200;
    double left = 40;
    double right = 12;
    double top = 10;
    double bottom = 36;
    [[nodiscard]] double plot_width() const { return width - left - right; }
    [[nodiscard]] double plot_height() const { return height - top - bottom; }
    [[nodiscard]] double plot_bottom() const { return height - bottom; }
};

/// The width of each of `n` equal slots across the plot (days or weeks).
[[nodiscard]] double slot_width(const Frame& frame, std::size_t n);
/// The left edge and the centre of slot `i` of `n`.
[[nodiscard]] double slot_left(const Frame& frame, std::size_t i, std::size_t n);
[[nodiscard]] double slot_centre(const Frame& frame, std::size_t i, std::size_t n);

/// The y of `value` on a scale from `low` at the plot's bottom to `high` at its top.
[[nodiscard]] double value_y(const Frame& frame, double value, double low, double high);

/// The line through the values at their slots' centres, broken wherever a value is missing:
/// one run of points per stretch of values present, never bridging a gap (a run of one value
/// is one point).
[[nodiscard]] std::vector<std::vector<Point>> broken_line(
    const Frame& frame, const std::vector<std::optional<double>>& values, double low, double high);

/// A coordinate for SVG: at most two decimals, without trailing zeros ("12.5", "3", "-0.25").
[[nodiscard]] std::string coordinate(double value);

}  // namespace chart

/// The mood chart, as a <figure>: each mood a dot on its day (placed by its time of day), the
/// daily means joined by a line that breaks at a day without a mood, such a day hatched; over a
/// long window, by week: each week's range as a bar and its mean as a dot on a broken line.
[[nodiscard]] std::string mood_chart_figure(const core::MoodStats& stats,
                                            const std::vector<core::Mood>& moods);

/// The homework grid, as a <figure>: one row per item, one column per day of the window from
/// `from` (by week over a long window), each mark a shape as well as a colour, with a legend.
[[nodiscard]] std::string homework_grid_figure(const std::vector<core::HomeworkGridRow>& rows,
                                               core::Day from);

/// A measure's totals, as a <figure>: each result a dot on the measure's range, joined in
/// order, over its severity bands shaded from light to dark and labelled. `index` (0, 1, ...)
/// keeps the ids of the report's charts apart.
[[nodiscard]] std::string measure_chart_figure(const core::MeasureSeries& series,
                                               std::size_t index);

/// A goal's ratings, as a <figure>: each rating a dot on the range 0 to 10, placed by its day
/// and joined in order (no bands). The goal's id keeps its chart's ids apart.
[[nodiscard]] std::string goal_chart_figure(const core::Goal& goal);

}  // namespace tend::render
