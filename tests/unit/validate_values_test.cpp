// Checks on typed values (core/validate): how a bad value is shown back in a message, whole
// numbers, ids, and the limits on free text.
#include <catch2/catch.hpp>

#include <string>

#include "core/validate.hpp"
#include "util/error.hpp"

using namespace tend::core;
using Catch::Matchers::Contains;

TEST_CASE("quoted shows a value on one line that cannot drive a terminal", "[validate]") {
    CHECK(tend::core::quoted("seven") == R"("seven")");
    CHECK(tend::core::quoted("") == R"("")");
    SECTION("C0 controls and DEL as \\xNN") {
        CHECK(tend::core::quoted("a\x1b[2J\nb\x7f") == R"("a\x1b[2J\x0ab\x7f")");
    }
    SECTION("C1 and bidirectional controls as \\uNNNN, other characters kept") {
        CHECK(tend::core::quoted("\u0089c1") == R"("\u0089c1")");
        CHECK(tend::core::quoted("\u202eevil\u202c") == R"("\u202eevil\u202c")");
        CHECK(tend::core::quoted("Grüße 日本") == "\"Grüße 日本\"");
    }
    SECTION("invalid UTF-8 byte by byte") {
        CHECK(tend::core::quoted("ok \xc3\x28") == R"("ok \xc3(")");
        CHECK(tend::core::quoted("\xff\xfe") == R"("\xff\xfe")");
    }
    SECTION("cut at 40 characters") {
        auto shown = tend::core::quoted(std::string(100000, 'x'));
        CHECK(shown == "\"" + std::string(39, 'x') + "…\"");
    }
}

TEST_CASE("whole numbers are decimal digits with an optional minus, within 64 bits", "[validate]") {
    CHECK(parse_whole_number("7") == 7);
    CHECK(parse_whole_number("-12") == -12);
    CHECK(parse_whole_number("9223372036854775807") == 9223372036854775807LL);
    CHECK_FALSE(parse_whole_number("9223372036854775808"));
    CHECK_FALSE(parse_whole_number("99999999999999999999999"));
    for (const char* bad : {"", " 7", "7 ", "+7", "7.0", "1e3", "0x10", "seven", "7\n"})
        CHECK_FALSE(parse_whole_number(bad));
}

TEST_CASE("ids are positive whole numbers", "[validate]") {
    CHECK(parse_id("1", "mood") == 1);
    CHECK(parse_id("9223372036854775807", "mood") == 9223372036854775807LL);
    for (const char* bad : {"0", "-1", "", "abc", "1.0", "99999999999999999999"}) {
        try {
            (void)parse_id(bad, "mood");
            FAIL("accepted " << bad);
        } catch (const tend::Error& e) {
            CHECK(e.code() == tend::Exit::usage);
            CHECK_THAT(e.what(), Contains("mood id must be a positive whole number"));
        }
    }
}

TEST_CASE("free text: valid UTF-8, no NUL, at most 2 MiB", "[validate]") {
    CHECK_NOTHROW(check_text(std::string(1024 * 1024, 'x'), "mood note"));
    CHECK_NOTHROW(check_text(std::string(max_text_bytes, 'x'), "mood note"));
    CHECK_NOTHROW(check_text("\x1b[31mescapes are text\x1b[0m", "mood note"));
    auto refusal = [](const std::string& text) -> std::string {
        try {
            check_text(text, "mood note");
        } catch (const tend::Error& e) {
            CHECK(e.code() == tend::Exit::usage);
            return e.what();
        }
        return "accepted";
    };
    CHECK(refusal(std::string(max_text_bytes + 1, 'x')) ==
          "mood note must be at most 2097152 bytes (got 2097153 bytes)");
    CHECK(refusal(std::string("a\0b", 3)) == "mood note must not contain a NUL byte");
    CHECK_THAT(refusal("bad \xff"), Contains("must be valid UTF-8 text (got \"bad \\xff\")"));
}
