// The summary's view across weeks, as values: the safety flags of the window (shown first, for
// the therapist), each measure's trend, each goal's ratings and milestones, and one row per
// session-to-session window for the last few. Pure: the caller gathers results, goals and
// per-window figures from the store.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/goal.hpp"
#include "core/measure.hpp"
#include "core/measure_result.hpp"

namespace tend::core {

/// A critical answer given in the window, for the flag shown first.
struct SafetyFlag {
    CriticalAnswer answer;
    Day day;
};

/// One measure's latest result against its previous and first ones.
struct MeasureTrend {
    std::string measure;  ///< its name
    std::string title;
    int results = 0;  ///< how many were taken up to the window's end
    MeasureResult latest;
    std::optional<MeasureResult> previous;
    std::optional<MeasureResult> first;  ///< set when there are two results or more
    std::optional<int> max_total;        ///< nullopt when the measure is not known any more
    std::optional<bool> is_case;
    std::optional<ScoreChange> since_previous;
    std::optional<ScoreChange> since_first;
    [[nodiscard]] bool in_window(Day from) const { return latest.day >= from; }
};

/// A goal as the summary shows it: first and latest rating, milestones met, the why.
struct GoalProgress {
    Goal goal;
    int milestones_met = 0;
};

/// The figures of one session-to-session window.
struct AcrossRow {
    Day from;
    Day to;
    int days = 0;
    int days_logged = 0;  ///< days with a mood
    std::optional<double> mood_mean;
    int homework_done = 0;
    int homework_scheduled = 0;
    struct Score {
        std::string title;
        int total = 0;
    };
    std::vector<Score> scores;  ///< the last result of each measure taken in the window
};

struct Progress {
    std::vector<SafetyFlag> safety;
    std::vector<MeasureTrend> measures;
    std::vector<GoalProgress> goals;
    bool across_by_session = true;  ///< false: by week, with no session held to divide by
    std::vector<AcrossRow> across;  ///< oldest first
};

/// The most rows Across sessions shows.
inline constexpr std::size_t max_across_rows = 6;

/// The trend of each measure from its results up to the window's end (oldest first, any
/// measures mixed), by measure name; `known` holds the definitions that could be found, for
/// the thresholds and the score range.
[[nodiscard]] std::vector<MeasureTrend> measure_trends(const std::vector<MeasureResult>& results,
                                                       const std::vector<Measure>& known);

/// The critical answers of the results taken in [from, to], oldest first.
[[nodiscard]] std::vector<SafetyFlag> safety_flags(const std::vector<MeasureResult>& results,
                                                   Day from, Day to);

/// The goals with their milestones met, ratings as they were at the window's end.
[[nodiscard]] std::vector<GoalProgress> goal_progress(const std::vector<Goal>& goals, Day to);

/// The windows Across sessions shows, oldest first, tiling time as consecutive summaries do:
/// from each held session's time to the next one's, the last up to `end` (the summary's end,
/// excluded, on the day `to`); at most max_across_rows. With no session held before `end`, the
/// weeks of seven whole days ending on `to`.
struct AcrossWindow {
    Day from;
    Day to;
    Instant start;
    Instant end;  ///< excluded
};
[[nodiscard]] std::vector<AcrossWindow> across_windows(const std::vector<Instant>& sessions, Day to,
                                                       const Instant& end);

/// The measure scores of a row: the last result of each measure taken in [start, end).
[[nodiscard]] std::vector<AcrossRow::Score> scores_in(const std::vector<MeasureResult>& results,
                                                      const Instant& start, const Instant& end);

}  // namespace tend::core
