// Therapy sessions, the clock of tend: the record, the regular schedule from config, and the
// rules for which session is the next one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/choices.hpp"
#include "core/clock.hpp"

namespace tend::core {

enum class SessionStatus { held, scheduled, cancelled };

/// The statuses' names, as stored and exported.
inline constexpr Choices<SessionStatus, 3> session_statuses{{{
    {"held", SessionStatus::held},
    {"scheduled", SessionStatus::scheduled},
    {"cancelled", SessionStatus::cancelled},
}}};

/// "held", "scheduled", "cancelled".
[[nodiscard]] std::string_view status_name(SessionStatus status);
/// The status from its name; nullopt for anything else.
[[nodiscard]] std::optional<SessionStatus> parse_status(std::string_view name);

struct Session {
    std::int64_t id = 0;
    std::string uuid;
    Instant at;
    Day day;  ///< the local calendar day of `at`
    SessionStatus status = SessionStatus::held;
    std::string note;
};

/// A regular session time, `[session] schedule = "tue 17:00"`.
struct SessionSchedule {
    int weekday = 0;  ///< Monday = 0 ... Sunday = 6
    TimeOfDay time;
    friend bool operator==(const SessionSchedule&, const SessionSchedule&) = default;
};

/// Parses "tue 17:00" or "Tuesday 17:00" (a weekday name and a 24-hour time); nullopt if not.
[[nodiscard]] std::optional<SessionSchedule> parse_session_schedule(std::string_view text);

/// "tue 17:00", as the config writes it.
[[nodiscard]] std::string format_schedule(const SessionSchedule& schedule);

/// What the next-session rule needs to know from the store.
struct SessionFacts {
    /// The latest held session at or before now.
    std::optional<Session> latest_held;
    /// The one scheduled session, if any (it may have passed without being recorded).
    std::optional<Session> scheduled;
    /// Days with a cancelled session, from a week ago on: the regular schedule skips them, and
    /// a regular session cancelled on its day is not unconfirmed.
    std::vector<Day> cancelled_days;
};

/// The next session, as far as tend knows it.
struct NextSession {
    Instant at;
    /// The scheduled session it is; nullopt when it comes from the regular schedule.
    std::optional<Session> session;
    [[nodiscard]] bool from_schedule() const { return !session.has_value(); }
};

/// A session that should have taken place by now but was neither recorded nor cancelled.
struct UnconfirmedSession {
    Instant at;
    /// The scheduled session it is; nullopt when it comes from the regular schedule.
    std::optional<Session> session;
    [[nodiscard]] bool from_schedule() const { return !session.has_value(); }
};

/// The session whose time has passed with neither `session add` nor `session cancel`: the
/// scheduled session once its time has passed; else, when none is scheduled, the latest time of
/// the regular schedule at or before now, unless a session was held that day or later or one
/// was cancelled that day. Only the latest such session is ever asked about.
[[nodiscard]] std::optional<UnconfirmedSession> unconfirmed_session(
    const SessionFacts& facts, const std::optional<SessionSchedule>& schedule, const Clock& clock);

/// The word that names a past day for `session add` and `session cancel`: "today", the
/// weekday's name within the six days before, else the date ("2026-11-03").
[[nodiscard]] std::string past_day_word(Day day, Day today);

/// True if a scheduled session's day is over without it being recorded as held.
[[nodiscard]] bool has_passed(const Session& session, Day today);

/// The next occurrence of a regular schedule strictly after `after`.
[[nodiscard]] Instant next_occurrence(const SessionSchedule& schedule, const Instant& after);

/// The next session: the scheduled one while its day has not passed; otherwise the next
/// occurrence of the regular schedule after now, skipping days with a cancelled session and
/// days up to the latest held session; otherwise none.
[[nodiscard]] std::optional<NextSession> next_session(
    const SessionFacts& facts, const std::optional<SessionSchedule>& schedule, const Clock& clock);

/// For `session add` with a day but no time: the time the session was expected that day (the
/// scheduled session's, else the regular schedule's) if it is not later than now; otherwise
/// nullopt, and the caller falls back to the current time of day.
[[nodiscard]] std::optional<Instant> expected_time_on(
    Day day, const std::optional<Session>& scheduled,
    const std::optional<SessionSchedule>& schedule, const Clock& clock);

/// True if recording a held session on `held_day` fulfils the scheduled session (which then
/// becomes the held one rather than staying behind): it was due on that day or before.
[[nodiscard]] bool fulfils(const Session& scheduled, Day held_day);

/// What is wrong with a session's time for its status, in words naming `typed` (the WHEN as
/// written): one that took place cannot be later than now, and one scheduled must be later
/// than now. nullopt when the time is fine; a cancelled session's time always is.
[[nodiscard]] std::optional<std::string> session_time_problem(SessionStatus status,
                                                              const Instant& at,
                                                              std::string_view typed,
                                                              const Clock& clock);

/// The time of day for `session next` when WHEN has one, else the regular schedule's; nullopt
/// when neither gives one, and then usual_time decides.
[[nodiscard]] std::optional<TimeOfDay> next_session_time(
    const std::optional<TimeOfDay>& typed, const std::optional<SessionSchedule>& schedule);

/// The time of day of the usual appointment: that of the session already scheduled, else of
/// the latest held one ("tend session next thu" moves it to Thursday); nullopt with neither.
[[nodiscard]] std::optional<TimeOfDay> usual_time(const std::optional<Session>& scheduled,
                                                  const std::optional<Session>& latest_held);

/// A session to write, and whether it takes the place of one already recorded.
struct SessionWrite {
    Session session;        ///< with the id and UUID of the record it replaces, if it replaces one
    bool replaces = false;  ///< update that record; otherwise insert a new one
    std::optional<Instant> moved_from;  ///< `session next`: the time the scheduled one had
};

/// `session add`: the held session takes the place of the scheduled one when it fulfils it,
/// keeping its id, its UUID and, unless `note_given`, its note; otherwise it is a new record.
[[nodiscard]] SessionWrite held_session_write(Session held, const std::optional<Session>& scheduled,
                                              bool note_given);

/// `session next`: the new scheduled session takes the place of the one already scheduled, if
/// any, keeping its id, its UUID and, unless `note_given`, its note; `moved_from` is that one's
/// time when it changes.
[[nodiscard]] SessionWrite next_session_write(Session next, const std::optional<Session>& current,
                                              bool note_given);

/// `session cancel`: the scheduled session cancelled, else a new cancelled record at the next
/// regular time (`next`, from next_session); nullopt when there is neither.
[[nodiscard]] std::optional<SessionWrite> cancellation(const SessionFacts& facts,
                                                       const std::optional<NextSession>& next);

/// The facts as they will be once `write` is saved: a held session the latest held when it is
/// later, a cancelled one's day cancelled, and a scheduled session it replaces gone.
[[nodiscard]] SessionFacts with_write(SessionFacts facts, const SessionWrite& write);

/// `session cancel WHEN`: the session expected on `day` cancelled: the scheduled session if it
/// falls on that day, else a new cancelled record at the regular time (`unconfirmed`'s when it
/// is that day's). nullopt when no session is expected that day; a held one cannot be.
[[nodiscard]] std::optional<SessionWrite> cancellation_on(
    Day day, const SessionFacts& facts, const std::optional<UnconfirmedSession>& unconfirmed,
    const std::optional<SessionSchedule>& schedule);

}  // namespace tend::core
