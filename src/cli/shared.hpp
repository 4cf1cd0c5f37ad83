// What the command files share, each said once: finding and removing the record an id names,
// a subcommand that takes an id, the --since/--until pair, what a command prints after a
// change, and the hook that makes the words of `tend mood 7 ...` and `tend win ...` words
// rather than subcommands.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "cli/context.hpp"
#include "core/period.hpp"
#include "util/error.hpp"
#include "util/uuid.hpp"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace tend::cli {

class LineEditor;

/// A kind of record as "there is no mood with id 3; tend mood list shows them" names it.
struct RecordNoun {
    std::string_view noun;      ///< "mood"
    std::string_view shown_by;  ///< the command that lists them: "tend mood list"
};

inline constexpr RecordNoun mood_record{"mood", "tend mood list"};
inline constexpr RecordNoun win_record{"win", "tend win list"};
inline constexpr RecordNoun entry_record{"entry", "tend entry list"};
inline constexpr RecordNoun journal_record{"journal entry", "tend journal list"};
inline constexpr RecordNoun session_record{"session", "tend session list"};
inline constexpr RecordNoun homework_record{"homework", "tend hw list --all"};
inline constexpr RecordNoun goal_record{"goal", "tend goal list --all"};
/// A goal for homework to serve: one still open, as `tend goal list` shows them.
inline constexpr RecordNoun open_goal_record{"goal", "tend goal list"};

/// The usage error for an id that names no record of this kind.
[[nodiscard]] Error no_record(const RecordNoun& kind, std::int64_t id);

/// The record with this id, as the store's `find` gives it; the usage error no_record when
/// there is none, or no database at all yet.
template <class Record>
[[nodiscard]] Record existing(store::Database* db, std::int64_t id, const RecordNoun& kind,
                              std::optional<Record> (*find)(store::Database&, std::int64_t)) {
    std::optional<Record> found;
    if (db != nullptr) found = find(*db, id);
    if (!found) throw no_record(kind, id);
    return std::move(*found);
}

/// What `read(db)` gives from the database, or the empty value when there is no database yet
/// (a command that only reads never creates one).
template <class Read>
[[nodiscard]] auto read_existing(Context& ctx, Read read)
    -> decltype(read(std::declval<store::Database&>())) {
    if (auto* db = ctx.existing_db()) return read(*db);
    return {};
}

/// The database in which to change the record with this id; with no database yet, the usage
/// error no_record (nothing is created).
[[nodiscard]] store::Database& database_with(Context& ctx, std::int64_t id, const RecordNoun& kind);

/// Deletes the record with this id in one transaction, `remove(db, id)` doing the deleting
/// (and whatever goes with it), and gives the record as it was; the usage error no_record when
/// there is none, or no database at all yet (nothing is created).
template <class Record, class Remove>
Record remove_existing(Context& ctx, std::int64_t id, const RecordNoun& kind,
                       std::optional<Record> (*find)(store::Database&, std::int64_t),
                       Remove remove) {
    auto& db = database_with(ctx, id, kind);
    store::WriteTransaction tx(db);
    auto record = existing(&db, id, kind, find);
    remove(db, id);
    tx.commit();
    return record;
}

/// Declares the subcommand `name` of `group`, which takes one required ID (described by
/// `id_help`) and runs `run(ctx, ID)`: `tend mood rm ID`, `tend hw show ID`.
CLI::App* add_id_command(CLI::App& group, Context& ctx, const std::string& name,
                         const std::string& help, const std::string& id_help,
                         std::function<void(Context&, const std::string&)> run);

/// Makes `run()` what the group does when no subcommand follows it: `tend session` lists the
/// sessions, `tend mood 7` logs a mood.
void when_alone(CLI::App& group, std::function<void()> run);

