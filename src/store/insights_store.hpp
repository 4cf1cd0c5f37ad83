// What the insights read from the store: the moods of a window with their local time and tags.
// The homework days come from load_homework_marks (store/homework_store.hpp). A window over
// most of the history reads the table in the order it is stored; a shorter one searches the day
// index, so that its cost follows the window.
#pragma once

#include "core/clock.hpp"
#include "core/mood_history.hpp"
#include "store/database.hpp"

namespace tend::store {

/// Every mood of the days [from, to], with the local time it was written at and its tags;
/// with `shared_only`, the moods not marked private.
[[nodiscard]] core::MoodHistory mood_history(Database& db, core::Day from, core::Day to,
                                             bool shared_only = false);

}  // namespace tend::store
