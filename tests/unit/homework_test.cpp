// The schedule rules of homework: options into schedules, weekdays, weeks and their quotas,
// and where an item stands today.
#include <catch2/catch.hpp>

#include "support.hpp"

#include "homework_fixtures.hpp"

#include "core/homework.hpp"
#include "util/error.hpp"

using namespace tend::core;

namespace {

using tend::test::d;

Clock clock_on(Day day) {
    return {start_of(day)};
}

using tend::test::usage_message;

using tend::test::item;
using tend::test::sched;

Checkoff check(Day day, CheckoffStatus status = CheckoffStatus::done, std::int64_t id = 1) {
    Checkoff c;
    c.homework_id = id;
    c.day = day;
    c.status = status;
    return c;
}

Schedule weekly(int n) {
    return sched(ScheduleKind::weekly, std::nullopt, 0, n);
}

}  // namespace

TEST_CASE("weekday lists become masks, Monday in bit 0") {
    CHECK(parse_weekdays("mon,wed,fri", "--days") == 0b0010101U);
    CHECK(parse_weekdays("Sunday, TUE ,thurs", "--days") == ((1U << 6) | (1U << 1) | (1U << 3)));
    CHECK(parse_weekdays("mon,mon", "--days") == 1U);
    CHECK(weekday_names(0b1010101U) == std::vector<std::string>{"mon", "wed", "fri", "sun"});
    CHECK(usage_message([] { (void)parse_weekdays("mon,funday", "--days"); }) ==
          "--days must be weekday names separated by commas, such as mon,wed,fri (got "
          "\"mon,funday\")");
    for (auto bad : {"", "mon,", ",mon", "mo", "1", "mon;wed"})
        CHECK_THROWS_AS(parse_weekdays(bad, "--days"), tend::Error);
}

TEST_CASE("schedule options: one at a time, checked") {
    auto clock = clock_on(d(2026, 11, 20));  // a Friday
    ScheduleFlags none;
    CHECK_FALSE(schedule_from_flags(none, clock));

    ScheduleFlags due;
    due.due = "mon";  // looks ahead
    CHECK(schedule_from_flags(due, clock)->due == d(2026, 11, 23));
    due.due = "fri";  // today included
    CHECK(schedule_from_flags(due, clock)->due == d(2026, 11, 20));
    due.due = "fri 17:00";
    CHECK_THAT(usage_message([&] { (void)schedule_from_flags(due, clock); }),
               Catch::StartsWith("--due takes a day"));

    ScheduleFlags days;
    days.days = "tue,thu";
    auto s = *schedule_from_flags(days, clock);
    CHECK(s.kind == ScheduleKind::days);
    CHECK(s.weekdays == 0b0001010U);

    ScheduleFlags times;
    times.times = "3";
    times.per = "Week";
    CHECK(*schedule_from_flags(times, clock) == weekly(3));

    ScheduleFlags both;
    both.daily = true;
    both.days = "mon";
    CHECK(usage_message([&] { (void)schedule_from_flags(both, clock); }) ==
          "give one schedule: --due WHEN, --daily, --days LIST or --times N --per week (got "
          "--daily and --days)");
}

TEST_CASE("N times a week needs --per week and N from 1 to 7") {
    auto clock = clock_on(d(2026, 11, 20));
    ScheduleFlags f;
    f.times = "3";
    CHECK_THAT(usage_message([&] { (void)schedule_from_flags(f, clock); }),
               Catch::StartsWith("--times needs --per week"));
    f.times.reset();
    f.per = "week";
    CHECK_THAT(usage_message([&] { (void)schedule_from_flags(f, clock); }),
               Catch::StartsWith("--per needs --times N"));
    f.per = "month";
    f.times = "3";
    CHECK(usage_message([&] { (void)schedule_from_flags(f, clock); }) ==
          "--per must be week (got \"month\")");
    f.per = "week";
    for (auto bad : {"0", "8", "-1", "2.5", "three", ""}) {
        f.times = bad;
        CHECK_THAT(usage_message([&] { (void)schedule_from_flags(f, clock); }),
                   Catch::StartsWith("--times must be a whole number from 1 to 7"));
    }
    f.times = "7";
    CHECK(schedule_from_flags(f, clock)->times_per_week == 7);
}

TEST_CASE("weeks start on Monday, across month, year and leap-day ends") {
    CHECK(week_start(d(2026, 11, 16)) == d(2026, 11, 16));
    CHECK(week_start(d(2026, 11, 22)) == d(2026, 11, 16));
    CHECK(week_start(d(2027, 1, 1)) == d(2026, 12, 28));
    CHECK(week_start(d(2026, 3, 1)) == d(2026, 2, 23));
    CHECK(week_start(d(2028, 3, 1)) == d(2028, 2, 28));
    CHECK(week_start(d(2028, 2, 29)) == d(2028, 2, 28));
    CHECK(week_start(d(2026, 3, 29)) == d(2026, 3, 23));  // the day clocks go forward
}

