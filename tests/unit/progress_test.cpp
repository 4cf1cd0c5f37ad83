// The summary's view across weeks as values, the answers read from standard input, and the
// config's safety contacts.
#include <catch2/catch.hpp>

#include "core/config.hpp"
#include "core/measure_input.hpp"
#include "core/measure_library.hpp"
#include "core/progress.hpp"
#include "core/rhythm.hpp"
#include "support.hpp"

using namespace tend;
using Catch::Matchers::Contains;
using test::at;
using test::day;
using test::usage_message;

namespace {

core::Measure phq9() {
    return core::measures().load("phq-9", "/nonexistent");
}

core::MeasureResult result(const char* when, int total, int item9 = 0) {
    auto m = phq9();
    std::vector<core::ItemAnswer> answers;
    int left = total - item9;
    for (int i = 1; i <= 8; ++i) {
        int v = std::min(left, 3);
        answers.push_back({std::to_string(i), v});
        left -= v;
    }
    answers.push_back({"9", item9});
    return core::make_result(m, m.score(answers), at(when));
}

}  // namespace

TEST_CASE("answers on standard input: bare values in order, or ITEM=N") {
    auto m = phq9();
    auto a = core::answers_from_text(m, "1 2\n3\n 0 0 0 0 0 0\n");
    REQUIRE(a.size() == 9);
    CHECK(a[1].item == "2");
    CHECK(a[1].value == 2);
    auto b = core::answers_from_text(m, "9=1\n1=0 2=0\n");
    CHECK(b.size() == 3);
    auto c = core::answers_from_text(m, "8=2 3\n");  // a bare value follows the last item named
    CHECK(c[1].item == "9");
    CHECK_THAT(usage_message([&] { (void)core::answers_from_text(m, "0 0 0 0 0 0 0 0 0 0 0"); }),
               Contains("one too many"));
    CHECK_THAT(usage_message([&] { (void)core::answers_from_text(m, "4"); }),
               Contains("from 0 to 3"));
    CHECK_THAT(usage_message([&] { (void)core::answers_from_text(m, "x=1"); }), Contains("x"));
}

TEST_CASE("measure trends: latest, previous and first, with the reliable-change rule") {
    std::vector<core::MeasureResult> results{result("2026-10-01T09:00", 20),
                                             result("2026-10-15T09:00", 16),
                                             result("2026-11-01T09:00", 14)};
    auto trends = core::measure_trends(results, {phq9()});
    REQUIRE(trends.size() == 1);
    const auto& t = trends[0];
    CHECK(t.results == 3);
    CHECK(t.latest.total == 14);
    CHECK(t.previous->total == 16);
    CHECK(t.first->total == 20);
    CHECK(t.since_previous == core::ScoreChange::no_reliable_change);  // 2 points
    CHECK(t.since_first == core::ScoreChange::reliable_improvement);   // 6 points
    CHECK(t.is_case == true);
    CHECK(t.max_total == 27);

    auto unknown = core::measure_trends(results, {});  // the file is gone: no thresholds
    CHECK_FALSE(unknown[0].since_first);
    CHECK_FALSE(unknown[0].max_total);

    auto single = core::measure_trends({result("2026-11-01T09:00", 4)}, {phq9()});
    CHECK_FALSE(single[0].previous);
    CHECK_FALSE(single[0].first);
    CHECK(single[0].is_case == false);
}

TEST_CASE("safety flags: the critical answers of the window only") {
    std::vector<core::MeasureResult> results{result("2026-11-01T09:00", 10, 2),
                                             result("2026-11-10T09:00", 10, 1),
                                             result("2026-11-12T09:00", 10, 0)};
    auto flags = core::safety_flags(results, day("2026-11-05"), day("2026-11-20"));
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].day == day("2026-11-10"));
    CHECK(flags[0].answer.label == "Several days");
    CHECK(flags[0].answer.number == 9);
}

TEST_CASE("across windows: session to session, at most six, else by week") {
    auto end = at("2026-11-20T21:00");
    auto w = core::across_windows(
        {at("2026-11-03T17:00"), at("2026-11-10T17:00"), at("2026-11-17T17:00")}, day("2026-11-20"),
        end);
    REQUIRE(w.size() == 3);
    // Each from one session's time to the next one's, sharing the session's day.
    CHECK(w[0].from == day("2026-11-03"));
    CHECK(w[0].to == day("2026-11-10"));
    CHECK(w[0].start == at("2026-11-03T17:00"));
    CHECK(w[0].end == at("2026-11-10T17:00"));
    CHECK(w[1].start == w[0].end);
    CHECK(w[2].to == day("2026-11-20"));
    CHECK(w[2].end == end);
    // A session at or after the end is not one of them.
    CHECK(core::across_windows({at("2026-11-20T21:00")}, day("2026-11-20"), end).size() ==
          core::max_across_rows);
    std::vector<core::Instant> many;
    for (int i = 0; i < 9; ++i)
        many.push_back(core::local_instant(core::add_days(day("2026-09-01"), 7 * i), {17, 0, 0}));
    auto last = core::across_windows(many, day("2026-11-20"), end);
    CHECK(last.size() == core::max_across_rows);
    CHECK(last.front().start == many[3]);
    auto weeks = core::across_windows({}, day("2026-11-20"), end);
    REQUIRE(weeks.size() == core::max_across_rows);
    CHECK(weeks.back().from == day("2026-11-14"));
    CHECK(weeks.front().to == day("2026-10-16"));
    CHECK(weeks.back().end == core::start_of(day("2026-11-21")));
}

