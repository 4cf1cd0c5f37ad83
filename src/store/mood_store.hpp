// Mood ratings in SQLite: every statement about the mood and mood_tag tables.
#pragma once

#include <optional>
#include <vector>

#include "core/mood.hpp"
#include "core/period.hpp"
#include "store/database.hpp"

namespace tend::store {

/// Inserts a mood with its tags (inside the caller's transaction); returns its id.
std::int64_t insert_mood(Database& db, const core::Mood& mood, const core::Instant& now);

/// Moods within a period, oldest first.
[[nodiscard]] std::vector<core::Mood> list_moods(Database& db, const core::Period& period);

/// One mood by id.
[[nodiscard]] std::optional<core::Mood> find_mood(Database& db, std::int64_t id);

/// How many moods are logged on a day.
[[nodiscard]] int count_moods_on(Database& db, core::Day day);

/// Rewrites a mood's score, note and tags.
void update_mood(Database& db, const core::Mood& mood, const core::Instant& now);

/// Deletes a mood (its tags go with it).
void delete_mood(Database& db, std::int64_t id);

}  // namespace tend::store
