// The session rules: the regular schedule, and which session is the next one.
#include <catch2/catch.hpp>

#include "support.hpp"

#include "core/session.hpp"

using namespace tend::core;

namespace {

using tend::test::at;
using tend::test::clock_at;
using tend::test::day;

Session session(std::int64_t id, const char* when, SessionStatus status) {
    Session s;
    s.id = id;
    s.at = at(when);
    s.day = day_of(s.at);
    s.status = status;
    return s;
}

const SessionSchedule tuesdays{1, {17, 0, 0}};

}  // namespace

TEST_CASE("a regular schedule is a weekday and a 24-hour time") {
    CHECK(parse_session_schedule("tue 17:00") == tuesdays);
    CHECK(parse_session_schedule("Tuesday 17:00") == tuesdays);
    CHECK(parse_session_schedule("  TUE   17:00 ") == tuesdays);
    CHECK(parse_session_schedule("sun 08:15") == SessionSchedule{6, {8, 15, 0}});
    CHECK_FALSE(parse_session_schedule("tue"));
    CHECK_FALSE(parse_session_schedule("17:00"));
    CHECK_FALSE(parse_session_schedule("17:00 tue"));
    CHECK_FALSE(parse_session_schedule("tue 5pm"));
    CHECK(parse_session_schedule("tue 9:00") == SessionSchedule{1, {9, 0, 0}});
    CHECK_FALSE(parse_session_schedule("tue 24:00"));
    CHECK_FALSE(parse_session_schedule("tomorrow 17:00"));
    CHECK_FALSE(parse_session_schedule("every tue 17:00"));
    CHECK_FALSE(parse_session_schedule(""));
    CHECK(format_schedule(tuesdays) == "tue 17:00");
}

TEST_CASE("the next occurrence of a schedule is strictly after the instant") {
    // 2026-11-20 is a Friday.
    CHECK(next_occurrence(tuesdays, at("2026-11-20T08:30")) == at("2026-11-24T17:00"));
    CHECK(next_occurrence(tuesdays, at("2026-11-24T16:59")) == at("2026-11-24T17:00"));
    CHECK(next_occurrence(tuesdays, at("2026-11-24T17:00")) == at("2026-12-01T17:00"));
    CHECK(next_occurrence(tuesdays, at("2026-11-24T23:00")) == at("2026-12-01T17:00"));
}

TEST_CASE("the next occurrence keeps its wall-clock time across a daylight-saving change") {
    tend::test::TimeZone berlin("Europe/Berlin");
    // Europe/Berlin moves to summer time on Sunday 29 March 2026.
    auto next = next_occurrence({0, {17, 0, 0}}, at("2026-03-27T12:00"));
    CHECK(format_iso(next) == "2026-03-30T17:00:00+02:00");
}

TEST_CASE("the scheduled session is the next one while its day has not passed") {
    SessionFacts facts;
    facts.scheduled = session(3, "2026-11-26T18:00", SessionStatus::scheduled);
    auto next = next_session(facts, tuesdays, clock_at("2026-11-20T08:30"));
    REQUIRE(next);
    CHECK(next->at == at("2026-11-26T18:00"));
    CHECK_FALSE(next->from_schedule());
    CHECK(next->session->id == 3);

    // Later the same day, after its time, it is still the next one (not yet recorded).
    next = next_session(facts, std::nullopt, clock_at("2026-11-26T20:00"));
    REQUIRE(next);
    CHECK(next->session->id == 3);
}

TEST_CASE("a scheduled session whose day has passed gives way to the schedule") {
    SessionFacts facts;
    facts.scheduled = session(3, "2026-11-19T18:00", SessionStatus::scheduled);
    auto clock = clock_at("2026-11-20T08:30");
    CHECK(has_passed(*facts.scheduled, clock.today()));
    auto next = next_session(facts, tuesdays, clock);
    REQUIRE(next);
    CHECK(next->from_schedule());
    CHECK(next->at == at("2026-11-24T17:00"));
    CHECK_FALSE(next_session(facts, std::nullopt, clock));
}

TEST_CASE("without a scheduled session, the schedule says when the next one is") {
    auto clock = clock_at("2026-11-20T08:30");
    CHECK_FALSE(next_session({}, std::nullopt, clock));
    auto next = next_session({}, tuesdays, clock);
    REQUIRE(next);
    CHECK(next->from_schedule());
    CHECK(next->at == at("2026-11-24T17:00"));
}

