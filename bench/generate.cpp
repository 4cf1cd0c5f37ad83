// Builds a realistic tend history for the benchmarks, through tend's own storage layer: ten
// moods a day with tags and short notes, a held session every Tuesday with a reflection after it
// and prep before the next, a daily and a weekly homework item at a time (replaced every eight
// weeks) checked off on most days, and a few wins a week. Deterministic: the same arguments
// always give the same records.
//
//   tend_bench_generate PATH DAYS [END_DAY]
//
// PATH must not exist yet. The history covers the DAYS days ending on END_DAY (default
// 2026-11-20), and one session is left scheduled for the Tuesday after.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/clock.hpp"
#include "core/guided.hpp"
#include "core/homework.hpp"
#include "core/mood.hpp"
#include "core/session.hpp"
#include "core/win.hpp"
#include "store/database.hpp"
#include "store/entry_store.hpp"
#include "store/homework_store.hpp"
#include "store/mood_store.hpp"
#include "store/session_store.hpp"
#include "store/win_store.hpp"

namespace {

using namespace tend;

const std::vector<std::string> tag_words{"work",  "sleep", "family",  "friends", "exercise",
                                         "tired", "calm",  "anxious", "outside", "rain"};
const std::vector<std::string> mood_notes{"slept badly",
                                          "good talk with Sam",
                                          "long meeting",
                                          "walk in the park",
                                          "headache",
                                          "felt rushed",
                                          "quiet evening",
                                          "argued on the phone",
                                          "made a proper lunch",
                                          "too much coffee",
                                          "cycled to work",
                                          "worried about money"};
const std::vector<std::string> win_texts{"Asked for help at work", "Went for a run",
                                         "Called my sister back",  "Said no to extra shifts",
                                         "Cooked a real meal",     "Finished the tax form"};
const std::vector<std::string> daily_titles{"Three-minute breathing space", "Gratitude list",
                                            "Evening wind-down", "Thought record when upset"};
const std::vector<std::string> weekly_titles{"Walk outside for 20 minutes", "Call a friend",
                                             "Do one thing just for fun"};

class Generator {
public:
    explicit Generator(store::Database& db) : db_(db) {}

