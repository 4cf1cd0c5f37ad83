// The record kinds of the export document and typed access to their records.
#include "core/archive.hpp"

#include <stdexcept>

#include "core/goal.hpp"
#include "core/guided.hpp"
#include "core/homework.hpp"
#include "core/session.hpp"
#include "util/uuid.hpp"

namespace tend::core {
namespace {

Field field(std::string_view name, FieldType type) {
    Field f;
    f.name = name;
    f.type = type;
    return f;
}

Field uuid() {
    return field("uuid", FieldType::uuid);
}

/// Free text that may be empty or missing.
Field text(std::string_view name) {
    auto f = field(name, FieldType::text);
    f.optional = true;
    return f;
}

Field required_text(std::string_view name, bool nonempty) {
    auto f = field(name, FieldType::text);
    f.nonempty = nonempty;
    return f;
}

Field choice(std::string_view name, std::vector<std::string_view> choices) {
    auto f = field(name, FieldType::choice);
    f.choices = std::move(choices);
    return f;
}

Field integer(std::string_view name, std::int64_t min, std::int64_t max, bool optional) {
    auto f = field(name, FieldType::integer);
    f.min = min;
    f.max = max;
    f.optional = optional;
    return f;
}

Field day(std::string_view name, bool nullable) {
    auto f = field(name, FieldType::day);
    f.nullable = nullable;
    return f;
}

Field instant(std::string_view name, bool nullable) {
    auto f = field(name, FieldType::instant);
    f.nullable = nullable;
    return f;
}

/// Bookkeeping time: missing means the time of the import.
Field stamp(std::string_view name) {
    auto f = field(name, FieldType::utc);
    f.optional = true;
    return f;
}

/// When a mark made in place (a step or milestone done, or taken back) last changed: missing
/// and 0 mean never.
Field mark_stamp() {
    auto f = stamp("updated_at");
    f.zero_when_missing = true;
    return f;
}

/// A mark such as "private": written as true where set, left out (false) elsewhere.
Field flag(std::string_view name) {
    auto f = field(name, FieldType::flag);
    f.optional = true;
    return f;
}

Field ref(std::string_view name, std::string_view target, bool nullable) {
    auto f = field(name, FieldType::ref);
    f.target = target;
    f.nullable = nullable;
    return f;
}

RecordKind kind(KindId id, std::string_view name, std::string_view one, std::string_view many,
                std::vector<Field> fields, std::vector<std::string_view> sort,
                Nested nested = Nested::none, std::string_view clash = {}) {
    RecordKind k;
    k.id = id;
    k.name = name;
    k.one = one;
    k.many = many;
    k.fields = std::move(fields);
    k.sort = std::move(sort);
    k.nested = nested;
    k.clash = clash;
    return k;
}

/// Journal entries, such as those imported from jrnl: a title, a body, a star and tags.
RecordKind journal_kind(const Field& created, const Field& updated) {
    auto k = kind(KindId::journal, "journal", "journal entry", "journal entries",
                  {uuid(), instant("at", false), day("day", false), text("title"), text("body"),
                   flag("starred"), created, updated},
                  {"at", "uuid"}, Nested::tags);
    k.omit_when_empty = true;
    return k;
}

std::vector<RecordKind> make_kinds() {
    auto created = stamp("created_at");
    auto updated = stamp("updated_at");
    auto at = instant("at", false);
    return {
        kind(KindId::sessions, "sessions", "session", "sessions",
             {uuid(), at, day("day", false), choice("status", session_statuses.words()),
              text("note"), created, updated},
             {"at", "uuid"}),
        kind(KindId::moods, "moods", "mood", "moods",
             {uuid(), at, day("day", false), integer("score", min_score, max_score, false),
              text("note"), created, updated, flag("private")},
             {"at", "uuid"}, Nested::tags),
        kind(KindId::entries, "entries", "guided entry", "guided entries",
             {uuid(), choice("kind", entry_kinds.words()), required_text("template", true),
              ref("session", "sessions", true), at, day("day", false), created, updated,
              flag("private")},
             {"at", "uuid"}, Nested::answers),
        kind(KindId::goals, "goals", "goal", "goals",
             {uuid(), required_text("title", true), text("why"),
              choice("status", goal_statuses.words()), day("start_day", false),
              day("end_day", true), created, updated},
             {"start_day", "created_at", "uuid"}),
        kind(KindId::homework, "homework", "homework", "homework",
             {uuid(), required_text("title", true), ref("session", "sessions", true),
              choice("schedule", schedule_kinds.words()), day("due_day", true),
              integer("weekdays", 0, 127, true), integer("times_per_week", 0, 7, true),
              text("anchor"), text("barrier"), text("plan"), text("link"), text("details"),
              choice("status", homework_statuses.words()), day("start_day", false),
              day("end_day", true), created, updated, ref("goal", "goals", true)},
             {"start_day", "created_at", "uuid"}),
        kind(KindId::homework_steps, "homework_steps", "homework step", "homework steps",
             {uuid(), ref("homework", "homework", false), integer("position", 1, 9999, false),
              required_text("text", false), instant("done_at", true), mark_stamp()},
             {"homework", "position", "uuid"}, Nested::none,
             "the same homework already has a step at that position here"),
        kind(KindId::checkoffs, "checkoffs", "check-off", "check-offs",
             {uuid(), ref("homework", "homework", false), day("day", false),
              choice("status", checkoff_statuses.words()), text("note"), at, created},
             {"day", "at", "uuid"}, Nested::none,
             "the same homework already has a check-off for that day here"),
        kind(KindId::wins, "wins", "win", "wins",
             {uuid(), at, day("day", false), required_text("text", true), created, updated,
              flag("private")},
             {"at", "uuid"}),
        kind(KindId::goal_milestones, "goal_milestones", "goal milestone", "goal milestones",
             {uuid(), ref("goal", "goals", false), integer("position", 1, 9999, false),
              required_text("text", true), instant("done_at", true), mark_stamp()},
             {"goal", "position", "uuid"}, Nested::none,
             "the same goal already has a milestone at that position here"),
        kind(KindId::goal_ratings, "goal_ratings", "goal rating", "goal ratings",
             {uuid(), ref("goal", "goals", false), at, day("day", false),
              integer("rating", 0, 10, false), text("note"), created},
             {"at", "uuid"}),
        kind(KindId::measure_results, "measure_results", "questionnaire result",
             "questionnaire results",
             {uuid(), required_text("measure", true), required_text("title", true), at,
              day("day", false), integer("total", -1000000, 1000000, false),
              required_text("band", false), created},
             {"at", "uuid"}),
        kind(KindId::measure_answers, "measure_answers", "questionnaire answer",
             "questionnaire answers",
             {uuid(), ref("result", "measure_results", false), integer("position", 1, 9999, false),
              required_text("item", true), integer("value", 0, 1000, false),
              required_text("label", false), integer("critical", 0, 1, true)},
             {"result", "position", "uuid"}, Nested::none,
             "the same result already has an answer to that item here"),
        journal_kind(created, updated),
    };
}

}  // namespace

const std::vector<RecordKind>& record_kinds() {
    static const std::vector<RecordKind> kinds = make_kinds();
    return kinds;
}

std::size_t kind_index(std::string_view name) {
    const auto& kinds = record_kinds();
    for (std::size_t i = 0; i < kinds.size(); ++i)
        if (kinds[i].name == name) return i;
    throw std::out_of_range("no record kind " + std::string(name));
}

std::size_t field_index(const RecordKind& kind, std::string_view name) {
    for (std::size_t i = 0; i < kind.fields.size(); ++i)
        if (kind.fields[i].name == name) return i;
    throw std::out_of_range("no field " + std::string(name) + " in " + std::string(kind.name));
}

bool is_private(const RecordKind& kind, const Record& record) {
    for (std::size_t i = 0; i < kind.fields.size(); ++i)
        if (kind.fields[i].type == FieldType::flag && kind.fields[i].name == "private") {
            const auto* n = std::get_if<std::int64_t>(&record.values[i]);
            return n != nullptr && *n != 0;
        }
    return false;
}

bool RecordView::has(std::string_view field) const {
    for (const auto& f : kind_.fields)
        if (f.name == field) return true;
    return false;
}

const Value& RecordView::value(std::string_view field) const {
    return record_.values.at(field_index(kind_, field));
}

std::string RecordView::text(std::string_view field) const {
    const auto& v = value(field);
    if (const auto* s = std::get_if<std::string>(&v)) return *s;
    return {};
}

std::int64_t RecordView::integer(std::string_view field) const {
    const auto& v = value(field);
    if (const auto* n = std::get_if<std::int64_t>(&v)) return *n;
    return 0;
}

std::optional<Instant> RecordView::instant(std::string_view field) const {
    const auto& v = value(field);
    if (const auto* at = std::get_if<Instant>(&v)) return *at;
    return std::nullopt;
}

std::optional<Day> RecordView::day(std::string_view field) const {
    return parse_day(text(field));
}

std::size_t Archive::size() const {
    std::size_t n = 0;
    for (const auto& list : records) n += list.size();
    return n;
}

Record mood_record(Mood mood, const Instant& now) {
    Record r;
    r.values = {std::move(mood.uuid),
                mood.at,
                format_day(mood.day),
                std::int64_t{mood.score},
                std::move(mood.note),
                now.utc,
                now.utc,
                std::int64_t{mood.is_private ? 1 : 0}};
    r.tags = std::move(mood.tags);
    return r;
}

Archive archive_of_moods(std::vector<Mood> moods, const Instant& now) {
    Archive archive;
    archive.exported_at = now;
    auto& list = archive.records[kind_index("moods")];
    list.reserve(moods.size());
    for (auto& m : moods) list.push_back(mood_record(std::move(m), now));
    return archive;
}

void ImportReport::note(std::size_t kind, const std::string& what) {
    for (auto& n : notes)
        if (n.kind == kind && n.what == what) {
            ++n.count;
            return;
        }
    notes.push_back({kind, what, 1});
}

ImportCounts ImportReport::total() const {
    ImportCounts sum;
    for (const auto& k : kinds) {
        sum.added += k.added;
        sum.updated += k.updated;
        sum.deleted += k.deleted;
        sum.unchanged += k.unchanged;
        sum.skipped += k.skipped;
    }
    return sum;
}

}  // namespace tend::core
