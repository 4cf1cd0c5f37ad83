// The summary's mood figures read at once (window_moods) against the queries they stand for:
// a long window is read in one pass over the table, a short one through the day index, and
// both must give what mood_days, mood_tags, count_private_moods and mood_totals give.
#include <catch2/catch.hpp>

#include "support.hpp"

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/mood.hpp"
#include "store/mood_store.hpp"
#include "store/summary_store.hpp"

using namespace tend;
using tend::test::d;

namespace {

struct Written {
    core::Instant at;
    int score = 0;
    bool is_private = false;
    std::vector<std::string> tags;
};

/// About `days` days of moods from 2026-01-01, zero to four a day at any hour (a few in the
/// hour after midnight UTC+2, which is the day before in UTC), scores 1 to 10, a fifth private,
/// up to three of six tags; in time order, or shuffled to be stored out of order.
std::vector<Written> history(std::uint32_t seed, int days) {
    std::mt19937 random(seed);
    auto below = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    const std::vector<std::string> names{"walk", "work", "family", "rain", "sleep", "Zed"};
    std::vector<Written> out;
    std::int64_t first = 1'767'222'000;  // 2026-01-01 00:00 at UTC+1
    for (int day = 0; day < days; ++day)
        for (int n = below(5); n > 0; --n) {
            Written w;
            w.at = core::Instant{first + day * 86'400 + below(86'400), below(3) == 0 ? 7200 : 3600};
            w.score = 1 + below(10);
            w.is_private = below(5) == 0;
            for (const auto& name : names)
                if (below(4) == 0) w.tags.push_back(name);
            out.push_back(w);
        }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.at.utc < b.at.utc; });
    return out;
}

void write(store::Database& db, const std::vector<Written>& moods) {
    int n = 0;
    for (const auto& w : moods) {
        core::Mood m;
        m.uuid = fmt::format("00000000-0000-4000-8000-{:012d}", ++n);
        m.at = w.at;
        m.day = core::day_of(w.at);
        m.score = w.score;
        m.is_private = w.is_private;
        m.tags = w.tags;
        (void)store::insert_mood(db, m, w.at);
    }
}

std::string shown(const std::vector<core::DayAggregate>& days) {
    std::string out;
    for (const auto& a : days)
        out += fmt::format("{} {} {} {}-{}\n", core::format_day(a.day), a.entries, a.sum, a.lowest,
                           a.highest);
    return out;
}

std::string shown(const std::vector<core::TagStats>& tags) {
    std::string out;
    for (const auto& t : tags) out += fmt::format("{} {} {:.17g}\n", t.tag, t.entries, t.mean);
    return out;
}

/// window_moods against the four queries, for the window [from, to] opened at `start` and the
/// window before it.
void compare(store::Database& db, core::Day from, core::Day to, core::Instant start,
             bool shared_only) {
    auto end = core::Instant{core::start_of(core::add_days(to, 1)).utc, 3600};
    store::Span span{start, end, shared_only};
    int length = core::days_between(from, to) + 1;
    auto previous_to = core::add_days(from, -1);
    auto previous_from = core::add_days(from, -length);
    store::Span previous{core::start_of(previous_from), start, shared_only};
    INFO(core::format_day(from) << " to " << core::format_day(to) << " shared only "
                                << shared_only);
    auto w = store::window_moods(db, from, to, span, previous_from, previous_to, previous);
    CHECK(shown(w.days) == shown(store::mood_days(db, from, to, span)));
    CHECK(shown(w.tags) == shown(store::mood_tags(db, from, to, span)));
    CHECK(w.private_moods == store::count_private_moods(db, from, to, {start, end}));
    auto totals = store::mood_totals(db, previous_from, previous_to, previous);
    CHECK(w.previous.entries == totals.entries);
    CHECK(w.previous.sum == totals.sum);
}

}  // namespace

TEST_CASE("the summary's mood figures are the same read in one pass or through the index",
          "[summary][store]") {
    for (std::uint32_t seed : {1U, 2U, 3U}) {
        for (bool shuffled : {false, true}) {
            INFO("seed " << seed << (shuffled ? ", stored out of order" : ""));
            test::TempDatabase db;
            auto moods = history(seed, 120);
            if (shuffled) std::shuffle(moods.begin(), moods.end(), std::mt19937(seed));
            write(*db, moods);
            for (bool shared_only : {false, true}) {
                // The whole history and more (one pass), its second half (one pass, the first
                // half being the window before), a month and a week (the index), and a window
                // opened by a session at noon, which leaves out that morning's moods.
                compare(*db, d(2025, 12, 1), d(2026, 6, 1), core::start_of(d(2025, 12, 1)),
                        shared_only);
                compare(*db, d(2026, 3, 1), d(2026, 4, 30), core::start_of(d(2026, 3, 1)),
                        shared_only);
                compare(*db, d(2026, 2, 1), d(2026, 2, 28), core::start_of(d(2026, 2, 1)),
                        shared_only);
                compare(*db, d(2026, 1, 10), d(2026, 1, 16), core::start_of(d(2026, 1, 10)),
                        shared_only);
                compare(*db, d(2026, 1, 20), d(2026, 4, 30),
                        core::Instant{core::start_of(d(2026, 1, 20)).utc + 12 * 3600, 3600},
                        shared_only);
            }
        }
    }
}

TEST_CASE("the summary's mood figures of an empty history or window", "[summary][store]") {
    test::TempDatabase db;
    auto from = d(2026, 3, 1);
    auto w = store::window_moods(*db, from, d(2026, 3, 31), {core::start_of(from), {}, false},
                                 d(2026, 1, 30), d(2026, 2, 28), {});
    CHECK(w.days.empty());
    CHECK(w.tags.empty());
    CHECK(w.previous.entries == 0);
    write(*db, history(4, 20));  // January only
    compare(*db, d(2026, 3, 1), d(2026, 12, 31), core::start_of(d(2026, 3, 1)), false);
}
