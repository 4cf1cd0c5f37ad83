// Making user text safe to show: sanitize for terminals and text files, md_escape and md_cell
// for GitHub-flavoured Markdown, and text_table's alignment.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "homework_fixtures.hpp"
#include "render/markdown.hpp"
#include "render/progress.hpp"
#include "render/remind_view.hpp"
#include "render/table.hpp"
#include "render/terminal.hpp"
#include "util/text.hpp"

using namespace tend::render;

namespace {
const std::string replacement = "\xef\xbf\xbd";  // U+FFFD
}  // namespace

TEST_CASE("sanitize leaves ordinary text alone", "[render][sanitize]") {
    for (const char* text : {"", "tired after work", "café, naïve, Ærø", "😀 ☕ 🌧️",
                             "日本語", "100% <b>&amp;</b> \\ ` * ~"}) {
        CHECK(sanitize(text) == text);
        CHECK(sanitize(text, true) == text);
    }
}

TEST_CASE("sanitize shows C0 controls in caret form and DEL as ^?", "[render][sanitize]") {
    CHECK(sanitize("\x1b[31mred\x1b[0m") == "^[[31mred^[[0m");
    CHECK(sanitize("ding\x07") == "ding^G");
    CHECK(sanitize(std::string("a\0b", 3)) == "a^@b");
    CHECK(sanitize("back\x08space") == "back^Hspace");
    CHECK(sanitize("\x1f") == "^_");
    CHECK(sanitize("del\x7f") == "del^?");
    CHECK(sanitize("\x1b]0;title\x07") == "^[]0;title^G");
}

TEST_CASE("sanitize shows C1 controls and bidirectional controls as \\u codes",
          "[render][sanitize]") {
    CHECK(sanitize("\xc2\x80") == "\\u0080");
    CHECK(sanitize("\xc2\x9b"
                   "31m") == "\\u009b31m");  // CSI
    CHECK(sanitize("a\xc2\x85"
                   "b") == "a\\u0085b");  // NEL
    CHECK(sanitize("\xc2\x9f") == "\\u009f");
    CHECK(sanitize("\xc2\xa0") == "\xc2\xa0");  // U+00A0 is no control
    CHECK(sanitize("abc\xe2\x80\xae"
                   "fed") == "abc\\u202efed");  // RIGHT-TO-LEFT OVERRIDE
    CHECK(sanitize("\xe2\x80\xaa") == "\\u202a");
    CHECK(sanitize("\xe2\x81\xa6x\xe2\x81\xa9") == "\\u2066x\\u2069");  // isolates
    CHECK(sanitize("\xe2\x80\x8e\xe2\x80\x8f") == "\\u200e\\u200f");    // LRM, RLM
    CHECK(sanitize("\xd8\x9c") == "\\u061c");                           // ARABIC LETTER MARK
}

TEST_CASE("sanitize replaces invalid UTF-8 with U+FFFD", "[render][sanitize]") {
    CHECK(sanitize("a\xff"
                   "b") == "a" + replacement + "b");
    CHECK(sanitize("caf\xe9") == "caf" + replacement);
    CHECK(sanitize("\xe2\x82") == replacement);
    // Overlong forms and UTF-16 surrogates are invalid too; how many U+FFFD stand for one bad
    // sequence is left to the UTF-8 library, so only "nothing but replacements" is pinned.
    for (const char* bad : {"\xc0\xaf", "\xed\xa0\x80", "\xf8\x88\x80\x80\x80"}) {
        auto shown = sanitize(bad);
        CAPTURE(bad);
        REQUIRE_FALSE(shown.empty());
        CHECK(shown.size() % replacement.size() == 0);
        for (std::size_t i = 0; i < shown.size(); i += replacement.size())
            CHECK(shown.substr(i, replacement.size()) == replacement);
    }
    SECTION("and still neutralises controls in the same text") {
        CHECK(sanitize("\xff\x1b[2J") == replacement + "^[[2J");
    }
}

