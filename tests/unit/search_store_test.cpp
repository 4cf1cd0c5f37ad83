#include "store/search_store.hpp"

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "support.hpp"
#include "util/error.hpp"
#include "util/files.hpp"

using namespace tend;

namespace {

std::vector<core::SearchHit> find(store::Database& db, const std::vector<std::string>& words,
                                  const core::Period& period = {}) {
    return store::search(db, core::plain_words_query(words), period, 0);
}

std::vector<std::string> kinds(const std::vector<core::SearchHit>& hits) {
    std::vector<std::string> out;
    for (const auto& h : hits) out.push_back(fmt::format("{} {}", h.kind, h.id));
    return out;
}

std::string plain(std::string snippet) {
    for (auto& c : snippet)
        if (c == core::match_start)
            c = '[';
        else if (c == core::match_end)
            c = ']';
    return snippet;
}

void add_mood(store::Database& db, int id, const std::string& note, const std::string& day) {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO mood (id, uuid, at_utc, at_offset, day, score, note, "
                        "created_utc, updated_utc) VALUES (?, ?, ?, 3600, ?, 5, ?, 0, 0)");
    q.bind(1, id);
    q.bind(2, fmt::format("90000000-0000-4000-8000-{:012}", id));
    q.bind(3, 1795000000 + id);
    q.bind(4, day);
    q.bind(5, note);
    q.exec();
}

}  // namespace

TEST_CASE("search: every kind of text is indexed") {
    test::TempDatabase db;
    db->sql().exec(test::fixture("all_kinds.sql"));
    CHECK(kinds(find(*db, {"sleep"})).size() == 2);  // a session note, a prep answer
    CHECK(kinds(find(*db, {"comma"})) == std::vector<std::string>{"mood 1"});
    CHECK(kinds(find(*db, {"tiny"})) == std::vector<std::string>{"reflection 1"});
    CHECK(kinds(find(*db, {"worry"})) == std::vector<std::string>{"homework 2"});
    CHECK(kinds(find(*db, {"corner"})) == std::vector<std::string>{"homework 1"});  // a step
    CHECK(kinds(find(*db, {"umbrella"})) == std::vector<std::string>{"homework 1"});
    CHECK(kinds(find(*db, {"rained"})) == std::vector<std::string>{"checkoff 1"});
    CHECK(find(*db, {"rained"}).at(0).homework_id == 1);
    CHECK(kinds(find(*db, {"sister"})) == std::vector<std::string>{"win 1"});
    CHECK(kinds(find(*db, {"dune"})).empty());
}