TEST_CASE("the schedule skips cancelled days and days already held") {
    auto clock = clock_at("2026-11-24T09:00");
    SessionFacts facts;
    facts.cancelled_days = {day("2026-11-24")};
    CHECK(next_session(facts, tuesdays, clock)->at == at("2026-12-01T17:00"));
    facts.cancelled_days = {day("2026-11-24"), day("2026-12-01")};
    CHECK(next_session(facts, tuesdays, clock)->at == at("2026-12-08T17:00"));

    // A session held this morning is this Tuesday's.
    SessionFacts held;
    held.latest_held = session(1, "2026-11-24T08:00", SessionStatus::held);
    CHECK(next_session(held, tuesdays, clock)->at == at("2026-12-01T17:00"));
}

TEST_CASE("a regular session whose time passed unrecorded is unconfirmed, until settled") {
    SessionFacts facts;
    facts.latest_held = session(1, "2026-11-10T17:00", SessionStatus::held);
    // Before its time on the day, and not at all without a schedule.
    CHECK_FALSE(unconfirmed_session(facts, tuesdays, clock_at("2026-11-17T16:59")));
    CHECK_FALSE(unconfirmed_session(facts, std::nullopt, clock_at("2026-11-19T09:00")));
    // At its time, the rest of that week, and up to the next one's time.
    for (const char* now : {"2026-11-17T17:00", "2026-11-19T09:00", "2026-11-24T16:59"}) {
        INFO(now);
        auto u = unconfirmed_session(facts, tuesdays, clock_at(now));
        REQUIRE(u);
        CHECK(u->from_schedule());
        CHECK(u->at == at("2026-11-17T17:00"));
    }
    // Only the latest is asked about: a week later, the next Tuesday's.
    CHECK(unconfirmed_session(facts, tuesdays, clock_at("2026-11-25T09:00"))->at ==
          at("2026-11-24T17:00"));
    // Held that day (at any time) or later, or cancelled that day: settled.
    auto held = facts;
    held.latest_held = session(2, "2026-11-17T09:00", SessionStatus::held);
    CHECK_FALSE(unconfirmed_session(held, tuesdays, clock_at("2026-11-19T09:00")));
    held.latest_held = session(2, "2026-11-18T12:00", SessionStatus::held);
    CHECK_FALSE(unconfirmed_session(held, tuesdays, clock_at("2026-11-19T09:00")));
    auto cancelled = facts;
    cancelled.cancelled_days = {day("2026-11-17")};
    CHECK_FALSE(unconfirmed_session(cancelled, tuesdays, clock_at("2026-11-19T09:00")));
    // With no session at all yet, the latest regular time is asked about too.
    CHECK(unconfirmed_session({}, tuesdays, clock_at("2026-11-19T09:00")));
}

TEST_CASE("the latest regular time is counted in local days, across a clock change too") {
    // Europe/Berlin (the tests' zone) moves back an hour on Sun 25 Oct and ahead on Sun 29 Mar:
    // the week before each Tuesday is an hour longer or shorter than 7 x 24 hours.
    for (const char* now : {"2026-10-27T16:00", "2026-10-27T16:59"}) {
        INFO(now);
        CHECK(unconfirmed_session({}, tuesdays, clock_at(now))->at == at("2026-10-20T17:00"));
    }
    CHECK(unconfirmed_session({}, tuesdays, clock_at("2026-10-27T17:00"))->at ==
          at("2026-10-27T17:00"));
    CHECK(unconfirmed_session({}, tuesdays, clock_at("2026-03-31T17:00"))->at ==
          at("2026-03-31T17:00"));
    CHECK(unconfirmed_session({}, tuesdays, clock_at("2026-03-31T16:30"))->at ==
          at("2026-03-24T17:00"));
    // Never a day before 1970.
    CHECK_FALSE(unconfirmed_session({}, tuesdays, clock_at("1970-01-02T08:30")));
}

TEST_CASE("the facts once a write is saved") {
    SessionFacts facts;
    facts.latest_held = session(1, "2026-11-10T17:00", SessionStatus::held);
    facts.scheduled = session(2, "2026-11-17T17:00", SessionStatus::scheduled);
    auto held = session(2, "2026-11-17T17:00", SessionStatus::held);
    auto after = with_write(facts, SessionWrite{held, true, std::nullopt});
    CHECK_FALSE(after.scheduled);
    CHECK(after.latest_held->id == 2);
    auto cancelled = session(0, "2026-11-17T17:00", SessionStatus::cancelled);
    auto skipped = with_write(facts, SessionWrite{cancelled, false, std::nullopt});
    CHECK(skipped.scheduled);
    CHECK(skipped.latest_held->id == 1);
    CHECK(skipped.cancelled_days == std::vector<Day>{day("2026-11-17")});
}

