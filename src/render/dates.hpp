// Days and times as the listings and acknowledgements show them.
#pragma once

#include <string>

#include "core/clock.hpp"

namespace tend::render {

/// "Wed 2026-11-18": a listing's DAY column.
[[nodiscard]] std::string weekday_and_day(core::Day day);

/// "Tue 17 Nov at 17:00".
[[nodiscard]] std::string day_and_time(const core::Instant& at);

}  // namespace tend::render
