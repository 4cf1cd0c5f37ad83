#include "render/svg_chart.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

#include <fmt/format.h>

#include "render/html.hpp"
#include "util/text.hpp"

namespace tend::render {

namespace chart {

double slot_width(const Frame& frame, std::size_t n) {
    return n == 0 ? frame.plot_width() : frame.plot_width() / static_cast<double>(n);
}

double slot_left(const Frame& frame, std::size_t i, std::size_t n) {
    return frame.left + slot_width(frame, n) * static_cast<double>(i);
}

double slot_centre(const Frame& frame, std::size_t i, std::size_t n) {
    return slot_left(frame, i, n) + slot_width(frame, n) / 2;
}

double value_y(const Frame& frame, double value, double low, double high) {
    if (high <= low) return frame.plot_bottom();
    return frame.plot_bottom() - (value - low) / (high - low) * frame.plot_height();
}

std::vector<std::vector<Point>> broken_line(const Frame& frame,
                                            const std::vector<std::optional<double>>& values,
                                            double low, double high) {
    std::vector<std::vector<Point>> runs;
    bool open = false;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i]) {
            open = false;
            continue;
        }
        if (!open) runs.emplace_back();
        open = true;
        runs.back().push_back(
            {slot_centre(frame, i, values.size()), value_y(frame, *values[i], low, high)});
    }
    return runs;
}

std::string coordinate(double value) {
    auto rounded = std::round(value * 100.0) / 100.0;
    if (rounded == 0) return "0";  // never "-0"
    auto text = fmt::format("{:.2f}", rounded);
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
}

}  // namespace chart

namespace {

using chart::coordinate;
using chart::Frame;

/// The opening of a chart's <svg>: its size, its role, and its title and description.
std::string svg_open(std::string_view id, double width, double height, std::string_view title,
                     std::string_view desc) {
    return fmt::format(
        "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" "
        "aria-labelledby=\"{2}-title {2}-desc\">\n<title id=\"{2}-title\">{3}</title>\n"
        "<desc id=\"{2}-desc\">{4}</desc>\n",
        coordinate(width), coordinate(height), id, html_escape(title), html_escape(desc));
}

/// The chart in its figure, made around the SVG's own text: a grid of years is megabytes, and
/// a copy of it would double what the report holds.
std::string svg_figure(std::string svg, std::string_view caption) {
    svg.insert(0, "<figure class=\"chart\">\n");
    svg += html_element("figcaption", html_escape(caption));
    svg += "\n</figure>\n";
    return svg;
}

std::string svg_text_at(double x, double y, std::string_view text,
                        std::string_view anchor = "middle", std::string_view cls = "label") {
    return fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\" class=\"{}\">{}</text>\n",
                       coordinate(x), coordinate(y), anchor, cls, html_escape(text));
}

std::string svg_line(double x1, double y1, double x2, double y2, std::string_view cls) {
    return fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" class=\"{}\"/>\n",
                       coordinate(x1), coordinate(y1), coordinate(x2), coordinate(y2), cls);
}

std::string svg_rect(double x, double y, double w, double h, std::string_view attributes) {
    return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {}/>\n", coordinate(x),
                       coordinate(y), coordinate(w), coordinate(h), attributes);
}

std::string svg_circle(double x, double y, double r, std::string_view cls) {
    return fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" class=\"{}\"/>\n", coordinate(x),
                       coordinate(y), coordinate(r), cls);
}

std::string svg_polyline(const std::vector<chart::Point>& points, std::string_view cls) {
    std::string list;
    for (const auto& p : points) {
        if (!list.empty()) list += ' ';
        list += coordinate(p.x) + "," + coordinate(p.y);
    }
    return fmt::format("<polyline points=\"{}\" class=\"{}\"/>\n", list, cls);
}

/// A diagonal hatch, for what is empty: it shows in black and white as well as in colour.
std::string svg_hatch(std::string_view id) {
    return fmt::format(
        "<defs><pattern id=\"{}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        "patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" "
        "class=\"hatch\"/></pattern></defs>\n",
        id);
}

/// "14 Nov" from "Sat 14 Nov".
std::string svg_day_month(core::Day day) {
    auto text = core::format_day_short(day);
    auto space = text.find(' ');
    return space == std::string::npos ? text : text.substr(space + 1);
}

/// Every k-th label, so that about `most` fit.
std::size_t svg_label_step(std::size_t n, std::size_t most) {
    return std::max<std::size_t>(1, (n + most - 1) / most);
}

