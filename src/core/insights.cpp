// The insights in passes over the window's days: each day's entries and total first, then
// every comparison as sums over those days ("without" being all days minus "with"). The cost is
// linear in the entries, their tags and the days: hundreds of tags share one pass, and the
// history is never copied per tag.
#include "core/insights.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>
#include <tuple>

#include "core/homework.hpp"

namespace tend::core {
namespace {

using namespace insight_rules;

struct DayStat {
    int entries = 0;
    int sum = 0;
};

/// The days of the window, indexed by their offset from its first day: each day's entries
/// and total, and which entries are on it (a counting sort of the entries by day).
class Days {
public:
    Days(const MoodHistory& history, Day from, Day to)
        : from_(from),
          stats_(static_cast<std::size_t>(std::max(0, days_between(from, to) + 1))),
          first_(stats_.size() + 1, 0) {
        std::vector<std::int32_t> offsets;
        offsets.reserve(history.entries.size());
        // Entries come day by day: each day's offset is worked out once.
        std::optional<Day> last_day;
        std::optional<std::size_t> at;
        for (const auto& e : history.entries) {
            if (!last_day || e.day != *last_day) {
                last_day = e.day;
                at = offset(e.day);
            }
            offsets.push_back(at ? static_cast<std::int32_t>(*at) : -1);
            if (!at) continue;
            ++stats_[*at].entries;
            stats_[*at].sum += e.score;
            ++first_[*at + 1];
        }
        for (std::size_t i = 1; i < first_.size(); ++i) first_[i] += first_[i - 1];
        order_.resize(first_.back());
        auto next = first_;
        for (std::size_t k = 0; k < offsets.size(); ++k)
            if (offsets[k] >= 0) order_[next[static_cast<std::size_t>(offsets[k])]++] = k;
    }

