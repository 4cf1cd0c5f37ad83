// Wins in SQLite: every statement about the win table.
#pragma once

#include <optional>
#include <vector>

#include "core/period.hpp"
#include "core/win.hpp"
#include "store/database.hpp"

namespace tend::store {

/// Inserts a win (inside the caller's transaction); returns its id.
std::int64_t insert_win(Database& db, const core::Win& win, const core::Instant& now);

/// Wins within a period, oldest first.
[[nodiscard]] std::vector<core::Win> list_wins(Database& db, const core::Period& period);

/// One win by id.
[[nodiscard]] std::optional<core::Win> find_win(Database& db, std::int64_t id);

/// Deletes a win.
void delete_win(Database& db, std::int64_t id);

}  // namespace tend::store
