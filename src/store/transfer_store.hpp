// Export and import against the tables themselves: every record of every kind read into an
// archive (core/archive.hpp), and an archive merged into a database by UUID.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/archive.hpp"
#include "core/archive_stream.hpp"
#include "store/database.hpp"

namespace SQLite {
class Statement;
}

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

/// The record of the kind at `kind` with this UUID, as each_record gives it, if it is here.
[[nodiscard]] std::optional<core::Record> find_record(Database& db, std::size_t kind,
                                                      const std::string& uuid);

/// Calls `visit` with each tombstone (a deleted record's kind, UUID and time), by kind and UUID.
void each_tombstone(Database& db, const std::function<void(const core::Tombstone&)>& visit);

/// True if a deletion here has left a tombstone.
[[nodiscard]] bool has_tombstones(Database& db);

/// For imports of other programs' files, which say nothing of when their records changed: tells
/// whether a record was deleted here (its UUID left a tombstone), with one statement prepared
/// for the whole import, and counts those records as skipped. Such a deletion stands: it is the
/// later act.
class DeletedHere {
public:
    explicit DeletedHere(Database& db);
    ~DeletedHere();
    DeletedHere(const DeletedHere&) = delete;
    DeletedHere& operator=(const DeletedHere&) = delete;
    /// True if the record with this UUID was deleted here.
    [[nodiscard]] bool operator()(const std::string& uuid);
    /// Counts `n` records of the kind at `kind` as skipped, each with the note "deleted here".
    static void skipped(core::ImportReport& report, std::size_t kind, std::size_t n);

private:
    std::unique_ptr<SQLite::Statement> find_;
};

/// Called after each record an import has looked at: (records done, records in all).
using Progress = std::function<void(std::size_t, std::size_t)>;

/// Merges an archive into the database, inside the caller's transaction, by the rules of
/// core/merge.hpp: its tombstones first (deleting what was not changed since), then its records,
/// each added, updated in place (its local id stays; tags and answers replaced) or left as it
/// is. A record that names another by UUID finds it in the database (including what this
/// import added). A check-off or step whose homework is nowhere is skipped, or deleted with it
/// when that homework was deleted here; an entry or homework whose session is nowhere is
/// imported without it. A record that clashes with another here on a second unique rule merges
/// with it into one. Each such case is noted in the report.
core::ImportReport import_archive(Database& db, const core::Archive& archive,
                                  const Progress& progress = {});

/// Merges an export into the database as it is read, by the rules of import_archive, inside
/// the caller's transaction, with every statement prepared once: the deletions first, then
/// each record as it comes (a kind's records after those of the kinds before it, as
/// core::ArchiveStream gives them), so that nothing but the record in hand is held.
class ArchiveImport final : public core::ArchiveSink {
public:
    explicit ArchiveImport(Database& db);
    ~ArchiveImport() override;
    ArchiveImport(const ArchiveImport&) = delete;
    ArchiveImport& operator=(const ArchiveImport&) = delete;
    void deletions(const std::vector<core::Tombstone>& deleted) override;
    void record(std::size_t kind, core::Record& record) override;
    /// What the import did so far.
    [[nodiscard]] const core::ImportReport& report() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace tend::store