    [[nodiscard]] std::optional<std::size_t> offset(Day day) const {
        int i = days_between(from_, day);
        if (i < 0 || i >= static_cast<int>(stats_.size())) return std::nullopt;
        return static_cast<std::size_t>(i);
    }
    /// The day's entries, or nullptr when it is outside the window or has none.
    [[nodiscard]] const DayStat* at(Day day) const {
        auto i = offset(day);
        return i && stats_[*i].entries > 0 ? &stats_[*i] : nullptr;
    }
    [[nodiscard]] const DayStat& operator[](std::size_t offset) const { return stats_[offset]; }
    [[nodiscard]] std::size_t size() const { return stats_.size(); }
    [[nodiscard]] Day day(std::size_t offset) const {
        return add_days(from_, static_cast<int>(offset));
    }
    /// The indices of the entries on a day, into the history's entries.
    [[nodiscard]] std::span<const std::size_t> entries_on(std::size_t offset) const {
        return {order_.data() + first_[offset], first_[offset + 1] - first_[offset]};
    }

private:
    Day from_;
    std::vector<DayStat> stats_;
    std::vector<std::size_t> first_;  ///< where each day's entries start in order_
    std::vector<std::size_t> order_;  ///< the window's entries, by day
};

/// Days (by their daily means) and their entries: one side of a comparison.
struct Side {
    Sums days;
    int entries = 0;
    void add(const DayStat& d) {
        days.add(static_cast<double>(d.sum) / d.entries);
        entries += d.entries;
    }
    Side& operator-=(const Side& other) {
        days -= other.days;
        entries -= other.entries;
        return *this;
    }
    [[nodiscard]] Group group() const { return {days.n, entries, days.mean(), days.sd()}; }
};

Comparison compare(Aspect aspect, std::string label, const Side& with, const Side& without,
                   bool enough) {
    Comparison c;
    c.aspect = aspect;
    c.label = std::move(label);
    c.with = with.group();
    c.without = without.group();
    if (enough && with.days.n >= min_days_per_side && without.days.n >= min_days_per_side)
        c.test = welch(with.days, without.days);
    return c;
}

std::vector<Comparison> tag_comparisons(const MoodHistory& history, const Days& days,
                                        const Side& all, bool enough) {
    // Day by day, each tag adds the day to its side once, however many entries carry it.
    std::vector<Side> with(history.tag_names.size());
    std::vector<std::size_t> last_day(history.tag_names.size(), days.size());
    for (std::size_t d = 0; d < days.size(); ++d)
        for (auto k : days.entries_on(d)) {
            const auto& e = history.entries[k];
            for (std::uint32_t i = e.first_tag; i < e.first_tag + e.tag_count; ++i) {
                auto tag = history.tag_ids[i];
                if (last_day[tag] == d) continue;
                last_day[tag] = d;
                with[tag].add(days[d]);
            }
        }
    std::vector<Comparison> out;
    for (std::size_t tag = 0; tag < with.size(); ++tag) {
        if (with[tag].days.n == 0) continue;  // not used in the window
        Side without = all;
        without -= with[tag];
        out.push_back(compare(Aspect::tag, history.tag_names[tag], with[tag], without, enough));
    }
    return out;
}

std::vector<Comparison> homework_comparisons(const std::vector<HomeworkDays>& homework,
                                             const Days& days, bool enough) {
    std::vector<Comparison> out;
    for (const auto& item : homework) {
        Side done, not_done, after_done, after_not_done;
        bool any = false;
        for (const auto& hd : item.days) {
            if (!days.offset(hd.day)) continue;
            any = true;
            if (const auto* d = days.at(hd.day)) (hd.done ? done : not_done).add(*d);
            if (const auto* d = days.at(add_days(hd.day, 1)))
                (hd.done ? after_done : after_not_done).add(*d);
        }
        if (!any) continue;
        out.push_back(compare(Aspect::homework_same_day, item.title, done, not_done, enough));
        out.push_back(
            compare(Aspect::homework_next_day, item.title, after_done, after_not_done, enough));
        out[out.size() - 2].homework_id = out.back().homework_id = item.homework_id;
    }
    return out;
}

std::vector<Comparison> weekday_comparisons(const Days& days, const Side& all, bool enough) {
    std::array<Side, 7> by_weekday;
    for (std::size_t i = 0; i < days.size(); ++i)
        if (days[i].entries > 0)
            by_weekday[static_cast<std::size_t>(weekday_index(days.day(i)))].add(days[i]);
    std::vector<Comparison> out;
    for (int w = 0; w < 7; ++w) {
        const auto& with = by_weekday[static_cast<std::size_t>(w)];
        Side without = all;
        without -= with;
        out.push_back(
            compare(Aspect::weekday, weekday_names(1u << w).front(), with, without, enough));
        out.back().weekday = w;
    }
    return out;
}

std::vector<PartMean> part_means(const MoodHistory& history, const Days& days) {
    std::array<Sums, 4> sums;
    for (std::size_t d = 0; d < days.size(); ++d)
        for (auto k : days.entries_on(d)) {
            const auto& e = history.entries[k];
            sums[static_cast<std::size_t>(part_of_day(e.time))].add(e.score);
        }
    std::vector<PartMean> out;
    for (auto part : parts_of_day) {
        const auto& s = sums[static_cast<std::size_t>(part)];
        out.push_back({part, s.n, s.mean()});
    }
    return out;
}

Trend trend_of(const Days& days) {
    std::vector<DayAggregate> logged;
    for (std::size_t i = 0; i < days.size(); ++i)
        if (days[i].entries > 0)
            logged.push_back({days.day(i), days[i].entries, days[i].sum, 0, 0});
    return weekly_trend(logged);
}

/// Benjamini-Hochberg over every comparison tested, then each comparison's verdict.
int decide(std::vector<Comparison*> all) {
    std::vector<Comparison*> tested;
    std::vector<double> p;
    for (auto* c : all) {
        if (!c->test) continue;
        tested.push_back(c);
        p.push_back(c->test->p_value);
    }
    auto adjusted = benjamini_hochberg(p);
    for (std::size_t i = 0; i < tested.size(); ++i) {
        auto& c = *tested[i];
        c.adjusted_p = adjusted[i];
        if (adjusted[i] > false_discovery_rate)
            c.verdict = Verdict::unclear;
        else if (std::fabs(c.test->difference) < min_difference)
            c.verdict = Verdict::too_small;
        else
            c.verdict = Verdict::finding;
    }
    return static_cast<int>(tested.size());
}

void rank(std::vector<Comparison>& tags) {
    auto key = [](const Comparison& c) {
        double size = c.test ? -std::fabs(c.test->difference) : -c.with.days;
        return std::tuple(static_cast<int>(c.verdict), size);
    };
    std::sort(tags.begin(), tags.end(), [&](const Comparison& a, const Comparison& b) {
        auto ka = key(a), kb = key(b);
        if (ka != kb) return ka < kb;
        return a.label < b.label;
    });
}

std::vector<Pattern> patterns_of(const Insights& in) {
    std::vector<std::pair<Pattern, double>> found;  // with the p-value, for ties
    auto add = [&](const std::vector<Comparison>& list) {
        for (std::size_t i = 0; i < list.size(); ++i)
            if (list[i].verdict == Verdict::finding)
                found.push_back({{false, list[i].aspect, i, std::fabs(list[i].test->difference)},
                                 list[i].test->p_value});
    };
    add(in.tags);
    add(in.homework);
    add(in.weekdays);
    if (in.trend.direction == Direction::rising || in.trend.direction == Direction::falling)
        found.push_back(
            {{true, Aspect::tag, 0, std::fabs(in.trend.fitted_change())}, in.trend.fit->p_value});
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        if (a.first.size != b.first.size) return a.first.size > b.first.size;
        return a.second < b.second;
    });
    std::vector<Pattern> out;
    for (const auto& f : found) out.push_back(f.first);
    return out;
}

}  // namespace