TEST_CASE("safe_for_terminal lets through lines, tabs and, when asked, tend's colours only",
          "[render][sanitize]") {
    SECTION("without colour every escape is shown, lines and tabs kept") {
        CHECK(safe_for_terminal("a\tb\nc\n", false) == "a\tb\nc\n");
        CHECK(safe_for_terminal("\x1b[31mred\x1b[0m\n", false) == "^[[31mred^[[0m\n");
        CHECK(safe_for_terminal("x\x1b]52;c;aGk=\x07y", false) == "x^[]52;c;aGk=^Gy");
        CHECK(safe_for_terminal("ov\rer\b", false) == "ov er^H");
        CHECK(safe_for_terminal("\xc2\x9b"
                                "2J \xe2\x80\xae",
                                false) == "\\u009b2J \\u202e");
    }
    SECTION("with colour, colour codes pass and nothing else with an escape does") {
        CHECK(safe_for_terminal("\x1b[1mbold\x1b[0m \x1b[38;5;196mx\x1b[0m", true) ==
              "\x1b[1mbold\x1b[0m \x1b[38;5;196mx\x1b[0m");
        CHECK(safe_for_terminal("\x1b[2J\x1b[H\x1b]0;t\x07\x1b[", true) == "^[[2J^[[H^[]0;t^G^[[");
        CHECK(safe_for_terminal("\x1b\x1b[32mok\x1b[0m\x1b", true) == "^[\x1b[32mok\x1b[0m^[");
        CHECK(safe_for_terminal("\xff\x1b[0m", true) == replacement + "\x1b[0m");
    }
    SECTION("text already made safe stays as it is") {
        for (const char* raw : {"\x1b[31m\t\r\x7f", "\xe2\x80\xae\xc2\x85", "\xc0\xaf"}) {
            auto once = sanitize(raw);
            CHECK(safe_for_terminal(once, false) == once);
            CHECK(safe_for_terminal(once, true) == once);
        }
    }
}

TEST_CASE("sanitize and line breaks", "[render][sanitize]") {
    SECTION("by default newlines, tabs and carriage returns become spaces") {
        CHECK(sanitize("one\ntwo") == "one two");
        CHECK(sanitize("a\tb") == "a b");
        CHECK(sanitize("a\r\nb") == "a  b");
    }
    SECTION("keep_newlines keeps newlines and tabs, but not carriage returns") {
        CHECK(sanitize("one\ntwo", true) == "one\ntwo");
        CHECK(sanitize("a\tb", true) == "a\tb");
        CHECK(sanitize("a\r\nb", true) == "a \nb");
        CHECK(sanitize("a\rb", true) == "a b");
        CHECK(sanitize("\x1b\n", true) == "^[\n");
    }
}

TEST_CASE("md_escape escapes every inline metacharacter wherever it stands", "[render][md]") {
    for (char c : std::string("*_|<>`[]&$~^@\\")) {
        std::string text = std::string("a") + c + "b";
        CAPTURE(text);
        CHECK(md_escape(text) == std::string("a\\") + c + "b");
    }
    CHECK(md_escape("**bold** and _em_") == "\\*\\*bold\\*\\* and \\_em\\_");
    CHECK(md_escape("[link](http://x)") == "\\[link\\](http://x)");
    CHECK(md_escape("<script>") == "\\<script\\>");
    CHECK(md_escape("&amp;") == "\\&amp;");
    CHECK(md_escape("`code`") == "\\`code\\`");
    CHECK(md_escape("$x^2$") == "\\$x\\^2\\$");
    CHECK(md_escape("~~gone~~") == "\\~\\~gone\\~\\~");
    CHECK(md_escape("@doe2020") == "\\@doe2020");
    CHECK(md_escape("C:\\path") == "C:\\\\path");
}

TEST_CASE("md_escape escapes what would start a block only at the start of a line",
          "[render][md]") {
    CHECK(md_escape("- item") == "\\- item");
    CHECK(md_escape("+ item") == "\\+ item");
    CHECK(md_escape("= underline") == "\\= underline");
    CHECK(md_escape("# heading") == "\\# heading");
    CHECK(md_escape("---") == "\\---");
    CHECK(md_escape("1. first") == "1\\. first");
    CHECK(md_escape("1) first") == "1\\) first");
    CHECK(md_escape("12. twelfth") == "12\\. twelfth");
    CHECK(md_escape("> quote") == "\\> quote");
    SECTION("elsewhere in the line they are plain text") {
        CHECK(md_escape("a - b + c = d # e") == "a - b + c = d # e");
        CHECK(md_escape("felt 7.5 or 1) so") == "felt 7.5 or 1) so");
        CHECK(md_escape("2026") == "2026");
        CHECK(md_escape("x1. y") == "x1. y");
    }
    SECTION("leading spaces and tabs are dropped, so no line becomes code or a nested block") {
        CHECK(md_escape("    indented code") == "indented code");
        CHECK(md_escape("\t- tabbed item") == "\\- tabbed item");
        CHECK(md_escape("  1. two spaces") == "1\\. two spaces");
        CHECK(md_escape("a\tb") == "a b");
    }
}

