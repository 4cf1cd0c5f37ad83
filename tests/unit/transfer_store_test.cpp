#include "store/transfer_store.hpp"

#include <set>

#include <catch2/catch.hpp>

#include "render/export_view.hpp"
#include "store/archive_tables.hpp"
#include "support.hpp"
#include "util/error.hpp"
#include "util/files.hpp"

using namespace tend;

namespace {

const core::Instant now{1795159800, 3600};  // 2026-11-20T08:30:00+01:00

/// Fills a database with every kind of record (tests/cli/fixtures/all_kinds.sql) and a mood
/// with a note of a megabyte of awkward text.
void fill(store::Database& db) {
    db.sql().exec(test::fixture("all_kinds.sql"));
    std::string big;
    while (big.size() < 1024 * 1024)
        big += "\"quoted\", line\nbreak, emoji \xf0\x9f\x98\x8c, tab\t; ";
    SQLite::Statement q(db.sql(),
                        "INSERT INTO mood (uuid, at_utc, at_offset, day, score, note, "
                        "created_utc, updated_utc) VALUES ('20000000-0000-4000-8000-00000000000f', "
                        "1795158000, 3600, '2026-11-20', 5, ?, 1, 2)");
    q.bind(1, big);
    q.exec();
}

std::string exported(store::Database& db) {
    return render::archive_json(store::read_archive(db, now));
}

core::ImportReport import_text(store::Database& db, const std::string& text) {
    auto archive = core::parse_archive(text, "test.json", now);
    store::WriteTransaction tx(db);
    auto report = store::import_archive(db, archive);
    tx.commit();
    return report;
}

int count(store::Database& db, const std::string& table) {
    return db.sql().execAndGet("SELECT count(*) FROM " + table).getInt();
}

}  // namespace

TEST_CASE("transfer: export, import, export gives the same document for every kind") {
    test::TempDatabase a;
    fill(*a);
    auto first = exported(*a);
    test::TempDatabase b;
    auto report = import_text(*b, first);
    CHECK(report.total().added == 15);
    CHECK(report.total().unchanged == 0);
    CHECK(report.total().skipped == 0);
    CHECK(exported(*b) == first);
    for (auto table : {"session", "mood", "mood_tag", "entry", "entry_answer", "homework",
                       "homework_step", "checkoff", "win"})
        CHECK(count(*a, table) == count(*b, table));
}

TEST_CASE("transfer: the megabyte note survives byte for byte") {
    test::TempDatabase a;
    fill(*a);
    test::TempDatabase b;
    (void)import_text(*b, exported(*a));
    auto note = [](store::Database& db) {
        return db.sql()
            .execAndGet("SELECT note FROM mood WHERE uuid = '20000000-0000-4000-8000-00000000000f'")
            .getString();
    };
    CHECK(note(*b).size() >= 1024 * 1024);
    CHECK(note(*b) == note(*a));
}

TEST_CASE("transfer: importing twice changes nothing") {
    test::TempDatabase a;
    fill(*a);
    auto text = exported(*a);
    test::TempDatabase b;
    (void)import_text(*b, text);
    auto after_first = exported(*b);
    auto report = import_text(*b, text);
    CHECK(report.total().added == 0);
    CHECK(report.total().unchanged == 15);
    CHECK(exported(*b) == after_first);
}

TEST_CASE("transfer: references are kept by UUID whatever the ids are") {
    test::TempDatabase a;
    fill(*a);
    test::TempDatabase b;
    // b already has records, so the imported ones get other ids than in a.
    b->sql().exec(
        "INSERT INTO session (uuid, at_utc, at_offset, day, status, created_utc, updated_utc) "
        "VALUES ('aaaaaaaa-0000-4000-8000-000000000000', 1, 0, '1970-01-01', 'held', 1, 1);"
        "INSERT INTO homework (uuid, title, schedule, status, start_day, created_utc, "
        "updated_utc) VALUES ('bbbbbbbb-0000-4000-8000-000000000000', 'x', 'daily', 'open', "
        "'1970-01-01', 1, 1)");
    (void)import_text(*b, exported(*a));
    CHECK(b->sql()
              .execAndGet("SELECT h.uuid FROM checkoff c JOIN homework h ON h.id = c.homework_id "
                          "WHERE c.uuid = '60000000-0000-4000-8000-000000000003'")
              .getString() == "40000000-0000-4000-8000-000000000002");
    CHECK(b->sql()
              .execAndGet("SELECT s.uuid FROM entry e JOIN session s ON s.id = e.session_id "
                          "WHERE e.uuid = '30000000-0000-4000-8000-000000000001'")
              .getString() == "10000000-0000-4000-8000-000000000001");
}

TEST_CASE("transfer: a clash on a second unique rule merges the two into one, and says so") {
    test::TempDatabase a;
    fill(*a);
    auto text = exported(*a);
    // The same check-off day for the same homework, under another UUID: as old, and greater.
    auto other = text;
    auto pos = other.find("60000000-0000-4000-8000-000000000001");
    other.replace(pos, 36, "60000000-0000-4000-8000-0000000000ff");
    test::TempDatabase b;
    (void)import_text(*b, text);
    auto checkoffs = count(*b, "checkoff");
    auto report = import_text(*b, other);
    CHECK(report.total().added == 1);
    CHECK(report.kinds[core::kind_index("checkoffs")].deleted == 1);
    REQUIRE(report.notes.size() == 1);
    CHECK(report.notes[0].what ==
          "replaced the one here: the same homework already has a check-off for that day here");
    // The one it replaced does not come back.
    report = import_text(*b, text);
    CHECK(report.total().added == 0);
    CHECK(count(*b, "checkoff") == checkoffs);
    CHECK(count(*b, "checkoff WHERE uuid = '60000000-0000-4000-8000-0000000000ff'") == 1);
}

