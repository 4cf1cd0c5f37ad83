#include "store/database.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <ctime>
#include <set>
#include <thread>

#include <sqlite3.h>

#include <fmt/format.h>

#include "store/search_store.hpp"
#include "store/search_upkeep.hpp"
#include "store/sqlite_memory.hpp"
#include "util/files.hpp"

namespace tend::store {
namespace fs = std::filesystem;

namespace {

// tend calls SQLite from one thread only: before SQLite starts, it is told so (no mutex around
// each call, where NOMUTEX still left the library's own) and to keep no memory statistics
// (each allocation took a lock to count itself). Over ten years of moods, 3% of a long read.
// Then its small blocks are given their own allocator (store/sqlite_memory.cpp says why).
[[maybe_unused]] const int library_configured = [] {
    sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    sqlite_memory::install();
    return 0;
}();

int user_version(SQLite::Database& db) {
    return db.execAndGet("PRAGMA user_version").getInt();
}

/// The tables, indexes and triggers of a database, as "type name" ("table mood"), without the
/// automatic indexes and the statistics tables, which come and go by themselves. A virtual
/// table also gives its statement, which names its tokenizer: migration 7 made the search index
/// again under the same name. Other tables give their columns: migration 10 adds some. A
/// trigger that calls tend_index says so: migration 11 made the search triggers again under the
/// same names.
std::set<std::string> schema_objects(SQLite::Database& db) {
    SQLite::Statement q(db,
                        "SELECT type || ' ' || name || CASE WHEN sql LIKE 'CREATE VIRTUAL TABLE%' "
                        "THEN ': ' || sql WHEN type = 'table' THEN ': ' || (SELECT "
                        "group_concat(name, ',') FROM pragma_table_info(m.name)) WHEN type = "
                        "'trigger' AND sql LIKE '%tend_index(%' THEN ': tend_index' ELSE '' END "
                        "FROM sqlite_master m WHERE name NOT GLOB 'sqlite_autoindex_*' AND name "
                        "NOT GLOB 'sqlite_stat*'");
    std::set<std::string> objects;
    while (q.executeStep()) objects.insert(q.getColumn(0).getString());
    return objects;
}

/// The objects migrations 1 to `version` make, in an empty database.
std::set<std::string> objects_of_version(int version) {
    SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE);
    register_search_tokenizer(memory.getHandle());
    auto steps = migrations();
    for (std::size_t i = 0; i < static_cast<std::size_t>(version); ++i)
        memory.exec(std::string(steps[i]));
    return schema_objects(memory);
}

/// A file: URI for a path, every byte but the unreserved ones and "/" percent-encoded.
std::string file_uri(const fs::path& path, std::string_view query) {
    std::error_code ec;
    std::string uri = "file:";
    for (char ch : fs::absolute(path, ec).string()) {
        auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~')
            uri += static_cast<char>(c);
        else
            uri += fmt::format("%{:02X}", c);
    }
    return uri + "?" + std::string(query);
}

/// unixepoch() with no argument gives the time of the command, not the system's: the tombstone
/// triggers of migration 8 take their time from it.
void register_now(sqlite3* handle, const Database* db) {
    auto now = [](sqlite3_context* context, int, sqlite3_value**) {
        const auto* self = static_cast<const Database*>(sqlite3_user_data(context));
        sqlite3_result_int64(context, self->now());
    };
    sqlite3_create_function_v2(handle, "unixepoch", 0, SQLITE_UTF8, const_cast<Database*>(db), now,
                               nullptr, nullptr, nullptr);
}

}  // namespace

int schema_version() {
    return migration_count;
}