    void run(core::Day first, core::Day last) {
        std::optional<std::int64_t> session;
        std::int64_t daily = 0;
        std::int64_t weekly = 0;
        int items = 0;
        for (core::Day day = first; day <= last; day = core::add_days(day, 1)) {
            store::WriteTransaction tx(db_);
            bool tuesday = core::weekday_index(day) == 1;
            if (core::weekday_index(day) == 0 && day != first)  // Monday: prep for tomorrow
                entry(core::EntryKind::prep, "prep", session, day, {19, 30, 0});
            if (tuesday || day == first) {
                session = held_session(day);
                if (items == 0 || weeks_since_items_ >= 8) {
                    close_items(daily, weekly, day);
                    daily = homework(
                        daily_titles[static_cast<std::size_t>(items) % daily_titles.size()],
                        {core::ScheduleKind::daily, {}, 0, 0}, session, day);
                    weekly = homework(
                        weekly_titles[static_cast<std::size_t>(items) % weekly_titles.size()],
                        {core::ScheduleKind::weekly, {}, 0, 3}, session, day);
                    ++items;
                    weeks_since_items_ = 0;
                }
                ++weeks_since_items_;
            }
            if (core::weekday_index(day) == 2 && day != first)  // the day after: reflection
                entry(core::EntryKind::reflection, "reflection", session, day, {20, 0, 0});
            moods(day);
            checkoffs(daily, weekly, day);
            if (pick(7) < 2) win(day);
            tx.commit();
        }
        store::WriteTransaction tx(db_);
        scheduled_session(core::add_days(last, 1));
        tx.commit();
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
    template <typename T>
    const T& any(const std::vector<T>& v) {
        return v[static_cast<std::size_t>(pick(static_cast<int>(v.size())))];
    }

    std::string uuid() {
        auto a = rng_();
        auto b = rng_();
        return fmt::format("{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}", a >> 32, (a >> 16) & 0xffff,
                           a & 0xfff, 0x8000 | ((b >> 48) & 0x3fff), b & 0xffffffffffffULL);
    }

    core::Instant at(core::Day day, core::TimeOfDay time) { return core::local_instant(day, time); }

    void moods(core::Day day) {
        int base = 4 + pick(4);
        for (int i = 0; i < 10; ++i) {
            core::Mood m;
            m.uuid = uuid();
            m.at = at(day, {8 + i * 3 / 2, (i * 17) % 60, 0});
            m.day = day;
            m.score = std::clamp(base + pick(5) - 2, core::min_score, core::max_score);
            if (pick(10) < 6) m.note = any(mood_notes);
            for (int t = pick(3); t > 0; --t) m.tags.push_back(any(tag_words));
            std::sort(m.tags.begin(), m.tags.end());
            m.tags.erase(std::unique(m.tags.begin(), m.tags.end()), m.tags.end());
            store::insert_mood(db_, m, m.at);
        }
    }

    std::int64_t held_session(core::Day day) {
        core::Session s;
        s.uuid = uuid();
        s.at = at(day, {17, 0, 0});
        s.day = day;
        s.status = core::SessionStatus::held;
        if (pick(3) == 0) s.note = "talked about work and sleep";
        return store::insert_session(db_, s, s.at);
    }

    void scheduled_session(core::Day after) {
        core::Day day = after;
        while (core::weekday_index(day) != 1) day = core::add_days(day, 1);
        core::Session s;
        s.uuid = uuid();
        s.at = at(day, {17, 0, 0});
        s.day = day;
        s.status = core::SessionStatus::scheduled;
        store::insert_session(db_, s, at(after, {9, 0, 0}));
    }

    void entry(core::EntryKind kind, const std::string& name, std::optional<std::int64_t> session,
               core::Day day, core::TimeOfDay time) {
        core::Entry e;
        e.uuid = uuid();
        e.kind = kind;
        e.template_name = name;
        e.session_id = session;
        e.at = at(day, time);
        e.day = day;
        if (kind == core::EntryKind::reflection) {
            e.answers = {{"takeaway", "What was the most important thing we talked about?",
                          "That I can pause before I answer"},
                         {"emotions", "What feelings came up, and why do you think they did?",
                          "Relief, and some sadness about the old job"},
                         {"intention", "What do you want to do differently this week?",
                          "Take the breathing space before calls"}};
        } else {
            e.answers = {{"went-well", "What went well since the last session?",
                          "Two good days, and I kept the walks"},
                         {"discuss", "What do you want to talk about?", "Sleep, and my sister"}};
        }
        store::insert_entry(db_, e, e.at);
    }

    std::int64_t homework(const std::string& title, core::Schedule schedule,
                          std::optional<std::int64_t> session, core::Day day) {
        core::Homework h;
        h.uuid = uuid();
        h.title = title;
        h.session_id = session;
        h.schedule = schedule;
        h.anchor = "after dinner";
        h.plan = "if I am too tired, do one minute of it";
        h.start_day = day;
        for (int i = 1; i <= 2; ++i)
            h.steps.push_back({i, uuid(), fmt::format("Step {} of {}", i, title), std::nullopt});
        return store::insert_homework(db_, h, at(day, {17, 50, 0}));
    }

    void close_items(std::int64_t daily, std::int64_t weekly, core::Day day) {
        for (auto id : {daily, weekly}) {
            if (id == 0) continue;
            auto h = store::find_homework(db_, id);
            h->status = pick(4) == 0 ? core::HomeworkStatus::dropped : core::HomeworkStatus::done;
            h->end_day = core::add_days(day, -1);
            store::update_homework(db_, *h, at(day, {17, 55, 0}));
        }
    }

    void checkoff(std::int64_t id, core::Day day, core::CheckoffStatus status) {
        core::Checkoff c;
        c.uuid = uuid();
        c.homework_id = id;
        c.day = day;
        c.status = status;
        if (status == core::CheckoffStatus::skipped) c.note = "too tired tonight";
        c.at = at(day, {21, 15, 0});
        store::insert_checkoff(db_, c, c.at);
    }

    void checkoffs(std::int64_t daily, std::int64_t weekly, core::Day day) {
        int roll = pick(10);
        if (roll < 8)
            checkoff(daily, day, core::CheckoffStatus::done);
        else if (roll == 8)
            checkoff(daily, day, core::CheckoffStatus::skipped);
        int wd = core::weekday_index(day);
        if ((wd == 1 || wd == 3 || wd == 5) && pick(10) < 8)
            checkoff(weekly, day, core::CheckoffStatus::done);
    }

    void win(core::Day day) {
        core::Win w;
        w.uuid = uuid();
        w.at = at(day, {18, 40, 0});
        w.day = day;
        w.text = any(win_texts);
        store::insert_win(db_, w, w.at);
    }

    store::Database& db_;
    std::mt19937_64 rng_{20261120};
    int weeks_since_items_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3 || argc > 4) {
        std::fprintf(stderr, "usage: tend_bench_generate PATH DAYS [END_DAY]\n");
        return 2;
    }
    std::filesystem::path path = argv[1];
    int days = std::atoi(argv[2]);
    auto last = core::parse_day(argc == 4 ? argv[3] : "2026-11-20");
    if (days < 1 || !last || std::filesystem::exists(path)) {
        std::fprintf(stderr,
                     "tend_bench_generate: need a new PATH, DAYS >= 1, END_DAY as "
                     "YYYY-MM-DD\n");
        return 2;
    }
    try {
        auto db = store::Database::open(path, /*create=*/true);
        {
            store::WriteTransaction schema(*db);  // keep the schema, and the file in WAL mode
            schema.commit();
        }
        // Durability is not what is measured while building the history.
        db->sql().exec("PRAGMA synchronous = OFF");
        Generator(*db).run(core::add_days(*last, 1 - days), *last);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "tend_bench_generate: %s\n", e.what());
        return 1;
    }
    return 0;
}