TEST_CASE("goal progress: ratings and milestones as they were at the window's end") {
    core::Goal g;
    g.title = "Sleep";
    g.milestones.push_back({1, "u1", "phone away", at("2026-11-05T20:00")});
    g.milestones.push_back({2, "u2", "lights out", at("2026-11-25T20:00")});
    g.ratings.push_back({1, "r1", 1, at("2026-11-02T20:00"), day("2026-11-02"), 2, ""});
    g.ratings.push_back({2, "r2", 1, at("2026-11-24T20:00"), day("2026-11-24"), 7, ""});
    auto p = core::goal_progress({g}, day("2026-11-20"));
    REQUIRE(p.size() == 1);
    CHECK(p[0].milestones_met == 1);
    CHECK(p[0].goal.ratings.size() == 1);
}

TEST_CASE("config: [safety] contacts, each with a name and an optional phone") {
    auto c = core::parse_config(
        "[safety]\ncontacts = [{ name = \"Dr. Lee\", phone = \"020 7946 0000\" }, "
        "{ name = \"Ana\" }]\n",
        "config.toml");
    REQUIRE(c.safety_contacts.size() == 2);
    CHECK(c.safety_contacts[0].phone == "020 7946 0000");
    CHECK(c.safety_contacts[1].phone.empty());
    auto bad = [](const char* text) {
        return usage_message([&] { (void)core::parse_config(text, "config.toml"); });
    };
    CHECK_THAT(bad("[safety]\ncontacts = \"Dr. Lee\"\n"), Contains("safety.contacts must be"));
    CHECK_THAT(bad("[safety]\ncontacts = [{ phone = \"112\" }]\n"), Contains("have a name"));
    CHECK_THAT(bad("[safety]\ncontacts = [{ name = \"\" }]\n"), Contains("name must be"));
    CHECK_THAT(bad("[safety]\ncontacts = [{ name = \"a\\nb\" }]\n"), Contains("one line"));
    CHECK_THAT(bad("[safety]\ncontacts = [{ name = \"a\", phone = 112 }]\n"),
               Contains("phone must be"));
    CHECK_THAT(bad("safety = 1\n"), Contains("safety must be a table"));
    auto warned = core::parse_config("[safety]\nother = 1\n", "config.toml");
    CHECK(warned.warnings.size() == 1);
}

TEST_CASE("rhythms: each session, or every so many days or weeks") {
    CHECK(core::parse_rhythm("session") == core::Rhythm{true, 0});
    CHECK(core::parse_rhythm("2 weeks") == core::Rhythm{false, 14});
    CHECK(core::parse_rhythm("1 day") == core::Rhythm{false, 1});
    CHECK(core::parse_rhythm("52 weeks") == core::Rhythm{false, 364});
    for (const char* bad :
         {"", "weekly", "0 days", "-1 weeks", "53 weeks", "2 months", "two weeks"})
        CHECK_FALSE(core::parse_rhythm(bad));
    CHECK(core::rhythm_text({false, 14}) == "every 2 weeks");
    CHECK(core::rhythm_text({false, 10}) == "every 10 days");

    auto clock = test::clock_at("2026-11-20T08:30");
    std::optional<core::Instant> held = at("2026-11-17T17:00");
    core::Rhythm session{true, 0}, fortnight{false, 14};
    // Each session: rated before the latest session, or never since a goal set before it.
    CHECK(core::rhythm_due(session, at("2026-11-10T20:00"), at("2026-11-01T23:59"), held, clock));
    CHECK_FALSE(core::rhythm_due(session, at("2026-11-18T20:00"), std::nullopt, held, clock));
    CHECK(core::rhythm_due(session, std::nullopt, at("2026-11-10T23:59"), held, clock));
    CHECK_FALSE(core::rhythm_due(session, std::nullopt, at("2026-11-17T23:59"), held, clock));
    CHECK_FALSE(core::rhythm_due(session, std::nullopt, std::nullopt, std::nullopt, clock));
    // Every 14 days, by calendar day.
    CHECK(core::rhythm_due(fortnight, at("2026-11-06T23:00"), std::nullopt, held, clock));
    CHECK_FALSE(core::rhythm_due(fortnight, at("2026-11-07T08:00"), std::nullopt, held, clock));
    CHECK(core::rhythm_due(fortnight, std::nullopt, std::nullopt, std::nullopt, clock));
}

TEST_CASE("config: [remind] goal_rating and measures take rhythms") {
    auto c = core::parse_config(
        "[remind]\ngoal_rating = \"2 weeks\"\nmeasures = { \"phq-9\" = \"session\", gad-7 = "
        "\"4 weeks\" }\n",
        "config.toml");
    CHECK(c.remind_goal_rating == core::Rhythm{false, 14});
    REQUIRE(c.remind_measures.size() == 2);
    CHECK(c.remind_measures[0].name == "gad-7");  // by name
    CHECK(c.remind_measures[0].rhythm == core::Rhythm{false, 28});
    CHECK(c.remind_measures[1].rhythm == core::Rhythm{true, 0});
    auto bad = [](const char* text) {
        return usage_message([&] { (void)core::parse_config(text, "config.toml"); });
    };
    CHECK_THAT(bad("[remind]\ngoal_rating = \"weekly\"\n"), Contains("remind.goal_rating must be"));
    CHECK_THAT(bad("[remind]\nmeasures = [\"phq-9\"]\n"), Contains("remind.measures must be"));
    CHECK_THAT(bad("[remind]\nmeasures = { \"PHQ 9\" = \"session\" }\n"),
               Contains("must name questionnaires"));
    CHECK_THAT(bad("[remind]\nmeasures = { \"phq-9\" = \"often\" }\n"),
               Contains("remind.measures.phq-9 must be"));
}
