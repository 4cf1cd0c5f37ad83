// Goal rules: the 0 to 10 rating and milestone numbers, at their edges.
#include <catch2/catch.hpp>

#include <string>

#include "core/goal.hpp"
#include "util/error.hpp"

using namespace tend::core;

namespace {

template <typename F>
std::string error_of(F&& f) {
    try {
        (void)f();
    } catch (const tend::Error& e) {
        CHECK(e.code() == tend::Exit::usage);
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("a goal is rated with a whole number from 0 to 10") {
    for (int r = 0; r <= 10; ++r) CHECK(parse_goal_rating(std::to_string(r)) == r);
    CHECK(error_of([] { return parse_goal_rating("11"); }) ==
          "goal rating must be a whole number from 0 to 10 (got \"11\")");
    CHECK(error_of([] { return parse_goal_rating("-1"); }) ==
          "goal rating must be a whole number from 0 to 10 (got \"-1\")");
    CHECK(error_of([] { return parse_goal_rating("7.5"); }) ==
          "goal rating must be a whole number from 0 to 10 (got \"7.5\")");
    CHECK(error_of([] { return parse_goal_rating(""); }) ==
          "goal rating must be a whole number from 0 to 10 (got \"\")");
    CHECK(error_of([] { return parse_goal_rating("99999999999999999999"); }) ==
          "goal rating must be a whole number from 0 to 10 (got \"99999999999999999999\")");
}

TEST_CASE("milestones are numbered from 1 in the order they were added") {
    CHECK(parse_milestone_number("1", 3) == 1);
    CHECK(parse_milestone_number("3", 3) == 3);
    CHECK(error_of([] { return parse_milestone_number("4", 3); }) ==
          "milestone must be a whole number from 1 to 3 (got \"4\")");
    CHECK(error_of([] { return parse_milestone_number("0", 3); }) ==
          "milestone must be a whole number from 1 to 3 (got \"0\")");
    CHECK(error_of([] { return parse_milestone_number("two", 3); }) ==
          "milestone must be a whole number from 1 to 3 (got \"two\")");
    CHECK(error_of([] { return parse_milestone_number("1", 0); }) ==
          "this goal has no milestones (got \"1\")");
}
