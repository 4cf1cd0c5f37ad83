// The search index's upkeep (store/search_upkeep.*, migration 11): the triggers that call
// tend_index keep the index exactly as the triggers of migration 10 did, which held the SQL
// themselves, through every kind of change to every kind of record.
#include <catch2/catch.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "store/database.hpp"
#include "store/search_store.hpp"
#include "store/search_upkeep.hpp"

namespace store = tend::store;

namespace {

/// A database in memory at schema version `version`, its search functions registered.
std::unique_ptr<SQLite::Database> at_version(int version) {
    auto db = std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE);
    store::register_search_tokenizer(db->getHandle());
    db->exec("PRAGMA foreign_keys = ON");
    for (std::size_t i = 0; i < static_cast<std::size_t>(version); ++i)
        db->exec(std::string(store::migrations()[i]));
    return db;
}

/// Every row of the index, in order: rowid, kind, day, at_utc, body.
std::string index_rows(SQLite::Database& db) {
    SQLite::Statement q(db,
                        "SELECT group_concat(rowid || '|' || kind || '|' || day || '|' || "
                        "at_utc || '|' || body, char(30)) FROM (SELECT rowid, * FROM "
                        "search_index ORDER BY rowid)");
    q.executeStep();
    return q.getColumn(0).isNull() ? std::string() : q.getColumn(0).getString();
}

