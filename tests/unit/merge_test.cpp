// The merge of exports between devices: the rules one by one, then three simulated devices that
// edit, delete and exchange exports in random orders and must end with the same data.
#include "core/merge.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <random>

#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "render/export_view.hpp"
#include "store/entry_store.hpp"
#include "store/homework_store.hpp"
#include "store/mood_store.hpp"
#include "store/search_store.hpp"
#include "store/transfer_store.hpp"
#include "store/win_store.hpp"
#include "support.hpp"
#include "util/uuid.hpp"

using namespace tend;

namespace {

const core::Instant exported_at{1795159800, 3600};
constexpr std::int64_t base = 1795000000;

core::Instant at(std::int64_t t) {
    return core::Instant{base + t, 0};
}

core::Day day_at(int n) {
    return *core::parse_day(fmt::format("2026-11-{:02}", 10 + n));
}

std::string exported(store::Database& db) {
    return render::archive_json(store::read_archive(db, exported_at));
}

core::ImportReport merge_into(store::Database& to, store::Database& from) {
    auto archive = core::parse_archive(exported(from), "device.json", exported_at);
    store::WriteTransaction tx(to);
    auto report = store::import_archive(to, archive);
    tx.commit();
    return report;
}

std::optional<std::int64_t> id_of(store::Database& db, const std::string& table,
                                  const std::string& uuid) {
    SQLite::Statement q(db.sql(), "SELECT id FROM " + table + " WHERE uuid = ?");
    q.bind(1, uuid);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getInt64();
}

int count(store::Database& db, const std::string& table) {
    return db.sql().execAndGet("SELECT count(*) FROM " + table).getInt();
}

core::Mood mood(const std::string& uuid, int score, std::vector<std::string> tags, int t) {
    core::Mood m;
    m.uuid = uuid;
    m.at = at(t);
    m.day = core::day_of(m.at);
    m.score = score;
    m.note = fmt::format("note {}", score);
    m.tags = std::move(tags);
    return m;
}

void write_mood(store::Database& db, const core::Mood& m, std::int64_t t) {
    db.set_now(base + t);
    store::WriteTransaction tx(db);
    if (auto id = id_of(db, "mood", m.uuid)) {
        auto edited = m;
        edited.id = *id;
        store::update_mood(db, edited, at(t));
    } else {
        (void)store::insert_mood(db, m, at(t));
    }
    tx.commit();
}

void delete_row(store::Database& db, const std::string& table, const std::string& uuid,
                std::int64_t t) {
    db.set_now(base + t);
    store::WriteTransaction tx(db);
    auto id = id_of(db, table, uuid);
    REQUIRE(id);
    db.sql().exec(fmt::format("DELETE FROM {} WHERE id = {}", table, *id));
    tx.commit();
}

/// Writes a reflection with one answer, or gives the one here that answer.
void write_entry(store::Database& db, const std::string& uuid, const std::string& answer,
                 std::int64_t t) {
    core::Entry e;
    e.uuid = uuid;
    e.template_name = "reflection";
    e.at = at(1);
    e.day = core::day_of(e.at);
    e.answers = {{"takeaway", "The most important thing?", answer}};
    db.set_now(base + t);
    store::WriteTransaction tx(db);
    if (auto id = id_of(db, "entry", uuid)) {
        e.id = *id;
        store::update_entry_answers(db, e, at(t));
    } else {
        (void)store::insert_entry(db, e, at(t));
    }
    tx.commit();
}

std::string answer_of(store::Database& db, const std::string& uuid) {
    SQLite::Statement q(db.sql(),
                        "SELECT a.answer FROM entry_answer a JOIN entry e ON e.id = a.entry_id "
                        "WHERE e.uuid = ?");
    q.bind(1, uuid);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

int score_of(store::Database& db, const std::string& uuid) {
    SQLite::Statement q(db.sql(), "SELECT score FROM mood WHERE uuid = ?");
    q.bind(1, uuid);
    return q.executeStep() ? q.getColumn(0).getInt() : 0;
}

std::int64_t add_homework(store::Database& db, const std::string& uuid, const std::string& title,
                          std::int64_t t) {
    core::Homework h;
    h.uuid = uuid;
    h.title = title;
    h.schedule.kind = core::ScheduleKind::daily;
    h.start_day = day_at(0);
    h.steps = {{1, util::new_uuid(), "first step", std::nullopt}};
    db.set_now(base + t);
    store::WriteTransaction tx(db);
    auto id = store::insert_homework(db, h, at(t));
    tx.commit();
    return id;
}

void check_off(store::Database& db, const std::string& uuid, std::int64_t homework_id, int day,
               std::int64_t t) {
    core::Checkoff c;
    c.uuid = uuid;
    c.homework_id = homework_id;
    c.day = day_at(day);
    c.at = at(t);
    db.set_now(base + t);
    store::WriteTransaction tx(db);
    (void)store::insert_checkoff(db, c, at(t));
    tx.commit();
}

/// Marks a homework step done or not done at time t.
void mark_step(store::Database& db, std::int64_t homework_id, bool done, std::int64_t t) {
    db.set_now(base + t);
    store::WriteTransaction tx(db);
    store::set_step_done(db, homework_id, 1, done ? std::optional{at(t)} : std::nullopt);
    tx.commit();
}

/// Whether the step with this UUID is done here, or nullopt if it is not here.
std::optional<bool> step_done(store::Database& db, const std::string& uuid) {
    SQLite::Statement q(db.sql(), "SELECT done_utc IS NOT NULL FROM homework_step WHERE uuid = ?");
    q.bind(1, uuid);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getInt() != 0;
}

std::string step_of(store::Database& db, std::int64_t homework_id) {
    return db.sql()
        .execAndGet(
            fmt::format("SELECT uuid FROM homework_step WHERE homework_id = {}", homework_id))
        .getString();
}

}  // namespace

TEST_CASE("merge: a step marked, then taken back, travels both ways in either order") {
    test::TempDatabase a, b;
    auto hw_uuid = util::new_uuid();
    auto hw = add_homework(*a, hw_uuid, "breathe", 1);
    auto step = step_of(*a, hw);
    (void)merge_into(*b, *a);
    auto hw_b = *id_of(*b, "homework", hw_uuid);
    SECTION("done on one device, taken back on the other later: not done on both") {
        mark_step(*a, hw, true, 2);
        (void)merge_into(*b, *a);
        CHECK(step_done(*b, step) == true);
        mark_step(*b, hw_b, false, 3);
        (void)merge_into(*a, *b);
        CHECK(step_done(*a, step) == false);
        // An older export that still has it done changes nothing now.
        (void)merge_into(*b, *a);
        CHECK(step_done(*b, step) == false);
    }
    SECTION("the later of two marks wins, whichever file is imported first") {
        mark_step(*a, hw, true, 2);
        mark_step(*b, hw_b, true, 3);
        mark_step(*b, hw_b, false, 4);
        mark_step(*a, hw, false, 5);
        mark_step(*a, hw, true, 6);
        (void)merge_into(*a, *b);
        (void)merge_into(*b, *a);
        CHECK(step_done(*a, step) == true);
        CHECK(step_done(*b, step) == true);
        CHECK(exported(*a) == exported(*b));
    }
    SECTION("an export without the step's updated_at (an older tend) does not undo a mark") {
        mark_step(*b, hw_b, true, 2);
        auto old = exported(*a);  // never marked: written without updated_at
        CHECK(old.find("\"updated_at\"", old.find("homework_steps")) > old.find("checkoffs"));
        auto archive = core::parse_archive(old, "old.json", exported_at);
        store::WriteTransaction tx(*b);
        (void)store::import_archive(*b, archive);
        tx.commit();
        CHECK(step_done(*b, step) == true);
    }
}

TEST_CASE("merge: the later change of a record wins, both ways, and its local id stays") {
    test::TempDatabase a, b;
    auto uuid = util::new_uuid();
    write_mood(*a, mood(uuid, 3, {"work"}, 1), 1);
    merge_into(*b, *a);
    auto id_b = id_of(*b, "mood", uuid);
    write_mood(*b, mood(uuid, 8, {"rest", "sleep"}, 1), 5);
    write_mood(*a, mood(uuid, 4, {"work"}, 1), 3);  // earlier than b's edit

    auto report = merge_into(*a, *b);
    CHECK(report.total().updated == 1);
    CHECK(score_of(*a, uuid) == 8);
    CHECK(a->sql().execAndGet("SELECT group_concat(tag) FROM mood_tag").getString() ==
          "rest,sleep");
    report = merge_into(*b, *a);
    CHECK(report.total().unchanged == 1);
    CHECK(report.total().updated == 0);
    CHECK(id_of(*b, "mood", uuid) == id_b);
    CHECK(exported(*a) == exported(*b));
}

TEST_CASE("merge: at the same change time the greater content wins on both devices") {
    test::TempDatabase a, b;
    auto uuid = util::new_uuid();
    write_mood(*a, mood(uuid, 3, {}, 1), 1);
    merge_into(*b, *a);
    write_mood(*a, mood(uuid, 4, {}, 1), 5);
    write_mood(*b, mood(uuid, 6, {}, 1), 5);
    merge_into(*a, *b);
    merge_into(*b, *a);
    CHECK(score_of(*a, uuid) == 6);
    CHECK(score_of(*b, uuid) == 6);
    CHECK(exported(*a) == exported(*b));
}

TEST_CASE("merge: a deletion travels, and the record does not come back") {
    test::TempDatabase a, b, c;
    auto uuid = util::new_uuid();
    write_mood(*a, mood(uuid, 3, {"x"}, 1), 1);
    merge_into(*b, *a);
    merge_into(*c, *a);
    delete_row(*a, "mood", uuid, 4);
    CHECK(count(*a, "tombstone") == 1);

    auto report = merge_into(*b, *a);
    CHECK(report.total().deleted == 1);
    CHECK(count(*b, "mood") == 0);
    merge_into(*b, *c);  // c still has it, unchanged since: it stays deleted
    CHECK(count(*b, "mood") == 0);
    merge_into(*c, *b);
    CHECK(count(*c, "mood") == 0);
    CHECK(exported(*a) == exported(*b));
    CHECK(exported(*b) == exported(*c));
    CHECK(exported(*a).find("\"deleted\": [") != std::string::npos);
    CHECK(exported(*a).find("\"version\": 2") != std::string::npos);
}

TEST_CASE("merge: an edit after a deletion elsewhere wins over it; one at its time loses") {
    test::TempDatabase a, b;
    auto kept = util::new_uuid(), gone = util::new_uuid();
    write_mood(*a, mood(kept, 3, {}, 1), 1);
    write_mood(*a, mood(gone, 3, {}, 1), 1);
    merge_into(*b, *a);
    delete_row(*a, "mood", kept, 4);
    delete_row(*a, "mood", gone, 6);
    write_mood(*b, mood(kept, 9, {}, 1), 5);
    write_mood(*b, mood(gone, 9, {}, 1), 6);
    merge_into(*a, *b);
    merge_into(*b, *a);
    CHECK(score_of(*a, kept) == 9);
    CHECK(score_of(*b, kept) == 9);
    CHECK(!id_of(*a, "mood", gone));
    CHECK(!id_of(*b, "mood", gone));
    CHECK(exported(*a) == exported(*b));
}

TEST_CASE("merge: a removed homework takes its steps and check-offs along on the other device") {
    test::TempDatabase a, b;
    auto hw = util::new_uuid(), done = util::new_uuid();
    auto id = add_homework(*a, hw, "Walk", 1);
    check_off(*a, done, id, 1, 2);
    merge_into(*b, *a);
    CHECK(count(*b, "checkoff") == 1);
    CHECK(count(*b, "homework_step") == 1);
    delete_row(*a, "homework", hw, 5);
    CHECK(count(*a, "tombstone") == 3);  // the item, its step and its check-off
    merge_into(*b, *a);
    CHECK(count(*b, "homework") == 0);
    CHECK(count(*b, "homework_step") == 0);
    CHECK(count(*b, "checkoff") == 0);
    CHECK(exported(*a) == exported(*b));
}

TEST_CASE("merge: check-offs of one occurrence under two UUIDs become one, the same on both") {
    test::TempDatabase a, b;
    auto hw = util::new_uuid();
    auto id_a = add_homework(*a, hw, "Walk", 1);
    merge_into(*b, *a);
    auto id_b = *id_of(*b, "homework", hw);
    auto first = util::new_uuid(), second = util::new_uuid();
    check_off(*a, first, id_a, 2, 3);
    check_off(*b, second, id_b, 2, 4);  // later: it wins
    auto report = merge_into(*a, *b);
    CHECK(report.total().deleted == 1);
    CHECK(report.total().added == 1);
    merge_into(*b, *a);
    CHECK(id_of(*a, "checkoff", second));
    CHECK(!id_of(*a, "checkoff", first));
    CHECK(id_of(*b, "checkoff", second));
    CHECK(count(*b, "checkoff") == 1);
    CHECK(exported(*a) == exported(*b));
}

TEST_CASE("merge: an export without the deletions array still imports") {
    test::TempDatabase a, b;
    write_mood(*a, mood(util::new_uuid(), 3, {}, 1), 1);
    auto text = exported(*a);
    CHECK(text.find("\"deleted\"") == std::string::npos);
    CHECK(text.find("\"version\": 1") != std::string::npos);
    auto archive = core::parse_archive(text, "old.json", exported_at);
    store::WriteTransaction tx(*b);
    CHECK(store::import_archive(*b, archive).total().added == 1);
    tx.commit();
}

TEST_CASE("merge: three devices that exchange exports in any order end the same") {
    for (unsigned seed : {1u, 2u, 3u, 4u, 5u, 6u}) {
        CAPTURE(seed);
        std::mt19937 rng(seed);
        auto pick = [&](std::size_t n) {
            return static_cast<std::size_t>(
                std::uniform_int_distribution<std::size_t>(0, n - 1)(rng));
        };
        std::array<test::TempDatabase, 3> devices;
        std::int64_t t = 0;
        // The last thing done to each mood, anywhere: its score, or 0 for a deletion; to each
        // entry, its answer, or "" for a deletion.
        std::map<std::string, int> last;
        std::map<std::string, std::string> last_answer;
        // The last mark of each homework step: done or not.
        std::map<std::string, bool> last_mark;
        auto uuids_of = [&](store::Database& db, const std::string& table) {
            std::vector<std::string> out;
            SQLite::Statement q(db.sql(), "SELECT uuid FROM " + table + " ORDER BY uuid");
            while (q.executeStep()) out.push_back(q.getColumn(0).getString());
            return out;
        };
        const std::vector<std::string> all_tags{"a", "b", "c"};
        for (int step = 0; step < 120; ++step) {
            ++t;
            auto& db = *devices[pick(3)];
            auto moods = uuids_of(db, "mood");
            auto homework = uuids_of(db, "homework");
            switch (pick(12)) {
                case 11: {
                    // Each mark turns a step over, so that undos follow marks, and comes after
                    // a sync from another device half the time (as with tend sync from cron),
                    // so that marks made elsewhere are often taken back.
                    if (pick(2) == 0) {
                        auto& other = *devices[pick(3)];
                        if (&other != &db) (void)merge_into(db, other);
                    }
                    auto steps = uuids_of(db, "homework_step");
                    if (steps.empty()) break;
                    auto step_uuid = steps[pick(steps.size())];
                    auto id = db.sql()
                                  .execAndGet(fmt::format(
                                      "SELECT homework_id FROM homework_step WHERE uuid = '{}'",
                                      step_uuid))
                                  .getInt64();
                    bool done = !*step_done(db, step_uuid);
                    mark_step(db, id, done, t);
                    last_mark[step_uuid] = done;
                    break;
                }
                case 9: {
                    auto entries = uuids_of(db, "entry");
                    auto uuid = entries.empty() || pick(2) == 0 ? util::new_uuid()
                                                                : entries[pick(entries.size())];
                    auto answer = fmt::format("answer {}", t);
                    write_entry(db, uuid, answer, t);
                    last_answer[uuid] = answer;
                    break;
                }
                case 10: {
                    auto entries = uuids_of(db, "entry");
                    if (!entries.empty()) {
                        auto uuid = entries[pick(entries.size())];
                        delete_row(db, "entry", uuid, t);
                        last_answer[uuid] = "";
                    }
                    break;
                }
                case 0: {
                    auto uuid = util::new_uuid();
                    int score = static_cast<int>(pick(10)) + 1;
                    write_mood(db, mood(uuid, score, {all_tags[pick(3)]}, static_cast<int>(t)), t);
                    last[uuid] = score;
                    break;
                }
                case 1:
                    if (!moods.empty()) {
                        auto uuid = moods[pick(moods.size())];
                        int score = static_cast<int>(pick(10)) + 1;
                        std::vector<std::string> tags;
                        for (const auto& tag : all_tags)
                            if (pick(2) == 0) tags.push_back(tag);
                        write_mood(db, mood(uuid, score, tags, 1), t);
                        last[uuid] = score;
                    }
                    break;
                case 2:
                    if (!moods.empty()) {
                        auto uuid = moods[pick(moods.size())];
                        delete_row(db, "mood", uuid, t);
                        last[uuid] = 0;
                    }
                    break;
                case 3: {
                    core::Win w;
                    w.uuid = util::new_uuid();
                    w.at = at(t);
                    w.day = core::day_of(w.at);
                    w.text = fmt::format("win {}", t);
                    store::WriteTransaction tx(db);
                    (void)store::insert_win(db, w, at(t));
                    tx.commit();
                    break;
                }
                case 4: {
                    auto wins = uuids_of(db, "win");
                    if (!wins.empty()) delete_row(db, "win", wins[pick(wins.size())], t);
                    break;
                }
                case 5:
                    (void)add_homework(db, util::new_uuid(), fmt::format("task {}", t), t);
                    break;
                case 6:
                    if (!homework.empty()) {
                        auto hw = homework[pick(homework.size())];
                        auto id = *id_of(db, "homework", hw);
                        int d = static_cast<int>(pick(3));
                        auto taken = db.sql()
                                         .execAndGet(fmt::format(
                                             "SELECT count(*) FROM checkoff WHERE homework_id = "
                                             "{} AND day = '{}'",
                                             id, core::format_day(day_at(d))))
                                         .getInt();
                        if (taken == 0) check_off(db, util::new_uuid(), id, d, t);
                    }
                    break;
                case 7: {
                    auto checks = uuids_of(db, "checkoff");
                    if (!checks.empty() && pick(2) == 0)
                        delete_row(db, "checkoff", checks[pick(checks.size())], t);
                    else if (!homework.empty() && pick(3) == 0)
                        delete_row(db, "homework", homework[pick(homework.size())], t);
                    break;
                }
                case 8: {
                    auto from = pick(3), to = pick(3);
                    if (from != to) (void)merge_into(*devices[to], *devices[from]);
                    break;
                }
            }
        }
        // A full exchange, twice round in random orders.
        for (int round = 0; round < 2; ++round) {
            std::vector<std::pair<std::size_t, std::size_t>> pairs;
            for (std::size_t x = 0; x < 3; ++x)
                for (std::size_t y = 0; y < 3; ++y)
                    if (x != y) pairs.emplace_back(x, y);
            std::shuffle(pairs.begin(), pairs.end(), rng);
            for (auto [to, from] : pairs) (void)merge_into(*devices[to], *devices[from]);
        }
        auto first = exported(*devices[0]);
        CHECK(first == exported(*devices[1]));
        CHECK(first == exported(*devices[2]));
        // No later change lost: each mood holds its last score, or is gone if deleted last.
        for (const auto& [uuid, score] : last) {
            CAPTURE(uuid);
            CHECK(score_of(*devices[0], uuid) == score);
        }
        // Each step still here holds its last mark, an undo included.
        for (const auto& [uuid, done] : last_mark) {
            CAPTURE(uuid);
            auto here = step_done(*devices[2], uuid);
            if (here) CHECK(*here == done);
        }
        for (const auto& [uuid, answer] : last_answer) {
            CAPTURE(uuid);
            CHECK(answer_of(*devices[1], uuid) == answer);
        }
        // And a further exchange changes nothing.
        auto report = merge_into(*devices[0], *devices[1]);
        CHECK(report.total().added == 0);
        CHECK(report.total().updated == 0);
        CHECK(report.total().deleted == 0);
    }
}

TEST_CASE("merge: a step marked before the upgrade keeps that time as its change time") {
    test::TempDir dir;
    auto path = dir / "old.db";
    {
        SQLite::Database old(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        old.exec("PRAGMA foreign_keys = ON");
        store::register_search_tokenizer(old.getHandle());
        // The schema before steps and milestones kept a change time: migrations 1 to 9.
        for (std::size_t i = 0; i < 9; ++i) old.exec(std::string(store::migrations()[i]));
        old.exec(fmt::format("PRAGMA user_version = 9; PRAGMA application_id = {}",
                             store::application_id));
        old.exec(test::fixture("all_kinds.sql"));
    }
    auto db = store::Database::open(path, false);
    auto& sql = db->sql();
    CHECK(sql.execAndGet("PRAGMA user_version").getInt() == store::schema_version());
    // Step 1 was done at 1794981600; step 2 never.
    CHECK(sql.execAndGet("SELECT group_concat(updated_utc) FROM (SELECT updated_utc FROM "
                         "homework_step ORDER BY position)")
              .getString() == "1794981600,0");
    auto exported_text = exported(*db);
    CHECK_THAT(exported_text, Catch::Contains("\"updated_at\": \"2026-11-18T07:00:00+01:00\""));
    // A removed step's tombstone is never older than its last mark.
    db->set_now(1000);
    sql.exec("DELETE FROM homework WHERE id = 1");
    CHECK(sql.execAndGet("SELECT deleted_utc FROM tombstone WHERE uuid = "
                         "'50000000-0000-4000-8000-000000000001'")
              .getInt64() == 1794981600);
}
