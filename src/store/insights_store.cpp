#include "store/insights_store.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "store/sql_util.hpp"

namespace tend::store {

core::MoodHistory mood_history(Database& db, core::Day from, core::Day to, bool shared_only) {
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
    // copied as their vector grows; the ids' range bounds the tags to read.
    // Leaving private moods out reads each row, not the day index alone: only asked for then.
    std::string shared = shared_only ? " AND private = 0" : "";
    SQLite::Statement count(db.sql(),
                            "SELECT count(*), min(id), max(id) FROM mood "
                            "WHERE day BETWEEN ? AND ?" +
                                shared);
    bind_values(count, core::format_day(from), core::format_day(to));
    if (!count.executeStep() || count.getColumn(0).getInt64() == 0) return history;
    history.entries.reserve(static_cast<std::size_t>(count.getColumn(0).getInt64()));
    // The tags first, in one pass along mood_tag's key (a join would look each mood's tags up
    // on its own, which costs twice as much over ten years): each as its mood's id and the
    // index of its text among the few distinct tags, in id order.
    auto first_id = count.getColumn(1).getInt64();
    auto last_id = count.getColumn(2).getInt64();
    struct TagRow {
        std::int64_t mood_id;
        std::uint32_t tag;
    };
    std::vector<TagRow> tags;
    std::vector<std::string> tag_names;
    std::unordered_map<std::string, std::uint32_t> tag_index;
    SQLite::Statement tag_count(db.sql(),
                                "SELECT count(*) FROM mood_tag WHERE mood_id BETWEEN ? AND ?");
    bind_values(tag_count, first_id, last_id);
    if (tag_count.executeStep())
        tags.reserve(static_cast<std::size_t>(tag_count.getColumn(0).getInt64()));
    SQLite::Statement tag_query(db.sql(),
                                "SELECT mood_id, tag FROM mood_tag "
                                "WHERE mood_id BETWEEN ? AND ? ORDER BY mood_id, tag");
    bind_values(tag_query, first_id, last_id);
    while (tag_query.executeStep()) {
        auto [it, added] = tag_index.try_emplace(tag_query.getColumn(1).getString(),
                                                 static_cast<std::uint32_t>(tag_names.size()));
        if (added) tag_names.push_back(it->first);
        tags.push_back({tag_query.getColumn(0).getInt64(), it->second});
    }
    // Then the moods in the order of mood_by_day, so that nothing is sorted, each with its tags
    // found by id. Days repeat from row to row, so each is parsed once.
    SQLite::Statement q(db.sql(),
                        "SELECT id, day, at_utc, at_offset, score FROM mood "
                        "WHERE day BETWEEN ? AND ?" +
                            shared + " ORDER BY day, at_utc, id");
    bind_values(q, core::format_day(from), core::format_day(to));
    std::string day_text;
    core::Day day = from;
    auto by_id = [](const TagRow& row, std::int64_t id) { return row.mood_id < id; };
    while (q.executeStep()) {
        auto id = q.getColumn(0).getInt64();
        std::string_view text = q.getColumn(1).getText();
        if (text != day_text) {
            day_text = text;
            day = core::parse_day(text).value_or(day);
        }
        core::Instant at{q.getColumn(2).getInt64(), q.getColumn(3).getInt()};
        history.add_entry(day, core::time_of(at), q.getColumn(4).getInt());
        for (auto t = std::lower_bound(tags.begin(), tags.end(), id, by_id);
             t != tags.end() && t->mood_id == id; ++t)
            history.add_tag(tag_names[t->tag]);
    }
    return history;
}

}  // namespace tend::store
