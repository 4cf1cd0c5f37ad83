// Adherence arithmetic over tricky calendars: month and year ends, a leap day, daylight-saving
// changes, weeks that straddle the window, items added and dropped mid-window, and one-offs.
#include <optional>
#include <string>

#include <catch2/catch.hpp>

#include "homework_fixtures.hpp"
#include "support.hpp"

#include "core/adherence.hpp"

using namespace tend::core;

namespace {

using tend::test::d;
using tend::test::TimeZone;

using tend::test::item;
using tend::test::sched;

Homework daily(Day start) {
    return item(sched(ScheduleKind::daily), start);
}
Homework weekly(int n, Day start) {
    return item(sched(ScheduleKind::weekly, {}, 0, n), start);
}
Homework once(std::optional<Day> due, Day start) {
    return item(sched(ScheduleKind::once, due), start);
}

Checkoff done(Day day, std::int64_t id = 1) {
    Checkoff c;
    c.homework_id = id;
    c.day = day;
    return c;
}

Checkoff skip(Day day, std::int64_t id = 1) {
    auto c = done(day, id);
    c.status = CheckoffStatus::skipped;
    return c;
}

/// Done on every day from `first` to `last`.
std::vector<Checkoff> done_each(Day first, Day last) {
    std::vector<Checkoff> out;
    for (auto day = first; day <= last; day = add_days(day, 1)) out.push_back(done(day));
    return out;
}

/// Checks the counts of an adherence: scheduled, done, skipped, missing, pending, extra.
void counts(const Adherence& a, int scheduled, int d_, int skipped, int missing, int pending,
            int extra = 0) {
    CHECK(a.scheduled == scheduled);
    CHECK(a.done == d_);
    CHECK(a.skipped == skipped);
    CHECK(a.missing == missing);
    CHECK(a.pending == pending);
    CHECK(a.extra == extra);
}

}  // namespace

TEST_CASE("daily: every day done across a month end") {
    auto hw = daily(d(2026, 1, 29));
    auto a = adherence_for(hw, done_each(d(2026, 1, 29), d(2026, 2, 2)), d(2026, 1, 29),
                           d(2026, 2, 2), d(2026, 2, 3));
    counts(a, 5, 5, 0, 0, 0);
    CHECK(a.share == 1.0);
    CHECK(a.streak_unit == StreakUnit::days);
    CHECK(a.current_streak == 5);
    CHECK(a.longest_streak == 5);
}

TEST_CASE("daily: a leap day is a day like any other") {
    auto hw = daily(d(2028, 2, 27));
    auto checks = done_each(d(2028, 2, 27), d(2028, 3, 2));
    auto a = adherence_for(hw, checks, d(2028, 2, 28), d(2028, 3, 1), d(2028, 3, 3));
    counts(a, 3, 3, 0, 0, 0);      // 28, 29 Feb and 1 Mar
    CHECK(a.current_streak == 5);  // 27 Feb to 2 Mar; 3 Mar is still open
    CHECK(a.longest_streak == 5);
    // 2026 has no 29 February: the same dates hold one day fewer.
    auto plain = adherence_for(daily(d(2026, 2, 27)), done_each(d(2026, 2, 27), d(2026, 3, 2)),
                               d(2026, 2, 28), d(2026, 3, 1), d(2026, 3, 3));
    counts(plain, 2, 2, 0, 0, 0);
}

TEST_CASE("daily: today is pending until checked off, never missing") {
    auto hw = daily(d(2026, 11, 16));
    auto today = d(2026, 11, 20);
    auto a = adherence_for(hw, done_each(d(2026, 11, 16), d(2026, 11, 19)), d(2026, 11, 16), today,
                           today);
    counts(a, 4, 4, 0, 0, 1);
    CHECK(a.current_streak == 4);
    a = adherence_for(hw, done_each(d(2026, 11, 16), today), d(2026, 11, 16), today, today);
    counts(a, 5, 5, 0, 0, 0);
    CHECK(a.current_streak == 5);
    // A window reaching past today: the days to come are pending too. The day it was set
    // counts only when it was checked off.
    a = adherence_for(hw, {}, d(2026, 11, 16), d(2026, 11, 22), today);
    counts(a, 3, 0, 0, 3, 3);
    CHECK(a.share == 0.0);
    a = adherence_for(hw, std::vector<Checkoff>{skip(d(2026, 11, 16))}, d(2026, 11, 16),
                      d(2026, 11, 22), today);
    counts(a, 4, 0, 1, 3, 3);
}

