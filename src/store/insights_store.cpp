#include "store/insights_store.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "store/mood_scan.hpp"
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

constexpr std::uint32_t no_tag = 0xFFFFFFFF;

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
void read_moods(RawStatement& q, core::Day first_day, Take take) {
    // Days repeat from row to row, so each is parsed once.
    std::string day_text;
    core::Day day = first_day;
    while (q.step()) {
        MoodRow row;
        row.id = q.int64(0);
        std::string_view text = q.text(1);
        if (text != day_text) {
            day_text = text;
            day = core::parse_day(text).value_or(day);
        }
        row.day = day;
        row.at_utc = q.int64(2);
        row.at_offset = q.integer(3);
        row.score = q.integer(4);
        if (!take(row)) return;
    }
}

/// The moods of [from, to] read from the table in the order they are stored, with their tags
/// matched as they are read: nothing is held but the history. Empty when the moods are not
/// stored in the history's order (written out of order, or imported so). The days are told
/// apart here rather than in SQL: comparing the day's text in every row would cost SQLite a
/// third as much again as reading it.
std::optional<core::MoodHistory> read_in_stored_order(Database& db, core::Day from, core::Day to,
                                                      bool shared_only, const MoodExtent& extent) {
    core::MoodHistory history;
    history.entries.reserve(static_cast<std::size_t>(extent.last_id - extent.first_id + 1));
    RawStatement q(db, shared_only
                           ? "SELECT id, day, at_utc, at_offset, score FROM mood NOT INDEXED "
                             "WHERE private = 0"
                           : "SELECT id, day, at_utc, at_offset, score FROM mood NOT INDEXED");
    TagReader tags(db, extent.first_id, extent.last_id, false);
    std::vector<std::uint32_t> history_id;
    std::optional<MoodRow> previous;
    bool in_order = true;
    read_moods(q, from, [&](const MoodRow& row) {
        if (row.day < from || to < row.day) return true;
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
core::MoodHistory read_by_day(Database& db, core::Day from, core::Day to, bool shared_only) {
    core::MoodHistory history;
    RawStatement q(db, shared_only ? "SELECT id, day, at_utc, at_offset, score FROM mood "
                                     "WHERE day BETWEEN ? AND ? AND private = 0 "
                                     "ORDER BY day, at_utc, id"
                                   : "SELECT id, day, at_utc, at_offset, score FROM mood "
                                     "WHERE day BETWEEN ? AND ? ORDER BY day, at_utc, id");
    q.bind(1, core::format_day(from));
    q.bind(2, core::format_day(to));
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
    // A window over at least half of the history reads the table itself, in the order it is
    // stored (the order moods are written in, nearly always the history's): that costs half as
    // much as looking each mood up from the day index. A shorter window, or moods stored out
    // of order, read through the index, so that the cost follows the window, not the years.
    // Leaving private moods out reads each row either way.
    if (2 * day_count(lo, hi) >= day_count(extent->first, extent->last))
        if (auto history = read_in_stored_order(db, lo, hi, shared_only, *extent))
            return std::move(*history);
    return read_by_day(db, lo, hi, shared_only);
}

}  // namespace tend::store
