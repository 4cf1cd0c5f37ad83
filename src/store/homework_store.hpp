// Homework in SQLite: every statement about the homework, homework_step and checkoff tables,
// and the two questions homework asks of the session table.
#pragma once

#include <optional>
#include <vector>

#include "core/homework.hpp"
#include "store/database.hpp"

namespace tend::store {

/// Inserts an item with its steps (inside the caller's transaction); returns its id.
std::int64_t insert_homework(Database& db, const core::Homework& homework,
                             const core::Instant& now);

/// One item by id, with its steps.
[[nodiscard]] std::optional<core::Homework> find_homework(Database& db, std::int64_t id);

/// Items with their steps, by id: the open ones, or all of them.
[[nodiscard]] std::vector<core::Homework> list_homework(Database& db, bool include_closed);

/// Rewrites an item's title, schedule, texts, status and end day (not its steps).
void update_homework(Database& db, const core::Homework& homework, const core::Instant& now);

/// Deletes an item; its steps and check-offs go with it.
void delete_homework(Database& db, std::int64_t id);

/// Marks a step done at an instant, or not done.
void set_step_done(Database& db, std::int64_t homework_id, int position,
                   const std::optional<core::Instant>& at);

/// Every check-off of an item, by day.
[[nodiscard]] std::vector<core::Checkoff> checkoffs_of(Database& db, std::int64_t homework_id);

/// The check-offs of the items in the list, by item and day.
[[nodiscard]] std::vector<core::Checkoff> checkoffs_of(Database& db,
                                                       const std::vector<core::Homework>& items);

/// The check-offs of the items in the list from a day on, by item and day: an index range per
/// item, however long their history.
[[nodiscard]] std::vector<core::Checkoff> checkoffs_since(Database& db,
                                                          const std::vector<core::Homework>& items,
                                                          core::Day from);

/// Inserts a check-off; returns its id. The caller has made sure the day is free.
std::int64_t insert_checkoff(Database& db, const core::Checkoff& checkoff,
                             const core::Instant& now);

/// The check-off recorded last for an item (by when it was recorded), if any.
[[nodiscard]] std::optional<core::Checkoff> latest_checkoff(Database& db, std::int64_t homework_id);

/// Deletes a check-off.
void delete_checkoff(Database& db, std::int64_t id);

/// What the adherence of a window needs: the items active in it and their check-offs.
struct HomeworkWindow {
    std::vector<core::Homework> homework;   ///< by id, with their steps
    std::vector<core::Checkoff> checkoffs;  ///< all of those items' check-offs, by item and day
};

/// The items whose days [start_day, end_day] meet the window [from, to], whatever their status,
/// and every check-off of theirs (the current streak may reach back before the window), without
/// the check-offs' UUIDs (what a summary shows of them is their day, status and note). Two
/// queries: one over homework (a row per item ever assigned), and one over checkoff that walks
/// its (homework_id, day) index, or for a window that most items meet, reads the table once in
/// the order it is stored.
[[nodiscard]] HomeworkWindow load_homework_window(Database& db, core::Day from, core::Day to);

/// The same items and check-offs with only what adherence counts: the items' schedules, status
/// and days (no texts or steps) and the check-offs' items, days, status and times (no UUID or
/// note). Years of check-offs cost a third less read so.
[[nodiscard]] HomeworkWindow load_homework_marks(Database& db, core::Day from, core::Day to);

}  // namespace tend::store