TEST_CASE("the day daily work was set is a day of grace") {
    auto hw = daily(d(2026, 11, 17));
    std::vector<Checkoff> checks{done(d(2026, 11, 18)), done(d(2026, 11, 19))};
    auto a = adherence_for(hw, checks, d(2026, 11, 17), d(2026, 11, 19), d(2026, 11, 20));
    counts(a, 2, 2, 0, 0, 0);
    CHECK(a.current_streak == 2);
    // On the day itself it is due like any other day.
    a = adherence_for(hw, {}, d(2026, 11, 17), d(2026, 11, 17), d(2026, 11, 17));
    counts(a, 0, 0, 0, 0, 1);
    checks.push_back(done(d(2026, 11, 17)));
    a = adherence_for(hw, checks, d(2026, 11, 17), d(2026, 11, 19), d(2026, 11, 20));
    counts(a, 3, 3, 0, 0, 0);
    CHECK(a.current_streak == 3);
}

TEST_CASE("a skip neither extends nor breaks a streak; a missed day ends it") {
    auto hw = daily(d(2026, 11, 16));
    auto today = d(2026, 11, 21);
    std::vector<Checkoff> checks{done(d(2026, 11, 16)), done(d(2026, 11, 17)),
                                 skip(d(2026, 11, 18)), done(d(2026, 11, 19)),
                                 done(d(2026, 11, 20))};
    auto a = adherence_for(hw, checks, d(2026, 11, 16), d(2026, 11, 20), today);
    counts(a, 5, 4, 1, 0, 0);
    CHECK(*a.share == Approx(0.8));
    CHECK(a.current_streak == 4);
    CHECK(a.longest_streak == 4);

    checks[2] = done(d(2026, 11, 15));  // before it started: does not count
    a = adherence_for(hw, checks, d(2026, 11, 16), d(2026, 11, 20), today);
    counts(a, 5, 4, 0, 1, 0);
    CHECK(a.current_streak == 2);
    CHECK(a.longest_streak == 2);
}

TEST_CASE("added mid-window: only days from its start count") {
    auto hw = daily(d(2026, 11, 18));  // a Wednesday
    std::vector<Checkoff> checks{done(d(2026, 11, 18)), done(d(2026, 11, 19)),
                                 done(d(2026, 11, 21)), done(d(2026, 11, 22))};
    auto a = adherence_for(hw, checks, d(2026, 11, 16), d(2026, 11, 22), d(2026, 11, 23));
    counts(a, 5, 4, 0, 1, 0);
    CHECK(*a.share == Approx(0.8));
    CHECK(a.current_streak == 2);  // 21 and 22; the 23rd is today
    CHECK(a.longest_streak == 2);
    // A window wholly before it started: nothing at all.
    a = adherence_for(hw, checks, d(2026, 11, 9), d(2026, 11, 15), d(2026, 11, 23));
    counts(a, 0, 0, 0, 0, 0);
    CHECK_FALSE(a.share);
    CHECK(a.longest_streak == 0);
}

TEST_CASE("dropped mid-window: days from the drop on do not count, unless checked off") {
    auto hw = daily(d(2026, 11, 16));
    hw.status = HomeworkStatus::dropped;
    hw.end_day = d(2026, 11, 19);
    std::vector<Checkoff> checks{done(d(2026, 11, 16)), done(d(2026, 11, 17))};
    auto a = adherence_for(hw, checks, d(2026, 11, 16), d(2026, 11, 22), d(2026, 11, 25));
    counts(a, 3, 2, 0, 1, 0);
    CHECK(a.current_streak == 0);
    CHECK(a.longest_streak == 2);

    checks.push_back(done(d(2026, 11, 19)));
    a = adherence_for(hw, checks, d(2026, 11, 16), d(2026, 11, 22), d(2026, 11, 25));
    counts(a, 4, 3, 0, 1, 0);
    CHECK(a.current_streak == 1);
}

