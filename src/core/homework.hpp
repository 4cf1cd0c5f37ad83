// Homework: the records (an item, its steps, its check-offs) and the rules of its schedule:
// once (with or without a due day), daily, on named weekdays, or N times in any week (weeks
// start on Monday). Pure: no SQLite, no terminal.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/choices.hpp"
#include "core/clock.hpp"

namespace tend::core {

enum class ScheduleKind { once, daily, days, weekly };

/// Weekdays as a bit mask: bit 0 is Monday ... bit 6 is Sunday.
using WeekdayMask = unsigned;

/// When homework is meant to be done.
struct Schedule {
    ScheduleKind kind = ScheduleKind::once;
    std::optional<Day> due;    ///< once: the day it is due, if it has one
    WeekdayMask weekdays = 0;  ///< days: which weekdays
    int times_per_week = 0;    ///< weekly: how many times in any week, 1 to 7
    friend bool operator==(const Schedule&, const Schedule&) = default;
};

enum class HomeworkStatus { open, done, dropped };
/// An occurrence done, skipped, or done with the item's backup plan instead (`hw done --plan`):
/// counted as done, and shown as done with the plan.
enum class CheckoffStatus { done, skipped, plan };

/// True for an occurrence that was done: as set, or with the backup plan instead.
[[nodiscard]] constexpr bool counts_as_done(CheckoffStatus status) {
    return status != CheckoffStatus::skipped;
}

/// The names of schedule kinds, statuses and check-off statuses, as stored and exported.
inline constexpr Choices<ScheduleKind, 4> schedule_kinds{{{
    {"once", ScheduleKind::once},
    {"daily", ScheduleKind::daily},
    {"days", ScheduleKind::days},
    {"weekly", ScheduleKind::weekly},
}}};
inline constexpr Choices<HomeworkStatus, 3> homework_statuses{{{
    {"open", HomeworkStatus::open},
    {"done", HomeworkStatus::done},
    {"dropped", HomeworkStatus::dropped},
}}};
inline constexpr Choices<CheckoffStatus, 3> checkoff_statuses{{{
    {"done", CheckoffStatus::done},
    {"skipped", CheckoffStatus::skipped},
    {"plan", CheckoffStatus::plan},
}}};

/// What --per takes after --times N: the period the times are counted in (any case).
inline constexpr Choices<ScheduleKind, 1> per_periods{{{
    {"week", ScheduleKind::weekly},
}}};

/// One small step of an item, in order.
struct Step {
    int position = 0;  ///< 1-based
    std::string uuid;
    std::string text;
    std::optional<Instant> done_at;
};

struct Homework {
    std::int64_t id = 0;
    std::string uuid;
    std::string title;
    std::optional<std::int64_t> session_id;  ///< the session it was set in
    Schedule schedule;
    std::string anchor;   ///< the routine it is attached to ("after my morning coffee")
    std::string barrier;  ///< what may get in the way
    std::string plan;     ///< the if-then plan for that
    std::string link;
    std::string details;
    std::vector<Step> steps;
    HomeworkStatus status = HomeworkStatus::open;
    Day start_day;               ///< the first day it applies
    std::optional<Day> end_day;  ///< the day a one-off was done, or the day it was dropped
};

/// One occurrence checked off (done) or skipped, on its day.
struct Checkoff {
    std::int64_t id = 0;
    std::string uuid;
    std::int64_t homework_id = 0;
    Day day;
    CheckoffStatus status = CheckoffStatus::done;
    std::string note;
    Instant at;  ///< when it was recorded for (the --on day at the given or current time)
};

inline constexpr int max_times_per_week = 7;

/// "once", "daily", "days", "weekly" (the stored names); and back.
[[nodiscard]] std::string_view schedule_kind_name(ScheduleKind kind);
[[nodiscard]] std::optional<ScheduleKind> parse_schedule_kind(std::string_view text);
/// "open", "done", "dropped"; and back.
[[nodiscard]] std::string_view homework_status_name(HomeworkStatus status);
[[nodiscard]] std::optional<HomeworkStatus> parse_homework_status(std::string_view text);
/// "done", "skipped", "plan"; and back.
[[nodiscard]] std::string_view checkoff_status_name(CheckoffStatus status);
[[nodiscard]] std::optional<CheckoffStatus> parse_checkoff_status(std::string_view text);

/// Weekday names separated by commas ("mon,wed,fri", "Monday, thu"), as a mask. Throws a usage
/// error naming `option` for an empty list or an unknown name.
[[nodiscard]] WeekdayMask parse_weekdays(std::string_view list, std::string_view option);

/// The short names of the weekdays in a mask, Monday first: {"mon", "wed", "fri"}.
[[nodiscard]] std::vector<std::string> weekday_names(WeekdayMask mask);

/// The schedule options as typed on the command line.
struct ScheduleFlags {
    std::optional<std::string> due;
    bool daily = false;
    std::optional<std::string> days;
    std::optional<std::string> times;
    std::optional<std::string> per;
};

/// The schedule the flags ask for, or nullopt when none was given. Throws a usage error for
/// conflicting flags, a bad weekday, --times without --per week or outside 1 to 7, --per
/// without --times, and a --due that is not a day. A --due day looks ahead.
[[nodiscard]] std::optional<Schedule> schedule_from_flags(const ScheduleFlags& flags,
                                                          const Clock& clock);

/// True for daily, days and weekly.
[[nodiscard]] bool is_recurring(const Schedule& schedule);

/// True when a daily or days schedule asks for the work on this day (a weekly one may be done
/// on any day; a one-off on its due day).
[[nodiscard]] bool scheduled_on(const Schedule& schedule, Day day);

/// The Monday of the week holding `day`.
[[nodiscard]] Day week_start(Day day);

/// How many of a week's `per_week` occurrences a part of it `days` long asks for: rounded to
/// the nearest whole number (there are never ties). A whole week asks for `per_week`.
[[nodiscard]] int prorated_quota(int per_week, int days);

/// What a week of weekly work asks for over its days [first, last] that the item applies to:
/// `per_week` for a whole week; for a part (the item's first week, or its last once dropped)
/// prorated_quota, and at least 1; 0 when no day applies.
[[nodiscard]] int week_quota(int per_week, Day first, Day last);

/// The last day recurring work counts on, or nullopt while it is open: the day it was dropped
/// if that day was checked off (its check-offs, others' ignored), else the day before.
[[nodiscard]] std::optional<Day> last_active_day(const Homework& homework,
                                                 const std::vector<Checkoff>& checkoffs);

/// A week's progress on weekly work: done in the week, and what the week asks for.
struct WeekProgress {
    int done = 0;
    int quota = 0;
};

/// The progress of weekly work in the week holding `day`: done in it, and its week_quota.
[[nodiscard]] WeekProgress week_progress(const Homework& homework,
                                         const std::vector<Checkoff>& checkoffs, Day day);

/// A title as typed: valid text and not blank. Throws a usage error otherwise.
std::string_view check_title(std::string_view title);

/// A step as typed: valid text and not blank. Throws a usage error otherwise.
std::string_view check_step(std::string_view text);

/// The most steps one homework takes: a plan of small steps, not a list without end.
inline constexpr std::size_t max_steps = 100;

/// Throws a usage error when `count` steps are more than max_steps.
void check_step_count(std::size_t count);

/// Where homework stands today.
struct TodayState {
    bool due = false;                       ///< today asks for it and it is not checked off today
    bool overdue = false;                   ///< a one-off past its due day, still open
    std::optional<CheckoffStatus> checked;  ///< today's check-off, if any
    int week_done = 0;                      ///< weekly: done this week
    int week_quota = 0;  ///< weekly: asked for this week (prorated in its first week)
};

/// The state of an item on `today`, from its check-offs (others' are ignored).
[[nodiscard]] TodayState today_state(const Homework& homework,
                                     const std::vector<Checkoff>& checkoffs, Day today);

/// True if a new schedule opens the item again: a one-off that was done and becomes recurring
/// work.
[[nodiscard]] bool reschedule_reopens(const Homework& homework, const Schedule& schedule);

/// The parts of the listing, in its order.
enum class ListingGroup { due_today, overdue, open, closed };

/// The part of the listing an item is in: due today; overdue; the rest of the open ones; done
/// or dropped.
[[nodiscard]] ListingGroup listing_group(const Homework& homework, const TodayState& state);

/// The listing's order: by group, and overdue items the longest overdue first. True if `a`
/// comes before `b`; items that tie keep their order (the listing sorts stably, by id).
[[nodiscard]] bool listed_before(const Homework& a, const TodayState& a_state, const Homework& b,
                                 const TodayState& b_state);

}  // namespace tend::core
