#include "core/daylio.hpp"
#include "core/file_shape.hpp"

#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "support.hpp"

#include "util/error.hpp"

using namespace tend::core;

namespace {

const std::string header = "full_date,date,weekday,time,mood,activities,note_title,note\n";

using tend::test::usage_message;

bool contains(const std::string& text, std::string_view piece) {
    return text.find(piece) != std::string::npos;
}

}  // namespace

TEST_CASE("daylio: the five default moods become 2, 4, 6, 8, 10") {
    auto moods = read_daylio(header +
                                 "2026-11-05,,,10:00,rad,,,\n2026-11-04,,,10:00,good,,,\n"
                                 "2026-11-03,,,10:00,meh,,,\n2026-11-02,,,10:00,bad,,,\n"
                                 "2026-11-01,,,10:00,awful,,,\n",
                             {}, "f.csv");
    REQUIRE(moods.size() == 5);
    std::vector<int> scores;
    for (const auto& m : moods) scores.push_back(m.score);
    CHECK(scores == std::vector<int>{2, 4, 6, 8, 10});  // oldest first
}

TEST_CASE("daylio: mood names match without regard to case or surrounding space") {
    auto moods = read_daylio(header + "2026-11-01,,,10:00,  RaD ,,,\n", {}, "f");
    CHECK(moods.at(0).score == 10);
}

TEST_CASE("daylio: --map scores custom names and may override defaults") {
    MoodNames mapped{{"super", 9}, {"meh", 5}};
    auto moods = read_daylio(header + "2026-11-02,,,10:00,Super,,,\n2026-11-01,,,10:00,meh,,,\n",
                             mapped, "f");
    CHECK(moods.at(0).score == 5);
    CHECK(moods.at(1).score == 9);
}

TEST_CASE("daylio: unknown mood names are all listed, with how to map them") {
    auto message = usage_message([] {
        (void)read_daylio(header +
                              "2026-11-03,,,10:00,super,,,\n2026-11-02,,,10:00,so-so,,,\n"
                              "2026-11-01,,,10:00,super,,,\n",
                          {}, "f.csv");
    });
    CHECK(contains(message, "f.csv has mood names"));
    CHECK(contains(message, "\"super\", \"so-so\""));
    CHECK(contains(message, "--map \"super=7\""));
}

TEST_CASE("daylio: parse --map values") {
    CHECK(parse_mood_mapping(" Super =9") == std::pair<std::string, int>{"super", 9});
    CHECK(parse_mood_mapping("a=b=3") == std::pair<std::string, int>{"a=b", 3});
    for (auto bad : {"super", "=3", "super=", "super=11", "super=0", "super=x", "super=2.5"})
        CHECK(contains(usage_message([&] { (void)parse_mood_mapping(bad); }), "NAME=SCORE"));
}

TEST_CASE("daylio: 12- and 24-hour times") {
    auto t = [](std::string_view s) { return parse_daylio_time(s); };
    CHECK(t("17:01") == TimeOfDay{17, 1, 0});
    CHECK(t("7:05") == TimeOfDay{7, 5, 0});
    CHECK(t("5:01 PM") == TimeOfDay{17, 1, 0});
    CHECK(t("10:00 pm") == TimeOfDay{22, 0, 0});
    CHECK(t("12:30 AM") == TimeOfDay{0, 30, 0});
    CHECK(t("12:05 pm") == TimeOfDay{12, 5, 0});
    CHECK(t("9:15:30 a.m.") == TimeOfDay{9, 15, 30});
    CHECK(t("5:01PM") == TimeOfDay{17, 1, 0});
    CHECK_FALSE(t("13:00 pm"));
    CHECK_FALSE(t("0:10 am"));
    CHECK_FALSE(t("25:00"));
    CHECK_FALSE(t("noon"));
    CHECK_FALSE(t(""));
}

TEST_CASE("daylio: activities become tags, notes join title and text") {
    auto moods = read_daylio(header +
                                 "2026-11-01,,,10:00,good,\"Work | walk |  | Friends, family\","
                                 "Title,\"Body, with comma\nand a line\"\n",
                             {}, "f");
    REQUIRE(moods.size() == 1);
    CHECK(moods[0].tags == std::vector<std::string>{"friends, family", "walk", "work"});
    CHECK(moods[0].note == "Title\nBody, with comma\nand a line");
}

