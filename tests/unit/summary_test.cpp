// The summary's arithmetic: mood figures from per-day aggregates, the windows, and the gaps.
#include <catch2/catch.hpp>

#include "support.hpp"

#include "core/mood_stats.hpp"
#include "core/summary.hpp"

using namespace tend::core;

namespace {

using tend::test::d;

}  // namespace

TEST_CASE("mood figures count days, entries and the mean of every entry") {
    std::vector<DayAggregate> days{
        {d(2026, 11, 16), 2, 12, 5, 7},  // two entries: 5 and 7
        {d(2026, 11, 14), 1, 6, 6, 6},
        {d(2026, 11, 17), 1, 3, 3, 3},
    };
    auto s = mood_stats(d(2026, 11, 14), d(2026, 11, 20), days, Totals{2, 8}, {});
    CHECK(s.days_in_window == 7);
    CHECK(s.days_logged == 3);
    CHECK(s.entries == 4);
    REQUIRE(s.mean);
    CHECK(*s.mean == Approx(21.0 / 4));
    CHECK(s.lowest->score == 3);
    CHECK(s.lowest->day == d(2026, 11, 17));
    CHECK(s.highest->score == 7);
    CHECK(s.highest->day == d(2026, 11, 16));
    REQUIRE(s.change());
    CHECK(*s.change() == Approx(21.0 / 4 - 4.0));
    REQUIRE(s.per_day.size() == 7);
    CHECK(s.per_day[1].entries == 0);
    CHECK(s.days_missing() ==
          std::vector<Day>{d(2026, 11, 15), d(2026, 11, 18), d(2026, 11, 19), d(2026, 11, 20)});
}

TEST_CASE("the first day wins a tie for lowest or highest") {
    std::vector<DayAggregate> days{{d(2026, 1, 2), 1, 4, 4, 4}, {d(2026, 1, 1), 1, 4, 4, 4}};
    auto s = mood_stats(d(2026, 1, 1), d(2026, 1, 3), days, {}, {});
    CHECK(s.lowest->day == d(2026, 1, 1));
    CHECK(s.highest->day == d(2026, 1, 1));
}

TEST_CASE("days outside the window are ignored, and no moods means no mean") {
    std::vector<DayAggregate> days{{d(2026, 1, 10), 1, 4, 4, 4}};
    auto s = mood_stats(d(2026, 1, 1), d(2026, 1, 3), days, {}, {});
    CHECK(s.entries == 0);
    CHECK_FALSE(s.mean);
    CHECK_FALSE(s.lowest);
    CHECK_FALSE(s.change());
    CHECK(s.days_missing().size() == 3);
}

TEST_CASE("no change is shown without moods in the previous window") {
    std::vector<DayAggregate> days{{d(2026, 1, 2), 1, 4, 4, 4}};
    auto s = mood_stats(d(2026, 1, 1), d(2026, 1, 3), days, Totals{}, {});
    CHECK_FALSE(s.change());
}

TEST_CASE("the previous window has the same length, just before") {
    CHECK(previous_window(d(2026, 3, 1), d(2026, 3, 7)) ==
          std::pair{d(2026, 2, 22), d(2026, 2, 28)});
    CHECK(previous_window(d(2024, 3, 1), d(2024, 3, 1)) ==
          std::pair{d(2024, 2, 29), d(2024, 2, 29)});
    CHECK(previous_window(d(2026, 1, 1), d(2026, 1, 2)) ==
          std::pair{d(2025, 12, 30), d(2025, 12, 31)});
}

TEST_CASE("tags are ordered by use, then by name") {
    auto s = mood_stats(d(2026, 1, 1), d(2026, 1, 1), {}, {},
                        {{"b", 1, 3.0}, {"a", 1, 5.0}, {"c", 4, 6.0}});
    REQUIRE(s.tags.size() == 3);
    CHECK(s.tags[0].tag == "c");
    CHECK(s.tags[1].tag == "a");
    CHECK(s.tags[2].tag == "b");
}

TEST_CASE("the default window runs from the last session held, else 7 days") {
    tend::test::TimeZone tz("Europe/Berlin");
    auto clock = tend::test::clock_at("2026-11-20 08:30");
    Session held;
    held.at = tend::test::at("2026-11-13 17:00");
    held.day = d(2026, 11, 13);
    auto w = default_window(held, clock.today(), clock);
    CHECK(w.from == d(2026, 11, 13));
    CHECK(w.to == d(2026, 11, 20));
    CHECK(w.basis == WindowBasis::last_session);
    CHECK(w.days() == 8);
    // It starts at the session's time, not its day, and ends just after now.
    CHECK(w.start == held.at);
    CHECK(w.end.utc == clock.now.utc + 1);
    CHECK_FALSE(w.holds(tend::test::at("2026-11-13 16:59")));
    CHECK(w.holds(tend::test::at("2026-11-13 17:00")));
    CHECK(w.holds(clock.now));

    auto none =
        default_window(std::nullopt, d(2026, 3, 3), tend::test::clock_at("2026-03-03 12:00"));
    CHECK(none.from == d(2026, 2, 25));
    CHECK(none.days() == 7);
    CHECK(none.basis == WindowBasis::default_days);
    CHECK(none.start == start_of(d(2026, 2, 25)));

    held.at = tend::test::at("2026-11-20 07:00");
    held.day = d(2026, 11, 20);
    auto today = default_window(held, clock.today(), clock);
    CHECK(today.days() == 1);
}

