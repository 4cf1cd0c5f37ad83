#include "core/archive.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"

#include "render/export_view.hpp"
#include "util/error.hpp"

using namespace tend::core;

namespace {

const Instant now{1795159800, 3600};  // 2026-11-20T08:30:00+01:00

std::string problem(const std::string& text) {
    INFO(text);
    return tend::test::usage_message([&] { (void)parse_archive(text, "f.json", now); });
}

std::string doc(const std::string& moods) {
    return R"({"format": "tend-export", "version": 1, "moods": [)" + moods + "]}";
}

const std::string good_mood =
    R"({"uuid": "20000000-0000-4000-8000-000000000001", "at": "2026-11-18T08:30:00+01:00",)"
    R"( "day": "2026-11-18", "score": 3, "note": "x", "tags": ["Work", " sleep "]})";

std::string with(const std::string& field, const std::string& value) {
    auto m = good_mood;
    auto key = "\"" + field + "\": ";
    auto pos = m.find(key);
    if (pos == std::string::npos) return m.substr(0, m.size() - 1) + ", " + key + value + "}";
    auto end = m.find_first_of(",}", pos + key.size());
    if (m[pos + key.size()] == '[') end = m.find(']', pos) + 1;
    return m.substr(0, pos + key.size()) + value + m.substr(end);
}

}  // namespace

TEST_CASE("archive: every kind is listed in import order") {
    std::vector<std::string> names;
    for (const auto& k : record_kinds()) names.emplace_back(k.name);
    CHECK(names == std::vector<std::string>{"sessions", "moods", "entries", "goals", "homework",
                                            "homework_steps", "checkoffs", "wins",
                                            "goal_milestones", "goal_ratings", "measure_results",
                                            "measure_answers"});
    // Each kind's id is its place in the list.
    for (std::size_t i = 0; i < record_kinds().size(); ++i)
        CHECK(static_cast<std::size_t>(record_kinds()[i].id) == i);
    // A reference always points to an earlier kind.
    for (std::size_t i = 0; i < record_kinds().size(); ++i)
        for (const auto& f : record_kinds()[i].fields)
            if (f.type == FieldType::ref) CHECK(kind_index(f.target) < i);
}

TEST_CASE("archive: a good document reads, tags normalised") {
    auto a = parse_archive(doc(good_mood), "f.json", now);
    const auto& moods = a.records[kind_index("moods")];
    REQUIRE(moods.size() == 1);
    CHECK(moods[0].tags == std::vector<std::string>{"sleep", "work"});
    RecordView m(record_kinds()[kind_index("moods")], moods[0]);
    CHECK(m.integer("score") == 3);
    CHECK(m.instant("at") == Instant{1794987000, 3600});
    CHECK(m.integer("created_at") == now.utc);
    CHECK(a.size() == 1);
}

TEST_CASE("archive: what is written reads back the same") {
    auto a = parse_archive(doc(good_mood), "f.json", now);
    auto text = tend::render::archive_json(a);
    auto b = parse_archive(text, "f.json", now);
    CHECK(tend::render::archive_json(b) == text);
}

