#include "store/database.hpp"

#include <sys/stat.h>

#include <sqlite3.h>

#include <fmt/format.h>

#include "util/files.hpp"

namespace tend::store {
namespace fs = std::filesystem;

namespace {

int user_version(SQLite::Database& db) {
    return db.execAndGet("PRAGMA user_version").getInt();
}

}  // namespace

int schema_version() { return static_cast<int>(migrations().size()); }

std::unique_ptr<Database> Database::open(const fs::path& path, bool create) {
    std::error_code ec;
    bool exists = fs::exists(path, ec);
    if (fs::is_directory(path, ec))
        throw failure(fmt::format("{} is a directory, not a tend database", path.string()));
    if (!exists) {
        if (!create) return nullptr;
        util::ensure_private_directory(path.parent_path());
        util::ensure_private_file(path);
    }
    std::unique_ptr<Database> db(new Database(path, SQLite::OPEN_READWRITE));
    db->check_ours();
    if (create) ::chmod(path.c_str(), 0600);  // ours: owner-only, even if it was made otherwise
    db->configure();
    db->migrate();
    return db;
}

Database::Database(const fs::path& path, int flags) : path_(path), db_(path, flags) {
    // Before anything reads: another tend may hold a lock for a moment (a write, or the
    // checkpoint of the last connection closing), and every read must wait it out.
    db_.setBusyTimeout(5000);
}

void Database::check_ours() {
    // Read before anything writes: a refused file must stay byte-for-byte as it was.
    int version = user_version(db_);
    int app = db_.execAndGet("PRAGMA application_id").getInt();
    bool foreign = app != 0 && app != application_id;
    if (!foreign && app == 0 && version == 0)
        foreign = db_.execAndGet("SELECT count(*) FROM sqlite_master").getInt() > 0;
    if (foreign)
        throw failure(fmt::format(
            "{} is an SQLite file but not a tend database; it was left untouched",
            path_.string()));
    if (version > schema_version())
        throw failure(fmt::format(
            "{} was written by a newer tend (schema {}, this tend knows up to {}); it was left "
            "untouched: upgrade tend to use it",
            path_.string(), version, schema_version()));
}

void Database::configure() {
    db_.exec("PRAGMA foreign_keys = ON");
    db_.exec("PRAGMA secure_delete = ON");
    db_.exec("PRAGMA journal_mode = WAL");
    db_.exec("PRAGMA synchronous = FULL");
    // Statement journals and sort trees in memory: an insert that fires the search-index
    // triggers keeps a statement journal, and on disk (a file in /var/tmp) that made importing
    // ten years of records 336,000 small writes.
    db_.exec("PRAGMA temp_store = MEMORY");
}

void Database::migrate() {
    auto steps = migrations();
    while (true) {
        WriteTransaction tx(*this);
        int version = user_version(db_);  // re-read under the lock: another tend may have moved it
        if (version >= schema_version()) return;
        db_.exec(std::string(steps[static_cast<std::size_t>(version)]));
        db_.exec(fmt::format("PRAGMA user_version = {}", version + 1));
        if (version == 0) db_.exec(fmt::format("PRAGMA application_id = {}", application_id));
        tx.commit();
    }
}

Error translate(const SQLite::Exception& e, const fs::path& path) {
    auto where = path.string();
    switch (e.getErrorCode() & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return failure(fmt::format(
                "{} is busy: another tend is writing to it; nothing was changed, try again",
                where));
        case SQLITE_FULL:
            return failure(fmt::format(
                "the disk holding {} is full; nothing was changed: free some space and try again",
                where));
        case SQLITE_NOTADB:
        case SQLITE_CORRUPT:
            return failure(fmt::format(
                "{} is not a tend database or is damaged ({}); restore it from a backup", where,
                e.getErrorStr()));
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_CANTOPEN:
        case SQLITE_AUTH:
            return failure(fmt::format("cannot open {} for writing ({}); check its permissions",
                                       where, e.getErrorStr()));
        case SQLITE_IOERR:
            return failure(fmt::format("cannot read or write {} ({}); nothing was changed", where,
                                       e.getErrorStr()));
        default:
            return failure(fmt::format("database error in {}: {}", where, e.what()));
    }
}

}  // namespace tend::store