std::unique_ptr<Database> Database::open(const fs::path& path, bool create, int lock_wait_ms) {
    std::error_code ec;
    auto status = fs::status(path, ec);  // follows a symbolic link to the file it names
    if (fs::is_directory(status))
        throw failure(fmt::format("{} is a directory, not a tend database", path.string()));
    bool exists = fs::exists(status);
    // A device, FIFO or socket is never a database: SQLite would read it as empty, write
    // sidecar files next to it and lose every write (think of /dev/null).
    if (exists && !fs::is_regular_file(status))
        throw failure(fmt::format("{} is not a regular file, so it cannot be a tend database",
                                  path.string()));
    if (!exists) {
        if (!create) return nullptr;
        util::ensure_private_directory(path.parent_path());
        util::ensure_private_file(path);
    }
    // One connection, used from one thread: SQLite need not lock a mutex around every call.
    std::unique_ptr<Database> db(
        new Database(path, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX, lock_wait_ms));
    db->created_ = !exists;
    try {
        db->check_ours();
        db->narrow_modes();
        db->configure();
        // Up to date, the common case: no transaction, so reading commands take no lock.
        if (int version = user_version(db->db_); version < schema_version()) {
            db->empty_ = version == 0;
            db->db_.exec("BEGIN IMMEDIATE");
            db->migrated_ = true;
            db->migrate_in_transaction();
        }
    } catch (const SQLite::Exception& e) {
        throw translate(e, path, db->os_error());  // while the connection still knows errno
    }
    return db;
}

Database::~Database() {
    if (sqlite3_get_autocommit(db_.getHandle()) == 0) rollback_write();
    if (created_ && !committed_) remove_if_unused();
    // Before db_ closes: SQLite refuses to close a connection with statements left, and a
    // caller may have replaced the trace callback that would finalize these at close.
    release_search_upkeep(db_.getHandle());
}

