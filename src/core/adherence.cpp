// Adherence arithmetic. Recurring work is cut into slots (a scheduled day, or a week or part of
// one); each slot is counted (done, skipped, missing, pending, extra) and marked for streaks
// (met, neutral, broken). One-offs are counted on their own.
#include "core/adherence.hpp"

#include <algorithm>
#include <map>

namespace tend::core {
namespace {

using Marks = CheckoffMarks;

/// A scheduled day, or the part of a week that counts.
struct Slot {
    Day first;
    Day last;
    int quota = 0;  ///< occurrences it asks for
    int cap = 0;    ///< occurrences that count at most
    int done = 0;
    int skipped = 0;
    bool finished = false;  ///< its last day is before today
};

struct Counts {
    int scheduled = 0, done = 0, skipped = 0, missing = 0, pending = 0, extra = 0;
};

Counts count(const Slot& s) {
    Counts c;
    c.done = std::min(s.done, s.cap);
    c.skipped = std::min(s.skipped, s.cap - c.done);
    c.extra = s.done - c.done;
    int resolved = c.done + c.skipped;
    if (s.finished) {
        c.scheduled = std::max(s.quota, resolved);
        c.missing = c.scheduled - resolved;
    } else {
        c.scheduled = resolved;
        c.pending = std::max(0, s.quota - resolved);
    }
    return c;
}

enum class Mark { met, neutral, broken };

Mark mark(const Slot& s) {
    auto c = count(s);
    if (c.done > 0 && c.done >= s.quota) return Mark::met;
    if (!s.finished || c.done + c.skipped >= s.quota) return Mark::neutral;
    return Mark::broken;
}

void tally(const Marks& marks, Day first, Day last, Slot& slot) {
    for (auto it = marks.lower_bound(first); it != marks.end() && it->first <= last; ++it)
        ++(counts_as_done(it->second) ? slot.done : slot.skipped);
}

/// The weeks of weekly work that meet the days [a, b], each whole: from the item's first day
/// (or the Monday) to its last (or the Sunday), whatever the window.
std::vector<Slot> week_slots(const Homework& hw, const Marks& marks, Day a, Day b, Day today,
                             std::optional<Day> last_active) {
    std::vector<Slot> slots;
    for (auto monday = week_start(a); monday <= b; monday = add_days(monday, 7)) {
        auto last = add_days(monday, 6);
        if (last_active) last = std::min(last, *last_active);
        Slot slot{std::max(monday, hw.start_day), last};
        slot.quota = week_quota(hw.schedule.times_per_week, slot.first, slot.last);
        slot.cap = hw.schedule.times_per_week;
        slot.finished = slot.last < today;
        tally(marks, slot.first, slot.last, slot);
        slots.push_back(slot);
    }
    return slots;
}

/// The slots of recurring work over the days [a, b].
std::vector<Slot> slots_of(const Homework& hw, const Marks& marks, Day a, Day b, Day today,
                           std::optional<Day> last_active) {
    std::vector<Slot> slots;
    if (b < a) return slots;
    const auto& s = hw.schedule;
    if (s.kind == ScheduleKind::weekly) return week_slots(hw, marks, a, b, today, last_active);
    for (auto day = a; day <= b; day = add_days(day, 1)) {
        if (!scheduled_on(s, day)) continue;
        Slot slot{day, day, 1, 1};
        slot.finished = day < today;
        tally(marks, day, day, slot);
        // The day it was set is a day of grace: it counts only when it was checked off.
        bool grace = day == hw.start_day && slot.finished && slot.done + slot.skipped == 0;
        if (!grace) slots.push_back(slot);
    }
    return slots;
}

/// Done on days a days-schedule does not ask for, within [a, b].
int unscheduled_done(const Homework& hw, const Marks& marks, Day a, Day b) {
    if (hw.schedule.kind != ScheduleKind::days || b < a) return 0;
    int n = 0;
    for (auto it = marks.lower_bound(a); it != marks.end() && it->first <= b; ++it)
        if (counts_as_done(it->second) && !scheduled_on(hw.schedule, it->first)) ++n;
    return n;
}

void add_counts(Adherence& a, const std::vector<Slot>& slots) {
    for (const auto& slot : slots) {
        auto c = count(slot);
        a.scheduled += c.scheduled;
        a.done += c.done;
        a.skipped += c.skipped;
        a.missing += c.missing;
        a.pending += c.pending;
        a.extra += c.extra;
    }
}

/// Weekly work in weeks: each week over, or met, is judged; the running one is "so far".
WeekTally week_tally(const std::vector<Slot>& weeks, Day today) {
    WeekTally t;
    for (const auto& w : weeks) {
        auto c = count(w);
        bool met = c.done >= w.quota;
        if (w.first <= today && today <= w.last) t.this_week = WeekProgress{w.done, w.quota};
        if (!w.finished && !met) continue;
        ++t.judged;
        if (met)
            ++t.met;
        else if (c.done + c.skipped >= w.quota)
            ++t.skipped;
        else
            ++t.missed;
    }
    return t;
}

/// The current streak, counted back from today over the item's whole history, and the longest
/// run that reaches into the window [from, to]: a summary speaks of its own window.
void add_streaks(Adherence& a, const std::vector<Slot>& history, Day from, Day to, Day today) {
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        auto m = mark(*it);
        if (m == Mark::broken) break;
        if (m == Mark::met) ++a.current_streak;
    }
    int run = 0;
    Day run_first{}, run_last{};
    auto close = [&] {
        if (run > 0 && run_first <= to && run_last >= from)
            a.longest_streak = std::max(a.longest_streak, run);
        run = 0;
    };
    for (const auto& slot : history) {
        auto m = mark(slot);
        if (m == Mark::broken) close();
        if (m != Mark::met) continue;
        if (run == 0) run_first = slot.first;
        ++run;
        run_last = slot.last;
    }
    close();
    if (from <= today && today <= to)
        a.longest_streak = std::max(a.longest_streak, a.current_streak);
}

StreakUnit unit_of(ScheduleKind kind) {
    switch (kind) {
        case ScheduleKind::once:
            return StreakUnit::none;
        case ScheduleKind::daily:
            return StreakUnit::days;
        case ScheduleKind::days:
            return StreakUnit::occurrences;
        case ScheduleKind::weekly:
            return StreakUnit::weeks;
    }
    return StreakUnit::none;
}

void add_recurring(Adherence& a, const Homework& hw, const Marks& marks, Day from, Day to,
                   Day today, bool first_day_before) {
    auto last = last_active_day(hw, marks);
    auto a_day = std::max(from, hw.start_day);
    // The first day's occurrence, settled before the window opened, was the window before's.
    if (first_day_before && a_day == from && hw.schedule.kind != ScheduleKind::weekly)
        a_day = add_days(a_day, 1);
    auto b_day = last ? std::min(to, *last) : to;
    auto slots = slots_of(hw, marks, a_day, b_day, today, last);
    add_counts(a, slots);
    a.extra += unscheduled_done(hw, marks, a_day, b_day);
    if (hw.schedule.kind == ScheduleKind::weekly) a.weeks = week_tally(slots, today);

    // The history runs to today, or for weekly work to the end of this week, so that the
    // current week asks for all of its occurrences before it counts as met.
    auto end = hw.schedule.kind == ScheduleKind::weekly ? add_days(week_start(today), 6) : today;
    if (last) end = std::min(end, *last);
    add_streaks(a, slots_of(hw, marks, hw.start_day, end, today, last), from, to, today);
}

void add_once(Adherence& a, const Homework& hw, const Marks& marks, Day from, Day to, Day today,
              bool first_day_before) {
    auto in_window = [&](Day d) { return from <= d && d <= to; };
    std::optional<Day> done_on, skipped_on;
    for (const auto& [day, status] : marks) (counts_as_done(status) ? done_on : skipped_on) = day;
    if (done_on || skipped_on) {
        auto day = done_on ? *done_on : *skipped_on;
        if (!in_window(day) || (day == from && first_day_before)) return;
        a.scheduled = 1;
        (done_on ? a.done : a.skipped) = 1;
        return;
    }
    auto due = hw.schedule.due;
    switch (hw.status) {
        case HomeworkStatus::open:
            if (!due) {
                if (in_window(today)) a.pending = 1;
            } else if (in_window(*due)) {
                (*due < today ? a.missing : a.pending) = 1;
                a.scheduled = a.missing;
            }
            break;
        case HomeworkStatus::dropped:
            if (due && hw.end_day && *due < *hw.end_day && *due < today && in_window(*due))
                a.scheduled = a.missing = 1;
            break;
        case HomeworkStatus::done:
            break;
    }
}

}  // namespace

