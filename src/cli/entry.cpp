// tend entry list | show | edit | rm: reading and fixing guided entries (reflections, prep,
// worksheets).
#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/answers.hpp"
#include "cli/complete.hpp"
#include "cli/context.hpp"
#include "cli/shared.hpp"
#include "core/guided.hpp"
#include "core/period.hpp"
#include "core/template_library.hpp"
#include "core/validate.hpp"
#include "core/when.hpp"
#include "render/entry_view.hpp"
#include "store/entry_store.hpp"
#include "util/error.hpp"

namespace tend::cli {
namespace {

struct ListArgs {
    std::string kind;
    PeriodArgs period;
};

struct EntryEditArgs {
    std::string id;
    AnswerArgs answers;
    bool make_private = false;
    bool make_shared = false;
};

core::Entry existing_entry(store::Database* db, std::int64_t id) {
    return existing(db, id, entry_record, store::find_entry);
}

void list_entries(Context& ctx, const ListArgs& args) {
    std::optional<core::EntryKind> kind;
    if (!args.kind.empty()) kind = core::entry_kinds.chosen(args.kind, "--kind");
    print_in_period(
        ctx, args.period,
        [&kind](store::Database& db, const core::Period& period) {
            return store::list_entries(db, kind, period);
        },
        render::entry_list);
}

void show_entry(Context& ctx, const std::string& id_text) {
    auto id = core::parse_id(id_text, "entry");
    auto format = ctx.format();
    auto style = ctx.style();
    ctx.print(render::entry_show(existing_entry(ctx.existing_db(), id), format, style));
}

void edit_entry(Context& ctx, const EntryEditArgs& args) {
    auto id = core::parse_id(args.id, "entry");
    check_private_flags(args.make_private, args.make_shared);
    bool flip = args.make_private || args.make_shared;
    bool answers = !args.answers.answers.empty() || args.answers.editor;
    if (!answers && !flip)
        throw usage_error(
            "tend entry edit needs --answer KEY=TEXT (\"KEY=\" clears one), --editor, "
            "--private or --shared");
    auto format = ctx.format();
    auto* db = ctx.existing_db();
    auto e = existing_entry(db, id);
    if (!answers) {
        e.is_private = args.make_private;
        store::WriteTransaction tx(*db);
        store::set_entry_private(*db, id, e.is_private, ctx.clock().now);
        tx.commit();
        report_change(ctx, format, render::entry_json(e),
                      fmt::format("Marked {} {} {}.\n", core::kind_name(e.kind), id,
                                  e.is_private ? "private" : "shared"));
        return;
    }
    auto t = core::editable_template(core::templates().find(e.template_name), e);
    auto texts = core::texts_of(e);
    if (args.answers.editor) {
        (void)given_answers(t, args.answers);  // refuses --answer with --editor
        texts = answers_from_editor(t, texts);
    } else {
        for (auto& [key, text] : given_answers(t, args.answers)) texts[key] = text;
    }
    e.answers = core::ordered_answers(t, texts);
    if (e.answers.empty())
        throw usage_error(
            fmt::format("an entry keeps at least one answer; to remove {} {}, use "
                        "tend entry rm {}",
                        core::kind_name(e.kind), id, id));
    if (flip) e.is_private = args.make_private;
    store::WriteTransaction tx(*db);
    store::update_entry_answers(*db, e, ctx.clock().now);
    if (flip) store::set_entry_private(*db, id, e.is_private, ctx.clock().now);
    tx.commit();
    report_change(ctx, format, render::entry_json(e), render::entry_updated(e, t.prompts.size()));
}

void remove_entry(Context& ctx, const std::string& id_text) {
    auto id = core::parse_id(id_text, "entry");
    auto format = ctx.format();
    auto e = remove_existing(ctx, id, entry_record, store::find_entry, store::delete_entry);
    report_change(ctx, format, render::entry_json(e), render::entry_removed(e));
}

}  // namespace

void add_entry_commands(CLI::App& app, Context& ctx) {
    auto* entry =
        app.add_subcommand("entry", "List, show and fix reflections, prep and worksheets");
    auto largs = std::make_shared<ListArgs>();
    when_alone(*entry, [&ctx, largs] { list_entries(ctx, *largs); });

    auto* list = entry->add_subcommand("list", "List entries, oldest first");
    list->add_option("--kind", largs->kind, "Only " + core::entry_kinds.help())
        ->type_name("KIND")
        ->check(completes_with(core::entry_kinds.words()));
    add_period_options(*list, largs->period, "Written from this day or time",
                       "Written up to this day (included) or time");
    list->callback([&ctx, largs] { list_entries(ctx, *largs); });

    add_id_command(*entry, ctx, "show", "Show an entry with its answers",
                   "The entry's id (tend entry list shows it)", show_entry);

    auto* edit =
        entry->add_subcommand("edit", "Change an entry's answers, or whether it is private");
    auto eargs = std::make_shared<EntryEditArgs>();
    edit->add_option("ID", eargs->id, "The entry's id")->required();
    add_answer_options(*edit, eargs->answers);
    add_private_edit_flags(*edit, eargs->make_private, eargs->make_shared);
    edit->callback([&ctx, eargs] { edit_entry(ctx, *eargs); });

    add_id_command(*entry, ctx, "rm", "Remove an entry", "The entry's id", remove_entry);
}

}  // namespace tend::cli
