// The queries behind the summary's view across weeks that no record module answers: the days
// of the last sessions held, which divide the Across sessions rows.
#pragma once

#include <cstddef>
#include <vector>

#include "core/clock.hpp"
#include "store/database.hpp"

namespace tend::store {

/// The days of the last `limit` distinct days with a held session on or before `to`, oldest
/// first.
[[nodiscard]] std::vector<core::Day> held_session_days(Database& db, core::Day to,
                                                       std::size_t limit);

}  // namespace tend::store
