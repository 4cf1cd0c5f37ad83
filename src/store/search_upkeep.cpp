#include "store/search_upkeep.hpp"

#include <algorithm>
#include <array>
#include <vector>

// clang-format off
#ifdef TEND_SQLITE_EXTENSION  // the tests' extension: through the API of the SQLite loading it
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT3
#else
#include <sqlite3.h>
#endif
// clang-format on

// Why a function rather than the SQL of each trigger, as up to migration 10. SQLite parses the
// whole schema at the first statement of every connection, and the 38 triggers that held the
// index's SQL were 9.5 KB of it: 0.6 million instructions and 20 fresh pages of every command,
// an eighth of the instructions of `tend mood` (callgrind: 4.54 to 3.97 million; in time, within
// the noise of a whole process, as bench/README.md records). The triggers now only say which
// record's row to write, and when to merge; the SQL that writes a row lives here, prepared once
// per connection at its first use. (The insert triggers of moods, sessions, check-offs and wins
// keep their one short statement: an import runs them for every row.)
//
// What each row holds is what the triggers wrote: see rows_sql below (the same expressions
// over the record's columns, where the triggers read NEW's). The statements name the main
// database's tables, as the triggers (all in main) did.

namespace tend::store {
namespace {

constexpr int upkeep_kinds = 8;

/// The row of a record, by kind (rowid % 8); ?1 is the record's id. Nothing when the record is
/// gone or has no text to find.
constexpr std::array<const char*, upkeep_kinds> rows_sql = {
    // 0 journal: title, text and tags, without blank lines at either end
    "INSERT INTO main.search_index (rowid, kind, day, at_utc, body) "
    "SELECT id * 8, 'journal', day, at_utc, words FROM "
    "(SELECT id, day, at_utc, trim(title || char(10) || body || char(10) || "
    "coalesce((SELECT group_concat(tag, ' ') FROM main.journal_tag WHERE journal_id = ?1), "
    "''), "
    "char(10)) AS words FROM main.journal WHERE id = ?1) WHERE words <> ''",
    // 1 mood: its note
    "INSERT INTO main.search_index (rowid, kind, day, at_utc, body) "
    "SELECT id * 8 + 1, 'mood', day, at_utc, note FROM main.mood WHERE id = ?1 AND note <> ''",
    // 2 session: its note
    "INSERT INTO main.search_index (rowid, kind, day, at_utc, body) "
    "SELECT id * 8 + 2, 'session', day, at_utc, note FROM main.session WHERE id = ?1 AND note "
    "<> ''",
    // 3 entry: its answers in order
    "INSERT INTO main.search_index (rowid, kind, day, at_utc, body) "
    "SELECT id * 8 + 3, kind, day, at_utc, words FROM "
    "(SELECT id, kind, day, at_utc, (SELECT group_concat(answer, char(10)) FROM "
    "(SELECT answer FROM main.entry_answer WHERE entry_id = ?1 AND answer <> '' ORDER BY "
    "position)) "
    "AS words FROM main.entry WHERE id = ?1) WHERE words IS NOT NULL",
    // 4 homework: its texts and its steps in order
    "INSERT INTO main.search_index (rowid, kind, day, at_utc, body) "
    "SELECT id * 8 + 4, 'homework', start_day, created_utc, "
    "title || char(10) || details || char(10) || anchor || char(10) || barrier || char(10) || "
    "plan || char(10) || ifnull((SELECT group_concat(text, char(10)) FROM "
    "(SELECT text FROM main.homework_step WHERE homework_id = ?1 ORDER BY position)), '') "
    "FROM main.homework WHERE id = ?1",
    // 5 check-off: its note
    "INSERT INTO main.search_index (rowid, kind, day, at_utc, body) "
    "SELECT id * 8 + 5, 'checkoff', day, at_utc, note FROM main.checkoff WHERE id = ?1 AND "
    "note <> ''",
    // 6 win: its text
    "INSERT INTO main.search_index (rowid, kind, day, at_utc, body) "
    "SELECT id * 8 + 6, 'win', day, at_utc, text FROM main.win WHERE id = ?1",
    // 7 goal: title, why, milestones in order, and the notes of its ratings in time order
    "INSERT INTO main.search_index (rowid, kind, day, at_utc, body) "
    "SELECT id * 8 + 7, 'goal', start_day, created_utc, "
    "title || char(10) || why || char(10) || ifnull((SELECT group_concat(text, char(10)) FROM "
    "(SELECT text FROM main.goal_milestone WHERE goal_id = ?1 ORDER BY position)), '') || "
    "char(10) || "
    "ifnull((SELECT group_concat(note, char(10)) FROM (SELECT note FROM main.goal_rating WHERE "
    "goal_id = ?1 AND note <> '' ORDER BY at_utc, id)), '') FROM main.goal WHERE id = ?1",
};

/// A connection's statements, prepared at their first use, and kept unless `keep` is false.
struct Upkeep {
    sqlite3* db = nullptr;
    bool keep = true;
    std::array<sqlite3_stmt*, upkeep_kinds> rows{};
    sqlite3_stmt* remove = nullptr;
    sqlite3_stmt* optimize = nullptr;

