// Reading an export record by record (core::ArchiveStream) into a database
// (store::ArchiveImport) gives what reading the whole document did, whatever the order of its
// members and however large it is.
#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/archive_stream.hpp"
#include "render/export_view.hpp"
#include "store/transfer_store.hpp"
#include "support.hpp"
#include "util/error.hpp"
#include "util/files.hpp"

using namespace tend;

namespace {

const core::Instant now{1795159800, 3600};  // 2026-11-20T08:30:00+01:00

/// Every kind (tests/cli/fixtures/all_kinds.sql), then 20,000 moods (a third tagged) and 3,000
/// check-offs of the fixture's first homework.
void fill_large(store::Database& db) {
    db.sql().exec(test::fixture("all_kinds.sql"));
    db.sql().exec(R"(
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
        INSERT INTO mood (uuid, at_utc, at_offset, day, score, note, created_utc, updated_utc)
        SELECT printf('21000000-0000-4000-8000-%012d', i), 1500000000 + i * 7200, 0,
               date(1500000000 + i * 7200, 'unixepoch'), i % 10 + 1,
               CASE WHEN i % 2 = 0 THEN 'a "note", ' || i ELSE '' END,
               1500000000 + i * 7200, 1500000000 + i * 7200 FROM n;
        INSERT INTO mood_tag (mood_id, tag)
        SELECT id, CASE WHEN id % 2 = 0 THEN 'walk' ELSE 'sleep' END FROM mood WHERE id % 3 = 0;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
        INSERT INTO checkoff (uuid, homework_id, day, status, note, at_utc, at_offset,
                              created_utc)
        SELECT printf('61000000-0000-4000-8000-%012d', i), 1, date(1500000000 + i * 86400,
               'unixepoch'), 'done', '', 1500000000 + i * 86400 + 3600, 0,
               1500000000 + i * 86400 + 3600 FROM n;)");
}

std::string exported(store::Database& db) {
    return render::archive_json(store::read_archive(db, now));
}

/// Imports `text` record by record, as `tend import` does.
core::ImportReport stream_into(store::Database& db, const std::string& text) {
    util::TextInMemory in(text);
    core::ArchiveStream stream(in, "big.json", now);
    stream.check();
    store::WriteTransaction tx(db);
    store::ArchiveImport import(db);
    stream.read(import);
    auto report = import.report();
    tx.commit();
    return report;
}

/// Imports `text` as a whole archive, as `tend sync` does.
core::ImportReport whole_into(store::Database& db, const std::string& text) {
    auto archive = core::parse_archive(text, "big.json", now);
    store::WriteTransaction tx(db);
    auto report = store::import_archive(db, archive);
    tx.commit();
    return report;
}

int count(store::Database& db, const std::string& table) {
    return db.sql().execAndGet("SELECT count(*) FROM " + table).getInt();
}

}  // namespace

TEST_CASE("archive stream: a large export imports as the whole archive does") {
    test::TempDatabase a;
    fill_large(*a);
    auto first = exported(*a);
    REQUIRE(first.size() > 2'000'000);

    test::TempDatabase streamed("streamed.db");
    auto report = stream_into(*streamed, first);
    test::TempDatabase whole("whole.db");
    auto expected = whole_into(*whole, first);
    CHECK(report.total().added == expected.total().added);
    CHECK(report.total().added == 14 + 20000 + 3000);
    CHECK(report.notes.empty());
    CHECK(exported(*streamed) == first);
    CHECK(exported(*whole) == first);
    for (auto table : {"mood", "mood_tag", "checkoff", "entry_answer"})
        CHECK(count(*streamed, table) == count(*a, table));

    // Again: nothing changes.
    auto again = stream_into(*streamed, first);
    CHECK(again.total().added == 0);
    CHECK(again.total().unchanged == 14 + 20000 + 3000);
    CHECK(exported(*streamed) == first);
}

TEST_CASE("archive stream: header last and kinds out of order import the same") {
    test::TempDatabase a;
    fill_large(*a);
    auto first = exported(*a);
    // nlohmann's objects keep their keys sorted: check-offs before homework, the header last.
    auto sorted = nlohmann::json::parse(first).dump(1);
    REQUIRE(sorted.find("\"checkoffs\"") < sorted.find("\"format\""));
    test::TempDatabase b;
    auto report = stream_into(*b, sorted);
    CHECK(report.total().added == 14 + 20000 + 3000);
    CHECK(report.notes.empty());
    CHECK(exported(*b) == first);
}

TEST_CASE("archive stream: a refused document is refused before any record is read") {
    struct Refuse final : core::ArchiveSink {
        void deletions(const std::vector<core::Tombstone>&) override { FAIL("deletions"); }
        void record(std::size_t, core::Record&) override { FAIL("record"); }
    } refuse;
    for (std::string text :
         {R"({"moods": [], "format": "tend-export", "version": 3})",
          R"({"moods": [], "format": "something", "version": 1})",
          R"({"format": "tend-export", "version": 1, "moods": [], "deleted": 4})",
          R"({"format": "tend-export", "version": 1, "moods": [], "feelings": []})",
          R"({"format": "tend-export", "version": 1, "moods": [{}], )"}) {
        CAPTURE(text);
        util::TextInMemory in(text);
        core::ArchiveStream stream(in, "f.json", now);
        CHECK_THROWS_AS(stream.read(refuse), Error);
    }
}

TEST_CASE("archive stream: progress counts bytes, from the first to the last") {
    std::string text = R"({"format": "tend-export", "version": 1, "moods": [)";
    for (int i = 0; i < 200; ++i)
        text += fmt::format(R"({}{{"uuid": "21000000-0000-4000-8000-{:012}", "score": 5,
            "at": "2026-11-18T09:00:00Z", "day": "2026-11-18"}})",
                            i == 0 ? "" : ", ", i);
    text += "]}";
    util::TextInMemory in(text);
    core::ArchiveStream stream(in, "f.json", now);
    std::vector<std::pair<std::size_t, std::size_t>> seen;
    auto progress = [&](std::size_t done, std::size_t all) { seen.emplace_back(done, all); };
    stream.check(progress);
    struct Count final : core::ArchiveSink {
        std::size_t records = 0;
        void deletions(const std::vector<core::Tombstone>&) override {}
        void record(std::size_t, core::Record&) override { ++records; }
    } count;
    stream.read(count, progress);
    CHECK(count.records == 200);
    REQUIRE(seen.size() > 4);
    CHECK(seen.front().first == 0);
    CHECK(seen.back().first == seen.back().second);
    CHECK(seen.back().second == 2 * text.size());
    for (std::size_t i = 1; i < seen.size(); ++i) CHECK(seen[i].first >= seen[i - 1].first);
}
