// tend hw done | skip | undo | step done/undo: check-offs of occurrences and of steps.
#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/context.hpp"
#include "cli/homework_shared.hpp"
#include "cli/shared.hpp"
#include "core/adherence.hpp"
#include "core/checkoff.hpp"
#include "core/homework.hpp"
#include "core/validate.hpp"
#include "core/when.hpp"
#include "render/homework_view.hpp"
#include "store/homework_store.hpp"
#include "util/error.hpp"
#include "util/uuid.hpp"

namespace tend::cli {
namespace {

using core::CheckoffStatus;

struct CheckoffArgs {
    std::string id;
    std::optional<std::string> on;
    std::string note;
    bool plan = false;  ///< done with the backup plan instead
};

struct StepArgs {
    std::string id;
    std::string step;
};

/// The day a check-off is for: --on (looking back, not after today), else today.
core::When checkoff_when(const CheckoffArgs& a, const core::Clock& clock) {
    if (!a.on) return {clock.today(), std::nullopt};
    auto when = core::parse_when(*a.on, clock, core::Lean::back, "--on");
    if (when.day > clock.today())
        throw usage_error(
            fmt::format("--on must be today or an earlier day (got {})", core::quoted(*a.on)));
    return when;
}

render::CheckoffProgress progress_of(const core::Homework& hw,
                                     const std::vector<core::Checkoff>& checkoffs, core::Day day,
                                     core::Day today) {
    render::CheckoffProgress p;
    p.history = core::adherence_for(hw, checkoffs, hw.start_day, today, today);
    auto week = core::week_progress(hw, checkoffs, day);
    p.week_done = week.done;
    p.week_planned = week.quota;
    p.this_week = core::week_start(day) == core::week_start(today);
    return p;
}

void check_off(Context& ctx, const CheckoffArgs& a, CheckoffStatus status) {
    if (a.plan) status = CheckoffStatus::plan;
    auto id = core::parse_id(a.id, "homework");
    core::check_text(a.note, "note");
    const auto& clock = ctx.clock();
    auto when = checkoff_when(a, clock);
    auto format = ctx.format();
    auto style = ctx.style();
    auto [db, tx, hw] = HomeworkChange(ctx, id);
    refuse_if_dropped(hw);
    auto decision = core::decide_checkoff(hw, store::checkoffs_of(db, id), when.day, status);
    switch (decision.outcome) {
        case core::CheckoffOutcome::too_early:
            if (!a.on)  // today is before the item began: the clock was set back since
                throw usage_error(fmt::format(
                    "homework {} begins on {}, after today ({}); nothing was checked off", id,
                    core::format_day_short(hw.start_day), core::format_day_short(when.day)));
            throw usage_error(
                fmt::format("--on must be on or after {}, when homework {} was added (got {})",
                            core::format_day_short(hw.start_day), id, core::quoted(*a.on)));
        case core::CheckoffOutcome::refused:
            throw usage_error(
                fmt::format("homework {} is already checked off as done for {}; tend hw undo {} "
                            "takes back the latest check-off",
                            id, core::format_day_short(decision.existing->day), id));
        case core::CheckoffOutcome::already:
            report_change(ctx, format, render::checkoff_json(*decision.existing),
                          render::already_checked(hw, *decision.existing));
            return;
        case core::CheckoffOutcome::replaced:
            store::delete_checkoff(db, decision.existing->id);
            break;
        case core::CheckoffOutcome::recorded:
            break;
    }
    core::Checkoff c{
        0, util::new_uuid(), id, when.day, status, a.note, core::instant_for_record(when, clock)};
    c.id = store::insert_checkoff(db, c, clock.now);
    if (decision.completes) {
        core::close_as_done(hw, when.day);
        store::update_homework(db, hw, clock.now);
    }
    auto checkoffs = store::checkoffs_of(db, id);
    tx.commit();

    report_change(
        ctx, format, render::checkoff_json(c),
        status == CheckoffStatus::skipped
            ? render::skip_noted(hw, c)
            : render::checked_off(hw, c, progress_of(hw, checkoffs, c.day, clock.today()), style));
}

void undo_checkoff(Context& ctx, const std::string& id_text) {
    auto id = core::parse_id(id_text, "homework");
    auto format = ctx.format();
    const auto& clock = ctx.clock();
    auto [db, tx, hw] = HomeworkChange(ctx, id);
    auto last = store::latest_checkoff(db, id);
    if (!last) throw usage_error(fmt::format("homework {} has no check-off to take back", id));
    store::delete_checkoff(db, last->id);
    bool reopened = core::undo_reopens(hw, *last);
    if (reopened) {
        core::reopen(hw);
        store::update_homework(db, hw, clock.now);
    }
    tx.commit();
    report_change(ctx, format, render::checkoff_json(*last),
                  render::checkoff_taken_back(hw, *last, reopened));
}

/// A one-off whose last step is done: checked off as done today, and closed.
void complete_by_steps(store::Database& db, core::Homework& hw, const core::Clock& clock) {
    auto day = clock.today();
    auto decision =
        core::decide_checkoff(hw, store::checkoffs_of(db, hw.id), day, CheckoffStatus::done);
    if (decision.outcome == core::CheckoffOutcome::replaced)
        store::delete_checkoff(db, decision.existing->id);
    if (decision.outcome == core::CheckoffOutcome::recorded ||
        decision.outcome == core::CheckoffOutcome::replaced) {
        core::Checkoff c{0, util::new_uuid(), hw.id, day, CheckoffStatus::done, "", clock.now};
        c.id = store::insert_checkoff(db, c, clock.now);
    }
    core::close_as_done(hw, day);
    store::update_homework(db, hw, clock.now);
}

void mark_step(Context& ctx, const StepArgs& a, bool done) {
    auto id = core::parse_id(a.id, "homework");
    auto number = core::parse_whole_number(a.step);
    if (!number || *number < 1)
        throw usage_error(fmt::format("STEP must be a step number, 1 for the first (got {})",
                                      core::quoted(a.step)));
    auto format = ctx.format();
    const auto& clock = ctx.clock();
    auto [db, tx, hw] = HomeworkChange(ctx, id);
    refuse_if_dropped(hw);
    auto count = static_cast<long long>(hw.steps.size());
    if (*number > count)
        throw usage_error(
            count == 0 ? fmt::format("homework {} has no steps (got step {})", id, *number)
                       : fmt::format("homework {} has steps 1 to {} (got {})", id, count, *number));
    auto& step = hw.steps[static_cast<std::size_t>(*number - 1)];
    bool changed = step.done_at.has_value() != done;
    auto last = core::LastStep::not_last;
    if (changed) {
        step.done_at = done ? std::optional(clock.now) : std::nullopt;
        store::set_step_done(db, id, step.position, step.done_at);
        if (done) last = core::last_step_outcome(hw);
        if (last == core::LastStep::completes) complete_by_steps(db, hw, clock);
        tx.commit();
    }
    std::string said;
    if (!changed)
        said = fmt::format("Step {} is {}.\n", step.position,
                           done ? "already done" : "not marked done");
    else if (done)
        said = render::step_done(hw, step.position, last);
    else
        said = fmt::format("Step {} is no longer marked done.\n", step.position);
    report_change(ctx, format, render::homework_json(hw), said);
}

void add_checkoff_command(CLI::App* hw, Context& ctx, const char* name, const char* about,
                          CheckoffStatus status) {
    auto* cmd = hw->add_subcommand(name, about);
    auto args = std::make_shared<CheckoffArgs>();
    cmd->add_option("ID", args->id, "The homework's id (tend hw shows it)")->required();
    cmd->add_option("--on", args->on, "The day it is for, if not today")->type_name("WHEN");
    cmd->add_option(
           "--note", args->note,
           status == CheckoffStatus::done ? "A few words on how it went" : "Why it was skipped")
        ->type_name("TEXT");
    if (status == CheckoffStatus::done)
        cmd->add_flag("--plan", args->plan,
                      "Did the backup plan instead (counted as done, shown as such)");
    cmd->callback([&ctx, args, status] { check_off(ctx, *args, status); });
}

}  // namespace

void add_checkoff_commands(CLI::App* hw, Context& ctx) {
    add_checkoff_command(hw, ctx, "done", "Check off today's (or --on's) occurrence",
                         CheckoffStatus::done);
    add_checkoff_command(hw, ctx, "skip", "Record a skip, with its reason in --note",
                         CheckoffStatus::skipped);

    add_id_command(*hw, ctx, "undo", "Take back the latest check-off or skip", "The homework's id",
                   undo_checkoff);

    auto* step = hw->add_subcommand("step", "Check off one step of an item");
    step->require_subcommand(1);
    for (bool done : {true, false}) {
        auto* cmd =
            step->add_subcommand(done ? "done" : "undo", done ? "Check off step STEP of item ID"
                                                              : "Mark step STEP not done again");
        auto sargs = std::make_shared<StepArgs>();
        cmd->add_option("ID", sargs->id, "The homework's id")->required();
        cmd->add_option("STEP", sargs->step, "The step's number, 1 for the first")->required();
        cmd->callback([&ctx, sargs, done] { mark_step(ctx, *sargs, done); });
    }
}

}  // namespace tend::cli