TEST_CASE("days: only the named weekdays are asked for; others are extra") {
    auto hw = item(sched(ScheduleKind::days, {}, 0b0010101U), d(2026, 11, 2));  // mon, wed, fri
    std::vector<Checkoff> checks{done(d(2026, 11, 2)),  done(d(2026, 11, 4)),
                                 done(d(2026, 11, 6)),  done(d(2026, 11, 9)),
                                 done(d(2026, 11, 10)), done(d(2026, 11, 13))};
    auto a = adherence_for(hw, checks, d(2026, 11, 2), d(2026, 11, 15), d(2026, 11, 16));
    counts(a, 6, 5, 0, 1, 0, 1);  // Wed 11 missing; Tue 10 extra
    CHECK(a.streak_unit == StreakUnit::occurrences);
    CHECK(a.current_streak == 1);  // Fri 13; Mon 16 is today
    CHECK(a.longest_streak == 4);  // 2, 4, 6, 9
}

TEST_CASE("weekly: weeks met, a skip covering a shortfall, extra beyond N") {
    auto hw = weekly(3, d(2026, 11, 2));
    std::vector<Checkoff> checks{
        done(d(2026, 11, 2)),  done(d(2026, 11, 4)),  done(d(2026, 11, 6)),   // met
        done(d(2026, 11, 10)), done(d(2026, 11, 12)), skip(d(2026, 11, 14)),  // neutral
        done(d(2026, 11, 16)), done(d(2026, 11, 17)), done(d(2026, 11, 18)),
        done(d(2026, 11, 19))};  // this week: met, one extra
    auto today = d(2026, 11, 20);
    auto a = adherence_for(hw, checks, d(2026, 11, 2), today, today);
    // This week's part up to today asks for 2 (5 days); what was done counts up to 3.
    counts(a, 9, 8, 1, 0, 0, 1);
    // In weeks: two met, one short but made up by a skip; this week is met already.
    REQUIRE(a.weeks);
    CHECK(a.weeks->judged == 3);
    CHECK(a.weeks->met == 2);
    CHECK(a.weeks->skipped == 1);
    CHECK(a.weeks->missed == 0);
    REQUIRE(a.weeks->this_week);
    CHECK(a.weeks->this_week->done == 4);
    CHECK(a.weeks->this_week->quota == 3);
    CHECK(*a.share == Approx(2.0 / 3));
    CHECK(a.streak_unit == StreakUnit::weeks);
    CHECK(a.current_streak == 2);
    CHECK(a.longest_streak == 2);

    checks.erase(checks.begin() + 5);  // no skip: the second week falls short
    a = adherence_for(hw, checks, d(2026, 11, 2), today, today);
    counts(a, 9, 8, 0, 1, 0, 1);
    CHECK(a.weeks->missed == 1);
    CHECK(a.current_streak == 1);
    CHECK(a.longest_streak == 1);
}

TEST_CASE("weekly: the current week is pending, and counts as met only when it is") {
    auto hw = weekly(3, d(2026, 11, 9));
    std::vector<Checkoff> checks{done(d(2026, 11, 9)), done(d(2026, 11, 11)), done(d(2026, 11, 13)),
                                 done(d(2026, 11, 17))};
    auto today = d(2026, 11, 18);
    // The week as a whole: one done, two to go.
    auto a = adherence_for(hw, checks, d(2026, 11, 16), d(2026, 11, 22), today);
    counts(a, 1, 1, 0, 0, 2);
    CHECK(a.weeks->judged == 0);  // so far, never missed
    CHECK(a.weeks->missed == 0);
    CHECK(a.weeks->this_week->done == 1);
    CHECK_FALSE(a.share);
    CHECK(a.current_streak == 1);  // last week; this one is not met yet, nor broken
    checks.push_back(done(d(2026, 11, 18)));
    checks.push_back(done(d(2026, 11, 18)));  // the same day twice counts once
    a = adherence_for(hw, checks, d(2026, 11, 16), d(2026, 11, 22), today);
    counts(a, 2, 2, 0, 0, 1);
    checks.push_back(done(d(2026, 11, 16)));
    a = adherence_for(hw, checks, d(2026, 11, 16), d(2026, 11, 22), today);
    counts(a, 3, 3, 0, 0, 0);
    CHECK(a.current_streak == 2);
}