bool in_window(const Checkoff& c, Day from, Day to, const std::optional<Instant>& opened_at) {
    if (c.day < from || c.day > to) return false;
    return !(c.day == from && opened_at && c.at.utc < opened_at->utc);
}

Adherence adherence_for(const Homework& hw, std::span<const Checkoff> checkoffs, Day from, Day to,
                        Day today, const std::optional<Instant>& opened_at) {
    Adherence a;
    a.homework_id = hw.id;
    a.streak_unit = unit_of(hw.schedule.kind);
    auto marks = checkoff_marks(hw, checkoffs);
    bool first_day_before = false;
    for (const auto& c : checkoffs)
        if (c.homework_id == hw.id && c.day == from && !in_window(c, from, to, opened_at))
            first_day_before = true;
    if (is_recurring(hw.schedule))
        add_recurring(a, hw, marks, from, to, today, first_day_before);
    else
        add_once(a, hw, marks, from, to, today, first_day_before);
    if (a.weeks) {
        if (a.weeks->judged > 0) a.share = static_cast<double>(a.weeks->met) / a.weeks->judged;
    } else if (a.scheduled > 0) {
        a.share = static_cast<double>(a.done) / a.scheduled;
    }
    return a;
}

std::vector<Adherence> adherence_for(const std::vector<Homework>& homework,
                                     const std::vector<Checkoff>& checkoffs, Day from, Day to,
                                     Day today) {
    std::vector<Adherence> out;
    out.reserve(homework.size());
    CheckoffsByItem by_item(checkoffs);
    for (const auto& hw : homework)
        out.push_back(adherence_for(hw, by_item.of(hw.id), from, to, today));
    return out;
}

