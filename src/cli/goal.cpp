// tend goal add | list | show | rate | milestone done | edit | done | drop: goals set with the
// therapist, rated from 0 to 10 as they come closer, with milestones and the homework serving
// them.
#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/context.hpp"
#include "cli/shared.hpp"
#include "core/adherence.hpp"
#include "core/goal.hpp"
#include "core/validate.hpp"
#include "core/when.hpp"
#include "render/goal_view.hpp"
#include "store/goal_store.hpp"
#include "store/homework_store.hpp"
#include "util/error.hpp"
#include "util/uuid.hpp"

namespace tend::cli {
namespace {

struct GoalAddArgs {
    std::vector<std::string> title;
    std::optional<std::string> why;
    std::vector<std::string> milestones;
};

struct RateArgs {
    std::string id;
    std::string rating;
    std::optional<std::string> note;
    std::string at;
};

struct GoalEditArgs {
    std::string id;
    std::optional<std::string> title;
    std::optional<std::string> why;
    std::vector<std::string> milestones;
};

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

/// The goal with this id; a usage error if there is none (or no database at all yet).
core::Goal existing_goal(store::Database* db, std::int64_t id) {
    return existing(db, id, goal_record, store::find_goal);
}

void refuse_if_closed(const core::Goal& g, std::string_view what) {
    if (g.status != core::GoalStatus::open)
        throw usage_error(fmt::format("goal {} is {} ({}); a closed goal takes no more {}", g.id,
                                      core::goal_status_name(g.status),
                                      core::format_day_short(g.end_day.value_or(g.start_day)),
                                      what));
}

std::vector<core::Milestone> new_milestones(const std::vector<std::string>& texts, int after) {
    std::vector<core::Milestone> out;
    for (const auto& text : texts)
        out.push_back({after + static_cast<int>(out.size()) + 1, util::new_uuid(),
                       core::goal_text(text, "--milestone"), std::nullopt});
    return out;
}

/// Prints the goal as JSON, or the acknowledgement.
void report(Context& ctx, core::Format format, const core::Goal& g, const std::string& said) {
    report_change(ctx, format, render::goal_json(g), said);
}

void add_goal(Context& ctx, const GoalAddArgs& a) {
    core::Goal g;
    g.title = core::goal_text(joined(a.title), "a goal's title");
    if (a.why) g.why = std::string(core::check_text(*a.why, "--why"));
    g.milestones = new_milestones(a.milestones, 0);
    const auto& clock = ctx.clock();
    g.uuid = util::new_uuid();
    g.start_day = clock.today();
    auto format = ctx.format();
    insert_new(ctx, g, store::insert_goal);
    report(ctx, format, g, render::goal_added(g));
}

void list_goals(Context& ctx, bool all) {
    auto format = ctx.format();
    auto style = ctx.style();
    auto goals =
        read_existing(ctx, [&](store::Database& db) { return store::list_goals(db, all); });
    ctx.print(render::goal_list(goals, all, format, style));
}

void show_goal(Context& ctx, const std::string& id_text) {
    auto id = core::parse_id(id_text, "goal");
    auto format = ctx.format();
    auto style = ctx.style();
    auto* db = ctx.existing_db();
    auto g = existing_goal(db, id);
    auto today = ctx.clock().today();
    std::vector<render::HomeworkLine> lines;
    for (auto hw_id : store::homework_of_goal(*db, id)) {
        auto hw = store::find_homework(*db, hw_id);
        if (!hw) continue;
        auto checkoffs = store::checkoffs_of(*db, hw_id);
        lines.push_back({*hw, core::today_state(*hw, checkoffs, today),
                         core::adherence_for(*hw, checkoffs, hw->start_day, today, today)});
    }
    ctx.print(render::goal_card(g, lines, format, style));
}

void rate_goal(Context& ctx, const RateArgs& a) {
    auto id = core::parse_id(a.id, "goal");
    core::GoalRating r;
    r.rating = core::parse_goal_rating(a.rating);
    if (a.note) r.note = std::string(core::check_text(*a.note, "--note"));
    const auto& clock = ctx.clock();
    date_new(r, a.at.empty() ? clock.now : core::past_instant(a.at, clock, "--at"));
    r.goal_id = id;
    auto format = ctx.format();
    auto* db = ctx.existing_db();
    auto g = existing_goal(db, id);
    refuse_if_closed(g, "ratings");
    store::WriteTransaction tx(*db);
    r.id = store::insert_goal_rating(*db, r, clock.now);
    tx.commit();
    report_change(ctx, format, render::goal_rating_json(r), render::goal_rated(g, r));
}

void milestone_done(Context& ctx, const std::string& id_text, const std::string& number_text) {
    auto id = core::parse_id(id_text, "goal");
    auto format = ctx.format();
    auto* db = ctx.existing_db();
    auto g = existing_goal(db, id);
    auto n = core::parse_milestone_number(number_text, g.milestones.size());
    auto& m = g.milestones[n - 1];
    if (m.done_at)
        throw usage_error(fmt::format("milestone {} of goal {} was already met on {}", n, id,
                                      core::format_day_short(core::day_of(*m.done_at))));
    m.done_at = ctx.clock().now;
    store::WriteTransaction tx(*db);
    store::set_milestone_done(*db, id, m.position, m.done_at);
    tx.commit();
    report(ctx, format, g,
           fmt::format("Milestone {} of goal {} met: {}. {}.\n", n, id, render::sanitize(m.text),
                       render::milestones_met(g)));
}

void edit_goal(Context& ctx, const GoalEditArgs& a) {
    auto id = core::parse_id(a.id, "goal");
    if (!a.title && !a.why && a.milestones.empty())
        throw usage_error("tend goal edit needs --title, --why or --milestone");
    std::optional<std::string> title, why;
    if (a.title) title = core::goal_text(*a.title, "--title");
    if (a.why) why = std::string(core::check_text(*a.why, "--why"));
    auto format = ctx.format();
    auto* db = ctx.existing_db();
    auto g = existing_goal(db, id);
    if (title) g.title = *title;
    if (why) g.why = *why;
    auto added = new_milestones(a.milestones, static_cast<int>(g.milestones.size()));
    store::WriteTransaction tx(*db);
    store::update_goal(*db, g, ctx.clock().now);
    for (const auto& m : added) store::insert_milestone(*db, id, m);
    tx.commit();
    g.milestones.insert(g.milestones.end(), added.begin(), added.end());
    report(ctx, format, g, fmt::format("Updated goal {}.\n", id));
}

void close_goal(Context& ctx, const std::string& id_text, core::GoalStatus status) {
    auto id = core::parse_id(id_text, "goal");
    auto format = ctx.format();
    auto* db = ctx.existing_db();
    auto g = existing_goal(db, id);
    refuse_if_closed(g, "changes of status");
    g.status = status;
    g.end_day = ctx.clock().today();
    store::WriteTransaction tx(*db);
    store::update_goal(*db, g, ctx.clock().now);
    tx.commit();
    report(ctx, format, g,
           status == core::GoalStatus::done
               ? fmt::format("Goal {} is done. Well done.\n", id)
               : fmt::format("Dropped goal {}; its history is kept.\n", id));
}

}  // namespace

void add_goal_commands(CLI::App& app, Context& ctx) {
    auto* goal =
        app.add_subcommand("goal", "Goals set with your therapist, rated as they come closer");
    auto all = std::make_shared<bool>(false);
    goal->add_flag("--all", *all, "Include done and dropped goals");
    when_alone(*goal, [&ctx, all] { list_goals(ctx, *all); });

    auto* add = goal->add_subcommand("add", "Set a goal");
    auto aargs = std::make_shared<GoalAddArgs>();
    add->add_option("TITLE", aargs->title, "The goal, in a few words (quotes optional)")
        ->required();
    add->add_option("--why", aargs->why, "Why it matters to you")->type_name("TEXT");
    add->add_option("--milestone", aargs->milestones,
                    "A step on the way; repeat for several, in order")
        ->type_name("TEXT")
        ->allow_extra_args(false);
    add->callback([&ctx, aargs] { add_goal(ctx, *aargs); });

    auto* list = goal->add_subcommand("list", "List the open goals");
    auto list_all = std::make_shared<bool>(false);
    list->add_flag("--all", *list_all, "Include done and dropped goals");
    list->callback([&ctx, list_all] { list_goals(ctx, *list_all); });

    add_id_command(*goal, ctx, "show", "Show a goal with its milestones, ratings and homework",
                   "The goal's id", show_goal);

    auto* rate = goal->add_subcommand("rate", "Rate how close a goal feels, from 0 to 10");
    auto rargs = std::make_shared<RateArgs>();
    rate->add_option("ID", rargs->id, "The goal's id")->required();
    rate->add_option("RATING", rargs->rating, "0 (not at all close) to 10 (reached)")->required();
    rate->add_option("--note", rargs->note, "A few words on it")->type_name("TEXT");
    rate->add_option("--at", rargs->at, "When, if not now (see WHEN in tend(1))")
        ->type_name("WHEN");
    rate->callback([&ctx, rargs] { rate_goal(ctx, *rargs); });

    auto* milestone = goal->add_subcommand("milestone", "Mark a goal's milestone met");
    milestone->require_subcommand(1);
    auto* done_ms = milestone->add_subcommand("done", "Mark milestone N of a goal met");
    auto ms_id = std::make_shared<std::string>();
    auto ms_n = std::make_shared<std::string>();
    done_ms->add_option("ID", *ms_id, "The goal's id")->required();
    done_ms->add_option("N", *ms_n, "The milestone's number, from 1 (tend goal show lists them)")
        ->required();
    done_ms->callback([&ctx, ms_id, ms_n] { milestone_done(ctx, *ms_id, *ms_n); });

    auto* edit = goal->add_subcommand("edit", "Change a goal's title or why, or add milestones");
    auto eargs = std::make_shared<GoalEditArgs>();
    edit->add_option("ID", eargs->id, "The goal's id")->required();
    edit->add_option("--title", eargs->title, "A new title")->type_name("TEXT");
    edit->add_option("--why", eargs->why, "A new why (\"\" clears it)")->type_name("TEXT");
    edit->add_option("--milestone", eargs->milestones, "Add a milestone; repeat for several")
        ->type_name("TEXT")
        ->allow_extra_args(false);
    edit->callback([&ctx, eargs] { edit_goal(ctx, *eargs); });

    for (auto [name, status, help] :
         {std::tuple{"done", core::GoalStatus::done, "Mark a goal reached"},
          std::tuple{"drop", core::GoalStatus::dropped, "Drop a goal, keeping its history"}}) {
        add_id_command(
            *goal, ctx, name, help, "The goal's id",
            [status = status](Context& c, const std::string& id) { close_goal(c, id, status); });
    }
}

}  // namespace tend::cli
