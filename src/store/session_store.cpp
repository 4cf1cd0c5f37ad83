#include "store/session_store.hpp"

#include <string>

#include "store/sql_util.hpp"

namespace tend::store {
namespace {

constexpr const char* select_session =
    "SELECT id, uuid, at_utc, at_offset, day, status, note FROM session ";

core::Session read_session(SQLite::Statement& q) {
    core::Session s;
    s.id = q.getColumn(0).getInt64();
    s.uuid = q.getColumn(1).getString();
    s.at = {q.getColumn(2).getInt64(), q.getColumn(3).getInt()};
    s.day = day_column(q.getColumn(4));
    s.status = core::parse_status(q.getColumn(5).getString()).value_or(core::SessionStatus::held);
    s.note = q.getColumn(6).getString();
    return s;
}

std::optional<core::Session> first_session(SQLite::Statement& q) {
    if (!q.executeStep()) return std::nullopt;
    return read_session(q);
}

}  // namespace

std::int64_t insert_session(Database& db, const core::Session& s, const core::Instant& now) {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO session (uuid, at_utc, at_offset, day, status, note, "
                        "created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, s.uuid);
    q.bind(2, s.at.utc);
    q.bind(3, s.at.offset);
    q.bind(4, core::format_day(s.day));
    q.bind(5, std::string(core::status_name(s.status)));
    q.bind(6, s.note);
    q.bind(7, now.utc);
    q.bind(8, now.utc);
    q.exec();
    return db.sql().getLastInsertRowid();
}

void update_session(Database& db, const core::Session& s, const core::Instant& now) {
    SQLite::Statement q(db.sql(),
                        "UPDATE session SET at_utc = ?, at_offset = ?, day = ?, status = ?, "
                        "note = ?, updated_utc = ? WHERE id = ?");
    q.bind(1, s.at.utc);
    q.bind(2, s.at.offset);
    q.bind(3, core::format_day(s.day));
    q.bind(4, std::string(core::status_name(s.status)));
    q.bind(5, s.note);
    q.bind(6, now.utc);
    q.bind(7, s.id);
    q.exec();
}

void delete_session(Database& db, std::int64_t id) {
    SQLite::Statement q(db.sql(), "DELETE FROM session WHERE id = ?");
    q.bind(1, id);
    q.exec();
}

std::optional<core::Session> find_session(Database& db, std::int64_t id) {
    SQLite::Statement q(db.sql(), std::string(select_session) + "WHERE id = ?");
    q.bind(1, id);
    return first_session(q);
}

std::vector<core::Session> list_sessions(Database& db) {
    SQLite::Statement q(db.sql(), std::string(select_session) + "ORDER BY at_utc, id");
    std::vector<core::Session> out;
    while (q.executeStep()) out.push_back(read_session(q));
    return out;
}

std::optional<core::Session> latest_held_session(Database& db, const core::Instant& at) {
    SQLite::Statement q(db.sql(), std::string(select_session) +
                                      "WHERE status = 'held' AND at_utc <= ? "
                                      "ORDER BY at_utc DESC, id DESC LIMIT 1");
    q.bind(1, at.utc);
    return first_session(q);
}

std::optional<core::Session> scheduled_session(Database& db) {
    SQLite::Statement q(db.sql(), std::string(select_session) +
                                      "WHERE status = 'scheduled' "
                                      "ORDER BY at_utc DESC, id DESC LIMIT 1");
    return first_session(q);
}

core::SessionFacts session_facts(Database& db, const core::Clock& clock) {
    core::SessionFacts facts;
    facts.latest_held = latest_held_session(db, clock.now);
    facts.scheduled = scheduled_session(db);
    SQLite::Statement q(db.sql(),
                        "SELECT DISTINCT day FROM session WHERE status = 'cancelled' AND day >= ? "
                        "ORDER BY day");
    q.bind(1, core::format_day(clock.today()));
    while (q.executeStep()) facts.cancelled_days.push_back(day_column(q.getColumn(0)));
    return facts;
}

}  // namespace tend::store
