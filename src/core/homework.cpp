// The rules of homework schedules: parsing the schedule options, which days ask for the work,
// weeks and their quotas, and where an item stands today.
#include "core/homework.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/validate.hpp"
#include "core/when.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace tend::core {
namespace {

/// The names of the schedule options given, for the conflict message.
std::vector<std::string> given_schedule_options(const ScheduleFlags& f) {
    std::vector<std::string> given;
    if (f.due) given.emplace_back("--due");
    if (f.daily) given.emplace_back("--daily");
    if (f.days) given.emplace_back("--days");
    if (f.times || f.per) given.emplace_back(f.times ? "--times" : "--per");
    return given;
}

Schedule weekly_schedule(const ScheduleFlags& f) {
    if (!f.per)
        throw usage_error(fmt::format(
            "--times needs --per week, e.g. --times 3 --per week (got --times {} alone)",
            core::quoted(*f.times)));
    if (!f.times)
        throw usage_error(
            fmt::format("--per needs --times N, e.g. --times 3 --per week (got --per {} alone)",
                        core::quoted(*f.per)));
    if (!per_periods.parse(util::to_lower(util::trim(*f.per))))
        refuse_choice("--per", per_periods.accepted(), *f.per);
    auto n = parse_whole_number(*f.times);
    if (!n || *n < 1 || *n > max_times_per_week)
        throw usage_error(fmt::format("--times must be a whole number from 1 to {} (got {})",
                                      max_times_per_week, core::quoted(*f.times)));
    Schedule s;
    s.kind = ScheduleKind::weekly;
    s.times_per_week = static_cast<int>(*n);
    return s;
}

}  // namespace

std::string_view schedule_kind_name(ScheduleKind kind) {
    return schedule_kinds.word_for(kind);
}

std::optional<ScheduleKind> parse_schedule_kind(std::string_view text) {
    return schedule_kinds.parse(text);
}

std::string_view homework_status_name(HomeworkStatus status) {
    return homework_statuses.word_for(status);
}

std::optional<HomeworkStatus> parse_homework_status(std::string_view text) {
    return homework_statuses.parse(text);
}

std::string_view checkoff_status_name(CheckoffStatus status) {
    return checkoff_statuses.word_for(status);
}

std::optional<CheckoffStatus> parse_checkoff_status(std::string_view text) {
    return checkoff_statuses.parse(text);
}

