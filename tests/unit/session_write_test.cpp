// The rules of writing sessions: which times a held or scheduled session may have, where the
// time of the next one comes from, and when a new session takes the place of the scheduled one.
#include <catch2/catch.hpp>

#include "support.hpp"

#include "core/session.hpp"

using namespace tend::core;

namespace {

using tend::test::at;
using tend::test::clock_at;
using tend::test::day;

Session session(std::int64_t id, const char* when, SessionStatus status, const char* note = "") {
    Session s;
    s.id = id;
    s.uuid = "uuid-" + std::to_string(id);
    s.at = at(when);
    s.day = day_of(s.at);
    s.status = status;
    s.note = note;
    return s;
}

/// A session not yet written: no id, no UUID.
Session fresh(const char* when, SessionStatus status, const char* note = "") {
    auto s = session(0, when, status, note);
    s.uuid.clear();
    return s;
}

const SessionSchedule tuesdays{1, {17, 0, 0}};
constexpr auto held = SessionStatus::held;
constexpr auto scheduled = SessionStatus::scheduled;
constexpr auto cancelled = SessionStatus::cancelled;

}  // namespace

TEST_CASE("a session that took place is not in the future; a scheduled one is") {
    auto clock = clock_at("2026-11-20T10:00");
    CHECK_FALSE(session_time_problem(held, at("2026-11-20T10:00"), "now", clock));
    CHECK_FALSE(session_time_problem(held, at("2026-11-19T17:00"), "yesterday", clock));
    CHECK(session_time_problem(held, at("2026-11-20T10:01"), "10:01", clock) ==
          "a session that took place cannot be in the future (got \"10:01\"); schedule one with "
          "tend session next");

    CHECK_FALSE(session_time_problem(scheduled, at("2026-11-20T10:01"), "10:01", clock));
    CHECK(session_time_problem(scheduled, at("2026-11-20T10:00"), "10:00", clock) ==
          "the next session must be later than now (got \"10:00\"); record one that took place "
          "with tend session add");

    // A cancelled session may stand anywhere in time.
    CHECK_FALSE(session_time_problem(cancelled, at("2026-11-19T17:00"), "x", clock));
    CHECK_FALSE(session_time_problem(cancelled, at("2026-11-24T17:00"), "x", clock));
}

TEST_CASE("the problem shows the typed value escaped") {
    auto problem = session_time_problem(held, at("2026-11-21T10:00"), "\x1b[31mtomorrow",
                                        clock_at("2026-11-20T10:00"));
    REQUIRE(problem);
    CHECK(problem->find("\"\\x1b[31mtomorrow\"") != std::string::npos);
}

TEST_CASE("the next session's time is the typed one, else the schedule's, else the usual one") {
    CHECK(next_session_time(TimeOfDay{9, 30, 0}, tuesdays) == TimeOfDay{9, 30, 0});
    CHECK(next_session_time(std::nullopt, tuesdays) == TimeOfDay{17, 0, 0});
    CHECK_FALSE(next_session_time(std::nullopt, std::nullopt));

    auto booked = session(4, "2026-11-24T16:00", scheduled);
    auto last = session(3, "2026-11-17T18:30", held);
    CHECK(usual_time(booked, last) == TimeOfDay{16, 0, 0});
    CHECK(usual_time(std::nullopt, last) == TimeOfDay{18, 30, 0});
    CHECK_FALSE(usual_time(std::nullopt, std::nullopt));
}

TEST_CASE("a held session takes the place of the scheduled one it fulfils") {
    auto booked = session(4, "2026-11-20T17:00", scheduled, "bring the diary");
    SECTION("on its day, keeping its id, UUID and note") {
        auto w = held_session_write(fresh("2026-11-20T17:05", held), booked, false);
        CHECK(w.replaces);
        CHECK(w.session.id == 4);
        CHECK(w.session.uuid == "uuid-4");
        CHECK(w.session.note == "bring the diary");
        CHECK(w.session.status == held);
        CHECK(w.session.at == at("2026-11-20T17:05"));
        CHECK_FALSE(w.moved_from);
    }
    SECTION("a note given replaces the scheduled one's, even an empty one") {
        auto w = held_session_write(fresh("2026-11-20T17:05", held, ""), booked, true);
        CHECK(w.replaces);
        CHECK(w.session.note.empty());
    }
    SECTION("a day after it, too: it was due and not recorded") {
        auto w = held_session_write(fresh("2026-11-21T09:00", held), booked, false);
        CHECK(w.replaces);
    }
    SECTION("but not a day before it") {
        auto w = held_session_write(fresh("2026-11-19T17:00", held, "early"), booked, false);
        CHECK_FALSE(w.replaces);
        CHECK(w.session.id == 0);
        CHECK(w.session.note == "early");
    }
    SECTION("nor without a scheduled session") {
        CHECK_FALSE(
            held_session_write(fresh("2026-11-20T17:05", held), std::nullopt, false).replaces);
    }
}

TEST_CASE("a new next session takes the place of the one already scheduled") {
    auto booked = session(4, "2026-11-24T17:00", scheduled, "bring the diary");
    SECTION("moving it when the time changes") {
        auto w = next_session_write(fresh("2026-11-26T17:00", scheduled), booked, false);
        CHECK(w.replaces);
        CHECK(w.session.id == 4);
        CHECK(w.session.uuid == "uuid-4");
        CHECK(w.session.note == "bring the diary");
        CHECK(w.moved_from == at("2026-11-24T17:00"));
    }
    SECTION("at the same time it only takes a new note") {
        auto w = next_session_write(fresh("2026-11-24T17:00", scheduled, "new"), booked, true);
        CHECK(w.replaces);
        CHECK(w.session.note == "new");
        CHECK_FALSE(w.moved_from);
    }
    SECTION("without one it is a new record") {
        auto w = next_session_write(fresh("2026-11-24T17:00", scheduled, "n"), std::nullopt, false);
        CHECK_FALSE(w.replaces);
        CHECK(w.session.note == "n");
        CHECK_FALSE(w.moved_from);
    }
}

TEST_CASE("cancelling takes the scheduled session, else the next regular one") {
    auto clock = clock_at("2026-11-20T10:00");
    SECTION("the scheduled session is cancelled in place, even one whose day has passed") {
        SessionFacts facts;
        facts.scheduled = session(4, "2026-11-18T17:00", scheduled, "note");
        auto w = cancellation(facts, next_session(facts, tuesdays, clock));
        REQUIRE(w);
        CHECK(w->replaces);
        CHECK(w->session.id == 4);
        CHECK(w->session.status == cancelled);
        CHECK(w->session.note == "note");
        CHECK(w->session.at == at("2026-11-18T17:00"));
    }
    SECTION("without one, the next regular session is recorded as cancelled") {
        SessionFacts facts;
        auto w = cancellation(facts, next_session(facts, tuesdays, clock));
        REQUIRE(w);
        CHECK_FALSE(w->replaces);
        CHECK(w->session.status == cancelled);
        CHECK(w->session.at == at("2026-11-24T17:00"));
        CHECK(w->session.day == day("2026-11-24"));
    }
    SECTION("with neither, there is nothing to cancel") {
        CHECK_FALSE(cancellation({}, std::nullopt));
    }
}