    void finalize() {
        for (auto*& s : rows) {
            sqlite3_finalize(s);
            s = nullptr;
        }
        sqlite3_finalize(remove);
        remove = nullptr;
        sqlite3_finalize(optimize);
        optimize = nullptr;
    }
};

/// The connections tend_index is registered on (tend has one or two at a time).
std::vector<Upkeep*>& upkeeps() {
    static std::vector<Upkeep*> all;
    return all;
}

/// Runs the statement in `slot` (preparing it from `sql` the first time) with ?1 bound to
/// `value`, if given.
int run_upkeep(Upkeep& u, sqlite3_stmt*& slot, const char* sql, const sqlite3_int64* value) {
    if (slot == nullptr) {
        int rc = sqlite3_prepare_v3(u.db, sql, -1, u.keep ? SQLITE_PREPARE_PERSISTENT : 0, &slot,
                                    nullptr);
        if (rc != SQLITE_OK) return rc;
    }
    if (value != nullptr) sqlite3_bind_int64(slot, 1, *value);
    int rc = sqlite3_step(slot);
    sqlite3_reset(slot);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
}

bool integer_argument(sqlite3_value* value) {
    return sqlite3_value_type(value) == SQLITE_INTEGER;
}

/// tend_index(KIND, ID, OPTIMIZE[, OLD_ID]).
void tend_index(sqlite3_context* context, int argc, sqlite3_value** argv) {
    auto& u = *static_cast<Upkeep*>(sqlite3_user_data(context));
    if (!integer_argument(argv[0]) || !integer_argument(argv[1]) ||
        (argc == 4 && !integer_argument(argv[3]))) {
        sqlite3_result_error(context, "tend_index: KIND and the ids are integers", -1);
        return;
    }
    sqlite3_int64 kind = sqlite3_value_int64(argv[0]);
    if (kind < 0 || kind >= upkeep_kinds) {
        sqlite3_result_error(context, "tend_index: KIND is 0 to 7", -1);
        return;
    }
    sqlite3_int64 id = sqlite3_value_int64(argv[1]);
    sqlite3_int64 old_row = (argc == 4 ? sqlite3_value_int64(argv[3]) : id) * 8 + kind;
    // OPTIMIZE as a WHERE would take it: NULL is not true.
    bool optimize = sqlite3_value_type(argv[2]) != SQLITE_NULL && sqlite3_value_int64(argv[2]) != 0;
    auto k = static_cast<std::size_t>(kind);
    int rc = run_upkeep(u, u.remove, "DELETE FROM main.search_index WHERE rowid = ?1", &old_row);
    if (rc == SQLITE_OK) rc = run_upkeep(u, u.rows[k], rows_sql[k], &id);
    if (rc == SQLITE_OK && optimize)
        rc =
            run_upkeep(u, u.optimize,
                       "INSERT INTO main.search_index (search_index) VALUES ('optimize')", nullptr);
    if (!u.keep) u.finalize();
    if (rc != SQLITE_OK) {
        sqlite3_result_error(context, sqlite3_errmsg(u.db), -1);
        sqlite3_result_error_code(context, rc);
        return;
    }
    sqlite3_result_null(context);
}

/// At close, before SQLite checks that no statement is left (SQLITE_TRACE_CLOSE comes first).
int upkeep_closing(unsigned event, void* context, void*, void*) {
    if (event == SQLITE_TRACE_CLOSE) static_cast<Upkeep*>(context)->finalize();
    return 0;
}

/// When the closing connection drops its functions.
void forget_upkeep(void* context) {
    auto* u = static_cast<Upkeep*>(context);
    u->finalize();
    auto& all = upkeeps();
    all.erase(std::remove(all.begin(), all.end(), u), all.end());
    delete u;
}

}  // namespace

void register_search_upkeep(sqlite3* db, bool keep_statements) {
    auto* u = new Upkeep{};
    u->db = db;
    u->keep = keep_statements;
    upkeeps().push_back(u);
    // The two arities share the state; the one with three arguments owns it: SQLite calls
    // forget_upkeep when it drops the function (at close), or at once if it cannot add it.
    if (sqlite3_create_function_v2(db, "tend_index", 3, SQLITE_UTF8, u, tend_index, nullptr,
                                   nullptr, forget_upkeep) != SQLITE_OK)
        return;
    sqlite3_create_function_v2(db, "tend_index", 4, SQLITE_UTF8, u, tend_index, nullptr, nullptr,
                               nullptr);
    if (keep_statements) sqlite3_trace_v2(db, SQLITE_TRACE_CLOSE, upkeep_closing, u);
}

void release_search_upkeep(sqlite3* db) {
    for (auto* u : upkeeps())
        if (u->db == db) u->finalize();
}

}  // namespace tend::store
