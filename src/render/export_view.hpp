// The export in its machine formats: the lossless JSON document, and the moods as CSV for
// spreadsheets. (The Markdown journal is journal_view.)
#pragma once

#include <string>

#include "core/archive.hpp"

namespace tend::render {

/// The export document: {"format": "tend-export", "version": 1, "exported_at": ...,
/// "sessions": [...], "moods": [...], ..., "deleted": [...]}, every record with its UUID,
/// references as UUIDs; "deleted" (version 2) lists the tombstones, left out when there are none
/// (version 1).
[[nodiscard]] std::string archive_json(const core::Archive& archive);

/// The export document written as the records are read, with the same text as archive_json:
/// the head when made, then each kind's records between begin_kind and end_kind, then finish.
/// Every piece is appended to `out`, which the caller may empty between records; a record adds
/// no allocation once `out` has grown to hold one.
class ArchiveJsonWriter {
public:
    /// `with_deletions`: deleted() will be called (the document is version 2).
    ArchiveJsonWriter(std::string& out, const core::Instant& exported_at,
                      bool with_deletions = false);
    /// Starts the array of the kind at `kind` in core::record_kinds(); kinds come in that order.
    void begin_kind(std::size_t kind);
    void record(const core::Record& r);
    void end_kind();
    /// One tombstone of the "deleted" array, after the last kind, in order of kind and UUID.
    void deleted(const core::Tombstone& t);
    /// Closes the document.
    void finish();

private:
    /// Writes the key and the opening of the current kind's array.
    void open_kind();
    std::string& out_;
    const core::RecordKind* kind_ = nullptr;
    bool first_ = true;
    bool first_deleted_ = true;
};

/// The header line of moods_csv.
[[nodiscard]] std::string moods_csv_header();

/// One mood (a record of the kind "moods") as a line of moods_csv.
[[nodiscard]] std::string mood_csv_row(const core::Record& mood);

/// The moods only, as RFC 4180 CSV with a header: id, uuid, at, day, score, note, tags (joined
/// by ";").
[[nodiscard]] std::string moods_csv(const core::Archive& archive);

}  // namespace tend::render
