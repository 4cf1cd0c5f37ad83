// tend win TEXT | win list | win rm: successes and pleasant surprises, noted in a few words.
#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/context.hpp"
#include "cli/shared.hpp"
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
    bool is_private = false;
};

void note_win(Context& ctx, const WinArgs& args) {
    core::Win win;
    win.text = core::win_text(args.words);
    const auto& clock = ctx.clock();
    win.at = args.at.empty() ? clock.now : core::past_instant(args.at, clock, "--at");
    win.day = core::day_of(win.at);
    win.uuid = util::new_uuid();
    win.is_private = args.is_private;
    auto format = ctx.format();
    auto style = ctx.style();

    auto& db = ctx.db();
    store::WriteTransaction tx(db);
    win.id = store::insert_win(db, win, clock.now);
    tx.commit();
    report_change(ctx, format, render::win_json(win), render::win_noted(win, style));
}

void list_wins(Context& ctx, const PeriodArgs& args) {
    auto period = period_of(args, ctx.clock());
    auto format = ctx.format();
    auto style = ctx.style();
    auto wins =
        read_existing(ctx, [&](store::Database& db) { return store::list_wins(db, period); });
    ctx.print(render::win_list(wins, format, style));
}

void remove_win(Context& ctx, const std::string& id_text) {
    auto id = core::parse_id(id_text, "win");
    auto format = ctx.format();
    auto* db = ctx.existing_db();
    auto win = existing(db, id, win_record, store::find_win);
    store::WriteTransaction tx(*db);
    store::delete_win(*db, id);
    tx.commit();
    report_change(ctx, format, render::win_json(win),
                  fmt::format("Removed win {} ({}).\n", id, core::format_day_short(win.day)));
}

}  // namespace

void add_win_commands(CLI::App& app, Context& ctx) {
    auto* win = app.add_subcommand("win", "Note a success or a pleasant surprise, or list them");
    auto args = std::make_shared<WinArgs>();
    auto* text = win->add_option("TEXT", args->words, "What went well (quotes optional)");
    win->add_option("--at", args->at, "When it was, if not now (see WHEN in tend(1))")
        ->type_name("WHEN");
    win->add_flag("--private", args->is_private, private_help);
    win->callback([&ctx, win, args] {
        if (win->get_subcommands().empty()) note_win(ctx, *args);
    });

    auto* list = win->add_subcommand("list", "List wins, oldest first");
    auto largs = std::make_shared<PeriodArgs>();
    add_period_options(*list, *largs);
    list->callback([&ctx, largs] { list_wins(ctx, *largs); });

    auto* rm = win->add_subcommand("rm", "Remove a win noted by mistake");
    auto rm_id = std::make_shared<std::string>();
    rm->add_option("ID", *rm_id, "The win's id")->required();
    rm->callback([&ctx, rm_id] { remove_win(ctx, *rm_id); });

    // Once the text has begun, words such as "list" belong to it, not to a subcommand.
    words_end_subcommands(*win, {{text}, {win->get_option("--private")}, "noting a win"},
                          {list, rm});
}

}  // namespace tend::cli
