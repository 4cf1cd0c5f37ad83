// The HTML report's pieces: escaping user text, the charts' geometry, the weeks of a long
// window and the homework grid's marks.
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "homework_fixtures.hpp"
#include "support.hpp"

#include "core/summary_charts.hpp"
#include "render/html.hpp"
#include "render/svg_chart.hpp"

using namespace tend;
using namespace tend::core;
using tend::test::day;
using tend::test::item;
using tend::test::sched;

TEST_CASE("html: the five markup characters become entities", "[html]") {
    CHECK(render::html_escape("a & b < c > d \" e ' f") ==
          "a &amp; b &lt; c &gt; d &quot; e &#39; f");
    CHECK(render::html_escape("</svg><script>alert(1)</script>") ==
          "&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK(render::html_escape("&amp;") == "&amp;amp;");
    CHECK(render::html_escape("") == "");
    CHECK(render::html_escape("café ☕") == "café ☕");
}

TEST_CASE("html: control and bidirectional characters are neutralised", "[html]") {
    // As for a terminal: C0 in caret form, bidi controls as visible \u escapes.
    CHECK(render::html_escape("a\x1b[31mb") == "a^[[31mb");
    CHECK(render::html_escape("x\u202Ey") == "x\\u202ey");
    CHECK(render::html_escape("x\u2066y\u2069") == "x\\u2066y\\u2069");
    // Invalid UTF-8 and the non-characters XML refuses become U+FFFD.
    CHECK(render::html_escape("a\xff"
                              "b") == "a\uFFFDb");
    CHECK(render::html_escape("a\uFFFEb\uFFFF") == "a\uFFFDb\uFFFD");
    // Newlines are kept for content; html_text makes them line breaks.
    CHECK(render::html_escape("one\ntwo") == "one\ntwo");
    CHECK(render::html_text("one\n<two>") == "one<br/>\n&lt;two&gt;");
}

TEST_CASE("html: elements, lists and tables escape what they are given", "[html]") {
    CHECK(render::html_paragraph("a<b") == "<p>a&lt;b</p>\n");
    CHECK(render::html_list({}) == "");
    CHECK(render::html_list({"x&y"}) == "<ul>\n<li>x&amp;y</li>\n</ul>\n");
    auto table = render::html_table("Cap<", {"Day", "N"}, {false, true}, {{"Mon \"1\"", "3"}});
    CHECK(table ==
          "<table>\n<caption>Cap&lt;</caption>\n<thead><tr><th scope=\"col\">Day</th>"
          "<th scope=\"col\" class=\"num\">N</th></tr></thead>\n<tbody>\n"
          "<tr><th scope=\"row\">Mon &quot;1&quot;</th><td class=\"num\">3</td></tr>\n"
          "</tbody>\n</table>\n");
}

namespace {

/// A plot of 100 by 100 units with margins of 10 all round.
render::chart::Frame square_frame() {
    render::chart::Frame f;
    f.width = 120;
    f.left = 10;
    f.right = 10;
    f.height = 110;
    f.top = 10;
    f.bottom = 10;
    return f;
}

}  // namespace

TEST_CASE("chart: slots divide the plot, values scale from bottom to top", "[html]") {
    auto f = square_frame();
    CHECK(render::chart::slot_width(f, 4) == 25);
    CHECK(render::chart::slot_left(f, 0, 4) == 10);
    CHECK(render::chart::slot_left(f, 3, 4) == 85);
    CHECK(render::chart::slot_centre(f, 1, 4) == 47.5);
    CHECK(render::chart::value_y(f, 1, 1, 10) == 100);
    CHECK(render::chart::value_y(f, 10, 1, 10) == 10);
    CHECK(render::chart::value_y(f, 5.5, 1, 10) == 55);
}

TEST_CASE("chart: the mean line breaks at a missing value and never bridges it", "[html]") {
    auto f = square_frame();
    std::vector<std::optional<double>> means{7.0, std::nullopt, 1.0, 10.0, std::nullopt, 4.0};
    auto runs = render::chart::broken_line(f, means, 1, 10);
    REQUIRE(runs.size() == 3);
    CHECK(runs[0].size() == 1);
    CHECK(runs[1].size() == 2);
    CHECK(runs[2].size() == 1);
    // Each point sits at its own slot's centre: nothing is drawn for the slots left out.
    CHECK(runs[0][0].x == render::chart::slot_centre(f, 0, 6));
    CHECK(runs[0][0].y == Approx(40));
    CHECK(runs[1][0] == render::chart::Point{render::chart::slot_centre(f, 2, 6), 100});
    CHECK(runs[1][1] == render::chart::Point{render::chart::slot_centre(f, 3, 6), 10});
    CHECK(runs[2][0].x == render::chart::slot_centre(f, 5, 6));
    CHECK(render::chart::broken_line(f, {std::nullopt, std::nullopt}, 1, 10).empty());
}

TEST_CASE("chart: coordinates have at most two decimals", "[html]") {
    CHECK(render::chart::coordinate(12.5) == "12.5");
    CHECK(render::chart::coordinate(3) == "3");
    CHECK(render::chart::coordinate(1.0 / 3) == "0.33");
    CHECK(render::chart::coordinate(-0.001) == "0");
    CHECK(render::chart::coordinate(-2.25) == "-2.25");
}

TEST_CASE("weeks: a long window grouped by week from Monday, figures exact", "[html]") {
    // Thu 1 Oct to Tue 13 Oct 2026: a short first week (Thu to Sun), a whole one, a short last.
    std::vector<DayAggregate> per_day;
    for (auto d = day("2026-10-01"); d <= day("2026-10-13"); d = add_days(d, 1))
        per_day.push_back(DayAggregate{d, 0, 0, 0, 0});
    per_day[0] = {day("2026-10-01"), 2, 9, 4, 5};   // Thu
    per_day[5] = {day("2026-10-06"), 1, 8, 8, 8};   // Tue
    per_day[6] = {day("2026-10-07"), 3, 12, 2, 6};  // Wed
    per_day[12] = {day("2026-10-13"), 1, 7, 7, 7};  // Tue
    auto weeks = mood_weeks(per_day);
    REQUIRE(weeks.size() == 3);
    CHECK(weeks[0].first == day("2026-10-01"));
    CHECK(weeks[0].last == day("2026-10-04"));
    CHECK(weeks[0].days == 4);
    CHECK(weeks[0].days_logged == 1);
    CHECK(weeks[0].entries == 2);
    CHECK(*weeks[0].mean() == 4.5);
    CHECK(weeks[1].first == day("2026-10-05"));
    CHECK(weeks[1].last == day("2026-10-11"));
    CHECK(weeks[1].days == 7);
    CHECK(weeks[1].days_logged == 2);
    CHECK(weeks[1].entries == 4);
    CHECK(weeks[1].sum == 20);
    CHECK(weeks[1].lowest == 2);
    CHECK(weeks[1].highest == 8);
    CHECK(weeks[2].days == 2);
    CHECK(weeks[2].lowest == 7);
    CHECK(!mood_weeks({DayAggregate{day("2026-10-05"), 0, 0, 0, 0}})[0].mean());
    CHECK(!shown_by_week(35));
    CHECK(shown_by_week(36));
}

namespace {

Checkoff check(const char* when, CheckoffStatus status, std::int64_t id = 1) {
    Checkoff c;
    c.homework_id = id;
    c.day = day(when);
    c.status = status;
    return c;
}

}  // namespace

TEST_CASE("grid: each day of each item marked by the rules of adherence", "[html]") {
    // Daily from Mon 16 Nov (the day of grace), today Fri 20 Nov.
    auto daily = item(sched(ScheduleKind::daily), day("2026-11-16"), 1);
    // Mon, Wed, Fri from Sun 15 Nov.
    auto days = item(sched(ScheduleKind::days, std::nullopt, 0b0010101), day("2026-11-15"), 2);
    auto weekly = item(sched(ScheduleKind::weekly, std::nullopt, 0, 3), day("2026-11-15"), 3);
    auto once = item(sched(ScheduleKind::once, day("2026-11-18")), day("2026-11-15"), 4);
    std::vector<Checkoff> checks{
        check("2026-11-17", CheckoffStatus::done, 1), check("2026-11-18", CheckoffStatus::plan, 1),
        check("2026-11-19", CheckoffStatus::skipped, 1),
        check("2026-11-16", CheckoffStatus::done, 2), check("2026-11-17", CheckoffStatus::done, 3)};
    auto grid = homework_grid({daily, days, weekly, once}, checks, day("2026-11-15"),
                              day("2026-11-20"), day("2026-11-20"));
    REQUIRE(grid.size() == 4);
    using M = HomeworkMark;
    CHECK(grid[0].marks == std::vector<M>{M::not_scheduled, M::not_scheduled, M::done, M::plan,
                                          M::skipped, M::pending});
    CHECK(grid[1].marks == std::vector<M>{M::not_scheduled, M::done, M::not_scheduled,
                                          M::not_checked, M::not_scheduled, M::pending});
    CHECK(grid[2].marks == std::vector<M>{M::not_scheduled, M::not_scheduled, M::done,
                                          M::not_scheduled, M::not_scheduled, M::not_scheduled});
    CHECK(grid[3].marks == std::vector<M>{M::not_scheduled, M::not_scheduled, M::not_scheduled,
                                          M::not_checked, M::not_scheduled, M::not_scheduled});
    CHECK(homework_mark_name(M::plan) == "done with the plan");
    CHECK(homework_mark_name(M::not_checked) == "not checked off");
}

TEST_CASE("grid: a dropped item is not asked for after its last day", "[html]") {
    auto daily = item(sched(ScheduleKind::daily), day("2026-11-10"), 1);
    daily.status = HomeworkStatus::dropped;
    daily.end_day = day("2026-11-18");
    auto grid = homework_grid({daily}, {}, day("2026-11-16"), day("2026-11-20"), day("2026-11-20"));
    using M = HomeworkMark;
    CHECK(grid[0].marks == std::vector<M>{M::not_checked, M::not_checked, M::not_scheduled,
                                          M::not_scheduled, M::not_scheduled});
}

TEST_CASE("measure series: each measure's results with its bands and range", "[html]") {
    Measure m;
    m.name = "phq-9";
    m.title = "PHQ-9";
    m.bands = {{0, 4, "minimal"}, {5, 27, "more"}};
    MeasureItem it;
    it.key = "a";
    it.choices = {{0, "no"}, {27, "yes"}};
    m.items = {it};
    std::vector<MeasureResult> results(3);
    results[0].measure = "phq-9";
    results[0].title = "PHQ-9";
    results[0].day = day("2026-11-01");
    results[0].total = 12;
    results[1].measure = "mine";
    results[1].title = "Mine";
    results[1].day = day("2026-11-02");
    results[1].total = 4;
    results[2] = results[0];
    results[2].day = day("2026-11-08");
    results[2].total = 7;
    auto series = measure_series(results, {m});
    REQUIRE(series.size() == 2);
    CHECK(series[0].measure == "mine");
    CHECK(series[0].bands.empty());
    CHECK(series[0].max_total == 4);
    CHECK(series[1].measure == "phq-9");
    CHECK(series[1].points.size() == 2);
    CHECK(series[1].points[1].total == 7);
    CHECK(series[1].bands.size() == 2);
    CHECK(series[1].min_total == 0);
    CHECK(series[1].max_total == 27);
}

TEST_CASE("goal chart: each rating a dot from 0 to 10, placed by its day", "[html]") {
    Goal g;
    g.id = 3;
    g.title = "Sleep <early>";
    auto rate = [&](const char* d, int r) {
        GoalRating x;
        x.day = day(d);
        x.rating = r;
        g.ratings.push_back(x);
    };
    rate("2026-11-01", 2);
    rate("2026-11-03", 5);
    rate("2026-11-11", 8);
    auto svg = render::goal_chart_figure(g);
    auto count = [&](std::string_view what) {
        std::size_t n = 0;
        for (auto at = svg.find(what); at != std::string::npos; at = svg.find(what, at + 1)) ++n;
        return n;
    };
    CHECK(count("<circle") == 3);
    CHECK(count("<polyline") == 1);
    CHECK(count("class=\"band") == 0);
    CHECK_THAT(svg, Catch::Matchers::Contains("<title id=\"goal-3-title\">Sleep &lt;early&gt; "
                                              "ratings, Sun 1 Nov to Wed 11 Nov</title>"));
    CHECK_THAT(svg, Catch::Matchers::Contains(
                        "Sleep &lt;early&gt; ratings from 0 to 10, one dot per rating, 3 ratings"));
    // The first and last ratings at the plot's edges, the second a fifth of the way along.
    CHECK_THAT(svg, Catch::Matchers::Contains("<circle cx=\"40\""));
    CHECK_THAT(svg, Catch::Matchers::Contains("<circle cx=\"152\""));
    CHECK_THAT(svg, Catch::Matchers::Contains("<circle cx=\"600\""));
}