TEST_CASE("md_escape keeps line breaks as hard breaks inside one block", "[render][md]") {
    CHECK(md_escape("one\ntwo") == "one\\\ntwo");
    CHECK(md_escape("first\n- second\n1. third\n# fourth") ==
          "first\\\n\\- second\\\n1\\. third\\\n\\# fourth");
    CHECK(md_escape("para\n\nnext") == "para\\\n\\\nnext");
    CHECK(md_escape("text\n===") == "text\\\n\\===");
    SECTION("trailing line breaks are dropped") {
        CHECK(md_escape("done\n") == "done");
        CHECK(md_escape("done\n\n\n") == "done");
        CHECK(md_escape("\n").empty());
    }
    CHECK(md_escape("").empty());
}

TEST_CASE("md_escape neutralises control characters and invalid UTF-8", "[render][md]") {
    // ESC becomes the caret form ^[, whose ^ and [ are then escaped for Markdown.
    CHECK(md_escape("\x1b[31m") == "\\^\\[\\[31m");
    CHECK(md_escape("a\xff") == "a" + replacement);
    CHECK(md_escape("\xe2\x80\xae"
                    "x") == "\\\\u202ex");
    CHECK(md_escape("café 😀") == "café 😀");
}

TEST_CASE("md_cell: as md_escape, with | escaped and line breaks as <br>", "[render][md]") {
    CHECK(md_cell("a|b") == "a\\|b");
    CHECK(md_cell("one\ntwo") == "one<br>two");
    CHECK(md_cell("- one\n- two") == "\\- one<br>\\- two");
    CHECK(md_cell("ends with \\\nnext") == "ends with \\\\<br>next");
    CHECK(md_cell("x\n") == "x");
    CHECK(md_cell("| a | b |") == "\\| a \\| b \\|");
    CHECK(md_cell("") == "");
}

TEST_CASE("md_table lays out a GFM table", "[render][md]") {
    CHECK(md_table({"day", "mood"}, {false, true}, {{"2026-11-20", "7"}, {"2026-11-21", ""}}) ==
          "| day | mood |\n"
          "| --- | ---: |\n"
          "| 2026-11-20 | 7 |\n"
          "| 2026-11-21 |  |\n");
}

TEST_CASE("text_table aligns columns by character, not byte", "[render][table]") {
    Style plain{false, true};
    std::vector<Column> columns{{"id", Align::right}, {"note", Align::left}, {"tag", Align::left}};
    auto out = text_table(plain, columns, {{"1", "café", "x"}, {"12", "naïve résumé", "y"}});
    CHECK(out ==
          "id  note          tag\n"
          " 1  café          x\n"
          "12  naïve résumé  y\n");
    SECTION("the last column is not padded and no line ends in spaces") {
        auto t = text_table(plain, {{"a", Align::left}, {"b", Align::left}},
                            {{"x", ""}, {"", "longer"}});
        CHECK(t == "a  b\nx\n   longer\n");
    }
    SECTION("right-aligned numbers") {
        auto t = text_table(plain, {{"score", Align::right}}, {{"7"}, {"10"}});
        CHECK(t == "score\n    7\n   10\n");
    }
    SECTION("cells are sanitised and missing cells are empty") {
        auto t =
            text_table(plain, {{"a", Align::left}, {"b", Align::left}}, {{"\x1b[31mred\nline"}});
        CHECK(t == "a" + std::string(15, ' ') + "b\n^[[31mred line\n");
    }
    SECTION("no rows: the header alone") {
        CHECK(text_table(plain, columns, {}) == "id  note  tag\n");
    }
    SECTION("on a colour terminal the header is bold, the rows are not") {
        Style color{true, true};
        auto t = text_table(color, {{"id", Align::right}, {"n", Align::left}}, {{"1", "é"}});
        CHECK(t == "\x1b[1mid\x1b[0m  \x1b[1mn\x1b[0m\n 1  é\n");
    }
}

TEST_CASE("text_table aligns wide characters, emoji and combining marks by columns taken",
          "[render][table]") {
    Style plain{false, true};
    std::vector<Column> columns{{"note", Align::left}, {"n", Align::right}, {"end", Align::left}};
    // 日本語 and 🙂 take two columns each; the accent of "é" written as e + U+0301 takes
    // none.
    auto out = text_table(plain, columns,
                          {{"日本語", "1", "x"}, {"🙂 ok", "22", "y"}, {"cafe\u0301", "3", "z"}});
    CHECK(out ==
          "note     n  end\n"
          "日本語   1  x\n"
          "🙂 ok   22  y\n"
          "cafe\u0301     3  z\n");
}

