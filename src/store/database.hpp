// Opening tend's SQLite file: location and modes, pragmas, schema migrations, refusal of files
// that are not ours or come from a newer tend, and translation of SQLite errors for the user.
#pragma once

#include <filesystem>
#include <memory>
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

/// The schema migrations, in order: migration i brings user_version from i to i + 1.
[[nodiscard]] std::span<const std::string_view> migrations();

/// The schema version this tend writes.
[[nodiscard]] int schema_version();

class Database {
public:
    /// Opens the database at `path`, creating it (directory 0700, file 0600) when `create` is
    /// true; returns nullptr when it does not exist and `create` is false. Migrates an older
    /// schema; refuses (exit 1) a newer one, a directory, a device, or a file that is not a tend
    /// database, leaving it untouched. A tend database (and its WAL and shared-memory files) is
    /// narrowed to owner-only. Each statement waits up to `lock_wait_ms` for another tend's
    /// write to end.
    static std::unique_ptr<Database> open(const std::filesystem::path& path, bool create,
                                          int lock_wait_ms = core::default_lock_wait_ms);

    /// Opens an existing database for reading only: nothing is created, migrated or written
    /// (shell completion reads through this). nullptr when there is none or its schema is not
    /// the one this tend writes; refuses a file that is not a tend database, as open() does.
    static std::unique_ptr<Database> open_read_only(const std::filesystem::path& path);

    /// The SQLite connection, for the store's record modules.
    SQLite::Database& sql() { return db_; }
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    /// The system's errno behind the last failed SQLite call on this connection (0 if none).
    [[nodiscard]] int os_error();

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
    void migrate();

    std::filesystem::path path_;
    int lock_wait_ms_;
    SQLite::Database db_;
};

/// A write transaction that takes the write lock up front (BEGIN IMMEDIATE), so a busy
/// database is waited out at the start rather than failing half-way.
class WriteTransaction {
public:
    explicit WriteTransaction(Database& db)
        : tx_(db.sql(), SQLite::TransactionBehavior::IMMEDIATE) {}
    void commit() { tx_.commit(); }

private:
    SQLite::Transaction tx_;
};

/// An SQLite error as one line the user can act on, with the exit code it maps to. `os_error`
/// (Database::os_error(), when the connection is at hand) tells a full disk from other I/O
/// errors.
[[nodiscard]] Error translate(const SQLite::Exception& e, const std::filesystem::path& path,
                              int os_error = 0);

}  // namespace tend::store
