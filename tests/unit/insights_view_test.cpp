// The insights from the store to the words: the moods a window reads back (times and tags), and
// the sentences that state a comparison, a trend and too little data.
#include <catch2/catch.hpp>

#include "support.hpp"

#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/insights.hpp"
#include "core/mood.hpp"
#include "render/insights_view.hpp"
#include "render/insights_words.hpp"
#include "render/summary_patterns.hpp"
#include "store/insights_store.hpp"
#include "store/mood_store.hpp"

using namespace tend;
using namespace tend::core;
using test::d;

namespace {

void add_mood(store::Database& db, Instant at, int score, std::vector<std::string> tags,
              bool is_private = false) {
    Mood m;
    m.is_private = is_private;
    m.uuid = "00000000-0000-4000-8000-" + fmt::format("{:012d}", at.utc % 1000000000000);
    m.at = at;
    m.day = day_of(at);
    m.score = score;
    m.tags = std::move(tags);
    (void)store::insert_mood(db, m, at);
}

Comparison tested(Aspect aspect, std::string label, double with_mean, double without_mean,
                  Interval interval) {
    Comparison c;
    c.aspect = aspect;
    c.label = std::move(label);
    c.with = {14, 20, with_mean, 1.0};
    c.without = {48, 98, without_mean, 1.0};
    c.test = TwoSample{with_mean - without_mean, 0.4, 30, interval, 0.001};
    c.adjusted_p = 0.01;
    c.verdict = Verdict::finding;
    return c;
}

}  // namespace

