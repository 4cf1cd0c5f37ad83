// The statements of export and import are built from the record kinds' field lists
// (core/archive.cpp) and their tables and columns (store/archive_tables.cpp), constants of the
// program, never input; every value is bound.
#include "store/transfer_store.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <variant>

#include <sqlite3.h>

#include <fmt/format.h>

#include "core/merge.hpp"
#include "store/archive_tables.hpp"
#include "store/sql_util.hpp"

namespace tend::store {
// Named, not anonymous: ArchiveImport::State holds these types.
namespace transfer_parts {

using core::Field;
using core::FieldType;
using core::RecordKind;

const RecordKind& kind_named(std::string_view name) {
    return core::record_kinds()[core::kind_index(name)];
}

/// The expressions that read a field from the kind's table (two for an instant).
std::vector<std::string> select_expressions(const RecordKind& kind, const Field& f) {
    auto col = std::string(column_of(kind, f));
    switch (f.type) {
        case FieldType::instant:
            return {col + "_utc", col + "_offset"};
        case FieldType::ref:
            return {fmt::format("(SELECT uuid FROM {} WHERE id = {}.{})",
                                table_of(kind_named(f.target)), table_of(kind), col)};
        default:
            return {col};
    }
}

/// The statement reading a kind's records in export order, or the one with the UUID given.
std::string select_sql(const RecordKind& kind, bool one) {
    std::vector<std::string> columns{"id"};
    for (const auto& f : kind.fields)
        for (auto& e : select_expressions(kind, f)) columns.push_back(std::move(e));
    if (kind.nested == core::Nested::tags)
        columns.push_back(
            fmt::format("(SELECT group_concat(tag, char(31)) FROM (SELECT tag "
                        "FROM {} WHERE {} = {}.id ORDER BY tag))",
                        tag_table_of(kind), tag_owner_of(kind), table_of(kind)));
    if (one)
        return fmt::format("SELECT {} FROM {} WHERE uuid = ?", fmt::join(columns, ", "),
                           table_of(kind));
    std::string order;
    for (auto name : kind.sort)
        order += (order.empty() ? "" : ", ") +
                 select_expressions(kind, kind.fields[core::field_index(kind, name)]).front();
    return fmt::format("SELECT {} FROM {} ORDER BY {}", fmt::join(columns, ", "), table_of(kind),
                       order);
}

/// Reads a field into `out` in place: a text keeps the buffer it already has.
void read_value(const Field& f, SQLite::Statement& q, int& col, core::Value& out) {
    auto c = q.getColumn(col++);
    if (c.isNull()) {
        if (f.type == FieldType::instant) ++col;
        out = std::monostate{};
        return;
    }
    switch (f.type) {
        case FieldType::integer:
        case FieldType::utc:
        case FieldType::flag:
            out = c.getInt64();
            return;
        case FieldType::instant: {
            auto utc = c.getInt64();
            out = core::Instant{utc, q.getColumn(col++).getInt()};
            return;
        }
        default: {
            const char* text = c.getText();
            auto bytes = static_cast<std::size_t>(c.getBytes());
            if (auto* s = std::get_if<std::string>(&out))
                s->assign(text, bytes);
            else
                out.emplace<std::string>(text, bytes);
            return;
        }
    }
}

/// Fills `list` with the parts of `text` between unit separators, reusing its strings.
void split_into(std::string_view text, std::vector<std::string>& list) {
    std::size_t n = 0;
    if (!text.empty()) {
        std::size_t start = 0;
        while (true) {
            auto sep = text.find('\x1f', start);
            auto part = text.substr(start, sep == std::string_view::npos ? sep : sep - start);
            if (n < list.size())
                list[n].assign(part);
            else
                list.emplace_back(part);
            ++n;
            if (sep == std::string_view::npos) break;
            start = sep + 1;
        }
    }
    list.resize(n);
}

void assign_column(SQLite::Statement& q, int col, std::string& out) {
    auto c = q.getColumn(col);
    out.assign(c.getText(), static_cast<std::size_t>(c.getBytes()));
}

/// Reads records of one kind as the export holds them.
class RecordReader {
public:
    RecordReader(Database& db, const RecordKind& kind, bool one)
        : kind_(kind), q_(db.sql(), select_sql(kind, one)) {
        if (kind.nested == core::Nested::answers)
            answers_ = std::make_unique<SQLite::Statement>(
                db.sql(),
                "SELECT key, prompt, answer FROM entry_answer WHERE entry_id = ? "
                "ORDER BY position, key");
        record_.values.resize(kind.fields.size());
    }

