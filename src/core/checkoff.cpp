// The check-off rules: done, skip and undo, decided from the item and its check-offs.
#include "core/checkoff.hpp"

namespace tend::core {
namespace {

std::optional<Checkoff> checkoff_on(const std::vector<Checkoff>& all, Day day) {
    for (const auto& c : all)
        if (c.day == day) return c;
    return std::nullopt;
}

/// The latest done check-off of the list (they come oldest first).
std::optional<Checkoff> last_done(const std::vector<Checkoff>& all) {
    std::optional<Checkoff> found;
    for (const auto& c : all)
        if (counts_as_done(c.status)) found = c;
    return found;
}

}  // namespace

CheckoffDecision decide_checkoff(const Homework& hw, const std::vector<Checkoff>& checkoffs,
                                 Day day, CheckoffStatus status) {
    if (day < hw.start_day) return {CheckoffOutcome::too_early, std::nullopt, false};
    auto same_day = checkoff_on(checkoffs, day);
    auto done = hw.status == HomeworkStatus::done ? last_done(checkoffs) : std::nullopt;
    bool day_done = same_day && counts_as_done(same_day->status);
    if (status == CheckoffStatus::skipped && (done || day_done))
        return {CheckoffOutcome::refused, done ? done : same_day, false};
    if (done) return {CheckoffOutcome::already, done, false};
    if (same_day && same_day->status == status) return {CheckoffOutcome::already, same_day, false};
    bool completes = counts_as_done(status) && !is_recurring(hw.schedule);
    // A day with a check-off of another kind here is a skip turned into done, or a done as
    // set and one with the backup plan taking each other's place.
    if (same_day) return {CheckoffOutcome::replaced, same_day, completes};
    return {CheckoffOutcome::recorded, std::nullopt, completes};
}

LastStep last_step_outcome(const Homework& hw) {
    if (hw.steps.empty()) return LastStep::not_last;
    for (const auto& s : hw.steps)
        if (!s.done_at) return LastStep::not_last;
    if (hw.status != HomeworkStatus::open) return LastStep::closed;
    return is_recurring(hw.schedule) ? LastStep::stays_open : LastStep::completes;
}

bool undo_reopens(const Homework& hw, const Checkoff& latest) {
    return hw.status == HomeworkStatus::done && counts_as_done(latest.status) &&
           !is_recurring(hw.schedule);
}

void close_as_done(Homework& hw, Day day) {
    hw.status = HomeworkStatus::done;
    hw.end_day = day;
}

void reopen(Homework& hw) {
    hw.status = HomeworkStatus::open;
    hw.end_day.reset();
}

}  // namespace tend::core
