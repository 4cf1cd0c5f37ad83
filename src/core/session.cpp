// The session rules: the regular schedule and which session comes next.
#include "core/session.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/validate.hpp"
#include "core/when.hpp"
#include "util/text.hpp"

namespace tend::core {
namespace {

/// The day of a schedule's weekday on or after `from`.
Day weekday_on_or_after(Day from, int weekday) {
    int diff = weekday - weekday_index(from);
    return add_days(from, diff < 0 ? diff + 7 : diff);
}

/// `fresh` in the place of `old`: its id and UUID, and its note unless a new one was given.
SessionWrite in_place_of(Session fresh, const Session& old, bool note_given) {
    fresh.id = old.id;
    fresh.uuid = old.uuid;
    if (!note_given) fresh.note = old.note;
    return {std::move(fresh), true, std::nullopt};
}

}  // namespace

std::string_view status_name(SessionStatus status) {
    return session_statuses.word_for(status);
}

std::optional<SessionStatus> parse_status(std::string_view name) {
    return session_statuses.parse(name);
}

std::optional<SessionSchedule> parse_session_schedule(std::string_view text) {
    auto s = util::trim(text);
    auto space = s.find(' ');
    if (space == std::string_view::npos) return std::nullopt;
    auto weekday = parse_weekday(s.substr(0, space));
    auto time = parse_time_of_day(util::trim(s.substr(space + 1)));
    if (!weekday || !time) return std::nullopt;
    return SessionSchedule{*weekday, *time};
}

std::string format_schedule(const SessionSchedule& schedule) {
    return fmt::format("{} {:02}:{:02}", weekdays.word_for(schedule.weekday), schedule.time.hour,
                       schedule.time.minute);
}

std::optional<UnconfirmedSession> unconfirmed_session(
    const SessionFacts& facts, const std::optional<SessionSchedule>& schedule, const Clock& clock) {
    if (facts.scheduled) {
        if (facts.scheduled->at.utc > clock.now.utc) return std::nullopt;
        return UnconfirmedSession{facts.scheduled->at, facts.scheduled};
    }
    if (!schedule) return std::nullopt;
    // The latest regular time at or before now, counted in local days (a week across a clock
    // change is not 7 × 24 hours): this week's weekday, else the one a week before.
    auto today = clock.today();
    int back = weekday_index(today) - schedule->weekday;
    auto day = add_days(today, -(back < 0 ? back + 7 : back));
    if (local_instant(day, schedule->time).utc > clock.now.utc) day = add_days(day, -7);
    if (!in_supported_range(day)) return std::nullopt;
    auto at = local_instant(day, schedule->time);
    if (facts.latest_held && facts.latest_held->day >= day) return std::nullopt;
    if (std::find(facts.cancelled_days.begin(), facts.cancelled_days.end(), day) !=
        facts.cancelled_days.end())
        return std::nullopt;
    return UnconfirmedSession{at, std::nullopt};
}

std::string past_day_word(Day day, Day today) {
    if (day == today) return "today";
    auto before = days_between(day, today);
    if (before > 0 && before < 7) return std::string(weekdays.word_for(weekday_index(day)));
    return format_day(day);
}

bool has_passed(const Session& session, Day today) {
    return session.status == SessionStatus::scheduled && session.day < today;
}

Instant next_occurrence(const SessionSchedule& schedule, const Instant& after) {
    auto day = weekday_on_or_after(day_of(after), schedule.weekday);
    auto at = local_instant(day, schedule.time);
    if (at.utc <= after.utc) at = local_instant(add_days(day, 7), schedule.time);
    return at;
}

std::optional<NextSession> next_session(const SessionFacts& facts,
                                        const std::optional<SessionSchedule>& schedule,
                                        const Clock& clock) {
    if (facts.scheduled && !has_passed(*facts.scheduled, clock.today()))
        return NextSession{facts.scheduled->at, facts.scheduled};
    if (!schedule) return std::nullopt;
    auto at = next_occurrence(*schedule, clock.now);
    auto taken = [&](Day day) {
        if (facts.latest_held && day <= facts.latest_held->day) return true;
        return std::find(facts.cancelled_days.begin(), facts.cancelled_days.end(), day) !=
               facts.cancelled_days.end();
    };
    // A year of weeks is more than any cancelled run; past that, the schedule is not in use.
    for (int week = 0; week < 53 && taken(day_of(at)); ++week)
        at = local_instant(add_days(day_of(at), 7), schedule->time);
    // Past 9999-12-31 there is no day to keep a session on.
    if (taken(day_of(at)) || !in_supported_range(day_of(at))) return std::nullopt;
    return NextSession{at, std::nullopt};
}

std::optional<Instant> expected_time_on(Day day, const std::optional<Session>& scheduled,
                                        const std::optional<SessionSchedule>& schedule,
                                        const Clock& clock) {
    std::optional<Instant> expected;
    if (scheduled && scheduled->day == day)
        expected = scheduled->at;
    else if (schedule && schedule->weekday == weekday_index(day))
        expected = local_instant(day, schedule->time);
    if (expected && expected->utc > clock.now.utc) return std::nullopt;
    return expected;
}

bool fulfils(const Session& scheduled, Day held_day) {
    return scheduled.status == SessionStatus::scheduled && scheduled.day <= held_day;
}

std::optional<std::string> session_time_problem(SessionStatus status, const Instant& at,
                                                std::string_view typed, const Clock& clock) {
    if (status == SessionStatus::held && at.utc > clock.now.utc)
        return fmt::format(
            "a session that took place cannot be in the future (got {}); schedule one with "
            "tend session next",
            core::quoted(typed));
    if (status == SessionStatus::scheduled && at.utc <= clock.now.utc)
        return fmt::format(
            "the next session must be later than now (got {}); record one that took place "
            "with tend session add",
            core::quoted(typed));
    return std::nullopt;
}

std::optional<TimeOfDay> next_session_time(const std::optional<TimeOfDay>& typed,
                                           const std::optional<SessionSchedule>& schedule) {
    if (typed) return typed;
    if (schedule) return schedule->time;
    return std::nullopt;
}

std::optional<TimeOfDay> usual_time(const std::optional<Session>& scheduled,
                                    const std::optional<Session>& latest_held) {
    if (scheduled) return time_of(scheduled->at);
    if (latest_held) return time_of(latest_held->at);
    return std::nullopt;
}

SessionWrite held_session_write(Session held, const std::optional<Session>& scheduled,
                                bool note_given) {
    if (scheduled && fulfils(*scheduled, held.day))
        return in_place_of(std::move(held), *scheduled, note_given);
    return {std::move(held), false, std::nullopt};
}

SessionWrite next_session_write(Session next, const std::optional<Session>& current,
                                bool note_given) {
    if (!current) return {std::move(next), false, std::nullopt};
    auto write = in_place_of(std::move(next), *current, note_given);
    if (current->at.utc != write.session.at.utc) write.moved_from = current->at;
    return write;
}

std::optional<SessionWrite> cancellation(const SessionFacts& facts,
                                         const std::optional<NextSession>& next) {
    Session s;
    if (facts.scheduled) {
        s = *facts.scheduled;
        s.status = SessionStatus::cancelled;
        return SessionWrite{s, true, std::nullopt};
    }
    if (!next) return std::nullopt;
    s.at = next->at;
    s.day = day_of(s.at);
    s.status = SessionStatus::cancelled;
    return SessionWrite{s, false, std::nullopt};
}

std::optional<SessionWrite> cancellation_on(Day day, const SessionFacts& facts,
                                            const std::optional<UnconfirmedSession>& unconfirmed,
                                            const std::optional<SessionSchedule>& schedule) {
    Session s;
    if (facts.scheduled && facts.scheduled->day == day) {
        s = *facts.scheduled;
        s.status = SessionStatus::cancelled;
        return SessionWrite{s, true, std::nullopt};
    }
    if (unconfirmed && day_of(unconfirmed->at) == day)
        s.at = unconfirmed->at;
    else if (schedule && schedule->weekday == weekday_index(day))
        s.at = local_instant(day, schedule->time);
    else
        return std::nullopt;
    if (facts.latest_held && facts.latest_held->day >= day) return std::nullopt;
    s.day = day;
    s.status = SessionStatus::cancelled;
    return SessionWrite{s, false, std::nullopt};
}

SessionFacts with_write(SessionFacts facts, const SessionWrite& write) {
    const auto& s = write.session;
    if (write.replaces && facts.scheduled && facts.scheduled->id == s.id) facts.scheduled.reset();
    if (s.status == SessionStatus::held &&
        (!facts.latest_held || facts.latest_held->at.utc <= s.at.utc))
        facts.latest_held = s;
    if (s.status == SessionStatus::cancelled) facts.cancelled_days.push_back(s.day);
    if (s.status == SessionStatus::scheduled) facts.scheduled = s;
    return facts;
}

}  // namespace tend::core
