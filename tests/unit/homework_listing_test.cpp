// The homework listing's order (due today, overdue, the rest, then closed) and the edit rule
// that a done one-off given a recurring schedule is open again.
#include <algorithm>
#include <vector>

#include <catch2/catch.hpp>

#include "homework_fixtures.hpp"
#include "support.hpp"

#include "core/homework.hpp"

using namespace tend::core;

namespace {

using tend::test::day;
using tend::test::item;
using tend::test::sched;

struct Line {
    Homework homework;
    TodayState today;
};

Line line(std::int64_t id, Schedule schedule, HomeworkStatus status = HomeworkStatus::open) {
    auto hw = item(schedule, day("2026-11-02"), id);
    hw.status = status;
    if (status != HomeworkStatus::open) hw.end_day = day("2026-11-10");
    return {hw, today_state(hw, {}, day("2026-11-20"))};
}

std::vector<std::int64_t> listed(std::vector<Line> lines) {
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
        return listed_before(a.homework, a.today, b.homework, b.today);
    });
    std::vector<std::int64_t> ids;
    for (const auto& l : lines) ids.push_back(l.homework.id);
    return ids;
}

}  // namespace

TEST_CASE("each item falls in one part of the listing") {
    auto due = line(1, sched(ScheduleKind::daily));
    CHECK(listing_group(due.homework, due.today) == ListingGroup::due_today);
    auto late = line(2, sched(ScheduleKind::once, day("2026-11-18")));
    CHECK(listing_group(late.homework, late.today) == ListingGroup::overdue);
    auto whenever = line(3, sched(ScheduleKind::once));
    CHECK(listing_group(whenever.homework, whenever.today) == ListingGroup::open);
    for (auto status : {HomeworkStatus::done, HomeworkStatus::dropped}) {
        auto closed = line(4, sched(ScheduleKind::daily), status);
        CHECK(listing_group(closed.homework, closed.today) == ListingGroup::closed);
    }
}

TEST_CASE("the listing shows due today, overdue (longest first), the rest, then closed") {
    auto ids = listed({
        line(1, sched(ScheduleKind::once), HomeworkStatus::done),
        line(2, sched(ScheduleKind::once, day("2026-11-19"))),
        line(3, sched(ScheduleKind::once)),
        line(4, sched(ScheduleKind::once, day("2026-11-12"))),
        line(5, sched(ScheduleKind::daily)),
        line(6, sched(ScheduleKind::daily), HomeworkStatus::dropped),
        line(7, sched(ScheduleKind::once, day("2026-11-30"))),
        line(8, sched(ScheduleKind::once, day("2026-11-20"))),
    });
    CHECK(ids == std::vector<std::int64_t>{5, 8, 4, 2, 3, 7, 1, 6});
}

TEST_CASE("items in the same part keep their order, by id") {
    auto a = line(1, sched(ScheduleKind::daily));
    auto b = line(2, sched(ScheduleKind::daily));
    CHECK_FALSE(listed_before(a.homework, a.today, b.homework, b.today));
    CHECK_FALSE(listed_before(b.homework, b.today, a.homework, a.today));
    auto late = line(3, sched(ScheduleKind::once, day("2026-11-18")));
    auto same_day = line(4, sched(ScheduleKind::once, day("2026-11-18")));
    CHECK_FALSE(listed_before(late.homework, late.today, same_day.homework, same_day.today));
}

TEST_CASE("a done one-off given a recurring schedule is open again") {
    auto hw = item(sched(ScheduleKind::once), day("2026-11-02"));
    hw.status = HomeworkStatus::done;
    CHECK(reschedule_reopens(hw, sched(ScheduleKind::daily)));
    CHECK(reschedule_reopens(hw, sched(ScheduleKind::days, std::nullopt, 0b101U)));
    CHECK(reschedule_reopens(hw, sched(ScheduleKind::weekly, std::nullopt, 0, 3)));
    // A new due day for a one-off does not reopen it; an open or dropped item is left as it is.
    CHECK_FALSE(reschedule_reopens(hw, sched(ScheduleKind::once, day("2026-11-30"))));
    hw.status = HomeworkStatus::open;
    CHECK_FALSE(reschedule_reopens(hw, sched(ScheduleKind::daily)));
    hw.status = HomeworkStatus::dropped;
    CHECK_FALSE(reschedule_reopens(hw, sched(ScheduleKind::daily)));
}