/// The mood scale on the left: a light line at each score, 1, 5 and 10 labelled.
std::string svg_mood_axis(const Frame& f) {
    std::string out;
    for (int score = 1; score <= 10; ++score) {
        auto y = chart::value_y(f, score, 1, 10);
        out += svg_line(f.left, y, f.width - f.right, y, score == 1 ? "axis" : "grid");
        if (score == 1 || score == 5 || score == 10)
            out += svg_text_at(f.left - 6, y + 3.5, std::to_string(score), "end");
    }
    return out;
}

/// The line through the means: a polyline for each run of two or more, a short dash for a
/// value standing alone, so that no gap is ever bridged.
std::string svg_mean_line(const Frame& f, const std::vector<std::optional<double>>& means) {
    std::string out;
    auto half = std::min(chart::slot_width(f, means.size()) / 4, 8.0);
    for (const auto& run : chart::broken_line(f, means, 1, 10)) {
        if (run.size() == 1)
            out += svg_line(run[0].x - half, run[0].y, run[0].x + half, run[0].y, "mean");
        else
            out += svg_polyline(run, "mean");
    }
    return out;
}

/// The opening of a mood chart over the window of `s`, one column per `column`: the <svg>
/// titled `title` and the window, described by what a column shows (`reading`) and the counts,
/// and the hatch for a column without a mood.
std::string svg_mood_open(const Frame& f, const core::MoodStats& s, std::string_view title,
                          std::string_view column, std::string_view reading) {
    auto span = core::format_day_short(s.from) + " to " + core::format_day_short(s.to);
    auto desc =
        fmt::format("Mood from 1 (low) to 10 (high), one column per {} from {}. {} {} on {} of {}.",
                    column, span, reading, util::plural(s.entries, "entry", "entries"),
                    s.days_logged, util::plural(s.days_in_window, "day", "days"));
    return svg_open("mood-chart", f.width, f.height, fmt::format("{}, {}", title, span), desc) +
           svg_hatch("mood-none");
}

/// A column without a mood, hatched.
std::string svg_no_mood(const Frame& f, double x, double w) {
    return svg_rect(x, f.top, w, f.plot_height(), "class=\"none\" fill=\"url(#mood-none)\"");
}

std::string svg_mood_by_day(const core::MoodStats& s, const std::vector<core::Mood>& moods) {
    Frame f;
    auto n = s.per_day.size();
    auto w = chart::slot_width(f, n);
    std::string out = svg_mood_open(
        f, s, "Mood per day", "day",
        "Each dot is one mood, placed by its time of day; the line joins the means of days in a "
        "row and breaks at a day without a mood, which is hatched.");
    std::vector<std::optional<double>> means;
    auto step = svg_label_step(n, n <= 14 ? std::size_t{14} : std::size_t{12});
    for (std::size_t i = 0; i < n; ++i) {
        const auto& d = s.per_day[i];
        means.push_back(d.entries ? std::optional<double>(d.mean()) : std::nullopt);
        auto x = chart::slot_left(f, i, n);
        if (d.entries == 0) out += svg_no_mood(f, x, w);
        if (i % step != 0) continue;
        auto label = core::format_day_short(d.day);
        auto cx = chart::slot_centre(f, i, n);
        if (n <= 14) {
            out += svg_text_at(cx, f.plot_bottom() + 14, label.substr(0, 3));
            out += svg_text_at(cx, f.plot_bottom() + 27, std::to_string(unsigned(d.day.day())));
        } else {
            out += svg_text_at(cx, f.plot_bottom() + 14, svg_day_month(d.day));
        }
    }
    out += svg_mood_axis(f);
    out += svg_mean_line(f, means);
    for (const auto& m : moods) {
        if (m.day < s.from || m.day > s.to) continue;
        auto i = static_cast<std::size_t>(core::days_between(s.from, m.day));
        auto t = core::time_of(m.at);
        auto fraction = (t.hour * 3600 + t.minute * 60 + t.second) / 86400.0;
        out += svg_circle(chart::slot_left(f, i, n) + w * (0.15 + 0.7 * fraction),
                          chart::value_y(f, m.score, 1, 10), 3.5, "dot");
    }
    out += "</svg>\n";
    return svg_figure(std::move(out),
                      "Mood per day: a dot for each mood, the line for the daily mean; hatched "
                      "days have no mood.");
}