WeekdayMask parse_weekdays(std::string_view list, std::string_view option) {
    auto bad = [&] {
        return usage_error(fmt::format(
            "{} must be weekday names separated by commas, such as mon,wed,fri (got {})", option,
            core::quoted(list)));
    };
    WeekdayMask mask = 0;
    std::size_t start = 0;
    while (start <= list.size()) {
        auto comma = list.find(',', start);
        auto index = parse_weekday(util::trim(list.substr(start, comma - start)));
        if (!index) throw bad();
        mask |= 1U << static_cast<unsigned>(*index);
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return mask;
}

std::vector<std::string> weekday_names(WeekdayMask mask) {
    std::vector<std::string> names;
    for (unsigned i = 0; i < 7; ++i)
        if ((mask & (1U << i)) != 0) names.emplace_back(weekdays.word_for(static_cast<int>(i)));
    return names;
}

std::optional<Schedule> schedule_from_flags(const ScheduleFlags& f, const Clock& clock) {
    auto given = given_schedule_options(f);
    if (given.empty()) return std::nullopt;
    if (given.size() > 1)
        throw usage_error(
            fmt::format("give one schedule: --due WHEN, --daily, --days LIST or --times N --per "
                        "week (got {} and {})",
                        given[0], given[1]));
    Schedule s;
    if (f.due) {
        auto when = parse_when(*f.due, clock, Lean::ahead, "--due");
        if (when.time)
            throw usage_error(
                fmt::format("--due takes a day, such as fri or 2026-11-27, not a time (got {})",
                            core::quoted(*f.due)));
        s.due = when.day;
    } else if (f.daily) {
        s.kind = ScheduleKind::daily;
    } else if (f.days) {
        s.kind = ScheduleKind::days;
        s.weekdays = parse_weekdays(*f.days, "--days");
    } else {
        s = weekly_schedule(f);
    }
    return s;
}

bool is_recurring(const Schedule& schedule) {
    return schedule.kind != ScheduleKind::once;
}

bool scheduled_on(const Schedule& s, Day day) {
    switch (s.kind) {
        case ScheduleKind::once:
            return s.due == day;
        case ScheduleKind::daily:
            return true;
        case ScheduleKind::days:
            return (s.weekdays & (1U << static_cast<unsigned>(weekday_index(day)))) != 0;
        case ScheduleKind::weekly:
            return true;
    }
    return false;
}

Day week_start(Day day) {
    return add_days(day, -weekday_index(day));
}

int prorated_quota(int per_week, int days) {
    days = std::clamp(days, 0, 7);
    // per_week * days / 7 rounded half up; 7 is prime, so there is never a tie.
    return (per_week * days * 2 + 7) / 14;
}

std::string_view check_title(std::string_view title) {
    check_text(title, "homework title");
    if (util::trim(title).empty())
        throw usage_error(
            "homework needs a title: a few words saying what to do (got an empty one)");
    return title;
}

void check_step_count(std::size_t count) {
    if (count > max_steps)
        throw usage_error(
            fmt::format("a homework takes at most {} steps (got {})", max_steps, count));
}

std::string_view check_step(std::string_view text) {
    check_text(text, "step");
    if (util::trim(text).empty())
        throw usage_error("a step needs a few words saying what to do (got an empty one)");
    return text;
}

int week_quota(int per_week, Day first, Day last) {
    int days = days_between(first, last) + 1;
    if (days <= 0) return 0;
    // Nudge at least once in a week the item applies to, even when the part of its first
    // week asks for none.
    return std::max(1, prorated_quota(per_week, days));
}

std::optional<Day> last_active_day(const Homework& hw, const std::vector<Checkoff>& checkoffs) {
    if (hw.status == HomeworkStatus::open || !hw.end_day) return std::nullopt;
    for (const auto& c : checkoffs)
        if (c.homework_id == hw.id && c.day == *hw.end_day) return hw.end_day;
    return add_days(*hw.end_day, -1);
}

WeekProgress week_progress(const Homework& hw, const std::vector<Checkoff>& checkoffs, Day day) {
    WeekProgress p;
    auto monday = week_start(day);
    auto first = std::max(monday, hw.start_day);
    auto last = add_days(monday, 6);
    if (auto end = last_active_day(hw, checkoffs)) last = std::min(last, *end);
    for (const auto& c : checkoffs)
        if (c.homework_id == hw.id && counts_as_done(c.status) && c.day >= first && c.day <= last)
            ++p.done;
    p.quota = week_quota(hw.schedule.times_per_week, first, last);
    return p;
}

TodayState today_state(const Homework& hw, const std::vector<Checkoff>& checkoffs, Day today) {
    TodayState st;
    for (const auto& c : checkoffs)
        if (c.homework_id == hw.id && c.day == today) st.checked = c.status;
    bool open = hw.status == HomeworkStatus::open && hw.start_day <= today;
    const auto& s = hw.schedule;
    if (s.kind == ScheduleKind::weekly) {
        auto week = week_progress(hw, checkoffs, today);
        st.week_done = week.done;
        st.week_quota = week.quota;
        st.due = open && !st.checked && week.done < week.quota;
    } else {
        st.due = open && !st.checked && scheduled_on(s, today);
    }
    st.overdue = hw.status == HomeworkStatus::open && s.kind == ScheduleKind::once && s.due &&
                 *s.due < today;
    return st;
}

bool reschedule_reopens(const Homework& hw, const Schedule& schedule) {
    return is_recurring(schedule) && hw.status == HomeworkStatus::done;
}

ListingGroup listing_group(const Homework& hw, const TodayState& state) {
    if (hw.status != HomeworkStatus::open) return ListingGroup::closed;
    if (state.due) return ListingGroup::due_today;
    if (state.overdue) return ListingGroup::overdue;
    return ListingGroup::open;
}

bool listed_before(const Homework& a, const TodayState& a_state, const Homework& b,
                   const TodayState& b_state) {
    auto group = listing_group(a, a_state);
    auto other = listing_group(b, b_state);
    if (group != other) return group < other;
    // Overdue means a one-off with a due day (today_state).
    if (group == ListingGroup::overdue) return *a.schedule.due < *b.schedule.due;
    return false;
}

}  // namespace tend::core
