#include "render/dates.hpp"

#include <fmt/format.h>

namespace tend::render {

std::string weekday_and_day(core::Day day) {
    return core::format_day_short(day).substr(0, 3) + " " + core::format_day(day);
}

std::string day_and_time(const core::Instant& at) {
    return fmt::format("{} at {}", core::format_day_short(core::day_of(at)), core::format_hhmm(at));
}

}  // namespace tend::render
