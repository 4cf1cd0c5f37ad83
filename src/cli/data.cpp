// tend export | import | backup: moving the client's data out and in, and keeping a copy.
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/complete.hpp"
#include "cli/context.hpp"
#include "cli/shared.hpp"
#include "core/archive.hpp"
#include "core/archive_stream.hpp"
#include "core/daylio.hpp"
#include "core/file_shape.hpp"
#include "core/jrnl.hpp"
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
#include "store/daylio_store.hpp"
#include "store/journal_store.hpp"
#include "store/transfer_store.hpp"
#include "util/error.hpp"
#include "util/files.hpp"
#include "util/text.hpp"

namespace tend::cli {
namespace fs = std::filesystem;

namespace {

/// Imports of files this large show a progress bar on a terminal, from their first byte: about
/// 2,000 records of a tend export, of Daylio's rows, of jrnl's entries.
constexpr std::size_t progress_threshold_export = 256 * 1024;
constexpr std::size_t progress_threshold_daylio = 96 * 1024;
constexpr std::size_t progress_threshold_jrnl = 1024 * 1024;

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

/// Where an export goes as it is written: the file given (whole or not at all), else
/// standard output. The text gathers in buffer() and is passed on in pieces of about
/// `piece` bytes, each ending where a record does.
class ExportOutput {
public:
    ExportOutput(Context& ctx, const std::string& file) : ctx_(ctx) {
        buffer_.reserve(piece + piece / 4);
        if (!file.empty()) file_.emplace(file);
    }
    std::string& buffer() { return buffer_; }
    /// Passes the text on once there is a piece of it; called between records.
    void drain() {
        if (buffer_.size() >= piece) pass_on();
    }
    void finish() {
        pass_on();
        if (file_) file_->commit();
    }

private:
    static constexpr std::size_t piece = 64 * 1024;
    void pass_on() {
        if (file_)
            file_->write(buffer_);
        else
            ctx_.print(buffer_);
        buffer_.clear();
    }
    Context& ctx_;
    std::string buffer_;
    std::optional<util::AtomicFile> file_;
};

void export_data(Context& ctx, const ExportArgs& args) {
    // export's own --format, else a --format given before the command; never the config's.
    auto format = export_format(!args.format.empty() ? args.format : ctx.options.format);
    if (args.include_private && !args.share)
        throw usage_error(
            "--include-private goes with --share; a plain export keeps every entry already");
    if (!args.output.empty()) ctx.check_output(args.output, "-o");
    const auto& clock = ctx.clock();
    bool leave_out = args.share && !args.include_private;
    auto* db = ctx.existing_db();
    std::size_t count = 0;
    std::size_t left_out = 0;
    ExportOutput out(ctx, args.output);

    // JSON and CSV are written record by record as they are read, so that memory stays flat
    // however long the history; the Markdown journal orders kinds together, from the archive.
    // visit(KIND, WRITE): WRITE for each record of the kind that goes out.
    auto visit = [&](std::size_t kind, const auto& write) {
        if (db == nullptr) return;
        const auto& k = core::record_kinds()[kind];
        store::each_record(*db, kind, [&](const core::Record& r) {
            if (leave_out && core::is_private(k, r)) {
                ++left_out;
                return;
            }
            ++count;
            write(r);
            out.drain();
        });
    };
    switch (format) {
        case ExportFormat::json: {
            // Deletions travel with a full export only: a shared one is for reading, and a
            // deletion's kind and time could tell of a private record.
            bool deletions = !args.share && db != nullptr && store::has_tombstones(*db);
            render::ArchiveJsonWriter writer(out.buffer(), clock.now, deletions);
            for (std::size_t k = 0; k < core::record_kinds().size(); ++k) {
                writer.begin_kind(k);
                visit(k, [&](const core::Record& r) { writer.record(r); });
                writer.end_kind();
            }
            if (deletions)
                store::each_tombstone(*db, [&](const core::Tombstone& t) {
                    writer.deleted(t);
                    out.drain();
                });
            writer.finish();
            break;
        }
        case ExportFormat::csv:
            // CSV holds the moods only: what it leaves out is the private moods.
            out.buffer() += render::moods_csv_header();
            visit(core::kind_index("moods"),
                  [&](const core::Record& r) { out.buffer() += render::mood_csv_row(r); });
            break;
        case ExportFormat::markdown: {
            core::Archive archive;
            archive.exported_at = clock.now;
            if (db != nullptr) archive = store::read_archive(*db, clock.now);
            if (leave_out) left_out = core::leave_out_private(archive);
            count = archive.size();
            out.buffer() += render::archive_journal(archive);
            break;
        }
    }
    out.finish();

    bool moods = format == ExportFormat::csv;
    auto left_out_words =
        moods ? util::plural(static_cast<long>(left_out), "private mood", "private moods")
              : util::plural(static_cast<long>(left_out), "private entry", "private entries");
    if (args.output.empty()) {
        if (left_out > 0)
            ctx.note(fmt::format("Left out {} (--include-private keeps them).", left_out_words));
        return;
    }
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

/// The file to import, read in pieces, or standard input's text (kept in `whole`) for "-".
std::unique_ptr<util::TextSource> input_source(const std::string& file, std::string& whole) {
    if (file == "-") {
        whole = input_text(file);
        return std::make_unique<util::TextInMemory>(whole);
    }
    std::error_code ec;
    if (!fs::exists(file, ec))
        throw usage_error(fmt::format("there is no file {} to import", file));
    if (fs::is_directory(file, ec))
        throw usage_error(fmt::format("{} is a directory; name the file to import", file));
    return std::make_unique<util::TextFile>(file, core::max_import_bytes, "import file");
}

/// What a document looks like, from its start (all that core::shape_of reads of it).
core::FileShape shape_of_start(util::TextSource& text) {
    std::string start(128 * 1024, '\0');
    std::size_t n = 0;
    while (n < start.size()) {
        auto got = text.read(start.data() + n, start.size() - n);
        if (got == 0) break;
        n += got;
    }
    start.resize(n);
    text.rewind();
    auto shape = core::shape_of(start);
    // Only blanks so far, with more to come: the parser says what the rest is.
    if (shape == core::FileShape::empty && n < text.size()) return core::FileShape::json;
    return shape;
}

/// Refuses, with what it looks like, a file given as Daylio's that is plainly not a CSV file or
/// is another program's export.
void refuse_as_daylio(core::FileShape shape, const std::string& source) {
    using core::FileShape;
    switch (shape) {
        case FileShape::tend_export:
            throw usage_error(fmt::format(
                "{} looks like a tend export; import it without --from daylio", source));
        case FileShape::jrnl_json:
        case FileShape::json:
            throw usage_error(fmt::format("{} looks like {}, not Daylio's CSV export", source,
                                          core::shape_words(shape)));
        case FileShape::binary:
            throw usage_error(fmt::format(
                "{} is not a CSV file (it is not UTF-8 text); Daylio's export is a CSV file",
                source));
        case FileShape::text:
            throw usage_error(fmt::format(
                "{} is not a CSV file: its first line has no commas; Daylio's export starts with "
                "full_date,date,weekday,time,mood,activities,note_title,note",
                source));
        case FileShape::empty:
        case FileShape::daylio_csv:
        case FileShape::csv:
            return;  // read_daylio_file says what is wrong with it, by line
    }
}

/// Refuses, with what it looks like, a file given as jrnl's that is plainly not JSON or is
/// another program's export.
void refuse_as_jrnl(core::FileShape shape, const std::string& source) {
    using core::FileShape;
    switch (shape) {
        case FileShape::tend_export:
            throw usage_error(
                fmt::format("{} looks like a tend export; import it without --from jrnl", source));
        case FileShape::daylio_csv:
            throw usage_error(fmt::format(
                "{} looks like Daylio's CSV export; import it with --from daylio", source));
        case FileShape::empty:
            throw usage_error(fmt::format(
                "{} is empty; jrnl's export is the JSON document jrnl --format json writes",
                source));
        case FileShape::binary:
            throw usage_error(
                fmt::format("{} is not jrnl's JSON export: it is not UTF-8 text", source));
        case FileShape::csv:
        case FileShape::text:
            throw usage_error(fmt::format(
                "{} is {}, not jrnl's JSON export (the JSON document jrnl --format json writes)",
                source, core::shape_words(shape)));
        case FileShape::jrnl_json:
        case FileShape::json:
            return;  // read_jrnl says what is wrong with it, by place
    }
}

/// Refuses, with what it looks like, a file given as a tend export that is not JSON.
void refuse_as_export(core::FileShape shape, const std::string& source) {
    using core::FileShape;
    switch (shape) {
        case FileShape::daylio_csv:
            throw usage_error(fmt::format(
                "{} looks like Daylio's CSV export; import it with --from daylio", source));
        case FileShape::jrnl_json:
            throw usage_error(fmt::format(
                "{} looks like jrnl's JSON export; import it with --from jrnl", source));
        case FileShape::empty:
            throw usage_error(fmt::format(
                "{} is empty; a tend export is the JSON document tend export writes", source));
        case FileShape::binary:
            throw usage_error(fmt::format("{} is not a tend export: it is not UTF-8 text", source));
        case FileShape::csv:
        case FileShape::text:
            throw usage_error(fmt::format(
                "{} is {}, not a tend export (the JSON document tend export writes){}", source,
                core::shape_words(shape),
                shape == FileShape::csv ? "; Daylio's CSV export is imported with --from daylio"
                                        : ""));
        case FileShape::tend_export:
        case FileShape::json:
            return;  // parse_archive says what is wrong with it, by place
    }
}

/// Imports a Daylio or jrnl file: read whole by `read` (told how far it has come), written by
/// `write` in one transaction, then reported. The progress bar (on a terminal, for a file of
/// `threshold` bytes or more) is up from the start: reading is its first quarter (of a ten-year
/// Daylio export, 0.27 of 0.95 s), writing the records the rest.
template <class Read, class Write>
void import_read_whole(Context& ctx, const std::string& text, std::size_t threshold,
                       core::ImportSource from, const std::string& source, Read read, Write write) {
    constexpr std::size_t scale = 1000;
    constexpr std::size_t read_part = 250;
    auto part = [](std::size_t done, std::size_t all, std::size_t width) {
        return all == 0 ? width : width * std::min(done, all) / all;
    };
    render::Progress progress(std::cerr,
                              render::is_terminal(STDERR_FILENO) && text.size() >= threshold);
    progress.update(0, scale);
    auto parsed = read([&](std::size_t done, std::size_t all) {
        progress.update(part(done, all, read_part), scale);
    });
    progress.update(read_part, scale);
    auto& db = ctx.db();
    store::BulkPageCache bulk(db);
    store::WriteTransaction tx(db);
    auto report = write(db, parsed, [&](std::size_t done, std::size_t all) {
        progress.update(read_part + part(done, all, scale - read_part), scale);
    });
    tx.commit();
    progress.finish();
    report_change(ctx, ctx.format(),
                  render::import_json(report, source, core::import_sources.word_for(from)),
                  render::import_line(report, source));
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

    if (daylio) {
        auto text = input_text(args.file);
        refuse_as_daylio(core::shape_of(text), source);
        import_read_whole(
            ctx, text, progress_threshold_daylio, from, source,
            [&](const core::ReadProgress& show) {
                return core::read_daylio_file(text, mapped, source, show);
            },
            [&](store::Database& db, const core::DaylioFile& file, const auto& show) {
                return store::import_daylio(db, file, clock.now, show);
            });
        return;
    }

    if (from == core::ImportSource::jrnl) {
        auto text = input_text(args.file);
        refuse_as_jrnl(core::shape_of(text), source);
        import_read_whole(
            ctx, text, progress_threshold_jrnl, from, source,
            [&](const core::ReadProgress&) { return core::read_jrnl(text, source, clock.now); },
            [&](store::Database& db, core::Archive& journal, const auto& show) {
                return store::import_journal(db, std::move(journal), show);
            });
        return;
    }

    std::string whole;
    auto text = input_source(args.file, whole);
    refuse_as_export(shape_of_start(*text), source);
    render::Progress progress(
        std::cerr, render::is_terminal(STDERR_FILENO) && text->size() >= progress_threshold_export);
    auto show = [&](std::size_t done, std::size_t all) { progress.update(done, all); };
    // The whole document is checked before the database is opened: a file refused for its
    // syntax or its header has touched nothing. The records are then read and written one at
    // a time, in one transaction.
    core::ArchiveStream stream(*text, source, clock.now);
    stream.check(show);
    auto& db = ctx.db();
    store::BulkPageCache bulk(db);
    store::WriteTransaction tx(db);
    store::ArchiveImport import(db);
    stream.read(import, show);
    auto report = import.report();
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

    auto* imp = app.add_subcommand("import",
                                   "Merge records from a tend export, Daylio's CSV or jrnl's JSON");
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
