#include "core/homework_days.hpp"

#include <algorithm>
#include <optional>

#include "core/adherence.hpp"

namespace tend::core {

HomeworkDays homework_days(const Homework& hw, std::span<const Checkoff> checkoffs, Day from,
                           Day to, Day today) {
    HomeworkDays out;
    out.homework_id = hw.id;
    out.title = hw.title;
    if (!is_recurring(hw.schedule)) return out;
    auto marks = checkoff_marks(hw, checkoffs);
    auto last = last_active_day(hw, marks);
    auto first_day = std::max(from, hw.start_day);
    auto last_day = last ? std::min(to, *last) : to;
    const bool weekly = hw.schedule.kind == ScheduleKind::weekly;
    for (auto day = first_day; day <= last_day; day = add_days(day, 1)) {
        auto mark = marks.find(day);
        bool checked = mark != marks.end();
        bool done = checked && counts_as_done(mark->second);
        if (done) {
            out.days.push_back({day, true});
            continue;
        }
        if (!weekly && !scheduled_on(hw.schedule, day)) continue;
        // Unchecked, it is pending until its time has passed, and the day it was set is a day
        // of grace; a skip counts whenever it was made.
        if (!checked && (day >= today || day == hw.start_day)) continue;
        out.days.push_back({day, false});
    }
    return out;
}

}  // namespace tend::core
