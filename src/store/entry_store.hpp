// Guided entries in SQLite: every statement about the entry and entry_answer tables.
#pragma once

#include <optional>
#include <vector>

#include "core/guided.hpp"
#include "core/period.hpp"
#include "store/database.hpp"

namespace tend::store {

/// The answers of an entry, in the template's order.
[[nodiscard]] std::vector<core::Answer> entry_answers(Database& db, std::int64_t entry_id);

/// Inserts an entry with its answers (inside the caller's transaction); returns its id.
std::int64_t insert_entry(Database& db, const core::Entry& entry, const core::Instant& now);

/// Replaces an entry's answers.
void update_entry_answers(Database& db, const core::Entry& entry, const core::Instant& now);

/// Marks an entry private (kept out of the summary and of export --share) or shared.
void set_entry_private(Database& db, std::int64_t id, bool is_private, const core::Instant& now);

/// Deletes an entry and its answers.
void delete_entry(Database& db, std::int64_t id);

/// One entry by id, with its answers and its session's time.
[[nodiscard]] std::optional<core::Entry> find_entry(Database& db, std::int64_t id);

/// Entries of a kind (all kinds when nullopt) written within a period, oldest first.
[[nodiscard]] std::vector<core::Entry> list_entries(Database& db,
                                                    std::optional<core::EntryKind> kind,
                                                    const core::Period& period);

/// The entries of the period that are neither reflections nor preps (core::is_worksheet), in
/// time order: a summary over years reads its worksheets without every reflection's answers.
[[nodiscard]] std::vector<core::Entry> list_worksheets(Database& db, const core::Period& period);

/// The reflections on a session, oldest first.
[[nodiscard]] std::vector<core::Entry> reflections_for_session(Database& db,
                                                               std::int64_t session_id);

/// The latest prep written after `since` (the latest held session; every prep when nullopt)
/// and at or before `until`.
[[nodiscard]] std::optional<core::Entry> latest_prep(Database& db,
                                                     const std::optional<core::Instant>& since,
                                                     const core::Instant& until);

/// How many entries refer to a session.
[[nodiscard]] int count_entries_for_session(Database& db, std::int64_t session_id);

}  // namespace tend::store
