// Time for tend: instants carry the UTC offset in force when written, days are local calendar
// days, conversions honour TZ (daylight saving included), and TEND_NOW fixes "now".
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "support.hpp"

#include "core/clock.hpp"
#include "util/error.hpp"

using namespace tend::core;
using Catch::Matchers::Contains;

namespace {

using tend::test::EnvVar;

/// A day from its numbers (tend::test::d, by a name that leaves `d` free for days here).
constexpr auto ymd = tend::test::d;

/// Unix seconds of a UTC wall-clock reading, computed independently of the code under test.
std::int64_t utc(int y, unsigned m, unsigned d, int hh = 0, int mm = 0, int ss = 0) {
    auto days = std::chrono::sys_days{ymd(y, m, d)}.time_since_epoch().count();
    return static_cast<std::int64_t>(days) * 86400 + hh * 3600 + mm * 60 + ss;
}

std::string iso_local(int y, unsigned m, unsigned d, int hh, int mm, int ss = 0) {
    return format_iso(local_instant(ymd(y, m, d), {hh, mm, ss}));
}

}  // namespace

TEST_CASE("day_of and time_of read the offset an instant carries, not TZ", "[clock]") {
    EnvVar tz("TZ", "Asia/Kolkata");  // deliberately unrelated to the offsets below
    Instant late{utc(2026, 11, 20, 23, 30), 3600};
    CHECK(day_of(late) == ymd(2026, 11, 21));
    CHECK(time_of(late) == TimeOfDay{0, 30, 0});
    Instant pacific{utc(2026, 11, 20, 23, 30, 59), -8 * 3600};
    CHECK(day_of(pacific) == ymd(2026, 11, 20));
    CHECK(time_of(pacific) == TimeOfDay{15, 30, 59});
    SECTION("before the Unix epoch") {
        CHECK(day_of(Instant{-1, 0}) == ymd(1969, 12, 31));
        CHECK(time_of(Instant{-1, 0}) == TimeOfDay{23, 59, 59});
        CHECK(day_of(Instant{0, -3600}) == ymd(1969, 12, 31));
        CHECK(time_of(Instant{0, -3600}) == TimeOfDay{23, 0, 0});
        CHECK(day_of(Instant{-1, 3600}) == ymd(1970, 1, 1));
        CHECK(time_of(Instant{-1, 3600}) == TimeOfDay{0, 59, 59});
    }
}

TEST_CASE("format_iso writes local time with its offset", "[clock]") {
    CHECK(format_iso({utc(2026, 11, 20, 7, 30), 3600}) == "2026-11-20T08:30:00+01:00");
    CHECK(format_iso({utc(2026, 7, 1, 10, 0, 5), 7200}) == "2026-07-01T12:00:05+02:00");
    CHECK(format_iso({utc(2026, 11, 21, 7, 30), -8 * 3600}) == "2026-11-20T23:30:00-08:00");
    CHECK(format_iso({utc(2026, 11, 20, 3, 0), 5 * 3600 + 1800}) == "2026-11-20T08:30:00+05:30");
    CHECK(format_iso({utc(2026, 11, 20, 12, 0), -(3 * 3600 + 1800)}) ==
          "2026-11-20T08:30:00-03:30");
    CHECK(format_iso({utc(2026, 11, 20, 8, 30), 0}) == "2026-11-20T08:30:00+00:00");
    CHECK(format_hhmm({utc(2026, 11, 20, 7, 5, 59), 3600}) == "08:05");
}

TEST_CASE("format_day and format_day_short", "[clock]") {
    CHECK(format_day(ymd(2026, 11, 20)) == "2026-11-20");
    CHECK(format_day(ymd(2026, 1, 5)) == "2026-01-05");
    CHECK(format_day(ymd(987, 3, 4)) == "0987-03-04");
    CHECK(format_day_short(ymd(2026, 11, 20)) == "Fri 20 Nov");
    CHECK(format_day_short(ymd(2026, 1, 1)) == "Thu 1 Jan");
    CHECK(format_day_short(ymd(2026, 3, 29)) == "Sun 29 Mar");
    CHECK(format_day_short(ymd(2026, 11, 16)) == "Mon 16 Nov");
    CHECK(format_day_short(ymd(2024, 2, 29)) == "Thu 29 Feb");
}