/// Dates a new record (a mood, a win, a goal's rating) at `at`: its instant, the day of it and
/// a fresh UUID.
template <class Record>
void date_new(Record& record, const core::Instant& at) {
    record.at = at;
    record.day = core::day_of(at);
    record.uuid = util::new_uuid();
}

/// Saves a new record in one transaction, creating the database if need be: `insert(db,
/// record, now)` writes it and gives its id, which the record takes.
template <class Record, class Insert>
void insert_new(Context& ctx, Record& record, Insert insert) {
    auto& db = ctx.db();
    store::WriteTransaction tx(db);
    record.id = insert(db, record, ctx.clock().now);
    tx.commit();
}

/// --since and --until as typed; nullopt when not given.
struct PeriodArgs {
    std::optional<std::string> since;
    std::optional<std::string> until;
    /// True: an empty value is refused as a bad WHEN (tend mood list). False: it counts as not
    /// given, as the other commands have always taken it.
    bool refuse_empty = false;

    /// The value as it counts: nullopt when not given, or given empty where that means so.
    [[nodiscard]] std::optional<std::string> counted(const std::optional<std::string>& v) const;
};

/// Declares --since and --until, each a WHEN, on `cmd`.
void add_period_options(CLI::App& cmd, PeriodArgs& args,
                        const std::string& since_help = "From this day or time",
                        const std::string& until_help = "Up to this day (included) or time");

/// Declares the `list` subcommand of a group of dated records, taking --since and --until
/// (`refuse_empty`: see PeriodArgs), which runs `run(ctx, those)`: `tend win list`.
CLI::App* add_period_list(CLI::App& group, Context& ctx, const std::string& help, bool refuse_empty,
                          std::function<void(Context&, const PeriodArgs&)> run);

/// The period asked for: both bounds look back, and a since after until is refused
/// (core::period_from).
[[nodiscard]] core::Period period_of(const PeriodArgs& args, const core::Clock& clock);

/// Prints the records of the period asked for: `list(db, period)` reads them (none without a
/// database) and `show(records, format, style)` shapes them.
template <class List, class Show>
void print_in_period(Context& ctx, const PeriodArgs& args, List list, Show show) {
    auto period = period_of(args, ctx.clock());
    auto format = ctx.format();
    auto style = ctx.style();
    auto records = read_existing(ctx, [&](store::Database& db) { return list(db, period); });
    ctx.print(show(records, format, style));
}

/// The next line typed at the terminal, after the prompt already shown; nothing at Ctrl-D,
/// once the terminal's line is ended.
[[nodiscard]] std::optional<std::string> typed_line(Context& ctx, LineEditor& editor);

/// The help of --private on the commands that write a mood, a win or a guided entry.
inline constexpr const char* private_help =
    "Keep it to yourself: left out of the summary's text and of export --share";

/// Declares --private and --shared on an edit command.
void add_private_edit_flags(CLI::App& cmd, bool& make_private, bool& make_shared);

/// Refuses --private together with --shared.
void check_private_flags(bool make_private, bool make_shared);

/// What a command that changed a record prints: the record as JSON under --format json, else
/// the acknowledgement, which --quiet silences.
void report_change(Context& ctx, core::Format format, const nlohmann::ordered_json& record,
                   std::string_view acknowledgement);

/// The form of a group that itself records something: `tend mood SCORE [NOTE]`,
/// `tend win TEXT`.
struct RecordingForm {
    std::vector<CLI::Option*> words;    ///< its positionals, in order
    std::vector<CLI::Option*> options;  ///< options only it takes, refused with a subcommand
    std::string_view doing;             ///< what those options are for: "logging a mood"
};

/// Once the form's first word is given, the words after it are the form's too, not
/// subcommands: `tend mood 7 list` notes "list". A subcommand refuses words left over for the
/// form ("unexpected argument") and the form's own options.
void words_end_subcommands(CLI::App& group, const RecordingForm& form,
                           const std::vector<CLI::App*>& subcommands);

}  // namespace tend::cli
