#include "core/mood_trend.hpp"

#include <array>

#include "core/homework.hpp"

namespace tend::core {

std::string_view direction_name(Direction direction) {
    // In the enum's order.
    constexpr std::array<std::string_view, 4> names{"too_few", "steady", "rising", "falling"};
    return names.at(static_cast<std::size_t>(direction));
}

double Trend::fitted_change() const {
    if (!fit || weeks.empty()) return 0;
    return fit->slope * days_between(weeks.front().monday, weeks.back().monday) / 7;
}

Trend weekly_trend(const std::vector<DayAggregate>& days) {
    Trend t;
    for (const auto& d : days) {
        if (d.entries == 0) continue;
        auto monday = week_start(d.day);
        if (t.weeks.empty() || t.weeks.back().monday != monday) t.weeks.push_back({monday});
        auto& w = t.weeks.back();
        w.mean += (d.mean() - w.mean) / ++w.days;  // a running mean of the days' means
        w.entries += d.entries;
    }
    if (static_cast<int>(t.weeks.size()) < min_trend_weeks) return t;
    std::vector<double> x, y;
    for (const auto& w : t.weeks) {
        x.push_back(days_between(t.weeks.front().monday, w.monday) / 7);
        y.push_back(w.mean);
    }
    t.fit = least_squares(x, y);
    if (!t.fit) return t;
    t.direction = !t.fit->interval.excludes_zero() ? Direction::steady
                  : t.fit->slope > 0               ? Direction::rising
                                                   : Direction::falling;
    return t;
}

}  // namespace tend::core