TEST_CASE("weekly: a week meeting the window is judged whole, days outside it included") {
    auto hw = weekly(3, d(2026, 11, 2));
    std::vector<Checkoff> checks{done(d(2026, 11, 2)), done(d(2026, 11, 4)), done(d(2026, 11, 6)),
                                 done(d(2026, 11, 10))};
    // Wed 4 to Tue 10 meets two whole weeks: the first met, the second (over by the 20th) not.
    auto a = adherence_for(hw, checks, d(2026, 11, 4), d(2026, 11, 10), d(2026, 11, 20));
    counts(a, 6, 4, 0, 2, 0);
    CHECK(a.weeks->judged == 2);
    CHECK(a.weeks->met == 1);
    CHECK(a.weeks->missed == 1);
    CHECK_FALSE(a.weeks->this_week);
    // Thu 5 to Sun 8: the week of Mon 2, met by Monday's and Wednesday's walks too.
    a = adherence_for(hw, checks, d(2026, 11, 5), d(2026, 11, 8), d(2026, 11, 20));
    counts(a, 3, 3, 0, 0, 0);
    CHECK(a.weeks->met == 1);
    CHECK(*a.share == 1.0);
    // A weekend of a once-a-week item is its whole week.
    auto once_a_week = weekly(1, d(2026, 11, 2));
    a = adherence_for(once_a_week, std::vector<Checkoff>{done(d(2026, 11, 3))}, d(2026, 11, 7),
                      d(2026, 11, 8), d(2026, 11, 20));
    counts(a, 1, 1, 0, 0, 0);
    a = adherence_for(once_a_week, {}, d(2026, 11, 7), d(2026, 11, 8), d(2026, 11, 20));
    counts(a, 1, 0, 0, 1, 0);
    CHECK(a.weeks->missed == 1);
    CHECK(*a.share == 0.0);
}

TEST_CASE("weekly: walks just before a session still meet their week") {
    // hw add Walk --times 3 --per week on Mon 9 Nov; walks Mon 9, Thu 12, Fri 13; a session on
    // Tue 10; the summary on Tue 17 Nov.
    auto hw = weekly(3, d(2026, 11, 9));
    std::vector<Checkoff> checks{done(d(2026, 11, 9)), done(d(2026, 11, 12)),
                                 done(d(2026, 11, 13))};
    auto today = d(2026, 11, 17);
    auto a = adherence_for(hw, checks, d(2026, 11, 10), today, today);
    counts(a, 3, 3, 0, 0, 3);
    CHECK(a.weeks->judged == 1);
    CHECK(a.weeks->met == 1);
    CHECK(a.weeks->missed == 0);
    REQUIRE(a.weeks->this_week);
    CHECK(a.weeks->this_week->done == 0);
    CHECK(a.weeks->this_week->quota == 3);
    CHECK(a.current_streak == 1);
    CHECK(a.longest_streak == 1);
    // The same on the Sunday the week ends: met, so it is judged even while it runs.
    a = adherence_for(hw, checks, d(2026, 11, 10), d(2026, 11, 15), d(2026, 11, 15));
    CHECK(a.weeks->judged == 1);
    CHECK(a.weeks->met == 1);
    CHECK(a.weeks->this_week->done == 3);
    CHECK(a.pending == 0);
}

TEST_CASE("weekly: the first week asks what tend hw shows, at least once") {
    // Added on a Saturday: two days of a once-a-week item ask for 1, as the listing says.
    auto hw = weekly(1, d(2026, 11, 7));
    auto p = week_progress(hw, {}, d(2026, 11, 7));
    CHECK(p.quota == 1);
    auto a = adherence_for(hw, {}, d(2026, 11, 7), d(2026, 11, 8), d(2026, 11, 10));
    counts(a, 1, 0, 0, 1, 0);
    CHECK(a.weeks->missed == 1);
    // Three times a week from a Thursday: four days ask for 2, in the listing and the summary.
    auto walk = weekly(3, d(2026, 11, 5));
    CHECK(week_progress(walk, {}, d(2026, 11, 8)).quota == 2);
    a = adherence_for(walk, std::vector<Checkoff>{done(d(2026, 11, 5)), done(d(2026, 11, 8))},
                      d(2026, 11, 5), d(2026, 11, 8), d(2026, 11, 9));
    counts(a, 2, 2, 0, 0, 0);
    CHECK(a.weeks->met == 1);
}