    SQLite::Statement& statement() { return q_; }

    /// Reads the next row into record(); false at the end.
    bool next() {
        if (!q_.executeStep()) return false;
        auto& r = record_;
        int col = 0;
        r.id = q_.getColumn(col++).getInt64();
        for (std::size_t i = 0; i < kind_.fields.size(); ++i)
            read_value(kind_.fields[i], q_, col, r.values[i]);
        if (kind_.nested == core::Nested::tags) {
            auto c = q_.getColumn(col);
            split_into(std::string_view(c.getText(), static_cast<std::size_t>(c.getBytes())),
                       r.tags);
        }
        if (answers_) {
            answers_->reset();
            bind_values(*answers_, r.id);
            std::size_t n = 0;
            while (answers_->executeStep()) {
                if (n == r.answers.size()) r.answers.emplace_back();
                auto& a = r.answers[n++];
                assign_column(*answers_, 0, a.key);
                assign_column(*answers_, 1, a.prompt);
                assign_column(*answers_, 2, a.text);
            }
            r.answers.resize(n);
        }
        return true;
    }

    /// The record with this UUID, if it is here.
    const core::Record* find(const std::string& uuid) {
        q_.reset();
        bind_values(q_, uuid);
        return next() ? &record_ : nullptr;
    }

    const core::Record& record() const { return record_; }

private:
    const RecordKind& kind_;
    SQLite::Statement q_;
    std::unique_ptr<SQLite::Statement> answers_;
    core::Record record_;
};

/// The fields of a second unique rule of a kind (RecordKind::clash), or none.
std::vector<std::string_view> clash_fields(const RecordKind& kind) {
    switch (kind.id) {
        case core::KindId::homework_steps:
            return {"homework", "position"};
        case core::KindId::checkoffs:
            return {"homework", "day"};
        case core::KindId::goal_milestones:
            return {"goal", "position"};
        case core::KindId::measure_answers:
            return {"result", "item"};
        case core::KindId::sessions:
        case core::KindId::moods:
        case core::KindId::entries:
        case core::KindId::goals:
        case core::KindId::homework:
        case core::KindId::wins:
        case core::KindId::goal_ratings:
        case core::KindId::measure_results:
        case core::KindId::journal:
            return {};
    }
    return {};
}

/// A column's value to bind.
using Bound = std::variant<std::monostate, std::int64_t, std::string>;

void bind_bound(SQLite::Statement& q, int index, const Bound& v) {
    if (const auto* n = std::get_if<std::int64_t>(&v))
        q.bind(index, *n);
    else if (const auto* s = std::get_if<std::string>(&v))
        q.bind(index, *s);
    else
        q.bind(index);
}

/// The tombstones kept here: reading, writing, removing.
class Tombstones {
public:
    explicit Tombstones(Database& db)
        : find_(db.sql(), "SELECT deleted_utc FROM tombstone WHERE uuid = ?"),
          put_(db.sql(),
               "INSERT INTO tombstone (uuid, kind, deleted_utc) VALUES (?, ?, ?) "
               "ON CONFLICT (uuid) DO UPDATE SET deleted_utc = max(deleted_utc, "
               "excluded.deleted_utc)"),
          drop_(db.sql(), "DELETE FROM tombstone WHERE uuid = ?") {}

