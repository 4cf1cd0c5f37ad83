#include "store/daylio_store.hpp"

#include <catch2/catch.hpp>

#include "store/mood_store.hpp"
#include "support.hpp"

using namespace tend;

namespace {

const std::string header = "full_date,date,weekday,time,mood,activities,note_title,note\n";

const core::Instant first_import{1795159800, 3600};  // 2026-11-20T08:30:00+01:00
const core::Instant later_import{1795246200, 3600};  // a day later

core::ImportReport import(store::Database& db, const std::string& text, const core::Instant& now) {
    auto file = core::read_daylio_file(text, {}, "f.csv");
    store::WriteTransaction tx(db);
    auto report = store::import_daylio(db, file, now);
    tx.commit();
    return report;
}

std::int64_t updated_utc(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sql(), "SELECT updated_utc FROM mood WHERE id = ?");
    q.bind(1, id);
    REQUIRE(q.executeStep());
    return q.getColumn(0).getInt64();
}

}  // namespace

TEST_CASE("daylio store: a later export updates what changed and keeps what the client set") {
    test::TempDatabase db;
    auto first = import(
        *db,
        header + "2026-11-19,,,21:00,good,walk,,evening\n" + "2026-11-19,,,08:00,meh,,,morning\n",
        first_import);
    CHECK(first.total().added == 2);
    auto moods = store::list_moods(*db, core::Period{});
    REQUIRE(moods.size() == 2);
    // Marked private in tend: an update from Daylio leaves that as it is.
    moods[1].is_private = true;
    store::update_mood(*db, moods[1], first_import);

    auto later = import(*db,
                        header + "2026-11-19,,,21:00,rad,walk | music,,evening!\n" +
                            "2026-11-19,,,08:00,meh,,,morning\n",
                        later_import);
    CHECK(later.total().added == 0);
    CHECK(later.total().updated == 1);
    CHECK(later.total().unchanged == 1);
    auto evening = store::find_mood(*db, moods[1].id);
    REQUIRE(evening);
    CHECK(evening->score == 10);
    CHECK(evening->note == "evening!");
    CHECK(evening->tags == std::vector<std::string>{"music", "walk"});
    CHECK(evening->is_private);
    CHECK(updated_utc(*db, moods[1].id) == later_import.utc);
    // The unchanged mood keeps its updated time.
    CHECK(updated_utc(*db, moods[0].id) == first_import.utc);
}
