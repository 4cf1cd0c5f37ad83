// Text helpers (util/text): what counts as acting on a terminal, and how long text is in code
// points and in terminal columns.
#include <catch2/catch.hpp>

#include "util/text.hpp"

using tend::util::acts_on_terminal;
using tend::util::code_point_count;
using tend::util::display_width;
using tend::util::pad_right;

TEST_CASE("C0, DEL, C1 and bidirectional controls act on a terminal", "[text]") {
    for (std::uint32_t cp : {0x00u, 0x07u, 0x0au, 0x1bu, 0x1fu, 0x7fu, 0x80u, 0x9bu, 0x9fu, 0x200eu,
                             0x200fu, 0x202au, 0x202eu, 0x2066u, 0x2069u, 0x061cu})
        CHECK(acts_on_terminal(cp));
    for (std::uint32_t cp : {0x20u, 0x41u, 0x7eu, 0xa0u, 0xe9u, 0x2026u, 0x65e5u, 0x1f600u})
        CHECK_FALSE(acts_on_terminal(cp));
}

TEST_CASE("code points are counted as characters, whatever their width", "[text]") {
    CHECK(code_point_count("") == 0);
    CHECK(code_point_count("abc") == 3);
    CHECK(code_point_count("café") == 4);
    CHECK(code_point_count("日本語") == 3);
    CHECK(code_point_count("🙂") == 1);
    CHECK(code_point_count("e\u0301") == 2);
    CHECK(code_point_count("\xff\xfe") == 2);  // not UTF-8: bytes
}

TEST_CASE("display width counts the columns a terminal gives text", "[text]") {
    CHECK(display_width("") == 0);
    CHECK(display_width("walk") == 4);
    CHECK(display_width("café") == 4);        // precomposed é: one column
    CHECK(display_width("cafe\u0301") == 4);  // e + combining acute: the accent takes none
    CHECK(display_width("日本語") == 6);      // CJK: two columns each
    CHECK(display_width("ｔｅｎｄ") == 8);    // fullwidth Latin: two each
    CHECK(display_width("한국어") == 6);      // Hangul syllables: two each
    CHECK(display_width("🙂") == 2);        // emoji presentation: two
    CHECK(display_width("ok 🎉") == 5);
    CHECK(display_width("a\u200bb") == 2);  // zero-width space: none
    CHECK(display_width("…·▁█") == 4);      // the renderers' own symbols: one each
    CHECK(display_width("\xff\xfe") == 2);  // not UTF-8: bytes
}

TEST_CASE("pad_right fills to a width in columns", "[text]") {
    CHECK(pad_right("ab", 4) == "ab  ");
    CHECK(pad_right("日本", 6) == "日本  ");
    CHECK(pad_right("🙂", 3) == "🙂 ");
    CHECK(pad_right("e\u0301", 2) == "e\u0301 ");
    CHECK(pad_right("longer", 3) == "longer");  // never cut
}

TEST_CASE("truncate cuts to a number of code points with an ellipsis", "[text]") {
    CHECK(tend::util::truncate("short", 10) == "short");
    CHECK(tend::util::truncate("abcdef", 4) == "abc…");
    CHECK(tend::util::truncate("日本語テキスト", 4) == "日本語…");
}
