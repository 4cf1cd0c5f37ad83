// The statements of export and import are built from the record kinds' field lists
// (core/archive.cpp) and their tables and columns (store/archive_tables.cpp), constants of the
// program, never input; every value is bound.
#include "store/transfer_store.hpp"

#include <map>
#include <memory>
#include <string_view>

#include <sqlite3.h>

#include <fmt/format.h>

#include "store/archive_tables.hpp"
#include "store/sql_util.hpp"

namespace tend::store {
namespace {

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

std::string select_sql(const RecordKind& kind) {
    std::vector<std::string> columns{"id"};
    for (const auto& f : kind.fields)
        for (auto& e : select_expressions(kind, f)) columns.push_back(std::move(e));
    if (kind.nested == core::Nested::tags)
        columns.push_back(
            "(SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM mood_tag WHERE mood_id = "
            "mood.id ORDER BY tag))");
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

/// Imports one kind: the statements it needs, prepared once.
class KindImporter {
public:
    KindImporter(Database& db, std::size_t index)
        : db_(db), index_(index), kind_(core::record_kinds()[index]) {
        const auto& kind = kind_;
        std::vector<std::string> columns;
        for (const auto& f : kind.fields) {
            auto column = std::string(column_of(kind, f));
            if (f.type == FieldType::instant) {
                columns.push_back(column + "_utc");
                columns.push_back(column + "_offset");
            } else {
                columns.push_back(column);
            }
        }
        std::string marks;
        for (std::size_t i = 0; i < columns.size(); ++i) marks += i == 0 ? "?" : ", ?";
        insert_ = std::make_unique<SQLite::Statement>(
            db.sql(), fmt::format("INSERT INTO {} ({}) VALUES ({})", table_of(kind),
                                  fmt::join(columns, ", "), marks));
        exists_ = std::make_unique<SQLite::Statement>(
            db.sql(), fmt::format("SELECT 1 FROM {} WHERE uuid = ?", table_of(kind)));
    }

    /// Adds the record unless it is here already or cannot be; counts what happened.
    void import(const core::Record& r, core::ImportCounts& counts, core::ImportReport& report) {
        const auto& uuid = std::get<std::string>(r.values.front());
        exists_->reset();
        bind_values(*exists_, uuid);
        if (exists_->executeStep()) {
            ++counts.present;
            return;
        }
        insert_->reset();
        insert_->clearBindings();
        int index = 1;
        for (std::size_t i = 0; i < kind_.fields.size(); ++i)
            if (!bind(kind_.fields[i], r.values[i], index, report)) {
                ++counts.skipped;
                return;
            }
        try {
            insert_->exec();
        } catch (const SQLite::Exception& e) {
            if (e.getExtendedErrorCode() != SQLITE_CONSTRAINT_UNIQUE || kind_.clash.empty()) throw;
            // sqlite3_reset reports a failed step again: clear it here, where it is handled.
            (void)insert_->tryReset();
            report.note(index_, fmt::format("skipped: {}", kind_.clash));
            ++counts.skipped;
            return;
        }
        auto id = db_.sql().getLastInsertRowid();
        if (kind_.nested == core::Nested::tags) insert_tags(id, r.tags);
        if (kind_.nested == core::Nested::answers) insert_answers(id, r.answers);
        ++counts.added;
    }

private:
    /// Binds a field; false when the record must be skipped (a required reference is nowhere).
    bool bind(const Field& f, const core::Value& v, int& index, core::ImportReport& report) {
        if (f.type == FieldType::ref && std::holds_alternative<std::string>(v)) {
            const auto& target = kind_named(f.target);
            auto id = id_of(target, std::get<std::string>(v));
            if (id) {
                insert_->bind(index++, *id);
                return true;
            }
            if (!f.nullable) {
                report.note(index_,
                            fmt::format("skipped: no such {} in the file or here", target.one));
                return false;
            }
            report.note(index_, fmt::format("imported without a link to a {} that is in "
                                            "neither the file nor here",
                                            target.one));
            insert_->bind(index++);
            return true;
        }
        if (const auto* at = std::get_if<core::Instant>(&v)) {
            insert_->bind(index++, at->utc);
            insert_->bind(index++, at->offset);
        } else if (const auto* n = std::get_if<std::int64_t>(&v)) {
            insert_->bind(index++, *n);
        } else if (const auto* s = std::get_if<std::string>(&v)) {
            insert_->bind(index++, *s);
        } else {
            insert_->bind(index++);
            if (f.type == FieldType::instant) insert_->bind(index++);
        }
        return true;
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

    void insert_tags(std::int64_t mood_id, const std::vector<std::string>& tags) {
        auto& q = prepared(nested_, "INSERT INTO mood_tag (mood_id, tag) VALUES (?, ?)");
        for (const auto& tag : tags) {
            q.reset();
            bind_values(q, mood_id, tag);
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
    std::unique_ptr<SQLite::Statement> insert_;
    std::unique_ptr<SQLite::Statement> exists_;
    std::unique_ptr<SQLite::Statement> nested_;  ///< inserts a mood's tags or an entry's answers
    std::map<std::string_view, std::unique_ptr<SQLite::Statement>> ids_;  ///< by kind
};

}  // namespace

void each_record(Database& db, std::size_t kind_at,
                 const std::function<void(const core::Record&)>& visit) {
    const auto& kind = core::record_kinds()[kind_at];
    SQLite::Statement q(db.sql(), select_sql(kind));
    std::unique_ptr<SQLite::Statement> answers;
    if (kind.nested == core::Nested::answers)
        answers = std::make_unique<SQLite::Statement>(
            db.sql(),
            "SELECT key, prompt, answer FROM entry_answer WHERE entry_id = ? "
            "ORDER BY position, key");
    core::Record r;
    r.values.resize(kind.fields.size());
    while (q.executeStep()) {
        int col = 0;
        r.id = q.getColumn(col++).getInt64();
        for (std::size_t i = 0; i < kind.fields.size(); ++i)
            read_value(kind.fields[i], q, col, r.values[i]);
        if (kind.nested == core::Nested::tags) {
            auto c = q.getColumn(col);
            split_into(std::string_view(c.getText(), static_cast<std::size_t>(c.getBytes())),
                       r.tags);
        }
        if (answers) {
            answers->reset();
            bind_values(*answers, r.id);
            std::size_t n = 0;
            while (answers->executeStep()) {
                if (n == r.answers.size()) r.answers.emplace_back();
                auto& a = r.answers[n++];
                assign_column(*answers, 0, a.key);
                assign_column(*answers, 1, a.prompt);
                assign_column(*answers, 2, a.text);
            }
            r.answers.resize(n);
        }
        visit(r);
    }
}

core::Archive read_archive(Database& db, const core::Instant& now) {
    core::Archive archive;
    archive.exported_at = now;
    const auto& kinds = core::record_kinds();
    for (std::size_t i = 0; i < kinds.size(); ++i)
        each_record(db, i, [&](const core::Record& r) { archive.records[i].push_back(r); });
    return archive;
}

core::ImportReport import_archive(Database& db, const core::Archive& archive,
                                  const Progress& progress) {
    core::ImportReport report;
    const auto& kinds = core::record_kinds();
    std::size_t done = 0, all = archive.size();
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        KindImporter importer(db, i);
        for (const auto& record : archive.records[i]) {
            importer.import(record, report.kinds[i], report);
            if (progress) progress(++done, all);
        }
    }
    return report;
}

}  // namespace tend::store
