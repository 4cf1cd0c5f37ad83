// An import of journal entries from elsewhere (jrnl) against those already here: an entry
// imported before is found by its UUID and brought up to date only when the file says
// otherwise, so that importing the same file again changes nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/archive.hpp"
#include "core/journal.hpp"
#include "core/period.hpp"
#include "store/database.hpp"
#include "store/transfer_store.hpp"

namespace tend::store {

/// Merges journal entries read from another program (an archive holding the kind "journal"
/// only, created and updated `now`) into the database, inside the caller's transaction. An
/// entry whose UUID is here with the same title, body, time, star and tags is left alone and
/// counted unchanged; one that differs takes the file's content (keeping when it was first
/// created here) and counts as updated; one deleted here is skipped (noted) and stays deleted;
/// the rest are added, as import_archive adds them.
/// The journal entries of the period, oldest first, with their tags.
[[nodiscard]] std::vector<core::JournalEntry> list_journal(Database& db,
                                                           const core::Period& period);

/// The journal entry with this id, if there is one.
[[nodiscard]] std::optional<core::JournalEntry> find_journal(Database& db, std::int64_t id);

/// Removes a journal entry and its tags (its tombstone written by the schema's trigger).
void delete_journal(Database& db, std::int64_t id);

core::ImportReport import_journal(Database& db, core::Archive archive,
                                  const Progress& progress = {});

}  // namespace tend::store
