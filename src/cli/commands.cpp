#include "cli/commands.hpp"

#include <algorithm>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/context.hpp"

namespace tend::cli {

std::span<const CommandGroup> command_groups() {
    static const std::vector<CommandGroup> groups = {
        {{"mood"}, add_mood_commands},
        {{"session"}, add_session_commands},
        {{"reflect", "prep", "worksheet"}, add_guided_commands},
        {{"entry"}, add_entry_commands},
        {{"template"}, add_template_commands},
        {{"hw", "homework"}, add_homework_commands},
        {{"win"}, add_win_commands},
        {{"journal"}, add_journal_commands},
        {{"summary"}, add_summary_commands},
        {{"insights"}, add_insights_commands},
        {{"export", "import", "backup"}, add_data_commands},
        {{"search"}, add_search_commands},
        {{"remind"}, add_remind_commands},
        {{"check"}, add_check_commands},
        {{"goal"}, add_goal_commands},
        {{"sync"}, add_sync_commands},
    };
    return groups;
}

std::optional<std::string_view> requested_command(const CLI::App& app,
                                                  std::span<const char* const> args) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view word = args[i];
        if (word == "--") return std::nullopt;
        if (word.empty() || word.front() != '-') return word;
        if (word.find('=') != std::string_view::npos) continue;  // --db=PATH
        const auto* option = app.get_option_no_throw(std::string(word));
        if (option != nullptr && option->get_items_expected_min() > 0)
            ++i;  // its value, which may look like a command
    }
    return std::nullopt;
}

void add_commands(CLI::App& app, Context& ctx, std::span<const char* const> args) {
    add_global_options(app, ctx);
    // One command per run: a later word that names another command (a note saying "win") is
    // that command's argument, whether the whole tree is built or one group.
    app.require_subcommand(0, 1);
    if (auto name = requested_command(app, args)) {
        for (const auto& group : command_groups()) {
            if (std::find(group.names.begin(), group.names.end(), *name) != group.names.end()) {
                group.add(app, ctx);
                return;
            }
        }
    }
    for (const auto& group : command_groups()) group.add(app, ctx);
    add_complete_command(app, ctx);
}

}  // namespace tend::cli
