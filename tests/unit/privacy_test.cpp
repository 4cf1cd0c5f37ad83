// Private entries: what the summary and export --share leave out, what the figures still count,
// with and without `[privacy] count_private`, and the flag's way through the store and the
// export document.
#include <catch2/catch.hpp>

#include "support.hpp"

#include "core/archive.hpp"
#include "core/config.hpp"
#include "core/privacy.hpp"
#include "render/export_view.hpp"
#include "store/entry_store.hpp"
#include "store/mood_store.hpp"
#include "store/summary_store.hpp"
#include "store/transfer_store.hpp"
#include "store/win_store.hpp"
#include "util/uuid.hpp"

using namespace tend;
using namespace tend::core;
using tend::test::at;
using tend::test::d;

namespace {

Entry entry_of(EntryKind kind, std::int64_t id, bool is_private) {
    Entry e;
    e.id = id;
    e.kind = kind;
    e.is_private = is_private;
    e.answers = {{"key", "Prompt?", "answer " + std::to_string(id)}};
    return e;
}

Win win_of(std::int64_t id, bool is_private) {
    Win w;
    w.id = id;
    w.text = "win " + std::to_string(id);
    w.is_private = is_private;
    return w;
}

/// A summary holding a shared and a private entry of every kind the rule touches.
Summary mixed_summary() {
    Summary s;
    s.reflections = {entry_of(EntryKind::reflection, 1, false),
                     entry_of(EntryKind::reflection, 2, true)};
    s.worksheets = {entry_of(EntryKind::worksheet, 3, true),
                    entry_of(EntryKind::worksheet, 4, false)};
    s.wins = {win_of(1, false), win_of(2, true), win_of(3, true)};
    s.prep = entry_of(EntryKind::prep, 5, true);
    return s;
}

Mood mood_of(const char* when, int score, const std::string& note, bool is_private) {
    Mood m;
    m.uuid = util::new_uuid();
    m.at = at(when);
    m.day = day_of(m.at);
    m.score = score;
    m.note = note;
    m.is_private = is_private;
    return m;
}

}  // namespace

TEST_CASE("the summary leaves private text out and counts what it left out") {
    auto s = mixed_summary();
    leave_out_private(s, 2, Privacy{});
    REQUIRE(s.reflections.size() == 1);
    CHECK(s.reflections[0].id == 1);
    REQUIRE(s.worksheets.size() == 1);
    CHECK(s.worksheets[0].id == 4);
    REQUIRE(s.wins.size() == 1);
    CHECK(s.wins[0].id == 1);
    CHECK_FALSE(s.prep);
    // One reflection, one worksheet, two wins, the prep, and the two private moods.
    CHECK(s.private_left_out == 7);
    // Left out is not missing: the gaps do not ask for a prep that was written.
    s.next_session = NextSession{};
    CHECK_FALSE(s.gaps().prep_missing);
}

TEST_CASE("with private entries included, the summary keeps every one and leaves nothing out") {
    auto s = mixed_summary();
    leave_out_private(s, 2, Privacy{true, true});
    CHECK(s.reflections.size() == 2);
    CHECK(s.worksheets.size() == 2);
    CHECK(s.wins.size() == 3);
    CHECK(s.prep);
    CHECK(s.private_left_out == 0);
}

TEST_CASE("a private reflection left out still counts as written for the gaps") {
    Summary s;
    s.last_session = Session{};
    s.reflections = {entry_of(EntryKind::reflection, 1, true)};
    leave_out_private(s, 0, Privacy{});
    CHECK(s.reflections.empty());
    CHECK(s.private_left_out == 1);
    CHECK_FALSE(s.gaps().reflection_missing);
    Summary none;
    none.last_session = Session{};
    leave_out_private(none, 0, Privacy{});
    CHECK(none.gaps().reflection_missing);
    CHECK(none.private_left_out == 0);
}

TEST_CASE("the figures count private moods unless the config says otherwise") {
    CHECK_FALSE(Privacy{}.figures_shared_only());
    CHECK(Privacy{false, false}.figures_shared_only());
    // Shown on request, they count again.
    CHECK_FALSE(Privacy{true, false}.figures_shared_only());
    CHECK(Config{}.count_private);
    CHECK_FALSE(parse_config("[privacy]\ncount_private = false\n", "c.toml").count_private);
    CHECK(parse_config("[privacy]\ncount_private = true\n", "c.toml").count_private);
    CHECK(test::usage_message([] {
              (void)parse_config("[privacy]\ncount_private = \"no\"\n", "c.toml");
          }) == "c.toml:2: privacy.count_private must be true or false (got \"no\")");
    CHECK(parse_config("[privacy]\ncount = true\n", "c.toml").warnings ==
          std::vector<std::string>{"c.toml:2: unknown key \"privacy.count\" (ignored)"});
}