TEST_CASE("daylio: the 7-column form and a trailing scales column") {
    auto seven = read_daylio(
        "full_date,date,weekday,time,mood,activities,note\n2026-11-01,x,y,8:00 AM,good,tea,Hi\n",
        {}, "f");
    CHECK(seven.at(0).note == "Hi");
    CHECK(seven.at(0).tags == std::vector<std::string>{"tea"});
    auto scales = read_daylio(
        "full_date,date,weekday,time,mood,activities,note_title,note,scales\n"
        "2026-11-01,x,y,8:00,meh,,,,energy: 3\n",
        {}, "f");
    CHECK(scales.at(0).score == 6);
}

TEST_CASE("daylio: only full_date is trusted; date and weekday may be in any language") {
    tend::test::TimeZone berlin("Europe/Berlin");
    auto moods =
        read_daylio(header + "2026-11-18,18 nov,mi\xc3\xa9rcoles,21:00,good,,,\n", {}, "f");
    CHECK(format_day(moods.at(0).day) == "2026-11-18");
    CHECK(format_iso(moods.at(0).at) == "2026-11-18T21:00:00+01:00");
}

TEST_CASE("daylio: newest-first rows come out oldest first, ties in reverse file order") {
    auto moods = read_daylio(header +
                                 "2026-11-02,,,09:00,rad,,,newest\n2026-11-01,,,09:00,good,,,b\n"
                                 "2026-11-01,,,09:00,meh,,,a\n",
                             {}, "f");
    REQUIRE(moods.size() == 3);
    CHECK(moods[0].note == "a");
    CHECK(moods[1].note == "b");
    CHECK(moods[2].note == "newest");
}

TEST_CASE("daylio: UUIDs are deterministic and tell identical rows apart") {
    auto text = header + "2026-11-01,,,09:00,rad,,,same\n" +
                "2026-11-01,,,09:00,rad,,,same\n2026-11-01,,,09:00,rad,,,other\n";
    auto a = read_daylio(text, {}, "f");
    auto b = read_daylio(text, {}, "f");
    REQUIRE(a.size() == 3);
    for (std::size_t i = 0; i < a.size(); ++i) CHECK(a[i].uuid == b[i].uuid);
    // Ties come out in reverse file order: other, same (2nd), same (1st).
    REQUIRE(a[0].note == "other");
    CHECK(a[1].uuid != a[2].uuid);
    CHECK(a[0].uuid != a[1].uuid);
    // The same moment written in 12-hour form is the same row.
    auto twelve = read_daylio(header + "2026-11-01,,,9:00 AM,rad,,,other\n", {}, "f");
    CHECK(twelve.at(0).uuid == a[0].uuid);
}

TEST_CASE("daylio: byte-order mark, CRLF, emoji, blank lines") {
    auto moods =
        read_daylio("\xef\xbb\xbf" + std::string(header).replace(header.size() - 1, 1, "\r\n") +
                        "2026-11-01,,,09:00,rad,,,\"\xf0\x9f\x8d\xbf\r\nyum\"\r\n\r\n",
                    {}, "f");
    REQUIRE(moods.size() == 1);
    CHECK(moods[0].note == "\xf0\x9f\x8d\xbf\nyum");  // line breaks in notes become \n
}

TEST_CASE("daylio: malformed files name the line and the problem") {
    auto fails = [](const std::string& body, std::string_view expected) {
        auto message = usage_message([&] { (void)read_daylio(body, {}, "f.csv"); });
        INFO(message);
        CHECK(contains(message, expected));
    };
    fails("", "f.csv is empty");
    fails("date,time,mood\n", "line 1: the header has no full_date column");
    fails(header + "2026-11-01,,,09:00,rad,,\n", "line 2: 7 fields where the header has 8");
    fails(header + "2026-11-01,,,09:00,rad,,,\n01/11/2026,,,09:00,rad,,,\n",
          "line 3: full_date \"01/11/2026\" is not a date");
    fails(header + "2026-02-30,,,09:00,rad,,,\n", "line 2: full_date");
    fails(header + "2026-11-01,,,25:00,rad,,,\n", "line 2: time \"25:00\"");
    fails(header + "2026-11-01,,,09:00,,,,\n", "line 2: the mood is empty");
    fails(header + "2026-11-01,,,09:00,rad,,,\"open\n", "line 2: a quoted field");
    fails(header + "2026-11-01,,,09:00,rad,,,\"x\"y\n", "line 2: text follows");
    fails(header + "2026-11-01,,,09:00,rad,,,\xff\n", "line 2: the text is not valid");
    fails(header +
              "2026-11-01,,,09:00,rad,a\x01"
              "b,,\n",
          "line 2: activity");
}

