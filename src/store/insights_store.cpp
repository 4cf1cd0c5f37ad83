#include "store/insights_store.hpp"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/sql_util.hpp"

namespace tend::store {

namespace {

/// A mood as read, before it takes its place in the history (in the order of the day, then
/// the instant, then the id).
struct MoodRow {
    std::int64_t id = 0;
    std::int64_t at_utc = 0;
    core::Day day;
    int at_offset = 0;
    int score = 0;
};

bool comes_before(const MoodRow& a, const MoodRow& b) {
    return std::tie(a.day, a.at_utc, a.id) < std::tie(b.day, b.at_utc, b.id);
}

/// The first and last day with a mood, and the range of the moods' ids: four searches of an
/// index's ends. Empty when there is no mood.
struct MoodExtent {
    core::Day first;
    core::Day last;
    std::int64_t first_id = 0;
    std::int64_t last_id = 0;
};

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

constexpr std::uint32_t no_tag = 0xFFFFFFFF;

/// The text of a column of the current row, without a copy.
std::string_view text_of(const SQLite::Column& column) {
    const char* text = column.getText();
    return {text, static_cast<std::size_t>(column.getBytes())};
}

/// The columns read_moods() reads.
struct MoodColumns {
    explicit MoodColumns(SQLite::Statement& q)
        : id(q.getColumn(0)),
          day(q.getColumn(1)),
          at_utc(q.getColumn(2)),
          at_offset(q.getColumn(3)),
          score(q.getColumn(4)) {}
    SQLite::Column id, day, at_utc, at_offset, score;
};

/// The tags of the moods with ids in [first_id, last_id], read in the order of mood_tag's key
/// (by mood id), each text kept once. Asked for mood by mood: in rising id order as they are
/// read, or in any order once they are all held (`hold`).
class TagReader {
public:
    TagReader(Database& db, std::int64_t first_id, std::int64_t last_id, bool hold)
        : q_(db.sql(),
             "SELECT mood_id, tag FROM mood_tag "
             "WHERE mood_id BETWEEN ? AND ? ORDER BY mood_id, tag") {
        bind_values(q_, first_id, last_id);
        more_ = step();
        if (!hold) return;
        held_ = true;
        while (more_) {
            tags_.push_back(current_);
            more_ = step();
        }
    }

    /// Calls `add` with each tag of the mood, as the index of its text (name()).
    template <class Add>
    void for_each(std::int64_t mood_id, Add add) {
        if (held_) {
            auto by_id = [](const Tag& tag, std::int64_t id) { return tag.mood_id < id; };
            for (auto t = std::lower_bound(tags_.begin(), tags_.end(), mood_id, by_id);
                 t != tags_.end() && t->mood_id == mood_id; ++t)
                add(t->tag);
            return;
        }
        while (more_ && current_.mood_id < mood_id) more_ = step();
        while (more_ && current_.mood_id == mood_id) {
            add(current_.tag);
            more_ = step();
        }
    }

    [[nodiscard]] const std::string& name(std::uint32_t tag) const { return names_[tag]; }

private:
    struct Tag {
        std::int64_t mood_id = 0;
        std::uint32_t tag = 0;
    };

