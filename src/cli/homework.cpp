// tend hw (alias homework): list | add | show | edit | drop, and the group itself (check-offs
// are in homework_checkoff.cpp). Parsing and validation into core values, then the store and
// the renderer.
#include <algorithm>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/complete.hpp"
#include "cli/context.hpp"
#include "cli/homework_shared.hpp"
#include "cli/shared.hpp"
#include "core/adherence.hpp"
#include "core/checkoff.hpp"
#include "core/homework.hpp"
#include "core/validate.hpp"
#include "core/when.hpp"
#include "render/homework_view.hpp"
#include "store/goal_store.hpp"
#include "store/homework_store.hpp"
#include "store/session_store.hpp"
#include "util/error.hpp"
#include "util/text.hpp"
#include "util/uuid.hpp"

namespace tend::cli {

HomeworkChange::HomeworkChange(Context& ctx, std::int64_t id)
    : db(database_with(ctx, id, homework_record)),
      tx(db),
      hw(existing(&db, id, homework_record, store::find_homework)) {}

void refuse_if_dropped(const core::Homework& hw) {
    if (hw.status == core::HomeworkStatus::dropped)
        throw usage_error(fmt::format(
            "homework {} was dropped on {}; its history is kept, but it takes no more check-offs",
            hw.id, core::format_day_short(*hw.end_day)));
}

namespace {

using core::HomeworkStatus;

/// The texts of an item as typed; unset ones are left alone by edit.
struct TextArgs {
    std::optional<std::string> anchor, barrier, plan, link, details;
};

struct HomeworkAddArgs {
    std::vector<std::string> title;
    core::ScheduleFlags schedule;
    TextArgs texts;
    std::vector<std::string> steps;
    std::optional<std::string> session;
    std::optional<std::string> goal;  ///< the goal it serves
};

struct HomeworkEditArgs {
    std::string id;
    std::optional<std::string> title;
    core::ScheduleFlags schedule;
    TextArgs texts;
};

void check_texts(const TextArgs& t) {
    for (auto [value, what] : {std::pair{&t.anchor, "anchor"},
                               {&t.barrier, "barrier"},
                               {&t.plan, "plan"},
                               {&t.link, "link"},
                               {&t.details, "details"}})
        if (*value) core::check_text(**value, what);
}

void apply_texts(core::Homework& hw, const TextArgs& t) {
    for (auto [value, field] : {std::pair{&t.anchor, &hw.anchor},
                                {&t.barrier, &hw.barrier},
                                {&t.plan, &hw.plan},
                                {&t.link, &hw.link},
                                {&t.details, &hw.details}})
        if (*value) *field = **value;
}

render::HomeworkLine line_for(const core::Homework& hw,
                              const std::vector<core::Checkoff>& checkoffs, core::Day today) {
    return {hw, core::today_state(hw, checkoffs, today),
            core::adherence_for(hw, checkoffs, hw.start_day, today, today)};
}

void add_homework(Context& ctx, const HomeworkAddArgs& a) {
    core::Homework hw;
    hw.title = util::join(a.title, " ");
    core::check_title(hw.title);
    const auto& clock = ctx.clock();
    hw.schedule = core::schedule_from_flags(a.schedule, clock).value_or(core::Schedule{});
    check_texts(a.texts);
    apply_texts(hw, a.texts);
    core::check_step_count(a.steps.size());
    for (const auto& text : a.steps) {
        core::check_step(text);
        hw.steps.push_back({static_cast<int>(hw.steps.size()) + 1, util::new_uuid(), text, {}});
    }
    std::optional<std::int64_t> session;
    if (a.session) session = core::parse_id(*a.session, "session");
    std::optional<std::int64_t> goal;
    if (a.goal) goal = core::parse_id(*a.goal, "goal");
    hw.uuid = util::new_uuid();
    hw.start_day = clock.today();
    auto format = ctx.format();
    auto style = ctx.style();

    if (session) (void)database_with(ctx, *session, session_record);
    if (goal) (void)database_with(ctx, *goal, open_goal_record);
    auto& db = ctx.db();
    store::WriteTransaction tx(db);
    if (session) {
        hw.session_id = existing(&db, *session, session_record, store::find_session).id;
    } else if (auto latest = store::latest_held_session(db, ctx.clock().now)) {
        hw.session_id = latest->id;
    }
    if (goal) (void)existing(&db, *goal, open_goal_record, store::find_goal);
    hw.id = store::insert_homework(db, hw, clock.now);
    if (goal) store::set_homework_goal(db, hw.id, goal);
    tx.commit();

    if (hw.schedule.due && *hw.schedule.due < clock.today())
        ctx.warn(fmt::format("--due {} is in the past; the homework is added as overdue",
                             core::format_day_short(*hw.schedule.due)));
    report_change(ctx, format, render::homework_json(hw), render::homework_added(hw, style));
}

void list_homework(Context& ctx, bool all) {
    auto format = ctx.format();
    auto style = ctx.style();
    auto today = ctx.clock().today();
    std::vector<render::HomeworkLine> lines;
    if (auto* db = ctx.existing_db()) {
        auto items = store::list_homework(*db, all);
        auto checkoffs = store::checkoffs_of(*db, items);
        for (const auto& hw : items) lines.push_back(line_for(hw, checkoffs, today));
    }
    std::stable_sort(lines.begin(), lines.end(), [](const auto& x, const auto& y) {
        return core::listed_before(x.homework, x.today, y.homework, y.today);
    });
    ctx.print(render::homework_list(lines, all, format, style));
}

void show_homework(Context& ctx, const std::string& id_text) {
    auto id = core::parse_id(id_text, "homework");
    auto format = ctx.format();
    auto style = ctx.style();
    auto hw = existing(ctx.existing_db(), id, homework_record, store::find_homework);
    auto checkoffs = store::checkoffs_of(*ctx.existing_db(), id);
    auto line = line_for(hw, checkoffs, ctx.clock().today());
    ctx.print(render::homework_card(line, checkoffs, format, style));
}

bool nothing_to_edit(const HomeworkEditArgs& a) {
    const auto& s = a.schedule;
    const auto& t = a.texts;
    return !a.title && !s.due && !s.daily && !s.days && !s.times && !s.per && !t.anchor &&
           !t.barrier && !t.plan && !t.link && !t.details;
}

void edit_homework(Context& ctx, const HomeworkEditArgs& a) {
    auto id = core::parse_id(a.id, "homework");
    if (nothing_to_edit(a))
        throw usage_error(
            "tend hw edit needs something to change: --title, --due, --daily, --days, --times N "
            "--per week, --anchor, --barrier, --plan, --link or --details");
    if (a.title) core::check_title(*a.title);
    const auto& clock = ctx.clock();
    auto schedule = core::schedule_from_flags(a.schedule, clock);
    check_texts(a.texts);
    auto format = ctx.format();

    auto [db, tx, hw] = HomeworkChange(ctx, id);
    if (a.title) hw.title = *a.title;
    apply_texts(hw, a.texts);
    if (schedule) {
        if (core::reschedule_reopens(hw, *schedule)) core::reopen(hw);
        hw.schedule = *schedule;
    }
    store::update_homework(db, hw, clock.now);
    tx.commit();
    report_change(ctx, format, render::homework_json(hw),
                  fmt::format("Updated homework {} ({}).\n", id, render::quoted_title(hw)));
}

void drop_homework(Context& ctx, const std::string& id_text) {
    auto id = core::parse_id(id_text, "homework");
    auto format = ctx.format();
    const auto& clock = ctx.clock();
    auto [db, tx, hw] = HomeworkChange(ctx, id);
    std::string said;
    if (hw.status == HomeworkStatus::open) {
        hw.status = HomeworkStatus::dropped;
        hw.end_day = clock.today();
        store::update_homework(db, hw, clock.now);
        tx.commit();
        said = fmt::format("Dropped homework {} ({}); its history is kept.\n", id,
                           render::quoted_title(hw));
    } else {
        said =
            fmt::format("Homework {} is already {} ({}); nothing to drop.\n", id,
                        core::homework_status_name(hw.status), core::format_day_short(*hw.end_day));
    }
    report_change(ctx, format, render::homework_json(hw), said);
}

void remove_homework(Context& ctx, const std::string& id_text) {
    auto id = core::parse_id(id_text, "homework");
    auto format = ctx.format();
    std::vector<core::Checkoff> checkoffs;
    auto hw = remove_existing(ctx, id, homework_record, store::find_homework,
                              [&checkoffs](store::Database& db, std::int64_t homework_id) {
                                  // Years of check-offs go with it, each leaving a tombstone.
                                  store::BulkPageCache bulk(db);
                                  checkoffs = store::checkoffs_of(db, homework_id);
                                  store::delete_homework(db, homework_id);
                              });
    if (format == core::Format::json) {
        auto j = render::homework_json(hw);
        j["checkoffs_removed"] = checkoffs.size();
        ctx.print(render::json_text(j));
    } else {
        ctx.say(render::homework_removed(hw, static_cast<int>(checkoffs.size())));
    }
}

void add_schedule_options(CLI::App* cmd, core::ScheduleFlags& s) {
    cmd->add_option("--due", s.due, "A one-off, due on this day (see WHEN in tend(1))")
        ->type_name("WHEN");
    cmd->add_flag("--daily", s.daily, "Every day");
    cmd->add_option("--days", s.days, "On these weekdays, e.g. mon,wed,fri")->type_name("LIST");
    cmd->add_option("--times", s.times, "N times in any week (with --per week), 1 to 7")
        ->type_name("N");
    cmd->add_option("--per", s.per, "With --times: " + core::per_periods.help())
        ->type_name("week")
        ->check(completes_with(core::per_periods.words()));
}

void add_text_options(CLI::App* cmd, TextArgs& t, bool edit) {
    auto clears = [edit](const char* text) {
        return edit ? std::string(text) + " (\"\" clears it)" : std::string(text);
    };
    cmd->add_option("--anchor", t.anchor,
                    clears("The routine it follows, e.g. \"after my morning coffee\""))
        ->type_name("TEXT");
    cmd->add_option("--barrier", t.barrier, clears("What may get in the way"))->type_name("TEXT");
    cmd->add_option("--plan", t.plan, clears("What to do then (if-then plan)"))->type_name("TEXT");
    cmd->add_option("--link", t.link, clears("A URL or file to go with it"))->type_name("URL");
    cmd->add_option("--details", t.details, clears("Anything else worth knowing"))
        ->type_name("TEXT");
}

}  // namespace

void add_homework_commands(CLI::App& app, Context& ctx) {
    auto* hw = app.add_subcommand("hw", "Homework: assign it, list it, check it off");
    hw->alias("homework");
    auto all = std::make_shared<bool>(false);
    hw->add_flag("--all", *all, "Include done and dropped homework");
    when_alone(*hw, [&ctx, all] { list_homework(ctx, *all); });

    auto* add = hw->add_subcommand("add", "Assign homework (a one-off unless given a schedule)");
    auto aargs = std::make_shared<HomeworkAddArgs>();
    add->add_option("TITLE", aargs->title, "What to do, in a few words (quotes optional)");
    add_schedule_options(add, aargs->schedule);
    add_text_options(add, aargs->texts, false);
    add->add_option("--step", aargs->steps, "A small step; repeat for several, in order")
        ->type_name("TEXT")
        ->allow_extra_args(false);
    add->add_option("--session", aargs->session,
                    "The session it was set in (default: the latest held)")
        ->type_name("ID");
    add->add_option("--goal", aargs->goal, "The goal it serves (tend goal list shows them)")
        ->type_name("ID");
    add->callback([&ctx, aargs] { add_homework(ctx, *aargs); });

    auto* list = hw->add_subcommand("list", "Open homework, what is due today first");
    auto list_all = std::make_shared<bool>(false);
    list->add_flag("--all", *list_all, "Include done and dropped homework");
    list->callback([&ctx, list_all, all] { list_homework(ctx, *list_all || *all); });

    add_id_command(*hw, ctx, "show", "One item in full, with its check-offs", "The homework's id",
                   show_homework);

    add_checkoff_commands(hw, ctx);

    auto* edit = hw->add_subcommand("edit", "Change an item's title, schedule or texts");
    auto eargs = std::make_shared<HomeworkEditArgs>();
    edit->add_option("ID", eargs->id, "The homework's id")->required();
    edit->add_option("--title", eargs->title, "A new title")->type_name("TEXT");
    add_schedule_options(edit, eargs->schedule);
    add_text_options(edit, eargs->texts, true);
    edit->callback([&ctx, eargs] { edit_homework(ctx, *eargs); });

    add_id_command(*hw, ctx, "drop", "Retire an item; its history is kept", "The homework's id",
                   drop_homework);

    add_id_command(*hw, ctx, "rm",
                   "Delete an item entered by mistake, with its check-offs and steps",
                   "The homework's id", remove_homework);
}

}  // namespace tend::cli
