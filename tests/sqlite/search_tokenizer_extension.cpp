// tend's search tokenizer and the index's upkeep function (tend_index) as an SQLite extension,
// for the sqlite3 shell of the tests: a case that writes records with `sqlite3` fires the search
// index's triggers, which call tend_index, and FTS5 needs the tokenizer the index was made with.
// tests/lib/world.sh loads it into every sqlite3 a test runs.
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include "store/search_tokenizer.hpp"
#include "store/search_upkeep.hpp"

extern "C" int sqlite3_extension_init(sqlite3* db, char** error,
                                      const sqlite3_api_routines* routines) {
    SQLITE_EXTENSION_INIT2(routines);
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    int rc = tend::store::add_search_tokenizer(api);
    if (rc != SQLITE_OK && error != nullptr)
        *error = sqlite3_mprintf("FTS5 is missing: the search tokenizer cannot be added");
    if (rc == SQLITE_OK) tend::store::register_search_upkeep(db, false);
    return rc;
}