TEST_CASE("daylio: a header-only file has no moods") {
    CHECK(read_daylio(header, {}, "f").empty());
}

TEST_CASE("daylio: recognise an export by its header") {
    CHECK(looks_like_daylio("\xef\xbb\xbf" + header));
    CHECK(looks_like_daylio("FULL_DATE,date"));
    CHECK_FALSE(looks_like_daylio("{\"format\": \"tend-export\"}"));
}

TEST_CASE("daylio: an entry edited in Daylio keeps its UUID: its identity is its day and time") {
    auto before = read_daylio(
        header + "2026-11-01,,,09:00,rad,,,second\n" + "2026-11-01,,,09:00,good,work,,first\n", {},
        "f");
    auto after = read_daylio(header + "2026-11-01,,,09:05,meh,,,added later\n" +
                                 "2026-11-01,,,09:00,awful,,Title,second edited\n" +
                                 "2026-11-01,,,09:00,bad,walk,,first\n",
                             {}, "f");
    REQUIRE(before.size() == 2);
    REQUIRE(after.size() == 3);
    CHECK(after[0].uuid == before[0].uuid);
    CHECK(after[1].uuid == before[1].uuid);
    CHECK(after[2].uuid != before[0].uuid);
    CHECK(after[2].uuid != before[1].uuid);
}

TEST_CASE("daylio: a read tells its progress from the first byte to the last") {
    std::string text = header;
    for (int i = 0; i < 600; ++i)
        text += fmt::format("2026-10-{:02},,,09:{:02},good,,,n{}\n", i % 28 + 1, i % 60, i);
    std::vector<std::pair<std::size_t, std::size_t>> heard;
    auto file = read_daylio_file(
        text, {}, "f", [&](std::size_t done, std::size_t all) { heard.emplace_back(done, all); });
    CHECK(file.moods.size() == 600);
    // The bytes read (at the start, after records 256 and 512, at the end), then as much again
    // for the UUIDs: the earlier ones from the first half, the moods' own from the second.
    auto size = text.size();
    std::vector<std::size_t> done;
    for (const auto& [d, all] : heard) {
        CHECK(all == 2 * size);
        done.push_back(d);
    }
    REQUIRE(done.size() == 7);
    CHECK(done[0] == 0);
    CHECK(text.substr(0, done[1]).ends_with("n254\n"));  // the header is record 1
    CHECK(text.substr(0, done[2]).ends_with("n510\n"));
    CHECK(done[3] == size);
    CHECK(done[4] == size);
    CHECK(done[5] == size + size / 2);
    CHECK(done[6] == 2 * size);
}

TEST_CASE("daylio: each mood carries the UUID earlier versions gave its row") {
    auto file =
        read_daylio_file(header + "2026-11-19,,,5:01 PM,Good,work | walk | Café,,\n" +
                             "2026-11-01,,,09:00,rad,,,same\n2026-11-01,,,09:00,rad,,,same\n",
                         {}, "f");
    REQUIRE(file.moods.size() == 3);
    REQUIRE(file.earlier_uuids.size() == 3);
    // As an earlier version exported it: day, time, mood name and note.
    CHECK(file.earlier_uuids[2] == "5243fc08-816a-56c8-8656-322d52af4d67");
    CHECK(file.moods[2].uuid != file.earlier_uuids[2]);
    // Identical rows were told apart by their place in the file: the first in the file (line 3,
    // the newer, so second once oldest first) has the UUID the row has alone.
    CHECK(file.earlier_uuids[0] != file.earlier_uuids[1]);
    auto alone = read_daylio_file(header + "2026-11-01,,,09:00,rad,,,same\n", {}, "f");
    CHECK(file.earlier_uuids[1] == alone.earlier_uuids.at(0));
    CHECK(file.earlier_uuids[0] != alone.earlier_uuids.at(0));
}

