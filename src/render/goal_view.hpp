// How goals look: the listing, one goal in full with its milestones, ratings and homework, and
// the acknowledgements, in text, Markdown and JSON.
#pragma once

#include <string>
#include <vector>

#include "core/goal.hpp"
#include "core/options.hpp"
#include "render/homework_view.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// The record: id, uuid, title, why, status, start_day, end_day, milestones [{number, text,
/// done, done_at}], ratings [{id, uuid, at, day, rating, note}].
[[nodiscard]] Json goal_json(const core::Goal& goal);

/// A rating: id, uuid, goal_id, at, day, rating, note.
[[nodiscard]] Json goal_rating_json(const core::GoalRating& rating);

/// "3 of 5 milestones met", or "no milestones".
[[nodiscard]] std::string milestones_met(const core::Goal& goal);

/// "first 2 (Mon 2 Nov), latest 6 (Tue 17 Nov)", "rated 4 (Mon 2 Nov)" or "not rated yet".
[[nodiscard]] std::string rating_span(const core::Goal& goal);

/// The listing, by id; `all` says whether done and dropped goals were asked for.
[[nodiscard]] std::string goal_list(const std::vector<core::Goal>& goals, bool all,
                                    core::Format format, const Style& style);

/// One goal in full, with the homework serving it and its adherence.
[[nodiscard]] std::string goal_card(const core::Goal& goal,
                                    const std::vector<HomeworkLine>& homework, core::Format format,
                                    const Style& style);

/// "Added goal 1: "Feel at ease with colleagues" (2 milestones)."
[[nodiscard]] std::string goal_added(const core::Goal& goal);

/// "Rated goal 1 at 6 of 10 (was 4 on Mon 2 Nov)."
[[nodiscard]] std::string goal_rated(const core::Goal& goal, const core::GoalRating& rating);

}  // namespace tend::render
