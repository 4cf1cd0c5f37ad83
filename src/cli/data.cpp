// tend export | import | backup: moving the client's data out and in, and keeping a copy.
#include <unistd.h>

#include <iostream>
#include <iterator>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/complete.hpp"
#include "cli/context.hpp"
#include "cli/shared.hpp"
#include "core/archive.hpp"
#include "core/daylio.hpp"
#include "core/limits.hpp"
#include "core/options.hpp"
#include "core/privacy.hpp"
#include "core/validate.hpp"
#include "render/export_view.hpp"
#include "render/journal_view.hpp"
#include "render/progress.hpp"
#include "render/terminal.hpp"
#include "render/transfer_view.hpp"
#include "store/backup.hpp"
#include "store/transfer_store.hpp"
#include "util/error.hpp"
#include "util/files.hpp"
#include "util/text.hpp"

namespace tend::cli {
namespace fs = std::filesystem;

namespace {

/// Imports this large show a progress bar (on a terminal).
constexpr std::size_t progress_threshold = 2000;

struct ExportArgs {
    std::string output;
    std::string format;
    bool share = false;
    bool include_private = false;
};

struct ImportArgs {
    std::string file;
    std::string from;
    std::vector<std::string> maps;
};

using core::ExportFormat;

ExportFormat export_format(const std::string& given) {
    if (given.empty()) return ExportFormat::json;
    return core::export_formats.chosen(given, "export --format");
}

void export_data(Context& ctx, const ExportArgs& args) {
    // export's own --format, else a --format given before the command; never the config's.
    auto format = export_format(!args.format.empty() ? args.format : ctx.options.format);
    if (args.include_private && !args.share)
        throw usage_error(
            "--include-private goes with --share; a plain export keeps every entry already");
    if (!args.output.empty()) ctx.check_output(args.output, "-o");
    const auto& clock = ctx.clock();
    core::Archive archive;
    archive.exported_at = clock.now;
    if (auto* db = ctx.existing_db()) archive = store::read_archive(*db, clock.now);
    std::size_t left_out = 0;
    auto moods_before = archive.records[core::kind_index("moods")].size();
    if (args.share && !args.include_private) left_out = core::leave_out_private(archive);
    // CSV holds the moods only: what it left out is the private moods.
    if (format == ExportFormat::csv)
        left_out = moods_before - archive.records[core::kind_index("moods")].size();
    auto left_out_words =
        format == ExportFormat::csv
            ? util::plural(static_cast<long>(left_out), "private mood", "private moods")
            : util::plural(static_cast<long>(left_out), "private entry", "private entries");

    std::string text;
    std::size_t count = archive.size();
    bool moods = false;
    switch (format) {
        case ExportFormat::json:
            text = render::archive_json(archive);
            break;
        case ExportFormat::markdown:
            text = render::archive_journal(archive);
            break;
        case ExportFormat::csv:
            text = render::moods_csv(archive);
            count = archive.records[core::kind_index("moods")].size();
            moods = true;
            break;
    }
    if (args.output.empty()) {
        ctx.print(text);
        if (left_out > 0)
            ctx.note(fmt::format("Left out {} (--include-private keeps them).", left_out_words));
        return;
    }
    util::write_file_atomically(args.output, text);
    auto what = moods ? util::plural(static_cast<long>(count), "mood", "moods")
                      : util::plural(static_cast<long>(count), "record", "records");
    auto also = left_out > 0 ? fmt::format("; left out {}", left_out_words) : std::string();
    ctx.say(fmt::format("Exported {} to {}{}.\n", what, render::sanitize(args.output), also));
}

/// The file's text, or standard input's for "-". A missing file is a usage error.
std::string input_text(const std::string& file) {
    if (file == "-")
        return util::read_standard_input(core::max_import_bytes, "the import on standard input");
    std::error_code ec;
    if (!fs::exists(file, ec))
        throw usage_error(fmt::format("there is no file {} to import", file));
    if (fs::is_directory(file, ec))
        throw usage_error(fmt::format("{} is a directory; name the file to import", file));
    return util::read_regular_file(file, core::max_import_bytes, "import file");
}

void import_data(Context& ctx, const ImportArgs& args) {
    auto from = args.from.empty() ? core::ImportSource::tend
                                  : core::import_sources.chosen(args.from, "--from");
    bool daylio = from == core::ImportSource::daylio;
    core::MoodNames mapped;
    for (const auto& m : args.maps) {
        if (!daylio) throw usage_error("--map names Daylio's moods; it goes with --from daylio");
        auto [name, score] = core::parse_mood_mapping(m);
        mapped[name] = score;
    }
    auto format = ctx.format();
    const auto& clock = ctx.clock();
    auto source = args.file == "-" ? std::string("standard input") : args.file;

    core::Archive archive;
    {
        auto text = input_text(args.file);
        if (daylio) {
            archive = core::archive_of_moods(core::read_daylio(text, mapped, source), clock.now);
        } else {
            if (args.from.empty() && core::looks_like_daylio(text))
                throw usage_error(fmt::format(
                    "{} looks like Daylio's CSV export; import it with --from daylio", source));
            archive = core::parse_archive(text, source, clock.now);
        }
    }

    auto& db = ctx.db();
    render::Progress progress(
        std::cerr, render::is_terminal(STDERR_FILENO) && archive.size() >= progress_threshold);
    store::WriteTransaction tx(db);
    auto report = store::import_archive(
        db, archive, [&](std::size_t done, std::size_t all) { progress.update(done, all); });
    tx.commit();
    progress.finish();

    report_change(ctx, format,
                  render::import_json(report, source, core::import_sources.word_for(from)),
                  render::import_line(report, source));
}

/// Where a backup goes: PATH, a new file in PATH when it is a directory, or a new file in the
/// backups directory beside the database.
fs::path backup_target(Context& ctx, const std::string& given, const core::Instant& now) {
    std::error_code ec;
    fs::path dir;
    if (given.empty()) {
        dir = ctx.db_path().parent_path() / "backups";
    } else if (fs::is_directory(given, ec)) {
        dir = given;
    } else {
        fs::path file = given;
        ctx.check_output(file, "backup path");
        if (fs::exists(file, ec) && !store::is_tend_database_file(file))
            throw usage_error(fmt::format(
                "{} exists and is not a tend database; a backup replaces only an older backup",
                given));
        return file;
    }
    auto name = store::backup_file_name(now);
    auto stem = name.substr(0, name.size() - 3);
    fs::path file = dir / name;
    for (int n = 2; fs::exists(file, ec); ++n) file = dir / fmt::format("{}-{}.db", stem, n);
    return file;
}

void backup_data(Context& ctx, const std::string& path) {
    auto format = ctx.format();
    const auto& clock = ctx.clock();
    auto target = backup_target(ctx, path, clock.now);
    auto* db = ctx.existing_db();
    if (db == nullptr)
        throw failure(fmt::format("there is no tend database at {} yet, so nothing to back up",
                                  ctx.db_path().string()));
    if (path.empty()) util::ensure_private_directory(target.parent_path());
    auto bytes = store::backup_database(*db, target);
    report_change(ctx, format, render::backup_json(target.string(), bytes, clock.now),
                  render::backup_line(target.string(), bytes));
}

}  // namespace

void add_data_commands(CLI::App& app, Context& ctx) {
    auto* exp = app.add_subcommand("export",
                                   "Write every record as JSON, CSV (moods) or "
                                   "Markdown");
    auto eargs = std::make_shared<ExportArgs>();
    exp->add_option("-o,--output", eargs->output, "Write to this file (mode 0600), not stdout")
        ->type_name("FILE");
    exp->add_option("--format", eargs->format, core::export_formats.help())
        ->type_name("FORMAT")
        ->check(completes_with(core::export_formats.words()));
    exp->add_flag("--share", eargs->share,
                  "To hand over: leave out the entries marked private (a plain export keeps all)");
    exp->add_flag("--include-private", eargs->include_private,
                  "With --share: keep the private entries too");
    exp->callback([&ctx, eargs] { export_data(ctx, *eargs); });

    auto* imp = app.add_subcommand("import", "Merge records from a tend export or Daylio's CSV");
    auto iargs = std::make_shared<ImportArgs>();
    imp->add_option("FILE", iargs->file, "The file to import; - reads standard input")->required();
    imp->add_option("--from", iargs->from, core::import_sources.help())
        ->type_name("KIND")
        ->check(completes_with(core::import_sources.words()));
    imp->add_option("--map", iargs->maps, "Score a custom Daylio mood, e.g. --map super=9")
        ->type_name("NAME=SCORE")
        ->allow_extra_args(false);
    imp->callback([&ctx, iargs] { import_data(ctx, *iargs); });

    auto* bak = app.add_subcommand("backup", "Copy the database safely, even while it is in use");
    auto path = std::make_shared<std::string>();
    bak->add_option("PATH", *path,
                    "File or directory (default: a timestamped file in backups/ beside the "
                    "database)");
    bak->callback([&ctx, path] { backup_data(ctx, *path); });
}

}  // namespace tend::cli
