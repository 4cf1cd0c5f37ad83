// Translation of SQLite errors into one line for the user (store::translate): each kind of
// failure says what happened and what to do, with exit code 1.
#include <catch2/catch.hpp>

#include <cerrno>
#include <string>

#include <sqlite3.h>

#include "store/database.hpp"
#include "util/error.hpp"

using Catch::Matchers::Contains;
using tend::store::translate;

namespace {

std::string message_for(int code, int os_error = 0) {
    auto error = translate(SQLite::Exception("sqlite says", code), "/data/tend.db", os_error);
    CHECK(error.code() == tend::Exit::failure);
    return error.what();
}

}  // namespace

TEST_CASE("a full disk is named as such, however SQLite reports it", "[database]") {
    auto full =
        "the disk holding /data/tend.db is full; nothing was changed: free some space "
        "and try again";
    CHECK(message_for(SQLITE_FULL) == full);
    CHECK(message_for(SQLITE_IOERR_WRITE, ENOSPC) == full);
    CHECK(message_for(SQLITE_IOERR_SHMSIZE, ENOSPC) == full);
    CHECK(message_for(SQLITE_IOERR_FSYNC, EDQUOT) == full);
    CHECK_THAT(message_for(SQLITE_IOERR_WRITE, EIO), Contains("cannot read or write"));
}

TEST_CASE("other failures say what to do", "[database]") {
    CHECK_THAT(message_for(SQLITE_BUSY), Contains("is busy: another tend is writing to it"));
    CHECK_THAT(message_for(SQLITE_CORRUPT), Contains("is not a tend database or is damaged"));
    CHECK_THAT(message_for(SQLITE_NOTADB), Contains("restore it from a backup"));
    CHECK_THAT(message_for(SQLITE_READONLY), Contains("cannot write to /data/tend.db"));
    CHECK_THAT(message_for(SQLITE_CANTOPEN),
               Contains("check that you may write to it and to its directory"));
}
