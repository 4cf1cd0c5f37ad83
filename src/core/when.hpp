// The WHEN grammar of the command line: today, yesterday, tomorrow, 2026-11-20,
// "2026-11-20 18:30", 2026-11-20T18:30, 18:30, weekday names, 3d ago / -3d / in 2d / +2d
// (also weeks, months and years: 2w, 6mo, 1y), and a span alone (6mo: back or ahead as the
// option looks).
#pragma once

#include <optional>
#include <string_view>

#include "core/choices.hpp"
#include "core/clock.hpp"

namespace tend::core {

/// Which way a weekday name points: the most recent such day, or the next one (today included).
enum class Lean { back, ahead };

/// A parsed WHEN: a local day, with a time of day when one was given.
struct When {
    Day day;
    std::optional<TimeOfDay> time;
    bool weekday = false;  ///< the day was named by its weekday ("fri"), not a date or a count
};

/// Parses a WHEN relative to the clock. Throws a usage error naming `option` and the value and
/// listing the accepted forms.
[[nodiscard]] When parse_when(std::string_view text, const Clock& clock, Lean lean,
                              std::string_view option);

/// The instant a WHEN names for a record: its time when given; otherwise, on today, now; on any
/// other day, the current time of day on that day.
[[nodiscard]] Instant instant_for_record(const When& when, const Clock& clock);

/// The instant `--at TEXT` names for something that already happened (a mood, a win), as
/// instant_for_record; refused with a usage error naming `option` when it lies in the future.
[[nodiscard]] Instant past_instant(std::string_view text, const Clock& clock,
                                   std::string_view option);

/// The weekdays' names, Monday = 0 ... Sunday = 6: the short names (mon ... sun, in order) are
/// the ones offered and written; the full names and the other abbreviations are read too.
inline constexpr Choices<int, 18> weekdays{{{
    {"mon", 0},
    {.word = "monday", .value = 0, .offered = false},
    {"tue", 1},
    {.word = "tues", .value = 1, .offered = false},
    {.word = "tuesday", .value = 1, .offered = false},
    {"wed", 2},
    {.word = "weds", .value = 2, .offered = false},
    {.word = "wednesday", .value = 2, .offered = false},
    {"thu", 3},
    {.word = "thur", .value = 3, .offered = false},
    {.word = "thurs", .value = 3, .offered = false},
    {.word = "thursday", .value = 3, .offered = false},
    {"fri", 4},
    {.word = "friday", .value = 4, .offered = false},
    {"sat", 5},
    {.word = "saturday", .value = 5, .offered = false},
    {"sun", 6},
    {.word = "sunday", .value = 6, .offered = false},
}}};

/// Monday = 0 ... Sunday = 6 for a weekday name (`mon`, `tue`, `tuesday`, ..., any case);
/// nullopt for anything else.
[[nodiscard]] std::optional<int> parse_weekday(std::string_view name);

/// The accepted forms, for error messages and help.
[[nodiscard]] std::string_view when_forms();

}  // namespace tend::core
