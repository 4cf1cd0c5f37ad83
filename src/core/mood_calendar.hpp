// The mood calendar: which months `tend mood cal` shows, each month laid out in weeks from
// Monday, every day with its mood aggregates, and the rounding of a day's mean to the whole
// score a cell shows. Pure: the store supplies the per-day aggregates.
#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/mood_stats.hpp"

namespace tend::core {

/// The most months one calendar shows (--months): two years.
inline constexpr int max_calendar_months = 24;

/// --months N from its text: a whole number from 1 to max_calendar_months. Throws a usage error
/// naming the value otherwise.
[[nodiscard]] int parse_calendar_months(std::string_view text);

/// Consecutive months, the first and how many.
struct MonthSpan {
    std::chrono::year_month first;
    int count = 1;

    [[nodiscard]] std::chrono::year_month last() const;
    /// The first day of the first month.
    [[nodiscard]] Day from() const;
    /// The last day of the last month.
    [[nodiscard]] Day to() const;
};

/// The months to show: with `year`, January to December of today's year; with `months`, that
/// many ending with today's month; else today's month alone. Both given is a usage error.
[[nodiscard]] MonthSpan calendar_span(Day today, std::optional<int> months, bool year);

/// A day's mean as the whole score a calendar cell shows: to the nearest, halves up (6.5 is 7),
/// so the cell reads as a score from 1 to 10. Needs entries.
[[nodiscard]] int rounded_mean(const DayAggregate& day);

/// One month in weeks from Monday.
struct CalendarMonth {
    std::chrono::year_month month;
    /// One per day of the month, in order; entries == 0 where no mood was logged.
    std::vector<DayAggregate> days;
    /// Each week's seven cells, Monday first: an index into `days`, nullopt before the 1st and
    /// after the month's last day.
    std::vector<std::array<std::optional<std::size_t>, 7>> weeks;
};

/// A calendar of moods and its figures.
struct MoodCalendar {
    MonthSpan span;
    Day today;
    std::vector<CalendarMonth> months;
    /// Days of the span up to today (the days a mood could have been logged on).
    int days_so_far = 0;
    /// Of those, the days with a mood.
    int days_logged = 0;
    /// Entries and their total over those days.
    Totals totals;
};

/// The calendar of `span` from the per-day aggregates of the days that have moods (any order;
/// days outside the span are ignored).
[[nodiscard]] MoodCalendar mood_calendar(MonthSpan span, const std::vector<DayAggregate>& days,
                                         Day today);

}  // namespace tend::core