TEST_CASE("daylio: rows in any order come out by time, each with its own earlier UUID") {
    // 200 rows at minutes scattered over a day (37 is prime to 200: each minute once), read in
    // that order and reversed: the same moods by time, each still beside the UUID of its row.
    std::vector<std::string> lines;
    std::map<std::string, std::string> line_of;  // by note
    for (int i = 0; i < 200; ++i) {
        int minute = i * 37 % 200;
        lines.push_back(
            fmt::format("2026-10-05,,,{:02}:{:02},good,,,n{}\n", minute / 60, minute % 60, minute));
        line_of[fmt::format("n{}", minute)] = lines.back();
    }
    std::string forward = header, backward = header;
    for (const auto& line : lines) forward += line;
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) backward += *it;
    auto a = read_daylio_file(forward, {}, "f");
    auto b = read_daylio_file(backward, {}, "f");
    REQUIRE(a.moods.size() == 200);
    REQUIRE(b.moods.size() == 200);
    for (std::size_t i = 0; i < 200; ++i) {
        CAPTURE(i);
        CHECK(a.moods[i].note == fmt::format("n{}", i));
        CHECK(a.moods[i].note == b.moods[i].note);
        CHECK(a.moods[i].uuid == b.moods[i].uuid);
        CHECK(a.earlier_uuids[i] == b.earlier_uuids[i]);
        // Alone in a file, the row gets the same earlier UUID.
        auto alone = read_daylio_file(header + line_of.at(a.moods[i].note), {}, "f");
        CHECK(alone.earlier_uuids.front() == a.earlier_uuids[i]);
    }
}

TEST_CASE("daylio: a file without its header starts with a row, in Daylio's column order") {
    auto eight = read_daylio(
        "2026-11-02,2 Nov,Mon,9:00 PM,rad,walk,Title,body\n"
        "2026-11-01,1 Nov,Sun,08:00,bad,,,\n",
        {}, "f");
    REQUIRE(eight.size() == 2);
    CHECK(eight[0].score == 4);
    CHECK(eight[1].note == "Title\nbody");
    CHECK(eight[1].tags == std::vector<std::string>{"walk"});
    auto seven = read_daylio("2026-11-01,1 Nov,Sun,08:00,good,work,a note\n", {}, "f");
    REQUIRE(seven.size() == 1);
    CHECK(seven[0].note == "a note");
    // The same entry with and without the header is the same mood.
    auto with_header =
        read_daylio(header + "2026-11-01,1 Nov,Sun,08:00,good,work,,a note\n", {}, "f");
    CHECK(with_header.at(0).uuid == seven[0].uuid);
    CHECK(looks_like_daylio("2026-11-01,1 Nov,Sun,08:00,good,work,a note\n"));
    CHECK_FALSE(looks_like_daylio("2026-11-01,hello\n"));
}

TEST_CASE("daylio: a byte-order mark before the header or before the first row") {
    auto a = read_daylio("\xef\xbb\xbf" + header + "2026-11-01,,,08:00,good,,,x\n", {}, "f");
    auto b = read_daylio(
        "\xef\xbb\xbf"
        "2026-11-01,,,08:00,good,,,x\n",
        {}, "f");
    REQUIRE(a.size() == 1);
    REQUIRE(b.size() == 1);
    CHECK(a[0].uuid == b[0].uuid);
    CHECK(
        looks_like_daylio("\xef\xbb\xbf"
                          "2026-11-01,,,08:00,good,,,x\n"));
}

namespace {

const std::string oldest_header = "year,date,weekday,time,mood,activities,note\n";

std::vector<std::string> days_of(const std::vector<Mood>& moods) {
    std::vector<std::string> days;
    for (const auto& m : moods) days.push_back(format_day(m.day));
    return days;
}

}  // namespace

TEST_CASE("daylio: the oldest form's month names in the phone's language") {
    using Days = std::vector<std::string>;
    auto english = read_daylio(oldest_header + "2016,September 20,Tuesday,9:00 PM,rad,,\n" +
                                   "2016,Jan 3,Sunday,08:00,good,,\n",
                               {}, "f");
    CHECK(days_of(english) == Days{"2016-01-03", "2016-09-20"});
    auto german = read_daylio(oldest_header + "2016,20. September,Dienstag,21:00,rad,,\n" +
                                  "2016,3. März,Donnerstag,08:00,good,,\n",
                              {}, "f");
    CHECK(days_of(german) == Days{"2016-03-03", "2016-09-20"});
    auto french = read_daylio(oldest_header + "2016,20 septembre,mardi,21:00,rad,,\n" +
                                  "2016,3 févr.,mercredi,08:00,good,,\n",
                              {}, "f");
    CHECK(days_of(french) == Days{"2016-02-03", "2016-09-20"});
    // Russian writes the genitive with a day ("20 сентября"), in any case, or abbreviated.
    auto russian =
        read_daylio(oldest_header + "2016,20 сентября,вторник,21:00,rad,,\n" +
                        "2016,3 Марта,четверг,08:00,good,,\n" + "2016,5 окт.,среда,08:00,meh,,\n",
                    {}, "f");
    CHECK(days_of(russian) == Days{"2016-03-03", "2016-09-20", "2016-10-05"});
    auto spanish =
        read_daylio(oldest_header + "2016,20 de septiembre,martes,21:00,rad,,\n", {}, "f");
    CHECK(days_of(spanish) == Days{"2016-09-20"});
    // The same entry in the newer form is the same mood.
    auto newer = read_daylio(header + "2016-09-20,,,21:00,rad,,,\n", {}, "f");
    CHECK(spanish.at(0).uuid == newer.at(0).uuid);
}

