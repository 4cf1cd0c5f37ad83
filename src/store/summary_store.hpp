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

/// How many private moods there are in [from, to].
[[nodiscard]] int count_private_moods(Database& db, core::Day from, core::Day to, const Span& span);

/// Mood entries and their total in [from, to].
[[nodiscard]] core::Totals mood_totals(Database& db, core::Day from, core::Day to,
                                       const Span& span);

/// Each tag used in [from, to] with its count and mean mood.
[[nodiscard]] std::vector<core::TagStats> mood_tags(Database& db, core::Day from, core::Day to,
                                                    const Span& span);

}  // namespace tend::store
