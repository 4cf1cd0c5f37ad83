#include "store/mood_scan.hpp"

#include <algorithm>
#include <chrono>

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include "store/sql_util.hpp"

namespace tend::store {

RawStatement::RawStatement(Database& db, const char* sql) : db_(db.sql().getHandle()) {
    if (int rc = sqlite3_prepare_v2(db_, sql, -1, &statement_, nullptr); rc != SQLITE_OK)
        throw SQLite::Exception(db_, rc);
}

RawStatement::~RawStatement() {
    sqlite3_finalize(statement_);
}

void RawStatement::bind(int index, std::int64_t value) {
    if (int rc = sqlite3_bind_int64(statement_, index, value); rc != SQLITE_OK)
        throw SQLite::Exception(db_, rc);
}

void RawStatement::bind(int index, std::string_view text) {
    if (int rc = sqlite3_bind_text64(statement_, index, text.data(), text.size(), SQLITE_TRANSIENT,
                                     SQLITE_UTF8);
        rc != SQLITE_OK)
        throw SQLite::Exception(db_, rc);
}

bool RawStatement::step() {
    int rc = sqlite3_step(statement_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw SQLite::Exception(db_, rc);
}

std::int64_t RawStatement::int64(int column) const {
    return sqlite3_column_int64(statement_, column);
}

int RawStatement::integer(int column) const {
    return sqlite3_column_int(statement_, column);
}

std::string_view RawStatement::text(int column) const {
    // The text first, then its length: the order SQLite's documentation asks for.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
    if (text == nullptr) return {};
    return {text, static_cast<std::size_t>(sqlite3_column_bytes(statement_, column))};
}

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
    : q_(db,
         "SELECT mood_id, tag FROM mood_tag WHERE mood_id BETWEEN ? AND ? ORDER BY mood_id, tag") {
    q_.bind(1, first_id);
    q_.bind(2, last_id);
    more_ = step();
    if (!hold) return;
    held_ = true;
    while (more_) {
        tags_.push_back(current_);
        more_ = step();
    }
}

bool TagReader::step() {
    if (!q_.step()) return false;
    std::string_view text = q_.text(1);
    auto it = index_.find(text);
    if (it == index_.end()) {
        names_.emplace_back(text);
        it = index_.emplace(names_.back(), static_cast<std::uint32_t>(names_.size() - 1)).first;
    }
    current_ = {q_.int64(0), it->second};
    return true;
}

std::vector<TagReader::Tag>::const_iterator TagReader::first_held(std::int64_t mood_id) const {
    return std::lower_bound(tags_.begin(), tags_.end(), mood_id,
                            [](const Tag& tag, std::int64_t id) { return tag.mood_id < id; });
}

}  // namespace tend::store