TEST_CASE("the insights read each mood of the window once, with its local time and tags",
          "[insights][store]") {
    test::TempDatabase db;
    // 07:30 UTC at +02:00 is 09:30 local, morning; 21:10 UTC at +02:00 is 23:10, night.
    add_mood(*db, Instant{1'789'975'800, 7200}, 7, {"walk", "work"});
    add_mood(*db, Instant{1'790'025'000, 7200}, 4, {});
    add_mood(*db, Instant{1'780'000'000, 7200}, 9, {"walk"});  // months before: outside
    auto first = day_of(Instant{1'789'975'800, 7200});
    auto h = store::mood_history(*db, first, add_days(first, 1));
    REQUIRE(h.entries.size() == 2);
    CHECK(h.entries[0].score == 7);
    CHECK(h.entries[0].time == TimeOfDay{9, 30, 0});
    CHECK(h.entries[0].tag_count == 2);
    CHECK(h.entries[1].score == 4);
    CHECK(h.entries[1].tag_count == 0);
    CHECK(part_of_day(h.entries[1].time) == PartOfDay::night);
    CHECK(h.tag_names == std::vector<std::string>{"walk", "work"});
}

TEST_CASE("the insights can leave private moods out", "[insights][store][privacy]") {
    test::TempDatabase db;
    add_mood(*db, Instant{1'789'975'800, 7200}, 7, {"walk"});
    add_mood(*db, Instant{1'789'976'800, 7200}, 2, {"alone"}, true);
    add_mood(*db, Instant{1'790'025'000, 7200}, 4, {"work"});
    auto first = day_of(Instant{1'789'975'800, 7200});
    CHECK(store::mood_history(*db, first, add_days(first, 1)).entries.size() == 3);
    auto shared = store::mood_history(*db, first, add_days(first, 1), true);
    REQUIRE(shared.entries.size() == 2);
    CHECK(shared.entries[0].score == 7);
    CHECK(shared.entries[1].score == 4);
    CHECK(shared.tag_names == std::vector<std::string>{"walk", "work"});
}

namespace {

/// The scores of a history's entries, each with its tags, in the history's order.
std::vector<std::string> scored(const MoodHistory& h) {
    std::vector<std::string> out;
    for (const auto& e : h.entries) {
        auto text = std::to_string(e.score);
        for (std::uint32_t i = e.first_tag; i < e.first_tag + e.tag_count; ++i)
            text += " " + h.tag_names[h.tag_ids[i]];
        out.push_back(text);
    }
    return out;
}

}  // namespace

TEST_CASE("the insights read moods in day order however they were stored", "[insights][store]") {
    // Four days a day apart, from 09:00 UTC on the first; `order` is the order they are written.
    auto write = [](store::Database& db, std::vector<int> order) {
        for (int k : order)
            add_mood(db, Instant{1'789'982'000 + k * 86'400, 0}, k + 1,
                     {fmt::format("t{}", k), "all"});
    };
    auto first = day_of(Instant{1'789'982'000, 0});
    const std::vector<std::string> expected{"1 all t0", "2 all t1", "3 all t2", "4 all t3"};
    SECTION("written day after day: the whole history, and a part of it") {
        test::TempDatabase db;
        write(*db, {0, 1, 2, 3});
        auto h = store::mood_history(*db, add_days(first, -10), add_days(first, 10));
        CHECK(scored(h) == expected);
        CHECK(h.tag_names == std::vector<std::string>{"all", "t0", "t1", "t2", "t3"});
        CHECK(scored(store::mood_history(*db, add_days(first, 3), add_days(first, 3))) ==
              std::vector<std::string>{"4 all t3"});
    }
    SECTION("written out of order") {
        test::TempDatabase db;
        write(*db, {2, 0, 3, 1});
        auto h = store::mood_history(*db, first, add_days(first, 3));
        CHECK(scored(h) == expected);
        CHECK(h.tag_names == std::vector<std::string>{"all", "t0", "t1", "t2", "t3"});
        CHECK(scored(store::mood_history(*db, add_days(first, 1), add_days(first, 1))) ==
              std::vector<std::string>{"2 all t1"});
        CHECK(scored(store::mood_history(*db, first, add_days(first, 1))) ==
              std::vector<std::string>{"1 all t0", "2 all t1"});
    }
    SECTION("a window outside the history") {
        test::TempDatabase db;
        CHECK(store::mood_history(*db, first, add_days(first, 3)).entries.empty());
        write(*db, {0, 1});
        CHECK(store::mood_history(*db, add_days(first, 5), add_days(first, 9)).entries.empty());
    }
}

TEST_CASE("a comparison is stated with both means, both counts and its interval",
          "[insights][render]") {
    auto walk = tested(Aspect::tag, "walk", 6.9, 5.5, {0.6, 2.2});
    CHECK(render::words::comparison_sentence(walk) ==
          "On days tagged walk, mood averaged 1.4 higher (6.9 against 5.5; 14 and 48 days, 20 "
          "and 98 entries; 95% interval 0.6 to 2.2).");
    // Lower: the interval is of how much lower, so both ends are positive.
    auto monday = tested(Aspect::weekday, "mon", 4.9, 5.9, {-1.6, -0.4});
    monday.weekday = 0;
    CHECK(render::words::comparison_sentence(monday) ==
          "On Mondays, mood averaged 1.0 lower than on other days (4.9 against 5.9; 14 and 48 "
          "days, 20 and 98 entries; 95% interval 0.4 to 1.6).");
    auto breathing = tested(Aspect::homework_next_day, "Breathe", 6.0, 5.2, {0.1, 1.5});
    breathing.homework_id = 4;
    CHECK(render::words::comparison_sentence(breathing).starts_with(
        "The day after homework 4 (\"Breathe\") was done, mood averaged 0.8 higher than the day "
        "after it was "
        "not (6.0 against 5.2;"));
    // What did not pass, in brief: an interval that holds zero keeps its signs.
    auto work = tested(Aspect::tag, "work", 5.8, 5.6, {-0.3, 0.7});
    work.verdict = Verdict::unclear;
    Comparison tea;
    tea.label = "tea";
    tea.with.days = 3;
    tea.without.days = 72;
    CHECK(render::words::others({&walk, &work, &tea}) ==
          std::vector<std::string>{
              "No clear difference (it could be chance): work +0.2 (95% interval -0.3 to +0.7; "
              "14 and 48 days).",
              "Too few days to compare (10 are needed on each side): tea (3 and 72 days)."});
}

TEST_CASE("too little data is said plainly, with what is needed", "[insights][render]") {
    MoodHistory h;
    // Sunday 1 November to Thursday 12 November: three weeks from Monday.
    for (int i = 0; i < 12; ++i) h.add_entry(add_days(d(2026, 11, 1), i), {9, 0, 0}, 6);
    auto in = insights_for(h, {}, d(2026, 8, 23), d(2026, 11, 20));
    CHECK(render::words::too_few_to_compare(in, "tags") ==
          "12 days with moods: too few to compare tags; about 30 are needed.");
    CHECK(render::words::trend_sentence(in.trend) ==
          "3 weeks with moods: too few for a trend; about 4 are needed.");
    CHECK(render::summary_patterns_text(in) ==
          "  Nothing stands out yet: 12 days with moods in the last 90; about 30 are needed to "
          "compare.\n");
    // The caution is said once, whatever is found.
    auto text = render::insights_text(in, render::Style{});
    auto first = text.find("not proof of cause");
    REQUIRE(first != std::string::npos);
    CHECK(text.find("not proof of cause", first + 1) == std::string::npos);
}

TEST_CASE("a trend is rising or falling only with an interval clear of zero",
          "[insights][render]") {
    Trend t;
    t.weeks = {{d(2026, 9, 7), 7, 7, 5.0}, {d(2026, 11, 30), 7, 7, 6.2}};
    t.fit = SlopeFit{6, 0.1, 5.0, 0.02, 4, {0.05, 0.15}, 0.001};
    t.direction = Direction::rising;
    CHECK(render::words::trend_sentence(t) ==
          "Mood has been rising by about 0.10 a week (95% interval 0.05 to 0.15): about 1.2 "
          "points over 12 weeks.");
    t.fit = SlopeFit{6, -0.02, 5.0, 0.04, 4, {-0.09, 0.05}, 0.6};
    t.direction = Direction::steady;
    CHECK(render::words::trend_sentence(t) ==
          "Steady: no clear rise or fall (-0.02 a week; 95% interval -0.09 to +0.05).");
}