TEST_CASE("the summary's queries count private moods, or leave them out", "[store]") {
    test::TempDatabase db;
    auto now = at("2026-11-20T12:00");
    (void)store::insert_mood(*db, mood_of("2026-11-16T09:00", 8, "shared", false), now);
    (void)store::insert_mood(*db, mood_of("2026-11-16T10:00", 2, "secret", true), now);
    (void)store::insert_mood(*db, mood_of("2026-11-17T09:00", 3, "hidden", true), now);
    auto from = d(2026, 11, 16);
    auto to = d(2026, 11, 20);
    store::Span all{start_of(from), now, false};
    store::Span shared{start_of(from), now, true};
    CHECK(store::mood_days(*db, from, to, all).size() == 2);
    CHECK(store::mood_totals(*db, from, to, all).entries == 3);
    auto days = store::mood_days(*db, from, to, shared);
    REQUIRE(days.size() == 1);
    CHECK(days[0].entries == 1);
    CHECK(store::mood_totals(*db, from, to, shared).entries == 1);
    CHECK(store::count_private_moods(*db, from, to, all) == 2);
    // A private mood's note is not shown, even where its score still counts.
    CHECK(store::mood_note(*db, from, 2, all, false) == "secret");
    CHECK(store::mood_note(*db, from, 2, all, true).empty());
    CHECK(store::mood_note(*db, from, 8, all, true) == "shared");
}

TEST_CASE("the flag travels through the store and the export, and share leaves it out", "[store]") {
    test::TempDatabase db;
    auto now = at("2026-11-20T12:00");
    (void)store::insert_mood(*db, mood_of("2026-11-16T09:00", 8, "", false), now);
    auto secret = mood_of("2026-11-16T10:00", 2, "secret", true);
    secret.id = store::insert_mood(*db, secret, now);
    auto w = win_of(0, true);
    w.uuid = util::new_uuid();
    w.at = now;
    w.day = day_of(now);
    w.id = store::insert_win(*db, w, now);
    auto e = entry_of(EntryKind::worksheet, 0, false);
    e.uuid = util::new_uuid();
    e.template_name = "thought-record";
    e.at = now;
    e.day = day_of(now);
    e.id = store::insert_entry(*db, e, now);
    store::set_entry_private(*db, e.id, true, now);
    CHECK(store::find_mood(*db, secret.id)->is_private);
    CHECK(store::find_win(*db, w.id)->is_private);
    CHECK(store::find_entry(*db, e.id)->is_private);

    auto archive = store::read_archive(*db, now);
    auto text = render::archive_json(archive);
    // Written only where set.
    CHECK(text.find("\"private\": true") != std::string::npos);
    CHECK(text.find("\"private\": false") == std::string::npos);
    auto back = parse_archive(text, "x.json", now);
    const auto& moods = record_kinds()[kind_index("moods")];
    const auto& list = back.records[kind_index("moods")];
    REQUIRE(list.size() == 2);
    CHECK(RecordView(moods, list[0]).integer("private") == 0);
    CHECK(RecordView(moods, list[1]).integer("private") == 1);

    CHECK(leave_out_private(back) == 3);
    CHECK(back.records[kind_index("moods")].size() == 1);
    CHECK(back.records[kind_index("wins")].empty());
    CHECK(back.records[kind_index("entries")].empty());
    store::set_entry_private(*db, e.id, false, now);
    CHECK_FALSE(store::find_entry(*db, e.id)->is_private);
}

TEST_CASE("an export without the field imports as shared; a bad value is refused") {
    auto now = at("2026-11-20T12:00");
    std::string head = R"({"format": "tend-export", "version": 1, "moods": [{"uuid":
        "60000000-0000-4000-8000-000000000001", "at": "2026-11-16T09:00:00+00:00", "day":
        "2026-11-16", "score": 5)";
    auto plain = parse_archive(head + "}]}", "x.json", now);
    const auto& moods = record_kinds()[kind_index("moods")];
    CHECK(RecordView(moods, plain.records[kind_index("moods")][0]).integer("private") == 0);
    CHECK(test::usage_message([&] {
              (void)parse_archive(head + R"(, "private": 1}]})", "x.json", now);
          }).find(".moods[0].private must be true or false (got 1)") != std::string::npos);
}
