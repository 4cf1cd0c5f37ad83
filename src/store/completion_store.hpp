// What shell completion reads from the database: open homework, recent records of each kind and
// the tags in use. Small, bounded queries; the caller opens the database read-only.
#pragma once

#include <cstdint>
#include <vector>

#include "core/completion.hpp"
#include "store/database.hpp"

namespace tend::store {

/// How many recent records completion offers for one kind.
inline constexpr std::int64_t completion_limit = 50;

/// The records of a kind worth offering where its id is expected: open homework by id; the
/// latest moods, sessions, entries and wins, newest first.
[[nodiscard]] std::vector<core::completion::RecordPick> record_picks(Database& db,
                                                                     core::completion::Record kind);

/// The mood tags in use, the most used first.
[[nodiscard]] std::vector<core::completion::TagUse> tags_in_use(Database& db);

}  // namespace tend::store