    bool step() {
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

    SQLite::Statement q_;
    std::optional<std::pair<SQLite::Column, SQLite::Column>> columns_;  // mood_id, tag
    std::deque<std::string> names_;                                     // stable: index_ views them
    std::unordered_map<std::string_view, std::uint32_t> index_;         // a text's place in names_
    Tag current_;
    bool more_ = false;
    bool held_ = false;
    std::vector<Tag> tags_;
};

/// Adds a mood and its tags to the history; `history_id` maps the reader's tags to the
/// history's, which takes them in the order the moods first use them.
void add_mood(core::MoodHistory& history, const MoodRow& row, TagReader& tags,
              std::vector<std::uint32_t>& history_id) {
    history.add_entry(row.day, core::time_of(core::Instant{row.at_utc, row.at_offset}), row.score);
    tags.for_each(row.id, [&](std::uint32_t tag) {
        if (tag >= history_id.size()) history_id.resize(tag + 1, no_tag);
        if (history_id[tag] == no_tag) history_id[tag] = history.intern(tags.name(tag));
        history.add_tag_id(history_id[tag]);
    });
}

/// Reads each mood of a statement selecting id, day, at_utc, at_offset and score, in its order.
template <class Take>
void read_moods(SQLite::Statement& q, core::Day first_day, Take take) {
    // Days repeat from row to row, so each is parsed once.
    std::string day_text;
    core::Day day = first_day;
    // Each column is taken once and read row after row: a SQLite::Column made for each value
    // costs half as much again as the reading, over ten years.
    std::optional<MoodColumns> c;
    while (q.executeStep()) {
        if (!c) c.emplace(q);
        MoodRow row;
        row.id = c->id.getInt64();
        std::string_view text = text_of(c->day);
        if (text != day_text) {
            day_text = text;
            day = core::parse_day(text).value_or(day);
        }
        row.day = day;
        row.at_utc = c->at_utc.getInt64();
        row.at_offset = c->at_offset.getInt();
        row.score = c->score.getInt();
        if (!take(row)) return;
    }
}

/// The moods of [from, to] read from the table in the order they are stored, with their tags
/// matched as they are read: nothing is held but the history. Empty when the moods are not
/// stored in the history's order (written out of order, or imported so).
std::optional<core::MoodHistory> read_in_stored_order(Database& db, core::Day from, core::Day to,
                                                      const std::string& shared,
                                                      const MoodExtent& extent) {
    core::MoodHistory history;
    history.entries.reserve(static_cast<std::size_t>(extent.last_id - extent.first_id + 1));
    SQLite::Statement q(db.sql(),
                        "SELECT id, day, at_utc, at_offset, score FROM mood NOT INDEXED "
                        "WHERE day BETWEEN ? AND ?" +
                            shared);
    bind_values(q, core::format_day(from), core::format_day(to));
    TagReader tags(db, extent.first_id, extent.last_id, false);
    std::vector<std::uint32_t> history_id;
    std::optional<MoodRow> previous;
    bool in_order = true;
    read_moods(q, from, [&](const MoodRow& row) {
        if (previous && comes_before(row, *previous)) {
            in_order = false;
            return false;
        }
        previous = row;
        add_mood(history, row, tags, history_id);
        return true;
    });
    if (!in_order) return std::nullopt;
    return history;
}

/// The moods of [from, to] read through the day index, in the history's order, then their
/// tags.
core::MoodHistory read_by_day(Database& db, core::Day from, core::Day to,
                              const std::string& shared) {
    core::MoodHistory history;
    SQLite::Statement q(db.sql(),
                        "SELECT id, day, at_utc, at_offset, score FROM mood "
                        "WHERE day BETWEEN ? AND ?" +
                            shared + " ORDER BY day, at_utc, id");
    bind_values(q, core::format_day(from), core::format_day(to));
    std::vector<MoodRow> rows;
    read_moods(q, from, [&](const MoodRow& row) {
        rows.push_back(row);
        return true;
    });
    if (rows.empty()) return history;
    auto [first, last] = std::minmax_element(
        rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    // When the ids rise in the history's order, as they do for moods written day after day,
    // the tags are matched as they are read; otherwise they are held, and found by id.
    bool ids_rise = std::adjacent_find(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
                        return a.id >= b.id;
                    }) == rows.end();
    TagReader tags(db, first->id, last->id, !ids_rise);
    std::vector<std::uint32_t> history_id;
    history.entries.reserve(rows.size());
    for (const auto& row : rows) add_mood(history, row, tags, history_id);
    return history;
}

}  // namespace

core::MoodHistory mood_history(Database& db, core::Day from, core::Day to, bool shared_only) {
    auto extent = mood_extent(db);
    if (!extent) return {};
    auto lo = std::max(from, extent->first);
    auto hi = std::min(to, extent->last);
    if (hi < lo) return {};
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
    // A window over at least half of the history reads the table itself, in the order it is
    // stored (the order moods are written in, nearly always the history's): that costs half as
    // much as looking each mood up from the day index. A shorter window, or moods stored out
    // of order, read through the index, so that the cost follows the window, not the years.
    // Leaving private moods out reads each row either way.
    std::string shared = shared_only ? " AND private = 0" : "";
    if (2 * day_count(lo, hi) >= day_count(extent->first, extent->last))
        if (auto history = read_in_stored_order(db, lo, hi, shared, *extent))
            return std::move(*history);
    return read_by_day(db, lo, hi, shared);
}

}  // namespace tend::store
