// The days of homework the insights compare: the same days adherence counts, each done or not.
#include <random>
#include <vector>

#include <catch2/catch.hpp>

#include "homework_fixtures.hpp"
#include "support.hpp"

#include "core/adherence.hpp"
#include "core/homework_days.hpp"

using namespace tend::core;
using tend::test::day;
using tend::test::item;
using tend::test::sched;

namespace {

Checkoff mark(const char* when, CheckoffStatus status = CheckoffStatus::done, std::int64_t id = 1) {
    Checkoff c;
    c.homework_id = id;
    c.day = day(when);
    c.status = status;
    return c;
}

int count(const HomeworkDays& hd, bool done) {
    int n = 0;
    for (const auto& d : hd.days) n += d.done == done;
    return n;
}

}  // namespace

TEST_CASE("homework days: daily work, done, skipped, missed and pending", "[insights]") {
    auto hw = item(sched(ScheduleKind::daily), day("2026-11-16"));
    hw.title = "walk";
    std::vector<Checkoff> checks{mark("2026-11-17"), mark("2026-11-18", CheckoffStatus::skipped),
                                 mark("2026-11-17", CheckoffStatus::done, 2)};
    auto hd = homework_days(hw, checks, day("2026-11-16"), day("2026-11-22"), day("2026-11-20"));
    CHECK(hd.homework_id == 1);
    CHECK(hd.title == "walk");
    // The 16th is the day of grace; the 20th (today) and later are pending.
    std::vector<HomeworkDay> expected{
        {day("2026-11-17"), true}, {day("2026-11-18"), false}, {day("2026-11-19"), false}};
    CHECK(hd.days == expected);
}

TEST_CASE("homework days: done today counts, and a skip counts whenever", "[insights]") {
    auto hw = item(sched(ScheduleKind::daily), day("2026-11-16"));
    std::vector<Checkoff> checks{mark("2026-11-16"), mark("2026-11-20"),
                                 mark("2026-11-21", CheckoffStatus::skipped)};
    auto hd = homework_days(hw, checks, day("2026-11-16"), day("2026-11-22"), day("2026-11-20"));
    std::vector<HomeworkDay> expected{{day("2026-11-16"), true},  {day("2026-11-17"), false},
                                      {day("2026-11-18"), false}, {day("2026-11-19"), false},
                                      {day("2026-11-20"), true},  {day("2026-11-21"), false}};
    CHECK(hd.days == expected);
}

TEST_CASE("homework days: named weekdays, an extra day, and a drop", "[insights]") {
    // Mondays and Thursdays from Monday 2 Nov; dropped on Thursday 12 Nov, unchecked.
    auto hw = item(sched(ScheduleKind::days, {}, 0b0001001), day("2026-11-02"));
    hw.status = HomeworkStatus::dropped;
    hw.end_day = day("2026-11-12");
    std::vector<Checkoff> checks{mark("2026-11-02"), mark("2026-11-07"),
                                 mark("2026-11-08", CheckoffStatus::skipped)};
    auto hd = homework_days(hw, checks, day("2026-11-01"), day("2026-11-30"), day("2026-11-20"));
    std::vector<HomeworkDay> expected{{day("2026-11-02"), true},
                                      {day("2026-11-05"), false},
                                      {day("2026-11-07"), true},  // Saturday, done anyway
                                      {day("2026-11-09"), false}};
    CHECK(hd.days == expected);
}

TEST_CASE("homework days: weekly work leaves every day open, and one-offs have none",
          "[insights]") {
    auto hw = item(sched(ScheduleKind::weekly, {}, 0, 2), day("2026-11-16"));
    std::vector<Checkoff> checks{mark("2026-11-17"), mark("2026-11-19")};
    auto hd = homework_days(hw, checks, day("2026-11-16"), day("2026-11-22"), day("2026-11-21"));
    // 16th: grace; 17th and 19th done; 18th and 20th not; 21st (today) and 22nd pending.
    CHECK(count(hd, true) == 2);
    CHECK(count(hd, false) == 2);

    auto once = item(sched(ScheduleKind::once, day("2026-11-18")), day("2026-11-16"));
    CHECK(homework_days(once, std::vector<Checkoff>{mark("2026-11-18")}, day("2026-11-01"),
                        day("2026-11-30"), day("2026-11-20"))
              .days.empty());
}

TEST_CASE("homework days agree with adherence on daily and weekday work", "[insights]") {
    // Random items, check-offs and drops: the days done are adherence's done and extra, the
    // days not done its skipped and missing.
    std::mt19937 rng(7);
    auto start = day("2026-01-05");
    for (int trial = 0; trial < 200; ++trial) {
        INFO("trial " << trial);
        bool daily = rng() % 2 == 0;
        auto s = daily ? sched(ScheduleKind::daily)
                       : sched(ScheduleKind::days, {}, 1 + static_cast<WeekdayMask>(rng() % 127));
        auto hw = item(s, add_days(start, static_cast<int>(rng() % 20)));
        std::vector<Checkoff> checks;
        for (int i = 0; i < 60; ++i) {
            auto r = rng() % 4;
            if (r == 0) continue;
            Checkoff c;
            c.homework_id = 1;
            c.day = add_days(start, i);
            c.status = r == 1 ? CheckoffStatus::skipped : CheckoffStatus::done;
            checks.push_back(c);
        }
        if (rng() % 3 == 0) {
            hw.status = HomeworkStatus::dropped;
            hw.end_day = add_days(hw.start_day, static_cast<int>(rng() % 40));
        }
        auto from = add_days(start, static_cast<int>(rng() % 15));
        auto to = add_days(from, static_cast<int>(rng() % 50));
        auto today = add_days(start, static_cast<int>(rng() % 70));
        auto a = adherence_for(hw, checks, from, to, today);
        auto hd = homework_days(hw, checks, from, to, today);
        CHECK(count(hd, true) == a.done + a.extra);
        CHECK(count(hd, false) == a.skipped + a.missing);
    }
}
