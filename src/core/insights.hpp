// Insights: patterns in the client's own moods (tags, homework, weekday, part of day, the
// trend), with every figure and every decision a renderer needs to state them honestly. Pure:
// the store supplies the entries and homework days; renderers only word the result.
//
// The rules, in words:
// - The unit compared is the day, not the entry. Entries written on the same day share that
//   day's sleep, events and state of mind, so they are not independent observations; counting
//   each would make a tag used on three entries of one good day look like three findings. A
//   day's value is its daily mean mood (the mean of all its entries).
// - Tags: a day is "with" a tag when any of its entries carries it, and "without" when none
//   does. Homework: the mood of the days it was done against the days it was due and not done
//   (core/homework_days.hpp), on the same day and on the next day. Weekdays: the days of one
//   weekday against the days of the others.
// - Nothing is compared with fewer than min_days days with moods in the window, and no
//   comparison is made with fewer than min_days_per_side days on either side; those are kept,
//   with their counts, as "too few days".
// - Each comparison made is Welch's two-sample t (unequal variances, Welch-Satterthwaite
//   degrees of freedom): the difference of the two means with its 95% interval and a two-sided
//   p-value. All the comparisons of one run (tags, homework and weekdays together) are one
//   family for Benjamini-Hochberg at false_discovery_rate: of what is called a finding, at most
//   that share is expected to be chance. With q = 0.05 every finding's 95% interval excludes
//   zero.
// - A finding must also differ by at least min_difference mood points: with years of data a
//   difference of a tenth of a point can be "significant" and still mean nothing to a person.
// - Parts of day (local time of the entry): morning 05:00-11:59, afternoon 12:00-16:59,
//   evening 17:00-21:59, night 22:00-04:59 (an entry after midnight is night of the day it was
//   written on). Described only, entry by entry, never tested: entries of one day are not
//   independent, and when a person writes is their choice (often because of how they feel).
// - Trend (core/mood_trend.hpp): weeks from Monday, a week's mean the mean of its days' means;
//   the slope per week by ordinary least squares over the weeks with moods, with its 95%
//   interval; rising or falling only when that interval excludes zero, else steady; too few
//   under min_weeks weeks with moods. It is one question asked once, so it stands outside
//   the false-discovery family.
// - Days next to each other are alike (a good week is made of good days), which the intervals
//   do not model; they are therefore somewhat narrower than they should be. The per-side
//   minimums, the false discovery rate and min_difference are the margin for that.
// - A pattern is not proof of cause; the renderers say so once.
// - Patterns: the findings and a rising or falling trend, largest first by their size in mood
//   points (a comparison's difference; the trend's fitted change from its first week with
//   moods to its last); the summary shows the first summary_patterns.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/clock.hpp"
#include "core/homework_days.hpp"
#include "core/mood_history.hpp"
#include "core/mood_trend.hpp"
#include "core/stats.hpp"

namespace tend::core {

namespace insight_rules {
inline constexpr int default_window_days = 90;  ///< without --since: the last 90 days
inline constexpr int min_days = 30;             ///< days with moods before anything is compared
inline constexpr int min_days_per_side = 10;    ///< days on each side of a comparison
inline constexpr double false_discovery_rate = 0.05;  ///< Benjamini-Hochberg q
inline constexpr double min_difference = 0.5;         ///< mood points, for a finding
inline constexpr int min_weeks = min_trend_weeks;     ///< weeks with moods, for a trend
inline constexpr std::size_t summary_patterns = 3;    ///< patterns the summary shows
}  // namespace insight_rules

/// The window of `tend insights` without --since and --until: the last 90 days to today.
[[nodiscard]] std::pair<Day, Day> default_insights_window(Day today);

/// What is compared.
enum class Aspect { tag, homework_same_day, homework_next_day, weekday };

/// One side of a comparison: its days (the unit), their entries, and the mean and standard
/// deviation of their daily means.
struct Group {
    int days = 0;
    int entries = 0;
    std::optional<double> mean;  ///< nullopt without days
    std::optional<double> sd;    ///< nullopt below two days
};

/// What became of a comparison, in the order a listing ranks them.
enum class Verdict {
    finding,    ///< passes every rule
    too_small,  ///< clear after the false-discovery rule, but under min_difference
    unclear,    ///< tested; after the false-discovery rule it could be chance
    too_few,    ///< not tested: under min_days in the window or min_days_per_side on a side
};

struct Comparison {
    Aspect aspect = Aspect::tag;
    std::string label;             ///< the tag, or the item's title, or the weekday ("mon")
    std::int64_t homework_id = 0;  ///< homework only
    int weekday = -1;              ///< weekday only: Monday = 0 ... Sunday = 6
    /// Tagged days, days it was done (or the days after them), or that weekday's days.
    Group with;
    /// Untagged days, days it was due and not done (or the days after them), the other days.
    Group without;
    std::optional<TwoSample> test;     ///< with - without; nullopt when not tested
    std::optional<double> adjusted_p;  ///< Benjamini-Hochberg, over every test of the run
    Verdict verdict = Verdict::too_few;
};

/// A part of day's entries (described, never tested).
struct PartMean {
    PartOfDay part = PartOfDay::morning;
    int entries = 0;
    std::optional<double> mean;  ///< of its entries' scores
};

/// A finding or the trend, for the patterns list.
struct Pattern {
    bool trend = false;  ///< the trend (Insights::trend), else the comparison below
    Aspect aspect = Aspect::tag;
    std::size_t index = 0;  ///< into the vector of its aspect (tags, homework or weekdays)
    double size = 0;        ///< mood points, for the ranking
};

struct Insights {
    Day from;
    Day to;
    int days_in_window = 0;
    int days_logged = 0;  ///< days with moods: the count min_days applies to
    int entries = 0;
    bool enough_to_compare = false;  ///< days_logged >= min_days
    int tests = 0;                   ///< comparisons tested: the Benjamini-Hochberg family
    /// Each tag used in the window: findings first, then too small, unclear (each by the size of
    /// the difference, largest first) and too few (most days first), ties by name.
    std::vector<Comparison> tags;
    /// Per item, in the order given: same day, then next day.
    std::vector<Comparison> homework;
    /// Monday to Sunday; `with` is that weekday's own figures.
    std::vector<Comparison> weekdays;
    std::vector<PartMean> parts;  ///< morning, afternoon, evening, night
    Trend trend;
    /// Every finding and a rising or falling trend, largest first (ties: smaller p, then the
    /// order above).
    std::vector<Pattern> patterns;

    /// The comparison a pattern names; nullptr for the trend.
    [[nodiscard]] const Comparison* comparison(const Pattern& pattern) const;
    /// The first summary_patterns patterns (fewer when fewer pass).
    [[nodiscard]] std::vector<Pattern> top_patterns() const;
};

/// Stable names, for JSON: "tag", "homework_same_day", "homework_next_day", "weekday";
/// "finding", "too_small", "unclear", "too_few".
[[nodiscard]] std::string_view aspect_name(Aspect aspect);
[[nodiscard]] std::string_view verdict_name(Verdict verdict);

/// The insights over [from, to] (both included) from the moods and the homework days; entries
/// and days outside the window are ignored (so the window's last day has no next day), and so
/// are items without days (one-offs).
[[nodiscard]] Insights insights_for(const MoodHistory& history,
                                    const std::vector<HomeworkDays>& homework, Day from, Day to);

}  // namespace tend::core
