// util::env: an environment variable that is unset or empty reads as nothing.
#include "util/env.hpp"

#include <cstdlib>

#include <catch2/catch.hpp>

using tend::util::env;

TEST_CASE("env gives a set, non-empty variable's value", "[env]") {
    ::setenv("TEND_UNIT_ENV", "value with spaces", 1);
    CHECK(env("TEND_UNIT_ENV") == "value with spaces");
    ::setenv("TEND_UNIT_ENV", " ", 1);
    CHECK(env("TEND_UNIT_ENV") == " ");  // white space is a value
    ::unsetenv("TEND_UNIT_ENV");
}

TEST_CASE("env gives nothing for an unset or empty variable", "[env]") {
    ::unsetenv("TEND_UNIT_ENV");
    CHECK_FALSE(env("TEND_UNIT_ENV").has_value());
    ::setenv("TEND_UNIT_ENV", "", 1);
    CHECK_FALSE(env("TEND_UNIT_ENV").has_value());
    ::unsetenv("TEND_UNIT_ENV");
}
