// The search index's upkeep: tend_index(), the SQL function the index's triggers call to write
// a record's row of search_index (README, "How search reads every language").
#pragma once

struct sqlite3;

namespace tend::store {

/// Adds tend_index to the connection:
///
///   tend_index(KIND, ID, OPTIMIZE[, OLD_ID])
///
/// removes the row of record OLD_ID (ID if not given) of KIND, writes the row of record ID (none
/// if the record is gone or has no text to find), then merges the index when OPTIMIZE is true,
/// so that text taken out leaves nothing behind. KIND is the row's rowid % 8: 0 journal, 1 mood,
/// 2 session, 3 entry, 4 homework, 5 check-off, 6 win, 7 goal. The function keeps its
/// statements prepared on the connection (`keep_statements`), and finalizes them when the
/// connection closes, through its trace callback, or at release_search_upkeep; without
/// `keep_statements` (the tests' sqlite3 shell, which owns its trace callback) it finalizes them
/// after each call.
void register_search_upkeep(sqlite3* db, bool keep_statements = true);

/// Finalizes tend_index's statements on `db` now (they are prepared again if it is called
/// again): for a connection whose owner replaces its trace callback, which finalizes them at
/// close otherwise.
void release_search_upkeep(sqlite3* db);

}  // namespace tend::store
