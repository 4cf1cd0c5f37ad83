// A Daylio import against the moods already here: an entry imported before is found by its UUID
// (or the UUID earlier versions gave it) and brought up to date; the others are added as any
// import adds moods.
#pragma once

#include <cstddef>

#include "core/archive.hpp"
#include "core/daylio.hpp"
#include "store/database.hpp"
#include "store/transfer_store.hpp"

namespace tend::store {

/// Merges a Daylio file into the database, inside the caller's transaction. A mood whose UUID is
/// here gets the file's score, note and tags when they differ (its updated time `now`); one
/// found only under its earlier UUID is given the new UUID first; one deleted here stays deleted
/// (skipped, noted); the rest are added one at a time as an import adds them (ArchiveImport),
/// created `now`. The moods found here count as updated or unchanged in the report, as any
/// import's do.
core::ImportReport import_daylio(Database& db, const core::DaylioFile& file,
                                 const core::Instant& now, const Progress& progress = {});

}  // namespace tend::store