TEST_CASE("parse_day takes real calendar days in YYYY-MM-DD only", "[clock]") {
    CHECK(parse_day("2026-11-20") == ymd(2026, 11, 20));
    CHECK(parse_day("2024-02-29") == ymd(2024, 2, 29));
    CHECK(parse_day("2026-12-31") == ymd(2026, 12, 31));
    auto bad = GENERATE(as<std::string>{}, "", "2026-02-29", "1900-02-29", "2026-11-31",
                        "2026-13-01", "2026-00-01", "2026-01-00", "2026-1-01", "2026-01-1",
                        "26-01-01", "20260101", "2026/01/01", " 2026-01-01", "2026-01-01 ",
                        "+026-01-01", "2026-0a-01", "2026-01-01T00:00");
    CAPTURE(bad);
    CHECK_FALSE(parse_day(bad));
}

TEST_CASE("parse_time_of_day takes 24-hour HH:MM and HH:MM:SS", "[clock]") {
    CHECK(parse_time_of_day("18:30") == TimeOfDay{18, 30, 0});
    CHECK(parse_time_of_day("00:00") == TimeOfDay{0, 0, 0});
    CHECK(parse_time_of_day("23:59:59") == TimeOfDay{23, 59, 59});
    auto bad = GENERATE(as<std::string>{}, "", "24:00", "18:60", "18:30:60", "1830", "18.30",
                        "18:3", "18:30:5", " 18:30", "18:30 ", "-1:30", "18:30Z", "6pm");
    CAPTURE(bad);
    CHECK_FALSE(parse_time_of_day(bad));
}

TEST_CASE("parse_iso reads what format_iso writes", "[clock]") {
    auto at = parse_iso("2026-11-20T08:30:00+01:00");
    REQUIRE(at);
    CHECK(*at == Instant{utc(2026, 11, 20, 7, 30), 3600});
    CHECK(parse_iso("2026-11-20T08:30:00Z") == Instant{utc(2026, 11, 20, 8, 30), 0});
    CHECK(parse_iso("2026-11-20 08:30:00-08:00") == Instant{utc(2026, 11, 20, 16, 30), -28800});
    CHECK(parse_iso("2026-11-20T08:30+05:30") == Instant{utc(2026, 11, 20, 3, 0), 19800});
    CHECK(parse_iso("2026-11-20T00:30:00+01:00") == Instant{utc(2026, 11, 19, 23, 30), 3600});
    SECTION("round trip, negative offsets included") {
        for (Instant original : {Instant{utc(2026, 3, 29, 1, 30), 7200},
                                 Instant{utc(1969, 12, 31, 23, 59, 59), -3 * 3600 - 1800},
                                 Instant{utc(2026, 11, 1, 8, 30), -25200}}) {
            CAPTURE(format_iso(original));
            CHECK(parse_iso(format_iso(original)) == original);
        }
    }
    SECTION("refused") {
        auto bad = GENERATE(as<std::string>{}, "", "2026-11-20", "2026-11-20T08:30",
                            "2026-11-20T08:30:00", "2026-11-20T08:30:00z",
                            "2026-11-20T08:30:00+19:00", "2026-11-20T08:30:00+01:60",
                            "2026-11-20T08:30:00+0100", "2026-11-20T24:00:00Z",
                            "2026-02-29T08:30:00Z", "2026-11-20X08:30:00Z", "2026-11-20TZ");
        CAPTURE(bad);
        CHECK_FALSE(parse_iso(bad));
    }
}

TEST_CASE("parse_local_datetime reads local date-times in TZ", "[clock]") {
    EnvVar tz("TZ", "Europe/Berlin");
    CHECK(format_iso(parse_local_datetime("2026-11-20T08:30").value()) ==
          "2026-11-20T08:30:00+01:00");
    CHECK(format_iso(parse_local_datetime("2026-11-20 08:30").value()) ==
          "2026-11-20T08:30:00+01:00");
    CHECK(format_iso(parse_local_datetime("2026-07-01T12:00:30").value()) ==
          "2026-07-01T12:00:30+02:00");
    auto bad =
        GENERATE(as<std::string>{}, "", "2026-11-20", "2026-11-20T8:30", "2026-11-20T08:30+01:00",
                 "2026-11-20T08:30Z", "2026-11-20X08:30", "2026-11-31T08:30", "2026-11-20T25:00");
    CAPTURE(bad);
    CHECK_FALSE(parse_local_datetime(bad));
}

