// The homework store against a real SQLite file: records round-trip with their steps, and a
// window loads exactly the items active in it with all their check-offs.
#include <catch2/catch.hpp>

#include "support.hpp"

#include <sqlite3.h>

#include <fmt/format.h>

#include "core/adherence.hpp"
#include "core/search.hpp"
#include "store/homework_store.hpp"
#include "store/search_store.hpp"
#include "store/session_store.hpp"
#include "util/uuid.hpp"

using namespace tend;
using core::Day;

namespace {

using tend::test::d;

core::Homework item(std::string title, core::ScheduleKind kind, Day start) {
    core::Homework h;
    h.uuid = util::new_uuid();
    h.title = std::move(title);
    h.schedule.kind = kind;
    h.start_day = start;
    return h;
}

std::int64_t add(store::Database& db, core::Homework h) {
    return store::insert_homework(db, h, core::start_of(h.start_day));
}

void check_off(store::Database& db, std::int64_t id, Day day,
               core::CheckoffStatus status = core::CheckoffStatus::done) {
    core::Checkoff c{0, util::new_uuid(), id, day, status, "", core::start_of(day)};
    store::insert_checkoff(db, c, c.at);
}

}  // namespace

TEST_CASE("homework round-trips with its schedule, texts and steps") {
    test::TempDatabase t;
    auto& db = *t;
    auto h = item("Write to my sister", core::ScheduleKind::once, d(2026, 11, 16));
    h.schedule.due = d(2026, 11, 20);
    h.anchor = "Sunday afternoon";
    h.barrier = "no stamps";
    h.plan = "buy them on Saturday";
    h.link = "https://example.org";
    h.details = "three sentences are enough";
    h.steps = {{1, util::new_uuid(), "find her address", {}}, {2, util::new_uuid(), "post it", {}}};
    auto id = add(db, h);

    auto back = store::find_homework(db, id);
    REQUIRE(back);
    CHECK(back->title == h.title);
    CHECK(back->schedule == h.schedule);
    CHECK(back->anchor == h.anchor);
    CHECK(back->barrier == h.barrier);
    CHECK(back->plan == h.plan);
    CHECK(back->link == h.link);
    CHECK(back->details == h.details);
    CHECK(back->status == core::HomeworkStatus::open);
    CHECK(back->start_day == h.start_day);
    CHECK_FALSE(back->end_day);
    CHECK_FALSE(back->session_id);
    REQUIRE(back->steps.size() == 2);
    CHECK(back->steps[1].position == 2);
    CHECK(back->steps[1].text == "post it");
    CHECK_FALSE(back->steps[1].done_at);

    auto when = core::local_instant(d(2026, 11, 17), {7, 30, 0});
    store::set_step_done(db, id, 2, when);
    back->schedule = {core::ScheduleKind::days, std::nullopt, 0b0010101U, 0};
    back->status = core::HomeworkStatus::dropped;
    back->end_day = d(2026, 11, 18);
    store::update_homework(db, *back, when);
    auto again = store::find_homework(db, id);
    REQUIRE(again);
    CHECK(again->steps[1].done_at == when);
    CHECK(again->schedule == back->schedule);
    CHECK(again->status == core::HomeworkStatus::dropped);
    CHECK(again->end_day == d(2026, 11, 18));
    CHECK(store::list_homework(db, false).empty());
    CHECK(store::list_homework(db, true).size() == 1);
    CHECK_FALSE(store::find_homework(db, id + 1));
}

TEST_CASE("a homework's steps are indexed with it once, not once per step") {
    test::TempDatabase t;
    auto& db = *t;
    add(db, item("Stretch", core::ScheduleKind::daily, d(2026, 11, 16)));  // ids go on from 2
    auto h = item("Walk", core::ScheduleKind::daily, d(2026, 11, 16));
    for (int i = 1; i <= 100; ++i)
        h.steps.push_back({i, util::new_uuid(), fmt::format("corner {} of the park", i), {}});
    // Every row written counts, by the triggers too: one a step, and a few for the homework and
    // its one search row. Indexed again at each step, it was over ten a step.
    auto before = sqlite3_total_changes(db.sql().getHandle());
    auto id = add(db, h);
    auto changes = sqlite3_total_changes(db.sql().getHandle()) - before;
    CHECK(id == 2);
    CHECK(changes <= 100 + 10);
    auto back = store::find_homework(db, id);
    REQUIRE(back);
    REQUIRE(back->steps.size() == 100);
    CHECK(back->steps[99].text == "corner 100 of the park");
    auto hits = store::search(db, core::plain_words_query({"corner", "100"}), {}, 0);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == "homework");
    CHECK(hits[0].id == id);
}