TEST_CASE("transfer: records after a clash are still imported") {
    test::TempDatabase a;
    fill(*a);
    test::TempDatabase b;
    (void)import_text(*b, exported(*a));
    auto source = store::read_archive(*a, now);
    auto index = core::kind_index("checkoffs");
    const auto& kind = core::record_kinds()[index];
    auto clash = source.records[index].at(0);
    std::get<std::string>(clash.values[0]) = "60000000-0000-4000-8000-0000000000ff";
    auto later = clash;
    std::get<std::string>(later.values[0]) = "60000000-0000-4000-8000-0000000000fe";
    later.values[core::field_index(kind, "day")] = std::string("2026-11-25");
    core::Archive archive;
    archive.records[index] = {clash, later, clash};
    store::WriteTransaction tx(*b);
    auto report = store::import_archive(*b, archive);
    tx.commit();
    CHECK(report.kinds[index].added == 2);
    CHECK(report.kinds[index].deleted == 1);
    CHECK(report.kinds[index].unchanged == 1);
    CHECK(count(*b, "checkoff") == 4);
}

TEST_CASE("transfer: missing references skip or unlink, and say so") {
    test::TempDatabase b;
    auto report = import_text(*b, R"({"format": "tend-export", "version": 1,
      "checkoffs": [{"uuid": "60000000-0000-4000-8000-000000000001",
                     "homework": "40000000-0000-4000-8000-000000000001", "day": "2026-11-18",
                     "status": "done", "at": "2026-11-18T09:00:00+01:00"}],
      "entries": [{"uuid": "30000000-0000-4000-8000-000000000001", "kind": "prep",
                   "template": "prep", "session": "10000000-0000-4000-8000-000000000001",
                   "at": "2026-11-18T09:00:00+01:00", "day": "2026-11-18",
                   "answers": [{"key": "k", "prompt": "p", "answer": "a"}]}]})");
    CHECK(report.kinds[core::kind_index("checkoffs")].skipped == 1);
    CHECK(report.kinds[core::kind_index("entries")].added == 1);
    REQUIRE(report.notes.size() == 2);
    CHECK(report.notes[0].what ==
          "imported without a link to a session that is in neither the file nor here");
    CHECK(report.notes[1].what == "skipped: no such homework in the file or here");
    CHECK(count(*b, "entry_answer") == 1);
}

TEST_CASE("transfer: missing bookkeeping times are the import's; text fields default empty") {
    test::TempDatabase b;
    (void)import_text(*b, R"({"format": "tend-export", "version": 1,
      "moods": [{"uuid": "20000000-0000-4000-8000-000000000001", "score": 6,
                 "at": "2026-11-18T09:00:00Z", "day": "2026-11-18"}]})");
    CHECK(b->sql().execAndGet("SELECT created_utc FROM mood").getInt64() == now.utc);
    CHECK(b->sql().execAndGet("SELECT note FROM mood").getString().empty());
}

TEST_CASE("transfer: an import that fails half-way leaves nothing behind") {
    test::TempDatabase b;
    auto archive = core::parse_archive(R"({"format": "tend-export", "version": 1,
      "moods": [{"uuid": "20000000-0000-4000-8000-000000000001", "score": 6,
                 "at": "2026-11-18T09:00:00Z", "day": "2026-11-18"}]})",
                                       "t", now);
    // A trigger makes the second kind fail after the first was written.
    b->sql().exec(
        "CREATE TEMP TRIGGER boom BEFORE INSERT ON mood_tag BEGIN "
        "SELECT RAISE(ABORT, 'boom'); END");
    archive.records[core::kind_index("moods")][0].tags = {"x"};
    try {
        store::WriteTransaction tx(*b);
        (void)store::import_archive(*b, archive);
        tx.commit();
        FAIL("no error");
    } catch (const SQLite::Exception&) {
    }
    CHECK(count(*b, "mood") == 0);
}

TEST_CASE("transfer: progress is reported for every record") {
    test::TempDatabase a;
    fill(*a);
    auto archive = store::read_archive(*a, now);
    test::TempDatabase b;
    std::size_t calls = 0, last = 0, all = 0;
    store::WriteTransaction tx(*b);
    (void)store::import_archive(*b, archive, [&](std::size_t done, std::size_t total) {
        ++calls;
        last = done;
        all = total;
    });
    tx.commit();
    CHECK(calls == archive.size());
    CHECK(last == all);
}

TEST_CASE("transfer: every field of every record kind has its column in its kind's table") {
    test::TempDatabase db("a.db");
    for (const auto& kind : core::record_kinds()) {
        std::set<std::string> columns;
        SQLite::Statement q(db->sql(), "SELECT name FROM pragma_table_info(?)");
        q.bind(1, std::string(store::table_of(kind)));
        while (q.executeStep()) columns.insert(q.getColumn(0).getString());
        CAPTURE(kind.name);
        REQUIRE_FALSE(columns.empty());
        for (const auto& f : kind.fields) {
            auto column = std::string(store::column_of(kind, f));
            CAPTURE(f.name);
            if (f.type == core::FieldType::instant) {
                CHECK(columns.count(column + "_utc") == 1);
                CHECK(columns.count(column + "_offset") == 1);
            } else {
                CHECK(columns.count(column) == 1);
            }
        }
    }
}
