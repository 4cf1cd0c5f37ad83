// Goals in SQLite: every statement about the goal, goal_milestone and goal_rating tables, and
// the goal a piece of homework serves (homework.goal_id).
#pragma once

#include <optional>
#include <vector>

#include "core/goal.hpp"
#include "store/database.hpp"

namespace tend::store {

/// Inserts a goal with its milestones (inside the caller's transaction); returns its id.
std::int64_t insert_goal(Database& db, const core::Goal& goal, const core::Instant& now);

/// One goal by id, with its milestones and ratings.
[[nodiscard]] std::optional<core::Goal> find_goal(Database& db, std::int64_t id);

/// Goals with their milestones and ratings, by id: the open ones, or all of them.
[[nodiscard]] std::vector<core::Goal> list_goals(Database& db, bool include_closed);

/// The goals set on or before a day and not closed before another (open in [from, to]), with
/// their milestones and ratings, by id.
[[nodiscard]] std::vector<core::Goal> goals_in_window(Database& db, core::Day from, core::Day to);

/// Rewrites a goal's title, why, status and end day (not its milestones or ratings).
void update_goal(Database& db, const core::Goal& goal, const core::Instant& now);

/// Appends a milestone (its position is the caller's: one past the last).
void insert_milestone(Database& db, std::int64_t goal_id, const core::Milestone& milestone);

/// Marks a milestone met at an instant, or not met.
void set_milestone_done(Database& db, std::int64_t goal_id, int position,
                        const std::optional<core::Instant>& at);

/// Inserts a rating; returns its id.
std::int64_t insert_goal_rating(Database& db, const core::GoalRating& rating,
                                const core::Instant& now);

/// Links a piece of homework to the goal it serves, or unlinks it.
void set_homework_goal(Database& db, std::int64_t homework_id,
                       const std::optional<std::int64_t>& goal_id);

/// The goal a piece of homework serves, if any.
[[nodiscard]] std::optional<std::int64_t> goal_of_homework(Database& db, std::int64_t homework_id);

/// The ids of the homework serving a goal, by id.
[[nodiscard]] std::vector<std::int64_t> homework_of_goal(Database& db, std::int64_t goal_id);

}  // namespace tend::store
