// tend win TEXT | win list | win rm: successes and pleasant surprises, noted in a few words.
#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/context.hpp"
#include "core/period.hpp"
#include "core/validate.hpp"
#include "core/when.hpp"
#include "core/win.hpp"
#include "render/win_view.hpp"
#include "store/win_store.hpp"
#include "util/error.hpp"
#include "util/uuid.hpp"

namespace tend::cli {
namespace {

struct WinArgs {
    std::vector<std::string> words;
    std::string at;
};

struct ListArgs {
    std::string since;
    std::string until;
};

void note_win(Context& ctx, const WinArgs& args) {
    core::Win win;
    win.text = core::win_text(args.words);
    const auto& clock = ctx.clock();
    win.at = args.at.empty() ? clock.now : core::past_instant(args.at, clock, "--at");
    win.day = core::day_of(win.at);
    win.uuid = util::new_uuid();
    auto format = ctx.format();
    auto style = ctx.style();

    auto& db = ctx.db();
    store::WriteTransaction tx(db);
    win.id = store::insert_win(db, win, clock.now);
    tx.commit();
    if (format == core::Format::json)
        ctx.print(render::json_text(render::win_json(win)));
    else
        ctx.say(render::win_noted(win, style));
}

void list_wins(Context& ctx, const ListArgs& args) {
    auto period = core::period_from(args.since, args.until, ctx.clock());
    auto format = ctx.format();
    auto style = ctx.style();
    std::vector<core::Win> wins;
    if (auto* db = ctx.existing_db()) wins = store::list_wins(*db, period);
    ctx.print(render::win_list(wins, format, style));
}

void remove_win(Context& ctx, const std::string& id_text) {
    auto id = core::parse_id(id_text, "win");
    auto format = ctx.format();
    auto* db = ctx.existing_db();
    std::optional<core::Win> win;
    if (db != nullptr) win = store::find_win(*db, id);
    if (!win)
        throw usage_error(fmt::format("there is no win with id {}; tend win list shows them", id));
    store::WriteTransaction tx(*db);
    store::delete_win(*db, id);
    tx.commit();
    if (format == core::Format::json)
        ctx.print(render::json_text(render::win_json(*win)));
    else
        ctx.say(fmt::format("Removed win {} ({}).\n", id, core::format_day_short(win->day)));
}

}  // namespace

void add_win_commands(CLI::App& app, Context& ctx) {
    auto* win = app.add_subcommand("win", "Note a success or a pleasant surprise, or list them");
    auto args = std::make_shared<WinArgs>();
    auto* text = win->add_option("TEXT", args->words, "What went well (quotes optional)");
    win->add_option("--at", args->at, "When it was, if not now (see WHEN in tend(1))")
        ->type_name("WHEN");
    win->callback([&ctx, win, args] {
        if (win->get_subcommands().empty()) note_win(ctx, *args);
    });

    auto* list = win->add_subcommand("list", "List wins, oldest first");
    auto largs = std::make_shared<ListArgs>();
    list->add_option("--since", largs->since, "From this day or time")->type_name("WHEN");
    list->add_option("--until", largs->until, "Up to this day (included) or time")
        ->type_name("WHEN");
    list->callback([&ctx, largs] { list_wins(ctx, *largs); });

    auto* rm = win->add_subcommand("rm", "Remove a win noted by mistake");
    auto rm_id = std::make_shared<std::string>();
    rm->add_option("ID", *rm_id, "The win's id")->required();
    rm->callback([&ctx, rm_id] { remove_win(ctx, *rm_id); });

    // Once the text has begun, words such as "list" belong to it, not to a subcommand (the
    // same hook as tend mood: a positional's check runs as it is parsed).
    win->validate_positionals();
    text->check(CLI::Validator(
        [list, rm](std::string&) {
            for (auto* sub : {list, rm}) sub->disabled();
            return std::string();
        },
        "", "text given"));
    auto reject_strays = [text] {
        if (text->count() > 0)
            throw usage_error(
                fmt::format("unexpected argument {}", core::quoted(text->results().front())));
    };
    for (auto* sub : {list, rm}) sub->parse_complete_callback(reject_strays);
}

}  // namespace tend::cli
