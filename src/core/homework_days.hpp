// The days of recurring homework, each done or not: what the insights compare moods across.
// Built from the item's schedule and check-offs by the rules of core/adherence.hpp, so that a
// day counts here exactly when it counts there. Pure: no SQLite, no terminal.
//
// The rules, in words:
// - Only recurring work (daily, days, weekly) has days to compare; a one-off has one day at
//   most and is left out.
// - The days are those adherence counts: from the item's start day (the day it was set only if
//   it was checked off that day), and for a dropped item up to the day before its drop day (the
//   drop day itself only if it was checked off); within the window [from, to].
// - daily/days: a scheduled day is done when it was checked off done, not done when it was
//   skipped (whenever) or when it passed unchecked; today (or a later day) unchecked is
//   pending and left out. A days-schedule's unscheduled day checked off done counts as done.
// - weekly (N times in any week): the schedule leaves each day open, so every day of the span
//   is a day it could have been done: done when checked off done, not done otherwise once
//   the day has passed.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/homework.hpp"

namespace tend::core {

/// One day of an item: done, or due (or open) and not done.
struct HomeworkDay {
    Day day;
    bool done = false;
    friend bool operator==(const HomeworkDay&, const HomeworkDay&) = default;
};

/// An item's days in a window, in order of day.
struct HomeworkDays {
    std::int64_t homework_id = 0;
    std::string title;
    std::vector<HomeworkDay> days;
};

/// The days of one item in [from, to], as of `today`. `checkoffs` may hold other items'
/// check-offs; they are ignored. Empty for a one-off.
[[nodiscard]] HomeworkDays homework_days(const Homework& homework,
                                         std::span<const Checkoff> checkoffs, Day from, Day to,
                                         Day today);

}  // namespace tend::core
