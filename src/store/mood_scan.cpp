#include "store/mood_scan.hpp"

#include <algorithm>
#include <chrono>

#include "store/sql_util.hpp"

namespace tend::store {

std::optional<MoodExtent> mood_extent(Database& db) {
    SQLite::Statement q(db.sql(),
                        "SELECT (SELECT min(day) FROM mood), (SELECT max(day) FROM mood), "
                        "(SELECT min(id) FROM mood), (SELECT max(id) FROM mood)");
    if (!q.executeStep() || q.getColumn(0).isNull()) return std::nullopt;
    auto first = core::parse_day(q.getColumn(0).getText());
    auto last = core::parse_day(q.getColumn(1).getText());
    if (!first || !last) return std::nullopt;
    return MoodExtent{*first, *last, q.getColumn(2).getInt64(), q.getColumn(3).getInt64()};
}

int day_count(core::Day from, core::Day to) {
    return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count()) + 1;
}

TagReader::TagReader(Database& db, std::int64_t first_id, std::int64_t last_id, bool hold)
    : q_(db.sql(),
         "SELECT mood_id, tag FROM mood_tag WHERE mood_id BETWEEN ? AND ? ORDER BY mood_id, tag") {
    bind_values(q_, first_id, last_id);
    more_ = step();
    if (!hold) return;
    held_ = true;
    while (more_) {
        tags_.push_back(current_);
        more_ = step();
    }
}

bool TagReader::step() {
    if (!q_.executeStep()) return false;
    if (!columns_) columns_.emplace(q_.getColumn(0), q_.getColumn(1));
    std::string_view text = text_of(columns_->second);
    auto it = index_.find(text);
    if (it == index_.end()) {
        names_.emplace_back(text);
        it = index_.emplace(names_.back(), static_cast<std::uint32_t>(names_.size() - 1)).first;
    }
    current_ = {columns_->first.getInt64(), it->second};
    return true;
}

std::vector<TagReader::Tag>::const_iterator TagReader::first_held(std::int64_t mood_id) const {
    return std::lower_bound(tags_.begin(), tags_.end(), mood_id,
                            [](const Tag& tag, std::int64_t id) { return tag.mood_id < id; });
}

SmallPageCache::SmallPageCache(Database& db) : db_(db) {
    db_.sql().exec("PRAGMA cache_size = -256");
}

SmallPageCache::~SmallPageCache() {
    try {
        db_.sql().exec("PRAGMA cache_size = -2000");
    } catch (const SQLite::Exception&) {
        // A smaller cache is slower, never wrong.
    }
}

}  // namespace tend::store
