// Time for tend: instants with the UTC offset in force, local calendar days, and "now"
// (read once per command, fixed by TEND_NOW). Conversions honour TZ through localtime_r/mktime,
// since GCC 12's <chrono> has no time-zone database.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tend::core {

using Day = std::chrono::year_month_day;

/// A point in time together with the UTC offset that was in force where it was written.
struct Instant {
    std::int64_t utc = 0;     ///< seconds since the Unix epoch
    std::int32_t offset = 0;  ///< seconds east of UTC at that instant, local time
    friend bool operator==(const Instant&, const Instant&) = default;
};

/// A local wall-clock time of day.
struct TimeOfDay {
    int hour = 0;
    int minute = 0;
    int second = 0;
    friend bool operator==(const TimeOfDay&, const TimeOfDay&) = default;
};

/// The days tend keeps records on: 1970-01-01 to 9999-12-31. Outside them a day would not
/// survive being stored and read back (years of five digits, instants before the epoch).
[[nodiscard]] bool in_supported_range(Day day);

/// "from 1970-01-01 to 9999-12-31", for messages.
inline constexpr std::string_view supported_range = "from 1970-01-01 to 9999-12-31";

/// The local calendar day of an instant, using the offset it carries.
[[nodiscard]] Day day_of(const Instant& at);

/// The local wall-clock time of an instant, using the offset it carries.
[[nodiscard]] TimeOfDay time_of(const Instant& at);

/// The instant of a local date and time in the current TZ. A time skipped by a daylight-saving
/// change moves forward by the size of the gap; an ambiguous one takes the earlier instant.
[[nodiscard]] Instant local_instant(Day day, TimeOfDay time);

/// The instant of local midnight starting a day.
[[nodiscard]] inline Instant start_of(Day day) {
    return local_instant(day, {0, 0, 0});
}

/// The same instant as seen in the current TZ (its offset recomputed).
[[nodiscard]] Instant in_local_zone(std::int64_t utc);

/// `2026-11-20`.
[[nodiscard]] std::string format_day(Day day);

/// `2026-11-20T08:30:00+01:00`, local time with offset.
[[nodiscard]] std::string format_iso(const Instant& at);

/// `Thu 20 Nov`.
[[nodiscard]] std::string format_day_short(Day day);

/// `08:30`.
[[nodiscard]] std::string format_hhmm(const Instant& at);

/// Parses `YYYY-MM-DD` strictly; nullopt unless it is a real calendar day.
[[nodiscard]] std::optional<Day> parse_day(std::string_view text);

/// Parses an ISO 8601 instant as written by format_iso (offset `Z` or `±HH:MM`); nullopt if not.
[[nodiscard]] std::optional<Instant> parse_iso(std::string_view text);

/// Days between two calendar days (b - a).
[[nodiscard]] int days_between(Day a, Day b);

/// `day` moved by n days.
[[nodiscard]] Day add_days(Day day, int n);

/// Monday = 0 ... Sunday = 6.
[[nodiscard]] int weekday_index(Day day);

/// The clock of one command: "now", read once.
struct Clock {
    Instant now;
    [[nodiscard]] Day today() const { return day_of(now); }
};

/// The clock from `$TEND_NOW` (ISO 8601 local date-time, e.g. `2026-11-20T08:30`) when set,
/// else the system clock. A malformed TEND_NOW is a usage error naming the value.
[[nodiscard]] Clock clock_from_environment();

}  // namespace tend::core

namespace tend::core {

/// Parses `YYYY-MM-DDTHH:MM[:SS]` or `YYYY-MM-DD HH:MM[:SS]` as local time in the current TZ.
[[nodiscard]] std::optional<Instant> parse_local_datetime(std::string_view text);

/// Parses `HH:MM` or `HH:MM:SS`, 24-hour; the hour may have one digit (`7:30`).
[[nodiscard]] std::optional<TimeOfDay> parse_time_of_day(std::string_view text);

}  // namespace tend::core
