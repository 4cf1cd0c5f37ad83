// Therapy sessions, the clock of tend: the record, the regular schedule from config, and the
// rules for which session is the next one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"

namespace tend::core {

enum class SessionStatus { held, scheduled, cancelled };

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
    /// Days, from today on, with a cancelled session: the regular schedule skips them.
    std::vector<Day> cancelled_days;
};

/// The next session, as far as tend knows it.
struct NextSession {
    Instant at;
    /// The scheduled session it is; nullopt when it comes from the regular schedule.
    std::optional<Session> session;
    [[nodiscard]] bool from_schedule() const { return !session.has_value(); }
};

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

}  // namespace tend::core
