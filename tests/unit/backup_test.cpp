#include "store/backup.hpp"

#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "support.hpp"
#include "util/error.hpp"
#include "util/files.hpp"

using namespace tend;

TEST_CASE("backup: a consistent, private, single-file copy") {
    test::TempDatabase db("t.db");
    const auto& dir = db.dir();
    db->sql().exec(test::fixture("all_kinds.sql"));
    auto target = dir / "copy.db";
    auto bytes = store::backup_database(*db, target);
    CHECK(bytes > 0);
    struct stat st {};
    REQUIRE(::stat(target.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK_FALSE(std::filesystem::exists(target.string() + "-wal"));
    CHECK(store::is_tend_database_file(target));
    SQLite::Database copy(target, SQLite::OPEN_READONLY);
    CHECK(copy.execAndGet("PRAGMA integrity_check").getString() == "ok");
    CHECK(copy.execAndGet("PRAGMA journal_mode").getString() == "delete");
    CHECK(copy.execAndGet("SELECT count(*) FROM checkoff").getInt() == 3);
    CHECK(copy.execAndGet("PRAGMA user_version").getInt() == store::schema_version());
    // No temporary file is left behind.
    int files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++files;
    CHECK(files == 4);  // t.db, t.db-wal, t.db-shm, copy.db
}

TEST_CASE("backup: replacing an older backup") {
    test::TempDatabase db("t.db");
    const auto& dir = db.dir();
    auto target = dir / "copy.db";
    (void)store::backup_database(*db, target);
    db->sql().exec(test::fixture("all_kinds.sql"));
    (void)store::backup_database(*db, target);
    SQLite::Database copy(target, SQLite::OPEN_READONLY);
    CHECK(copy.execAndGet("SELECT count(*) FROM win").getInt() == 1);
}

TEST_CASE("backup: an unwritable target fails and leaves nothing") {
    test::TempDatabase db("t.db");
    const auto& dir = db.dir();
    CHECK_THROWS_AS(store::backup_database(*db, dir / "missing" / "copy.db"), Error);
    CHECK_FALSE(std::filesystem::exists(dir / "missing"));
}

TEST_CASE("backup: file names and recognising tend databases") {
    CHECK(store::backup_file_name({1795159800, 3600}) == "tend-2026-11-20T0830.db");
    test::TempDir dir;
    util::write_file_atomically(dir / "notes.txt", "not a database");
    CHECK_FALSE(store::is_tend_database_file(dir / "notes.txt"));
    CHECK_FALSE(store::is_tend_database_file(dir / "absent"));
    SQLite::Database other(dir / "other.db", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE t (x)");
    CHECK_FALSE(store::is_tend_database_file(dir / "other.db"));
}