std::string svg_mood_by_week(const core::MoodStats& s) {
    Frame f;
    auto weeks = core::mood_weeks(s.per_day);
    auto n = weeks.size();
    auto w = chart::slot_width(f, n);
    std::string out = svg_mood_open(
        f, s, "Mood by week", "week (Monday to Sunday)",
        "Each bar runs from the week's lowest mood to its highest, the dot is the week's mean, "
        "and the line joins the means of weeks in a row, breaking at a week without a mood, "
        "which is hatched.");
    std::vector<std::optional<double>> means;
    auto step = svg_label_step(n, 10);
    for (std::size_t i = 0; i < n; ++i) {
        const auto& week = weeks[i];
        means.push_back(week.mean());
        auto x = chart::slot_left(f, i, n);
        if (!week.mean()) {
            out += svg_no_mood(f, x, w);
        } else {
            auto top = chart::value_y(f, week.highest, 1, 10);
            auto bottom = chart::value_y(f, week.lowest, 1, 10);
            out +=
                svg_rect(x + w * 0.3, top, w * 0.4, std::max(bottom - top, 1.0), "class=\"range\"");
        }
        if (i % step == 0)
            out += svg_text_at(chart::slot_centre(f, i, n), f.plot_bottom() + 14,
                               svg_day_month(week.first));
    }
    out += svg_mood_axis(f);
    out += svg_mean_line(f, means);
    for (std::size_t i = 0; i < n; ++i)
        if (auto mean = weeks[i].mean())
            out += svg_circle(chart::slot_centre(f, i, n), chart::value_y(f, *mean, 1, 10), 3.5,
                              "dot");
    out += "</svg>\n";
    return svg_figure(std::move(out),
                      "Mood by week: the bar from the lowest mood to the highest, the dot and "
                      "line for the mean; hatched weeks have no mood.");
}

/// The shape of a homework mark, centred on (x, y) in a cell of half-size r: each mark its
/// own shape, so that the grid reads without colour.
std::string svg_mark_shape(core::HomeworkMark mark, double x, double y, double r) {
    auto c = [](double v) { return coordinate(v); };
    switch (mark) {
        case core::HomeworkMark::done:
            return svg_circle(x, y, r * 0.8, "hw-done");
        case core::HomeworkMark::plan:
            return fmt::format("<polygon points=\"{},{} {},{} {},{} {},{}\" class=\"hw-plan\"/>\n",
                               c(x), c(y - r), c(x + r), c(y), c(x), c(y + r), c(x - r), c(y));
        case core::HomeworkMark::skipped:
            return svg_line(x - r * 0.7, y - r * 0.7, x + r * 0.7, y + r * 0.7, "hw-skipped") +
                   svg_line(x - r * 0.7, y + r * 0.7, x + r * 0.7, y - r * 0.7, "hw-skipped");
        case core::HomeworkMark::not_checked:
            return svg_rect(x - r * 0.7, y - r * 0.7, r * 1.4, r * 1.4, "class=\"hw-missed\"");
        case core::HomeworkMark::pending:
            return svg_circle(x, y, r * 0.7, "hw-pending");
        case core::HomeworkMark::not_scheduled:
            break;
    }
    return svg_line(x - r * 0.35, y, x + r * 0.35, y, "hw-off");
}

constexpr core::HomeworkMark svg_all_marks[] = {
    core::HomeworkMark::done,        core::HomeworkMark::plan,    core::HomeworkMark::skipped,
    core::HomeworkMark::not_checked, core::HomeworkMark::pending, core::HomeworkMark::not_scheduled,
};

/// A title cut to fit the grid's label column; the table beside it has it whole.
std::string svg_short_title(const core::HomeworkGridRow& row) {
    auto text = fmt::format("{}. {}", row.homework_id, row.title);
    return util::truncate(text, 30);
}

}  // namespace

std::string mood_chart_figure(const core::MoodStats& stats, const std::vector<core::Mood>& moods) {
    if (core::shown_by_week(stats.days_in_window)) return svg_mood_by_week(stats);
    return svg_mood_by_day(stats, moods);
}