TEST_CASE("the latest check-off is the one recorded last, whatever its day") {
    test::TempDatabase t;
    auto& db = *t;
    auto id = add(db, item("Breathe", core::ScheduleKind::daily, d(2026, 11, 16)));
    check_off(db, id, d(2026, 11, 18));
    check_off(db, id, d(2026, 11, 16), core::CheckoffStatus::skipped);
    auto last = store::latest_checkoff(db, id);
    REQUIRE(last);
    CHECK(last->day == d(2026, 11, 16));
    CHECK(last->status == core::CheckoffStatus::skipped);
    store::delete_checkoff(db, last->id);
    CHECK(store::latest_checkoff(db, id)->day == d(2026, 11, 18));
    auto all = store::checkoffs_of(db, id);
    REQUIRE(all.size() == 1);
    CHECK(all[0].homework_id == id);
}

TEST_CASE("check-offs since a day: only those of the listed items, from that day on") {
    test::TempDatabase t;
    auto& db = *t;
    auto a = item("a", core::ScheduleKind::daily, d(2026, 11, 1));
    a.id = add(db, a);
    auto b = item("b", core::ScheduleKind::daily, d(2026, 11, 1));
    b.id = add(db, b);
    auto other = item("not listed", core::ScheduleKind::daily, d(2026, 11, 1));
    other.id = add(db, other);
    for (unsigned day = 10; day <= 20; ++day) {
        check_off(db, a.id, d(2026, 11, day));
        check_off(db, other.id, d(2026, 11, day));
    }
    check_off(db, b.id, d(2026, 11, 17), core::CheckoffStatus::skipped);
    check_off(db, b.id, d(2026, 11, 15));

    auto since = store::checkoffs_since(db, {b, a}, d(2026, 11, 16));
    REQUIRE(since.size() == 6);
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(since[i].homework_id == a.id);
        CHECK(since[i].day == d(2026, 11, static_cast<unsigned>(16 + i)));
    }
    CHECK(since[5].homework_id == b.id);
    CHECK(since[5].status == core::CheckoffStatus::skipped);
    CHECK(store::checkoffs_since(db, {}, d(2026, 11, 16)).empty());
}

TEST_CASE("a window loads the items active in it and all their check-offs") {
    test::TempDatabase t;
    auto& db = *t;
    auto from = d(2026, 11, 16), to = d(2026, 11, 22);
    auto before = item("ended before", core::ScheduleKind::daily, d(2026, 11, 1));
    before.status = core::HomeworkStatus::dropped;
    before.end_day = d(2026, 11, 15);
    auto ended_in = item("dropped inside", core::ScheduleKind::daily, d(2026, 11, 1));
    ended_in.status = core::HomeworkStatus::dropped;
    ended_in.end_day = d(2026, 11, 16);
    auto open = item("open", core::ScheduleKind::daily, d(2026, 11, 2));
    auto later = item("starts after", core::ScheduleKind::daily, d(2026, 11, 23));
    auto done_early = item("done before", core::ScheduleKind::once, d(2026, 11, 2));
    done_early.status = core::HomeworkStatus::done;
    done_early.end_day = d(2026, 11, 10);
    auto ids = std::vector{add(db, before), add(db, ended_in), add(db, open), add(db, later),
                           add(db, done_early)};
    check_off(db, ids[0], d(2026, 11, 3));
    check_off(db, ids[2], d(2026, 11, 20));
    check_off(db, ids[2], d(2026, 11, 2));  // before the window: the streak needs it
    check_off(db, ids[1], d(2026, 11, 16), core::CheckoffStatus::skipped);

    auto w = store::load_homework_window(db, from, to);
    REQUIRE(w.homework.size() == 2);
    CHECK(w.homework[0].title == "dropped inside");
    CHECK(w.homework[1].title == "open");
    REQUIRE(w.checkoffs.size() == 3);
    CHECK(w.checkoffs[0].homework_id == ids[1]);
    CHECK(w.checkoffs[1].day == d(2026, 11, 2));
    CHECK(w.checkoffs[2].day == d(2026, 11, 20));

    // The shape a summary uses: one call per window.
    auto all = core::adherence_for(w.homework, w.checkoffs, from, to, d(2026, 11, 23));
    REQUIRE(all.size() == 2);
    CHECK(all[0].skipped == 1);
    CHECK(all[1].done == 1);
    CHECK(all[1].missing == 6);
}

TEST_CASE("the latest session held is the one new homework is tied to") {
    test::TempDatabase t;
    auto& db = *t;
    core::Instant later{1000, 0};
    CHECK_FALSE(store::latest_held_session(db, later));
    db.sql().exec(
        "INSERT INTO session (uuid, at_utc, at_offset, day, status, created_utc, updated_utc) "
        "VALUES ('a', 100, 0, '1970-01-01', 'held', 0, 0), "
        "('b', 300, 0, '1970-01-01', 'held', 0, 0), "
        "('c', 500, 0, '1970-01-01', 'scheduled', 0, 0), "
        "('d', 200, 0, '1970-01-01', 'held', 0, 0)");
    REQUIRE(store::latest_held_session(db, later));
    CHECK(store::latest_held_session(db, later)->id == 2);
    CHECK(store::latest_held_session(db, core::Instant{250, 0})->id == 4);
    CHECK(store::find_session(db, 3));
    CHECK_FALSE(store::find_session(db, 9));
}
