// The mood figures of a window, computed from per-day aggregates: days logged, entries, mean,
// lowest and highest with their days, the change against the previous window, the per-day view
// and the tags. Pure: the store supplies the aggregates.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"

namespace tend::core {

/// The moods of one day, as SQL aggregates them.
struct DayAggregate {
    Day day;
    int entries = 0;
    long sum = 0;
    int lowest = 0;
    int highest = 0;
    [[nodiscard]] double mean() const { return entries ? static_cast<double>(sum) / entries : 0; }
};

/// Entries and their total over a span of days.
struct Totals {
    int entries = 0;
    long sum = 0;
    [[nodiscard]] std::optional<double> mean() const {
        if (entries == 0) return std::nullopt;
        return static_cast<double>(sum) / entries;
    }
};

/// A tag's use in the window.
struct TagStats {
    std::string tag;
    int entries = 0;
    double mean = 0;
};

struct ScoreOnDay {
    int score = 0;
    Day day;
    std::string note;  ///< the note of the first entry with that score that day
};

struct MoodStats {
    Day from;
    Day to;
    int days_in_window = 0;
    int days_logged = 0;
    int entries = 0;
    std::optional<double> mean;
    std::optional<ScoreOnDay> lowest;   ///< the first day it happened
    std::optional<ScoreOnDay> highest;  ///< the first day it happened
    Day previous_from;
    Day previous_to;
    /// The previous window runs from the session before the last one to the last one (else it
    /// has the window's number of days).
    bool previous_between_sessions = false;
    Totals previous;
    /// One per day of the window, in order; entries == 0 where nothing was logged.
    std::vector<DayAggregate> per_day;
    /// Most used first.
    std::vector<TagStats> tags;

    /// mean - previous mean, when both exist, as the difference of the two means rounded to
    /// two decimals (as shown), so that subtracting the shown means gives the shown change.
    [[nodiscard]] std::optional<double> change() const;
    /// The days of the window without a mood.
    [[nodiscard]] std::vector<Day> days_missing() const;
};

/// Figures for [from, to] from the days that have moods (any order, days outside ignored), the
/// totals of the previous window of the same length, and the tags.
[[nodiscard]] MoodStats mood_stats(Day from, Day to, const std::vector<DayAggregate>& days,
                                   const Totals& previous, std::vector<TagStats> tags);

/// The previous window of the same length as [from, to]: [from - n, from - 1].
[[nodiscard]] std::pair<Day, Day> previous_window(Day from, Day to);

}  // namespace tend::core