std::string homework_grid_figure(const std::vector<core::HomeworkGridRow>& rows, core::Day from) {
    if (rows.empty()) return {};
    auto days = rows.front().marks.size();
    bool weekly = core::shown_by_week(static_cast<int>(days));
    // The columns: days, or weeks from Monday with the range of days each holds.
    struct GridColumn {
        std::size_t first = 0;
        std::size_t count = 0;
        core::Day day;
    };
    std::vector<GridColumn> columns;
    for (std::size_t i = 0; i < days; ++i) {
        auto day = core::add_days(from, static_cast<int>(i));
        if (!weekly || columns.empty() || core::weekday_index(day) == 0)
            columns.push_back({i, 0, day});
        ++columns.back().count;
    }
    const double label_width = 200, cell = weekly ? 30 : (columns.size() <= 21 ? 26 : 18);
    const double head = 32, row_height = 26, legend_row = 20;
    auto grid_width = label_width + cell * static_cast<double>(columns.size());
    auto width = std::max(grid_width + 10, 620.0);
    auto legend_top = head + row_height * static_cast<double>(rows.size()) + 12;
    auto height = legend_top + (weekly ? legend_row : 2 * legend_row) + 6;
    auto last = core::add_days(from, static_cast<int>(days) - 1);
    auto span = core::format_day_short(from) + " to " + core::format_day_short(last);
    auto desc =
        weekly ? fmt::format(
                     "One row per homework item, one column per week (Monday to Sunday) from {}. "
                     "Each cell gives the days done (with the backup plan too) of the days the "
                     "item asked for, and is shaded darker the more was done.",
                     span)
               : fmt::format(
                     "One row per homework item, one column per day from {}. A filled circle is "
                     "done, a diamond done with the backup plan, a cross skipped, an open square "
                     "not checked off, an open circle due today, and a short dash not scheduled.",
                     span);
    std::string out = svg_open("homework-grid", width, height,
                               (weekly ? "Homework by week, " : "Homework by day, ") + span, desc);
    auto step = svg_label_step(columns.size(), weekly ? std::size_t{14} : std::size_t{21});
    for (std::size_t c = 0; c < columns.size(); ++c) {
        auto x = label_width + cell * (static_cast<double>(c) + 0.5);
        if (c % step != 0) continue;
        if (weekly) {
            out += svg_text_at(x, head - 8, svg_day_month(columns[c].day));
        } else {
            out += svg_text_at(x, head - 18, core::format_day_short(columns[c].day).substr(0, 2));
            out += svg_text_at(x, head - 6, std::to_string(unsigned(columns[c].day.day())));
        }
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto& row = rows[r];
        auto y = head + row_height * static_cast<double>(r);
        out += svg_line(0, y, grid_width, y, "grid");
        out += svg_text_at(4, y + row_height / 2 + 4, svg_short_title(row), "start", "item");
        for (std::size_t c = 0; c < columns.size(); ++c) {
            auto x = label_width + cell * static_cast<double>(c);
            if (!weekly) {
                out += svg_mark_shape(row.marks[columns[c].first], x + cell / 2, y + row_height / 2,
                                      std::min(cell, row_height) * 0.32);
                continue;
            }
            int asked = 0, done = 0;
            for (std::size_t i = columns[c].first; i < columns[c].first + columns[c].count; ++i) {
                auto m = row.marks[i];
                if (m == core::HomeworkMark::done || m == core::HomeworkMark::plan) ++done;
                if (m != core::HomeworkMark::not_scheduled) ++asked;
            }
            if (asked == 0) {
                out += svg_mark_shape(core::HomeworkMark::not_scheduled, x + cell / 2,
                                      y + row_height / 2, cell * 0.3);
                continue;
            }
            out += svg_rect(x + 1, y + 2, cell - 2, row_height - 4,
                            fmt::format("class=\"share\" fill-opacity=\"{}\"",
                                        coordinate(0.1 + 0.6 * done / asked)));
            out += svg_text_at(x + cell / 2, y + row_height / 2 + 3.5,
                               fmt::format("{}/{}", done, asked), "middle", "count");
        }
    }
    out += svg_line(0, head + row_height * static_cast<double>(rows.size()), grid_width,
                    head + row_height * static_cast<double>(rows.size()), "grid");
    if (weekly) {
        out += svg_text_at(
            4, legend_top + 12,
            "3/5: done on 3 of the 5 days asked for (with the backup plan too); a dash: "
            "nothing asked for that week.",
            "start");
    } else {
        for (std::size_t i = 0; i < std::size(svg_all_marks); ++i) {
            auto x = 4 + 200.0 * static_cast<double>(i % 3);
            auto y = legend_top + legend_row * static_cast<double>(i / 3);
            out += svg_mark_shape(svg_all_marks[i], x + 8, y + 8, 7);
            out += svg_text_at(x + 22, y + 12, core::homework_mark_name(svg_all_marks[i]), "start");
        }
    }
    out += "</svg>\n";
    return svg_figure(std::move(out),
                      weekly ? "Homework by week: days done of days asked for."
                             : "Homework by day: the shape says what happened on each day.");
}

