// tend mood SCORE [NOTE] | mood list | mood edit | mood rm: parsing, validation, and handing
// over to the store and the renderer. tend mood cal is declared here too, from mood_cal.cpp.
#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/context.hpp"
#include "cli/mood_cal.hpp"
#include "cli/shared.hpp"
#include "core/mood.hpp"
#include "core/validate.hpp"
#include "core/when.hpp"
#include "render/mood_view.hpp"
#include "store/mood_store.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace tend::cli {
namespace {

struct MoodArgs {
    std::optional<std::string> score;
    std::vector<std::string> note;
    std::vector<std::string> tags;
    std::optional<std::string> at;
    bool is_private = false;
};

struct MoodEditArgs {
    std::string id;
    std::optional<std::string> score;
    std::optional<std::string> note;
    std::vector<std::string> tags;
    bool make_private = false;
    bool make_shared = false;
};

void log_mood(Context& ctx, const MoodArgs& args) {
    if (!args.score)
        throw usage_error(fmt::format("mood needs a score from {}, e.g. tend mood 7 \"slept well\"",
                                      core::score_range()));
    core::Mood mood;
    mood.score = core::parse_score(*args.score);
    mood.note = util::join(args.note, " ");
    core::check_text(mood.note, "mood note");
    mood.tags = core::normalise_tags(args.tags);
    const auto& clock = ctx.clock();
    // An empty --at (say, from an unset variable in a script) is refused, not taken as now.
    date_new(mood, args.at ? core::past_instant(*args.at, clock, "--at") : clock.now);
    mood.is_private = args.is_private;
    auto format = ctx.format();
    auto style = ctx.style();

    int nth = 0;
    insert_new(ctx, mood,
               [&nth](store::Database& db, const core::Mood& m, const core::Instant& now) {
                   auto id = store::insert_mood(db, m, now);
                   nth = store::count_moods_on(db, m.day);
                   return id;
               });

    report_change(ctx, format, render::mood_json(mood),
                  render::mood_logged(mood, nth, clock.today(), style));
}

void list_moods(Context& ctx, const PeriodArgs& args) {
    print_in_period(ctx, args, store::list_moods, render::mood_list);
}

void edit_mood(Context& ctx, const MoodEditArgs& args) {
    auto id = core::parse_id(args.id, "mood");
    check_private_flags(args.make_private, args.make_shared);
    if (!args.score && !args.note && args.tags.empty() && !args.make_private && !args.make_shared)
        throw usage_error(
            "tend mood edit needs something to change: --score, --note, --tag, --private or "
            "--shared");
    std::optional<int> score;
    if (args.score) score = core::parse_score(*args.score);
    if (args.note) core::check_text(*args.note, "mood note");
    auto tags = core::normalise_tags(args.tags);
    auto format = ctx.format();

    auto& db = database_with(ctx, id, mood_record);
    store::WriteTransaction tx(db);
    auto mood = existing(&db, id, mood_record, store::find_mood);
    auto before = mood.score;
    if (score) mood.score = *score;
    if (args.note) mood.note = *args.note;
    if (!args.tags.empty()) mood.tags = tags;
    if (args.make_private || args.make_shared) mood.is_private = args.make_private;
    store::update_mood(db, mood, ctx.clock().now);
    tx.commit();

    report_change(ctx, format, render::mood_json(mood),
                  before != mood.score
                      ? fmt::format("Updated mood {}: score {} → {}.\n", id, before, mood.score)
                      : fmt::format("Updated mood {}.\n", id));
}

void remove_mood(Context& ctx, const std::string& id_text) {
    auto id = core::parse_id(id_text, "mood");
    auto format = ctx.format();
    auto mood = remove_existing(ctx, id, mood_record, store::find_mood, store::delete_mood);
    report_change(ctx, format, render::mood_json(mood),
                  fmt::format("Removed mood {} ({} on {}).\n", id, mood.score,
                              core::format_day_short(mood.day)));
}

}  // namespace

void add_mood_commands(CLI::App& app, Context& ctx) {
    auto* mood = app.add_subcommand(
        "mood", fmt::format("Log a mood from {}, or list and fix moods", core::score_range()));
    auto args = std::make_shared<MoodArgs>();
    auto* score = mood->add_option("SCORE", args->score,
                                   fmt::format("How you feel, from {} (worst) to {} (best)",
                                               core::min_score, core::max_score));
    mood->add_option("NOTE", args->note, "A few words on it (quotes optional)");
    mood->add_option("-t,--tag", args->tags,
                     "A trigger, activity or place; repeat, or separate with commas")
        ->type_name("TAG")
        ->allow_extra_args(false);
    mood->add_option("--at", args->at, "When it was, if not now (see WHEN in tend(1))")
        ->type_name("WHEN");
    mood->add_flag("--private", args->is_private, private_help);
    when_alone(*mood, [&ctx, args] { log_mood(ctx, *args); });

    auto* list =
        add_period_list(*mood, ctx, "List moods, oldest first", /*refuse_empty=*/true, list_moods);

    auto* edit = mood->add_subcommand("edit", "Change a mood's score, note or tags");
    auto eargs = std::make_shared<MoodEditArgs>();
    edit->add_option("ID", eargs->id, "The mood's id (tend mood list shows it)")->required();
    edit->add_option("--score", eargs->score, "New score, " + core::score_range())->type_name("N");
    edit->add_option("--note", eargs->note, "New note (\"\" clears it)")->type_name("TEXT");
    edit->add_option("-t,--tag", eargs->tags, "Replace the tags; repeat for several")
        ->type_name("TAG")
        ->allow_extra_args(false);
    add_private_edit_flags(*edit, eargs->make_private, eargs->make_shared);
    edit->callback([&ctx, eargs] { edit_mood(ctx, *eargs); });

    auto* rm = add_id_command(*mood, ctx, "rm", "Remove a mood logged by mistake", "The mood's id",
                              remove_mood);

    auto* cal = add_mood_cal_command(*mood, ctx);

    // Once a score is given, words such as "list" belong to the note, not to a subcommand.
    words_end_subcommands(
        *mood,
        {{score, mood->get_option("NOTE")},
         {mood->get_option("--at"), mood->get_option("--tag"), mood->get_option("--private")},
         "logging a mood"},
        {list, edit, rm, cal});
}

}  // namespace tend::cli
