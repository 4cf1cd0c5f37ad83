// Backups with SQLite's online backup API: a consistent copy even while another tend writes,
// written owner-only under a findable temporary name in the target's directory, checked, and
// renamed into place.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/clock.hpp"
#include "store/database.hpp"

namespace tend::store {

/// The default file name of a backup taken at `now`: `tend-2026-11-20T0830.db`.
[[nodiscard]] std::string backup_file_name(const core::Instant& now);

/// True if `file` starts like a tend database (an SQLite header with tend's application id).
[[nodiscard]] bool is_tend_database_file(const std::filesystem::path& file);

/// Copies the database to `target` (replacing it atomically if it exists), as one file without
/// a write-ahead log, mode 0600, checked with PRAGMA integrity_check before it takes the
/// target's name. Returns its size in bytes. The copy is made as TARGET.tend-partial-XXXXXXXX
/// beside the target; one that a killed backup left is removed by the next backup to TARGET.
/// Journal files beside the target (-wal, -shm, -journal), which SQLite would apply to the
/// copy, are settled first, or the backup is refused (exit 2) while a tend uses the target.
/// Throws a failure naming the target when it cannot be written; a partial copy is removed.
std::uintmax_t backup_database(Database& db, const std::filesystem::path& target);

}  // namespace tend::store