TEST_CASE("search: migration 2 indexes what was written before it") {
    test::TempDir dir;
    auto path = dir / "old.db";
    {
        SQLite::Database old(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        old.exec(std::string(store::migrations()[0]));
        old.exec(fmt::format("PRAGMA user_version = 1; PRAGMA application_id = {}",
                             store::application_id));
        old.exec(test::fixture("all_kinds.sql"));
    }
    auto db = store::Database::open(path, false);
    CHECK(db->sql().execAndGet("PRAGMA user_version").getInt() == store::schema_version());
    CHECK(kinds(find(*db, {"tiny"})) == std::vector<std::string>{"reflection 1"});
    CHECK(kinds(find(*db, {"corner"})) == std::vector<std::string>{"homework 1"});
    CHECK(kinds(find(*db, {"sister"})) == std::vector<std::string>{"win 1"});
    CHECK(kinds(find(*db, {"rained"})) == std::vector<std::string>{"checkoff 1"});
    CHECK(db->sql().execAndGet("SELECT count(*) FROM search_index").getInt() == 10);
}

TEST_CASE("search: triggers follow edits and deletions") {
    test::TempDatabase db;
    db->sql().exec(test::fixture("all_kinds.sql"));
    auto& sql = db->sql();
    sql.exec("UPDATE mood SET note = 'a calm evening' WHERE id = 2");
    CHECK(find(*db, {"pipe"}).empty());
    CHECK(kinds(find(*db, {"calm"})) == std::vector<std::string>{"mood 2"});
    sql.exec("UPDATE mood SET note = '' WHERE id = 2");
    CHECK(find(*db, {"calm"}).empty());
    sql.exec("UPDATE entry_answer SET answer = 'hopeful' WHERE entry_id = 1 AND key = 'emotions'");
    CHECK(kinds(find(*db, {"hopeful"})) == std::vector<std::string>{"reflection 1"});
    CHECK(find(*db, {"relief"}).empty());
    sql.exec("UPDATE homework_step SET text = 'Walk to the park' WHERE id = 2");
    CHECK(kinds(find(*db, {"park"})) == std::vector<std::string>{"homework 1"});
    CHECK(find(*db, {"corner"}).empty());
    sql.exec("DELETE FROM homework WHERE id = 1");  // its steps and check-offs go with it
    CHECK(find(*db, {"park"}).empty());
    CHECK(find(*db, {"umbrella"}).empty());
    CHECK(find(*db, {"rained"}).empty());
    sql.exec("DELETE FROM entry WHERE id = 1");
    CHECK(find(*db, {"tiny"}).empty());
    sql.exec("UPDATE win SET text = 'Called my brother' WHERE id = 1");
    CHECK(kinds(find(*db, {"brother"})) == std::vector<std::string>{"win 1"});
    sql.exec("DELETE FROM win");
    sql.exec("DELETE FROM session");
    CHECK(find(*db, {"brother"}).empty());
    CHECK(kinds(find(*db, {"sleep"})) == std::vector<std::string>{"prep 2"});
}

TEST_CASE("search: deleted and replaced words do not stay readable in the file") {
    test::TempDatabase db;
    db->sql().exec(test::fixture("all_kinds.sql"));
    auto& sql = db->sql();
    for (int i = 10; i < 40; ++i)
        add_mood(*db, i, fmt::format("ordinary note {}", i), "2026-11-01");
    add_mood(*db, 40, "zebracorn", "2026-11-01");
    sql.exec("UPDATE win SET text = 'Called my brother' WHERE id = 1");  // was: ... sister ...
    sql.exec("UPDATE entry_answer SET answer = 'calm' WHERE entry_id = 1 AND key = 'emotions'");
    sql.exec("DELETE FROM homework_step WHERE id = 2");         // Walk to the corner
    sql.exec("UPDATE checkoff SET note = 'dry' WHERE id = 1");  // It rained; walked anyway
    sql.exec("DELETE FROM mood WHERE id = 40");
    sql.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    auto bytes = util::read_file(db.path());
    for (auto gone : {"zebracorn", "sister", "Relief", "corner", "rained"}) {
        INFO(gone);
        CHECK(bytes.find(gone) == std::string::npos);
    }
    CHECK(kinds(find(*db, {"brother"})) == std::vector<std::string>{"win 1"});
    CHECK(kinds(find(*db, {"ordinary", "39"})) == std::vector<std::string>{"mood 39"});
}

TEST_CASE("search: better matches rank first") {
    test::TempDatabase db;
    add_mood(*db, 1, "a long day at the office with meetings and then a short walk home",
             "2026-11-01");
    add_mood(*db, 2, "walk walk walk", "2026-11-02");
    add_mood(*db, 3, "nothing to see", "2026-11-03");
    auto hits = find(*db, {"walk"});
    CHECK(kinds(hits) == std::vector<std::string>{"mood 2", "mood 1"});
    CHECK(hits[0].score > hits[1].score);
}

TEST_CASE("search: snippets mark the matches and cut long text") {
    test::TempDatabase db;
    add_mood(*db, 1,
             "one two three four five six seven eight nine ten eleven twelve Walk fourteen "
             "fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two",
             "2026-11-01");
    auto hits = find(*db, {"walk"});
    REQUIRE(hits.size() == 1);
    auto s = plain(hits[0].snippet);
    INFO(s);
    CHECK(s.find("[Walk]") != std::string::npos);
    CHECK(s.find("…") != std::string::npos);
    CHECK(s.find("one two") == std::string::npos);
}

TEST_CASE("search: no character of the text reads as a match mark") {
    test::TempDatabase db;
    add_mood(*db, 1, "end\x03 start\x02 walk \x02x\x03 \x7f\x1b[1m", "2026-11-01");
    auto hits = find(*db, {"walk"});
    REQUIRE(hits.size() == 1);
    CHECK(plain(hits[0].snippet) == "end\x03 start\x02 [walk] \x02x\x03 \x7f\x1b[1m");
}

TEST_CASE("search: plain words are only words, whatever characters they hold") {
    test::TempDatabase db;
    db->sql().exec(test::fixture("all_kinds.sql"));
    for (auto word : {"\"", "*", "-", "AND", "OR", "NOT", ":", "body:", "NEAR(", "^", "(", ")",
                      "a\"b", "walk*", "-walk", "{kind}", "+", "\\", "'"})
        CHECK_NOTHROW(find(*db, {word}));
    CHECK(kinds(find(*db, {"walk*"})).size() == kinds(find(*db, {"walk"})).size());
    CHECK(find(*db, {"AND"}).size() == 1);  // the word "and" in the session note
    // Several words must all appear; one argument with spaces is a phrase.
    CHECK(kinds(find(*db, {"small", "steps"})) == std::vector<std::string>{"reflection 1"});
    CHECK(kinds(find(*db, {"steps small"})).empty());
    CHECK(kinds(find(*db, {"small steps"})) == std::vector<std::string>{"reflection 1"});
}

TEST_CASE("search: accents and case do not matter") {
    test::TempDatabase db;
    add_mood(*db, 1, "Coffee at the Café", "2026-11-01");
    CHECK(find(*db, {"cafe"}).size() == 1);
    CHECK(find(*db, {"CAFÉ"}).size() == 1);
}

TEST_CASE("search: --since and --until bound by day or time") {
    test::TempDatabase db;
    db->sql().exec(test::fixture("all_kinds.sql"));
    core::Period period;
    CHECK(kinds(find(*db, {"fine"})).size() == 2);  // mood 1 (18 Nov), homework 1 (17 Nov)
    period.since = core::Bound{*core::parse_day("2026-11-18"), std::nullopt};
    CHECK(kinds(find(*db, {"fine"}, period)) == std::vector<std::string>{"mood 1"});
    period.until = core::Bound{*core::parse_day("2026-11-19"), std::nullopt};
    CHECK(kinds(find(*db, {"sleep"}, period)).empty());  // 17 and 20 Nov
    // A bound with a time compares instants: mood 1 is at 08:30 on 18 Nov.
    period.since = core::Bound{*core::parse_day("2026-11-18"),
                               core::local_instant(*core::parse_day("2026-11-18"), {8, 31, 0})};
    CHECK(find(*db, {"fine"}, period).empty());
}

TEST_CASE("search: a limit keeps the best") {
    test::TempDatabase db;
    db->sql().exec(test::fixture("all_kinds.sql"));
    CHECK(store::search(*db, core::plain_words_query({"sleep"}), {}, 2).size() == 2);
}

TEST_CASE("search: raw FTS5 queries are checked before use") {
    CHECK_NOTHROW(store::check_search_query("walk* NOT rain", "--query"));
    CHECK_NOTHROW(store::check_search_query("\"small steps\" OR body:sister", "--query"));
    for (auto bad : {"walk AND", "\"open", "nosuch:word", "(walk", "AND"}) {
        try {
            store::check_search_query(bad, "--query");
            FAIL("no error for " << bad);
        } catch (const Error& e) {
            CHECK(e.code() == Exit::usage);
            CHECK(std::string(e.what()).find("is not a valid FTS5 query") != std::string::npos);
        }
    }
}

TEST_CASE("search: the plain-words query quotes every word") {
    CHECK(core::plain_words_query({"walk", "a\"b", " ", "two words"}) ==
          "\"walk\" \"a\"\"b\" \"two words\"");
    CHECK(core::plain_words_query({}).empty());
}

TEST_CASE("search: case and accents do not matter in any script") {
    test::TempDatabase db;
    add_mood(*db, 1, "Η σοφία αρχίζει με την απορία", "2026-11-01");
    add_mood(*db, 2, "Ёлка во дворе", "2026-11-02");
    CHECK(kinds(find(*db, {"σοφια"})) == std::vector<std::string>{"mood 1"});
    CHECK(kinds(find(*db, {"ΣΟΦΙΑ"})) == std::vector<std::string>{"mood 1"});
    CHECK(kinds(find(*db, {"σοφία"})) == std::vector<std::string>{"mood 1"});
    CHECK(kinds(find(*db, {"елка"})) == std::vector<std::string>{"mood 2"});
    CHECK(kinds(find(*db, {"ЁЛКА"})) == std::vector<std::string>{"mood 2"});
    auto hits = find(*db, {"σοφια"});
    CHECK(plain(hits.at(0).snippet) == "Η [σοφία] αρχίζει με την απορία");
}

TEST_CASE("search: text without spaces is found by any part of it") {
    test::TempDatabase db;
    add_mood(*db, 1, "今日は日本語を勉強しました", "2026-11-01");
    add_mood(*db, 2, "日曜日に本を読んだ", "2026-11-02");
    CHECK(kinds(find(*db, {"日本語"})) == std::vector<std::string>{"mood 1"});
    CHECK(kinds(find(*db, {"勉強"})) == std::vector<std::string>{"mood 1"});
    CHECK(kinds(find(*db, {"本"})).size() == 2);
    CHECK(find(*db, {"語日本"}).empty());  // the characters in their order
    // A snippet is twelve tokens: here, twelve characters.
    CHECK(plain(find(*db, {"日本語"}).at(0).snippet) == "今日は[日本語]を勉強しまし…");
}

TEST_CASE("search: emoji are found") {
    test::TempDatabase db;
    add_mood(*db, 1, "great day 😊🎉", "2026-11-01");
    add_mood(*db, 2, "thumbs 👍🏽", "2026-11-02");
    CHECK(kinds(find(*db, {"🎉"})) == std::vector<std::string>{"mood 1"});
    CHECK(kinds(find(*db, {"👍"})) == std::vector<std::string>{"mood 2"});
    CHECK(plain(find(*db, {"🎉"}).at(0).snippet) == "great day 😊[🎉]");
}

TEST_CASE("search: a prefix finds the inflections") {
    test::TempDatabase db;
    add_mood(*db, 1, "I walked to the lake", "2026-11-01");
    add_mood(*db, 2, "walking helps", "2026-11-02");
    CHECK(find(*db, {"walk"}).empty());
    auto hits = store::search(*db, core::plain_words_query({"walk"}, true), {}, 0);
    CHECK(hits.size() == 2);
    CHECK(core::plain_words_query({"walk", "a\"b"}, true) == "\"walk\"* \"a\"\"b\"*");
}

TEST_CASE("search: migration 7 indexes again what the earlier index held") {
    test::TempDir dir;
    auto path = dir / "six.db";
    {
        SQLite::Database old(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        for (std::size_t i = 0; i < 6; ++i) old.exec(std::string(store::migrations()[i]));
        old.exec(fmt::format("PRAGMA user_version = 6; PRAGMA application_id = {}",
                             store::application_id));
        old.exec(test::fixture("all_kinds.sql"));
        old.exec(
            "INSERT INTO mood (uuid, at_utc, at_offset, day, score, note, created_utc, "
            "updated_utc) VALUES ('90000000-0000-4000-8000-000000000099', 1795000000, 3600, "
            "'2026-11-01', 5, 'Η σοφία, 日本語 😊', 0, 0)");
        // The earlier tokenizer does not find these.
        CHECK(old.execAndGet("SELECT count(*) FROM search_index WHERE search_index MATCH "
                             "'σοφια'")
                  .getInt() == 0);
    }
    auto db = store::Database::open(path, false);
    CHECK(db->sql().execAndGet("PRAGMA user_version").getInt() == store::schema_version());
    CHECK(kinds(find(*db, {"tiny"})) == std::vector<std::string>{"reflection 1"});
    CHECK(kinds(find(*db, {"corner"})) == std::vector<std::string>{"homework 1"});
    CHECK(kinds(find(*db, {"sister"})) == std::vector<std::string>{"win 1"});
    CHECK(kinds(find(*db, {"rained"})) == std::vector<std::string>{"checkoff 1"});
    CHECK(kinds(find(*db, {"σοφια"})).size() == 1);
    CHECK(kinds(find(*db, {"本語"})).size() == 1);
    CHECK(kinds(find(*db, {"😊"})).size() == 1);
    CHECK(db->sql().execAndGet("SELECT count(*) FROM search_index").getInt() == 11);
    db->sql().exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')");
}
