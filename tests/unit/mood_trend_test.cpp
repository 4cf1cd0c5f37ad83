// The weekly trend worked by hand: weeks from Monday, a week's mean the mean of its days'
// means, weeks without moods left out, and the direction decided by the slope's interval.
#include <vector>

#include <catch2/catch.hpp>

#include "support.hpp"

#include "core/mood_trend.hpp"

using namespace tend::core;
using tend::test::day;

namespace {

DayAggregate on(const char* when, int entries, long sum) {
    return {day(when), entries, sum, 0, 0};
}

Approx close(double expected) {
    return Approx(expected).epsilon(1e-9);
}

}  // namespace

TEST_CASE("trend: a fall over weeks with a gap, worked by hand", "[insights]") {
    // Week of 5 Jan: Monday two entries (mean 5) and Tuesday one (7): the week's mean is 6,
    // not the entries' 17 / 3. No moods in the week of 12 Jan. Then 5, 4 and 3 (on Sundays and
    // a Wednesday: any day belongs to its Monday's week).
    std::vector<DayAggregate> days{on("2026-01-05", 2, 10), on("2026-01-06", 1, 7),
                                   on("2026-01-13", 0, 0),  on("2026-01-25", 1, 5),
                                   on("2026-02-01", 1, 4),  on("2026-02-04", 1, 3)};
    auto t = weekly_trend(days);
    REQUIRE(t.weeks.size() == 4);
    CHECK(t.weeks[0].monday == day("2026-01-05"));
    CHECK(t.weeks[0].days == 2);
    CHECK(t.weeks[0].entries == 3);
    CHECK(t.weeks[0].mean == close(6.0));
    CHECK(t.weeks[1].monday == day("2026-01-19"));
    CHECK(t.weeks[2].monday == day("2026-01-26"));
    CHECK(t.weeks[3].monday == day("2026-02-02"));
    // x 0, 2, 3, 4 against y 6, 5, 4, 3.
    REQUIRE(t.fit);
    CHECK(t.fit->slope == close(-0.74285714285714286));
    CHECK(t.fit->intercept == close(6.1714285714285714));
    CHECK(t.fit->standard_error == close(0.098974331861078702));
    CHECK(t.fit->interval.low == close(-1.1687093220143425));
    CHECK(t.fit->interval.high == close(-0.31700496369994324));
    CHECK(t.fit->p_value == close(0.017292370176009209));
    CHECK(t.direction == Direction::falling);
    CHECK(t.fitted_change() == close(-2.9714285714285714));  // over the 4 weeks between
    CHECK(direction_name(t.direction) == "falling");
}

TEST_CASE("trend: under four weeks with moods there is none", "[insights]") {
    std::vector<DayAggregate> days{on("2026-01-05", 1, 3), on("2026-01-12", 1, 5),
                                   on("2026-01-19", 1, 7)};
    auto t = weekly_trend(days);
    CHECK(t.weeks.size() == 3);
    CHECK_FALSE(t.fit);
    CHECK(t.direction == Direction::too_few);
    CHECK(t.fitted_change() == 0.0);
    days.push_back(on("2026-01-26", 1, 9));
    CHECK(weekly_trend(days).direction == Direction::rising);
    CHECK(weekly_trend({}).weeks.empty());
}

TEST_CASE("trend: a slope whose interval holds zero is steady", "[insights]") {
    std::vector<DayAggregate> days{on("2026-01-05", 1, 5), on("2026-01-12", 1, 7),
                                   on("2026-01-19", 1, 4), on("2026-01-26", 1, 6),
                                   on("2026-02-02", 1, 5)};
    auto t = weekly_trend(days);
    REQUIRE(t.fit);
    CHECK_FALSE(t.fit->interval.excludes_zero());
    CHECK(t.direction == Direction::steady);
}