TEST_CASE("a scheduled session is unconfirmed once its time has passed") {
    SessionFacts facts;
    facts.scheduled = session(4, "2026-11-20T10:00", SessionStatus::scheduled);
    CHECK_FALSE(unconfirmed_session(facts, tuesdays, clock_at("2026-11-20T09:59")));
    auto u = unconfirmed_session(facts, tuesdays, clock_at("2026-11-20T10:00"));
    REQUIRE(u);
    REQUIRE(u->session);
    CHECK(u->session->id == 4);
    // A session scheduled ahead takes the place of the regular one that passed meanwhile.
    facts.scheduled = session(4, "2026-11-26T10:00", SessionStatus::scheduled);
    CHECK_FALSE(unconfirmed_session(facts, tuesdays, clock_at("2026-11-25T09:00")));
}

TEST_CASE("a past day is named as add and cancel read it") {
    auto today = day("2026-11-19");  // a Thursday
    CHECK(past_day_word(today, today) == "today");
    CHECK(past_day_word(day("2026-11-17"), today) == "tue");
    CHECK(past_day_word(day("2026-11-13"), today) == "fri");
    CHECK(past_day_word(day("2026-11-12"), today) == "2026-11-12");
}

TEST_CASE("cancelling a day cancels the session expected then") {
    SessionFacts facts;
    facts.latest_held = session(1, "2026-11-10T17:00", SessionStatus::held);
    UnconfirmedSession u{at("2026-11-17T17:00"), std::nullopt};
    auto w = cancellation_on(day("2026-11-17"), facts, u, tuesdays);
    REQUIRE(w);
    CHECK_FALSE(w->replaces);
    CHECK(w->session.status == SessionStatus::cancelled);
    CHECK(w->session.at == at("2026-11-17T17:00"));
    // A coming regular day; a day with no session expected; a day already held.
    CHECK(cancellation_on(day("2026-11-24"), facts, std::nullopt, tuesdays)->session.at ==
          at("2026-11-24T17:00"));
    CHECK_FALSE(cancellation_on(day("2026-11-23"), facts, std::nullopt, tuesdays));
    CHECK_FALSE(cancellation_on(day("2026-11-10"), facts, std::nullopt, tuesdays));
    // The scheduled session on that day is cancelled in place.
    facts.scheduled = session(5, "2026-11-26T10:00", SessionStatus::scheduled);
    auto s = cancellation_on(day("2026-11-26"), facts, std::nullopt, tuesdays);
    REQUIRE(s);
    CHECK(s->replaces);
    CHECK(s->session.id == 5);
    CHECK(s->session.status == SessionStatus::cancelled);
}

TEST_CASE("a session recorded without a time takes the time it was expected") {
    auto clock = clock_at("2026-11-20T08:30");
    auto scheduled = std::optional(session(3, "2026-11-19T18:00", SessionStatus::scheduled));
    CHECK(expected_time_on(day("2026-11-19"), scheduled, tuesdays, clock) ==
          at("2026-11-19T18:00"));
    CHECK(expected_time_on(day("2026-11-17"), scheduled, tuesdays, clock) ==
          at("2026-11-17T17:00"));
    CHECK_FALSE(expected_time_on(day("2026-11-18"), scheduled, tuesdays, clock));
    // Expected later today: not yet, so the caller uses now.
    auto today = std::optional(session(3, "2026-11-20T17:00", SessionStatus::scheduled));
    CHECK_FALSE(expected_time_on(day("2026-11-20"), today, std::nullopt, clock));
}

TEST_CASE("a held session fulfils a scheduled one due that day or before") {
    auto scheduled = session(3, "2026-11-19T18:00", SessionStatus::scheduled);
    CHECK(fulfils(scheduled, day("2026-11-19")));
    CHECK(fulfils(scheduled, day("2026-11-20")));
    CHECK_FALSE(fulfils(scheduled, day("2026-11-18")));
    CHECK_FALSE(
        fulfils(session(3, "2026-11-19T18:00", SessionStatus::cancelled), day("2026-11-20")));
}

TEST_CASE("session statuses have stable names") {
    for (auto s : {SessionStatus::held, SessionStatus::scheduled, SessionStatus::cancelled})
        CHECK(parse_status(status_name(s)) == s);
    CHECK(status_name(SessionStatus::held) == "held");
    CHECK_FALSE(parse_status("done"));
}
