// The insights on synthetic histories: known effects (a tag worth +2, a weekday worth -1,
// homework worth +2 on the day and +1 the day after, a rise of 0.1 a week) are found and their
// true sizes lie within the intervals; pure noise over many tags finds nothing beyond what the
// false discovery rate allows; and the edges (no spread, a tag on every entry, one day, the
// minimums themselves) are stated rather than computed into nonsense.
//
// The histories come from std::mt19937, whose output the standard fixes, mapped to scores by
// our own arithmetic (not the standard library's distributions, which differ between
// implementations), so every figure below is the same everywhere.
#include <algorithm>
#include <cmath>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support.hpp"

#include "core/insights.hpp"

using namespace tend::core;
namespace rules = tend::core::insight_rules;
using tend::test::day;

namespace {

/// Scores and chances from a seeded std::mt19937.
class Noise {
public:
    explicit Noise(unsigned seed) : rng_(seed) {}
    /// 0 to n - 1.
    unsigned below(unsigned n) { return static_cast<unsigned>(rng_() % n); }
    bool chance(unsigned percent) { return below(100) < percent; }
    /// centre - 3 to centre + 3, bell-shaped (three draws of 0 to 2): mean centre, sd 1.41.
    int score(int centre) { return centre - 3 + static_cast<int>(below(3) + below(3) + below(3)); }
    /// floor(x + u) for u uniform on [0, 1) in steps of 1/1000: x on average, as a whole number.
    int round(double x) { return static_cast<int>(std::floor(x + below(1000) / 1000.0)); }

private:
    std::mt19937 rng_;
};

/// A day of entries to be: their scores and the tags of each.
struct DayPlan {
    std::vector<int> scores;
    std::vector<std::vector<std::string>> tags;
};

const TimeOfDay morning{8, 30, 0};
const TimeOfDay evening{20, 15, 0};

/// Two entries a day for `days` days from Monday 5 January 2026, each day planned by `plan`.
MoodHistory history(int days, const std::function<DayPlan(Day)>& plan) {
    MoodHistory h;
    auto first = day("2026-01-05");
    for (int i = 0; i < days; ++i) {
        auto d = add_days(first, i);
        auto p = plan(d);
        for (std::size_t k = 0; k < p.scores.size(); ++k) {
            h.add_entry(d, k % 2 == 0 ? morning : evening, std::clamp(p.scores[k], 1, 10));
            if (k < p.tags.size())
                for (const auto& t : p.tags[k]) h.add_tag(t);
        }
    }
    return h;
}

Insights analyse(const MoodHistory& h, int days, const std::vector<HomeworkDays>& hw = {}) {
    auto from = day("2026-01-05");
    return insights_for(h, hw, from, add_days(from, days - 1));
}

const Comparison* find(const std::vector<Comparison>& list, const std::string& label) {
    for (const auto& c : list)
        if (c.label == label) return &c;
    return nullptr;
}

int findings(const Insights& in) {
    int n = 0;
    for (const auto& p : in.patterns) n += !p.trend;
    return n;
}

bool no_nan(const Comparison& c) {
    if (!c.test) return true;
    return !std::isnan(c.test->difference) && !std::isnan(c.test->p_value) &&
           !std::isnan(c.test->interval.low) && !std::isnan(c.test->interval.high);
}

/// A tag worth +2 on a quarter of the days (on one entry of the day, lifting the whole day),
/// and a tag on 40% of the days worth nothing.
MoodHistory walk_history(unsigned seed, int days) {
    Noise noise(seed);
    return history(days, [&](Day) {
        DayPlan p;
        bool walk = noise.chance(25);
        bool work = noise.chance(40);
        p.scores = {noise.score(5) + (walk ? 2 : 0), noise.score(5) + (walk ? 2 : 0)};
        p.tags.resize(2);
        if (walk) p.tags[noise.below(2)].push_back("walk");
        if (work) p.tags[noise.below(2)].push_back("work");
        return p;
    });
}

}  // namespace

