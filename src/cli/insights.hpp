// What `tend insights` and the summary's Patterns section both gather: the moods and the
// homework days of a window, from the store, decided by core/insights.
#pragma once

#include "core/clock.hpp"
#include "core/insights.hpp"
#include "store/database.hpp"

namespace tend::cli {

/// The insights over [from, to] as of `today`; with no database (nothing recorded yet), over
/// nothing. `shared_only` leaves private moods out (the summary's Patterns section under
/// `[privacy] count_private = false`).
[[nodiscard]] core::Insights gather_insights(store::Database* db, core::Day from, core::Day to,
                                             core::Day today, bool shared_only = false);

}  // namespace tend::cli
