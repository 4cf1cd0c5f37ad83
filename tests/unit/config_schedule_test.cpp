// The config file's session schedule: parsed into a weekday and time, or an error naming file,
// line and key.
#include <catch2/catch.hpp>

#include "core/config.hpp"
#include "util/error.hpp"

using namespace tend::core;

TEST_CASE("[session] schedule is parsed into a weekday and a time") {
    auto config = parse_config("[session]\nschedule = \"Thursday 09:30\"\n", "c.toml");
    REQUIRE(config.session_schedule);
    CHECK(*config.session_schedule == SessionSchedule{3, {9, 30, 0}});
    CHECK_FALSE(parse_config("", "c.toml").session_schedule);
}

TEST_CASE("an invalid [session] schedule names file, line and key") {
    auto message = [](const char* text) {
        try {
            (void)parse_config(text, "c.toml");
        } catch (const tend::Error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(message("\n[session]\nschedule = \"tuesdays at 5\"\n") ==
          "c.toml:3: session.schedule must be a weekday and a 24-hour time such as \"tue "
          "17:00\" (got \"tuesdays at 5\")");
    CHECK(message("[session]\nschedule = 17\n") ==
          "c.toml:2: session.schedule must be a weekday and a 24-hour time such as \"tue "
          "17:00\" (got 17)");
}