TEST_CASE(
    "text_table fits a width: the widest columns with a floor cut first, then optional "
    "columns left out",
    "[render][table]") {
    std::vector<Column> columns{{"id", Align::right},
                                {"title", Align::left, 12},
                                {"anchor", Align::left, 8, true},
                                {"streak", Align::left}};
    std::vector<std::vector<std::string>> rows{
        {"1", "Write three lines in the notebook before bed", "after brushing teeth", "3 days"},
        {"2", "Walk", "after lunch", "none"}};
    Style unlimited{false, true};
    CHECK(text_table(unlimited, columns, rows).find("before bed") != std::string::npos);
    // 78 columns wide; at 60 the title, the widest, gives up 18.
    Style narrow{false, true, 60};
    CHECK(text_table(narrow, columns, rows) ==
          "id  title                       anchor                streak\n"
          " 1  Write three lines in the…   after brushing teeth  3 days\n"
          " 2  Walk                        after lunch           none\n");
    // At 40 both are cut, the wider first, until the row fits: 2 + 13 + 13 + 6 and 6 between.
    Style forty{false, true, 40};
    CHECK(text_table(forty, columns, rows) ==
          "id  title          anchor         streak\n"
          " 1  Write three…   after brushi…  3 days\n"
          " 2  Walk           after lunch    none\n");
    // Narrower: the optional anchor is left out, and the room it frees goes to the title.
    Style thirty{false, true, 30};
    CHECK(text_table(thirty, columns, rows) ==
          "id  title               streak\n"
          " 1  Write three lines…  3 days\n"
          " 2  Walk                none\n");
    // Narrower still: what is left may stay too wide.
    Style tiny{false, true, 20};
    CHECK(text_table(tiny, columns, rows) ==
          "id  title         streak\n"
          " 1  Write three…  3 days\n"
          " 2  Walk          none\n");
    // Wide characters are cut by the columns they take, never in half.
    Style wide{false, true, 30};
    auto cjk = text_table(wide, {{"id", Align::right}, {"title", Align::left, 10}},
                          {{"1", "日本語の長いタイトルです日本語の長いタイトルです"}});
    for (const auto& line : {cjk.substr(0, cjk.find('\n')), cjk.substr(cjk.find('\n') + 1)})
        CHECK(tend::util::display_width(line) <= 31);
}

TEST_CASE("a notification body writes markup characters as entities", "[render][remind]") {
    using namespace tend;
    core::Reminder r;
    r.kind = core::ReminderKind::homework_due;
    r.id = 4;
    r.homework =
        test::item(test::sched(core::ScheduleKind::daily), std::chrono::year{2026} / 11 / 1, 4);
    r.homework->title = "Read <b>ch. 2</b> & 3 -> notes";
    r.due = std::chrono::year{2026} / 11 / 20;
    auto body = render::notification_body({r});
    CHECK(body.find("Read &lt;b&gt;ch. 2&lt;/b&gt; &amp; 3 -&gt; notes") != std::string::npos);
    CHECK(body.find('<') == std::string::npos);
    CHECK(body.back() != '\n');
    CHECK(render::notification_body({}).empty());
    r.homework->title = R"(C:\new\0 \u202e)";
    CHECK(render::notification_body({r}).find(R"(C:\\new\\0 \\u202e)") != std::string::npos);
}

TEST_CASE("progress bar: thirty marks and the percentage, never past the end") {
    CHECK(progress_bar(0, 1000) == "importing [..............................]   0%");
    CHECK(progress_bar(350, 1000) == "importing [##########....................]  35%");
    CHECK(progress_bar(1000, 1000) == "importing [##############################] 100%");
    CHECK(progress_bar(1200, 1000) == progress_bar(1000, 1000));
    CHECK(progress_bar(0, 0) == "importing [..............................]   0%");
}

TEST_CASE("progress bar: drawn only when asked, redrawn when the percentage moves, wiped") {
    std::ostringstream out;
    {
        Progress off(out, false);
        off.update(5, 10);
    }
    CHECK(out.str().empty());
    {
        Progress on(out, true);
        on.update(1, 1000);  // 0%
        on.update(2, 1000);  // still 0%: not redrawn
        on.update(500, 1000);
    }  // wiped when it goes
    CHECK(out.str() ==
          "\rimporting [..............................]   0%"
          "\rimporting [###############...............]  50%\r\x1b[K");
}