TEST_CASE("local_instant in Europe/Berlin, across daylight-saving changes", "[clock][dst]") {
    EnvVar tz("TZ", "Europe/Berlin");
    SECTION("winter is +01:00, summer +02:00") {
        CHECK(iso_local(2026, 1, 15, 12, 0) == "2026-01-15T12:00:00+01:00");
        CHECK(iso_local(2026, 7, 15, 12, 0) == "2026-07-15T12:00:00+02:00");
        CHECK(local_instant(ymd(2026, 1, 15), {12, 0, 0}).utc == utc(2026, 1, 15, 11, 0));
        CHECK(local_instant(ymd(2026, 7, 15), {12, 0, 0}).utc == utc(2026, 7, 15, 10, 0));
    }
    SECTION("spring forward, 2026-03-29: 02:00 to 03:00 does not exist") {
        CHECK(iso_local(2026, 3, 29, 1, 59) == "2026-03-29T01:59:00+01:00");
        CHECK(iso_local(2026, 3, 29, 2, 30) == "2026-03-29T03:30:00+02:00");
        CHECK(iso_local(2026, 3, 29, 2, 0) == "2026-03-29T03:00:00+02:00");
        CHECK(iso_local(2026, 3, 29, 3, 0) == "2026-03-29T03:00:00+02:00");
        CHECK(local_instant(ymd(2026, 3, 29), {2, 30, 0}).utc == utc(2026, 3, 29, 1, 30));
    }
    SECTION("fall back, 2026-10-25: 02:00 to 03:00 happens twice; the earlier one is taken") {
        CHECK(iso_local(2026, 10, 25, 1, 59) == "2026-10-25T01:59:00+02:00");
        CHECK(iso_local(2026, 10, 25, 2, 30) == "2026-10-25T02:30:00+02:00");
        CHECK(local_instant(ymd(2026, 10, 25), {2, 30, 0}).utc == utc(2026, 10, 25, 0, 30));
        CHECK(iso_local(2026, 10, 25, 3, 0) == "2026-10-25T03:00:00+01:00");
    }
    SECTION("midnight and the day's start") {
        CHECK(format_iso(start_of(ymd(2026, 3, 29))) == "2026-03-29T00:00:00+01:00");
        CHECK(format_iso(start_of(ymd(2026, 10, 25))) == "2026-10-25T00:00:00+02:00");
    }
    SECTION("in_local_zone recomputes the offset for the same instant") {
        CHECK(in_local_zone(utc(2026, 3, 29, 0, 59)) == Instant{utc(2026, 3, 29, 0, 59), 3600});
        CHECK(in_local_zone(utc(2026, 3, 29, 1, 0)) == Instant{utc(2026, 3, 29, 1, 0), 7200});
    }
}

TEST_CASE("local_instant in America/Los_Angeles: negative offsets", "[clock][dst]") {
    EnvVar tz("TZ", "America/Los_Angeles");
    CHECK(iso_local(2026, 1, 15, 9, 0) == "2026-01-15T09:00:00-08:00");
    CHECK(iso_local(2026, 7, 15, 9, 0) == "2026-07-15T09:00:00-07:00");
    CHECK(local_instant(ymd(2026, 1, 15), {9, 0, 0}).utc == utc(2026, 1, 15, 17, 0));
    SECTION("late evening locally is the next day in UTC, but the local day stays") {
        auto at = local_instant(ymd(2026, 11, 20), {23, 30, 0});
        CHECK(at.utc == utc(2026, 11, 21, 7, 30));
        CHECK(day_of(at) == ymd(2026, 11, 20));
    }
    SECTION("spring forward 2026-03-08 and fall back 2026-11-01") {
        CHECK(iso_local(2026, 3, 8, 2, 30) == "2026-03-08T03:30:00-07:00");
        CHECK(iso_local(2026, 11, 1, 1, 30) == "2026-11-01T01:30:00-07:00");
        CHECK(local_instant(ymd(2026, 11, 1), {1, 30, 0}).utc == utc(2026, 11, 1, 8, 30));
        CHECK(iso_local(2026, 11, 1, 2, 0) == "2026-11-01T02:00:00-08:00");
    }
}

TEST_CASE("a day whose midnight was skipped starts at the first moment that exists",
          "[clock][dst]") {
    // Brazil began summer time at 00:00 on 2018-11-04: the clocks went from 23:59 to 01:00.
    EnvVar tz("TZ", "America/Sao_Paulo");
    CHECK(format_iso(start_of(ymd(2018, 11, 4))) == "2018-11-04T01:00:00-02:00");
    CHECK(day_of(start_of(ymd(2018, 11, 4))) == ymd(2018, 11, 4));
}