TEST_CASE("daylio: month names that no language has, or that mean other months elsewhere") {
    // Croatian listopad is October, Czech and Polish listopad November.
    auto text = oldest_header + "2016,3 listopad,x,08:00,good,,\n";
    CHECK(contains(usage_message([&] { (void)read_daylio(text, {}, "f"); }), "ambiguous"));
    // With prosinac (December) only Croatian has both.
    auto croatian = read_daylio(text + "2016,4 prosinac,x,08:00,good,,\n", {}, "f");
    CHECK(days_of(croatian) == std::vector<std::string>{"2016-10-03", "2016-12-04"});
    CHECK(usage_message([&] {
              (void)read_daylio(oldest_header + "2016,20 Smarch,x,08:00,good,,\n", {}, "f");
          }) ==
          "f: \"Smarch\" is not a month name in any language tend knows (from ICU); the date "
          "column of an old Daylio export reads like 20 September");
    CHECK(contains(usage_message([&] {
                       (void)read_daylio(oldest_header + "2016,20 September,x,08:00,good,,\n" +
                                             "2016,20 сентября,x,08:00,good,,\n",
                                         {}, "f");
                   }),
                   "no one language has all"));
    CHECK(contains(usage_message([&] {
                       (void)read_daylio(oldest_header + "2016,September,x,08:00,good,,\n", {},
                                         "f");
                   }),
                   "line 2: date \"September\" is not a day and a month"));
}

TEST_CASE("file shape: what a file given to import looks like") {
    CHECK(shape_of("") == FileShape::empty);
    CHECK(shape_of(" \n\t") == FileShape::empty);
    CHECK(shape_of(std::string("a\0b", 3)) == FileShape::binary);
    CHECK(shape_of("caf\xe9,x\n") == FileShape::binary);
    // A bad character after the first line is left to the reader, which names its line.
    CHECK(shape_of(header + "2026-11-01,,,09:00,rad,,,caf\xe9\n") == FileShape::daylio_csv);
    CHECK(shape_of("\xef\xbb\xbf{\"format\": \"tend-export\", \"version\": 1}") ==
          FileShape::tend_export);
    CHECK(shape_of("{\"tags\": {}, \"entries\": []}") == FileShape::jrnl_json);
    CHECK(shape_of("[1, 2]") == FileShape::json);
    CHECK(shape_of("2026-11-01,,,09:00,rad,,,\n") == FileShape::daylio_csv);
    CHECK(shape_of("a,b\n1,2\n") == FileShape::csv);
    CHECK(shape_of("dear diary\n") == FileShape::text);
    // A first line cut short inside a character is still text.
    std::string long_line(64 * 1024 - 1, 'a');
    long_line += "\xc3\xa9";
    CHECK(shape_of(long_line) == FileShape::text);
}

TEST_CASE("daylio: the oldest form without its header starts with a year") {
    auto moods = read_daylio(
        "2016,20 September,Tuesday,9:00 PM,rad,walk,evening\n"
        "2016,3 October,Monday,08:00,good,,\n",
        {}, "f");
    REQUIRE(moods.size() == 2);
    CHECK(days_of(moods) == std::vector<std::string>{"2016-09-20", "2016-10-03"});
    CHECK(moods[0].note == "evening");
    CHECK(looks_like_daylio("2016,20 September,Tuesday,9:00 PM,rad,walk,evening\n"));
    // A year first in a file of eight columns is not a row Daylio writes.
    CHECK_FALSE(looks_like_daylio("2016,20 September,Tuesday,9:00 PM,rad,walk,,evening\n"));
}
