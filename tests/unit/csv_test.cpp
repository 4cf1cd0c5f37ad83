#include "core/csv.hpp"

#include <catch2/catch.hpp>

using tend::core::csv_field;
using tend::core::csv_row;
using tend::core::CsvError;
using tend::core::CsvRecord;
using tend::core::for_each_csv_record;
using tend::core::read_csv;
using tend::core::spreadsheet_text;

namespace {

std::vector<std::vector<std::string>> fields_of(std::string_view text) {
    std::vector<std::vector<std::string>> out;
    for (auto& r : read_csv(text)) out.push_back(r.fields);
    return out;
}

}  // namespace

TEST_CASE("csv: plain records, with or without a final line break") {
    using Rows = std::vector<std::vector<std::string>>;
    CHECK(fields_of("a,b,c\n1,2,3\n") == Rows{{"a", "b", "c"}, {"1", "2", "3"}});
    CHECK(fields_of("a,b,c\n1,2,3") == Rows{{"a", "b", "c"}, {"1", "2", "3"}});
    CHECK(fields_of("").empty());
}

TEST_CASE("csv: CRLF, LF and CR all end a record") {
    using Rows = std::vector<std::vector<std::string>>;
    CHECK(fields_of("a\r\nb\nc\rd") == Rows{{"a"}, {"b"}, {"c"}, {"d"}});
}

TEST_CASE("csv: empty fields and empty lines") {
    using Rows = std::vector<std::vector<std::string>>;
    CHECK(fields_of(",,\n") == Rows{{"", "", ""}});
    CHECK(fields_of("a\n\nb\n") == Rows{{"a"}, {""}, {"b"}});
    CHECK(fields_of("a,\n") == Rows{{"a", ""}});
}

TEST_CASE("csv: quoted fields hold commas, doubled quotes and line breaks") {
    auto records = read_csv("x,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\"\"\nnext,1\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields ==
          std::vector<std::string>{"x", "a, b", "say \"hi\"", "two\nlines", ""});
    CHECK(records[0].line == 1);
    CHECK(records[1].line == 3);  // the record after a quoted line break starts on line 3
    CHECK(records[1].fields == std::vector<std::string>{"next", "1"});
}

TEST_CASE("csv: a CRLF inside quotes is kept as it is") {
    auto records = read_csv("\"a\r\nb\",c\r\n");
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == std::vector<std::string>{"a\r\nb", "c"});
}

TEST_CASE("csv: a byte-order mark at the start is ignored") {
    auto records = read_csv(
        "\xef\xbb\xbf"
        "full_date,time\n");
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields.front() == "full_date");
}

TEST_CASE("csv: UTF-8 and emoji pass through") {
    auto records = read_csv("\"caf\xc3\xa9 \xf0\x9f\x8d\xbf\",x\n");
    CHECK(records[0].fields[0] == "caf\xc3\xa9 \xf0\x9f\x8d\xbf");
}

TEST_CASE("csv: a quote inside an unquoted field is kept") {
    CHECK(read_csv("a \"b\" c,d\n")[0].fields == std::vector<std::string>{"a \"b\" c", "d"});
}

TEST_CASE("csv: an unclosed quote names the line where it opened") {
    try {
        (void)read_csv("a,b\nc,\"open\nstill open\n");
        FAIL("no error");
    } catch (const CsvError& e) {
        CHECK(e.line() == 2);
        CHECK(std::string(e.what()).find("never closed") != std::string::npos);
    }
}

TEST_CASE("csv: text after a closing quote is an error on its line") {
    try {
        (void)read_csv("a\n\"x\"y,z\n");
        FAIL("no error");
    } catch (const CsvError& e) {
        CHECK(e.line() == 2);
    }
}

TEST_CASE("csv: records one at a time are those read whole, refilled in place") {
    // Records of different widths one after another: a short one after a long one has only
    // its own fields, and a quoted field after a plain one starts empty.
    std::string text = "a,b,c\r\n\"x, y\"\n\n1,\"2\"\"\",3\n\"multi\nline\",z\n";
    std::vector<CsvRecord> one_by_one;
    for_each_csv_record(text, [&](const CsvRecord& r) { one_by_one.push_back(r); });
    auto whole = read_csv(text);
    REQUIRE(one_by_one.size() == whole.size());
    REQUIRE(whole.size() == 5);
    for (std::size_t i = 0; i < whole.size(); ++i) {
        CAPTURE(i);
        CHECK(one_by_one[i].line == whole[i].line);
        CHECK(one_by_one[i].fields == whole[i].fields);
    }
    CHECK(whole[1].fields == std::vector<std::string>{"x, y"});
    CHECK(whole[3].fields == std::vector<std::string>{"1", "2\"", "3"});
    CHECK(whole[4].line == 5);
}

TEST_CASE("csv: one at a time, the records before a problem are given first") {
    std::vector<std::size_t> lines;
    try {
        for_each_csv_record("a\nb\n\"open\n", [&](const CsvRecord& r) { lines.push_back(r.line); });
        FAIL("no error");
    } catch (const CsvError& e) {
        CHECK(e.line() == 3);
    }
    CHECK(lines == std::vector<std::size_t>{1, 2});
}

TEST_CASE("csv: each record tells where its line end reaches, a byte-order mark counted") {
    std::string text =
        "\xef\xbb\xbf"
        "a,b\r\n\"x\ny\"\nlast";
    std::vector<std::size_t> ends;
    for_each_csv_record(text, [&](const CsvRecord& r) { ends.push_back(r.end); });
    CHECK(ends == std::vector<std::size_t>{8, 14, text.size()});
}

TEST_CASE("csv: writing quotes only what needs it") {
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("") == "");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field(" padded") == "\" padded\"");
    CHECK(csv_row({"1", "a,b", ""}) == "1,\"a,b\",\r\n");
}

TEST_CASE("csv: text a spreadsheet would run as a formula gets a leading apostrophe") {
    for (std::string text : {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
        CHECK(spreadsheet_text(text) == "'" + text);
    for (std::string text : {"", "plain", "'quoted", " =padded", "1-2", "x=y", "\xef\xbc\x9d"})
        CHECK(spreadsheet_text(text) == text);
}

TEST_CASE("csv: what is written reads back the same") {
    std::vector<std::string> fields{"x", "a, \"b\"\nc", "", " s ", "\xf0\x9f\x98\x8c"};
    auto records = read_csv(csv_row(fields) + csv_row(fields));
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == fields);
    CHECK(records[1].fields == fields);
}
