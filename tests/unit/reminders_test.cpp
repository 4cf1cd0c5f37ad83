// The reminder rules: given the facts and the clock, which reminders are due, in which order,
// and what to type for each.
#include <catch2/catch.hpp>

#include "support.hpp"

#include "core/reminders.hpp"

using namespace tend::core;

namespace {

using tend::test::at;
using tend::test::clock_at;
using tend::test::day;

Session session(std::int64_t id, const char* when, SessionStatus status = SessionStatus::held) {
    Session s;
    s.id = id;
    s.at = at(when);
    s.day = day_of(s.at);
    s.status = status;
    return s;
}

Homework item(std::int64_t id, Schedule schedule, const char* start = "2026-11-16") {
    Homework h;
    h.id = id;
    h.title = "item " + std::to_string(id);
    h.schedule = schedule;
    h.start_day = day(start);
    return h;
}

Schedule daily() {
    return {ScheduleKind::daily, {}, 0, 0};
}
Schedule once(const char* due) {
    return {ScheduleKind::once, day(due), 0, 0};
}
Schedule weekly(int times) {
    return {ScheduleKind::weekly, {}, 0, times};
}

Checkoff checkoff(std::int64_t homework, const char* on,
                  CheckoffStatus status = CheckoffStatus::done) {
    return {0, "", homework, day(on), status, "", start_of(day(on))};
}

std::vector<ReminderKind> kinds_of(const std::vector<Reminder>& reminders) {
    std::vector<ReminderKind> out;
    for (const auto& r : reminders) out.push_back(r.kind);
    return out;
}

std::vector<std::int64_t> ids_of(const std::vector<Reminder>& reminders) {
    std::vector<std::int64_t> out;
    for (const auto& r : reminders) out.push_back(r.id.value_or(0));
    return out;
}

const ReminderSettings defaults;

}  // namespace

TEST_CASE("reminder kinds have stable names, used by JSON and the config") {
    CHECK(reminder_kind_name(ReminderKind::mood) == "mood");
    CHECK(reminder_kind_name(ReminderKind::homework_due) == "homework_due");
    CHECK(reminder_kind_name(ReminderKind::homework_overdue) == "homework_overdue");
    CHECK(reminder_kind_name(ReminderKind::reflection) == "reflection");
    CHECK(reminder_kind_name(ReminderKind::prep) == "prep");
    for (auto kind : all_reminder_kinds)
        CHECK(parse_reminder_kind(reminder_kind_name(kind)) == kind);
    CHECK_FALSE(parse_reminder_kind("homework"));
    CHECK_FALSE(parse_reminder_kind("Mood"));
    CHECK_FALSE(parse_reminder_kind(""));
}

TEST_CASE("a day without a mood is mentioned from mood_after on") {
    TimeOfDay eight{20, 0, 0};
    CHECK_FALSE(mood_due(false, eight, clock_at("2026-11-20T19:59:59")));
    CHECK(mood_due(false, eight, clock_at("2026-11-20T20:00")));
    CHECK(mood_due(false, eight, clock_at("2026-11-20T23:59")));
    CHECK_FALSE(mood_due(true, eight, clock_at("2026-11-20T21:00")));
    // A new day starts quiet again until the hour comes round.
    CHECK_FALSE(mood_due(false, eight, clock_at("2026-11-21T00:05")));
    CHECK(mood_due(false, {0, 0, 0}, clock_at("2026-11-21T00:00")));
    CHECK(mood_due(false, {7, 30, 0}, clock_at("2026-11-21T07:30")));

    ReminderFacts facts;
    CHECK(due_reminders(facts, defaults, clock_at("2026-11-20T19:00")).empty());
    auto due = due_reminders(facts, defaults, clock_at("2026-11-20T20:30"));
    REQUIRE(kinds_of(due) == std::vector{ReminderKind::mood});
    CHECK_FALSE(due[0].id);
    CHECK(reminder_command(due[0]) == "tend mood SCORE");
    facts.mood_logged_today = true;
    CHECK(due_reminders(facts, defaults, clock_at("2026-11-20T20:30")).empty());
}

TEST_CASE("homework due today is mentioned until it is checked off or skipped") {
    auto clock = clock_at("2026-11-20T08:30");  // a Friday
    ReminderFacts facts;
    facts.homework = {item(1, daily())};
    auto due = due_reminders(facts, defaults, clock);
    REQUIRE(kinds_of(due) == std::vector{ReminderKind::homework_due});
    CHECK(due[0].id == 1);
    CHECK(due[0].due == day("2026-11-20"));
    REQUIRE(due[0].homework);
    CHECK(due[0].homework->title == "item 1");
    CHECK(reminder_command(due[0]) == "tend hw done 1");

    SECTION("checked off yesterday: still due today") {
        facts.checkoffs = {checkoff(1, "2026-11-19")};
        CHECK(due_reminders(facts, defaults, clock).size() == 1);
    }
    SECTION("checked off today") {
        facts.checkoffs = {checkoff(1, "2026-11-20")};
        CHECK(due_reminders(facts, defaults, clock).empty());
    }
    SECTION("skipped today: the skip is respected") {
        facts.checkoffs = {checkoff(1, "2026-11-20", CheckoffStatus::skipped)};
        CHECK(due_reminders(facts, defaults, clock).empty());
    }
    SECTION("another item's check-off does not count") {
        facts.checkoffs = {checkoff(2, "2026-11-20")};
        CHECK(due_reminders(facts, defaults, clock).size() == 1);
    }
    SECTION("done or dropped items are never due") {
        facts.homework[0].status = HomeworkStatus::dropped;
        CHECK(due_reminders(facts, defaults, clock).empty());
    }
    SECTION("not before the day it starts") {
        facts.homework[0].start_day = day("2026-11-21");
        CHECK(due_reminders(facts, defaults, clock).empty());
    }
}

