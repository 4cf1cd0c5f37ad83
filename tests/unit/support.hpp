// Fixtures the unit tests share: a private temporary directory and a time zone, each removed or
// put back when the test ends, and instants, days and clocks written as text.
#pragma once

#include <stdlib.h>
#include <time.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

#include <catch2/catch.hpp>

#include "core/clock.hpp"

namespace tend::test {

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

/// Sets TZ for the life of the object and restores what was there before.
class TimeZone {
public:
    explicit TimeZone(const char* tz) {
        if (const char* old = std::getenv("TZ")) saved_ = old;
        ::setenv("TZ", tz, 1);
        ::tzset();
    }
    ~TimeZone() {
        if (saved_)
            ::setenv("TZ", saved_->c_str(), 1);
        else
            ::unsetenv("TZ");
        ::tzset();
    }
    TimeZone(const TimeZone&) = delete;
    TimeZone& operator=(const TimeZone&) = delete;

private:
    std::optional<std::string> saved_;
};

}  // namespace tend::test
