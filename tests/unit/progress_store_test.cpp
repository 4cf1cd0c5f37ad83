// The store of measures taken and goals: what goes in comes back, and goal text is searchable.
#include <catch2/catch.hpp>

#include "core/measure_library.hpp"
#include "core/measure_result.hpp"
#include "core/search.hpp"
#include "store/goal_store.hpp"
#include "store/measure_store.hpp"
#include "store/search_store.hpp"
#include "support.hpp"
#include "util/uuid.hpp"

using namespace tend;
using test::at;
using test::day;

namespace {

core::MeasureResult phq9_result(const char* when, int item9) {
    auto m = core::measures().load("phq-9", "/nonexistent");
    std::vector<core::ItemAnswer> answers;
    for (int i = 1; i <= 9; ++i) answers.push_back({std::to_string(i), i == 9 ? item9 : 1});
    return core::make_result(m, m.score(answers), at(when));
}

core::Goal a_goal(const char* title, const char* why) {
    core::Goal g;
    g.uuid = util::new_uuid();
    g.title = title;
    g.why = why;
    g.start_day = day("2026-11-02");
    for (const char* text : {"ask about the rota", "go to one lunch"}) {
        core::Milestone m;
        m.position = static_cast<int>(g.milestones.size()) + 1;
        m.uuid = util::new_uuid();
        m.text = text;
        g.milestones.push_back(m);
    }
    return g;
}

std::size_t hits(store::Database& db, const char* word) {
    return store::search(db, core::plain_words_query({word}), {}, 0).size();
}

}  // namespace

TEST_CASE("measure store: a result comes back with its answers and critical marks") {
    test::TempDatabase db;
    auto now = at("2026-11-17T09:00");
    auto r = phq9_result("2026-11-17T08:30", 1);
    r.id = store::insert_measure_result(*db, r, now);
    auto back = store::find_measure_result(*db, r.id);
    REQUIRE(back);
    CHECK(back->uuid == r.uuid);
    CHECK(back->measure == "phq-9");
    CHECK(back->title == "PHQ-9");
    CHECK(back->total == 9);
    CHECK(back->band == "mild");
    CHECK(back->day == day("2026-11-17"));
    REQUIRE(back->answers.size() == 9);
    CHECK(back->answers[8].item == "9");
    CHECK(back->answers[8].label == "Several days");
    CHECK(back->answers[8].critical);
    CHECK_FALSE(back->answers[0].critical);
    auto critical = core::critical_answers(*back);
    REQUIRE(critical.size() == 1);
    CHECK(critical[0].number == 9);

    auto quiet = phq9_result("2026-11-24T08:30", 0);
    store::insert_measure_result(*db, quiet, now);
    CHECK(core::critical_answers(quiet).empty());
    CHECK(store::list_measure_results(*db, {}, "phq-9").size() == 2);
    CHECK(store::list_measure_results(*db, {}, "gad-7").empty());
    CHECK(store::measure_results_until(*db, day("2026-11-20"), "").size() == 1);
    auto latest = store::latest_measure_results(*db);
    REQUIRE(latest.size() == 1);
    CHECK(latest[0].uuid == quiet.uuid);
}

TEST_CASE("goal store: a goal, its milestones, ratings and homework come back") {
    test::TempDatabase db;
    auto now = at("2026-11-02T10:00");
    auto g = a_goal("Feel at ease with colleagues", "work is half my week");
    g.id = store::insert_goal(*db, g, now);

    core::GoalRating r;
    r.uuid = util::new_uuid();
    r.goal_id = g.id;
    r.at = at("2026-11-03T20:00");
    r.day = day("2026-11-03");
    r.rating = 3;
    r.note = "the canteen felt loud";
    store::insert_goal_rating(*db, r, now);
    store::set_milestone_done(*db, g.id, 2, at("2026-11-04T12:00"));

    auto back = store::find_goal(*db, g.id);
    REQUIRE(back);
    CHECK(back->title == g.title);
    CHECK(back->why == g.why);
    REQUIRE(back->milestones.size() == 2);
    CHECK_FALSE(back->milestones[0].done_at);
    CHECK(back->milestones[1].done_at);
    REQUIRE(back->ratings.size() == 1);
    CHECK(back->ratings[0].rating == 3);
    CHECK(back->ratings[0].day == day("2026-11-03"));

    back->status = core::GoalStatus::done;
    back->end_day = day("2026-11-10");
    store::update_goal(*db, *back, now);
    CHECK(store::list_goals(*db, false).empty());
    CHECK(store::list_goals(*db, true).size() == 1);
    CHECK(store::goals_in_window(*db, day("2026-11-09"), day("2026-11-15")).size() == 1);
    CHECK(store::goals_in_window(*db, day("2026-11-11"), day("2026-11-15")).empty());

    db->sql().exec(
        "INSERT INTO homework (uuid, title, schedule, status, start_day, created_utc, "
        "updated_utc) VALUES ('00000000-0000-4000-8000-000000000001', 'walk', 'daily', 'open', "
        "'2026-11-02', 0, 0)");
    store::set_homework_goal(*db, 1, g.id);
    CHECK(store::goal_of_homework(*db, 1) == g.id);
    CHECK(store::homework_of_goal(*db, g.id) == std::vector<std::int64_t>{1});
    store::set_homework_goal(*db, 1, std::nullopt);
    CHECK_FALSE(store::goal_of_homework(*db, 1));
}

TEST_CASE("goal store: titles, whys, milestones and rating notes are searchable") {
    test::TempDatabase db;
    auto now = at("2026-11-02T10:00");
    auto g = a_goal("Feel at ease with colleagues", "work is half my week");
    g.id = store::insert_goal(*db, g, now);
    CHECK(hits(*db, "colleagues") == 1);
    CHECK(hits(*db, "half") == 1);
    CHECK(hits(*db, "rota") == 1);
    CHECK(hits(*db, "canteen") == 0);

    core::GoalRating r;
    r.uuid = util::new_uuid();
    r.goal_id = g.id;
    r.at = now;
    r.day = day("2026-11-02");
    r.rating = 4;
    r.note = "the canteen felt loud";
    store::insert_goal_rating(*db, r, now);
    CHECK(hits(*db, "canteen") == 1);
    auto found = store::search(*db, core::plain_words_query({"canteen"}), {}, 0);
    CHECK(found.at(0).kind == "goal");
    CHECK(found.at(0).id == g.id);

    auto edited = *store::find_goal(*db, g.id);
    edited.why = "it matters";
    store::update_goal(*db, edited, now);
    CHECK(hits(*db, "half") == 0);
    CHECK(hits(*db, "matters") == 1);
}
