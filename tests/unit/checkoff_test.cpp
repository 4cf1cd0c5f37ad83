// The check-off rules: what tend hw done and tend hw skip come to on a day, given the item and
// its check-offs, and when tend hw undo opens an item again.
#include <catch2/catch.hpp>

#include "homework_fixtures.hpp"
#include "support.hpp"

#include "core/checkoff.hpp"

using namespace tend::core;

namespace {

using tend::test::day;
using tend::test::item;
using tend::test::sched;

constexpr auto done = CheckoffStatus::done;
constexpr auto skipped = CheckoffStatus::skipped;

Checkoff checkoff(std::int64_t id, const char* on, CheckoffStatus status) {
    Checkoff c;
    c.id = id;
    c.homework_id = 1;
    c.day = day(on);
    c.status = status;
    return c;
}

Homework one_off() {
    return item(sched(ScheduleKind::once, day("2026-11-25")), day("2026-11-16"));
}

Homework daily() {
    return item(sched(ScheduleKind::daily), day("2026-11-16"));
}

/// A one-off closed as done by its check-off on `on`.
Homework done_one_off(const char* on) {
    auto hw = one_off();
    close_as_done(hw, day(on));
    return hw;
}

}  // namespace

TEST_CASE("a first check-off on a day is recorded") {
    auto d = decide_checkoff(daily(), {}, day("2026-11-20"), done);
    CHECK(d.outcome == CheckoffOutcome::recorded);
    CHECK_FALSE(d.existing);
    CHECK_FALSE(d.completes);

    d = decide_checkoff(daily(), {checkoff(1, "2026-11-19", done)}, day("2026-11-20"), skipped);
    CHECK(d.outcome == CheckoffOutcome::recorded);
    CHECK_FALSE(d.completes);
}

TEST_CASE("a day before the item was added takes no check-off") {
    for (auto status : {done, skipped}) {
        auto d = decide_checkoff(daily(), {}, day("2026-11-15"), status);
        CHECK(d.outcome == CheckoffOutcome::too_early);
        CHECK_FALSE(d.existing);
        CHECK_FALSE(d.completes);
    }
    CHECK(decide_checkoff(daily(), {}, day("2026-11-16"), done).outcome ==
          CheckoffOutcome::recorded);
    CHECK(decide_checkoff(done_one_off("2026-11-20"), {}, day("2026-11-10"), done).outcome ==
          CheckoffOutcome::too_early);
}

TEST_CASE("a one-off checked off as done is done with it; a skip leaves it open") {
    auto d = decide_checkoff(one_off(), {}, day("2026-11-20"), done);
    CHECK(d.outcome == CheckoffOutcome::recorded);
    CHECK(d.completes);

    d = decide_checkoff(one_off(), {}, day("2026-11-20"), skipped);
    CHECK(d.outcome == CheckoffOutcome::recorded);
    CHECK_FALSE(d.completes);
}

TEST_CASE("the same check-off again changes nothing and names the one there") {
    for (auto status : {done, skipped}) {
        auto d = decide_checkoff(daily(), {checkoff(7, "2026-11-20", status)}, day("2026-11-20"),
                                 status);
        CHECK(d.outcome == CheckoffOutcome::already);
        REQUIRE(d.existing);
        CHECK(d.existing->id == 7);
        CHECK_FALSE(d.completes);
    }
}

TEST_CASE("a one-off already done stays done, whatever day is named") {
    auto hw = done_one_off("2026-11-18");
    std::vector<Checkoff> all{checkoff(3, "2026-11-17", skipped), checkoff(4, "2026-11-18", done)};
    auto d = decide_checkoff(hw, all, day("2026-11-20"), done);
    CHECK(d.outcome == CheckoffOutcome::already);
    REQUIRE(d.existing);
    CHECK(d.existing->id == 4);
}

TEST_CASE("a skip where it is already done is refused, naming the done check-off") {
    SECTION("on a day checked off as done") {
        auto d =
            decide_checkoff(daily(), {checkoff(5, "2026-11-20", done)}, day("2026-11-20"), skipped);
        CHECK(d.outcome == CheckoffOutcome::refused);
        REQUIRE(d.existing);
        CHECK(d.existing->day == day("2026-11-20"));
    }
    SECTION("on a one-off already done, on another day") {
        auto d = decide_checkoff(done_one_off("2026-11-18"), {checkoff(4, "2026-11-18", done)},
                                 day("2026-11-20"), skipped);
        CHECK(d.outcome == CheckoffOutcome::refused);
        REQUIRE(d.existing);
        CHECK(d.existing->day == day("2026-11-18"));
    }
}

TEST_CASE("a skip turned into done replaces the day's skip") {
    std::vector<Checkoff> all{checkoff(2, "2026-11-19", done), checkoff(6, "2026-11-20", skipped)};
    auto d = decide_checkoff(daily(), all, day("2026-11-20"), done);
    CHECK(d.outcome == CheckoffOutcome::replaced);
    REQUIRE(d.existing);
    CHECK(d.existing->id == 6);
    CHECK_FALSE(d.completes);

    d = decide_checkoff(one_off(), {checkoff(6, "2026-11-20", skipped)}, day("2026-11-20"), done);
    CHECK(d.outcome == CheckoffOutcome::replaced);
    CHECK(d.completes);
}

TEST_CASE("an item marked done without a done check-off is checked off as usual") {
    // Only the check-offs say what was done: an imported item may be done without one.
    auto hw = done_one_off("2026-11-18");
    auto d = decide_checkoff(hw, {}, day("2026-11-20"), skipped);
    CHECK(d.outcome == CheckoffOutcome::recorded);
    d = decide_checkoff(hw, {checkoff(6, "2026-11-20", skipped)}, day("2026-11-20"), done);
    CHECK(d.outcome == CheckoffOutcome::replaced);
}

TEST_CASE("taking back the done check-off of a one-off opens it again") {
    CHECK(undo_reopens(done_one_off("2026-11-18"), checkoff(4, "2026-11-18", done)));
    // A skip did not close it; recurring work is never closed by a check-off.
    CHECK_FALSE(undo_reopens(done_one_off("2026-11-18"), checkoff(4, "2026-11-18", skipped)));
    auto recurring = daily();
    recurring.status = HomeworkStatus::done;
    CHECK_FALSE(undo_reopens(recurring, checkoff(4, "2026-11-18", done)));
    CHECK_FALSE(undo_reopens(one_off(), checkoff(4, "2026-11-18", done)));
    auto dropped = one_off();
    dropped.status = HomeworkStatus::dropped;
    CHECK_FALSE(undo_reopens(dropped, checkoff(4, "2026-11-18", done)));
}

TEST_CASE("closing and reopening set the status and the end day together") {
    auto hw = one_off();
    close_as_done(hw, day("2026-11-18"));
    CHECK(hw.status == HomeworkStatus::done);
    CHECK(hw.end_day == day("2026-11-18"));
    reopen(hw);
    CHECK(hw.status == HomeworkStatus::open);
    CHECK_FALSE(hw.end_day);
}
