// Checks on values a user types: mood scores, record ids, free text, tags, and how a bad value is
// quoted back in an error message (PRODUCT.md, "Errors and exit codes").
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/mood.hpp"
#include "core/validate.hpp"
#include "util/error.hpp"

using namespace tend::core;
using Catch::Matchers::Contains;
using Strings = std::vector<std::string>;

namespace {

/// The tend::Error thrown by f, or nullopt when it throws nothing.
template <class F>
std::optional<tend::Error> error_from(F&& f) {
    try {
        f();
    } catch (const tend::Error& e) {
        return e;
    }
    return std::nullopt;
}

std::optional<tend::Error> score_error(const std::string& text) {
    return error_from([&] { (void)parse_score(text); });
}

/// The message of parse_score's refusal of `text`; fails the test when it is accepted.
std::string score_message(const std::string& text) {
    auto e = score_error(text);
    REQUIRE(e);
    return e->what();
}

std::optional<tend::Error> tags_error(const Strings& raw) {
    return error_from([&] { (void)normalise_tags(raw); });
}

}  // namespace

TEST_CASE("parse_score accepts the whole numbers 1 to 10", "[validate][mood]") {
    for (int n = 1; n <= 10; ++n) CHECK(parse_score(std::to_string(n)) == n);
    // Leading zeros still write a whole number in decimal.
    CHECK(parse_score("07") == 7);
    CHECK(parse_score("010") == 10);
}

TEST_CASE("parse_score refuses anything else with a usage error", "[validate][mood]") {
    auto bad =
        GENERATE(as<std::string>{}, "0", "11", "-1", "-0", "100", "7.5", "7.0", " 7", "7 ", "",
                 "seven", "0x7", "+7", "1e1", "7/10", "٧", "7\n", "99999999999999999999999");
    CAPTURE(bad);
    auto e = score_error(bad);
    REQUIRE(e);
    CHECK(e->code() == tend::Exit::usage);
}