TEST_CASE("archive: problems name their place in the document") {
    CHECK(problem("").find("f.json is not a JSON document (line 1, column 1") == 0);
    CHECK(problem("{\n  \"format\": \"tend-export\",\n  \"version\": 1,\n}")
              .find("f.json is not a JSON document (line 4, column 1") == 0);
    CHECK(problem("[]").find("f.json is not a tend export") == 0);
    CHECK(problem(R"({"format": "other", "version": 1})").find("is not a tend export") !=
          std::string::npos);
    CHECK(problem(R"({"format": "tend-export", "version": 2})")
              .find("f.json was written by a newer tend (export version 2") == 0);
    CHECK(problem(R"({"format": "tend-export", "version": "1"})") ==
          "f.json: .version must be a whole number from 1 (got \"1\")");
    CHECK(problem(R"({"format": "tend-export", "version": 1, "notes": []})") ==
          "f.json: .notes is not a kind of record tend knows");
    CHECK(problem(R"({"format": "tend-export", "version": 1, "moods": {}})") ==
          "f.json: .moods must be an array (got {})");
    CHECK(problem(doc(good_mood + ", 3")) == "f.json: .moods[1] must be an object (got 3)");
    CHECK(problem(doc(with("score", "11"))) ==
          "f.json: .moods[0].score must be from 1 to 10 (got 11)");
    CHECK(problem(doc(with("score", "6.5"))) ==
          "f.json: .moods[0].score must be a whole number (got 6.5)");
    CHECK(
        problem(doc(with("score", "18446744073709551615"))).find(".moods[0].score must be from") !=
        std::string::npos);
    CHECK(problem(doc(with("uuid", "\"nope\""))) ==
          "f.json: .moods[0].uuid must be a UUID (got \"nope\")");
    CHECK(problem(doc(with("day", "\"2026-02-30\""))).find(".moods[0].day must be a day") !=
          std::string::npos);
    CHECK(problem(doc(with("at", "\"2026-11-18 08:30\""))).find(".moods[0].at must be a time") !=
          std::string::npos);
    CHECK(problem(doc(with("at", "null"))) == "f.json: .moods[0].at must not be null");
    CHECK(problem(doc(with("note", "5"))) == "f.json: .moods[0].note must be text (got 5)");
    CHECK(problem(doc(with("tags", "[\"\"]"))).find(".moods[0].tags[0] must be a tag") !=
          std::string::npos);
    CHECK(problem(doc(with("mood", "7"))) == "f.json: .moods[0] has an unknown field \"mood\"");
    CHECK(problem(doc(R"({"uuid": "20000000-0000-4000-8000-000000000001"})")) ==
          "f.json: .moods[0].at is missing");
}

TEST_CASE("archive: choices, answers and references are checked") {
    auto entry = [](const std::string& extra) {
        return R"({"format": "tend-export", "version": 1, "entries": [{"uuid": )"
               R"("30000000-0000-4000-8000-000000000001", "kind": "prep", "template": "prep", )"
               R"("at": "2026-11-18T09:00:00+01:00", "day": "2026-11-18")" +
               extra + "}]}";
    };
    CHECK_NOTHROW(parse_archive(entry(""), "f", now));
    CHECK(problem(entry(R"(, "session": "x")")).find(".entries[0].session must be a UUID") !=
          std::string::npos);
    CHECK(problem(entry(R"(, "answers": [{"key": "a", "prompt": "p"}])")) ==
          "f.json: .entries[0].answers[0].answer is missing");
    CHECK(problem(entry(R"(, "answers": [{"key": "a", "prompt": "", "answer": ""},)"
                        R"( {"key": "a", "prompt": "", "answer": ""}])"))
              .find(".entries[0].answers[1].key is used twice") != std::string::npos);
    auto wrong_kind = entry("");
    wrong_kind.replace(wrong_kind.find("\"prep\""), 6, "\"diary\"");
    CHECK(problem(wrong_kind) ==
          "f.json: .entries[0].kind must be one of reflection, prep, worksheet (got "
          "\"diary\")");
}

TEST_CASE("archive: moods from elsewhere") {
    Mood m;
    m.uuid = "20000000-0000-4000-8000-000000000001";
    m.at = {1794987000, 3600};
    m.day = *parse_day("2026-11-18");
    m.score = 8;
    m.note = "n";
    m.tags = {"a"};
    auto a = archive_of_moods({m}, now);
    RecordView v(record_kinds()[kind_index("moods")], a.records[kind_index("moods")].at(0));
    CHECK(v.text("uuid") == m.uuid);
    CHECK(v.text("day") == "2026-11-18");
    CHECK(v.integer("score") == 8);
    CHECK(v.text("note") == "n");
    CHECK(v.integer("updated_at") == now.utc);
    CHECK(v.record().tags == m.tags);
}
