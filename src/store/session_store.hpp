// Sessions in SQLite: every statement about the session table.
#pragma once

#include <optional>
#include <vector>

#include "core/session.hpp"
#include "store/database.hpp"

namespace tend::store {

/// Inserts a session (inside the caller's transaction); returns its id.
std::int64_t insert_session(Database& db, const core::Session& session, const core::Instant& now);

/// Rewrites a session's time, status and note.
void update_session(Database& db, const core::Session& session, const core::Instant& now);

/// Deletes a session; entries about it stay, no longer tied to a session.
void delete_session(Database& db, std::int64_t id);

/// One session by id.
[[nodiscard]] std::optional<core::Session> find_session(Database& db, std::int64_t id);

/// Every session, held, scheduled and cancelled, oldest first.
[[nodiscard]] std::vector<core::Session> list_sessions(Database& db);

/// The latest held session at or before `at`.
[[nodiscard]] std::optional<core::Session> latest_held_session(Database& db,
                                                               const core::Instant& at);

/// The scheduled session (tend keeps at most one).
[[nodiscard]] std::optional<core::Session> scheduled_session(Database& db);

/// What core::next_session and core::unconfirmed_session need: latest held, scheduled, and
/// cancelled days from a week ago on.
[[nodiscard]] core::SessionFacts session_facts(Database& db, const core::Clock& clock);

}  // namespace tend::store
