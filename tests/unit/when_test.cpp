// The WHEN grammar (PRODUCT.md, "Dates (WHEN)"): every accepted form, the edges of months and
// years, what is refused, and how a refusal reads.
#include <catch2/catch.hpp>

#include "support.hpp"

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "core/clock.hpp"
#include "core/when.hpp"
#include "util/error.hpp"

using namespace tend::core;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

using tend::test::TempDir;
using tend::test::TimeZone;

namespace {

/// A clock fixed at an ISO instant with offset, e.g. "2026-11-20T08:30:00+01:00".
Clock clock_at(const char* iso) {
    return Clock{parse_iso(iso).value()};
}

/// Friday 20 November 2026, 08:30 in Berlin: the "now" of most tests below.
const Clock friday = clock_at("2026-11-20T08:30:00+01:00");

/// A parsed WHEN as "YYYY-MM-DD" or "YYYY-MM-DD HH:MM[:SS]", for readable expectations.
std::string show(const When& w) {
    if (!w.time) return format_day(w.day);
    auto s = fmt::format("{} {:02}:{:02}", format_day(w.day), w.time->hour, w.time->minute);
    if (w.time->second != 0) s += fmt::format(":{:02}", w.time->second);
    return s;
}

std::string back(const char* text, const Clock& clock = friday) {
    return show(parse_when(text, clock, Lean::back, "--at"));
}

std::string ahead(const char* text, const Clock& clock = friday) {
    return show(parse_when(text, clock, Lean::ahead, "--due"));
}

/// The tend::Error thrown by parsing `text`, or nullopt when it parses.
std::optional<tend::Error> refusal(const std::string& text, const char* option = "--at") {
    try {
        (void)parse_when(text, friday, Lean::back, option);
    } catch (const tend::Error& e) {
        return e;
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("day words are relative to the clock's local day", "[when]") {
    CHECK(back("today") == "2026-11-20");
    CHECK(back("yesterday") == "2026-11-19");
    CHECK(back("tomorrow") == "2026-11-21");
    SECTION("now is today, without a time, so a record takes the clock's instant") {
        CHECK(back("now") == "2026-11-20");
        CHECK_FALSE(parse_when("now", friday, Lean::back, "--at").time);
    }
    SECTION("the day is the one of the clock's own offset, not of TZ") {
        // 23:30 UTC on the 20th is already the 21st in Berlin (+01:00).
        auto late = clock_at("2026-11-21T00:30:00+01:00");
        CHECK(back("today", late) == "2026-11-21");
        CHECK(back("yesterday", late) == "2026-11-20");
    }
}

TEST_CASE("calendar dates and date-times", "[when]") {
    CHECK(back("2026-11-20") == "2026-11-20");
    CHECK(back("2025-01-31") == "2025-01-31");
    CHECK(back("2026-11-20 18:30") == "2026-11-20 18:30");
    CHECK(back("2026-11-20T18:30") == "2026-11-20 18:30");
    CHECK(back("2026-11-20t18:30") == "2026-11-20 18:30");
    CHECK(back("2026-11-20T18:30:15") == "2026-11-20 18:30:15");
    CHECK(back("2026-11-20 00:00") == "2026-11-20 00:00");
    CHECK(back("2026-11-20 23:59") == "2026-11-20 23:59");
    SECTION("a date is taken as written, whichever way the option leans") {
        CHECK(ahead("2020-01-01") == "2020-01-01");
        CHECK(back("2030-01-01") == "2030-01-01");
    }
}

TEST_CASE("a time alone means today at that time", "[when]") {
    CHECK(back("18:30") == "2026-11-20 18:30");
    CHECK(back("00:00") == "2026-11-20 00:00");
    CHECK(back("23:59") == "2026-11-20 23:59");
    CHECK(ahead("07:05") == "2026-11-20 07:05");
}

TEST_CASE("weekday names, looking back and looking ahead", "[when]") {
    // The clock's day, 2026-11-20, is a Friday.
    struct Row {
        const char* short_name;
        const char* long_name;
        const char* most_recent;
        const char* next;
    };
    auto row = GENERATE(values<Row>({
        {"mon", "monday", "2026-11-16", "2026-11-23"},
        {"tue", "tuesday", "2026-11-17", "2026-11-24"},
        {"wed", "wednesday", "2026-11-18", "2026-11-25"},
        {"thu", "thursday", "2026-11-19", "2026-11-26"},
        {"fri", "friday", "2026-11-20", "2026-11-20"},  // today, both ways
        {"sat", "saturday", "2026-11-14", "2026-11-21"},
        {"sun", "sunday", "2026-11-15", "2026-11-22"},
    }));
    CAPTURE(row.long_name);
    CHECK(back(row.short_name) == row.most_recent);
    CHECK(back(row.long_name) == row.most_recent);
    CHECK(ahead(row.short_name) == row.next);
    CHECK(ahead(row.long_name) == row.next);
}

TEST_CASE("common weekday abbreviations", "[when]") {
    CHECK(back("tues") == "2026-11-17");
    CHECK(back("weds") == "2026-11-18");
    CHECK(back("thur") == "2026-11-19");
    CHECK(back("thurs") == "2026-11-19");
}

TEST_CASE("relative days and weeks", "[when]") {
    CHECK(back("3d ago") == "2026-11-17");
    CHECK(back("-3d") == "2026-11-17");
    CHECK(back("in 2d") == "2026-11-22");
    CHECK(back("+2d") == "2026-11-22");
    CHECK(back("2w ago") == "2026-11-06");
    CHECK(back("in 1w") == "2026-11-27");
    CHECK(back("-1w") == "2026-11-13");
    CHECK(back("0d ago") == "2026-11-20");
    SECTION("units may be spelled out and spaced") {
        CHECK(back("3 days ago") == "2026-11-17");
        CHECK(back("1 day ago") == "2026-11-19");
        CHECK(back("in 2 days") == "2026-11-22");
        CHECK(back("2 weeks ago") == "2026-11-06");
        CHECK(back("in 1 week") == "2026-11-27");
    }
    SECTION("relative days do not depend on the lean") {
        CHECK(ahead("3d ago") == "2026-11-17");
        CHECK(ahead("+2d") == "2026-11-22");
    }
}

TEST_CASE("relative months and years keep the day of the month", "[when]") {
    CHECK(back("6mo ago") == "2026-05-20");
    CHECK(back("-2mo") == "2026-09-20");
    CHECK(back("in 3 months") == "2027-02-20");
    CHECK(back("1y ago") == "2025-11-20");
    CHECK(back("+1 year") == "2027-11-20");
    CHECK(back("2 years ago") == "2024-11-20");
    CHECK(back("-1yr") == "2025-11-20");
    CHECK(back("13mo ago") == "2025-10-20");
    SECTION("a month with fewer days ends the count on its last day") {
        auto march_31 = clock_at("2026-03-31T10:00:00+02:00");
        CHECK(back("1mo ago", march_31) == "2026-02-28");
        CHECK(back("in 1mo", march_31) == "2026-04-30");
        CHECK(back("-13mo", march_31) == "2025-02-28");
        auto leap_day = clock_at("2024-02-29T10:00:00+01:00");
        CHECK(back("1y ago", leap_day) == "2023-02-28");
        CHECK(back("in 4y", leap_day) == "2028-02-29");
        CHECK(back("12mo ago", clock_at("2025-01-31T10:00:00+01:00")) == "2024-01-31");
    }
}

TEST_CASE("a span alone counts back or ahead as the date looks", "[when]") {
    CHECK(back("6mo") == "2026-05-20");
    CHECK(back("5y") == "2021-11-20");
    CHECK(back("2w") == "2026-11-06");
    CHECK(back("3 days") == "2026-11-17");
    CHECK(ahead("2w") == "2026-12-04");
    CHECK(ahead("1mo") == "2026-12-20");
    CHECK(ahead("3d") == "2026-11-23");
}

TEST_CASE("a span that leaves the supported days is refused with the day it reached", "[when]") {
    auto e = refusal("100y", "--since");
    REQUIRE(e);
    CHECK(e->code() == tend::Exit::usage);
    CHECK_THAT(std::string(e->what()), Contains("--since must be a day from 1970-01-01"));
    CHECK_THAT(std::string(e->what()), Contains("1926-11-20"));
    CHECK(refusal("9999y"));
    CHECK(refusal("99999mo ago"));
    CHECK(refusal("in 8000y"));
}

TEST_CASE("a day word followed by a time", "[when]") {
    CHECK(back("yesterday 21:00") == "2026-11-19 21:00");
    CHECK(back("today 07:15") == "2026-11-20 07:15");
    CHECK(back("tomorrow 09:00") == "2026-11-21 09:00");
    CHECK(back("tue 17:00") == "2026-11-17 17:00");
    CHECK(ahead("tue 17:00") == "2026-11-24 17:00");
    CHECK(ahead("friday 17:00") == "2026-11-20 17:00");
    CHECK(back("3d ago 10:00") == "2026-11-17 10:00");
    CHECK(back("in 2d 10:00") == "2026-11-22 10:00");
}

TEST_CASE("case and surrounding white space do not matter", "[when]") {
    CHECK(back("TODAY") == "2026-11-20");
    CHECK(back("  yesterday  ") == "2026-11-19");
    CHECK(back("\tTue\n") == "2026-11-17");
    CHECK(ahead("TUESDAY 17:00") == "2026-11-24 17:00");
    CHECK(back(" 3D AGO ") == "2026-11-17");
    CHECK(back("In 2D") == "2026-11-22");
    CHECK(back(" 18:30 ") == "2026-11-20 18:30");
}

TEST_CASE("month and year edges", "[when]") {
    SECTION("the day before 1 January is 31 December of the year before") {
        auto new_year = clock_at("2026-01-01T10:00:00+01:00");
        CHECK(back("-1d", new_year) == "2025-12-31");
        CHECK(back("yesterday", new_year) == "2025-12-31");
        CHECK(back("1w ago", new_year) == "2025-12-25");
    }
    SECTION("the day after 31 December is 1 January of the next year") {
        auto new_years_eve = clock_at("2026-12-31T10:00:00+01:00");
        CHECK(back("+1d", new_years_eve) == "2027-01-01");
        CHECK(back("tomorrow", new_years_eve) == "2027-01-01");
    }
    SECTION("29 February exists in leap years only") {
        auto leap_march = clock_at("2024-03-01T10:00:00+01:00");
        CHECK(back("yesterday", leap_march) == "2024-02-29");
        CHECK(back("2024-02-29") == "2024-02-29");
        CHECK(back("2000-02-29") == "2000-02-29");
        auto march = clock_at("2026-03-01T10:00:00+01:00");
        CHECK(back("yesterday", march) == "2026-02-28");
        CHECK(refusal("2026-02-29"));
        CHECK(refusal("1900-02-29"));
        CHECK(refusal("2026-02-29 10:00"));
    }
    SECTION("the end of a month") {
        auto end_of_january = clock_at("2026-01-31T10:00:00+01:00");
        CHECK(back("+1d", end_of_january) == "2026-02-01");
        CHECK(back("in 4w", end_of_january) == "2026-02-28");
    }
}

TEST_CASE("anything else is refused", "[when]") {
    auto bad = GENERATE(
        as<std::string>{}, "", "   ", "foo", "25:00", "24:00", "18:60", "2026-13-01", "2026-11-31",
        "2026-00-10", "2026-11-00", "2026-1-5", "20261120", "2026/11/20", "3x ago", "3 ago",
        "d ago", "in", "in ", "+", "-", "+d", "in -3d", "--3d", "1234567d ago", "123456d ago",
        "3d ago ago", "today today", "yesterday 25:00", "tue 17", "tu", "2026-11-20T",
        "2026-11-20T18", "2026-11-20 18:30 extra", "3m", "3m ago", "in 3m", "3 mins ago", "10000y",
        "10000y ago", "65536y ago", "3mo3d", "3 moons", "y ago", "1.5y");
    CAPTURE(bad);
    CHECK(refusal(bad));
}

TEST_CASE("the refusal is a usage error naming the option and the value", "[when]") {
    auto e = refusal("foo", "--since");
    REQUIRE(e);
    CHECK(e->code() == tend::Exit::usage);
    CHECK_THAT(e->what(), StartsWith("--since must be a date or time: "));
    CHECK_THAT(e->what(), Contains("(got \"foo\")"));
    SECTION("and lists the accepted forms") {
        for (const char* form : {"today", "yesterday", "tomorrow", "2026-11-20", "18:30", "tue",
                                 "3d ago", "-3d", "in 2d", "+2d"})
            CHECK_THAT(e->what(), Contains(form));
        CHECK_THAT(e->what(), Contains(std::string(when_forms())));
    }
    SECTION("the value is shown as typed, before trimming and lower-casing") {
        auto typed = refusal("Next Tuesday", "--due");
        REQUIRE(typed);
        CHECK_THAT(typed->what(), StartsWith("--due must be"));
        CHECK_THAT(typed->what(), Contains("(got \"Next Tuesday\")"));
    }
}

// The value goes through core::quoted(): an escape sequence or a newline typed as a WHEN never
// reaches the terminal raw, and the message stays one line.
TEST_CASE("the refusal shows control characters escaped", "[when]") {
    auto e = refusal("\x1b[2J\nnow");
    REQUIRE(e);
    std::string message = e->what();
    CHECK(message.find('\x1b') == std::string::npos);
    CHECK(message.find('\n') == std::string::npos);
    CHECK_THAT(message, Contains(R"((got "\x1b[2J\x0anow"))"));
}

TEST_CASE("instant_for_record: the instant a WHEN names for a new record", "[when]") {
    TimeZone berlin("Europe/Berlin");
    const Clock now = clock_at("2026-11-20T08:30:15+01:00");
    auto record = [&](const char* text) {
        return format_iso(instant_for_record(parse_when(text, now, Lean::back, "--at"), now));
    };
    SECTION("today without a time is exactly now") {
        CHECK(instant_for_record(parse_when("today", now, Lean::back, "--at"), now) == now.now);
        CHECK(instant_for_record(parse_when("now", now, Lean::back, "--at"), now) == now.now);
        // Even in the hour that happens twice, where the wall-clock time alone is ambiguous.
        const Clock repeated = clock_at("2026-10-25T02:30:00+01:00");
        CHECK(instant_for_record(parse_when("today", repeated, Lean::back, "--at"), repeated) ==
              repeated.now);
    }
    SECTION("another day without a time takes the current time of day on that day") {
        CHECK(record("yesterday") == "2026-11-19T08:30:15+01:00");
        CHECK(record("3d ago") == "2026-11-17T08:30:15+01:00");
        CHECK(record("2026-07-01") == "2026-07-01T08:30:15+02:00");  // summer time that day
    }
    SECTION("a given time is taken as local time on that day") {
        CHECK(record("18:30") == "2026-11-20T18:30:00+01:00");
        CHECK(record("yesterday 21:00") == "2026-11-19T21:00:00+01:00");
        CHECK(record("2026-11-18T07:45") == "2026-11-18T07:45:00+01:00");
        CHECK(record("2026-06-01 12:00") == "2026-06-01T12:00:00+02:00");
    }
    SECTION("a time skipped by the spring change moves forward") {
        CHECK(record("2026-03-29 02:30") == "2026-03-29T03:30:00+02:00");
    }
}
