// The mood calendar: which months it shows, how a month falls into weeks from Monday, where each
// day's aggregates land, the rounding of a mean to a cell's score, and the text, Markdown and
// JSON drawn from it.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support.hpp"

#include "core/mood_calendar.hpp"
#include "render/mood_calendar.hpp"
#include "util/text.hpp"

using namespace tend::core;
using tend::test::d;
using tend::test::day;
using tend::test::usage_message;

namespace {

DayAggregate logged(const char* when, int entries, long sum, int lowest, int highest) {
    return {day(when), entries, sum, lowest, highest};
}

/// November 2026 on Friday the 20th.
MoodCalendar november(const std::vector<DayAggregate>& days) {
    return mood_calendar(calendar_span(d(2026, 11, 20), std::nullopt, false), days,
                         d(2026, 11, 20));
}

std::chrono::year_month ym(int y, unsigned m) {
    return std::chrono::year{y} / std::chrono::month{m};
}

}  // namespace

TEST_CASE("calendar: --months takes a whole number from 1 to 24", "[calendar]") {
    CHECK(parse_calendar_months("1") == 1);
    CHECK(parse_calendar_months("24") == 24);
    for (const char* bad : {"0", "25", "1000", "-1", "abc", "", "3.5", " 3"})
        CHECK(usage_message([&] { (void)parse_calendar_months(bad); }) ==
              "--months must be a whole number from 1 to 24 (got \"" + std::string(bad) + "\")");
}

TEST_CASE("calendar: the months shown end with today's, or are today's year", "[calendar]") {
    auto today = d(2026, 2, 10);
    auto one = calendar_span(today, std::nullopt, false);
    CHECK(one.first == ym(2026, 2));
    CHECK(one.count == 1);
    CHECK(one.from() == d(2026, 2, 1));
    CHECK(one.to() == d(2026, 2, 28));

    // Three months back across the new year.
    auto three = calendar_span(today, 3, false);
    CHECK(three.first == ym(2025, 12));
    CHECK(three.last() == ym(2026, 2));
    CHECK(three.from() == d(2025, 12, 1));
    CHECK(three.to() == d(2026, 2, 28));

    auto year = calendar_span(today, std::nullopt, true);
    CHECK(year.first == ym(2026, 1));
    CHECK(year.count == 12);
    CHECK(year.to() == d(2026, 12, 31));

    CHECK(calendar_span(d(2028, 2, 29), 1, false).to() == d(2028, 2, 29));
    CHECK(usage_message([&] { (void)calendar_span(today, 2, true); }) ==
          "give either --months or --year, not both");
}

TEST_CASE("calendar: a mean rounds to the nearest score, halves up", "[calendar]") {
    CHECK(rounded_mean(logged("2026-11-01", 1, 7, 7, 7)) == 7);
    CHECK(rounded_mean(logged("2026-11-01", 2, 13, 6, 7)) == 7);    // 6.5
    CHECK(rounded_mean(logged("2026-11-01", 3, 19, 6, 7)) == 6);    // 6.33
    CHECK(rounded_mean(logged("2026-11-01", 3, 20, 6, 7)) == 7);    // 6.67
    CHECK(rounded_mean(logged("2026-11-01", 2, 19, 9, 10)) == 10);  // 9.5
    CHECK(rounded_mean(logged("2026-11-01", 2, 3, 1, 2)) == 2);     // 1.5
    CHECK(rounded_mean(logged("2026-11-01", 4, 4, 1, 1)) == 1);
}

TEST_CASE("calendar: a month in weeks from Monday", "[calendar]") {
    // November 2026 begins on a Sunday: six blank cells, then the 1st; its 30 days take six
    // weeks, the last holding only Monday the 30th.
    auto cal = november({});
    REQUIRE(cal.months.size() == 1);
    const auto& nov = cal.months[0];
    CHECK(nov.days.size() == 30);
    REQUIRE(nov.weeks.size() == 6);
    for (int i = 0; i < 6; ++i) CHECK_FALSE(nov.weeks[0][static_cast<std::size_t>(i)]);
    CHECK(nov.weeks[0][6] == std::size_t{0});
    CHECK(nov.weeks[1][0] == std::size_t{1});
    CHECK(nov.weeks[5][0] == std::size_t{29});
    CHECK_FALSE(nov.weeks[5][1]);
    CHECK(nov.days[19].day == d(2026, 11, 20));

    // February 2027 begins on a Monday and fills exactly four weeks.
    auto feb = mood_calendar(calendar_span(d(2027, 2, 3), std::nullopt, false), {}, d(2027, 2, 3));
    CHECK(feb.months[0].weeks.size() == 4);
    CHECK(feb.months[0].weeks[0][0] == std::size_t{0});
    CHECK(feb.months[0].weeks[3][6] == std::size_t{27});
}

