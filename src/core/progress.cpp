#include "core/progress.hpp"

#include <algorithm>
#include <map>

namespace tend::core {

std::vector<MeasureTrend> measure_trends(const std::vector<MeasureResult>& results,
                                         const std::vector<Measure>& known) {
    std::map<std::string, std::vector<const MeasureResult*>> by_measure;
    for (const auto& r : results) by_measure[r.measure].push_back(&r);
    std::vector<MeasureTrend> out;
    for (const auto& [name, list] : by_measure) {
        MeasureTrend t;
        t.measure = name;
        t.latest = *list.back();
        t.title = t.latest.title;
        t.results = static_cast<int>(list.size());
        if (list.size() >= 2) t.previous = *list[list.size() - 2];
        if (list.size() >= 2) t.first = *list.front();
        auto m = std::find_if(known.begin(), known.end(),
                              [&t](const Measure& k) { return k.name == t.measure; });
        if (m != known.end()) {
            t.max_total = m->max_total();
            t.is_case = m->is_case(t.latest.total);
            if (t.previous) t.since_previous = m->change(t.previous->total, t.latest.total);
            if (t.first) t.since_first = m->change(t.first->total, t.latest.total);
        }
        out.push_back(std::move(t));
    }
    return out;
}

std::vector<SafetyFlag> safety_flags(const std::vector<MeasureResult>& results, Day from, Day to) {
    std::vector<SafetyFlag> out;
    for (const auto& r : results) {
        if (r.day < from || r.day > to) continue;
        for (auto& a : critical_answers(r)) out.push_back({std::move(a), r.day});
    }
    return out;
}

std::vector<GoalProgress> goal_progress(const std::vector<Goal>& goals, Day to) {
    std::vector<GoalProgress> out;
    for (auto g : goals) {
        std::erase_if(g.ratings, [&](const GoalRating& r) { return r.day > to; });
        int met = 0;
        for (auto& m : g.milestones) {
            if (m.done_at && day_of(*m.done_at) > to) m.done_at.reset();
            if (m.done_at) ++met;
        }
        out.push_back({std::move(g), met});
    }
    return out;
}

std::vector<AcrossWindow> across_windows(const std::vector<Instant>& sessions, Day to,
                                         const Instant& end) {
    std::vector<Instant> starts;
    for (const auto& at : sessions)
        if (at.utc < end.utc) starts.push_back(at);
    std::sort(starts.begin(), starts.end(),
              [](const Instant& a, const Instant& b) { return a.utc < b.utc; });
    starts.erase(std::unique(starts.begin(), starts.end(),
                             [](const Instant& a, const Instant& b) { return a.utc == b.utc; }),
                 starts.end());
    std::vector<AcrossWindow> out;
    if (starts.empty()) {
        for (std::size_t i = max_across_rows; i > 0; --i) {
            auto last = add_days(to, -7 * static_cast<int>(i - 1));
            auto first = add_days(last, -6);
            out.push_back({first, last, start_of(first), start_of(add_days(last, 1))});
        }
        return out;
    }
    if (starts.size() > max_across_rows)
        starts.erase(starts.begin(), starts.end() - static_cast<std::ptrdiff_t>(max_across_rows));
    for (std::size_t i = 0; i < starts.size(); ++i) {
        auto until = i + 1 < starts.size() ? starts[i + 1] : end;
        out.push_back({day_of(starts[i]), day_of(in_local_zone(until.utc - 1)), starts[i], until});
    }
    return out;
}

std::vector<AcrossRow::Score> scores_in(const std::vector<MeasureResult>& results,
                                        const Instant& start, const Instant& end) {
    std::map<std::string, AcrossRow::Score> last;
    for (const auto& r : results)
        if (r.at.utc >= start.utc && r.at.utc < end.utc) last[r.measure] = {r.title, r.total};
    std::vector<AcrossRow::Score> out;
    for (auto& [name, score] : last) out.push_back(std::move(score));
    return out;
}

}  // namespace tend::core
