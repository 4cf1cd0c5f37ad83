// Goals: the records (a goal, its milestones, its ratings) and the rules that need no database:
// how close a goal feels, rated from 0 to 10 in the manner of Goal-Based Outcomes, and the
// numbers by which a goal's milestones are named.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/choices.hpp"
#include "core/clock.hpp"

namespace tend::core {

enum class GoalStatus { open, done, dropped };

/// The stored names of a goal's statuses.
inline constexpr Choices<GoalStatus, 3> goal_statuses{{{
    {"open", GoalStatus::open},
    {"done", GoalStatus::done},
    {"dropped", GoalStatus::dropped},
}}};

/// One step on the way to a goal, numbered from 1 in the order it was added.
struct Milestone {
    int position = 0;
    std::string uuid;
    std::string text;
    std::optional<Instant> done_at;
};

/// How close a goal felt at one moment, with an optional note.
struct GoalRating {
    std::int64_t id = 0;
    std::string uuid;
    std::int64_t goal_id = 0;
    Instant at;
    Day day;
    int rating = 0;
    std::string note;
};

struct Goal {
    std::int64_t id = 0;
    std::string uuid;
    std::string title;
    std::string why;  ///< why it matters; may be empty
    GoalStatus status = GoalStatus::open;
    Day start_day;               ///< the day it was set
    std::optional<Day> end_day;  ///< the day it was done or dropped
    std::vector<Milestone> milestones;
    std::vector<GoalRating> ratings;  ///< oldest first
};

/// "open", "done", "dropped" (the stored names); and back.
[[nodiscard]] std::string_view goal_status_name(GoalStatus status);
[[nodiscard]] std::optional<GoalStatus> parse_goal_status(std::string_view text);

/// A goal's title from the words typed, or a milestone's or why's text (`what` names it in
/// messages): trimmed. Throws a usage error when it is empty or not valid user text.
[[nodiscard]] std::string goal_text(std::string_view text, std::string_view what);

inline constexpr int min_goal_rating = 0;   ///< "not at all close"
inline constexpr int max_goal_rating = 10;  ///< "the goal is reached"

/// A rating from its text: a whole number from 0 to 10. Throws a usage error otherwise.
[[nodiscard]] int parse_goal_rating(std::string_view text);

/// A milestone's number from its text, for a goal with `count` milestones numbered from 1 in
/// the order they were added: a whole number from 1 to `count`. Throws a usage error otherwise,
/// saying so when the goal has no milestones at all.
[[nodiscard]] std::size_t parse_milestone_number(std::string_view text, std::size_t count);

}  // namespace tend::core
