// The homework detail of the summary: notes written when checking off, the backup plan done
// instead (counted as done), a one-off done late, steps; and what the last step does.
#include <catch2/catch.hpp>

#include "homework_fixtures.hpp"
#include "support.hpp"

#include "core/adherence.hpp"
#include "core/checkoff.hpp"
#include "core/summary.hpp"

using namespace tend::core;
using tend::test::d;
using tend::test::item;
using tend::test::sched;

namespace {

Checkoff checkoff(Day day, CheckoffStatus status, std::string note = "") {
    Checkoff c;
    c.homework_id = 1;
    c.day = day;
    c.status = status;
    c.note = std::move(note);
    c.at = start_of(day);
    c.at.utc += 12 * 3600;
    return c;
}

/// Mon 9 to Sun 15 Nov 2026, read on Sun 15 at noon.
SummaryWindow week() {
    return SummaryWindow{d(2026, 11, 9), d(2026, 11, 15), WindowBasis::given,
                         start_of(d(2026, 11, 9)), start_of(d(2026, 11, 16))};
}

}  // namespace

TEST_CASE("the backup plan done instead counts as done, never as a skip") {
    CHECK(counts_as_done(CheckoffStatus::done));
    CHECK(counts_as_done(CheckoffStatus::plan));
    CHECK_FALSE(counts_as_done(CheckoffStatus::skipped));
    CHECK(checkoff_status_name(CheckoffStatus::plan) == "plan");
    CHECK(parse_checkoff_status("plan") == CheckoffStatus::plan);

    auto hw = item(sched(ScheduleKind::daily), d(2026, 11, 8));
    std::vector<Checkoff> cs{checkoff(d(2026, 11, 9), CheckoffStatus::done),
                             checkoff(d(2026, 11, 10), CheckoffStatus::plan, "walked indoors"),
                             checkoff(d(2026, 11, 11), CheckoffStatus::done)};
    auto a = adherence_for(hw, cs, d(2026, 11, 9), d(2026, 11, 11), d(2026, 11, 11));
    CHECK(a.done == 3);
    CHECK(a.skipped == 0);
    CHECK(a.current_streak == 3);

    auto weekly = item(sched(ScheduleKind::weekly, {}, 0, 2), d(2026, 11, 2));
    CHECK(week_progress(weekly, cs, d(2026, 11, 11)).done == 3);
}

TEST_CASE("the summary keeps every note, every skip and every backup plan, by day") {
    auto hw = item(sched(ScheduleKind::daily), d(2026, 11, 8));
    std::vector<Checkoff> cs{checkoff(d(2026, 11, 12), CheckoffStatus::done, "felt calmer"),
                             checkoff(d(2026, 11, 9), CheckoffStatus::done),
                             checkoff(d(2026, 11, 10), CheckoffStatus::skipped, "ill"),
                             checkoff(d(2026, 11, 11), CheckoffStatus::plan)};
    auto s = homework_summaries({hw}, cs, week(), d(2026, 11, 15));
    REQUIRE(s.size() == 1);
    REQUIRE(s[0].noted.size() == 3);  // the plain done of Mon 9 has nothing to say
    CHECK(s[0].noted[0].day == d(2026, 11, 10));
    CHECK(s[0].noted[1].status == CheckoffStatus::plan);
    CHECK(s[0].noted[2].note == "felt calmer");
    CHECK(s[0].with_plan == 1);
    REQUIRE(s[0].skips.size() == 1);
    CHECK(s[0].adherence.done == 3);
    CHECK_FALSE(s[0].done_once);
}

TEST_CASE("a one-off done in the window says when, against its due day") {
    auto hw = item(sched(ScheduleKind::once, d(2026, 11, 10)), d(2026, 11, 2));
    hw.status = HomeworkStatus::done;
    hw.end_day = d(2026, 11, 13);
    auto s = homework_summaries({hw}, {checkoff(d(2026, 11, 13), CheckoffStatus::done, "at last")},
                                week(), d(2026, 11, 15));
    REQUIRE(s[0].done_once);
    CHECK(s[0].done_once->day == d(2026, 11, 13));
    CHECK(s[0].done_once->days_after_due == 3);
    CHECK(s[0].done_once->note == "at last");
    CHECK(s[0].noted.empty());  // told once, by done_once

    auto early = homework_summaries({hw}, {checkoff(d(2026, 11, 9), CheckoffStatus::plan)}, week(),
                                    d(2026, 11, 15));
    REQUIRE(early[0].done_once);
    CHECK(early[0].done_once->days_after_due == -1);
    CHECK(early[0].done_once->with_plan);

    hw.schedule.due.reset();
    auto undated = homework_summaries({hw}, {checkoff(d(2026, 11, 13), CheckoffStatus::done)},
                                      week(), d(2026, 11, 15));
    REQUIRE(undated[0].done_once);
    CHECK_FALSE(undated[0].done_once->days_after_due);
}

TEST_CASE("steps done are counted") {
    auto hw = item(sched(ScheduleKind::once), d(2026, 11, 2));
    hw.steps = {Step{1, "a", "buy shoes", start_of(d(2026, 11, 3))}, Step{2, "b", "walk", {}}};
    auto s = homework_summaries({hw}, {}, week(), d(2026, 11, 15));
    CHECK(s[0].steps_done == 1);
}

TEST_CASE("the last step closes a one-off, and leaves recurring work open") {
    auto once = item(sched(ScheduleKind::once), d(2026, 11, 2));
    CHECK(last_step_outcome(once) == LastStep::not_last);  // no steps at all
    once.steps = {Step{1, "a", "buy shoes", start_of(d(2026, 11, 3))}, Step{2, "b", "walk", {}}};
    CHECK(last_step_outcome(once) == LastStep::not_last);
    once.steps[1].done_at = start_of(d(2026, 11, 4));
    CHECK(last_step_outcome(once) == LastStep::completes);
    once.status = HomeworkStatus::done;
    CHECK(last_step_outcome(once) == LastStep::closed);

    auto daily = item(sched(ScheduleKind::daily), d(2026, 11, 2));
    daily.steps = once.steps;
    CHECK(last_step_outcome(daily) == LastStep::stays_open);
}

TEST_CASE("done and done with the plan replace each other on a day; a skip does not") {
    auto hw = item(sched(ScheduleKind::daily), d(2026, 11, 2));
    auto done = checkoff(d(2026, 11, 9), CheckoffStatus::done);
    auto by_plan = decide_checkoff(hw, {done}, d(2026, 11, 9), CheckoffStatus::plan);
    CHECK(by_plan.outcome == CheckoffOutcome::replaced);
    auto plan = checkoff(d(2026, 11, 9), CheckoffStatus::plan);
    CHECK(decide_checkoff(hw, {plan}, d(2026, 11, 9), CheckoffStatus::skipped).outcome ==
          CheckoffOutcome::refused);
    auto once = item(sched(ScheduleKind::once), d(2026, 11, 2));
    CHECK(decide_checkoff(once, {}, d(2026, 11, 9), CheckoffStatus::plan).completes);
}