TEST_CASE("which days ask for the work") {
    auto mwf = sched(ScheduleKind::days, std::nullopt, 0b0010101U, 0);
    CHECK(scheduled_on(mwf, d(2026, 11, 16)));
    CHECK_FALSE(scheduled_on(mwf, d(2026, 11, 17)));
    CHECK(scheduled_on(mwf, d(2026, 11, 20)));
    CHECK_FALSE(scheduled_on(mwf, d(2026, 11, 22)));
    CHECK(scheduled_on(mwf, d(2028, 2, 28)));
    CHECK_FALSE(scheduled_on(mwf, d(2028, 2, 29)));  // a Tuesday
    auto daily = sched(ScheduleKind::daily);
    CHECK(scheduled_on(daily, d(2028, 2, 29)));
    auto once = sched(ScheduleKind::once, d(2026, 11, 18));
    CHECK(scheduled_on(once, d(2026, 11, 18)));
    CHECK_FALSE(scheduled_on(once, d(2026, 11, 19)));
    CHECK_FALSE(is_recurring(once));
    CHECK(is_recurring(daily));
}

TEST_CASE("a part of a week asks for its share of the week, rounded") {
    CHECK(prorated_quota(3, 7) == 3);
    CHECK(prorated_quota(3, 4) == 2);  // 1.71
    CHECK(prorated_quota(3, 2) == 1);  // 0.86
    CHECK(prorated_quota(3, 1) == 0);  // 0.43
    CHECK(prorated_quota(1, 3) == 0);  // 0.43
    CHECK(prorated_quota(1, 4) == 1);  // 0.57
    CHECK(prorated_quota(5, 5) == 4);  // 3.57
    CHECK(prorated_quota(7, 1) == 1);
    CHECK(prorated_quota(7, 3) == 3);
    CHECK(prorated_quota(3, 0) == 0);
}

TEST_CASE("titles and steps must say something") {
    CHECK(check_title("Breathe") == "Breathe");
    CHECK_THAT(usage_message([] { check_title("   "); }),
               Catch::StartsWith("homework needs a title"));
    CHECK_THROWS_AS(check_title(""), tend::Error);
    CHECK_THROWS_AS(check_title("bad \xff"), tend::Error);
    CHECK_THROWS_AS(check_step("\t"), tend::Error);
}

TEST_CASE("today: due, checked off, overdue") {
    auto today = d(2026, 11, 20);  // Friday
    auto daily = item(sched(ScheduleKind::daily), d(2026, 11, 16));
    auto st = today_state(daily, {}, today);
    CHECK(st.due);
    CHECK_FALSE(st.checked);
    CHECK(listing_group(daily, st) == ListingGroup::due_today);

    st = today_state(daily, {check(today), check(today, CheckoffStatus::done, 2)}, today);
    CHECK_FALSE(st.due);
    CHECK(st.checked == CheckoffStatus::done);
    CHECK(listing_group(daily, st) == ListingGroup::open);
    CHECK(today_state(daily, {check(today, CheckoffStatus::skipped)}, today).checked ==
          CheckoffStatus::skipped);

    auto tue = item(sched(ScheduleKind::days, std::nullopt, 0b10U), d(2026, 11, 16));
    CHECK_FALSE(today_state(tue, {}, today).due);

    auto late = item(sched(ScheduleKind::once, d(2026, 11, 18)), d(2026, 11, 16));
    st = today_state(late, {}, today);
    CHECK(st.overdue);
    CHECK_FALSE(st.due);
    CHECK(listing_group(late, st) == ListingGroup::overdue);
    auto on_time = item(sched(ScheduleKind::once, today), d(2026, 11, 16));
    CHECK(today_state(on_time, {}, today).due);
    auto whenever = item(sched(ScheduleKind::once), d(2026, 11, 16));
    CHECK(listing_group(whenever, today_state(whenever, {}, today)) == ListingGroup::open);

    late.status = HomeworkStatus::done;
    st = today_state(late, {}, today);
    CHECK_FALSE(st.overdue);
    CHECK(listing_group(late, st) == ListingGroup::closed);
}

TEST_CASE("weekly work is due until the week's quota is met") {
    auto today = d(2026, 11, 20);
    auto walk = item(weekly(3), d(2026, 11, 2));
    auto st = today_state(walk, {check(d(2026, 11, 16)), check(d(2026, 11, 18))}, today);
    CHECK(st.due);
    CHECK(st.week_done == 2);
    CHECK(st.week_quota == 3);
    st = today_state(walk,
                     {check(d(2026, 11, 15)), check(d(2026, 11, 16)), check(d(2026, 11, 17)),
                      check(d(2026, 11, 18))},
                     today);
    CHECK_FALSE(st.due);  // the Sunday before belongs to last week
    CHECK(st.week_done == 3);

    // Added on Thursday: four days of the week, two of its three.
    auto late = item(weekly(3), d(2026, 11, 19));
    CHECK(week_progress(late, {}, today).quota == 2);
    // Added on Sunday, once a week: the part asks for none, but it is still worth a nudge.
    auto sunday = item(weekly(1), d(2026, 11, 22));
    CHECK(week_progress(sunday, {}, d(2026, 11, 22)).quota == 1);
    CHECK(today_state(sunday, {}, d(2026, 11, 22)).due);
}

TEST_CASE("status and kind names round-trip") {
    for (auto k :
         {ScheduleKind::once, ScheduleKind::daily, ScheduleKind::days, ScheduleKind::weekly})
        CHECK(parse_schedule_kind(schedule_kind_name(k)) == k);
    for (auto s : {HomeworkStatus::open, HomeworkStatus::done, HomeworkStatus::dropped})
        CHECK(parse_homework_status(homework_status_name(s)) == s);
    for (auto s : {CheckoffStatus::done, CheckoffStatus::skipped})
        CHECK(parse_checkoff_status(checkoff_status_name(s)) == s);
    CHECK_FALSE(parse_schedule_kind("monthly"));
}
