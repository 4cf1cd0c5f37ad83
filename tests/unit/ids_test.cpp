// Identifiers are never reused: the migration that rebuilds the tables with AUTOINCREMENT keeps
// every id, UUID and the search index of a database made by the schema before it, and after it
// deleting the newest record of any kind never frees its id.
#include <string>
#include <vector>

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "support.hpp"

#include "store/database.hpp"
#include "store/search_store.hpp"

using namespace tend;

namespace {

/// The tables with an integer id: every one the rebuild made.
const std::vector<std::string> with_ids{
    "mood", "session",        "entry",          "homework", "homework_step",  "checkoff",
    "win",  "measure_result", "measure_answer", "goal",     "goal_milestone", "goal_rating"};

/// A questionnaire result with an answer, and a goal with a milestone and a rated note.
constexpr const char* progress_rows = R"sql(
INSERT INTO measure_result (uuid, measure, title, at_utc, at_offset, day, total, band,
                            created_utc)
VALUES ('m-1', 'phq-9', 'PHQ-9', 1763650800, 3600, '2026-11-20', 7, 'mild', 1763650800);
INSERT INTO measure_answer (uuid, result_id, position, item, value, label, critical)
VALUES ('a-1', 1, 1, 'interest', 1, 'Several days', 0);
INSERT INTO goal (uuid, title, why, status, start_day, created_utc, updated_utc)
VALUES ('g-1', 'Sleep before midnight', 'mornings', 'open', '2026-11-20', 1763650800,
        1763650800);
INSERT INTO goal_milestone (uuid, goal_id, position, text) VALUES ('s-1', 1, 1, 'lights out');
INSERT INTO goal_rating (uuid, goal_id, at_utc, at_offset, day, rating, note, created_utc)
VALUES ('r-1', 1, 1763650800, 3600, '2026-11-20', 4, 'a heron at dawn', 1763650800);
)sql";

/// Every row of the tables tend keeps, as text, in a stable order: what must survive.
std::string contents(SQLite::Database& sql) {
    std::string out;
    for (
        const auto* q :
        {"SELECT group_concat(id || ' ' || uuid || ' ' || day || ' ' || score || ' ' || note, '|') "
         "FROM (SELECT * FROM mood ORDER BY id)",
         "SELECT group_concat(mood_id || tag, '|') FROM (SELECT * FROM mood_tag ORDER BY 1, 2)",
         "SELECT group_concat(id || ' ' || uuid || status || note, '|') "
         "FROM (SELECT * FROM session ORDER BY id)",
         "SELECT group_concat(id || ' ' || uuid || kind || ifnull(session_id, '-'), '|') "
         "FROM (SELECT * FROM entry ORDER BY id)",
         "SELECT group_concat(entry_id || key || answer, '|') "
         "FROM (SELECT * FROM entry_answer ORDER BY 1, 2)",
         "SELECT group_concat(id || ' ' || uuid || title || ifnull(session_id, '-') || status || "
         "ifnull(goal_id, '-'), '|') "
         "FROM (SELECT * FROM homework ORDER BY id)",
         "SELECT group_concat(id || ' ' || uuid || homework_id || text, '|') "
         "FROM (SELECT * FROM homework_step ORDER BY id)",
         "SELECT group_concat(id || ' ' || uuid || homework_id || day || status || note, '|') "
         "FROM (SELECT * FROM checkoff ORDER BY id)",
         "SELECT group_concat(id || ' ' || uuid || text, '|') FROM (SELECT * FROM win ORDER BY id)",
         "SELECT group_concat(id || ' ' || uuid || measure || total || band, '|') "
         "FROM (SELECT * FROM measure_result ORDER BY id)",
         "SELECT group_concat(id || ' ' || uuid || result_id || item || value || critical, '|') "
         "FROM (SELECT * FROM measure_answer ORDER BY id)",
         "SELECT group_concat(id || ' ' || uuid || title || why || status, '|') "
         "FROM (SELECT * FROM goal ORDER BY id)",
         "SELECT group_concat(id || ' ' || uuid || goal_id || position || text, '|') "
         "FROM (SELECT * FROM goal_milestone ORDER BY id)",
         "SELECT group_concat(id || ' ' || uuid || goal_id || rating || note, '|') "
         "FROM (SELECT * FROM goal_rating ORDER BY id)",
         "SELECT group_concat(rowid || kind || body, '|') "
         "FROM (SELECT rowid, * FROM search_index ORDER BY rowid)"}) {
        out += sql.execAndGet(q).getString() + "\n";
    }
    return out;
}

/// Makes the row in the temporary table `copy` differ from the original of `table` in the
/// columns its UNIQUE constraints cover (besides the UUID), by `n`.
void distinct(SQLite::Database& sql, const std::string& table, int n) {
    if (table == "homework_step" || table == "goal_milestone")
        sql.exec(fmt::format("UPDATE copy SET position = position + {}", n));
    if (table == "checkoff") sql.exec(fmt::format("UPDATE copy SET day = '20{}-01-01'", n / 4));
    if (table == "measure_answer") sql.exec(fmt::format("UPDATE copy SET item = item || {}", n));
}

}  // namespace