TEST_CASE("mood is compared with the previous session-to-session window, else as many days") {
    tend::test::TimeZone tz("Europe/Berlin");
    auto clock = tend::test::clock_at("2026-11-19 21:00");
    Session last, before;
    last.at = tend::test::at("2026-11-17 17:00");
    last.day = d(2026, 11, 17);
    before.at = tend::test::at("2026-11-10 17:00");
    before.day = d(2026, 11, 10);
    auto w = default_window(last, clock.today(), clock);
    auto p = comparison_window(w, before);
    CHECK(p.between_sessions);
    CHECK(p.start == before.at);
    CHECK(p.end == last.at);
    CHECK(p.from == d(2026, 11, 10));
    CHECK(p.to == d(2026, 11, 17));
    // No session before: the window's 3 days, ending at the session's time.
    p = comparison_window(w, std::nullopt);
    CHECK_FALSE(p.between_sessions);
    CHECK(p.start == tend::test::at("2026-11-14 17:00"));
    CHECK(p.end == last.at);
    // Days asked for: the same number of whole days just before.
    auto given = days_window(d(2026, 3, 1), d(2026, 3, 7), WindowBasis::given, clock);
    p = comparison_window(given, before);
    CHECK_FALSE(p.between_sessions);
    CHECK(p.from == d(2026, 2, 22));
    CHECK(p.to == d(2026, 2, 28));
    CHECK(p.end == start_of(d(2026, 3, 1)));
}

TEST_CASE("the change is the difference of the means as shown") {
    // 4.5 against 6.25: two decimals show 4.50 and 6.25, so the change is -1.75.
    auto s = mood_stats(d(2026, 11, 17), d(2026, 11, 19), {{d(2026, 11, 17), 2, 9, 3, 6}},
                        Totals{4, 25}, {});
    CHECK(*s.change() == Approx(-1.75));
    // 17/3 = 5.666.. and 36/7 = 5.142..: shown 5.67 and 5.14, so 0.53 (not 0.5238..).
    s = mood_stats(d(2026, 11, 17), d(2026, 11, 19), {{d(2026, 11, 17), 3, 17, 5, 6}},
                   Totals{7, 36}, {});
    CHECK(*s.change() == Approx(0.53));
}

TEST_CASE("a check-off on the session's day before the session belongs to the window before") {
    tend::test::TimeZone tz("Europe/Berlin");
    Homework hw;
    hw.id = 1;
    hw.schedule.kind = ScheduleKind::daily;
    hw.start_day = d(2026, 11, 9);
    Checkoff morning;
    morning.homework_id = 1;
    morning.day = d(2026, 11, 10);
    morning.at = tend::test::at("2026-11-10 08:00");
    Checkoff next = morning;
    next.day = d(2026, 11, 11);
    next.at = tend::test::at("2026-11-11 08:00");
    auto opened = tend::test::at("2026-11-10 17:00");
    auto a = adherence_for(hw, std::vector<Checkoff>{morning, next}, d(2026, 11, 10),
                           d(2026, 11, 12), d(2026, 11, 12), opened);
    CHECK(a.scheduled == 1);  // Wed 11; Thu 12 is today
    CHECK(a.done == 1);
    CHECK_FALSE(in_window(morning, d(2026, 11, 10), d(2026, 11, 12), opened));
    // Not checked off before the session: the day is this window's, missed once it is over.
    a = adherence_for(hw, std::vector<Checkoff>{next}, d(2026, 11, 10), d(2026, 11, 12),
                      d(2026, 11, 12), opened);
    CHECK(a.scheduled == 2);
    CHECK(a.missing == 1);
    // The window before, up to the session day (today then), had it.
    a = adherence_for(hw, std::vector<Checkoff>{morning}, d(2026, 11, 9), d(2026, 11, 10),
                      d(2026, 11, 10));
    CHECK(a.done == 1);
}

TEST_CASE("gaps name days without a mood, unchecked homework, and missing entries") {
    Summary s;
    s.window = {d(2026, 1, 1), d(2026, 1, 3), WindowBasis::given, start_of(d(2026, 1, 1)),
                start_of(d(2026, 1, 4))};
    s.mood = mood_stats(s.window.from, s.window.to, {{d(2026, 1, 2), 1, 5, 5, 5}}, {}, {});
    Homework quiet;
    quiet.id = 7;
    Adherence none_done;
    none_done.scheduled = 2;
    none_done.missing = 2;
    Homework skipped;
    skipped.id = 8;
    Adherence one_skip;
    one_skip.scheduled = 1;
    one_skip.skipped = 1;
    auto summarized = [](const Homework& hw, const Adherence& a) {
        HomeworkSummary h;
        h.homework = hw;
        h.adherence = a;
        return h;
    };
    s.homework = {summarized(quiet, none_done), summarized(skipped, one_skip)};
    s.last_session = Session{};
    // Prep is asked for only when the next session is known.
    CHECK_FALSE(s.gaps().prep_missing);
    s.next_session = NextSession{};

    auto g = s.gaps();
    CHECK(g.days_without_mood == std::vector<Day>{d(2026, 1, 1), d(2026, 1, 3)});
    REQUIRE(g.never_checked.size() == 1);
    CHECK(g.never_checked[0].id == 7);
    CHECK(g.reflection_missing);
    CHECK(g.prep_missing);

    s.reflections.push_back(Entry{});
    s.prep = Entry{};
    s.last_session.reset();
    auto none = s.gaps();
    CHECK_FALSE(none.reflection_missing);
    CHECK_FALSE(none.prep_missing);
}

TEST_CASE("answers put the chosen key first and keep the rest in order") {
    Entry e;
    e.answers = {{"takeaway", "T?", "t"}, {"emotions", "E?", "e"}, {"intention", "I?", "i"}};
    auto a = answers_with_first(e, "intention");
    REQUIRE(a.size() == 3);
    CHECK(a[0].key == "intention");
    CHECK(a[1].key == "takeaway");
    CHECK(a[2].key == "emotions");
    CHECK(answers_with_first(e, "missing")[0].key == "takeaway");
}
