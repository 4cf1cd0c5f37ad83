#include "core/archive.hpp"
#include "core/jrnl.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"

#include <nlohmann/json.hpp>

#include "render/export_view.hpp"
#include "render/json.hpp"
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
                                            "measure_answers", "journal"});
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

TEST_CASE("archive: the written text is the JSON library's, escapes and all") {
    // Text of every kind the writer escapes itself: quotes, C0 and C1 controls, DEL, a
    // bidirectional override, non-ASCII, and bytes that are not UTF-8 (replaced by U+FFFD).
    const std::vector<std::string> texts{"plain",
                                         "say \"hi\" \\ there",
                                         "tab\there\nline\r\b\f\x01\x1b[31m",
                                         "del\x7f c1\xc2\x9b",
                                         "bidi\u202e\u2066 x",
                                         "caf\u00e9 \xf0\x9f\x98\x80",
                                         "broken \xff\xfe end",
                                         "cut \xe2\x82",
                                         ""};
    Archive a;
    a.exported_at = now;
    auto& moods = a.records[kind_index("moods")];
    for (std::size_t i = 0; i < texts.size(); ++i) {
        Record r;
        r.values = {"uuid-" + std::to_string(i),
                    Instant{1794987000 + static_cast<std::int64_t>(i), -16200},
                    std::string("2026-11-19"),
                    std::int64_t{static_cast<std::int64_t>(i)},
                    texts[i],
                    std::int64_t{1794987000},
                    std::monostate{},
                    std::int64_t{i % 2 == 0 ? 1 : 0}};
        if (i % 3 != 0) r.tags = {texts[i], "work"};
        moods.push_back(r);
    }
    auto& entries = a.records[kind_index("entries")];
    Record e;
    e.values.resize(record_kinds()[kind_index("entries")].fields.size());
    e.values[0] = std::string("entry-uuid");
    e.answers = {{"k1", "What \"now\"?", texts[2]}, {"k2", "", texts[6]}};
    entries.push_back(e);

    // The document as one nlohmann tree, as the export was first written.
    using tend::render::Json;
    auto instant = [](const Instant& at) { return Json(format_iso(at)); };
    Json doc{{"format", archive_format},
             {"version", archive_version_plain},
             {"exported_at", instant(now)}};
    for (std::size_t k = 0; k < record_kinds().size(); ++k) {
        const auto& kd = record_kinds()[k];
        Json list = Json::array();
        for (const auto& r : a.records[k]) {
            Json o = Json::object();
            for (std::size_t i = 0; i < kd.fields.size(); ++i) {
                const auto& f = kd.fields[i];
                const auto& v = r.values[i];
                if (f.type == FieldType::flag) {
                    if (const auto* n = std::get_if<std::int64_t>(&v); n && *n != 0)
                        o[std::string(f.name)] = true;
                    continue;
                }
                Json j = nullptr;
                if (const auto* at = std::get_if<Instant>(&v)) j = instant(*at);
                if (const auto* n = std::get_if<std::int64_t>(&v))
                    j = f.type == FieldType::utc ? instant(in_local_zone(*n)) : Json(*n);
                if (const auto* t = std::get_if<std::string>(&v)) j = *t;
                o[std::string(f.name)] = j;
            }
            if (kd.nested == Nested::tags) o["tags"] = r.tags;
            if (kd.nested == Nested::answers) {
                Json answers = Json::array();
                for (const auto& an : r.answers)
                    answers.push_back(
                        {{"key", an.key}, {"prompt", an.prompt}, {"answer", an.text}});
                o["answers"] = answers;
            }
            list.push_back(o);
        }
        if (kd.omit_when_empty && list.empty()) continue;  // the journal, without entries
        doc[std::string(kd.name)] = list;
    }
    CHECK(tend::render::archive_json(a) == tend::render::json_text(doc));
}

TEST_CASE("archive: problems name their place in the document") {
    CHECK(problem("").find("f.json is not a JSON document (line 1, column 1") == 0);
    CHECK(problem("{\n  \"format\": \"tend-export\",\n  \"version\": 1,\n}")
              .find("f.json is not a JSON document (line 4, column 1") == 0);
    CHECK(problem("[]").find("f.json is not a tend export") == 0);
    CHECK(problem(R"({"format": "other", "version": 1})").find("is not a tend export") !=
          std::string::npos);
    CHECK(problem(R"({"format": "tend-export", "version": 3})")
              .find("f.json was written by a newer tend (export version 3") == 0);
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

TEST_CASE("archive: the journal is written only with entries, and reads back the same") {
    Archive empty;
    empty.exported_at = now;
    CHECK(tend::render::archive_json(empty).find("\"journal\"") == std::string::npos);
    auto a = read_jrnl(
        R"({"entries": [{"title": "T", "body": "B", "date": "2026-11-02", "time": "21:14",
            "tags": ["@walk"], "starred": true}]})",
        "j.json", now);
    auto text = tend::render::archive_json(a);
    CHECK(text.find("\"journal\": [") != std::string::npos);
    auto back = parse_archive(text, "f.json", now);
    const auto& kind = record_kinds()[kind_index("journal")];
    REQUIRE(back.records[kind_index("journal")].size() == 1);
    const auto& r = back.records[kind_index("journal")][0];
    CHECK(r.values == a.records[kind_index("journal")][0].values);
    CHECK(r.tags == std::vector<std::string>{"@walk"});
    CHECK(RecordView(kind, r).integer("starred") == 1);
}
