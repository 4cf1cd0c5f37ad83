// Where the record kinds of the export document (core/archive.hpp) live in the database: the
// table of each kind and the column of each field. Export and import build their statements
// from these names, which are constants of the program, never input.
#pragma once

#include <string>
#include <string_view>

#include "core/archive.hpp"

namespace tend::store {

/// The table holding a kind's records, e.g. "mood" for "moods".
[[nodiscard]] std::string_view table_of(const core::RecordKind& kind);

/// For a kind with tags (core::Nested::tags): the table of its tags, e.g. "mood_tag", and the
/// column in it naming the record, e.g. "mood_id".
[[nodiscard]] std::string tag_table_of(const core::RecordKind& kind);
[[nodiscard]] std::string tag_owner_of(const core::RecordKind& kind);

/// The column holding a field of the kind: for an instant, the prefix of its COLUMN_utc and
/// COLUMN_offset columns; for a reference, the column holding the id of the record it names.
[[nodiscard]] std::string_view column_of(const core::RecordKind& kind, const core::Field& field);

}  // namespace tend::store