TEST_CASE("insights: a tag worth +2 is found, within its interval", "[insights]") {
    int covered = 0;
    const int seeds = 20;
    for (unsigned seed = 1; seed <= seeds; ++seed) {
        INFO("seed " << seed);
        auto in = analyse(walk_history(seed, 120), 120);
        REQUIRE(in.enough_to_compare);
        const auto* walk = find(in.tags, "walk");
        REQUIRE(walk);
        REQUIRE(walk->test);
        CHECK(walk->verdict == Verdict::finding);
        CHECK(walk->test->interval.high - walk->test->interval.low < 1.6);
        covered += walk->test->interval.contains(2.0);
        const auto* work = find(in.tags, "work");
        REQUIRE(work);
        CHECK(work->verdict != Verdict::finding);
        // The finding leads the tags and the patterns.
        CHECK(in.tags.front().label == "walk");
        REQUIRE_FALSE(in.patterns.empty());
        CHECK(in.comparison(in.patterns.front()) == &in.tags.front());
    }
    // A 95% interval holds the truth 19 times in 20 on average; 17 or more in 20 happens with
    // a probability of 0.98.
    CHECK(covered >= 17);
}

TEST_CASE("insights: a weekday worth -1 is found, within its interval", "[insights]") {
    int covered = 0, others_covered = 0, others_found = 0;
    const int seeds = 20;
    for (unsigned seed = 1; seed <= seeds; ++seed) {
        INFO("seed " << seed);
        Noise noise(seed);
        auto h = history(364, [&](Day d) {
            int monday = weekday_index(d) == 0 ? -1 : 0;
            return DayPlan{{noise.score(5) + monday, noise.score(5) + monday}, {}};
        });
        auto in = analyse(h, 364);
        REQUIRE(in.weekdays.size() == 7);
        const auto& mon = in.weekdays[0];
        CHECK(mon.label == "mon");
        CHECK(mon.with.days == 52);
        CHECK(mon.without.days == 312);
        REQUIRE(mon.test);
        CHECK(mon.verdict == Verdict::finding);
        covered += mon.test->interval.contains(-1.0);
        // The other days are truly a sixth of a point above the rest (which holds the Mondays):
        // under min_difference, though noise may lift an estimate over it. Never the wrong way.
        for (std::size_t w = 1; w < 7; ++w) {
            const auto& other = in.weekdays[w];
            REQUIRE(other.test);
            others_covered += other.test->interval.contains(1.0 / 6);
            if (other.verdict == Verdict::finding) {
                CHECK(other.test->difference > 0);
                ++others_found;
            }
        }
    }
    CHECK(covered >= 17);
    CHECK(others_covered >= 108);  // of 120
    CHECK(others_found <= 6);
}

TEST_CASE("insights: homework worth +2 that day and +1 the next is found", "[insights]") {
    int covered_same = 0, covered_next = 0;
    const int seeds = 20;
    for (unsigned seed = 1; seed <= seeds; ++seed) {
        INFO("seed " << seed);
        Noise noise(seed);
        HomeworkDays hw{7, "breathing", {}};
        bool done_yesterday = false;
        auto h = history(150, [&](Day d) {
            bool done = noise.chance(50);
            hw.days.push_back({d, done});
            int lift = (done ? 2 : 0) + (done_yesterday ? 1 : 0);
            done_yesterday = done;
            return DayPlan{{noise.score(5) + lift, noise.score(5) + lift}, {}};
        });
        auto in = analyse(h, 150, {hw});
        REQUIRE(in.homework.size() == 2);
        const auto& same = in.homework[0];
        const auto& next = in.homework[1];
        CHECK(same.aspect == Aspect::homework_same_day);
        CHECK(next.aspect == Aspect::homework_next_day);
        CHECK(same.homework_id == 7);
        CHECK(same.label == "breathing");
        REQUIRE(same.test);
        REQUIRE(next.test);
        CHECK(same.verdict == Verdict::finding);
        CHECK(next.verdict == Verdict::finding);
        // The last day's next day is outside the window.
        CHECK(next.with.days + next.without.days == 149);
        covered_same += same.test->interval.contains(2.0);
        covered_next += next.test->interval.contains(1.0);
    }
    CHECK(covered_same >= 17);
    CHECK(covered_next >= 17);
}