TEST_CASE("a bad score's message names the value and what is accepted", "[validate][mood]") {
    CHECK(score_message("11") == R"(mood score must be a whole number from 1 to 10 (got "11"))");
    CHECK(score_message("") == R"(mood score must be a whole number from 1 to 10 (got ""))");
    CHECK(score_message("\x1b[31m") ==
          R"(mood score must be a whole number from 1 to 10 (got "\x1b[31m"))");
}

TEST_CASE("parse_whole_number: decimal digits with an optional minus sign", "[validate]") {
    CHECK(parse_whole_number("0") == 0LL);
    CHECK(parse_whole_number("42") == 42LL);
    CHECK(parse_whole_number("-5") == -5LL);
    CHECK(parse_whole_number("999999999999999999") == 999999999999999999LL);    // 18 digits
    CHECK(parse_whole_number("9223372036854775807") == 9223372036854775807LL);  // the largest id
    CHECK_FALSE(parse_whole_number("9223372036854775808"));                     // past it
    CHECK_FALSE(parse_whole_number("+5"));
    CHECK_FALSE(parse_whole_number("5 "));
    CHECK_FALSE(parse_whole_number(""));
    CHECK_FALSE(parse_whole_number("-"));
}

TEST_CASE("parse_id takes a positive whole number", "[validate]") {
    CHECK(parse_id("1", "mood") == 1);
    CHECK(parse_id("42", "mood") == 42);
    CHECK(parse_id("007", "mood") == 7);
    auto bad = GENERATE(as<std::string>{}, "0", "-3", "", "abc", "1.0", " 1", "1 ", "#1", "+1",
                        "1x", "99999999999999999999");
    CAPTURE(bad);
    auto e = error_from([&] { (void)parse_id(bad, "homework"); });
    REQUIRE(e);
    CHECK(e->code() == tend::Exit::usage);
    CHECK_THAT(e->what(), Contains("homework id must be a positive whole number (got \""));
}

TEST_CASE("parse_id's message quotes the value", "[validate]") {
    auto e = error_from([] { (void)parse_id("0", "mood"); });
    REQUIRE(e);
    CHECK(std::string(e->what()) == R"(mood id must be a positive whole number (got "0"))");
}

TEST_CASE("check_text passes valid UTF-8 text through unchanged", "[validate]") {
    for (const std::string& text :
         Strings{"", "tired after work", "café ☕ 😀", "line one\nline two\ttab",
                 std::string(max_text_bytes, 'a')}) {
        CHECK(check_text(text, "note") == text);
        CHECK(check_text(text, "note").data() == text.data());
    }
}

TEST_CASE("check_text refuses invalid UTF-8, NUL bytes and oversized text", "[validate]") {
    SECTION("invalid UTF-8, shown escaped") {
        for (std::string bad : {"caf\xe9", "\xff", "\xc0\xaf", "\xed\xa0\x80", "abc\xe2\x82"}) {
            auto e = error_from([&] { (void)check_text(bad, "note"); });
            REQUIRE(e);
            CHECK(e->code() == tend::Exit::usage);
            CHECK_THAT(e->what(), Contains("note must be valid UTF-8 text (got \""));
        }
        auto e = error_from([] { (void)check_text("caf\xe9", "the answer"); });
        REQUIRE(e);
        CHECK(std::string(e->what()) == R"(the answer must be valid UTF-8 text (got "caf\xe9"))");
    }
    SECTION("a NUL byte") {
        auto e = error_from([] { (void)check_text(std::string("a\0b", 3), "title"); });
        REQUIRE(e);
        CHECK(e->code() == tend::Exit::usage);
        CHECK(std::string(e->what()) == "title must not contain a NUL byte");
    }
    SECTION("one byte over the limit") {
        std::string big(max_text_bytes + 1, 'a');
        auto e = error_from([&] { (void)check_text(big, "note"); });
        REQUIRE(e);
        CHECK(e->code() == tend::Exit::usage);
        CHECK(std::string(e->what()) == "note must be at most 2097152 bytes (got 2097153 bytes)");
    }
}

TEST_CASE("quoted shows a value safely on one line", "[validate]") {
    CHECK(tend::core::quoted("abc") == R"("abc")");
    CHECK(tend::core::quoted("") == R"("")");
    CHECK(tend::core::quoted("café 😀") == "\"café 😀\"");
    SECTION("control characters are escaped as \\xNN") {
        CHECK(tend::core::quoted("a\nb") == R"("a\x0ab")");
        CHECK(tend::core::quoted("a\tb\r") == R"("a\x09b\x0d")");
        CHECK(tend::core::quoted("\x1b[2J") == R"("\x1b[2J")");
        CHECK(tend::core::quoted("\x07") == R"("\x07")");
        CHECK(tend::core::quoted("\x7f") == R"("\x7f")");
        CHECK(tend::core::quoted(std::string("\0", 1)) == R"("\x00")");
    }
    SECTION("in text that is not valid UTF-8, every non-ASCII byte is escaped") {
        CHECK(tend::core::quoted("caf\xe9") == R"("caf\xe9")");
        CHECK(tend::core::quoted("\xc3\xa9\xff") == R"("\xc3\xa9\xff")");
    }
    SECTION("long values are cut to 40 characters, the last being an ellipsis") {
        std::string forty(40, 'a');
        CHECK(tend::core::quoted(forty) == "\"" + forty + "\"");
        CHECK(tend::core::quoted(std::string(41, 'a')) == "\"" + std::string(39, 'a') + "…\"");
        CHECK(tend::core::quoted(std::string(5000, 'b')) == "\"" + std::string(39, 'b') + "…\"");
        std::string accents;
        for (int i = 0; i < 50; ++i) accents += "é";
        std::string cut;
        for (int i = 0; i < 39; ++i) cut += "é";
        CHECK(tend::core::quoted(accents) == "\"" + cut + "…\"");
    }
}

// C1 controls (U+009B is CSI, U+0085 a line break) are escaped in quoted values, as sanitize
// escapes them on output.
TEST_CASE("quoted escapes C1 control characters", "[validate]") {
    auto shown = tend::core::quoted(
        "\xc2\x9b"
        "31mred\xc2\x85next");
    CHECK(shown.find("\xc2\x9b") == std::string::npos);
    CHECK(shown.find("\xc2\x85") == std::string::npos);
}

TEST_CASE("normalise_tags: split on commas, trimmed, lower case, unique and sorted", "[mood]") {
    CHECK(normalise_tags({}).empty());
    CHECK(normalise_tags({"work"}) == Strings{"work"});
    CHECK(normalise_tags({"Work, Sleep"}) == Strings{"sleep", "work"});
    CHECK(normalise_tags({"work", "WORK", " work "}) == Strings{"work"});
    CHECK(normalise_tags({"zebra,apple", "mango"}) == Strings{"apple", "mango", "zebra"});
    CHECK(normalise_tags({"\twalk\n"}) == Strings{"walk"});
    CHECK(normalise_tags({"long walk"}) == Strings{"long walk"});
    CHECK(normalise_tags({"café", "Café"}) == Strings{"café"});
    CHECK(normalise_tags({"b,a", "a,b"}) == Strings{"a", "b"});
}

TEST_CASE("normalise_tags refuses empty tags", "[mood]") {
    for (const Strings& raw : {Strings{""}, Strings{"   "}, Strings{"a,,b"}, Strings{"a,"},
                               Strings{",a"}, Strings{","}, Strings{"ok", ""}}) {
        CAPTURE(raw);
        auto e = tags_error(raw);
        REQUIRE(e);
        CHECK(e->code() == tend::Exit::usage);
    }
}

TEST_CASE("normalise_tags refuses control characters and invalid UTF-8", "[mood]") {
    for (const Strings& raw : {Strings{"a\tb"}, Strings{"a\nb"}, Strings{"\x1b[31m"},
                               Strings{"del\x7f"}, Strings{"caf\xe9"}}) {
        CAPTURE(raw);
        auto e = tags_error(raw);
        REQUIRE(e);
        CHECK(e->code() == tend::Exit::usage);
    }
}

TEST_CASE("normalise_tags allows 64 characters, not 65", "[mood]") {
    CHECK(normalise_tags({std::string(64, 'a')}) == Strings{std::string(64, 'a')});
    std::string accented;
    for (int i = 0; i < 64; ++i) accented += "é";  // 128 bytes, 64 characters
    CHECK(normalise_tags({accented}) == Strings{accented});
    CHECK(tags_error({std::string(65, 'a')}));
    CHECK(tags_error({accented + "e"}));
    // Surrounding spaces do not count.
    CHECK(normalise_tags({"  " + std::string(64, 'a') + "  "}) == Strings{std::string(64, 'a')});
}

TEST_CASE("a bad tag's message says what a tag may be and quotes the whole value", "[mood]") {
    auto e = tags_error({"ok", "work,,sleep"});
    REQUIRE(e);
    CHECK(std::string(e->what()) ==
          "a tag must be 1 to 64 characters without control characters; separate several with "
          "commas (got \"work,,sleep\")");
}

TEST_CASE("tag_problem states the tag rule once, for every caller to place", "[mood]") {
    CHECK_FALSE(tag_problem("  Sleep "));
    CHECK_FALSE(tag_problem(std::string(64, 'a')));
    for (const auto& bad : Strings{"", "   ", std::string(65, 'a'), "a\x1b", "\xff", "\x1b[2J"})
        CHECK(tag_problem(bad) == "1 to 64 characters without control characters");
}

TEST_CASE("text_problem says what check_text refuses, without the value's name", "[validate]") {
    CHECK_FALSE(text_problem("fine, with é"));
    CHECK(text_problem(std::string("a\0b", 3)) == "must not contain a NUL byte");
    CHECK(text_problem("\xff") == "must be valid UTF-8 text (got \"\\xff\")");
    CHECK(text_problem(std::string(max_text_bytes + 1, 'a')) ==
          "must be at most 2097152 bytes (got 2097153 bytes)");
    auto e = error_from([] { (void)check_text("\xff", "note"); });
    REQUIRE(e);
    CHECK(std::string(e->what()) == "note must be valid UTF-8 text (got \"\\xff\")");
    CHECK(text_rule() == "valid UTF-8 text without NUL, at most 2097152 bytes");
}

TEST_CASE("the score range is said from the limits", "[mood]") {
    CHECK(score_range() == "1 to 10");
}
