#include "core/jrnl.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"

#include "util/error.hpp"

using namespace tend::core;

namespace {

using tend::test::usage_message;

const Instant now{1'795'000'000, 3600};

const RecordKind& journal() {
    return record_kinds()[kind_index("journal")];
}

const std::vector<Record>& entries(const Archive& a) {
    return a.records[kind_index("journal")];
}

std::string one(std::string_view fields) {
    return "{\"entries\": [{" + std::string(fields) + "}]}";
}

std::string problem(std::string_view text) {
    return usage_message([&] { (void)read_jrnl(text, "j.json", now); });
}

}  // namespace

TEST_CASE("jrnl: an entry's fields, tags (sorted, once each) and star") {
    auto a = read_jrnl(
        "{\"tags\": {\"@work\": 1}, \"entries\": [{\"title\": \"Long day.\", \"body\": \"Met "
        "Anna\\n\", \"date\": \"2026-11-02\", \"time\": \"21:14\", \"tags\": [\"@walk\", "
        "\"@anna\", \"@walk\"], \"starred\": true}]}",
        "j.json", now);
    REQUIRE(entries(a).size() == 1);
    RecordView v(journal(), entries(a)[0]);
    CHECK(v.text("title") == "Long day.");
    CHECK(v.text("body") == "Met Anna\n");
    CHECK(v.text("day") == "2026-11-02");
    CHECK(v.integer("starred") == 1);
    CHECK(v.integer("updated_at") == now.utc);
    CHECK(entries(a)[0].tags == std::vector<std::string>{"@anna", "@walk"});
    auto at = v.instant("at");
    REQUIRE(at);
    CHECK(format_hhmm(*at) == "21:14");
}

TEST_CASE("jrnl: older forms: no top-level tags, no entry tags or star, no body") {
    auto a = read_jrnl(one("\"title\": \"All in the title.\", \"date\": \"2019-03-01\", "
                           "\"time\": \"00:00\""),
                       "j.json", now);
    REQUIRE(entries(a).size() == 1);
    RecordView v(journal(), entries(a)[0]);
    CHECK(v.text("body").empty());
    CHECK(v.integer("starred") == 0);
    CHECK(entries(a)[0].tags.empty());
    CHECK(entries(read_jrnl("{\"entries\": []}", "j", now)).empty());
}

TEST_CASE("jrnl: the UUID follows date, time and title, not body, tags or star") {
    auto first = read_jrnl(one("\"title\": \"T\", \"body\": \"a\", \"date\": \"2026-11-02\", "
                               "\"time\": \"21:14\", \"tags\": []"),
                           "j", now);
    auto later = read_jrnl(one("\"title\": \"T\", \"body\": \"b\", \"date\": \"2026-11-02\", "
                               "\"time\": \"21:14\", \"tags\": [\"@x\"], \"starred\": true"),
                           "j", now);
    auto other = read_jrnl(one("\"title\": \"U\", \"body\": \"a\", \"date\": \"2026-11-02\", "
                               "\"time\": \"21:14\""),
                           "j", now);
    auto uuid = [](const Archive& a) { return std::get<std::string>(entries(a)[0].values[0]); };
    CHECK(uuid(first) == uuid(later));
    CHECK(uuid(first) != uuid(other));
}

TEST_CASE("jrnl: entries of the same minute and title get UUIDs of their own, in order") {
    const std::string_view two = R"({"entries": [
        {"title": "T", "date": "2026-11-02", "time": "21:14"},
        {"title": "T", "date": "2026-11-02", "time": "21:14"}]})";
    auto a = read_jrnl(two, "j", now);
    REQUIRE(entries(a).size() == 2);
    CHECK(entries(a)[0].values[0] != entries(a)[1].values[0]);
    auto again = read_jrnl(two, "j", now);
    CHECK(entries(a)[1].values[0] == entries(again)[1].values[0]);
}

TEST_CASE("jrnl: jrnl's own uuid, when the entry has one, is its identity") {
    auto a = read_jrnl(one("\"title\": \"T\", \"date\": \"2026-11-02\", \"time\": \"21:14\", "
                           "\"uuid\": \"6D8C4D2E-0B51-4B8A-9A43-1C0E2B6A7F10\""),
                       "j", now);
    CHECK(std::get<std::string>(entries(a)[0].values[0]) == "6d8c4d2e-0b51-4b8a-9a43-1c0e2b6a7f10");
}

TEST_CASE("jrnl: each malformed form is refused naming the place, value and what is accepted") {
    CHECK(
        problem("nope") ==
        "j.json is not a JSON document (a syntax error at byte 2); jrnl --format json writes one");
    CHECK(problem("[]") ==
          "j.json is not jrnl's JSON export: it is not a JSON object with \"entries\"");
    CHECK(problem("{\"tags\": {}}") ==
          "j.json is not jrnl's JSON export: it has no \"entries\" (jrnl --format json writes "
          "them)");
    CHECK(problem("{\"entries\": 3}") == "j.json: .entries must be an array (got 3)");
    CHECK(problem("{\"tags\": [], \"entries\": []}") ==
          "j.json: .tags must be an object of tag counts (got [])");
    CHECK(problem("{\"entries\": [1]}") ==
          "j.json: .entries[0] must be an object (a jrnl entry) (got 1)");
    CHECK(problem(one("\"date\": \"2026-11-02\", \"time\": \"21:14\"")) ==
          "j.json: .entries[0].title is missing");
    CHECK(problem(one("\"title\": 5, \"date\": \"2026-11-02\", \"time\": \"21:14\"")) ==
          "j.json: .entries[0].title must be text (got 5)");
    CHECK(problem(one("\"title\": \"t\", \"date\": \"2026-13-02\", \"time\": \"21:14\"")) ==
          "j.json: .entries[0].date must be a date YYYY-MM-DD from 1970 to 9999 (got "
          "\"2026-13-02\")");
    CHECK(problem(one("\"title\": \"t\", \"date\": 20261102, \"time\": \"21:14\"")) ==
          "j.json: .entries[0].date must be a date YYYY-MM-DD from 1970 to 9999 (got 20261102)");
    CHECK(problem(one("\"title\": \"t\", \"date\": \"2026-11-02\", \"time\": \"21:60\"")) ==
          "j.json: .entries[0].time must be a time HH:MM from 00:00 to 23:59 (got \"21:60\")");
    CHECK(problem(one("\"title\": \"t\", \"date\": \"2026-11-02\"")) ==
          "j.json: .entries[0].time is missing");
    CHECK(problem(one("\"title\": \"t\", \"date\": \"2026-11-02\", \"time\": \"21:14\", "
                      "\"tags\": [\"@a\", 2]")) ==
          "j.json: .entries[0].tags[1] must be text (got 2)");
    CHECK(problem(one("\"title\": \"t\", \"date\": \"2026-11-02\", \"time\": \"21:14\", "
                      "\"starred\": 1")) ==
          "j.json: .entries[0].starred must be true or false (got 1)");
}