TEST_CASE("homework on named weekdays is due on those days only") {
    ReminderFacts facts;
    Schedule mon_wed_fri{ScheduleKind::days, {}, 0b0010101, 0};
    facts.homework = {item(1, mon_wed_fri)};
    CHECK(due_reminders(facts, defaults, clock_at("2026-11-20T08:30")).size() == 1);  // Fri
    CHECK(due_reminders(facts, defaults, clock_at("2026-11-21T08:30")).empty());      // Sat
}

TEST_CASE("weekly homework is mentioned until the week's quota is met") {
    ReminderFacts facts;
    facts.homework = {item(1, weekly(2), "2026-11-09")};
    auto clock = clock_at("2026-11-18T08:30");  // Wednesday of the week of Mon 16 Nov
    auto due = due_reminders(facts, defaults, clock);
    REQUIRE(due.size() == 1);
    CHECK(due[0].week_done == 0);
    CHECK(due[0].week_quota == 2);

    facts.checkoffs = {checkoff(1, "2026-11-16")};
    due = due_reminders(facts, defaults, clock);
    REQUIRE(due.size() == 1);
    CHECK(due[0].week_done == 1);

    facts.checkoffs.push_back(checkoff(1, "2026-11-17"));
    CHECK(due_reminders(facts, defaults, clock).empty());
    // A new week asks again.
    CHECK(due_reminders(facts, defaults, clock_at("2026-11-23T08:30")).size() == 1);
}

TEST_CASE("one-off homework: due on its day, overdue after it, never without a day") {
    ReminderFacts facts;
    facts.homework = {item(1, once("2026-11-20")), item(2, Schedule{})};
    auto on_day = due_reminders(facts, defaults, clock_at("2026-11-20T08:30"));
    REQUIRE(kinds_of(on_day) == std::vector{ReminderKind::homework_due});
    CHECK(on_day[0].id == 1);

    CHECK(due_reminders(facts, defaults, clock_at("2026-11-19T08:30")).empty());

    auto after = due_reminders(facts, defaults, clock_at("2026-11-22T08:30"));
    REQUIRE(kinds_of(after) == std::vector{ReminderKind::homework_overdue});
    CHECK(after[0].due == day("2026-11-20"));
    CHECK(reminder_command(after[0]) == "tend hw done 1");

    facts.homework[0].status = HomeworkStatus::done;
    CHECK(due_reminders(facts, defaults, clock_at("2026-11-22T08:30")).empty());
}

TEST_CASE("homework due today comes first by id, then overdue, the longest overdue first") {
    ReminderFacts facts;
    facts.homework = {item(5, daily()), item(2, once("2026-11-18")), item(3, daily()),
                      item(4, once("2026-11-10")), item(1, once("2026-11-18"))};
    auto due = due_reminders(facts, defaults, clock_at("2026-11-20T08:30"));
    CHECK(kinds_of(due) == std::vector{ReminderKind::homework_due, ReminderKind::homework_due,
                                       ReminderKind::homework_overdue,
                                       ReminderKind::homework_overdue,
                                       ReminderKind::homework_overdue});
    CHECK(ids_of(due) == std::vector<std::int64_t>{3, 5, 4, 1, 2});
}

TEST_CASE("a reflection is asked for in the week after a session, until one is written") {
    auto held = session(7, "2026-11-17T17:00");
    CHECK_FALSE(reflection_due(held, false, clock_at("2026-11-17T16:59")));
    CHECK(reflection_due(held, false, clock_at("2026-11-17T17:00")));
    CHECK(reflection_due(held, false, clock_at("2026-11-24T16:59:59")));
    CHECK_FALSE(reflection_due(held, false, clock_at("2026-11-24T17:00")));
    CHECK_FALSE(reflection_due(held, true, clock_at("2026-11-17T18:00")));
    CHECK_FALSE(reflection_due(session(7, "2026-11-17T17:00", SessionStatus::scheduled), false,
                               clock_at("2026-11-17T18:00")));

    ReminderFacts facts;
    facts.latest_held = held;
    auto fresh = due_reminders(facts, defaults, clock_at("2026-11-18T16:00"));
    REQUIRE(kinds_of(fresh) == std::vector{ReminderKind::reflection});
    CHECK(fresh[0].id == 7);
    CHECK(fresh[0].session_at == held.at);
    CHECK_FALSE(fresh[0].late);
    CHECK(reminder_command(fresh[0]) == "tend reflect");

    // After 24 hours it is still worth doing; the line is worded for that.
    auto later = due_reminders(facts, defaults, clock_at("2026-11-18T17:01"));
    REQUIRE(later.size() == 1);
    CHECK(later[0].late);

    facts.latest_held_reflected = true;
    CHECK(due_reminders(facts, defaults, clock_at("2026-11-18T16:00")).empty());
}