std::pair<Day, Day> default_insights_window(Day today) {
    return {add_days(today, -(default_window_days - 1)), today};
}

std::string_view aspect_name(Aspect aspect) {
    // In the enum's order.
    constexpr std::array<std::string_view, 4> names{"tag", "homework_same_day", "homework_next_day",
                                                    "weekday"};
    return names.at(static_cast<std::size_t>(aspect));
}

std::string_view verdict_name(Verdict verdict) {
    // In the enum's order.
    constexpr std::array<std::string_view, 4> names{"finding", "too_small", "unclear", "too_few"};
    return names.at(static_cast<std::size_t>(verdict));
}

const Comparison* Insights::comparison(const Pattern& pattern) const {
    if (pattern.trend) return nullptr;
    switch (pattern.aspect) {
        case Aspect::tag:
            return &tags.at(pattern.index);
        case Aspect::weekday:
            return &weekdays.at(pattern.index);
        case Aspect::homework_same_day:
        case Aspect::homework_next_day:
            return &homework.at(pattern.index);
    }
    return nullptr;
}

std::vector<Pattern> Insights::top_patterns() const {
    auto n = std::min(patterns.size(), summary_patterns);
    return {patterns.begin(), patterns.begin() + static_cast<std::ptrdiff_t>(n)};
}

Insights insights_for(const MoodHistory& history, const std::vector<HomeworkDays>& homework,
                      Day from, Day to) {
    Insights in;
    in.from = from;
    in.to = to;
    Days days(history, from, to);
    in.days_in_window = static_cast<int>(days.size());
    Side all;
    for (std::size_t i = 0; i < days.size(); ++i)
        if (days[i].entries > 0) all.add(days[i]);
    in.days_logged = all.days.n;
    in.entries = all.entries;
    in.enough_to_compare = in.days_logged >= min_days;

    in.tags = tag_comparisons(history, days, all, in.enough_to_compare);
    in.homework = homework_comparisons(homework, days, in.enough_to_compare);
    in.weekdays = weekday_comparisons(days, all, in.enough_to_compare);
    in.parts = part_means(history, days);
    in.trend = trend_of(days);

    std::vector<Comparison*> all_comparisons;
    for (auto* list : {&in.tags, &in.homework, &in.weekdays})
        for (auto& c : *list) all_comparisons.push_back(&c);
    in.tests = decide(all_comparisons);
    rank(in.tags);
    in.patterns = patterns_of(in);
    return in;
}

}  // namespace tend::core
