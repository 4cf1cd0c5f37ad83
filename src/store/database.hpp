// Opening tend's SQLite file: location and modes, pragmas, schema migrations, refusal of files
// that are not ours or come from a newer tend, and translation of SQLite errors for the user.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string_view>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "core/limits.hpp"
#include "util/error.hpp"

namespace tend::store {

/// `PRAGMA application_id` of a tend database ("tend" in ASCII).
inline constexpr int application_id = 0x74656e64;

/// How many schema migrations there are.
inline constexpr int migration_count = 11;

/// The schema migrations, in order: migration i brings user_version from i to i + 1.
[[nodiscard]] std::span<const std::string_view> migrations();

/// The schema version this tend writes.
[[nodiscard]] int schema_version();

class Database {
public:
    /// Opens the database at `path`, creating it (directory 0700, file 0600) when `create` is
    /// true; returns nullptr when it does not exist and `create` is false. Refuses (exit 1) a
    /// newer schema, a directory, a device, or a file that is not a tend database, leaving it
    /// untouched. A tend database (and its WAL and shared-memory files) is narrowed to
    /// owner-only. Each statement waits up to `lock_wait_ms` for another tend's write to end.
    ///
    /// Opening writes nothing. An older schema (or a new, empty file) is migrated inside a
    /// transaction that stays open: reads see the current schema, and the first
    /// WriteTransaction takes it over, so the migration is kept only with a write that
    /// commits, or by keep_migration() once a reading command has succeeded. The file turns to
    /// WAL mode only after a write has committed. A file this open created is removed again
    /// when no write committed (~Database).
    static std::unique_ptr<Database> open(const std::filesystem::path& path, bool create,
                                          int lock_wait_ms = core::default_lock_wait_ms);

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    /// Rolls back what no write committed; removes the file if this open created it and it is
    /// still empty.
    ~Database();

    /// Opens an existing database for reading only: nothing is created, migrated or written
    /// (shell completion reads through this). nullptr when there is none or its schema is not
    /// the one this tend writes; refuses a file that is not a tend database, as open() does.
    static std::unique_ptr<Database> open_read_only(const std::filesystem::path& path);

    /// The SQLite connection, for the store's record modules.
    SQLite::Database& sql() { return db_; }
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    /// The system's errno behind the last failed SQLite call on this connection (0 if none).
    [[nodiscard]] int os_error();

    /// The time SQL's unixepoch() gives (a deletion's tombstone): the command's clock, set once
    /// opened; until then the system clock.
    void set_now(std::int64_t utc) { now_ = utc; }
    [[nodiscard]] std::int64_t now() const;

    /// True between WriteTransaction's start and its end.
    [[nodiscard]] bool in_write() const { return in_write_; }
    /// WriteTransaction's steps: begin takes the write lock (BEGIN IMMEDIATE) and migrates an
    /// older schema inside it, or takes over the transaction that open() left holding the
    /// migration; commit makes it durable and then turns the file to WAL mode if it is not yet;
    /// rollback undoes it all, the migration with it.
    void begin_write();
    void commit_write();
    void rollback_write() noexcept;

    /// Commits the migration that open() left open for a command that then only read, once it
    /// has succeeded: without this, every reading command would migrate an older file again
    /// (rebuilding the search index, say) until the first write. Not for a file that held no
    /// schema: only a write gives it one. A migration that cannot be kept (the file is read-only,
    /// the disk is full) is rolled back without a word: the command's result stands, and the next
    /// command tries again.
    void keep_migration() noexcept;

private:
    /// `target` is what SQLite opens: the path, or a file: URI for it.
    Database(const std::filesystem::path& path, int flags, int lock_wait_ms,
             const std::string& target = "");
    void check_ours();
    void narrow_modes();
    void configure();
    void enter_wal_mode();
    /// Throws a failure when the tables are not those of schema `version` (the file's).
    void check_version_matches_tables(int version);
    /// Brings an older schema up to date inside the open transaction.
    void migrate_in_transaction();
    /// Removes the file (this open created it, no write committed) if it is still empty and
    /// no other connection is using it.
    void remove_if_unused() noexcept;

    std::filesystem::path path_;
    int lock_wait_ms_;
    SQLite::Database db_;
    bool created_ = false;    ///< this open created the file
    bool committed_ = false;  ///< a write committed through this connection
    bool migrated_ = false;   ///< a transaction is open holding the migration, for reads
    bool empty_ = false;      ///< the file held no schema when opened (new, or an empty file)
    bool in_write_ = false;
    bool wal_ = false;  ///< the file is in WAL mode
    std::optional<std::int64_t> now_;
};

/// A write transaction that takes the write lock up front (BEGIN IMMEDIATE), so a busy
/// database is waited out at the start rather than failing half-way.
/// An older schema is migrated inside it (Database::begin_write); without commit() it rolls
/// everything back, the migration too.
class WriteTransaction {
public:
    explicit WriteTransaction(Database& db) : db_(db) { db_.begin_write(); }
    ~WriteTransaction() {
        if (!done_) db_.rollback_write();
    }
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit() {
        done_ = true;  // a failed COMMIT is rolled back inside commit_write
        db_.commit_write();
    }

private:
    Database& db_;
    bool done_ = false;
};

/// The page cache of every connection open() makes, in KiB: small, see Database::configure.
/// open_read_only's, for shell completion's few rows, keeps SQLite's default. The PRAGMAs that
/// set it are literals, as all SQL is; the store tests read the size back.
inline constexpr int everyday_cache_kib = 256;
/// The page cache while many pages are written at once: SQLite's default. A write keeps each
/// page it changes in the cache until it commits or the cache is full, and pages spilled early
/// are written to the log again when changed again (the UUID indexes take rows all over).
inline constexpr int bulk_cache_kib = 2000;

/// While it lives, the connection's page cache is bulk_cache_kib: for an import, a sync, or
/// removing an item with its years of check-offs. The everyday size is back when it goes; one
/// made while another lives changes nothing. (A migration takes the size it finds: one run at
/// open keeps its transaction open past any scope here, and runs once per file.)
class BulkPageCache {
public:
    explicit BulkPageCache(Database& db);
    ~BulkPageCache();
    BulkPageCache(const BulkPageCache&) = delete;
    BulkPageCache& operator=(const BulkPageCache&) = delete;
    BulkPageCache(BulkPageCache&&) = delete;
    BulkPageCache& operator=(BulkPageCache&&) = delete;

private:
    Database& db_;
    bool inner_;  ///< made while another BulkPageCache lived
};

/// An SQLite error as one line the user can act on, with the exit code it maps to. `os_error`
/// (Database::os_error(), when the connection is at hand) tells a full disk from other I/O
/// errors.
[[nodiscard]] Error translate(const SQLite::Exception& e, const std::filesystem::path& path,
                              int os_error = 0);

}  // namespace tend::store
