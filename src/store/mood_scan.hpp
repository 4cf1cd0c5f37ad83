// Reading years of moods at the cost of one pass: the history's extent, and a reader of the
// moods' tags in the order of mood_tag's key. The insights (store/insights_store.cpp) and the
// summary's long windows (store/summary_store.cpp) read through these.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/clock.hpp"
#include "store/database.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace tend::store {

/// A statement stepped through SQLite's own calls, for the loops that read years of rows: there,
/// SQLiteCpp's checks and wrappers around each step and each value cost a tenth of the read.
/// Errors throw SQLite::Exception, as SQLiteCpp's do. The SQL is a constant: joined text must be
/// passed as .c_str(), and is reviewed (tests/reliability/sql_audit.sh).
class RawStatement {
public:
    RawStatement(Database& db, const char* sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;
    RawStatement(RawStatement&&) = delete;
    RawStatement& operator=(RawStatement&&) = delete;

    void bind(int index, std::int64_t value);
    void bind(int index, std::string_view text);
    /// The next row: false when there is none.
    bool step();
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] int integer(int column) const;
    /// The column's text, valid until the next step.
    [[nodiscard]] std::string_view text(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* statement_ = nullptr;
};

/// The first and last day with a mood, and the range of the moods' ids: four searches of an
/// index's ends.
struct MoodExtent {
    core::Day first;
    core::Day last;
    std::int64_t first_id = 0;
    std::int64_t last_id = 0;
};

/// The extent of the moods; nothing when there is no mood.
[[nodiscard]] std::optional<MoodExtent> mood_extent(Database& db);

/// How many days [from, to] holds (1 when from == to).
[[nodiscard]] int day_count(core::Day from, core::Day to);

/// The tags of the moods with ids in [first_id, last_id], read in the order of mood_tag's key
/// (by mood id), each text kept once and named by its index. Asked for mood by mood: in rising
/// id order as they are read, or in any order once they are all held (`hold`).
class TagReader {
public:
    TagReader(Database& db, std::int64_t first_id, std::int64_t last_id, bool hold);

    /// Calls `add` with each tag of the mood, as the index of its text (name()).
    template <class Add>
    void for_each(std::int64_t mood_id, Add add) {
        if (held_) {
            for (auto t = first_held(mood_id); t != tags_.end() && t->mood_id == mood_id; ++t)
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

    bool step();
    [[nodiscard]] std::vector<Tag>::const_iterator first_held(std::int64_t mood_id) const;

    RawStatement q_;
    std::deque<std::string> names_;                              // stable: index_ views them
    std::unordered_map<std::string_view, std::uint32_t> index_;  // a text's place in names_
    Tag current_;
    bool more_ = false;
    bool held_ = false;
    std::vector<Tag> tags_;
};

}  // namespace tend::store
