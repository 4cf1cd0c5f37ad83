// tend journal list | journal rm: the journal entries imported from jrnl.
#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/context.hpp"
#include "cli/shared.hpp"
#include "core/journal.hpp"
#include "core/validate.hpp"
#include "render/journal_entry_view.hpp"
#include "store/journal_store.hpp"
#include "util/error.hpp"

namespace tend::cli {
namespace {

void list_journal_entries(Context& ctx, const PeriodArgs& args) {
    print_in_period(ctx, args, store::list_journal, render::journal_list);
}

void remove_journal_entry(Context& ctx, const std::string& id_text) {
    auto id = core::parse_id(id_text, "journal entry");
    auto format = ctx.format();
    auto entry =
        remove_existing(ctx, id, journal_record, store::find_journal, store::delete_journal);
    report_change(
        ctx, format, render::journal_entry_json(entry),
        fmt::format("Removed journal entry {} ({}).\n", id, core::format_day_short(entry.day)));
}

}  // namespace

void add_journal_commands(CLI::App& app, Context& ctx) {
    auto* journal =
        app.add_subcommand("journal", "List or remove journal entries (tend import --from jrnl)");
    add_period_list(*journal, ctx, "List journal entries, oldest first", /*refuse_empty=*/false,
                    list_journal_entries);
    add_id_command(*journal, ctx, "rm", "Remove a journal entry", "The journal entry's id",
                   remove_journal_entry);
    journal->require_subcommand(1);
}

}  // namespace tend::cli
