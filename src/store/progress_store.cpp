#include "store/progress_store.hpp"

#include <algorithm>

#include "store/sql_util.hpp"

namespace tend::store {

std::vector<core::Instant> held_session_times(Database& db, const core::Instant& end,
                                              std::size_t limit) {
    SQLite::Statement q(db.sql(),
                        "SELECT DISTINCT at_utc, at_offset FROM session WHERE status = 'held' AND "
                        "at_utc < ? ORDER BY at_utc DESC LIMIT ?");
    bind_values(q, end.utc, static_cast<std::int64_t>(limit));
    auto times = all_rows(q, [](SQLite::Statement& s) {
        return core::Instant{s.getColumn(0).getInt64(), s.getColumn(1).getInt()};
    });
    std::reverse(times.begin(), times.end());
    return times;
}

}  // namespace tend::store