TEST_CASE("add_days, days_between and weekday_index", "[clock]") {
    CHECK(add_days(ymd(2026, 11, 20), 0) == ymd(2026, 11, 20));
    CHECK(add_days(ymd(2026, 11, 20), 11) == ymd(2026, 12, 1));
    CHECK(add_days(ymd(2026, 12, 31), 1) == ymd(2027, 1, 1));
    CHECK(add_days(ymd(2026, 1, 1), -1) == ymd(2025, 12, 31));
    CHECK(add_days(ymd(2024, 2, 28), 1) == ymd(2024, 2, 29));
    CHECK(add_days(ymd(2026, 2, 28), 1) == ymd(2026, 3, 1));
    CHECK(add_days(ymd(2024, 3, 1), -1) == ymd(2024, 2, 29));
    CHECK(add_days(ymd(2026, 11, 20), -365) == ymd(2025, 11, 20));

    CHECK(days_between(ymd(2026, 11, 20), ymd(2026, 11, 20)) == 0);
    CHECK(days_between(ymd(2026, 11, 14), ymd(2026, 11, 20)) == 6);
    CHECK(days_between(ymd(2026, 11, 20), ymd(2026, 11, 14)) == -6);
    CHECK(days_between(ymd(2025, 12, 31), ymd(2026, 1, 1)) == 1);
    CHECK(days_between(ymd(2024, 1, 1), ymd(2025, 1, 1)) == 366);
    // Calendar days, not 24-hour spans: a 23-hour day still counts as one.
    CHECK(days_between(ymd(2026, 3, 28), ymd(2026, 3, 30)) == 2);

    const char* names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    for (int i = 0; i < 7; ++i) {
        auto d = add_days(ymd(2026, 11, 16), i);  // Monday 16 November 2026
        CAPTURE(names[i]);
        CHECK(weekday_index(d) == i);
    }
    CHECK(weekday_index(ymd(2026, 1, 1)) == 3);  // a Thursday
}

TEST_CASE("clock_from_environment: TEND_NOW fixes now", "[clock][env]") {
    EnvVar tz("TZ", "Europe/Berlin");
    SECTION("a local date-time, with T or a space, in TZ") {
        EnvVar now("TEND_NOW", "2026-11-20T08:30");
        auto clock = clock_from_environment();
        CHECK(format_iso(clock.now) == "2026-11-20T08:30:00+01:00");
        CHECK(clock.today() == ymd(2026, 11, 20));
        EnvVar spaced("TEND_NOW", "2026-07-01 23:15:10");
        CHECK(format_iso(clock_from_environment().now) == "2026-07-01T23:15:10+02:00");
    }
    SECTION("an instant with an offset is the same instant, seen in TZ") {
        EnvVar now("TEND_NOW", "2026-11-20T23:30:00Z");
        auto clock = clock_from_environment();
        CHECK(format_iso(clock.now) == "2026-11-21T00:30:00+01:00");
        CHECK(clock.today() == ymd(2026, 11, 21));
    }
    SECTION("a date alone is the start of that day") {
        EnvVar now("TEND_NOW", "2026-11-20");
        CHECK(format_iso(clock_from_environment().now) == "2026-11-20T00:00:00+01:00");
    }
    SECTION("unset or empty: the system clock, in TZ") {
        for (const char* value : {static_cast<const char*>(nullptr), ""}) {
            EnvVar now("TEND_NOW", value);
            // The same clock as tend's: time() may read a coarser clock, a tick behind.
            auto seconds_now = [] {
                return static_cast<std::int64_t>(
                    std::chrono::duration_cast<std::chrono::seconds>(
                        std::chrono::system_clock::now().time_since_epoch())
                        .count());
            };
            auto before = seconds_now();
            auto clock = clock_from_environment();
            auto after = seconds_now();
            CHECK(clock.now.utc >= before);
            CHECK(clock.now.utc <= after);
            CHECK(clock.now == in_local_zone(clock.now.utc));
        }
    }
    SECTION("malformed: a usage error naming TEND_NOW and the value") {
        for (const char* value : {"tomorrow", "2026-11-31T08:30", "2026-11-20T8:30", "now"}) {
            CAPTURE(value);
            EnvVar now("TEND_NOW", value);
            try {
                (void)clock_from_environment();
                FAIL("TEND_NOW=" << value << " was accepted");
            } catch (const tend::Error& e) {
                CHECK(e.code() == tend::Exit::usage);
                CHECK_THAT(e.what(), Contains("TEND_NOW"));
                CHECK_THAT(e.what(), Contains(std::string("(got \"") + value + "\")"));
            }
        }
    }
}

// A malformed TEND_NOW goes through core::quoted(): control characters never reach the terminal.
TEST_CASE("a malformed TEND_NOW is shown with control characters escaped", "[clock][env]") {
    EnvVar now("TEND_NOW", "\x1b]0;owned\x07");
    try {
        (void)clock_from_environment();
        FAIL("accepted");
    } catch (const tend::Error& e) {
        CHECK(std::string(e.what()).find('\x1b') == std::string::npos);
    }
}