TEST_CASE("insights: a rise of 0.1 a week is found, within its interval", "[insights]") {
    int covered = 0;
    const int seeds = 20;
    for (unsigned seed = 1; seed <= seeds; ++seed) {
        INFO("seed " << seed);
        Noise noise(seed);
        auto first = day("2026-01-05");
        auto h = history(182, [&](Day d) {
            double lift = 0.1 * (days_between(first, d) / 7);
            DayPlan p;
            for (int k = 0; k < 2; ++k) {
                int score = noise.score(4);
                p.scores.push_back(score + noise.round(lift));
            }
            return p;
        });
        auto in = analyse(h, 182);
        REQUIRE(in.trend.weeks.size() == 26);
        REQUIRE(in.trend.fit);
        CHECK(in.trend.direction == Direction::rising);
        covered += in.trend.fit->interval.contains(0.1);
        // A trend is a pattern sized by its fitted change over the 25 weeks between.
        bool listed = false;
        for (const auto& p : in.patterns)
            if (p.trend) listed = p.size == Approx(in.trend.fit->slope * 25);
        CHECK(listed);
    }
    CHECK(covered >= 17);
}

TEST_CASE("insights: noise over many tags finds nothing the false discovery rate does not allow",
          "[insights]") {
    // 40 tags on 180 days, each on a tenth of the entries, and three homework items done half
    // the time, none of them worth anything: 50 comparisons a seed. Left to raw p-values, one in
    // twenty of them would look like something.
    const int seeds = 20;
    int seeds_with_findings = 0, seeds_with_trend = 0, raw_significant = 0, tested = 0;
    for (unsigned seed = 100; seed < 100 + seeds; ++seed) {
        Noise noise(seed);
        std::vector<HomeworkDays> hw{{1, "a", {}}, {2, "b", {}}, {3, "c", {}}};
        auto h = history(180, [&](Day d) {
            for (auto& item : hw) item.days.push_back({d, noise.chance(50)});
            DayPlan p{{noise.score(5), noise.score(5)}, {{}, {}}};
            for (int t = 0; t < 40; ++t)
                for (auto& tags : p.tags)
                    if (noise.chance(10)) tags.push_back("tag" + std::to_string(t));
            return p;
        });
        auto in = analyse(h, 180, hw);
        for (const auto* list : {&in.tags, &in.homework, &in.weekdays})
            for (const auto& c : *list) {
                CHECK(c.test);
                if (c.test) raw_significant += c.test->p_value < 0.05;
            }
        tested += in.tests;
        seeds_with_findings += findings(in) > 0;
        seeds_with_trend += in.trend.direction != Direction::steady;
    }
    INFO("seeds with findings " << seeds_with_findings << ", with a trend " << seeds_with_trend
                                << ", raw p < 0.05: " << raw_significant << " of " << tested);
    CHECK(tested == seeds * 53);  // 40 tags, 3 items twice, 7 weekdays
    // Without the correction noise would be reported: about 5% of the tests.
    CHECK(raw_significant > tested / 40);
    // With it, a seed reports anything at most 5% of the time (P(4 or more of 20) = 0.016);
    // the trend's plain 95% interval likewise.
    CHECK(seeds_with_findings <= 3);
    CHECK(seeds_with_trend <= 3);
}

TEST_CASE("insights: all scores equal find nothing, and no NaN", "[insights]") {
    auto h = history(84, [](Day d) {
        DayPlan p{{6, 6}, {{"work"}, {}}};
        if (weekday_index(d) >= 5) p.tags[1].push_back("weekend");
        return p;
    });
    auto in = analyse(h, 84);
    CHECK(in.enough_to_compare);
    CHECK(in.tests == 8);  // work is on every day, so not tested; weekend and 7 weekdays are
    for (const auto* list : {&in.tags, &in.weekdays})
        for (const auto& c : *list) {
            CHECK(no_nan(c));
            CHECK(c.verdict != Verdict::finding);
        }
    const auto* weekend = find(in.tags, "weekend");
    REQUIRE(weekend);
    REQUIRE(weekend->test);
    CHECK(weekend->test->difference == 0.0);
    CHECK(weekend->test->p_value == 1.0);
    CHECK(weekend->verdict == Verdict::unclear);
    REQUIRE(in.trend.fit);
    CHECK(in.trend.fit->slope == 0.0);
    CHECK(in.trend.direction == Direction::steady);
    CHECK(in.patterns.empty());
}