TEST_CASE("calendar: each day's moods land on it, and the figures count up to today",
          "[calendar]") {
    std::vector<DayAggregate> days{
        logged("2026-08-31", 1, 9, 9, 9),  // before the span: ignored
        logged("2026-11-18", 2, 13, 6, 7),
        logged("2026-09-02", 1, 3, 3, 3),
        logged("2026-11-20", 1, 4, 4, 4),
        logged("2026-11-25", 1, 2, 2, 2),  // after today (an import): drawn, not counted
    };
    auto cal = mood_calendar(calendar_span(d(2026, 11, 20), 3, false), days, d(2026, 11, 20));
    REQUIRE(cal.months.size() == 3);
    CHECK(cal.months[0].month == ym(2026, 9));
    CHECK(cal.months[2].days[17].entries == 2);
    CHECK(cal.months[2].days[17].sum == 13);
    CHECK(cal.months[0].days[1].entries == 1);
    CHECK(cal.months[1].days[30].entries == 0);
    CHECK(cal.months[2].days[24].entries == 1);
    // 30 + 31 + 20 days up to today, three of them with moods, four entries.
    CHECK(cal.days_so_far == 81);
    CHECK(cal.days_logged == 3);
    CHECK(cal.totals.entries == 4);
    CHECK(cal.totals.sum == 20);
}

TEST_CASE("calendar: drawn without colour, each day shows its rounded mean", "[calendar]") {
    std::vector<DayAggregate> days{logged("2026-11-02", 2, 13, 6, 7),
                                   logged("2026-11-20", 2, 19, 9, 10)};
    auto cal = november(days);
    auto text = tend::render::mood_calendar_text(cal, {false, false});
    CHECK(text ==
          "    November 2026\n"
          " Mo Tu We Th Fr Sa Su\n"
          "                    .\n"
          "  7  .  .  .  .  .  .\n"
          "  .  .  .  .  .  .  .\n"
          "  .  .  .  .[10] .  .\n"
          "  .  .  .  .  .  .  .\n"
          "  .\n"
          "\n"
          "Each day shows its mean mood, rounded (6.5 is 7); . no mood; [ ] today.\n"
          "Moods on 2 of 20 days up to today; mean 8.0.\n");
}

TEST_CASE("calendar: drawn in colour, each day's number on its mood's colour", "[calendar]") {
    std::vector<DayAggregate> days{logged("2026-11-02", 1, 1, 1, 1),
                                   logged("2026-11-20", 1, 10, 10, 10)};
    auto cal = november(days);
    auto text = tend::render::mood_calendar_text(cal, {true, true});
    CHECK(text.find("\x1b[38;5;231;48;5;53m 2\x1b[0m") != std::string::npos);
    // Today is bold as well as bracketed.
    CHECK(text.find("[\x1b[1;38;5;16;48;5;220m20\x1b[0m]") != std::string::npos);
    // A day without a mood is its number alone.
    CHECK(text.find("  3  4  5") != std::string::npos);
}

TEST_CASE("calendar: months sit three to a row within 80 columns", "[calendar]") {
    auto cal =
        mood_calendar(calendar_span(d(2026, 11, 20), std::nullopt, true), {}, d(2026, 11, 20));
    auto text = tend::render::mood_calendar_text(cal, {false, true});
    std::size_t widest = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        widest = std::max(widest, tend::util::display_width(text.substr(start, end - start)));
        start = end + 1;
    }
    CHECK(widest <= 80);
    CHECK(text.find("    January 2026            February 2026            March 2026") !=
          std::string::npos);
    CHECK(text.find("No moods on the 324 days up to today.") != std::string::npos);
}

TEST_CASE("calendar: Markdown has a table per month, JSON a day per mood", "[calendar]") {
    std::vector<DayAggregate> days{logged("2026-11-18", 2, 13, 6, 7)};
    auto cal = mood_calendar(calendar_span(d(2026, 11, 20), 2, false), days, d(2026, 11, 20));
    auto md = tend::render::mood_calendar_markdown(cal);
    CHECK(md.starts_with("# Mood calendar, October to November 2026\n"));
    CHECK(md.find("## October 2026") != std::string::npos);
    CHECK(md.find("| 16 | 17 | 18 (7) | 19 | **20** | 21 | 22 |") != std::string::npos);

    auto json = tend::render::mood_calendar_json(cal);
    CHECK(json.dump() ==
          R"({"from":"2026-10-01","to":"2026-11-30","days":[{"day":"2026-11-18","mean":6.5,)"
          R"("count":2,"min":6,"max":7}]})");
}
