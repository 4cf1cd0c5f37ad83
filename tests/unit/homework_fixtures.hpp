// Homework items for the schedule and adherence tests: a schedule and an item in one call.
#pragma once

#include <cstdint>
#include <optional>

#include "core/homework.hpp"

namespace tend::test {

inline core::Schedule sched(core::ScheduleKind kind, std::optional<core::Day> due = {},
                            core::WeekdayMask days = 0, int per_week = 0) {
    return {kind, due, days, per_week};
}

inline core::Homework item(core::Schedule s, core::Day start, std::int64_t id = 1) {
    core::Homework h;
    h.id = id;
    h.title = "t";
    h.schedule = s;
    h.start_day = start;
    return h;
}

}  // namespace tend::test
