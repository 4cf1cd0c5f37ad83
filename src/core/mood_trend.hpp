// The weekly trend of mood: each week's mean and the least squares slope per week, called
// rising or falling only when its 95% interval excludes zero. Pure: no SQLite, no terminal.
//
// The rules, in words: weeks run from Monday (week_start, as everywhere in tend); a week's mean
// is the mean of its days' means, so a day written about five times weighs no more than a day
// written about once; the weeks without moods are left out (not counted as zero) and the slope
// is fitted over the weeks with moods, x being their distance in weeks from the first. Under
// min_trend_weeks such weeks nothing is fitted; a slope whose interval holds zero is "steady".
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/mood_stats.hpp"
#include "core/stats.hpp"

namespace tend::core {

inline constexpr int min_trend_weeks = 4;  ///< weeks with moods before a slope is fitted

/// One week with moods.
struct WeekMean {
    Day monday;
    int days = 0;  ///< days with moods
    int entries = 0;
    double mean = 0;  ///< of its days' means
};

enum class Direction { too_few, steady, rising, falling };

/// "too_few", "steady", "rising", "falling" (stable names, for JSON).
[[nodiscard]] std::string_view direction_name(Direction direction);

struct Trend {
    std::vector<WeekMean> weeks;  ///< in order
    std::optional<SlopeFit> fit;  ///< mood points per week; nullopt under min_trend_weeks
    Direction direction = Direction::too_few;
    /// The fitted change from the first week with moods to the last, in mood points: the slope
    /// times the weeks between them (0 without a fit).
    [[nodiscard]] double fitted_change() const;
};

/// The trend of the days given, in order of day (days without entries are skipped).
[[nodiscard]] Trend weekly_trend(const std::vector<DayAggregate>& days);

}  // namespace tend::core