    std::optional<std::int64_t> find(const std::string& uuid) {
        find_.reset();
        bind_values(find_, uuid);
        if (!find_.executeStep()) return std::nullopt;
        return find_.getColumn(0).getInt64();
    }
    void put(const std::string& uuid, std::string_view kind, std::int64_t at) {
        put_.reset();
        bind_values(put_, uuid, std::string(kind), at);
        put_.exec();
    }
    void drop(const std::string& uuid) {
        drop_.reset();
        bind_values(drop_, uuid);
        drop_.exec();
    }

private:
    SQLite::Statement find_;
    SQLite::Statement put_;
    SQLite::Statement drop_;
};

/// Deletes a row as of `at`: the tombstone its trigger writes takes that time (or the row's own
/// later change), the same on every device.
void delete_as_of(Database& db, std::string_view table, std::int64_t id, std::int64_t at) {
    auto saved = db.now();
    db.set_now(at);
    try {
        execute(db, fmt::format("DELETE FROM {} WHERE id = ?", table).c_str(), id);
    } catch (...) {
        db.set_now(saved);
        throw;
    }
    db.set_now(saved);
}

/// Imports one kind: the statements it needs, prepared once.
class KindImporter {
public:
    KindImporter(Database& db, std::size_t index, Tombstones& tombstones)
        : db_(db),
          index_(index),
          kind_(core::record_kinds()[index]),
          tombstones_(tombstones),
          local_(db, kind_, true) {
        const auto& kind = kind_;
        std::vector<std::string> columns;
        std::vector<std::string> sets;
        auto clash = clash_fields(kind);
        std::vector<std::string> clash_where;
        for (const auto& f : kind.fields) {
            auto column = std::string(column_of(kind, f));
            bool in_clash = std::find(clash.begin(), clash.end(), f.name) != clash.end();
            if (in_clash) {
                clash_columns_.push_back(columns.size());
                clash_where.push_back(column + " = ?");
            }
            if (f.type == FieldType::instant) {
                columns.push_back(column + "_utc");
                columns.push_back(column + "_offset");
            } else {
                columns.push_back(column);
            }
        }
        std::string marks;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            marks += i == 0 ? "?" : ", ?";
            if (i > 0) sets.push_back(columns[i] + " = ?");  // the first is the UUID
        }
        insert_ = std::make_unique<SQLite::Statement>(
            db.sql(), fmt::format("INSERT INTO {} ({}) VALUES ({})", table_of(kind),
                                  fmt::join(columns, ", "), marks));
        update_ = std::make_unique<SQLite::Statement>(
            db.sql(),
            fmt::format("UPDATE {} SET {} WHERE id = ?", table_of(kind), fmt::join(sets, ", ")));
        if (!clash_where.empty())
            clash_ = std::make_unique<SQLite::Statement>(
                db.sql(), fmt::format("SELECT uuid FROM {} WHERE {}", table_of(kind),
                                      fmt::join(clash_where, " AND ")));
    }

    /// Merges the record into what is here; counts what happened.
    void import(const core::Record& r, core::ImportCounts& counts, core::ImportReport& report) {
        const auto& uuid = std::get<std::string>(r.values.front());
        incoming_ = r;
        unlinked_ = {};
        switch (resolve(incoming_, report, true)) {
            case Resolved::ok:
                break;
            case Resolved::skipped:
                ++counts.skipped;
                return;
            case Resolved::gone:
                ++counts.unchanged;
                return;
        }
        if (const auto* here = local_.find(uuid)) {
            auto id = here->id;
            switch (core::merge_records(kind_, *here, incoming_, merged_)) {
                case core::MergeOutcome::keep_local:
                    ++counts.unchanged;
                    return;
                case core::MergeOutcome::same:
                    if (merged_.values != here->values) {
                        (void)resolve(merged_, report, false);
                        update(id);
                    }
                    ++counts.unchanged;
                    return;
                case core::MergeOutcome::take_incoming:
                    update(id);
                    replace_nested(id, incoming_);
                    note_unlinked(report);
                    ++counts.updated;
                    return;
            }
        }
        auto changed = core::changed_at(kind_, incoming_);
        if (auto deleted = tombstones_.find(uuid)) {
            if (core::deletion_wins(*deleted, changed)) {
                ++counts.unchanged;  // deleted here, and it stays deleted
                return;
            }
            tombstones_.drop(uuid);
        }
        if (!insert(incoming_)) {
            // A second unique rule: the same occurrence under another UUID here.
            clash_->reset();
            for (std::size_t i = 0; i < clash_columns_.size(); ++i)
                bind_bound(*clash_, static_cast<int>(i) + 1, bound_[clash_columns_[i]]);
            if (!clash_->executeStep()) throw std::logic_error("a clash with no record");
            auto other_uuid = clash_->getColumn(0).getString();
            clash_->reset();
            const auto* other = local_.find(other_uuid);
            if (other == nullptr) throw std::logic_error("a clash with no record");
            auto at = std::max(changed, core::changed_at(kind_, *other));
            if (!core::wins_clash(kind_, incoming_, *other)) {
                tombstones_.put(uuid, kind_.name, at);
                report.note(index_, fmt::format("merged into the one here: {}", kind_.clash));
                ++counts.unchanged;
                return;
            }
            delete_as_of(db_, table_of(kind_), other->id, at);
            ++counts.deleted;
            report.note(index_, fmt::format("replaced the one here: {}", kind_.clash));
            if (!insert(incoming_)) throw std::logic_error("a clash after its removal");
        }
        note_unlinked(report);
        ++counts.added;
    }

