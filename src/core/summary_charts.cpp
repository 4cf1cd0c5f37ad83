#include "core/summary_charts.hpp"

#include <algorithm>
#include <map>

#include "core/adherence.hpp"

namespace tend::core {

std::vector<WeekAggregate> mood_weeks(const std::vector<DayAggregate>& per_day) {
    std::vector<WeekAggregate> out;
    for (const auto& d : per_day) {
        if (out.empty() || week_start(d.day) != week_start(out.back().first)) {
            WeekAggregate week;
            week.first = d.day;
            out.push_back(week);
        }
        auto& w = out.back();
        w.last = d.day;
        ++w.days;
        if (d.entries == 0) continue;
        w.lowest = w.days_logged == 0 ? d.lowest : std::min(w.lowest, d.lowest);
        w.highest = w.days_logged == 0 ? d.highest : std::max(w.highest, d.highest);
        ++w.days_logged;
        w.entries += d.entries;
        w.sum += d.sum;
    }
    return out;
}

std::string_view homework_mark_name(HomeworkMark mark) {
    switch (mark) {
        case HomeworkMark::done:
            return "done";
        case HomeworkMark::plan:
            return "done with the plan";
        case HomeworkMark::skipped:
            return "skipped";
        case HomeworkMark::not_checked:
            return "not checked off";
        case HomeworkMark::pending:
            return "due today";
        case HomeworkMark::not_scheduled:
            break;
    }
    return "not scheduled";
}

namespace {

/// True when the item asks for an occurrence on `day` (no check-off being there).
bool asks_on(const Homework& h, const CheckoffMarks& marks, Day day) {
    if (day < h.start_day) return false;
    const auto& s = h.schedule;
    switch (s.kind) {
        case ScheduleKind::once:
            return s.due && *s.due == day && (!h.end_day || *h.end_day >= day);
        case ScheduleKind::weekly:
            return false;
        case ScheduleKind::daily:
        case ScheduleKind::days:
            break;
    }
    if (day == h.start_day) return false;  // the day it was set counts only when checked off
    if (auto last = last_active_day(h, marks); last && day > *last) return false;
    return scheduled_on(s, day);
}

HomeworkMark mark_of(CheckoffStatus status) {
    switch (status) {
        case CheckoffStatus::done:
            return HomeworkMark::done;
        case CheckoffStatus::plan:
            return HomeworkMark::plan;
        case CheckoffStatus::skipped:
            break;
    }
    return HomeworkMark::skipped;
}

}  // namespace

std::vector<HomeworkGridRow> homework_grid(const std::vector<Homework>& homework,
                                           const std::vector<Checkoff>& checkoffs, Day from, Day to,
                                           Day today) {
    std::vector<HomeworkGridRow> out;
    for (const auto& h : homework) {
        auto marks = checkoff_marks(h, checkoffs);
        HomeworkGridRow row{h.id, h.title, {}};
        for (auto day = from; day <= to; day = add_days(day, 1)) {
            if (auto it = marks.find(day); it != marks.end())
                row.marks.push_back(mark_of(it->second));
            else if (!asks_on(h, marks, day))
                row.marks.push_back(HomeworkMark::not_scheduled);
            else
                row.marks.push_back(day >= today ? HomeworkMark::pending
                                                 : HomeworkMark::not_checked);
        }
        out.push_back(std::move(row));
    }
    return out;
}

std::vector<MeasureSeries> measure_series(const std::vector<MeasureResult>& results,
                                          const std::vector<Measure>& known) {
    std::map<std::string, MeasureSeries> by_name;
    for (const auto& r : results) {
        auto& s = by_name[r.measure];
        s.measure = r.measure;
        s.title = r.title;  // the latest title it was taken under
        s.points.push_back({r.day, r.total, r.band});
        s.max_total = std::max(s.max_total, r.total);
    }
    std::vector<MeasureSeries> out;
    for (auto& entry : by_name) {
        // Not a structured binding: Debian 12's clang cannot capture one in a lambda.
        const auto& name = entry.first;
        auto& s = entry.second;
        auto def = std::find_if(known.begin(), known.end(),
                                [&](const Measure& m) { return m.name == name; });
        if (def != known.end()) {
            s.bands = def->bands;
            s.min_total = std::min(def->min_total(), s.min_total);
            s.max_total = std::max(def->max_total(), s.max_total);
        }
        if (s.max_total <= s.min_total) s.max_total = s.min_total + 1;
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace tend::core
