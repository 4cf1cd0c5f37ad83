#include "store/search_store.hpp"

#include <sqlite3.h>

#include <fmt/format.h>

#include "core/validate.hpp"
#include "store/search_tokenizer.hpp"
#include "store/search_upkeep.hpp"
#include "store/sql_util.hpp"
#include "util/error.hpp"

namespace tend::store {
namespace {

/// The snippet: up to this many tokens around the best match.
constexpr int snippet_tokens = 12;

/// A match mark as an SQL text literal: a blob of its one byte, read as text (char() would
/// encode a code point as UTF-8, and the marks are bytes that UTF-8 never holds).
std::string mark_literal(char mark) {
    return fmt::format("CAST(X'{:02X}' AS TEXT)", static_cast<unsigned char>(mark));
}

}  // namespace

void register_search_tokenizer(sqlite3* db) {
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (add_search_tokenizer(api) != SQLITE_OK)
        throw failure("this SQLite has no FTS5, which search needs");
    register_search_upkeep(db);
}

void check_search_query(const std::string& query, std::string_view option) {
    SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE);
    register_search_tokenizer(memory.getHandle());
    memory.exec(
        "CREATE VIRTUAL TABLE search_index USING fts5 (kind UNINDEXED, day UNINDEXED, at_utc "
        "UNINDEXED, body, tokenize = 'tend')");
    try {
        SQLite::Statement q(memory, "SELECT rowid FROM search_index WHERE search_index MATCH ?");
        bind_values(q, query);
        q.executeStep();
    } catch (const SQLite::Exception& e) {
        throw usage_error(fmt::format(
            "{} {} is not a valid FTS5 query ({}); without {}, words are searched as they are",
            option, core::quoted(query), e.what(), option));
    }
}

std::vector<core::SearchHit> search(Database& db, const std::string& query,
                                    const core::Period& period, std::size_t limit) {
    auto where = period_clause(period, "day", "at_utc");
    auto sql = fmt::format(
        "SELECT rowid / 8, kind, day, snippet(search_index, 3, {}, {}, '…', {}), "
        "bm25(search_index), CASE WHEN rowid % 8 = 5 THEN (SELECT homework_id FROM checkoff "
        "WHERE id = search_index.rowid / 8) END, "
        "CASE rowid % 8 WHEN 1 THEN (SELECT private FROM mood WHERE id = search_index.rowid / 8) "
        "WHEN 3 THEN (SELECT private FROM entry WHERE id = search_index.rowid / 8) "
        "WHEN 6 THEN (SELECT private FROM win WHERE id = search_index.rowid / 8) END "
        "FROM search_index {} {} search_index MATCH ? ORDER BY rank, at_utc DESC, rowid{}",
        mark_literal(core::match_start), mark_literal(core::match_end), snippet_tokens, where.sql,
        where.sql.empty() ? "WHERE" : "AND", limit > 0 ? fmt::format(" LIMIT {}", limit) : "");
    where.params.emplace_back(query);
    SQLite::Statement q(db.sql(), sql);
    where.bind(q);
    std::vector<core::SearchHit> hits;
    while (q.executeStep()) {
        core::SearchHit hit;
        hit.id = q.getColumn(0).getInt64();
        hit.kind = q.getColumn(1).getString();
        hit.day = day_column(q.getColumn(2));
        hit.snippet = q.getColumn(3).getString();
        hit.score = -q.getColumn(4).getDouble();
        if (!q.getColumn(5).isNull()) hit.homework_id = q.getColumn(5).getInt64();
        hit.is_private = q.getColumn(6).getInt() != 0;
        hits.push_back(std::move(hit));
    }
    return hits;
}

}  // namespace tend::store