void Database::remove_if_unused() noexcept {
    // Only if it is still empty and no other tend has begun to use it. SQLite's locks are POSIX
    // record locks on the 512 bytes from 2^30 (pending, reserved, shared); one lock over all of
    // them is granted only while no other process holds any of them. (Beginning a transaction
    // through SQLite instead would write the first page of the empty file, the very write a full
    // disk refused.) A tend that opened the file and holds no lock yet finds it gone when it
    // writes: SQLite refuses that write, so nothing acknowledged is lost.
    int fd = ::open(path_.c_str(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return;
    struct flock all {};
    all.l_type = F_WRLCK;
    all.l_whence = SEEK_SET;
    all.l_start = 0x40000000;
    all.l_len = 512;
    struct stat st {};
    if (::fcntl(fd, F_SETLK, &all) == 0 && ::fstat(fd, &st) == 0 && st.st_size == 0)
        ::unlink(path_.c_str());
    ::close(fd);  // releases the lock
}

void Database::begin_write() {
    if (migrated_) {  // the migration's transaction becomes this write's
        migrated_ = false;
        in_write_ = true;
        return;
    }
    db_.exec("BEGIN IMMEDIATE");
    in_write_ = true;
    try {
        migrate_in_transaction();
    } catch (...) {
        rollback_write();
        throw;
    }
}

void Database::commit_write() {
    try {
        db_.exec("COMMIT");
    } catch (...) {
        rollback_write();
        throw;
    }
    in_write_ = false;
    committed_ = true;
    // A writer folds the log into the file when it closes, as SQLite does by default.
    sqlite3_db_config(db_.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    if (wal_) return;
    // The first write this file sees in rollback-journal mode (new, or restored from a backup):
    // only now that a write is certain does it turn to WAL. Should that fail (the disk filled
    // up, another tend holds it), the write stands and the next write tries again.
    try {
        enter_wal_mode();
        wal_ = true;
    } catch (const SQLite::Exception&) {
    }
}

void Database::rollback_write() noexcept {
    in_write_ = false;
    migrated_ = false;
    if (sqlite3_get_autocommit(db_.getHandle()) != 0) return;  // SQLite rolled back already
    try {
        db_.exec("ROLLBACK");
    } catch (const std::exception&) {
        // The connection is closing or broken; SQLite rolls back when it closes.
    }
}

void Database::keep_migration() noexcept {
    if (!migrated_ || created_ || empty_ || sqlite3_get_autocommit(db_.getHandle()) != 0) return;
    try {
        db_.exec("COMMIT");
        migrated_ = false;
        committed_ = true;
        sqlite3_db_config(db_.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    } catch (const std::exception&) {
        rollback_write();
    }
}

std::unique_ptr<Database> Database::open_read_only(const fs::path& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return nullptr;
    // Without a write-ahead log beside it, the file holds everything: read it as immutable, so
    // that SQLite creates no -wal or -shm file either. With one, another tend is at work: read
    // through the log as usual.
    auto wal = path;
    wal += "-wal";
    std::string target;
    if (!fs::exists(wal, ec)) target = file_uri(path, "immutable=1");
    int flags =
        SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX | (target.empty() ? 0 : SQLite::OPEN_URI);
    std::unique_ptr<Database> db(new Database(path, flags, 250, target));
    db->check_ours();
    if (user_version(db->db_) != schema_version()) return nullptr;
    return db;
}

Database::Database(const fs::path& path, int flags, int lock_wait_ms, const std::string& target)
    : path_(path),
      lock_wait_ms_(lock_wait_ms),
      db_(target.empty() ? path.string() : target, flags) {
    db_.setBusyTimeout(lock_wait_ms_);  // before the first statement: opening may wait too
    register_search_tokenizer(db_.getHandle());
    register_now(db_.getHandle(), this);
}

std::int64_t Database::now() const {
    if (now_) return *now_;
    return static_cast<std::int64_t>(std::time(nullptr));
}

void Database::check_ours() {
    // Read before anything writes: a refused file must stay byte-for-byte as it was. One
    // statement reads one snapshot: another tend may be creating the schema at this moment, and
    // separate reads could see its tables without its version.
    SQLite::Statement q(db_,
                        "SELECT (SELECT user_version FROM pragma_user_version), "
                        "(SELECT application_id FROM pragma_application_id), "
                        "(SELECT count(*) FROM sqlite_master)");
    q.executeStep();
    int version = q.getColumn(0).getInt();
    int app = q.getColumn(1).getInt();
    bool foreign = app != 0 && app != application_id;
    if (!foreign && app == 0 && version == 0) foreign = q.getColumn(2).getInt() > 0;
    if (foreign)
        throw failure(fmt::format(
            "{} is an SQLite file but not a tend database; it was left untouched", path_.string()));
    if (version > schema_version())
        throw failure(fmt::format(
            "{} was written by a newer tend (schema {}, this tend knows up to {}); it was left "
            "untouched: upgrade tend to use it",
            path_.string(), version, schema_version()));
}

void Database::narrow_modes() {
    // Owner-only, even if the file was made otherwise: SQLite gives its WAL and shared-memory
    // files the mode of the database file, so narrowing it covers them from now on. A reader
    // may already have made them from the wider mode, so they are narrowed too.
    for (const char* suffix : {"", "-wal", "-shm"}) {
        auto file = path_.string() + suffix;
        struct stat st {};
        if (::stat(file.c_str(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 077) != 0)
            ::chmod(file.c_str(), st.st_mode & 0700);
    }
}

void Database::configure() {
    // Settings of this connection only: none writes to the file. Until a write commits, closing
    // does not checkpoint a write-ahead log that another tend left (killed, say) into the file:
    // a reading or failing command leaves the file and its log as they were. (Without such a
    // log closing has nothing to fold in, and removes the log and index files as usual.)
    std::error_code ec;
    auto log = fs::file_size(path_.string() + "-wal", ec);
    if (!ec && log > 0)
        sqlite3_db_config(db_.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    db_.exec("PRAGMA foreign_keys = ON");
    db_.exec("PRAGMA secure_delete = ON");
    wal_ = db_.execAndGet("PRAGMA journal_mode").getString() == "wal";
    db_.exec("PRAGMA synchronous = FULL");
    // Statement journals and sort trees in memory: an insert that fires the search-index
    // triggers keeps a statement journal, and on disk (a file in /var/tmp) that made importing
    // ten years of records 336,000 small writes.
    db_.exec("PRAGMA temp_store = MEMORY");
    // A small page cache (SQLite's default is 2000 KiB). A command reads each page about once,
    // and a page read again costs one read of the operating system's cached copy, while each
    // page the cache grows by is memory never touched before, which the system must map: on a
    // virtual machine that is several times the cost of the read. A ten-year summary touched
    // 150 pages fewer. Bulk writes take the default back (BulkPageCache).
    db_.exec("PRAGMA cache_size = -256");  // everyday_cache_kib
}

void Database::enter_wal_mode() {
    // Turning a new file to WAL needs it alone for a moment, and SQLite does not wait for that
    // (waiting could deadlock inside one connection), so several tends creating the same file
    // at once would fail. This connection holds no lock between statements: wait here instead,
    // within the same busy timeout. Once the file is in WAL mode this is one quick statement.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(lock_wait_ms_);
    while (true) {
        try {
            db_.exec("PRAGMA journal_mode = WAL");
            return;
        } catch (const SQLite::Exception& e) {
            if ((e.getErrorCode() & 0xff) != SQLITE_BUSY ||
                std::chrono::steady_clock::now() > deadline)
                throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

void Database::check_version_matches_tables(int version) {
    // What the file holds must be what its version says: every object of that version, and none
    // that only a later migration makes (running that migration again would fail half-way).
    auto held = schema_objects(db_);
    auto expected = objects_of_version(version);
    auto later = objects_of_version(schema_version());
    bool missing = std::any_of(expected.begin(), expected.end(),
                               [&](const auto& o) { return held.count(o) == 0; });
    bool ahead = std::any_of(later.begin(), later.end(), [&](const auto& o) {
        return expected.count(o) == 0 && held.count(o) != 0;
    });
    if (missing || ahead)
        throw failure(fmt::format(
            "{} says it holds schema version {}, but its tables are not those of that version "
            "(the version was changed by hand, or the file is damaged); it was left untouched: "
            "restore it from a backup",
            path_.string(), version));
}

void Database::migrate_in_transaction() {
    // Read under the lock: another tend may have migrated the file a moment ago.
    int version = user_version(db_);
    if (version >= schema_version()) return;
    check_version_matches_tables(version);  // later steps follow from this one
    auto steps = migrations();
    for (auto v = static_cast<std::size_t>(version); v < steps.size(); ++v)
        db_.exec(std::string(steps[v]));
    db_.exec(fmt::format("PRAGMA user_version = {}", schema_version()));
    if (version == 0) db_.exec(fmt::format("PRAGMA application_id = {}", application_id));
}

int Database::os_error() {
    return sqlite3_system_errno(db_.getHandle());
}

Error translate(const SQLite::Exception& e, const fs::path& path, int os_error) {
    auto where = path.string();
    int code = e.getErrorCode() & 0xff;
    // A full disk shows as SQLITE_FULL while writing pages, but as an I/O error when the WAL's
    // shared-memory file cannot grow or a sync fails: the system's errno tells them apart.
    if (code == SQLITE_IOERR && (os_error == ENOSPC || os_error == EDQUOT)) code = SQLITE_FULL;
    switch (code) {
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
        case SQLITE_AUTH:
            return failure(fmt::format("cannot write to {} ({}); check its permissions", where,
                                       e.getErrorStr()));
        case SQLITE_CANTOPEN:
            // In WAL mode the directory must take two files beside the database, even to read.
            return failure(fmt::format(
                "cannot open {} ({}); check that you may write to it and to its directory", where,
                e.getErrorStr()));
        case SQLITE_IOERR:
            return failure(fmt::format("cannot read or write {} ({}); nothing was changed", where,
                                       e.getErrorStr()));
        default:
            return failure(fmt::format("database error in {}: {}", where, e.what()));
    }
}

BulkPageCache::BulkPageCache(Database& db)
    : db_(db), inner_(db.sql().execAndGet("PRAGMA cache_size").getInt() == -bulk_cache_kib) {
    if (!inner_) db_.sql().exec("PRAGMA cache_size = -2000");  // bulk_cache_kib
}

BulkPageCache::~BulkPageCache() {
    if (inner_) return;  // the outer one gives the everyday size back
    try {
        db_.sql().exec("PRAGMA cache_size = -256");  // everyday_cache_kib
    } catch (const std::exception&) {
        // A larger cache is only more memory, never wrong.
    }
}

}  // namespace tend::store
