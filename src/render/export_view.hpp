// The export in its machine formats: the lossless JSON document, and the moods as CSV for
// spreadsheets. (The Markdown journal is journal_view.)
#pragma once

#include <string>

#include "core/archive.hpp"

namespace tend::render {

/// The export document: {"format": "tend-export", "version": 1, "exported_at": ...,
/// "sessions": [...], "moods": [...], ...}, every record with its UUID, references as UUIDs.
[[nodiscard]] std::string archive_json(const core::Archive& archive);

/// The moods only, as RFC 4180 CSV with a header: id, uuid, at, day, score, note, tags (joined
/// by ";").
[[nodiscard]] std::string moods_csv(const core::Archive& archive);

}  // namespace tend::render
