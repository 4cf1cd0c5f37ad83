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

/// The tables with an integer id.
const std::vector<std::string> with_ids{"mood",          "session",  "entry", "homework",
                                        "homework_step", "checkoff", "win"};

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
         "SELECT group_concat(id || ' ' || uuid || title || ifnull(session_id, '-') || status, "
         "'|') "
         "FROM (SELECT * FROM homework ORDER BY id)",
         "SELECT group_concat(id || ' ' || uuid || homework_id || text, '|') "
         "FROM (SELECT * FROM homework_step ORDER BY id)",
         "SELECT group_concat(id || ' ' || uuid || homework_id || day || status || note, '|') "
         "FROM (SELECT * FROM checkoff ORDER BY id)",
         "SELECT group_concat(id || ' ' || uuid || text, '|') FROM (SELECT * FROM win ORDER BY id)",
         "SELECT group_concat(rowid || kind || body, '|') "
         "FROM (SELECT rowid, * FROM search_index ORDER BY rowid)"}) {
        out += sql.execAndGet(q).getString() + "\n";
    }
    return out;
}

}  // namespace

TEST_CASE("ids: the rebuild keeps ids, UUIDs, links and the search index") {
    test::TempDir dir;
    auto path = dir / "old.db";
    std::string before;
    {
        SQLite::Database old(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        old.exec("PRAGMA foreign_keys = ON");
        // The schema as it was before the rebuild: migrations 1 to 3.
        for (std::size_t i = 0; i < 3; ++i) old.exec(std::string(store::migrations()[i]));
        old.exec(fmt::format("PRAGMA user_version = 3; PRAGMA application_id = {}",
                             store::application_id));
        old.exec(test::fixture("all_kinds.sql"));
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
    CHECK(store::search(*db, "sister", {}, 0).size() == 1);
    sql.exec("UPDATE win SET text = 'a quiet lake' WHERE id = 1");
    CHECK(store::search(*db, "lake", {}, 0).size() == 1);
    // Links between records held: deleting a session unties its entries and homework.
    sql.exec("DELETE FROM session WHERE id = 1");
    CHECK(sql.execAndGet("SELECT count(*) FROM entry WHERE session_id IS NULL").getInt() == 2);
    CHECK(sql.execAndGet("SELECT count(*) FROM mood_tag").getInt() == 3);
}

TEST_CASE("ids: deleting the newest record of any kind never frees its id") {
    test::TempDatabase db;
    auto& sql = db->sql();
    sql.exec(test::fixture("all_kinds.sql"));
    for (const auto& table : with_ids) {
        auto top = sql.execAndGet(fmt::format("SELECT max(id) FROM {}", table)).getInt64();
        INFO(table);
        REQUIRE(top > 0);
        // Copy the newest row (a fresh UUID, no id), delete the copy and the original's
        // successor slot, and look at the id the next row gets.
        sql.exec(
            fmt::format("CREATE TEMP TABLE copy AS SELECT * FROM {} WHERE id = {}", table, top));
        sql.exec("UPDATE copy SET id = NULL, uuid = uuid || '-2'");
        if (table == "homework_step") sql.exec("UPDATE copy SET position = position + 100");
        if (table == "checkoff") sql.exec("UPDATE copy SET day = '2030-01-01'");
        sql.exec(fmt::format("INSERT INTO {} SELECT * FROM copy", table));
        auto added = sql.getLastInsertRowid();
        CHECK(added == top + 1);
        sql.exec(fmt::format("DELETE FROM {} WHERE id = {}", table, added));
        sql.exec("UPDATE copy SET uuid = uuid || '-3'");
        if (table == "homework_step") sql.exec("UPDATE copy SET position = position + 100");
        if (table == "checkoff") sql.exec("UPDATE copy SET day = '2030-01-02'");
        sql.exec(fmt::format("INSERT INTO {} SELECT * FROM copy", table));
        CHECK(sql.getLastInsertRowid() == top + 2);
        sql.exec("DROP TABLE copy");
    }
}
