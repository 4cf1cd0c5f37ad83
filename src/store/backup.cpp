#include "store/backup.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string_view>
#include <thread>
#include <vector>

#include <SQLiteCpp/Backup.h>
#include <sqlite3.h>

#include <fmt/format.h>

#include "util/error.hpp"
#include "util/files.hpp"
#include "util/uuid.hpp"

namespace tend::store {
namespace fs = std::filesystem;

namespace {

/// How long to wait out another connection holding a lock the copy needs.
constexpr auto busy_wait = std::chrono::milliseconds(50);
constexpr int busy_tries = 200;

/// Partial copies are named TARGET.tend-partial-XXXXXXXX (eight hex digits), beside TARGET.
constexpr std::string_view partial_marker = ".tend-partial-";

/// The files SQLite keeps beside a database. Left beside a backup's name, SQLite would apply
/// them to the new copy when it is opened: a stale write-ahead log replayed into it, or a hot
/// journal rolled back over it.
constexpr std::array<std::string_view, 3> journal_suffixes{"-wal", "-shm", "-journal"};

void remove_partial(const fs::path& temp) {
    std::error_code ec;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        fs::remove(temp.string() + suffix, ec);
}

bool is_hex(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

/// Removes the partial copies of `name` in `dir` that a backup killed on its way left behind:
/// those that no running backup holds its lock on.
void remove_abandoned_copies(const fs::path& dir, const std::string& name) {
    auto prefix = name + std::string(partial_marker);
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        auto file = entry.path().filename().string();
        if (file.size() != prefix.size() + 8 || file.compare(0, prefix.size(), prefix) != 0 ||
            !is_hex(std::string_view(file).substr(prefix.size())))
            continue;
        int fd = ::open(entry.path().c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
        if (fd < 0) continue;
        struct stat st {};
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::flock(fd, LOCK_EX | LOCK_NB) == 0)
            remove_partial(entry.path());
        ::close(fd);
    }
}

/// The journal files that exist beside `target` ("-wal", ...).
std::vector<std::string> leftovers(const fs::path& target) {
    std::vector<std::string> found;
    struct stat st {};
    for (auto suffix : journal_suffixes)
        if (::lstat((target.string() + std::string(suffix)).c_str(), &st) == 0)
            found.emplace_back(suffix);
    return found;
}

/// Leaves no journal file beside `target` that SQLite could apply to the copy about to take its
/// place. An old database there settles its own: SQLite applies its journal and, leaving WAL
/// mode, removes the log, which it does only when no other connection uses the file. Files
/// beside no database are removed. Refuses (exit 2) when the target is in use or its files
/// cannot be settled.
void settle_leftovers(const fs::path& target) {
    auto left = leftovers(target);
    if (left.empty()) return;
    std::error_code ec;
    if (fs::exists(target, ec)) {
        try {
            SQLite::Database old(target, SQLite::OPEN_READWRITE);
            // The first read applies a hot journal (and removes it) or opens the log.
            (void)old.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
            old.exec("PRAGMA journal_mode = DELETE");
        } catch (const SQLite::Exception& e) {
            throw usage_error(fmt::format(
                "{} is in use, or {}{} beside it cannot be settled ({}); back up to another "
                "file",
                target.string(), target.string(), left.front(), e.getErrorStr()));
        }
        // Without a log, a shared-memory index is unused; an empty journal is never applied.
        auto now = leftovers(target);
        bool log = std::find(now.begin(), now.end(), "-wal") != now.end();
        for (const auto& suffix : now) {
            auto file = target.string() + suffix;
            if ((suffix == "-shm" && !log) ||
                (suffix == "-journal" && fs::file_size(file, ec) == 0))
                fs::remove(file, ec);
        }
    } else {
        for (const auto& suffix : left) fs::remove(target.string() + suffix, ec);
    }
    if (auto now = leftovers(target); !now.empty())
        throw usage_error(
            fmt::format("{} is in use ({}{} is still beside it); back up to another file, or "
                        "when no tend uses it",
                        target.string(), target.string(), now.front()));
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
    auto name = target.filename().string();
    remove_abandoned_copies(dir, name);
    settle_leftovers(target);

    auto temp = dir / fmt::format("{}{}{}", name, partial_marker, util::new_uuid().substr(0, 8));
    util::ensure_private_file(temp);
    // Held until the copy is renamed: it tells a later backup that this partial copy is alive.
    // A flock, apart from SQLite's POSIX locks; closed only once SQLite has closed the copy, as
    // closing a descriptor of the file drops the POSIX locks the process holds on it.
    int lock = ::open(temp.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (lock >= 0) ::flock(lock, LOCK_EX | LOCK_NB);
    try {
        {
            SQLite::Database dest(temp, SQLite::OPEN_READWRITE);
            copy_pages(dest, db);
            // A backup is one self-contained file: no write-ahead log beside it.
            dest.exec("PRAGMA journal_mode = DELETE");
            auto check = dest.execAndGet("PRAGMA integrity_check").getString();
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
        if (lock >= 0) ::close(lock);
        throw failure(
            fmt::format("cannot write the backup {}: {}", target.string(), e.getErrorStr()));
    } catch (...) {
        remove_partial(temp);
        if (lock >= 0) ::close(lock);
        throw;
    }
    if (lock >= 0) ::close(lock);
    // A tend that began to use the old file in the moment before the rename would have its
    // journal applied to the copy: say so rather than report a backup that may not open.
    if (auto left = leftovers(target); !left.empty())
        throw failure(
            fmt::format("{} was in use while it was replaced ({}{} appeared); run the "
                        "backup again when no tend uses that file",
                        target.string(), target.string(), left.front()));
    std::error_code ec;
    auto size = fs::file_size(target, ec);
    return ec ? 0 : size;
}

}  // namespace tend::store