TEST_CASE("insights: a tag on every entry has nothing to compare with", "[insights]") {
    Noise noise(3);
    auto h = history(60, [&](Day) {
        return DayPlan{{noise.score(5), noise.score(5)}, {{"me"}, {"me"}}};
    });
    auto in = analyse(h, 60);
    REQUIRE(in.tags.size() == 1);
    const auto& me = in.tags[0];
    CHECK(me.with.days == 60);
    CHECK(me.with.entries == 120);
    CHECK(me.without.days == 0);
    CHECK_FALSE(me.without.mean);
    CHECK_FALSE(me.test);
    CHECK(me.verdict == Verdict::too_few);
}

TEST_CASE("insights: one day of data is too little for anything but counts", "[insights]") {
    MoodHistory h;
    h.add_entry(day("2026-03-04"), {7, 0, 0}, 4);
    h.add_tag("tired");
    h.add_entry(day("2026-03-04"), {23, 30, 0}, 6);
    auto in = insights_for(h, {}, day("2026-01-01"), day("2026-03-31"));
    CHECK(in.days_in_window == 90);
    CHECK(in.days_logged == 1);
    CHECK(in.entries == 2);
    CHECK_FALSE(in.enough_to_compare);
    CHECK(in.tests == 0);
    REQUIRE(in.tags.size() == 1);
    CHECK(in.tags[0].verdict == Verdict::too_few);
    CHECK(*in.tags[0].with.mean == Approx(5.0));
    CHECK_FALSE(in.tags[0].with.sd);
    CHECK(in.weekdays[2].with.days == 1);  // a Wednesday
    CHECK(*in.weekdays[2].with.mean == Approx(5.0));
    CHECK_FALSE(in.weekdays[0].with.mean);
    CHECK(in.parts[0].entries == 1);  // 07:00, morning
    CHECK(in.parts[3].entries == 1);  // 23:30, night
    CHECK(*in.parts[3].mean == Approx(6.0));
    CHECK_FALSE(in.parts[1].mean);
    CHECK(in.trend.weeks.size() == 1);
    CHECK_FALSE(in.trend.fit);
    CHECK(in.trend.direction == Direction::too_few);
    CHECK(in.patterns.empty());

    auto empty = insights_for(MoodHistory{}, {}, day("2026-01-01"), day("2026-03-31"));
    CHECK(empty.days_logged == 0);
    CHECK(empty.weekdays.size() == 7);
    CHECK(empty.tags.empty());
}

TEST_CASE("insights: the minimums are where the header says", "[insights]") {
    // A day tagged "x" every third day, 29 or 30 days logged.
    auto plan = [](Day d) {
        bool x = days_between(day("2026-01-05"), d) % 3 == 0;
        return DayPlan{{x ? 8 : 5, x ? 7 : 4}, {{x ? "x" : "y"}, {}}};
    };
    auto few = analyse(history(rules::min_days - 1, plan), rules::min_days - 1);
    CHECK_FALSE(few.enough_to_compare);
    CHECK(few.tests == 0);
    auto enough = analyse(history(rules::min_days, plan), rules::min_days);
    CHECK(enough.enough_to_compare);
    const auto* x10 = find(enough.tags, "x");
    REQUIRE(x10);
    CHECK(x10->with.days == 10);  // exactly min_days_per_side
    CHECK(x10->test);

    // Nine tagged days of 31: one short on that side.
    auto nine = analyse(history(31,
                                [](Day d) {
                                    int i = days_between(day("2026-01-05"), d);
                                    bool x = i < 27 && i % 3 == 0;
                                    return DayPlan{{x ? 8 : 5}, {{x ? "x" : "y"}}};
                                }),
                        31);
    const auto* x9 = find(nine.tags, "x");
    REQUIRE(x9);
    CHECK(x9->with.days == 9);
    CHECK_FALSE(x9->test);
    CHECK(x9->verdict == Verdict::too_few);
}

