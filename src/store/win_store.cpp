#include "store/win_store.hpp"

#include <string>

#include "store/sql_util.hpp"

namespace tend::store {
namespace {

constexpr const char* select_win = "SELECT id, uuid, at_utc, at_offset, day, text FROM win ";

core::Win read_win(SQLite::Statement& q) {
    core::Win w;
    w.id = q.getColumn(0).getInt64();
    w.uuid = q.getColumn(1).getString();
    w.at = {q.getColumn(2).getInt64(), q.getColumn(3).getInt()};
    w.day = day_column(q.getColumn(4));
    w.text = q.getColumn(5).getString();
    return w;
}

}  // namespace

std::int64_t insert_win(Database& db, const core::Win& win, const core::Instant& now) {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO win (uuid, at_utc, at_offset, day, text, created_utc, "
                        "updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, win.uuid);
    q.bind(2, win.at.utc);
    q.bind(3, win.at.offset);
    q.bind(4, core::format_day(win.day));
    q.bind(5, win.text);
    q.bind(6, now.utc);
    q.bind(7, now.utc);
    q.exec();
    return db.sql().getLastInsertRowid();
}

std::vector<core::Win> list_wins(Database& db, const core::Period& period) {
    auto where = period_clause(period, "day", "at_utc");
    SQLite::Statement q(db.sql(), std::string(select_win) + where.sql + " ORDER BY at_utc, id");
    where.bind(q);
    std::vector<core::Win> out;
    while (q.executeStep()) out.push_back(read_win(q));
    return out;
}

std::optional<core::Win> find_win(Database& db, std::int64_t id) {
    SQLite::Statement q(db.sql(), std::string(select_win) + "WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return read_win(q);
}

void delete_win(Database& db, std::int64_t id) {
    SQLite::Statement q(db.sql(), "DELETE FROM win WHERE id = ?");
    q.bind(1, id);
    q.exec();
}

}  // namespace tend::store
