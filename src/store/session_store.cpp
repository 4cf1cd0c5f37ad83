#include "store/session_store.hpp"

#include <string>

#include "store/sql_util.hpp"

namespace tend::store {
namespace {

constexpr const char* select_session =
    "SELECT id, uuid, at_utc, at_offset, day, status, note FROM session ";

core::Session read_session(SQLite::Statement& q) {
    core::Session s;
    read_stamp(q, s);
    s.status = core::parse_status(q.getColumn(5).getString()).value_or(core::SessionStatus::held);
    s.note = q.getColumn(6).getString();
    return s;
}

}  // namespace

std::int64_t insert_session(Database& db, const core::Session& s, const core::Instant& now) {
    return insert_row(db,
                      "INSERT INTO session (uuid, at_utc, at_offset, day, status, note, "
                      "created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                      s.uuid, s.at.utc, s.at.offset, core::format_day(s.day),
                      core::status_name(s.status), s.note, now.utc, now.utc);
}

void update_session(Database& db, const core::Session& s, const core::Instant& now) {
    execute(db,
            "UPDATE session SET at_utc = ?, at_offset = ?, day = ?, status = ?, note = ?, "
            "updated_utc = ? WHERE id = ?",
            s.at.utc, s.at.offset, core::format_day(s.day), core::status_name(s.status), s.note,
            now.utc, s.id);
}

void delete_session(Database& db, std::int64_t id) {
    execute(db, "DELETE FROM session WHERE id = ?", id);
}

std::optional<core::Session> find_session(Database& db, std::int64_t id) {
    return find_by_id(db, select_session, id, read_session);
}

std::vector<core::Session> list_sessions(Database& db) {
    SQLite::Statement q(db.sql(), std::string(select_session) + "ORDER BY at_utc, id");
    return all_rows(q, read_session);
}

std::optional<core::Session> latest_held_session(Database& db, const core::Instant& at) {
    SQLite::Statement q(db.sql(), std::string(select_session) +
                                      "WHERE status = 'held' AND at_utc <= ? "
                                      "ORDER BY at_utc DESC, id DESC LIMIT 1");
    bind_values(q, at.utc);
    return first_row(q, read_session);
}

std::optional<core::Session> scheduled_session(Database& db) {
    SQLite::Statement q(db.sql(), std::string(select_session) +
                                      "WHERE status = 'scheduled' "
                                      "ORDER BY at_utc DESC, id DESC LIMIT 1");
    return first_row(q, read_session);
}

core::SessionFacts session_facts(Database& db, const core::Clock& clock) {
    core::SessionFacts facts;
    facts.latest_held = latest_held_session(db, clock.now);
    facts.scheduled = scheduled_session(db);
    SQLite::Statement q(db.sql(),
                        "SELECT DISTINCT day FROM session WHERE status = 'cancelled' AND day >= ? "
                        "ORDER BY day");
    // A week back: the latest regular time may have been cancelled on its day.
    bind_values(q, core::format_day(core::add_days(clock.today(), -7)));
    facts.cancelled_days =
        all_rows(q, [](SQLite::Statement& row) { return day_column(row.getColumn(0)); });
    return facts;
}

}  // namespace tend::store
