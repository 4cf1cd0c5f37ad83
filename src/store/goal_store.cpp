#include "store/goal_store.hpp"

#include <string>

#include "store/json_rows.hpp"
#include "store/sql_util.hpp"

namespace tend::store {
namespace {

// Milestones and ratings come along as JSON arrays per goal, so that a listing is one query.
constexpr const char* select_goal =
    "SELECT id, uuid, title, why, status, start_day, end_day, "
    "(SELECT json_group_array(json_array(position, uuid, text, done_utc, done_offset)) FROM "
    "(SELECT * FROM goal_milestone WHERE goal_id = goal.id ORDER BY position)), "
    "(SELECT json_group_array(json_array(id, uuid, at_utc, at_offset, day, rating, note)) FROM "
    "(SELECT * FROM goal_rating WHERE goal_id = goal.id ORDER BY at_utc, id)) "
    "FROM goal ";

std::vector<core::GoalRating> read_ratings(const std::string& json_text, std::int64_t goal_id) {
    return json_rows(json_text, [goal_id](const nlohmann::json& row) {
        core::GoalRating r;
        r.id = row.at(0).get<std::int64_t>();
        r.uuid = row.at(1).get<std::string>();
        r.goal_id = goal_id;
        r.at = {row.at(2).get<std::int64_t>(), row.at(3).get<int>()};
        r.day = core::parse_day(row.at(4).get<std::string>()).value_or(core::Day{});
        r.rating = row.at(5).get<int>();
        r.note = row.at(6).get<std::string>();
        return r;
    });
}

core::Goal read_goal(SQLite::Statement& q) {
    core::Goal g;
    g.id = q.getColumn(0).getInt64();
    g.uuid = q.getColumn(1).getString();
    g.title = q.getColumn(2).getString();
    g.why = q.getColumn(3).getString();
    g.status = core::parse_goal_status(q.getColumn(4).getString()).value_or(core::GoalStatus::open);
    g.start_day = day_column(q.getColumn(5));
    if (!q.getColumn(6).isNull()) g.end_day = day_column(q.getColumn(6));
    g.milestones = checklist_items<core::Milestone>(q.getColumn(7).getString());
    g.ratings = read_ratings(q.getColumn(8).getString(), g.id);
    return g;
}

}  // namespace

std::int64_t insert_goal(Database& db, const core::Goal& g, const core::Instant& now) {
    auto id = insert_row(db,
                         "INSERT INTO goal (uuid, title, why, status, start_day, end_day, "
                         "created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         g.uuid, g.title, g.why, core::goal_status_name(g.status),
                         core::format_day(g.start_day), day_text(g.end_day), now.utc, now.utc);
    for (const auto& m : g.milestones) insert_milestone(db, id, m);
    return id;
}

std::optional<core::Goal> find_goal(Database& db, std::int64_t id) {
    return find_by_id(db, select_goal, id, read_goal);
}

std::vector<core::Goal> list_goals(Database& db, bool include_closed) {
    return rows_where(db, select_goal, open_only(include_closed), " ORDER BY id", read_goal);
}

std::vector<core::Goal> goals_in_window(Database& db, core::Day from, core::Day to) {
    SQLite::Statement q(db.sql(), std::string(select_goal) +
                                      "WHERE start_day <= ? AND (end_day IS NULL OR end_day >= ?) "
                                      "ORDER BY id");
    bind_values(q, core::format_day(to), core::format_day(from));
    return all_rows(q, read_goal);
}

void update_goal(Database& db, const core::Goal& g, const core::Instant& now) {
    execute(db,
            "UPDATE goal SET title = ?, why = ?, status = ?, end_day = ?, updated_utc = ? "
            "WHERE id = ?",
            g.title, g.why, core::goal_status_name(g.status), day_text(g.end_day), now.utc, g.id);
}

void insert_milestone(Database& db, std::int64_t goal_id, const core::Milestone& m) {
    execute(db,
            "INSERT INTO goal_milestone (uuid, goal_id, position, text, done_utc, done_offset) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            m.uuid, goal_id, m.position, m.text,
            m.done_at ? std::optional{m.done_at->utc} : std::nullopt,
            m.done_at ? std::optional{m.done_at->offset} : std::nullopt);
}

void set_milestone_done(Database& db, std::int64_t goal_id, int position,
                        const std::optional<core::Instant>& at) {
    execute(db,
            "UPDATE goal_milestone SET done_utc = ?, done_offset = ?, updated_utc = unixepoch() "
            "WHERE goal_id = ? AND position = ?",
            at ? std::optional{at->utc} : std::nullopt,
            at ? std::optional{at->offset} : std::nullopt, goal_id, position);
}

std::int64_t insert_goal_rating(Database& db, const core::GoalRating& r, const core::Instant& now) {
    return insert_row(db,
                      "INSERT INTO goal_rating (uuid, goal_id, at_utc, at_offset, day, rating, "
                      "note, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                      r.uuid, r.goal_id, r.at.utc, r.at.offset, core::format_day(r.day), r.rating,
                      r.note, now.utc);
}

void set_homework_goal(Database& db, std::int64_t homework_id,
                       const std::optional<std::int64_t>& goal_id) {
    execute(db, "UPDATE homework SET goal_id = ?, updated_utc = unixepoch() WHERE id = ?", goal_id,
            homework_id);
}

std::optional<std::int64_t> goal_of_homework(Database& db, std::int64_t homework_id) {
    SQLite::Statement q(db.sql(), "SELECT goal_id FROM homework WHERE id = ? AND goal_id NOT NULL");
    bind_values(q, homework_id);
    return first_row(q, [](SQLite::Statement& s) { return s.getColumn(0).getInt64(); });
}

std::vector<std::int64_t> homework_of_goal(Database& db, std::int64_t goal_id) {
    SQLite::Statement q(db.sql(), "SELECT id FROM homework WHERE goal_id = ? ORDER BY id");
    bind_values(q, goal_id);
    return all_rows(q, [](SQLite::Statement& s) { return s.getColumn(0).getInt64(); });
}

}  // namespace tend::store
