#include "store/progress_store.hpp"

#include <algorithm>

#include "store/sql_util.hpp"

namespace tend::store {

std::vector<core::Day> held_session_days(Database& db, core::Day to, std::size_t limit) {
    SQLite::Statement q(db.sql(),
                        "SELECT DISTINCT day FROM session WHERE status = 'held' AND day <= ? "
                        "ORDER BY day DESC LIMIT ?");
    bind_values(q, core::format_day(to), static_cast<std::int64_t>(limit));
    auto days = all_rows(q, [](SQLite::Statement& s) { return day_column(s.getColumn(0)); });
    std::reverse(days.begin(), days.end());
    return days;
}

}  // namespace tend::store