TEST_CASE("weekly: added and dropped mid-week, across a year end") {
    // Added Thursday 31 Dec: four days of that week ask for 2 of 3.
    auto hw = weekly(3, d(2026, 12, 31));
    std::vector<Checkoff> checks{done(d(2027, 1, 1)), done(d(2027, 1, 3))};
    auto a = adherence_for(hw, checks, d(2026, 12, 28), d(2027, 1, 3), d(2027, 1, 10));
    counts(a, 2, 2, 0, 0, 0);
    CHECK(a.current_streak == 1);  // the week of 4 Jan is still going on 10 Jan
    a = adherence_for(hw, checks, d(2026, 12, 28), d(2027, 1, 3), d(2027, 1, 11));
    CHECK(a.current_streak == 0);  // and it went by with nothing
    CHECK(a.longest_streak == 1);

    // Dropped on Wednesday 6 Jan: Monday and Tuesday ask for 1.
    hw.status = HomeworkStatus::dropped;
    hw.end_day = d(2027, 1, 6);
    a = adherence_for(hw, checks, d(2027, 1, 4), d(2027, 1, 10), d(2027, 1, 20));
    counts(a, 1, 0, 0, 1, 0);
    CHECK(a.current_streak == 0);
}

TEST_CASE("the longest streak reaching into the window is counted in full") {
    auto hw = daily(d(2026, 11, 1));
    auto checks = done_each(d(2026, 11, 1), d(2026, 11, 10));
    checks.push_back(done(d(2026, 11, 12)));
    checks.push_back(done(d(2026, 11, 13)));
    auto today = d(2026, 11, 20);
    auto a = adherence_for(hw, checks, d(2026, 11, 9), d(2026, 11, 15), today);
    counts(a, 7, 4, 0, 3, 0);
    CHECK(a.current_streak == 0);
    CHECK(a.longest_streak == 10);
    a = adherence_for(hw, checks, d(2026, 11, 16), today, today);
    counts(a, 4, 0, 0, 4, 1);
    CHECK(a.longest_streak == 0);

    // A streak reaching back before a window that holds today.
    auto all = done_each(d(2026, 11, 1), today);
    a = adherence_for(hw, all, d(2026, 11, 18), today, today);
    counts(a, 3, 3, 0, 0, 0);
    CHECK(a.current_streak == 20);
    CHECK(a.longest_streak == 20);
}

TEST_CASE("one-offs: due inside or outside the window, done, skipped, or not yet") {
    auto start = d(2026, 11, 16), today = d(2026, 11, 20);
    auto from = d(2026, 11, 16), to = d(2026, 11, 22);
    auto letter = once(d(2026, 11, 18), start);

    auto a = adherence_for(letter, {}, from, to, today);  // due Wednesday, not done
    counts(a, 1, 0, 0, 1, 0);
    CHECK(a.share == 0.0);
    CHECK(a.streak_unit == StreakUnit::none);

    letter.status = HomeworkStatus::done;
    letter.end_day = d(2026, 11, 17);
    a = adherence_for(letter, std::vector<Checkoff>{done(d(2026, 11, 17))}, from, to,
                      today);  // done early
    counts(a, 1, 1, 0, 0, 0);
    CHECK(a.current_streak == 0);
    // Dated on the day it was done: not in a window of its due day alone.
    a = adherence_for(letter, std::vector<Checkoff>{done(d(2026, 11, 17))}, d(2026, 11, 18),
                      d(2026, 11, 18), today);
    counts(a, 0, 0, 0, 0, 0);
    CHECK_FALSE(a.share);

    auto sunday = once(d(2026, 11, 22), start);
    counts(adherence_for(sunday, {}, from, to, today), 0, 0, 0, 0, 1);
    auto later = once(d(2026, 11, 30), start);
    counts(adherence_for(later, {}, from, to, today), 0, 0, 0, 0, 0);
    auto whenever = once(std::nullopt, start);
    counts(adherence_for(whenever, {}, from, to, today), 0, 0, 0, 0, 1);
    counts(adherence_for(whenever, {}, d(2026, 11, 1), d(2026, 11, 10), today), 0, 0, 0, 0, 0);
    counts(adherence_for(whenever, std::vector<Checkoff>{skip(d(2026, 11, 19))}, from, to, today),
           1, 0, 1, 0, 0);
    // Skipped, then done another day: done.
    counts(
        adherence_for(whenever, std::vector<Checkoff>{skip(d(2026, 11, 19)), done(d(2026, 11, 20))},
                      from, to, today),
        1, 1, 0, 0, 0);
}

TEST_CASE("one-offs dropped: missing only if due before the drop") {
    auto start = d(2026, 11, 16), today = d(2026, 11, 25);
    auto from = d(2026, 11, 16), to = d(2026, 11, 22);
    for (auto [due, missing] :
         {std::pair{d(2026, 11, 18), 1}, {d(2026, 11, 19), 0}, {d(2026, 11, 21), 0}}) {
        auto hw = once(due, start);
        hw.status = HomeworkStatus::dropped;
        hw.end_day = d(2026, 11, 19);
        auto a = adherence_for(hw, {}, from, to, today);
        CHECK(a.missing == missing);
        CHECK(a.scheduled == missing);
        CHECK(a.pending == 0);
    }
}