    /// Applies a tombstone of this kind; counts a deletion.
    void remove(const core::Tombstone& t, core::ImportCounts& counts) {
        if (const auto* here = local_.find(t.uuid)) {
            if (!core::deletion_wins(t.deleted, core::changed_at(kind_, *here))) {
                ++counts.unchanged;  // changed here after that deletion: kept
                return;
            }
            delete_as_of(db_, table_of(kind_), here->id, t.deleted);
            ++counts.deleted;
            return;
        }
        tombstones_.put(t.uuid, kind_.name, t.deleted);
    }

private:
    enum class Resolved {
        ok,       ///< every reference found (or left out where it may be)
        skipped,  ///< a required reference is nowhere: noted
        gone,     ///< a required reference was deleted here: so is this record, from now on
    };

    /// Says that the record written was left without a link it had in the file.
    void note_unlinked(core::ImportReport& report) {
        if (unlinked_.empty()) return;
        report.note(index_, fmt::format("imported without a link to a {} that is in "
                                        "neither the file nor here",
                                        unlinked_));
    }

    /// Finds the records the record names, leaving out a nullable reference that is nowhere,
    /// and fills the values to bind, column by column.
    Resolved resolve(core::Record& r, core::ImportReport& report, bool noting) {
        bound_.clear();
        for (std::size_t i = 0; i < kind_.fields.size(); ++i) {
            const auto& f = kind_.fields[i];
            auto& v = r.values[i];
            if (f.type == FieldType::ref && std::holds_alternative<std::string>(v)) {
                const auto& target = kind_named(f.target);
                const auto& target_uuid = std::get<std::string>(v);
                if (auto id = id_of(target, target_uuid)) {
                    bound_.emplace_back(*id);
                    continue;
                }
                auto deleted = tombstones_.find(target_uuid);
                if (!f.nullable) {
                    if (deleted) {
                        const auto& uuid = std::get<std::string>(r.values.front());
                        tombstones_.put(uuid, kind_.name,
                                        std::max(*deleted, core::changed_at(kind_, r)));
                        return Resolved::gone;
                    }
                    report.note(index_,
                                fmt::format("skipped: no such {} in the file or here", target.one));
                    return Resolved::skipped;
                }
                if (noting && !deleted) unlinked_ = target.one;
                v = std::monostate{};
                bound_.emplace_back();
                continue;
            }
            if (const auto* at = std::get_if<core::Instant>(&v)) {
                bound_.emplace_back(at->utc);
                bound_.emplace_back(std::int64_t{at->offset});
            } else if (const auto* n = std::get_if<std::int64_t>(&v)) {
                bound_.emplace_back(*n);
            } else if (const auto* s = std::get_if<std::string>(&v)) {
                bound_.emplace_back(*s);
            } else {
                bound_.emplace_back();
                if (f.type == FieldType::instant) bound_.emplace_back();
            }
        }
        return Resolved::ok;
    }

    /// Inserts the resolved record with its tags or answers; false when it clashes with one
    /// here on a second unique rule.
    bool insert(const core::Record& r) {
        insert_->reset();
        insert_->clearBindings();
        for (std::size_t i = 0; i < bound_.size(); ++i)
            bind_bound(*insert_, static_cast<int>(i) + 1, bound_[i]);
        try {
            insert_->exec();
        } catch (const SQLite::Exception& e) {
            if (e.getExtendedErrorCode() != SQLITE_CONSTRAINT_UNIQUE || !clash_) throw;
            // sqlite3_reset reports a failed step again: clear it here, where it is handled.
            (void)insert_->tryReset();
            return false;
        }
        auto id = db_.sql().getLastInsertRowid();
        if (kind_.nested == core::Nested::tags) insert_tags(id, r.tags);
        if (kind_.nested == core::Nested::answers) insert_answers(id, r.answers);
        return true;
    }

