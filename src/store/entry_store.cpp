#include "store/entry_store.hpp"

#include <limits>
#include <string>
#include <tuple>

#include "store/sql_util.hpp"

namespace tend::store {

namespace {

constexpr const char* answers_sql =
    "SELECT key, prompt, answer FROM entry_answer WHERE entry_id = ? ORDER BY position, key";

core::Answer read_answer(SQLite::Statement& row) {
    return core::Answer{row.getColumn(0).getString(), row.getColumn(1).getString(),
                        row.getColumn(2).getString()};
}

}  // namespace

std::vector<core::Answer> entry_answers(Database& db, std::int64_t entry_id) {
    SQLite::Statement q(db.sql(), answers_sql);
    bind_values(q, entry_id);
    return all_rows(q, read_answer);
}

namespace {

constexpr const char* select_entry =
    "SELECT entry.id, entry.uuid, entry.kind, entry.template, entry.session_id, "
    "session.at_utc, session.at_offset, entry.at_utc, entry.at_offset, entry.day, entry.private "
    "FROM entry LEFT JOIN session ON session.id = entry.session_id ";

core::Entry read_entry(SQLite::Statement& q) {
    core::Entry e;
    e.id = q.getColumn(0).getInt64();
    e.uuid = q.getColumn(1).getString();
    e.kind = core::parse_kind(q.getColumn(2).getString()).value_or(core::EntryKind::worksheet);
    e.template_name = q.getColumn(3).getString();
    if (!q.getColumn(4).isNull()) e.session_id = q.getColumn(4).getInt64();
    if (!q.getColumn(5).isNull())
        e.session_at = core::Instant{q.getColumn(5).getInt64(), q.getColumn(6).getInt()};
    e.at = {q.getColumn(7).getInt64(), q.getColumn(8).getInt()};
    e.day = day_column(q.getColumn(9));
    e.is_private = q.getColumn(10).getInt() != 0;
    return e;
}

/// Runs a query over entries and loads each one's answers.
std::vector<core::Entry> entries_from(Database& db, SQLite::Statement& q) {
    auto out = all_rows(q, read_entry);
    if (out.empty()) return out;
    // One statement for every entry's answers, prepared once: preparing it per entry cost
    // four times what reading the answers did.
    SQLite::Statement answers(db.sql(), answers_sql);
    for (auto& e : out) {
        answers.reset();
        bind_values(answers, e.id);
        e.answers = all_rows(answers, read_answer);
    }
    return out;
}

void write_answers(Database& db, const core::Entry& entry) {
    execute(db, "DELETE FROM entry_answer WHERE entry_id = ?", entry.id);
    int position = 0;
    execute_each(db,
                 "INSERT INTO entry_answer (entry_id, position, key, prompt, answer) "
                 "VALUES (?, ?, ?, ?, ?)",
                 entry.answers, [&](const core::Answer& a) {
                     return std::make_tuple(entry.id, position++, a.key, a.prompt, a.text);
                 });
}

}  // namespace

std::int64_t insert_entry(Database& db, const core::Entry& entry, const core::Instant& now) {
    core::Entry stored = entry;
    stored.id = insert_row(db,
                           "INSERT INTO entry (uuid, kind, template, session_id, at_utc, "
                           "at_offset, day, created_utc, updated_utc, private) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           entry.uuid, core::kind_name(entry.kind), entry.template_name,
                           entry.session_id, entry.at.utc, entry.at.offset,
                           core::format_day(entry.day), now.utc, now.utc, entry.is_private ? 1 : 0);
    write_answers(db, stored);
    return stored.id;
}

void update_entry_answers(Database& db, const core::Entry& entry, const core::Instant& now) {
    execute(db, "UPDATE entry SET updated_utc = ? WHERE id = ?", now.utc, entry.id);
    write_answers(db, entry);
}

void set_entry_private(Database& db, std::int64_t id, bool is_private, const core::Instant& now) {
    execute(db, "UPDATE entry SET private = ?, updated_utc = ? WHERE id = ?", is_private ? 1 : 0,
            now.utc, id);
}

void delete_entry(Database& db, std::int64_t id) {
    execute(db, "DELETE FROM entry WHERE id = ?", id);
}

std::optional<core::Entry> find_entry(Database& db, std::int64_t id) {
    SQLite::Statement q(db.sql(), std::string(select_entry) + "WHERE entry.id = ?");
    bind_values(q, id);
    auto found = entries_from(db, q);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<core::Entry> list_entries(Database& db, std::optional<core::EntryKind> kind,
                                      const core::Period& period) {
    auto where = period_clause(period, "entry.day", "entry.at_utc");
    std::string sql = std::string(select_entry) + where.sql;
    // `+entry.kind` and `+entry.at_utc` (here and below): neither the kind nor the order may
    // lure SQLite into walking every entry of a kind through entry_by_kind when the
    // window's days (entry_by_day) find the few rows asked for.
    if (kind) {
        sql += where.sql.empty() ? "WHERE +entry.kind = ? " : "AND +entry.kind = ? ";
        where.params.emplace_back(std::string(core::kind_name(*kind)));
    }
    SQLite::Statement q(db.sql(), sql + "ORDER BY +entry.at_utc, entry.id");
    where.bind(q);
    return entries_from(db, q);
}

std::vector<core::Entry> list_worksheets(Database& db, const core::Period& period) {
    auto where = period_clause(period, "entry.day", "entry.at_utc");
    std::string sql = std::string(select_entry) + where.sql +
                      (where.sql.empty() ? "WHERE " : "AND ") +
                      "+entry.kind NOT IN ('reflection', 'prep') ORDER BY +entry.at_utc, entry.id";
    SQLite::Statement q(db.sql(), sql);
    where.bind(q);
    return entries_from(db, q);
}

std::vector<core::Entry> reflections_for_session(Database& db, std::int64_t session_id) {
    SQLite::Statement q(db.sql(), std::string(select_entry) +
                                      "WHERE entry.session_id = ? AND entry.kind = 'reflection' "
                                      "ORDER BY +entry.at_utc, entry.id");
    bind_values(q, session_id);
    return entries_from(db, q);
}

std::optional<core::Entry> latest_prep(Database& db, const std::optional<core::Instant>& since,
                                       const core::Instant& until) {
    SQLite::Statement q(db.sql(), std::string(select_entry) +
                                      "WHERE entry.kind = 'prep' AND entry.at_utc > ? "
                                      "AND entry.at_utc <= ? "
                                      "ORDER BY entry.at_utc DESC, entry.id DESC LIMIT 1");
    bind_values(q, since ? since->utc : std::numeric_limits<std::int64_t>::min(), until.utc);
    auto found = entries_from(db, q);
    if (found.empty()) return std::nullopt;
    return found.front();
}

int count_entries_for_session(Database& db, std::int64_t session_id) {
    SQLite::Statement q(db.sql(), "SELECT count(*) FROM entry WHERE session_id = ?");
    bind_values(q, session_id);
    q.executeStep();
    return q.getColumn(0).getInt();
}

}  // namespace tend::store