CheckoffMarks checkoff_marks(const Homework& hw, std::span<const Checkoff> checkoffs) {
    CheckoffMarks marks;
    for (const auto& c : checkoffs)
        if (c.homework_id == hw.id) marks[c.day] = c.status;
    return marks;
}

namespace {

bool by_item(const Checkoff& a, const Checkoff& b) {
    return a.homework_id < b.homework_id;
}

}  // namespace

CheckoffsByItem::CheckoffsByItem(std::span<const Checkoff> checkoffs) : all_(checkoffs) {
    if (std::is_sorted(checkoffs.begin(), checkoffs.end(), by_item)) return;
    sorted_.assign(checkoffs.begin(), checkoffs.end());
    std::stable_sort(sorted_.begin(), sorted_.end(), by_item);
    all_ = sorted_;
}

std::span<const Checkoff> CheckoffsByItem::of(std::int64_t homework_id) const {
    auto first =
        std::lower_bound(all_.begin(), all_.end(), homework_id,
                         [](const Checkoff& c, std::int64_t id) { return c.homework_id < id; });
    auto last =
        std::upper_bound(first, all_.end(), homework_id,
                         [](std::int64_t id, const Checkoff& c) { return id < c.homework_id; });
    return {first, last};
}

std::optional<Day> last_active_day(const Homework& hw, const CheckoffMarks& marks) {
    if (hw.status == HomeworkStatus::open || !hw.end_day) return std::nullopt;
    if (marks.contains(*hw.end_day)) return hw.end_day;
    return add_days(*hw.end_day, -1);
}

}  // namespace tend::core