    /// Writes the resolved values over the row `id`, in place (its local id stays).
    void update(std::int64_t id) {
        update_->reset();
        update_->clearBindings();
        for (std::size_t i = 1; i < bound_.size(); ++i)
            bind_bound(*update_, static_cast<int>(i), bound_[i]);
        update_->bind(static_cast<int>(bound_.size()), id);
        update_->exec();
    }

    void replace_nested(std::int64_t id, const core::Record& r) {
        if (kind_.nested == core::Nested::tags) {
            execute(
                db_,
                fmt::format("DELETE FROM {} WHERE {} = ?", tag_table_of(kind_), tag_owner_of(kind_))
                    .c_str(),
                id);
            insert_tags(id, r.tags);
        }
        if (kind_.nested == core::Nested::answers) {
            execute(db_, "DELETE FROM entry_answer WHERE entry_id = ?", id);
            insert_answers(id, r.answers);
        }
    }

    // The statements below are prepared once per kind, not once per record: preparing them
    // for each of ten years' moods took a third of an import.
    SQLite::Statement& prepared(std::unique_ptr<SQLite::Statement>& q, const std::string& sql) {
        if (!q) q = std::make_unique<SQLite::Statement>(db_.sql(), sql);
        return *q;
    }

    std::optional<std::int64_t> id_of(const RecordKind& target, const std::string& uuid) {
        auto& q = prepared(ids_[target.name],
                           fmt::format("SELECT id FROM {} WHERE uuid = ?", table_of(target)));
        q.reset();
        bind_values(q, uuid);
        if (!q.executeStep()) return std::nullopt;
        return q.getColumn(0).getInt64();
    }

    void insert_tags(std::int64_t owner, const std::vector<std::string>& tags) {
        auto& q = prepared(nested_, fmt::format("INSERT INTO {} ({}, tag) VALUES (?, ?)",
                                                tag_table_of(kind_), tag_owner_of(kind_)));
        for (const auto& tag : tags) {
            q.reset();
            bind_values(q, owner, tag);
            q.exec();
        }
    }

    void insert_answers(std::int64_t entry_id, const std::vector<core::Answer>& answers) {
        auto& q = prepared(nested_,
                           "INSERT INTO entry_answer (entry_id, position, key, prompt, answer) "
                           "VALUES (?, ?, ?, ?, ?)");
        for (std::size_t i = 0; i < answers.size(); ++i) {
            q.reset();
            bind_values(q, entry_id, static_cast<std::int64_t>(i), answers[i].key,
                        answers[i].prompt, answers[i].text);
            q.exec();
        }
    }

    Database& db_;
    std::size_t index_;
    const RecordKind& kind_;
    Tombstones& tombstones_;
    RecordReader local_;  ///< reads the record here with a UUID
    std::unique_ptr<SQLite::Statement> insert_;
    std::unique_ptr<SQLite::Statement> update_;
    std::unique_ptr<SQLite::Statement> clash_;   ///< the UUID of the record a clash is with
    std::vector<std::size_t> clash_columns_;     ///< their positions in bound_
    std::unique_ptr<SQLite::Statement> nested_;  ///< inserts a mood's tags or an entry's answers
    std::map<std::string_view, std::unique_ptr<SQLite::Statement>> ids_;  ///< by kind
    core::Record incoming_;
    core::Record merged_;
    std::string_view unlinked_;  ///< the kind of a nullable reference found nowhere, if any
    std::vector<Bound> bound_;   ///< the values of the record being written, column by column
};

}  // namespace transfer_parts

void each_record(Database& db, std::size_t kind_at,
                 const std::function<void(const core::Record&)>& visit) {
    transfer_parts::RecordReader reader(db, core::record_kinds()[kind_at], false);
    while (reader.next()) visit(reader.record());
}

std::optional<core::Record> find_record(Database& db, std::size_t kind, const std::string& uuid) {
    transfer_parts::RecordReader reader(db, core::record_kinds()[kind], true);
    if (const auto* r = reader.find(uuid)) return *r;
    return std::nullopt;
}

