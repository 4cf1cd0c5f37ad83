// Fixtures the unit tests share: a private temporary directory, a fresh database in one, and an
// environment variable or time zone, each removed or put back when the test ends; and instants,
// days and clocks written as text or numbers.
#pragma once

#include <stdlib.h>
#include <time.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <catch2/catch.hpp>

#include "core/clock.hpp"
#include "store/database.hpp"
#include "util/error.hpp"
#include "util/files.hpp"

namespace tend::test {

/// The day y-m-d; the numbers must make a valid date.
inline core::Day d(int y, unsigned m, unsigned day) {
    return core::Day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{day}};
}

/// "2026-11-20T08:30" (local time) as an instant; the text must be valid.
inline core::Instant at(const char* text) {
    return *core::parse_local_datetime(text);
}
/// "2026-11-20" as a day; the text must be valid.
inline core::Day day(const char* text) {
    return *core::parse_day(text);
}
/// A clock stopped at a local date-time.
inline core::Clock clock_at(const char* text) {
    return core::Clock{at(text)};
}

/// The message of the usage error (exit 2) that calling `f` throws; fails the test if it
/// throws none.
template <typename F>
std::string usage_message(F f) {
    try {
        f();
    } catch (const Error& e) {
        CHECK(e.code() == Exit::usage);
        return e.what();
    }
    FAIL("no error thrown");
    return "";
}

/// A fresh directory under the temporary directory, removed with everything in it at the end.
class TempDir {
public:
    TempDir() {
        auto pattern = (std::filesystem::temp_directory_path() / "tend-test.XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        path_ = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    [[nodiscard]] std::filesystem::path operator/(const std::string& name) const {
        return path_ / name;
    }

private:
    std::filesystem::path path_;
};

/// The text of a file in tests/cli/fixtures, such as "all_kinds.sql".
inline std::string fixture(const std::string& name) {
    return util::read_file(std::filesystem::path(TEND_FIXTURES) / name);
}

/// A new tend database (file NAME, "tend.db" unless told) in a TempDir of its own, closed
/// before the directory is removed. `*db` and `db->` reach the store::Database.
class TempDatabase {
public:
    explicit TempDatabase(const std::string& name = "tend.db")
        : path_(dir_ / name), db_(store::Database::open(path_, /*create=*/true)) {
        REQUIRE(db_ != nullptr);
        // Opening only prepares the schema; a write that commits keeps it, as a command's first
        // write does. Tests then write, and fail to write, on a database that exists.
        store::WriteTransaction tx(*db_);
        tx.commit();
    }
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;
    [[nodiscard]] store::Database& operator*() const { return *db_; }
    [[nodiscard]] store::Database* operator->() const { return db_.get(); }
    /// The directory the database is in, for other files a test makes next to it.
    [[nodiscard]] const TempDir& dir() const { return dir_; }
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
    TempDir dir_;  // first in, last out: it outlives the open database
    std::filesystem::path path_;
    std::unique_ptr<store::Database> db_;
};

/// Sets an environment variable (or unsets it, for nullptr) for the life of the object, and
/// restores what was there before. It calls tzset() both times, so that a change of TZ counts.
class EnvVar {
public:
    EnvVar(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) saved_ = old;
        if (value != nullptr)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
        ::tzset();
    }
    ~EnvVar() {
        if (saved_)
            ::setenv(name_.c_str(), saved_->c_str(), 1);
        else
            ::unsetenv(name_.c_str());
        ::tzset();
    }
    EnvVar(const EnvVar&) = delete;
    EnvVar& operator=(const EnvVar&) = delete;

private:
    std::string name_;
    std::optional<std::string> saved_;
};

/// Sets TZ for the life of the object and restores what was there before.
class TimeZone {
public:
    explicit TimeZone(const char* tz) : tz_("TZ", tz) {}

private:
    EnvVar tz_;
};

}  // namespace tend::test
