#include "store/insights_store.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "store/sql_util.hpp"

namespace tend::store {

core::MoodHistory mood_history(Database& db, core::Day from, core::Day to) {
    core::MoodHistory history;
    // Years of moods are read once, page after page: a small page cache serves that as well as
    // a large one, and keeps ten years within an everyday command's memory. SQLite's default
    // (-2000: 2000 KiB) is back for the statements after this one.
    db.sql().exec("PRAGMA cache_size = -256");
    struct RestoreCache {
        Database& db;
        ~RestoreCache() {
            try {
                db.sql().exec("PRAGMA cache_size = -2000");
            } catch (const SQLite::Exception&) {
                // A smaller cache is slower, never wrong.
            }
        }
    } restore{db};
    // Counted first (from the index alone), so that ten years of moods are held once, not
    // copied as their vector grows.
    SQLite::Statement count(db.sql(), "SELECT count(*) FROM mood WHERE day BETWEEN ? AND ?");
    bind_values(count, core::format_day(from), core::format_day(to));
    if (count.executeStep())
        history.entries.reserve(static_cast<std::size_t>(count.getColumn(0).getInt64()));
    // One row per tag (one for a mood without tags), a mood's rows together, in the order of
    // mood_by_day (which ends in the id), so that nothing is sorted. Days repeat from row to
    // row, so each is parsed once.
    SQLite::Statement q(db.sql(),
                        "SELECT m.id, m.day, m.at_utc, m.at_offset, m.score, t.tag FROM mood AS m "
                        "LEFT JOIN mood_tag AS t ON t.mood_id = m.id "
                        "WHERE m.day BETWEEN ? AND ? ORDER BY m.day, m.at_utc, m.id");
    bind_values(q, core::format_day(from), core::format_day(to));
    // Each column read is a call into SQLite (and its mutex): over ten years they are most of
    // the cost, so a row reads its id and tag, and a mood's first row the rest; a day's text is
    // compared before it is parsed, and a missing tag (a mood without tags) reads as "".
    std::int64_t last_id = 0;
    std::string day_text;
    core::Day day = from;
    while (q.executeStep()) {
        auto id = q.getColumn(0).getInt64();
        if (history.entries.empty() || id != last_id) {
            last_id = id;
            std::string_view text = q.getColumn(1).getText();
            if (text != day_text) {
                day_text = text;
                day = core::parse_day(text).value_or(day);
            }
            core::Instant at{q.getColumn(2).getInt64(), q.getColumn(3).getInt()};
            history.add_entry(day, core::time_of(at), q.getColumn(4).getInt());
        }
        std::string_view tag = q.getColumn(5).getText();
        if (!tag.empty()) history.add_tag(tag);
    }
    return history;
}

}  // namespace tend::store