/// What each step writes: every trigger of the index, each way it fires.
const std::vector<std::string> steps = {
    // records whose own text is their row
    "INSERT INTO mood (uuid, at_utc, at_offset, day, score, note, created_utc, updated_utc) "
    "VALUES ('m1', 100, 0, '2026-01-01', 5, 'walked by the river', 100, 100), "
    "('m2', 200, 0, '2026-01-02', 6, '', 200, 200), "
    "('m3', 300, 0, '2026-01-03', 7, 'slept badly', 300, 300)",
    "UPDATE mood SET note = 'walked by the sea' WHERE uuid = 'm1'",
    "UPDATE mood SET day = '2026-01-04', at_utc = 400 WHERE uuid = 'm1'",
    "UPDATE mood SET note = 'a note at last' WHERE uuid = 'm2'",
    "UPDATE mood SET note = '' WHERE uuid = 'm3'",
    "UPDATE mood SET score = 9 WHERE uuid = 'm1'",
    "UPDATE mood SET id = 500, note = 'walked by the bay' WHERE uuid = 'm1'",  // by hand only
    "DELETE FROM mood WHERE uuid = 'm2'",
    "INSERT INTO session (uuid, at_utc, at_offset, day, status, note, created_utc, "
    "updated_utc) VALUES ('s1', 100, 3600, '2026-01-01', 'held', 'talked about sleep', 1, 1), "
    "('s2', 900, 0, '2026-01-09', 'scheduled', '', 1, 1)",
    "UPDATE session SET note = 'talked about work' WHERE uuid = 's1'",
    "UPDATE session SET note = 'prep: the walk' WHERE uuid = 's2'",
    "DELETE FROM session WHERE uuid = 's1'",
    "INSERT INTO win (uuid, at_utc, at_offset, day, text, created_utc, updated_utc) "
    "VALUES ('w1', 100, 0, '2026-01-01', 'cooked a real meal', 1, 1), "
    "('w2', 150, 0, '2026-01-01', 'called a friend', 1, 1)",
    "UPDATE win SET text = 'cooked dinner twice' WHERE uuid = 'w1'",
    "UPDATE win SET day = '2026-01-02', at_utc = 170 WHERE uuid = 'w2'",
    "UPDATE win SET id = 40 WHERE uuid = 'w1'",
    "UPDATE win SET id = 41, text = 'cooked for friends' WHERE uuid = 'w1'",
    "DELETE FROM win WHERE uuid = 'w2'",
    // homework, its steps and check-offs
    "INSERT INTO homework (uuid, title, schedule, status, start_day, created_utc, updated_utc, "
    "details, anchor, barrier, plan) VALUES ('h1', 'Evening walk', 'daily', 'open', "
    "'2026-01-01', 10, 10, 'ten minutes', 'after dinner', 'rain', 'umbrella'), "
    "('h2', 'Breathing', 'daily', 'open', '2026-01-02', 20, 20, '', '', '', '')",
    "INSERT INTO homework_step (uuid, homework_id, position, text) VALUES "
    "('hs1', 1, 1, 'shoes by the door'), ('hs2', 1, 2, 'take the long way'), "
    "('hs3', 2, 1, 'four counts in')",
    "UPDATE homework_step SET text = 'shoes ready' WHERE uuid = 'hs1'",
    "UPDATE homework_step SET position = 3 WHERE uuid = 'hs1'",
    "UPDATE homework_step SET homework_id = 2 WHERE uuid = 'hs2'",
    "UPDATE homework_step SET done_utc = 500 WHERE uuid = 'hs3'",
    "DELETE FROM homework_step WHERE uuid = 'hs3'",
    "UPDATE homework SET title = 'Long evening walk', barrier = 'dark' WHERE uuid = 'h1'",
    "UPDATE homework SET start_day = '2026-01-05' WHERE uuid = 'h2'",
    "UPDATE homework SET status = 'done' WHERE uuid = 'h2'",
    "INSERT INTO checkoff (uuid, homework_id, day, status, note, at_utc, at_offset, "
    "created_utc) VALUES ('c1', 1, '2026-01-01', 'done', 'felt lighter', 100, 0, 1), "
    "('c2', 1, '2026-01-02', 'skipped', '', 200, 0, 1), "
    "('c3', 2, '2026-01-06', 'done', 'calm after', 300, 0, 1)",
    "UPDATE checkoff SET note = 'felt much lighter' WHERE uuid = 'c1'",
    "UPDATE checkoff SET note = 'too tired' WHERE uuid = 'c2'",
    "UPDATE checkoff SET note = '' WHERE uuid = 'c3'",
    "DELETE FROM checkoff WHERE uuid = 'c1'",
    "DELETE FROM homework WHERE uuid = 'h2'",
    // entries and their answers
    "INSERT INTO entry (uuid, kind, template, at_utc, at_offset, day, created_utc, updated_utc) "
    "VALUES ('e1', 'reflection', 'reflection', 100, 0, '2026-01-01', 1, 1), "
    "('e2', 'prep', 'prep', 200, 0, '2026-01-02', 1, 1)",
    "INSERT INTO entry_answer (entry_id, position, key, prompt, answer) VALUES "
    "(1, 2, 'b', 'What next?', 'rest more'), (1, 1, 'a', 'What went well?', 'the walk'), "
    "(2, 1, 'a', 'Bring up?', '')",
    "UPDATE entry_answer SET answer = 'the long walk' WHERE entry_id = 1 AND key = 'a'",
    "UPDATE entry_answer SET answer = 'sleep' WHERE entry_id = 2 AND key = 'a'",
    "UPDATE entry_answer SET entry_id = 2, key = 'b2' WHERE entry_id = 1 AND key = 'b'",
    "UPDATE entry SET kind = 'worksheet', day = '2026-01-03' WHERE uuid = 'e2'",
    "DELETE FROM entry_answer WHERE entry_id = 2 AND key = 'a'",
    "DELETE FROM entry WHERE uuid = 'e1'",
    // goals, milestones and ratings
    "INSERT INTO goal (uuid, title, why, status, start_day, created_utc, updated_utc) VALUES "
    "('g1', 'Sleep better', 'energy', 'open', '2026-01-01', 10, 10), "
    "('g2', 'Move more', '', 'open', '2026-01-02', 20, 20)",
    "INSERT INTO goal_milestone (uuid, goal_id, position, text) VALUES "
    "('gm1', 1, 1, 'in bed by eleven'), ('gm2', 1, 2, 'no screens after ten')",
    "INSERT INTO goal_rating (uuid, goal_id, at_utc, at_offset, day, rating, note, "
    "created_utc) VALUES ('gr1', 1, 300, 0, '2026-01-03', 4, 'a rough week', 1), "
    "('gr2', 1, 200, 0, '2026-01-02', 5, '', 1), ('gr3', 2, 100, 0, '2026-01-01', 6, 'ok', 1)",
    "UPDATE goal_milestone SET text = 'in bed by half past ten' WHERE uuid = 'gm1'",
    "UPDATE goal_milestone SET goal_id = 2 WHERE uuid = 'gm2'",
    "UPDATE goal_rating SET note = 'better' WHERE uuid = 'gr2'",
    "UPDATE goal_rating SET goal_id = 2 WHERE uuid = 'gr1'",
    "UPDATE goal_rating SET note = '' WHERE uuid = 'gr3'",
    "UPDATE goal SET why = 'more energy', title = 'Sleep well' WHERE uuid = 'g1'",
    "UPDATE goal SET start_day = '2026-01-04', created_utc = 40 WHERE uuid = 'g2'",
    "DELETE FROM goal_rating WHERE uuid = 'gr1'",
    "DELETE FROM goal_milestone WHERE uuid = 'gm1'",
    "DELETE FROM goal WHERE uuid = 'g2'",
    // journals and their tags
    "INSERT INTO journal (uuid, at_utc, at_offset, day, title, body, created_utc, updated_utc) "
    "VALUES ('j1', 100, 0, '2026-01-01', 'Monday', 'a long day', 1, 1), "
    "('j2', 200, 0, '2026-01-02', '', '', 1, 1)",
    "INSERT INTO journal_tag (journal_id, tag) VALUES (1, 'work'), (1, 'sleep'), (2, 'calm')",
    "UPDATE journal SET body = 'a long, good day' WHERE uuid = 'j1'",
    "DELETE FROM journal_tag WHERE journal_id = 2",
    "UPDATE journal SET id = 70, title = 'Tuesday' WHERE uuid = 'j2'",
    "UPDATE journal SET starred = 1 WHERE uuid = 'j1'",
    "DELETE FROM journal WHERE uuid = 'j1'",
};

}  // namespace

