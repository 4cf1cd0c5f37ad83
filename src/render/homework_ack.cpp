// The short lines that answer homework actions (declared in homework_view.hpp): they notice
// the effort of a check-off, record a skip neutrally, and never blame.
#include <fmt/format.h>

#include "render/homework_view.hpp"
#include "util/text.hpp"

namespace tend::render {
namespace {

std::string weekly_praise(const CheckoffProgress& p) {
    auto which = p.this_week ? "this week" : "that week";
    if (p.week_done > p.week_planned)
        return fmt::format("{} {}, more than the {} planned", p.week_done, which, p.week_planned);
    auto out = fmt::format("{} of {} {}", p.week_done, p.week_planned, which);
    if (p.this_week && p.week_done >= p.week_planned && p.history.current_streak >= 2)
        out += ", " + streak_text(core::StreakUnit::weeks, p.history.current_streak);
    return out;
}

std::string praise(const core::Homework& hw, const core::Checkoff& c, const CheckoffProgress& p) {
    const auto& s = hw.schedule;
    const auto& h = p.history;
    switch (s.kind) {
        case core::ScheduleKind::once:
            return "that one is done";
        case core::ScheduleKind::weekly:
            return weekly_praise(p);
        case core::ScheduleKind::daily:
        case core::ScheduleKind::days:
            break;
    }
    if (!core::scheduled_on(s, c.day)) return "an extra one, beyond " + describe_schedule(s);
    if (h.current_streak >= 2) return streak_text(h.streak_unit, h.current_streak);
    if (h.done + h.extra == 1) return "the first one";
    return fmt::format("{} done so far", h.done + h.extra);
}

}  // namespace

std::string homework_added(const core::Homework& hw, const Style& style) {
    std::string about = describe_schedule(hw.schedule);
    if (!hw.anchor.empty()) about += ", " + util::truncate(sanitize(hw.anchor), 40);
    if (!hw.steps.empty())
        about += fmt::format(", {} step{}", hw.steps.size(), hw.steps.size() == 1 ? "" : "s");
    return fmt::format("Added homework {}: {} ({}).\n",
                       paint(style, sgr::bold, std::to_string(hw.id)), quoted_title(hw), about);
}

std::string checked_off(const core::Homework& hw, const core::Checkoff& c,
                        const CheckoffProgress& progress, const Style& style) {
    return fmt::format("Checked off {} for {}{}: {}.\n", quoted_title(hw),
                       core::format_day_short(c.day),
                       c.status == core::CheckoffStatus::plan ? ", done with the backup plan" : "",
                       paint(style, sgr::green, praise(hw, c, progress)));
}

std::string skip_noted(const core::Homework& hw, const core::Checkoff& c) {
    return fmt::format("Skipped {} for {}{}.\n", quoted_title(hw), core::format_day_short(c.day),
                       c.note.empty() ? "" : "; the reason is noted");
}

std::string already_checked(const core::Homework& hw, const core::Checkoff& existing) {
    auto day = core::format_day_short(existing.day);
    if (existing.status == core::CheckoffStatus::skipped)
        return fmt::format("{} is already noted as skipped for {}.\n", quoted_title(hw), day);
    if (existing.status == core::CheckoffStatus::plan)
        return fmt::format("{} is already checked off for {}, done with the backup plan.\n",
                           quoted_title(hw), day);
    return fmt::format("{} is already checked off for {}; nothing more to do.\n", quoted_title(hw),
                       day);
}

std::string homework_removed(const core::Homework& hw, int checkoffs) {
    std::vector<std::string> parts;
    if (checkoffs > 0) parts.push_back(util::plural(checkoffs, "check-off", "check-offs"));
    if (!hw.steps.empty())
        parts.push_back(util::plural(static_cast<int>(hw.steps.size()), "step", "steps"));
    std::string with;
    if (parts.size() == 1) with = " with its " + parts[0];
    if (parts.size() == 2) with = " with its " + parts[0] + " and " + parts[1];
    return fmt::format("Removed homework {} ({}){}.\n", hw.id, quoted_title(hw), with);
}

std::string checkoff_taken_back(const core::Homework& hw, const core::Checkoff& removed,
                                bool reopened) {
    return fmt::format("Took back the {} of {} for {}.{}\n",
                       core::counts_as_done(removed.status) ? "check-off" : "skip",
                       quoted_title(hw), core::format_day_short(removed.day),
                       reopened ? " It is open again." : "");
}

std::string step_done(const core::Homework& hw, int position, core::LastStep last) {
    std::size_t done = 0;
    std::string text;
    for (const auto& s : hw.steps) {
        if (s.done_at) ++done;
        if (s.position == position) text = s.text;
    }
    auto shown = util::truncate(sanitize(text), 60);
    while (shown.ends_with('.')) shown.pop_back();
    std::string after;
    switch (last) {
        case core::LastStep::completes:
            after =
                fmt::format(" All steps are done, so homework {} is checked off as done.", hw.id);
            break;
        case core::LastStep::stays_open:
            after = fmt::format(
                " All steps are done; homework {} stays open, as {} work is checked off each "
                "time (tend hw done {}).",
                hw.id, describe_schedule(hw.schedule), hw.id);
            break;
        case core::LastStep::closed:
        case core::LastStep::not_last:
            if (done == hw.steps.size()) after = " All steps are done.";
            break;
    }
    return fmt::format("Step {} of {} done: {}.{}\n", position, hw.steps.size(), shown, after);
}

}  // namespace tend::render
