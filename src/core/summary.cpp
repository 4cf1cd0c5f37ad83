#include "core/summary.hpp"

#include <algorithm>

namespace tend::core {
namespace {

DoneOnce done_once(const Homework& hw, const Checkoff& c) {
    DoneOnce d;
    d.day = c.day;
    d.note = c.note;
    d.with_plan = c.status == CheckoffStatus::plan;
    if (hw.schedule.due) d.days_after_due = days_between(*hw.schedule.due, c.day);
    return d;
}

}  // namespace

SummaryWindow days_window(Day from, Day to, WindowBasis basis, const Clock& clock) {
    SummaryWindow w{from, to, basis, start_of(from), start_of(add_days(to, 1))};
    if (to == clock.today()) w.end = Instant{clock.now.utc + 1, clock.now.offset};
    return w;
}

SummaryWindow default_window(const std::optional<Session>& last_session, Day until,
                             const Clock& clock) {
    if (last_session && last_session->day <= until) {
        auto w = days_window(last_session->day, until, WindowBasis::last_session, clock);
        w.start = last_session->at;
        return w;
    }
    return days_window(add_days(until, -6), until, WindowBasis::default_days, clock);
}

PreviousWindow comparison_window(const SummaryWindow& w, const std::optional<Session>& before) {
    PreviousWindow p;
    p.end = w.start;
    if (w.basis == WindowBasis::last_session && before && before->at.utc < w.start.utc) {
        p.from = before->day;
        p.start = before->at;
        p.between_sessions = true;
    } else {
        // The same number of days, ending where the window starts (at the same time of day).
        p.from = add_days(w.from, -w.days());
        p.start = local_instant(p.from, time_of(w.start));
    }
    p.to = day_of(in_local_zone(p.end.utc - 1));
    return p;
}

Gaps Summary::gaps() const {
    Gaps g;
    g.days_without_mood = mood.days_missing();
    for (const auto& h : homework)
        if ((h.adherence.scheduled > 0 && h.adherence.done == 0 && h.adherence.skipped == 0) ||
            h.overdue_since)
            g.never_checked.push_back(h.homework);
    // A private reflection or prep was written: left out, but not missing.
    g.reflection_missing = last_session.has_value() && reflections.empty() && !private_reflection;
    // Prep is for the next session: with none known, there is nothing to prepare for yet.
    g.prep_missing = next_session.has_value() && !prep.has_value() && !private_prep;
    return g;
}

std::vector<HomeworkSummary> homework_summaries(const std::vector<Homework>& homework,
                                                const std::vector<Checkoff>& checkoffs,
                                                const SummaryWindow& w, Day today) {
    std::vector<HomeworkSummary> out;
    auto by_day = [](const Checkoff& a, const Checkoff& b) { return a.day < b.day; };
    CheckoffsByItem by_item(checkoffs);
    for (const auto& h : homework) {
        HomeworkSummary s;
        s.homework = h;
        auto item_checkoffs = by_item.of(h.id);
        s.adherence = adherence_for(h, item_checkoffs, w.from, w.to, today, w.start);
        for (const auto& c : item_checkoffs) {
            if (!in_window(c, w.from, w.to, w.start)) continue;
            if (c.status == CheckoffStatus::skipped) s.skips.push_back(c);
            if (c.status == CheckoffStatus::plan) ++s.with_plan;
            if (counts_as_done(c.status) && !is_recurring(h.schedule))
                s.done_once = done_once(h, c);
            else if (c.status != CheckoffStatus::done || !c.note.empty())
                s.noted.push_back(c);
        }
        std::sort(s.skips.begin(), s.skips.end(), by_day);
        std::sort(s.noted.begin(), s.noted.end(), by_day);
        for (const auto& step : h.steps) s.steps_done += step.done_at ? 1 : 0;
        if (h.schedule.kind == ScheduleKind::once && h.status == HomeworkStatus::open &&
            h.schedule.due && *h.schedule.due < w.from && s.adherence.scheduled == 0)
            s.overdue_since = h.schedule.due;
        out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const HomeworkSummary& a, const HomeworkSummary& b) {
        return a.homework.id < b.homework.id;
    });
    return out;
}

std::vector<Answer> answers_with_first(const Entry& entry, std::string_view key) {
    std::vector<Answer> out;
    for (const auto& a : entry.answers)
        if (a.key == key) out.push_back(a);
    for (const auto& a : entry.answers)
        if (a.key != key) out.push_back(a);
    return out;
}

}  // namespace tend::core
