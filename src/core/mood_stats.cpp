#include "core/mood_stats.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <tuple>

namespace tend::core {

std::optional<double> MoodStats::change() const {
    auto before = previous.mean();
    if (!mean || !before) return std::nullopt;
    return (std::round(*mean * 100) - std::round(*before * 100)) / 100;
}

std::vector<Day> MoodStats::days_missing() const {
    std::vector<Day> out;
    for (const auto& d : per_day)
        if (d.entries == 0) out.push_back(d.day);
    return out;
}

std::pair<Day, Day> previous_window(Day from, Day to) {
    int n = days_between(from, to) + 1;
    return {add_days(from, -n), add_days(from, -1)};
}

MoodStats mood_stats(Day from, Day to, const std::vector<DayAggregate>& days,
                     const Totals& previous, std::vector<TagStats> tags) {
    MoodStats s;
    s.from = from;
    s.to = to;
    s.days_in_window = std::max(0, days_between(from, to) + 1);
    std::tie(s.previous_from, s.previous_to) = previous_window(from, to);
    s.previous = previous;

    // Every day of the window in place, then the days with moods over theirs: years of days
    // in one vector, not a tree of them.
    s.per_day.reserve(static_cast<std::size_t>(s.days_in_window));
    for (int i = 0; i < s.days_in_window; ++i)
        s.per_day.push_back(DayAggregate{add_days(from, i), 0, 0, 0, 0});
    for (const auto& d : days) {
        int offset = days_between(from, d.day);
        if (offset < 0 || offset >= s.days_in_window || d.entries == 0) continue;
        s.per_day[static_cast<std::size_t>(offset)] = d;
    }
    long sum = 0;
    for (const auto& d : s.per_day) {
        if (d.entries == 0) continue;
        ++s.days_logged;
        s.entries += d.entries;
        sum += d.sum;
        if (!s.lowest || d.lowest < s.lowest->score) s.lowest = ScoreOnDay{d.lowest, d.day, {}};
        if (!s.highest || d.highest > s.highest->score)
            s.highest = ScoreOnDay{d.highest, d.day, {}};
    }
    if (s.entries > 0) s.mean = static_cast<double>(sum) / s.entries;
    std::stable_sort(tags.begin(), tags.end(), [](const TagStats& a, const TagStats& b) {
        if (a.entries != b.entries) return a.entries > b.entries;
        return a.tag < b.tag;
    });
    s.tags = std::move(tags);
    return s;
}

}  // namespace tend::core
