// The queries behind the summary's view across weeks that no record module answers: the days
// of the last sessions held, which divide the Across sessions rows.
#pragma once

#include <cstddef>
#include <vector>

#include "core/clock.hpp"
#include "store/database.hpp"

namespace tend::store {

/// The times of the last `limit` held sessions before `end`, oldest first.
[[nodiscard]] std::vector<core::Instant> held_session_times(Database& db, const core::Instant& end,
                                                            std::size_t limit);

}  // namespace tend::store