TEST_CASE("insights: the day is the unit, and the window bounds it", "[insights]") {
    MoodHistory h;
    // Three entries tagged "walk" on one day count as one day of three entries.
    for (int k = 0; k < 3; ++k) {
        h.add_entry(day("2026-02-02"), {9 + k, 0, 0}, 7);
        h.add_tag("walk");
        h.add_tag("Walk");  // a different name: tags arrive normalised
        h.add_tag("walk");  // the same tag twice on one entry counts once
    }
    h.add_entry(day("2026-02-02"), {18, 0, 0}, 4);
    h.add_entry(day("2026-01-31"), {18, 0, 0}, 1);  // before the window
    h.add_tag("walk");
    CHECK(h.tag_names.size() == 2);
    auto in = insights_for(h, {}, day("2026-02-01"), day("2026-02-28"));
    CHECK(in.days_logged == 1);
    CHECK(in.entries == 4);
    const auto* walk = find(in.tags, "walk");
    REQUIRE(walk);
    CHECK(walk->with.days == 1);
    CHECK(walk->with.entries == 4);
    CHECK(*walk->with.mean == Approx(25.0 / 4));  // the day's mean, untagged entry included
}

TEST_CASE("insights: tags and patterns are ranked by the size of the difference", "[insights]") {
    // Three tags worth +3, -2 and +1 on days of their own; one tag on too few days.
    Noise noise(11);
    auto h = history(240, [&](Day d) {
        int i = days_between(day("2026-01-05"), d);
        int kind = i % 6;  // 0: big, 1: low, 2: small, else none
        int lift = kind == 0 ? 3 : kind == 1 ? -2 : kind == 2 ? 1 : 0;
        DayPlan p{{noise.score(5) + lift, noise.score(5) + lift}, {{}, {}}};
        if (kind == 0) p.tags[0].push_back("big");
        if (kind == 1) p.tags[0].push_back("low");
        if (kind == 2) p.tags[0].push_back("small");
        if (i < 5) p.tags[1].push_back("rare");
        return p;
    });
    auto in = analyse(h, 240);
    REQUIRE(in.tags.size() == 4);
    CHECK(in.tags[0].label == "big");
    CHECK(in.tags[1].label == "low");
    CHECK(in.tags[2].label == "small");
    CHECK(in.tags[3].label == "rare");
    CHECK(in.tags[3].verdict == Verdict::too_few);
    REQUIRE(in.patterns.size() >= 3);
    for (std::size_t i = 1; i < in.patterns.size(); ++i)
        CHECK(in.patterns[i - 1].size >= in.patterns[i].size);
    auto top = in.top_patterns();
    REQUIRE(top.size() == rules::summary_patterns);
    CHECK(in.comparison(top[0])->label == "big");
    CHECK(in.comparison(top[1])->label == "low");
    CHECK(in.comparison(top[1])->test->difference < 0);
    // Every finding's adjusted p-value is within the rate, and its interval excludes zero.
    for (const auto& p : in.patterns) {
        const auto* c = in.comparison(p);
        if (!c) continue;
        CHECK(*c->adjusted_p <= rules::false_discovery_rate);
        CHECK(c->test->interval.excludes_zero());
        CHECK(std::fabs(c->test->difference) >= rules::min_difference);
    }
}

TEST_CASE("insights: parts of day, names and the default window", "[insights]") {
    CHECK(part_of_day({4, 59, 59}) == PartOfDay::night);
    CHECK(part_of_day({5, 0, 0}) == PartOfDay::morning);
    CHECK(part_of_day({11, 59, 0}) == PartOfDay::morning);
    CHECK(part_of_day({12, 0, 0}) == PartOfDay::afternoon);
    CHECK(part_of_day({16, 59, 0}) == PartOfDay::afternoon);
    CHECK(part_of_day({17, 0, 0}) == PartOfDay::evening);
    CHECK(part_of_day({21, 59, 0}) == PartOfDay::evening);
    CHECK(part_of_day({22, 0, 0}) == PartOfDay::night);
    CHECK(part_of_day({0, 0, 0}) == PartOfDay::night);
    CHECK(part_of_day_name(PartOfDay::afternoon) == "afternoon");
    CHECK(aspect_name(Aspect::homework_next_day) == "homework_next_day");
    CHECK(verdict_name(Verdict::too_small) == "too_small");
    CHECK(direction_name(Direction::falling) == "falling");

    auto [from, to] = default_insights_window(day("2026-03-31"));
    CHECK(from == day("2026-01-01"));
    CHECK(to == day("2026-03-31"));
    CHECK(days_between(from, to) + 1 == rules::default_window_days);
}
