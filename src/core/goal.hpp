// Goal rules that need no database: how close a goal feels, rated from 0 to 10 in the manner of
// Goal-Based Outcomes, and the numbers by which a goal's milestones are named.
#pragma once

#include <cstddef>
#include <string_view>

namespace tend::core {

inline constexpr int min_goal_rating = 0;   ///< "not at all close"
inline constexpr int max_goal_rating = 10;  ///< "the goal is reached"

/// A rating from its text: a whole number from 0 to 10. Throws a usage error otherwise.
[[nodiscard]] int parse_goal_rating(std::string_view text);

/// A milestone's number from its text, for a goal with `count` milestones numbered from 1 in
/// the order they were added: a whole number from 1 to `count`. Throws a usage error otherwise,
/// saying so when the goal has no milestones at all.
[[nodiscard]] std::size_t parse_milestone_number(std::string_view text, std::size_t count);

}  // namespace tend::core
