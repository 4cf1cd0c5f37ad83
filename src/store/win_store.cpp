#include "store/win_store.hpp"

#include <string>

#include "store/sql_util.hpp"

namespace tend::store {
namespace {

constexpr const char* select_win =
    "SELECT id, uuid, at_utc, at_offset, day, text, private FROM win ";

core::Win read_win(SQLite::Statement& q) {
    core::Win w;
    read_stamp(q, w);
    w.text = q.getColumn(5).getString();
    w.is_private = q.getColumn(6).getInt() != 0;
    return w;
}

}  // namespace

std::int64_t insert_win(Database& db, const core::Win& win, const core::Instant& now) {
    return insert_row(db,
                      "INSERT INTO win (uuid, at_utc, at_offset, day, text, created_utc, "
                      "updated_utc, private) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                      win.uuid, win.at.utc, win.at.offset, core::format_day(win.day), win.text,
                      now.utc, now.utc, win.is_private ? 1 : 0);
}

std::vector<core::Win> list_wins(Database& db, const core::Period& period) {
    return rows_where(db, select_win, period_clause(period, "day", "at_utc"),
                      " ORDER BY at_utc, id", read_win);
}

std::optional<core::Win> find_win(Database& db, std::int64_t id) {
    return find_by_id(db, select_win, id, read_win);
}

void delete_win(Database& db, std::int64_t id) {
    execute(db, "DELETE FROM win WHERE id = ?", id);
}

}  // namespace tend::store
