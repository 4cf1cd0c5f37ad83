// Export and import against the tables themselves: every record of every kind read into an
// archive (core/archive.hpp), and an archive merged into a database by UUID.
#pragma once

#include <cstddef>
#include <functional>

#include "core/archive.hpp"
#include "store/database.hpp"

namespace tend::store {

/// Every record of the database, each kind in its export order (time, then UUID), with local
/// ids filled in and references given as UUIDs.
[[nodiscard]] core::Archive read_archive(Database& db, const core::Instant& now);

/// Calls `visit` with each record of the kind at `kind` (its position in core::record_kinds()),
/// in export order, as read_archive would hold them. The record is the same object each time,
/// refilled in place, so that reading ten years costs no memory per record: `visit` copies what
/// it keeps.
void each_record(Database& db, std::size_t kind,
                 const std::function<void(const core::Record&)>& visit);

/// Called after each record an import has looked at: (records done, records in all).
using Progress = std::function<void(std::size_t, std::size_t)>;

/// Merges an archive into the database, inside the caller's transaction. A record whose UUID
/// is already here is left as it is; a record that names another by UUID finds it in the
/// database (including what this import added). A check-off or step whose homework is nowhere
/// is skipped, as is one that clashes with a record already here; an entry or homework whose
/// session is nowhere is imported without it. Each such case is noted in the report.
core::ImportReport import_archive(Database& db, const core::Archive& archive,
                                  const Progress& progress = {});

}  // namespace tend::store
