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
    date_new(win, args.at.empty() ? clock.now : core::past_instant(args.at, clock, "--at"));
    win.is_private = args.is_private;
    auto format = ctx.format();
    auto style = ctx.style();
    insert_new(ctx, win, store::insert_win);
    report_change(ctx, format, render::win_json(win), render::win_noted(win, style));
}

void list_wins(Context& ctx, const PeriodArgs& args) {
    print_in_period(ctx, args, store::list_wins, render::win_list);
}

void remove_win(Context& ctx, const std::string& id_text) {
    auto id = core::parse_id(id_text, "win");
    auto format = ctx.format();
    auto win = remove_existing(ctx, id, win_record, store::find_win, store::delete_win);
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
    when_alone(*win, [&ctx, args] { note_win(ctx, *args); });

    auto* list =
        add_period_list(*win, ctx, "List wins, oldest first", /*refuse_empty=*/false, list_wins);

    auto* rm = add_id_command(*win, ctx, "rm", "Remove a win noted by mistake", "The win's id",
                              remove_win);

    // Once the text has begun, words such as "list" belong to it, not to a subcommand.
    words_end_subcommands(*win, {{text}, {win->get_option("--private")}, "noting a win"},
                          {list, rm});
}

}  // namespace tend::cli
