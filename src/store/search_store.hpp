// Full-text search in SQLite's FTS5 index (search_index, kept in step by the triggers of the
// schema's migration 2): matches ranked by relevance, with snippets.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/period.hpp"
#include "core/search.hpp"
#include "store/database.hpp"

struct sqlite3;

namespace tend::store {

/// Registers the search tokenizer (store/search_tokenizer.hpp) and the index's upkeep function
/// (tend_index, store/search_upkeep.hpp) on a connection: every connection that writes a
/// record, or reads the search index, needs them. Throws on failure.
void register_search_tokenizer(sqlite3* db);

/// Throws a usage error naming `option` and FTS5's complaint when `query` is not a valid FTS5
/// query. Needs no database (it checks against an empty index in memory).
void check_search_query(const std::string& query, std::string_view option);

/// The records matching an FTS5 query within a period, best first (ties: newest first); at most
/// `limit` of them, or all when it is 0.
[[nodiscard]] std::vector<core::SearchHit> search(Database& db, const std::string& query,
                                                  const core::Period& period, std::size_t limit);

}  // namespace tend::store
