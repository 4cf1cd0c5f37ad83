// What every command shares: the global options, the clock (read once), the config, the output
// format and style, and the database, opened lazily so that --help and --version touch no disk.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/options.hpp"
#include "render/terminal.hpp"
#include "store/database.hpp"

namespace CLI {
class App;
}

namespace tend::cli {

/// The global options as typed; checked when first used.
struct GlobalOptions {
    std::string db;
    std::string config;
    std::string format;
    std::string color;
    bool quiet = false;
};

class Context {
public:
    /// `out_is_terminal`: standard output is a terminal, so that everything printed goes
    /// through render::safe_for_terminal.
    Context(std::ostream& out, std::ostream& err, bool out_is_terminal = false)
        : out_(out), err_(err), out_is_terminal_(out_is_terminal) {}

    GlobalOptions options;

    /// "Now" for this command: TEND_NOW or the system clock, read on first use.
    const core::Clock& clock();
    /// Where the config file is or would be: --config, else $TEND_CONFIG, else
    /// $XDG_CONFIG_HOME/tend/config.toml; nullopt without a home directory.
    [[nodiscard]] std::optional<std::filesystem::path> config_path() const;
    /// The config file, loaded on first use; its warnings go to stderr.
    const core::Config& config();
    /// --format, else the config's format.
    core::Format format();
    /// How standard output may look (colour, UTF-8).
    render::Style style();

    /// --db, else $TEND_DB, else $XDG_DATA_HOME/tend/tend.db.
    std::filesystem::path db_path();
    /// The database if it exists, else nullptr (reading commands on a fresh machine).
    store::Database* existing_db();
    /// The database, created on first write.
    store::Database& db();
    /// An output file named on the command line (OPTION names it in errors): refused with a
    /// usage error when it is a directory, its directory is missing, or it is the database.
    void check_output(const std::filesystem::path& file, std::string_view option);
    /// An SQLite error from a command as a tend error (the open database tells a full disk).
    [[nodiscard]] Error translate(const SQLite::Exception& e);
    /// Once a command has succeeded: keeps the schema migration that opening the database
    /// made for a command that only read (store::Database::keep_migration).
    void finish();

    /// Prints a listing or report to standard output; on a terminal, or with colour forced,
    /// nothing in it can act on the terminal but tend's own colours (render::safe_for_terminal).
    /// An export through a pipe or to a file keeps every byte.
    void print(std::string_view text);
    /// Prints an acknowledgement to standard output, unless --quiet.
    void say(std::string_view text);
    /// Prints "tend: warning: ..." to standard error.
    void warn(std::string_view text);
    /// Prints a note about what was done to standard error (standard output carries the
    /// result), unless --quiet.
    void note(std::string_view text);

private:
    std::ostream& out_;
    std::ostream& err_;
    bool out_is_terminal_ = false;
    bool colored_ = false;  ///< a style with colour was handed out, so colour codes may follow
    std::optional<core::Clock> clock_;
    std::optional<core::Config> config_;
    std::optional<std::filesystem::path> db_path_;
    std::unique_ptr<store::Database> db_;
};

/// Declares --db, --config, --format, --color, --quiet and --version on the root command.
void add_global_options(CLI::App& app, Context& ctx);

/// One function per command group; add_commands (commands.hpp) calls them.
void add_mood_commands(CLI::App& app, Context& ctx);
void add_session_commands(CLI::App& app, Context& ctx);
void add_guided_commands(CLI::App& app, Context& ctx);
void add_entry_commands(CLI::App& app, Context& ctx);
void add_template_commands(CLI::App& app, Context& ctx);
void add_win_commands(CLI::App& app, Context& ctx);
void add_journal_commands(CLI::App& app, Context& ctx);
void add_homework_commands(CLI::App& app, Context& ctx);
void add_summary_commands(CLI::App& app, Context& ctx);
void add_insights_commands(CLI::App& app, Context& ctx);
void add_data_commands(CLI::App& app, Context& ctx);
void add_search_commands(CLI::App& app, Context& ctx);
void add_remind_commands(CLI::App& app, Context& ctx);
void add_check_commands(CLI::App& app, Context& ctx);
void add_goal_commands(CLI::App& app, Context& ctx);
void add_sync_commands(CLI::App& app, Context& ctx);
/// The hidden `tend __complete` behind the shell completion scripts; called last.
void add_complete_command(CLI::App& app, Context& ctx);

}  // namespace tend::cli
