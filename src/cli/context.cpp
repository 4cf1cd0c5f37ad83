#include "cli/context.hpp"

#include <unistd.h>

#include <cstdlib>
#include <ostream>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/complete.hpp"
#include "cli/version.hpp"
#include "core/validate.hpp"
#include "util/env.hpp"
#include "util/error.hpp"
#include "util/files.hpp"

namespace tend::cli {
namespace fs = std::filesystem;

using util::env;

const core::Clock& Context::clock() {
    if (!clock_) clock_ = core::clock_from_environment();
    return *clock_;
}

std::optional<fs::path> Context::config_path() const {
    if (!options.config.empty()) return fs::path(options.config);
    if (auto v = env("TEND_CONFIG")) return fs::path(*v);
    if (auto dir = util::config_home_if_known()) return *dir / "tend" / "config.toml";
    return std::nullopt;  // no HOME (cron, a service): no config file to look for
}

const core::Config& Context::config() {
    if (config_) return *config_;
    auto path = config_path();
    if (!path) {
        config_ = core::Config{};
        return *config_;
    }
    bool required = !options.config.empty() || env("TEND_CONFIG").has_value();
    config_ = core::load_config(*path, required);
    for (const auto& w : config_->warnings) warn(w);
    return *config_;
}

core::Format Context::format() {
    if (options.format.empty()) return config().format;
    if (options.format == "html")
        throw usage_error(
            fmt::format("--format html is for tend summary only; here --format must be {}",
                        core::formats.accepted()));
    return core::formats.chosen(options.format, "--format");
}

render::Style Context::style() {
    auto s =
        options.color.empty()
            ? render::style_for(STDOUT_FILENO, config().color, render::ColorSource::config)
            : render::style_for(STDOUT_FILENO, core::color_modes.chosen(options.color, "--color"),
                                render::ColorSource::command_line);
    colored_ = colored_ || s.color;
    return s;
}

fs::path Context::db_path() {
    if (!db_path_) {
        if (!options.db.empty())
            db_path_ = fs::path(options.db);
        else if (auto v = env("TEND_DB"))
            db_path_ = fs::path(*v);
        else
            db_path_ = util::data_home() / "tend" / "tend.db";
    }
    return *db_path_;
}

void Context::finish() {
    if (db_) db_->keep_migration();
}

store::Database* Context::existing_db() {
    if (!db_) {
        db_ = store::Database::open(db_path(), /*create=*/false, config().lock_wait_ms);
        if (db_) db_->set_now(clock().now.utc);
    }
    return db_.get();
}

store::Database& Context::db() {
    if (!db_) {
        db_ = store::Database::open(db_path(), /*create=*/true, config().lock_wait_ms);
        db_->set_now(clock().now.utc);
    }
    return *db_;
}

Error Context::translate(const SQLite::Exception& e) {
    return store::translate(e, db_path(), db_ ? db_->os_error() : 0);
}

void Context::print(std::string_view text) {
    // The one gate to a terminal: an export, a file name or a path a renderer forgot cannot
    // send an escape sequence through.
    // Colour forced through a pipe (into `less -R`, say) is bound for a terminal too.
    if (out_is_terminal_ || colored_)
        out_ << render::safe_for_terminal(text, colored_) << std::flush;
    else
        out_ << text << std::flush;
}

void Context::say(std::string_view text) {
    if (!options.quiet) print(text);
}

namespace {

/// True if `a` and `b` name the same file: the same one on disk, or (for files that do not
/// exist yet) the same place once links and `..` are resolved.
bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    if (fs::equivalent(a, b, ec)) return true;
    auto ca = fs::weakly_canonical(fs::absolute(a, ec), ec);
    if (ec || ca.empty()) return false;
    auto cb = fs::weakly_canonical(fs::absolute(b, ec), ec);
    return !ec && ca == cb;
}

}  // namespace

void Context::check_output(const fs::path& file, std::string_view option) {
    std::error_code ec;
    if (fs::is_directory(file, ec))
        throw usage_error(fmt::format("{} {} is a directory; name a file", option, file.string()));
    // A FIFO would keep tend waiting, a device would take the output nowhere it can be kept.
    util::refuse_special_file(file, option);
    auto dir = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    if (!fs::is_directory(dir, ec))
        throw usage_error(
            fmt::format("{} {}: there is no directory {}", option, file.string(), dir.string()));
    // The database and the files SQLite keeps beside it: a file written there would be deleted
    // by SQLite, or would take the database's place.
    auto db = db_path();
    if (same_file(file, db))
        throw usage_error(
            fmt::format("{} {} is the database itself; name another file", option, file.string()));
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        if (same_file(file, db.string() + suffix))
            throw usage_error(fmt::format("{} {} is the database's own {} file; name another file",
                                          option, file.string(), suffix));
}

void Context::note(std::string_view text) {
    if (!options.quiet) err_ << render::sanitize(text) << std::endl;
}

void Context::warn(std::string_view text) {
    // One line that cannot drive the terminal, whatever the config file held.
    err_ << "tend: warning: " << render::sanitize(text) << std::endl;
}

namespace {

/// An empty value would otherwise read as "not given" and quietly fall back to the default.
std::function<void(const std::string&)> not_empty(std::string option, std::string accepted) {
    return [option = std::move(option), accepted = std::move(accepted)](const std::string& v) {
        if (v.empty()) throw usage_error(fmt::format("{} must be {} (got \"\")", option, accepted));
    };
}

}  // namespace

void add_global_options(CLI::App& app, Context& ctx) {
    auto& o = ctx.options;
    app.add_option("--db", o.db,
                   "Database file (default: $TEND_DB, else "
                   "$XDG_DATA_HOME/tend/tend.db)")
        ->type_name("PATH")
        ->each(not_empty("--db", "a file's path"));
    app.add_option("--config", o.config,
                   "Config file (default: $TEND_CONFIG, else "
                   "$XDG_CONFIG_HOME/tend/config.toml)")
        ->type_name("PATH")
        ->each(not_empty("--config", "a file's path"));
    app.add_option("--format", o.format, "Output format: " + core::formats.help())
        ->type_name("FORMAT")
        ->check(completes_with(core::formats.words()))
        ->each(not_empty("--format", core::formats.accepted()));
    app.add_option("--color", o.color,
                   "Colour: " + core::color_modes.help() + " (NO_COLOR is honoured)")
        ->type_name("WHEN")
        ->check(completes_with(core::color_modes.words()))
        ->each(not_empty("--color", core::color_modes.accepted()));
    app.add_flag("-q,--quiet", o.quiet, "Print no acknowledgements, only what was asked for");
    app.set_version_flag("--version", std::string("tend ") + version);
}

}  // namespace tend::cli