TEST_CASE("other items' check-offs are ignored; many items come back in order") {
    auto one = daily(d(2026, 11, 16));
    auto two = item(sched(ScheduleKind::daily), d(2026, 11, 16), 2);
    std::vector<Checkoff> checks{done(d(2026, 11, 16), 2), done(d(2026, 11, 17), 2),
                                 done(d(2026, 11, 16), 1)};
    auto all = adherence_for(std::vector<Homework>{two, one}, checks, d(2026, 11, 16),
                             d(2026, 11, 17), d(2026, 11, 18));
    REQUIRE(all.size() == 2);
    CHECK(all[0].homework_id == 2);
    counts(all[0], 2, 2, 0, 0, 0);
    CHECK(all[1].homework_id == 1);
    counts(all[1], 2, 1, 0, 1, 0);
}

TEST_CASE("check-offs grouped by item keep each item's order, sorted or not") {
    auto skip_then_done = [](std::int64_t id) {
        return std::vector<Checkoff>{skip(d(2026, 11, 16), id), done(d(2026, 11, 16), id)};
    };
    std::vector<Checkoff> mixed{done(d(2026, 11, 17), 3)};
    for (const auto& c : skip_then_done(1)) mixed.push_back(c);
    mixed.push_back(done(d(2026, 11, 18), 3));
    for (const auto& c : skip_then_done(2)) mixed.push_back(c);
    for (bool sorted : {false, true}) {
        auto given = mixed;
        if (sorted)
            std::stable_sort(given.begin(), given.end(), [](const auto& a, const auto& b) {
                return a.homework_id < b.homework_id;
            });
        CheckoffsByItem by_item(given);
        for (std::int64_t id : {1, 2}) {
            auto of = by_item.of(id);
            REQUIRE(of.size() == 2);
            CHECK(of[0].status == CheckoffStatus::skipped);
            CHECK(of[1].status == CheckoffStatus::done);
            CHECK(of[0].homework_id == id);
        }
        auto third = by_item.of(3);
        REQUIRE(third.size() == 2);
        CHECK(third[0].day == d(2026, 11, 17));
        CHECK(third[1].day == d(2026, 11, 18));
        CHECK(by_item.of(4).empty());
        CHECK(by_item.of(0).empty());
        auto hw = item(sched(ScheduleKind::daily), d(2026, 11, 16), 1);
        // The later of the day's two wins it.
        CHECK(checkoff_marks(hw, by_item.of(1)).at(d(2026, 11, 16)) == CheckoffStatus::done);
    }
    CHECK(CheckoffsByItem(std::vector<Checkoff>{}).of(1).empty());
}

TEST_CASE("daylight-saving weeks have seven days, in Berlin and Los Angeles") {
    for (auto [zone, sunday] : {std::pair{"Europe/Berlin", d(2026, 3, 29)},
                                {"Europe/Berlin", d(2026, 10, 25)},
                                {"America/Los_Angeles", d(2026, 3, 8)},
                                {"America/Los_Angeles", d(2026, 11, 1)}}) {
        TimeZone tz(zone);
        auto monday = week_start(sunday);
        CHECK(days_between(monday, sunday) == 6);
        auto hw = daily(monday);
        std::vector<Checkoff> checks;
        // Check-offs written at 02:30 local time, skipped or repeated on the change's night,
        // and just before midnight: each still falls on its own local day.
        for (auto day = monday; day <= sunday; day = add_days(day, 1)) {
            for (auto time : {TimeOfDay{2, 30, 0}, TimeOfDay{23, 59, 0}}) {
                auto c = done(day_of(local_instant(day, time)));
                CHECK(c.day == day);
                checks.push_back(c);
            }
        }
        auto a = adherence_for(hw, checks, monday, sunday, add_days(sunday, 1));
        counts(a, 7, 7, 0, 0, 0);
        CHECK(a.current_streak == 7);
        auto walk = weekly(3, monday);
        a = adherence_for(walk, checks, monday, sunday, add_days(sunday, 1));
        counts(a, 3, 3, 0, 0, 0, 4);
    }
}
