// What the summary's charts draw, beyond the summary's own figures: every mood of the window (a
// dot each), each homework item's mark on each day, each measure's results with its severity
// bands; and the weeks a long window is shown by. Pure: the caller gathers the records.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/homework.hpp"
#include "core/measure.hpp"
#include "core/measure_result.hpp"
#include "core/mood.hpp"
#include "core/mood_stats.hpp"

namespace tend::core {

/// A window longer than this many days shows its per-day views by week (Monday to Sunday).
inline constexpr int weekly_after_days = 35;

/// True when a window of `days` days is shown by week.
[[nodiscard]] constexpr bool shown_by_week(int days) {
    return days > weekly_after_days;
}

/// The moods of one week of the window: its days inside the window (the first and last week
/// may be short), and the totals of those days.
struct WeekAggregate {
    Day first;  ///< the Monday, or the window's first day
    Day last;   ///< the Sunday, or the window's last day
    int days = 0;
    int days_logged = 0;
    int entries = 0;
    long sum = 0;
    int lowest = 0;   ///< of the days logged; 0 when none
    int highest = 0;  ///< of the days logged; 0 when none
    [[nodiscard]] std::optional<double> mean() const {
        if (entries == 0) return std::nullopt;
        return static_cast<double>(sum) / entries;
    }
};

/// The per-day aggregates (one per day, in order, as MoodStats::per_day) grouped by week from
/// Monday; the figures are the exact sums of the days.
[[nodiscard]] std::vector<WeekAggregate> mood_weeks(const std::vector<DayAggregate>& per_day);

/// What one day of one homework item shows.
enum class HomeworkMark {
    done,           ///< checked off as done
    plan,           ///< done with the backup plan instead
    skipped,        ///< skipped
    not_checked,    ///< asked for that day, the day is over, and nothing was checked off
    pending,        ///< asked for today, not checked off yet
    not_scheduled,  ///< not asked for that day (before or after the item, a weekday off, or
                    ///< weekly work, which any day may hold)
};

/// "done", "done with the plan", "skipped", "not checked off", "due today", "not scheduled".
[[nodiscard]] std::string_view homework_mark_name(HomeworkMark mark);

/// One item's marks, one per day of the window.
struct HomeworkGridRow {
    std::int64_t homework_id = 0;
    std::string title;
    std::vector<HomeworkMark> marks;
};

/// The mark of each item on each day of [from, to], as of `today`, by the rules of
/// core/adherence.hpp: a check-off shows as it is; daily and days work is asked for on its
/// scheduled days from the day after it was set (the day it was set only when checked off) to
/// its last active day; a one-off on its due day; weekly work on no day in particular.
[[nodiscard]] std::vector<HomeworkGridRow> homework_grid(const std::vector<Homework>& homework,
                                                         const std::vector<Checkoff>& checkoffs,
                                                         Day from, Day to, Day today);

/// One measure's results up to the window's end, with its bands for shading.
struct MeasureSeries {
    std::string measure;
    std::string title;
    struct Point {
        Day day;
        int total = 0;
        std::string band;  ///< as recorded
    };
    std::vector<Point> points;  ///< oldest first
    std::vector<Band> bands;    ///< empty when the measure's definition is gone
    int min_total = 0;
    int max_total = 0;  ///< the measure's, else the highest total recorded
};

/// The series of each measure among `results` (oldest first, measures mixed), in order of
/// name; `known` gives the bands and the range where the definition can still be read.
[[nodiscard]] std::vector<MeasureSeries> measure_series(const std::vector<MeasureResult>& results,
                                                        const std::vector<Measure>& known);

/// The facts the charts draw.
struct ChartFacts {
    std::vector<Mood> moods;  ///< every mood of the window, oldest first
    std::vector<HomeworkGridRow> homework;
    std::vector<MeasureSeries> measures;
};

}  // namespace tend::core
