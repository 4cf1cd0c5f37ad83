#include "core/goal.hpp"

#include <fmt/format.h>

#include "core/validate.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace tend::core {

std::string_view goal_status_name(GoalStatus status) {
    return goal_statuses.word_for(status);
}

std::optional<GoalStatus> parse_goal_status(std::string_view text) {
    return goal_statuses.parse(text);
}

std::string goal_text(std::string_view text, std::string_view what) {
    auto trimmed = std::string(util::trim(text));
    if (trimmed.empty()) throw usage_error(fmt::format("{} must not be empty", what));
    check_text(trimmed, what);
    return trimmed;
}

int parse_goal_rating(std::string_view text) {
    auto value = parse_whole_number(text);
    if (!value || *value < min_goal_rating || *value > max_goal_rating)
        throw usage_error(fmt::format("goal rating must be a whole number from {} to {} (got {})",
                                      min_goal_rating, max_goal_rating, core::quoted(text)));
    return static_cast<int>(*value);
}

std::size_t parse_milestone_number(std::string_view text, std::size_t count) {
    if (count == 0)
        throw usage_error(fmt::format("this goal has no milestones (got {})", core::quoted(text)));
    auto value = parse_whole_number(text);
    if (!value || *value < 1 || static_cast<unsigned long long>(*value) > count)
        throw usage_error(fmt::format("milestone must be a whole number from 1 to {} (got {})",
                                      count, core::quoted(text)));
    return static_cast<std::size_t>(*value);
}

}  // namespace tend::core
