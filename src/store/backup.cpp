#include "store/backup.hpp"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <thread>

#include <SQLiteCpp/Backup.h>
#include <sqlite3.h>

#include <fmt/format.h>

#include "util/files.hpp"
#include "util/uuid.hpp"

namespace tend::store {
namespace fs = std::filesystem;

namespace {

/// How long to wait out another connection holding a lock the copy needs.
constexpr auto busy_wait = std::chrono::milliseconds(50);
constexpr int busy_tries = 200;

void remove_partial(const fs::path& temp) {
    std::error_code ec;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        fs::remove(temp.string() + suffix, ec);
}

/// Copies every page of the database into `dest` in one step, so the copy is one consistent
/// snapshot: in WAL mode a reader sees the database as of its start while others write on.
void copy_pages(SQLite::Database& dest, Database& db) {
    SQLite::Backup backup(dest, db.sql());
    for (int tries = 0;; ++tries) {
        int rc = backup.executeStep(-1);
        if (rc == SQLITE_DONE) return;
        if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || tries >= busy_tries)
            throw SQLite::Exception(fmt::format("backup step failed ({})", sqlite3_errstr(rc)), rc);
        std::this_thread::sleep_for(busy_wait);
    }
}

}  // namespace

std::string backup_file_name(const core::Instant& now) {
    auto t = core::time_of(now);
    return fmt::format("tend-{}T{:02}{:02}.db", core::format_day(core::day_of(now)), t.hour,
                       t.minute);
}

bool is_tend_database_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::array<char, 100> header{};
    if (!in.read(header.data(), header.size())) return false;
    if (std::string_view(header.data(), 16) != std::string_view("SQLite format 3\0", 16))
        return false;
    auto byte = [&](std::size_t i) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(header[i]));
    };
    auto app = (byte(68) << 24) | (byte(69) << 16) | (byte(70) << 8) | byte(71);
    return app == static_cast<std::uint32_t>(application_id);
}

std::uintmax_t backup_database(Database& db, const fs::path& target) {
    auto dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    auto temp =
        dir / fmt::format(".{}.{}.tmp", target.filename().string(), util::new_uuid().substr(0, 8));
    try {
        util::ensure_private_file(temp);
        {
            SQLite::Database dest(temp, SQLite::OPEN_READWRITE);
            copy_pages(dest, db);
            // A backup is one self-contained file: no write-ahead log beside it.
            dest.exec("PRAGMA journal_mode = DELETE");
            auto check = dest.execAndGet("PRAGMA quick_check").getString();
            if (check != "ok")
                throw failure(
                    fmt::format("the copy in {} failed its check ({}); nothing was "
                                "written",
                                target.string(), check));
        }
        if (::rename(temp.c_str(), target.c_str()) != 0)
            throw failure(
                fmt::format("cannot write {}: {}", target.string(), std::strerror(errno)));
    } catch (const SQLite::Exception& e) {
        remove_partial(temp);
        throw failure(
            fmt::format("cannot write the backup {}: {}", target.string(), e.getErrorStr()));
    } catch (...) {
        remove_partial(temp);
        throw;
    }
    std::error_code ec;
    auto size = fs::file_size(target, ec);
    return ec ? 0 : size;
}

}  // namespace tend::store