void each_tombstone(Database& db, const std::function<void(const core::Tombstone&)>& visit) {
    SQLite::Statement q(db.sql(),
                        "SELECT kind, uuid, deleted_utc FROM tombstone ORDER BY kind, uuid");
    core::Tombstone t;
    while (q.executeStep()) {
        transfer_parts::assign_column(q, 0, t.kind);
        transfer_parts::assign_column(q, 1, t.uuid);
        t.deleted = q.getColumn(2).getInt64();
        visit(t);
    }
}

bool has_tombstones(Database& db) {
    return db.sql().execAndGet("SELECT EXISTS (SELECT 1 FROM tombstone)").getInt() != 0;
}

core::Archive read_archive(Database& db, const core::Instant& now) {
    core::Archive archive;
    archive.exported_at = now;
    const auto& kinds = core::record_kinds();
    for (std::size_t i = 0; i < kinds.size(); ++i)
        each_record(db, i, [&](const core::Record& r) { archive.records[i].push_back(r); });
    each_tombstone(db, [&](const core::Tombstone& t) { archive.deleted.push_back(t); });
    return archive;
}

struct ArchiveImport::State {
    explicit State(Database& d) : db(d), tombstones(d) {
        for (std::size_t i = 0; i < core::record_kinds().size(); ++i)
            importers.push_back(std::make_unique<transfer_parts::KindImporter>(db, i, tombstones));
    }
    Database& db;
    transfer_parts::Tombstones tombstones;
    std::vector<std::unique_ptr<transfer_parts::KindImporter>> importers;
    core::ImportReport report;
};

ArchiveImport::ArchiveImport(Database& db) : state_(std::make_unique<State>(db)) {}

ArchiveImport::~ArchiveImport() = default;

void ArchiveImport::deletions(const std::vector<core::Tombstone>& deleted) {
    // Children before parents, so that a cascade meets no child it would delete a second time.
    const auto& kinds = core::record_kinds();
    auto& s = *state_;
    for (std::size_t i = kinds.size(); i-- > 0;)
        for (const auto& t : deleted)
            if (t.kind == kinds[i].name) s.importers[i]->remove(t, s.report.kinds[i]);
}

void ArchiveImport::record(std::size_t kind, core::Record& record) {
    auto& s = *state_;
    s.importers[kind]->import(record, s.report.kinds[kind], s.report);
}

const core::ImportReport& ArchiveImport::report() const {
    return state_->report;
}

DeletedHere::DeletedHere(Database& db)
    : find_(std::make_unique<SQLite::Statement>(db.sql(),
                                                "SELECT 1 FROM tombstone WHERE uuid = ?")) {}

DeletedHere::~DeletedHere() = default;

bool DeletedHere::operator()(const std::string& uuid) {
    find_->reset();
    bind_values(*find_, uuid);
    return find_->executeStep();
}

void DeletedHere::skipped(core::ImportReport& report, std::size_t kind, std::size_t n) {
    report.kinds[kind].skipped += n;
    for (std::size_t i = 0; i < n; ++i) report.note(kind, "skipped: deleted here");
}

core::ImportReport import_archive(Database& db, const core::Archive& archive,
                                  const Progress& progress) {
    core::ImportReport report;
    const auto& kinds = core::record_kinds();
    transfer_parts::Tombstones tombstones(db);
    std::size_t done = 0, all = archive.size() + archive.deleted.size();
    std::vector<std::unique_ptr<transfer_parts::KindImporter>> importers;
    for (std::size_t i = 0; i < kinds.size(); ++i)
        importers.push_back(std::make_unique<transfer_parts::KindImporter>(db, i, tombstones));
    // Deletions first, children before parents, so that a cascade meets no child it would
    // delete a second time.
    for (std::size_t i = kinds.size(); i-- > 0;)
        for (const auto& t : archive.deleted) {
            if (t.kind != kinds[i].name) continue;
            importers[i]->remove(t, report.kinds[i]);
            if (progress) progress(++done, all);
        }
    for (std::size_t i = 0; i < kinds.size(); ++i)
        for (const auto& record : archive.records[i]) {
            importers[i]->import(record, report.kinds[i], report);
            if (progress) progress(++done, all);
        }
    return report;
}

}  // namespace tend::store