TEST_CASE("ids: the rebuild keeps ids, UUIDs, links and the search index") {
    test::TempDir dir;
    auto path = dir / "old.db";
    std::string before;
    {
        SQLite::Database old(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        old.exec("PRAGMA foreign_keys = ON");
        // The schema as it was before the rebuild: migrations 1 to 4, with goals and measures.
        for (std::size_t i = 0; i < 4; ++i) old.exec(std::string(store::migrations()[i]));
        old.exec(fmt::format("PRAGMA user_version = 4; PRAGMA application_id = {}",
                             store::application_id));
        old.exec(test::fixture("all_kinds.sql"));
        old.exec(progress_rows);
        old.exec("UPDATE homework SET goal_id = 1 WHERE id = 1");
        // A gap: the newest mood was deleted before the upgrade.
        old.exec(
            "INSERT INTO mood (id, uuid, at_utc, at_offset, day, score, created_utc, "
            "updated_utc) VALUES (7, 'x', 0, 0, '2026-11-20', 5, 0, 0)");
        old.exec("DELETE FROM mood WHERE id = 7");
        before = contents(old);
    }
    auto db = store::Database::open(path, false);
    auto& sql = db->sql();
    CHECK(sql.execAndGet("PRAGMA user_version").getInt() == store::schema_version());
    CHECK(contents(sql) == before);
    CHECK(sql.execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt() == 0);
    CHECK(sql.execAndGet("PRAGMA integrity_check").getString() == "ok");
    for (const auto& table : with_ids)
        CHECK_THAT(
            sql.execAndGet(fmt::format("SELECT sql FROM sqlite_schema WHERE name = '{}'", table))
                .getString(),
            Catch::Contains("AUTOINCREMENT"));
    // The indexes are back, and the search triggers work on the new tables.
    CHECK(sql.execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                         "('mood_by_day', 'mood_by_time', 'mood_tag_by_tag', 'session_by_status', "
                         "'entry_by_day', 'entry_by_session', 'entry_by_kind', "
                         "'homework_by_status', 'checkoff_by_day', 'win_by_day')")
              .getInt() == 10);
    CHECK(sql.execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                         "('measure_result_by_measure', 'measure_result_by_day', "
                         "'goal_by_status', 'goal_rating_by_goal', 'goal_rating_by_day', "
                         "'homework_by_goal')")
              .getInt() == 6);
    CHECK(store::search(*db, "sister", {}, 0).size() == 1);
    sql.exec("UPDATE win SET text = 'a quiet lake' WHERE id = 1");
    CHECK(store::search(*db, "lake", {}, 0).size() == 1);
    // The goal's search triggers, from migration 4, work on the rebuilt tables too.
    CHECK(store::search(*db, "heron", {}, 0).size() == 1);
    CHECK(store::search(*db, "lights", {}, 0).size() == 1);
    sql.exec("UPDATE goal_rating SET note = 'a kingfisher' WHERE id = 1");
    CHECK(store::search(*db, "heron", {}, 0).empty());
    CHECK(store::search(*db, "kingfisher", {}, 0).size() == 1);
    // Deleting a goal unties its homework; deleting a result takes its answers.
    sql.exec("DELETE FROM goal WHERE id = 1");
    CHECK(sql.execAndGet("SELECT count(*) FROM homework WHERE goal_id IS NOT NULL").getInt() == 0);
    CHECK(sql.execAndGet("SELECT count(*) FROM goal_milestone").getInt() == 0);
    sql.exec("DELETE FROM measure_result WHERE id = 1");
    CHECK(sql.execAndGet("SELECT count(*) FROM measure_answer").getInt() == 0);
    // Links between records held: deleting a session unties its entries and homework.
    sql.exec("DELETE FROM session WHERE id = 1");
    CHECK(sql.execAndGet("SELECT count(*) FROM entry WHERE session_id IS NULL").getInt() == 2);
    CHECK(sql.execAndGet("SELECT count(*) FROM mood_tag").getInt() == 3);
}

TEST_CASE("ids: deleting the newest record of any kind never frees its id") {
    test::TempDatabase db;
    auto& sql = db->sql();
    sql.exec(test::fixture("all_kinds.sql"));
    sql.exec(progress_rows);
    for (const auto& table : with_ids) {
        auto top = sql.execAndGet(fmt::format("SELECT max(id) FROM {}", table)).getInt64();
        INFO(table);
        REQUIRE(top > 0);
        // Copy the newest row (a fresh UUID, no id), delete the copy and the original's
        // successor slot, and look at the id the next row gets.
        sql.exec(
            fmt::format("CREATE TEMP TABLE copy AS SELECT * FROM {} WHERE id = {}", table, top));
        sql.exec("UPDATE copy SET id = NULL, uuid = uuid || '-2'");
        distinct(sql, table, 100);
        sql.exec(fmt::format("INSERT INTO {} SELECT * FROM copy", table));
        auto added = sql.getLastInsertRowid();
        CHECK(added == top + 1);
        sql.exec(fmt::format("DELETE FROM {} WHERE id = {}", table, added));
        sql.exec("UPDATE copy SET uuid = uuid || '-3'");
        distinct(sql, table, 200);
        sql.exec(fmt::format("INSERT INTO {} SELECT * FROM copy", table));
        CHECK(sql.getLastInsertRowid() == top + 2);
        sql.exec("DROP TABLE copy");
    }
}