TEST_CASE("the index's triggers keep the rows migration 10's triggers kept, change by change",
          "[search_upkeep]") {
    auto before = at_version(10);
    auto now = at_version(store::schema_version());
    REQUIRE(store::schema_version() == 11);
    for (const auto& step : steps) {
        INFO(step);
        before->exec(step);
        now->exec(step);
        REQUIRE(index_rows(*now) == index_rows(*before));
    }
    CHECK_FALSE(index_rows(*now).empty());  // something is left to compare
    // And the whole schema at version 11 fills it the same from a file of version 10.
    auto upgraded = at_version(10);
    for (const auto& step : steps) upgraded->exec(step);
    upgraded->exec(std::string(store::migrations()[10]));
    CHECK(index_rows(*upgraded) == index_rows(*now));
}

TEST_CASE("tend_index refuses what is not a kind and an id, and writes nothing",
          "[search_upkeep]") {
    auto db = at_version(store::schema_version());
    CHECK_THROWS_WITH(db->exec("SELECT tend_index(8, 1, 0)"), Catch::Contains("KIND is 0 to 7"));
    CHECK_THROWS_WITH(db->exec("SELECT tend_index(-1, 1, 0)"), Catch::Contains("KIND is 0 to 7"));
    CHECK_THROWS_WITH(db->exec("SELECT tend_index('mood', 1, 0)"), Catch::Contains("integers"));
    CHECK_THROWS_WITH(db->exec("SELECT tend_index(1, 1, 0, 'one')"), Catch::Contains("integers"));
    CHECK_THROWS_WITH(db->exec("SELECT tend_index(1, 1)"), Catch::Contains("wrong number"));
    CHECK(index_rows(*db).empty());
}

TEST_CASE("a connection closes with tend_index's statements, even with its trace replaced",
          "[search_upkeep]") {
    // SQLiteCpp asserts that sqlite3_close succeeds, which it does not while a statement is
    // left: the trace callback finalizes them at close, release_search_upkeep before.
    {
        auto db = at_version(store::schema_version());
        db->exec(steps.front());
    }
    {
        auto db = at_version(store::schema_version());
        db->exec(steps.front());
        sqlite3_trace_v2(db->getHandle(), 0, nullptr, nullptr);
        store::release_search_upkeep(db->getHandle());
        // FTS5's own statements stay until it disconnects, at close.
        for (auto* s = sqlite3_next_stmt(db->getHandle(), nullptr); s != nullptr;
             s = sqlite3_next_stmt(db->getHandle(), s)) {
            std::string sql = sqlite3_sql(s);
            INFO(sql);
            CHECK(sql.find("search_index (") == std::string::npos);
            CHECK(sql.find("FROM search_index WHERE") == std::string::npos);
        }
        db->exec("UPDATE mood SET note = 'again' WHERE uuid = 'm1'");  // prepared again
        CHECK(index_rows(*db).find("again") != std::string::npos);
        store::release_search_upkeep(db->getHandle());
    }
    SUCCEED("both closed");
}