TEST_CASE("prep is asked for when the next session is within the lead time") {
    NextSession next{at("2026-11-24T17:00"),
                     session(9, "2026-11-24T17:00", SessionStatus::scheduled)};
    CHECK_FALSE(prep_due(next, false, 24, clock_at("2026-11-23T16:59")));
    CHECK(prep_due(next, false, 24, clock_at("2026-11-23T17:00")));
    CHECK(prep_due(next, false, 24, clock_at("2026-11-24T16:59")));
    CHECK_FALSE(prep_due(next, false, 24, clock_at("2026-11-24T17:00")));  // it has begun
    CHECK_FALSE(prep_due(next, true, 24, clock_at("2026-11-24T09:00")));
    CHECK(prep_due(next, false, 48, clock_at("2026-11-22T17:00")));
    CHECK_FALSE(prep_due(next, false, 0, clock_at("2026-11-24T16:59")));  // 0 never asks

    ReminderFacts facts;
    facts.next = next;
    auto due = due_reminders(facts, defaults, clock_at("2026-11-24T09:00"));
    REQUIRE(kinds_of(due) == std::vector{ReminderKind::prep});
    CHECK(due[0].id == 9);
    CHECK(due[0].session_at == next.at);
    CHECK(reminder_command(due[0]) == "tend prep");

    SECTION("a session from the regular schedule has no id") {
        facts.next = NextSession{at("2026-11-24T17:00"), std::nullopt};
        due = due_reminders(facts, defaults, clock_at("2026-11-24T09:00"));
        REQUIRE(due.size() == 1);
        CHECK_FALSE(due[0].id);
    }
    SECTION("written prep ends it") {
        facts.prep_written = true;
        CHECK(due_reminders(facts, defaults, clock_at("2026-11-24T09:00")).empty());
    }
    SECTION("the lead time comes from the settings") {
        ReminderSettings settings;
        settings.prep_lead_hours = 4;
        CHECK(due_reminders(facts, settings, clock_at("2026-11-24T09:00")).empty());
        CHECK(due_reminders(facts, settings, clock_at("2026-11-24T13:00")).size() == 1);
    }
}

TEST_CASE("everything due at once, in the order shown: quickest and kindest first") {
    ReminderFacts facts;
    facts.homework = {item(2, once("2026-11-18")), item(1, daily())};
    facts.latest_held = session(3, "2026-11-20T17:00");
    facts.next = NextSession{at("2026-11-21T10:00"), std::nullopt};
    auto due = due_reminders(facts, defaults, clock_at("2026-11-20T20:15"));
    CHECK(kinds_of(due) == std::vector{ReminderKind::mood, ReminderKind::homework_due,
                                       ReminderKind::homework_overdue, ReminderKind::reflection,
                                       ReminderKind::prep});

    SECTION("kinds left out of the settings are never due") {
        ReminderSettings settings;
        settings.kinds = {ReminderKind::prep, ReminderKind::homework_overdue};
        CHECK_FALSE(settings.wants(ReminderKind::mood));
        CHECK(settings.wants(ReminderKind::prep));
        CHECK(kinds_of(due_reminders(facts, settings, clock_at("2026-11-20T20:15"))) ==
              std::vector{ReminderKind::homework_overdue, ReminderKind::prep});
        settings.kinds.clear();
        CHECK(due_reminders(facts, settings, clock_at("2026-11-20T20:15")).empty());
    }
    SECTION("a later mood_after keeps the mood quiet") {
        ReminderSettings settings;
        settings.mood_after = {21, 0, 0};
        CHECK(kinds_of(due_reminders(facts, settings, clock_at("2026-11-20T20:15"))).front() ==
              ReminderKind::homework_due);
    }
}

TEST_CASE("the rules hold across a daylight-saving change") {
    tend::test::TimeZone berlin("Europe/Berlin");
    // Europe/Berlin falls back on Sunday 25 October 2026: that day has 25 hours.
    auto held = session(1, "2026-10-24T17:00");
    // 7 days of 24 hours end an hour earlier by the wall clock.
    CHECK(reflection_due(held, false, clock_at("2026-10-31T15:59")));
    CHECK_FALSE(reflection_due(held, false, clock_at("2026-10-31T16:00")));
    NextSession next{at("2026-10-25T10:00"), std::nullopt};
    CHECK(prep_due(next, false, 24, clock_at("2026-10-24T11:00")));
    CHECK_FALSE(prep_due(next, false, 24, clock_at("2026-10-24T10:00")));
    CHECK(mood_due(false, {20, 0, 0}, clock_at("2026-10-25T20:00")));
}
