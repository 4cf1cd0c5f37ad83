// tend's SQLite file against real temporary files: creation with private modes, pragmas and
// schema, refusal of files that are not ours (left untouched), and the mood records.
#include <catch2/catch.hpp>

#include "support.hpp"

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/mood.hpp"
#include "core/period.hpp"
#include "store/database.hpp"
#include "store/mood_store.hpp"
#include "util/error.hpp"

using namespace tend;
using namespace tend::core;
using Catch::Matchers::Contains;
using store::Database;
namespace fs = std::filesystem;

using tend::test::TempDatabase;
using tend::test::TempDir;
using tend::test::TimeZone;

namespace {

/// Sets the umask for the life of the object.
class Umask {
public:
    explicit Umask(mode_t mask) : old_(::umask(mask)) {}
    ~Umask() { ::umask(old_); }
    Umask(const Umask&) = delete;
    Umask& operator=(const Umask&) = delete;

private:
    mode_t old_;
};

std::string bytes_of(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

unsigned mode_of(const fs::path& file) {
    struct stat st {};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    return st.st_mode & 07777u;
}

/// A tend database created at `path` (its schema kept by a write) and closed again.
void create_database(const fs::path& path) {
    auto db = Database::open(path, true);
    REQUIRE(db);
    store::WriteTransaction tx(*db);
    tx.commit();
}

/// The tend::Error that opening `path` throws, or nullopt when it opens.
std::optional<Error> refusal(const fs::path& path, bool create = true) {
    try {
        (void)Database::open(path, create);
    } catch (const Error& e) {
        return e;
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("a new database is private: directory 0700, file 0600, whatever the umask", "[store]") {
    // 0 would let mkdir and open grant everything asked for; 0277 would take the owner's write
    // bit away. Either way the result must be exactly owner-only.
    auto mask = GENERATE(mode_t{0}, mode_t{022}, mode_t{0277});
    CAPTURE(mask);
    TempDir dir;
    auto path = dir / "data/tend/tend.db";
    std::unique_ptr<Database> db;
    {
        Umask umask(mask);
        db = Database::open(path, true);
    }
    REQUIRE(db);
    {
        store::WriteTransaction tx(*db);  // the first write: the WAL files appear
        tx.commit();
    }
    CHECK(db->path() == path);
    CHECK(mode_of(dir / "data") == 0700u);
    CHECK(mode_of(dir / "data/tend") == 0700u);
    CHECK(mode_of(path) == 0600u);
    // SQLite gives the WAL and shared-memory files the database's own mode.
    for (const char* side : {"data/tend/tend.db-wal", "data/tend/tend.db-shm"})
        if (fs::exists(dir / side)) CHECK(mode_of(dir / side) == 0600u);
}

TEST_CASE("an existing tend database opened for writing is narrowed to 0600", "[store]") {
    TempDir dir;
    auto path = dir / "tend.db";
    create_database(path);
    REQUIRE(::chmod(path.c_str(), 0644) == 0);
    REQUIRE(Database::open(path, true));
    CHECK(mode_of(path) == 0600u);
}

TEST_CASE("a new database has tend's schema and pragmas", "[store]") {
    TempDir dir;
    auto db = Database::open(dir / "tend.db", true);
    REQUIRE(db);
    auto& sql = db->sql();
    CHECK(store::schema_version() >= 1);
    CHECK(store::schema_version() == static_cast<int>(store::migrations().size()));
    for (auto migration : store::migrations()) CHECK_FALSE(migration.empty());
    CHECK(sql.execAndGet("PRAGMA user_version").getInt() == store::schema_version());
    CHECK(sql.execAndGet("PRAGMA application_id").getInt() == store::application_id);
    CHECK(store::application_id == 0x74656e64);  // "tend"
    // Rollback-journal mode until a write commits; WAL from then on.
    CHECK(sql.execAndGet("PRAGMA journal_mode").getString() == "delete");
    {
        store::WriteTransaction tx(*db);
        tx.commit();
    }
    CHECK(sql.execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(sql.execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK(sql.execAndGet("PRAGMA busy_timeout").getInt() >= 3000);
    // A small page cache, the default one while a bulk write lasts, and the small one after.
    CHECK(sql.execAndGet("PRAGMA cache_size").getInt() == -store::everyday_cache_kib);
    {
        store::BulkPageCache bulk(*db);
        CHECK(sql.execAndGet("PRAGMA cache_size").getInt() == -store::bulk_cache_kib);
        {
            store::BulkPageCache inner(*db);
            CHECK(sql.execAndGet("PRAGMA cache_size").getInt() == -store::bulk_cache_kib);
        }
        // The inner one leaves the outer one's size as it was.
        CHECK(sql.execAndGet("PRAGMA cache_size").getInt() == -store::bulk_cache_kib);
    }
    CHECK(sql.execAndGet("PRAGMA cache_size").getInt() == -store::everyday_cache_kib);
    CHECK(store::everyday_cache_kib < store::bulk_cache_kib);
    for (const char* table : {"mood", "mood_tag", "session", "entry", "homework", "checkoff"}) {
        CAPTURE(table);
        CHECK(sql.tableExists(table));
    }
}

namespace {

/// A schema-1 database with one entry, as the first tend wrote it (rollback journal).
void create_schema_1(const fs::path& path) {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec(std::string(store::migrations()[0]));
    raw.exec("PRAGMA user_version = 1");
    raw.exec(fmt::format("PRAGMA application_id = {}", store::application_id));
    raw.exec(
        "INSERT INTO entry (uuid, kind, template, at_utc, at_offset, day, created_utc, "
        "updated_utc) VALUES ('u', 'prep', 'prep', 10, 0, '1970-01-01', 10, 10)");
}

/// One write that fails (no commit) on the database at `path`.
void failed_write(const fs::path& path) {
    auto db = Database::open(path, true);
    REQUIRE(db);
    store::WriteTransaction tx(*db);
    db->sql().exec(
        "INSERT INTO entry (uuid, kind, template, at_utc, at_offset, day, created_utc, "
        "updated_utc) VALUES ('v', 'prep', 'prep', 20, 0, '1970-01-01', 20, 20)");
}

int version_on_disk(const fs::path& path) {
    SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
    return raw.execAndGet("PRAGMA user_version").getInt();
}

}  // namespace

TEST_CASE("a database of schema 1 is migrated: entries gain their index by kind and time",
          "[store]") {
    TempDir dir;
    auto path = dir / "tend.db";
    create_schema_1(path);
    auto db = Database::open(path, false);
    REQUIRE(db);
    auto& sql = db->sql();
    CHECK(sql.execAndGet("PRAGMA user_version").getInt() == store::schema_version());
    CHECK(sql.execAndGet("SELECT count(*) FROM entry").getInt() == 1);
    // The detail column of the plan's single row names the index it searches.
    SQLite::Statement q(sql,
                        "EXPLAIN QUERY PLAN SELECT id FROM entry WHERE kind = 'prep' AND "
                        "at_utc > 1 AND at_utc <= 20");
    REQUIRE(q.executeStep());
    CHECK_THAT(q.getColumn(3).getString(), Catch::Matchers::Contains("entry_by_kind"));
}

TEST_CASE("an older schema is migrated only with a write that commits", "[store]") {
    TempDir dir;
    auto path = dir / "tend.db";
    create_schema_1(path);
    auto before = bytes_of(path);
    SECTION("reading sees the current schema and changes no byte") {
        {
            auto db = Database::open(path, false);
            REQUIRE(db);
            CHECK(db->sql().execAndGet("PRAGMA user_version").getInt() == store::schema_version());
            CHECK(db->sql().execAndGet("SELECT count(*) FROM entry").getInt() == 1);
        }
        CHECK(bytes_of(path) == before);
        CHECK_FALSE(fs::exists(path.string() + "-wal"));
    }
    SECTION("a write that fails takes the migration with it") {
        failed_write(path);
        CHECK(bytes_of(path) == before);
        CHECK(version_on_disk(path) == 1);
    }
    SECTION("a write that commits keeps it, and the file turns to WAL") {
        {
            auto db = Database::open(path, true);
            store::WriteTransaction tx(*db);
            tx.commit();
        }
        CHECK(version_on_disk(path) == store::schema_version());
        SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
        CHECK(raw.execAndGet("PRAGMA journal_mode").getString() == "wal");
        CHECK(raw.execAndGet("SELECT count(*) FROM entry").getInt() == 1);
    }
}

TEST_CASE("a failed write leaves a rollback-journal database byte for byte", "[store]") {
    // As a backup restored by copying it back: current schema, rollback journal.
    TempDir dir;
    auto path = dir / "tend.db";
    create_database(path);
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA journal_mode = DELETE");
    }
    auto before = bytes_of(path);
    failed_write(path);
    CHECK(bytes_of(path) == before);
    REQUIRE(Database::open(path, false));
    CHECK(bytes_of(path) == before);
    CHECK_FALSE(fs::exists(path.string() + "-wal"));
}

TEST_CASE("an empty file stays empty; a file this open made goes again without a write",
          "[store]") {
    TempDir dir;
    auto path = dir / "tend.db";
    SECTION("an empty file given as the database") {
        { std::ofstream(path.string()); }
        failed_write(path);
        CHECK(fs::file_size(path) == 0);
        CHECK_FALSE(fs::exists(path.string() + "-journal"));
    }
    SECTION("a new file, a failed write") {
        failed_write(path);
        CHECK_FALSE(fs::exists(path));
        for (const char* side : {"-wal", "-shm", "-journal"})
            CHECK_FALSE(fs::exists(path.string() + side));
    }
    SECTION("a new file, no write at all") {
        REQUIRE(Database::open(path, true));
        CHECK_FALSE(fs::exists(path));
    }
    SECTION("a new file, a write that commits") {
        {
            auto db = Database::open(path, true);
            store::WriteTransaction tx(*db);
            tx.commit();
        }
        CHECK(version_on_disk(path) == store::schema_version());
    }
}

TEST_CASE("reopening a current database changes nothing", "[store]") {
    TempDir dir;
    auto path = dir / "tend.db";
    create_database(path);
    auto before = bytes_of(path);
    REQUIRE_FALSE(before.empty());
    REQUIRE(Database::open(path, true));
    CHECK(bytes_of(path) == before);
    REQUIRE(Database::open(path, false));
    CHECK(bytes_of(path) == before);
}

TEST_CASE("opening a missing database without create gives nothing and creates nothing",
          "[store]") {
    TempDir dir;
    CHECK(Database::open(dir / "tend.db", false) == nullptr);
    CHECK_FALSE(fs::exists(dir / "tend.db"));
    CHECK(Database::open(dir / "sub/dir/tend.db", false) == nullptr);
    CHECK_FALSE(fs::exists(dir / "sub"));
}

TEST_CASE("a directory is not a database", "[store]") {
    TempDir dir;
    auto e = refusal(dir / "");
    REQUIRE(e);
    CHECK(e->code() == Exit::failure);
    CHECK_THAT(e->what(), Contains("is a directory"));
}

TEST_CASE("a database from a newer tend is refused and left byte for byte", "[store]") {
    TempDir dir;
    auto path = dir / "tend.db";
    create_database(path);
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = " + std::to_string(store::schema_version() + 1));
    }
    auto before = bytes_of(path);
    for (bool create : {true, false}) {
        auto e = refusal(path, create);
        REQUIRE(e);
        CHECK(e->code() == Exit::failure);
        CHECK_THAT(e->what(), Contains(path.string()));
        CHECK_THAT(e->what(), Contains("newer tend"));
        CHECK_THAT(e->what(), Contains("left untouched"));
        CHECK(bytes_of(path) == before);
    }
}

TEST_CASE("a schema version below the file's tables is refused and left byte for byte", "[store]") {
    TempDir dir;
    auto path = dir / "tend.db";
    create_database(path);
    // Each version before the current one: 0 (none yet) up to the last migration's.
    for (int version = 0; version < store::schema_version(); ++version) {
        CAPTURE(version);
        {
            SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
            raw.exec("PRAGMA user_version = " + std::to_string(version));
        }
        auto before = bytes_of(path);
        for (bool create : {true, false}) {
            auto e = refusal(path, create);
            REQUIRE(e);
            CHECK(e->code() == Exit::failure);
            CHECK(std::string(e->what()) ==
                  fmt::format("{} says it holds schema version {}, but its tables are not those "
                              "of that version (the version was changed by hand, or the file is "
                              "damaged); it was left untouched: restore it from a backup",
                              path.string(), version));
            CHECK(bytes_of(path) == before);
        }
    }
}

TEST_CASE("an SQLite file that is not tend's is refused and left byte for byte", "[store]") {
    TempDir dir;
    auto path = dir / "other.db";
    SECTION("someone else's tables") {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
        raw.exec("INSERT INTO notes (body) VALUES ('mine')");
    }
    SECTION("another application's id, no tables yet") {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("PRAGMA application_id = 1234");
    }
    auto before = bytes_of(path);
    REQUIRE_FALSE(before.empty());
    for (bool create : {true, false}) {
        auto e = refusal(path, create);
        REQUIRE(e);
        CHECK(e->code() == Exit::failure);
        CHECK_THAT(e->what(), Contains(path.string()));
        CHECK_THAT(e->what(), Contains("not a tend database"));
        CHECK(bytes_of(path) == before);
    }
}

// A refused file is left untouched, its mode included: the mode is narrowed only once the file
// is known to be a tend database.
TEST_CASE("a refused file keeps its mode", "[store]") {
    TempDir dir;
    auto path = dir / "other.db";
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("CREATE TABLE notes (body TEXT)");
    }
    REQUIRE(::chmod(path.c_str(), 0644) == 0);
    REQUIRE(refusal(path, true));
    CHECK(mode_of(path) == 0644u);
}

TEST_CASE("a text file is refused as not a database, exit 1, and left untouched", "[store]") {
    TempDir dir;
    auto path = dir / "notes.txt";
    std::string text;
    for (int i = 0; i < 40; ++i) text += "line " + std::to_string(i) + ": not a database\n";
    std::ofstream(path) << text;
    for (bool create : {true, false}) {
        // SQLite opens lazily, so the refusal comes from SQLite itself as SQLITE_NOTADB; main()
        // passes it through store::translate().
        try {
            (void)Database::open(path, create);
            FAIL("a text file was opened as a database");
        } catch (const SQLite::Exception& e) {
            auto error = store::translate(e, path);
            CHECK(error.code() == Exit::failure);
            CHECK_THAT(error.what(), Contains(path.string()));
            CHECK_THAT(error.what(), Contains("not a tend database or is damaged"));
        } catch (const Error& e) {
            CHECK(e.code() == Exit::failure);
        }
        CHECK(bytes_of(path) == text);
    }
}

namespace {

Mood mood_at(const char* uuid, Day day, TimeOfDay time, int score, std::string note,
             std::vector<std::string> tags = {}) {
    Mood m;
    m.uuid = uuid;
    m.at = local_instant(day, time);
    m.day = day_of(m.at);
    m.score = score;
    m.note = std::move(note);
    m.tags = std::move(tags);
    return m;
}

Day nov(unsigned day) {
    return tend::test::d(2026, 11, day);
}

std::vector<std::string> notes(const std::vector<Mood>& moods) {
    std::vector<std::string> out;
    for (const auto& m : moods) out.push_back(m.note);
    return out;
}

int tag_rows(Database& db) {
    return db.sql().execAndGet("SELECT count(*) FROM mood_tag").getInt();
}

}  // namespace

TEST_CASE("moods: insert, find, list by period, update and delete", "[store][mood]") {
    TimeZone berlin("Europe/Berlin");
    TempDatabase db;
    const Instant now = local_instant(nov(22), {9, 0, 0});
    using S = std::vector<std::string>;

    // Inserted out of order on purpose; listings come oldest first.
    std::vector<Mood> moods{
        mood_at("00000000-0000-4000-8000-000000000003", nov(20), {12, 0, 0}, 6, "noon"),
        mood_at("00000000-0000-4000-8000-000000000001", nov(19), {23, 59, 59}, 4, "late 19th"),
        mood_at("00000000-0000-4000-8000-000000000002", nov(20), {0, 0, 0}, 5, "midnight",
                {"work", "sleep"}),
        mood_at("00000000-0000-4000-8000-000000000004", nov(20), {23, 59, 59}, 7, "last second",
                {"walk"}),
        mood_at("00000000-0000-4000-8000-000000000005", nov(21), {0, 0, 0}, 8, "21st"),
    };
    std::vector<std::int64_t> ids;
    {
        store::WriteTransaction tx(*db);
        for (const auto& m : moods) ids.push_back(store::insert_mood(*db, m, now));
        tx.commit();
    }
    REQUIRE(ids.size() == 5);
    CHECK(ids[0] > 0);
    CHECK(ids[1] != ids[0]);

    SECTION("find returns what was stored, tags sorted") {
        auto m = store::find_mood(*db, ids[2]);
        REQUIRE(m);
        CHECK(m->id == ids[2]);
        CHECK(m->uuid == "00000000-0000-4000-8000-000000000002");
        CHECK(m->at == moods[2].at);
        CHECK(format_iso(m->at) == "2026-11-20T00:00:00+01:00");
        CHECK(format_day(m->day) == "2026-11-20");
        CHECK(m->score == 5);
        CHECK(m->note == "midnight");
        CHECK(m->tags == S{"sleep", "work"});
        CHECK(store::find_mood(*db, ids[0]).value().tags.empty());
        CHECK_FALSE(store::find_mood(*db, 9999));
    }
    SECTION("an empty period lists everything, oldest first") {
        CHECK(notes(store::list_moods(*db, {})) ==
              S{"late 19th", "midnight", "noon", "last second", "21st"});
    }
    SECTION("day bounds include the whole day") {
        Period day{Bound{nov(20), std::nullopt}, Bound{nov(20), std::nullopt}};
        CHECK(notes(store::list_moods(*db, day)) == S{"midnight", "noon", "last second"});
        Period since{Bound{nov(20), std::nullopt}, std::nullopt};
        CHECK(notes(store::list_moods(*db, since)) == S{"midnight", "noon", "last second", "21st"});
        Period until{std::nullopt, Bound{nov(19), std::nullopt}};
        CHECK(notes(store::list_moods(*db, until)) == S{"late 19th"});
    }
    SECTION("bounds with a time compare instants, both ends included") {
        auto noon = local_instant(nov(20), {12, 0, 0});
        Period exact{Bound{nov(20), noon}, Bound{nov(20), noon}};
        CHECK(notes(store::list_moods(*db, exact)) == S{"noon"});
        Period after{Bound{nov(20), local_instant(nov(20), {12, 0, 1})}, std::nullopt};
        CHECK(notes(store::list_moods(*db, after)) == S{"last second", "21st"});
        Period before{std::nullopt, Bound{nov(20), local_instant(nov(20), {11, 59, 59})}};
        CHECK(notes(store::list_moods(*db, before)) == S{"late 19th", "midnight"});
        Period mixed{Bound{nov(20), std::nullopt}, Bound{nov(20), noon}};
        CHECK(notes(store::list_moods(*db, mixed)) == S{"midnight", "noon"});
    }
    SECTION("count per local day") {
        CHECK(store::count_moods_on(*db, nov(19)) == 1);
        CHECK(store::count_moods_on(*db, nov(20)) == 3);
        CHECK(store::count_moods_on(*db, nov(23)) == 0);
    }
    SECTION("update rewrites score, note and tags, and keeps the time") {
        auto m = store::find_mood(*db, ids[2]).value();
        m.score = 9;
        m.note = "rewritten";
        m.tags = {"family"};
        auto later = local_instant(nov(23), {10, 0, 0});
        store::update_mood(*db, m, later);
        auto again = store::find_mood(*db, ids[2]);
        REQUIRE(again);
        CHECK(again->score == 9);
        CHECK(again->note == "rewritten");
        CHECK(again->tags == S{"family"});
        CHECK(again->at == moods[2].at);
        CHECK(again->uuid == moods[2].uuid);
        SQLite::Statement q(db->sql(), "SELECT created_utc, updated_utc FROM mood WHERE id = ?");
        q.bind(1, ids[2]);
        REQUIRE(q.executeStep());
        CHECK(q.getColumn(0).getInt64() == now.utc);
        CHECK(q.getColumn(1).getInt64() == later.utc);
        m.tags.clear();
        store::update_mood(*db, m, later);
        CHECK(store::find_mood(*db, ids[2]).value().tags.empty());
    }
    SECTION("delete removes the mood and its tags, and nothing else") {
        REQUIRE(tag_rows(*db) == 3);
        store::delete_mood(*db, ids[2]);
        CHECK_FALSE(store::find_mood(*db, ids[2]));
        CHECK(tag_rows(*db) == 1);
        CHECK(store::find_mood(*db, ids[3]).value().tags == S{"walk"});
        CHECK(store::list_moods(*db, {}).size() == 4);
    }
    SECTION("tags go with their mood even when deleted by plain SQL (foreign keys cascade)") {
        db->sql().exec("DELETE FROM mood WHERE note = 'last second'");
        CHECK(tag_rows(*db) == 2);
    }
    SECTION("the schema itself refuses a score outside 1 to 10 and a duplicate UUID") {
        auto bad = mood_at("00000000-0000-4000-8000-000000000099", nov(22), {8, 0, 0}, 11, "");
        CHECK_THROWS_AS(store::insert_mood(*db, bad, now), SQLite::Exception);
        auto twin = moods[0];
        CHECK_THROWS_AS(store::insert_mood(*db, twin, now), SQLite::Exception);
        CHECK(store::list_moods(*db, {}).size() == 5);
    }
}