namespace {

/// What a series chart says of its values: "totals" or "ratings", "result" or "rating".
struct SeriesWords {
    std::string id;      ///< the SVG ids' stem: "measure-1", "goal-3"
    std::string values;  ///< "totals", "ratings"
    std::string one;     ///< "result", "rating"
    std::string many;    ///< "results", "ratings"
    std::string caption;
};

/// A series of whole numbers over time, as a <figure>: each value a dot placed by its day on
/// the series' range, joined in order, over its bands (if any) shaded light to dark.
std::string series_figure(const core::MeasureSeries& s, const SeriesWords& w) {
    Frame f;
    f.height = 180;
    f.right = 120;
    if (s.points.empty()) return {};
    auto first = s.points.front().day, last = s.points.back().day;
    auto span_days = std::max(1, core::days_between(first, last));
    auto low = static_cast<double>(s.min_total), high = static_cast<double>(s.max_total);
    auto x_of = [&](core::Day d) {
        if (first == last) return f.left + f.plot_width() / 2;
        return f.left + f.plot_width() * core::days_between(first, d) / span_days;
    };
    auto span = core::format_day_short(first) + " to " + core::format_day_short(last);
    std::string bands;
    for (const auto& b : s.bands)
        bands += fmt::format("{}{} {} to {}", bands.empty() ? "" : ", ", b.label, b.min, b.max);
    auto desc = fmt::format(
        "{} {} from {} to {}, one dot per {}, {} from {}, joined in order.{}", s.title, w.values,
        s.min_total, s.max_total, w.one,
        util::plural(static_cast<int>(s.points.size()), w.one, w.many), span,
        bands.empty() ? "" : " Severity bands, shaded lighter to darker: " + bands + ".");
    std::string out =
        svg_open(w.id, f.width, f.height, s.title + " " + w.values + ", " + span, desc);
    for (std::size_t i = 0; i < s.bands.size(); ++i) {
        const auto& b = s.bands[i];
        auto top = chart::value_y(f, std::min(b.max + 0.5, high), low, high);
        auto bottom = chart::value_y(f, std::max(b.min - 0.5, low), low, high);
        auto level = s.bands.size() == 1 ? 0 : i * 4 / (s.bands.size() - 1);
        out += svg_rect(f.left, top, f.plot_width(), bottom - top,
                        fmt::format("class=\"band band-{}\"", level));
        out += svg_text_at(f.width - f.right + 4, (top + bottom) / 2 + 3.5, b.label, "start");
    }
    out += svg_line(f.left, f.plot_bottom(), f.width - f.right, f.plot_bottom(), "axis");
    out += svg_text_at(f.left - 6, chart::value_y(f, low, low, high) + 3.5,
                       std::to_string(s.min_total), "end");
    out += svg_text_at(f.left - 6, chart::value_y(f, high, low, high) + 3.5,
                       std::to_string(s.max_total), "end");
    std::vector<chart::Point> points;
    for (const auto& p : s.points)
        points.push_back({x_of(p.day), chart::value_y(f, p.total, low, high)});
    if (points.size() > 1) out += svg_polyline(points, "mean");
    for (const auto& p : points) out += svg_circle(p.x, p.y, 3.5, "dot");
    bool each = s.points.size() <= 8;
    for (std::size_t i = 0; i < s.points.size(); ++i) {
        if (!each && i != 0 && i + 1 != s.points.size()) continue;
        if (i > 0 && s.points[i].day == s.points[i - 1].day) continue;
        out += svg_text_at(points[i].x, f.plot_bottom() + 14, svg_day_month(s.points[i].day));
    }
    out += "</svg>\n";
    return svg_figure(std::move(out), w.caption);
}

}  // namespace

std::string measure_chart_figure(const core::MeasureSeries& s, std::size_t index) {
    return series_figure(s, {"measure-" + std::to_string(index + 1), "totals", "result", "results",
                             s.title + ": each result a dot, over the severity bands."});
}

std::string goal_chart_figure(const core::Goal& goal) {
    core::MeasureSeries s;
    s.title = goal.title;
    s.min_total = 0;
    s.max_total = 10;
    for (const auto& r : goal.ratings) s.points.push_back({r.day, r.rating, ""});
    return series_figure(s, {"goal-" + std::to_string(goal.id), "ratings", "rating", "ratings",
                             goal.title + ": each rating a dot, from 0 to 10."});
}

}  // namespace tend::render
