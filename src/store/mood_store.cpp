#include "store/mood_store.hpp"

#include <string>
#include <tuple>

#include "store/sql_util.hpp"

namespace tend::store {
namespace {

constexpr const char* select_mood =
    "SELECT id, uuid, at_utc, at_offset, day, score, note, "
    "(SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM mood_tag WHERE mood_id = mood.id "
    "ORDER BY tag)), private FROM mood ";

core::Mood read_mood(SQLite::Statement& q) {
    core::Mood m;
    read_stamp(q, m);
    m.score = q.getColumn(5).getInt();
    m.note = q.getColumn(6).getString();
    m.tags = split_unit_separated(q.getColumn(7).getString());
    m.is_private = q.getColumn(8).getInt() != 0;
    return m;
}

void write_tags(Database& db, const core::Mood& mood) {
    execute(db, "DELETE FROM mood_tag WHERE mood_id = ?", mood.id);
    execute_each(db, "INSERT INTO mood_tag (mood_id, tag) VALUES (?, ?)", mood.tags,
                 [&mood](const std::string& tag) { return std::make_tuple(mood.id, tag); });
}

}  // namespace

std::int64_t insert_mood(Database& db, const core::Mood& mood, const core::Instant& now) {
    core::Mood stored = mood;
    stored.id = insert_row(db,
                           "INSERT INTO mood (uuid, at_utc, at_offset, day, score, note, "
                           "created_utc, updated_utc, private) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           mood.uuid, mood.at.utc, mood.at.offset, core::format_day(mood.day),
                           mood.score, mood.note, now.utc, now.utc, mood.is_private ? 1 : 0);
    write_tags(db, stored);
    return stored.id;
}

std::vector<core::Mood> list_moods(Database& db, const core::Period& period) {
    auto where = period_clause(period, "day", "at_utc");
    // `+at_utc`: without it SQLite walks every mood in mood_by_time order to skip the sort,
    // checking each row's day, so a week's listing read ten years of moods. Sorting the rows
    // the window's index finds costs what the window holds.
    return rows_where(db, select_mood, where, " ORDER BY +at_utc, id", read_mood);
}

std::optional<core::Mood> find_mood(Database& db, std::int64_t id) {
    return find_by_id(db, select_mood, id, read_mood);
}

int count_moods_on(Database& db, core::Day day) {
    SQLite::Statement q(db.sql(), "SELECT count(*) FROM mood WHERE day = ?");
    bind_values(q, core::format_day(day));
    q.executeStep();
    return q.getColumn(0).getInt();
}

void update_mood(Database& db, const core::Mood& mood, const core::Instant& now) {
    execute(db, "UPDATE mood SET score = ?, note = ?, private = ?, updated_utc = ? WHERE id = ?",
            mood.score, mood.note, mood.is_private ? 1 : 0, now.utc, mood.id);
    write_tags(db, mood);
}

void delete_mood(Database& db, std::int64_t id) {
    execute(db, "DELETE FROM mood WHERE id = ?", id);
}

}  // namespace tend::store
