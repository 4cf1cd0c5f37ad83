// The aggregate queries behind the pre-session summary. Each one selects on an indexed day
// column, so its cost follows the size of the window, not the size of the history, and keeps
// the moods recorded in [start, end) (a window opened by a session starts at its time).
#pragma once

#include <vector>

#include "core/mood_stats.hpp"
#include "store/database.hpp"

namespace tend::store {

/// The instants a window runs between: start included, end excluded.
struct Span {
    core::Instant start;
    core::Instant end;
    bool shared_only = false;  ///< leave private moods out (`[privacy] count_private = false`)
};

/// Per-day mood aggregates for the days in [from, to] that have moods, in day order.
[[nodiscard]] std::vector<core::DayAggregate> mood_days(Database& db, core::Day from, core::Day to,
                                                        const Span& span);

/// The note of the first mood with this score on this day (empty if none); with
/// `shared_notes`, of the first shared one.
[[nodiscard]] std::string mood_note(Database& db, core::Day day, int score, const Span& span,
                                    bool shared_notes);

/// The mood figures of a summary at once: the window's days and tags, its private moods, and
/// the totals of the window it is compared with.
struct WindowMoods {
    std::vector<core::DayAggregate> days;  ///< as mood_days
    std::vector<core::TagStats> tags;      ///< as mood_tags
    int private_moods = 0;                 ///< as count_private_moods
    core::Totals previous;                 ///< as mood_totals over the window before
};

/// What mood_days, mood_tags and count_private_moods give for [from, to] in `span`, and
/// mood_totals for [previous_from, previous_to] in `previous_span`. Windows that cover much of
/// the history are read in one pass over the mood table in the order it is stored, with each
/// mood's tags matched as it comes; shorter ones search the day index, as those functions do.
[[nodiscard]] WindowMoods window_moods(Database& db, core::Day from, core::Day to, const Span& span,
                                       core::Day previous_from, core::Day previous_to,
                                       const Span& previous_span);

/// How many private moods there are in [from, to].
[[nodiscard]] int count_private_moods(Database& db, core::Day from, core::Day to, const Span& span);

/// Mood entries and their total in [from, to].
[[nodiscard]] core::Totals mood_totals(Database& db, core::Day from, core::Day to,
                                       const Span& span);

/// Each tag used in [from, to] with its count and mean mood.
[[nodiscard]] std::vector<core::TagStats> mood_tags(Database& db, core::Day from, core::Day to,
                                                    const Span& span);

}  // namespace tend::store
