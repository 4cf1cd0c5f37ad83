// The export document: every record kind of tend as an array of records, each field with its
// name in the document, its type and its rules. `tend export` writes it, `tend
// import` reads it back and merges by UUID. The kinds are listed in the order an import must
// follow (a record comes after the records it names).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/clock.hpp"
#include "core/guided.hpp"
#include "core/mood.hpp"

namespace tend::core {

/// The document's `format` and `version`: a reader refuses a newer version. Version 2 adds the
/// array of deletions; a document without deletions is written as version 1, which older
/// readers take as they always did.
inline constexpr std::string_view archive_format = "tend-export";
inline constexpr int archive_version = 2;
/// The version of a document with no deletions.
inline constexpr int archive_version_plain = 1;

enum class FieldType {
    uuid,     ///< the record's own UUID
    text,     ///< free text
    choice,   ///< one of a few words
    integer,  ///< a whole number in a range
    day,      ///< YYYY-MM-DD
    instant,  ///< ISO 8601 with the offset in force
    utc,      ///< ISO 8601, kept as Unix seconds (bookkeeping such as created_at)
    ref,      ///< the UUID of a record of another kind
    flag,     ///< true or false, written only when true; missing is false (kept as 0 or 1)
};

struct Field {
    std::string_view name;  ///< its key in the document
    FieldType type = FieldType::text;
    bool nullable = false;  ///< may be null, and is when missing
    bool optional = false;  ///< may be missing: empty text, 0, or the import's time for utc
    /// For utc: missing means 0 (never changed since it was made), and 0 is not written, so
    /// that a tend from before the field reads an export of records never changed.
    bool zero_when_missing = false;
    bool nonempty = false;  ///< text that must not be empty
    std::int64_t min = 0;
    std::int64_t max = 0;
    std::vector<std::string_view> choices;
    std::string_view target;  ///< for ref: the name of the kind it points to
};

/// Lists that travel inside their record: a mood's tags, a guided entry's answers.
enum class Nested { none, tags, answers };

/// Which kind a RecordKind is, in the order of record_kinds(): code that treats each kind its
/// own way switches over this, so that a new kind is a compile error (-Wswitch) until handled.
enum class KindId {
    sessions,
    moods,
    entries,
    goals,
    homework,
    homework_steps,
    checkoffs,
    wins,
    goal_milestones,
    goal_ratings,
    measure_results,
    measure_answers,
    journal
};

struct RecordKind {
    KindId id = KindId::sessions;
    std::string_view name;  ///< the array in the document, e.g. "moods"
    std::string_view one;   ///< "mood", for reports
    std::string_view many;  ///< "moods"
    std::vector<Field> fields;
    std::vector<std::string_view> sort;  ///< fields giving the export order
    Nested nested = Nested::none;
    /// Why a record with a new UUID can still clash with one already here (a second unique
    /// rule), or empty.
    std::string_view clash;
    /// Written to an export only when it has records, so that a tend from before the kind
    /// still reads an export without any.
    bool omit_when_empty = false;
};

/// Every record kind, in import order: sessions, moods, entries, goals, homework,
/// homework_steps, checkoffs, wins, goal_milestones, goal_ratings, measure_results,
/// measure_answers, journal.
[[nodiscard]] const std::vector<RecordKind>& record_kinds();

/// The position of a kind in record_kinds(); throws std::out_of_range for an unknown name.
[[nodiscard]] std::size_t kind_index(std::string_view name);

/// The position of a field in its kind; throws std::out_of_range for an unknown name.
[[nodiscard]] std::size_t field_index(const RecordKind& kind, std::string_view name);

/// A field's value: null, a whole number (integer, utc), text (uuid, text, choice, day, ref),
/// or an instant.
using Value = std::variant<std::monostate, std::int64_t, std::string, Instant>;

struct Record {
    std::int64_t id = 0;        ///< the local id, when read from a database
    std::vector<Value> values;  ///< one per field of its kind, in order
    std::vector<std::string> tags;
    std::vector<Answer> answers;
};

/// True if the record is marked private (a kind with a "private" flag: moods, wins, entries).
[[nodiscard]] bool is_private(const RecordKind& kind, const Record& record);

/// Typed access to a record's fields by name, for renderers.
class RecordView {
public:
    RecordView(const RecordKind& kind, const Record& record) : kind_(kind), record_(record) {}
    [[nodiscard]] const Record& record() const { return record_; }
    /// True if the kind has this field.
    [[nodiscard]] bool has(std::string_view field) const;
    [[nodiscard]] const Value& value(std::string_view field) const;
    /// Text, or "" when null.
    [[nodiscard]] std::string text(std::string_view field) const;
    [[nodiscard]] std::int64_t integer(std::string_view field) const;
    [[nodiscard]] std::optional<Instant> instant(std::string_view field) const;
    [[nodiscard]] std::optional<Day> day(std::string_view field) const;

private:
    const RecordKind& kind_;
    const Record& record_;
};

/// A deleted record: its kind (RecordKind::name), UUID and time of deletion (Unix seconds).
struct Tombstone {
    std::string kind;
    std::string uuid;
    std::int64_t deleted = 0;
};

/// Every record of a database or a document.
struct Archive {
    Instant exported_at;
    std::vector<Tombstone> deleted;  ///< by kind and UUID
    std::vector<std::vector<Record>> records =
        std::vector<std::vector<Record>>(record_kinds().size());  ///< per kind, in order
    /// How many records of every kind.
    [[nodiscard]] std::size_t size() const;
};

/// Reads an export document. `source` names it in errors; `now` fills a missing created_at or
/// updated_at. Throws a usage error naming the place (such as `.moods[3].score`) and the
/// problem, or the line and column of a JSON syntax error.
[[nodiscard]] Archive parse_archive(std::string_view text, std::string_view source,
                                    const Instant& now);

/// A mood read from elsewhere (such as Daylio) as a record of the kind "moods"; created and
/// updated `now`.
[[nodiscard]] Record mood_record(Mood mood, const Instant& now);

/// Moods read from elsewhere as an archive, each as mood_record makes it.
[[nodiscard]] Archive archive_of_moods(std::vector<Mood> moods, const Instant& now);

/// What an import did, kind by kind.
struct ImportCounts {
    std::size_t added = 0;
    std::size_t updated = 0;    ///< replaced by a later change
    std::size_t deleted = 0;    ///< removed by a deletion (or merged into another record)
    std::size_t unchanged = 0;  ///< left as it was here (the same, or changed later here)
    std::size_t skipped = 0;
};

/// Records of one kind that were skipped or changed for one reason.
struct ImportNote {
    std::size_t kind = 0;  ///< its position in record_kinds()
    std::string what;      ///< e.g. "skipped: no such homework in the file or here"
    std::size_t count = 0;
};

struct ImportReport {
    std::vector<ImportCounts> kinds = std::vector<ImportCounts>(record_kinds().size());
    std::vector<ImportNote> notes;  ///< in the order first met
    /// Counts one more record of `kind` under the note `what`.
    void note(std::size_t kind, const std::string& what);
    [[nodiscard]] ImportCounts total() const;
};

}  // namespace tend::core
