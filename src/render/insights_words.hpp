// The sentences of the insights, shared by `tend insights` and the summary's Patterns section,
// as plain (unescaped) text: the caller sanitises it for a terminal or escapes it for Markdown.
// Careful language: a difference is stated with both means, both counts and its interval, and
// never as a cause.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/insights.hpp"

namespace tend::render::words {

/// Said once wherever patterns are shown.
inline constexpr const char* not_proof =
    "A pattern is not proof of cause: what goes with better days may be a sign of them rather "
    "than a reason for them.";

/// "Sat 23 Aug to Fri 20 Nov 2026 (90 days)".
[[nodiscard]] std::string insights_span(const core::Insights& insights);

/// "Moods on 62 of 90 days, 118 entries; each day counts once, by its mean mood."
[[nodiscard]] std::string insights_coverage(const core::Insights& insights);

/// "12 days with moods: too few to compare tags; about 30 are needed." (`what`: "tags", ...).
[[nodiscard]] std::string too_few_to_compare(const core::Insights& insights, std::string_view what);

/// A tested comparison in full: "On days tagged walk, mood averaged 1.4 higher (6.9 against
/// 5.5; 14 and 48 days, 20 and 98 entries; 95% interval 0.6 to 2.2)."
[[nodiscard]] std::string comparison_sentence(const core::Comparison& comparison);

/// A comparison in brief, for the lists of what did not pass: "sleep +0.3 (95% interval 0.1 to
/// 0.5; 22 and 40 days)", or "alone (3 and 72 days)" when it was not tested.
[[nodiscard]] std::string comparison_brief(const core::Comparison& comparison);

/// Lines for the comparisons that did not pass, one per verdict that has any: "Clear, but under
/// 0.5 points: ...", "No clear difference: ...", "Too few days to compare (10 are needed on
/// each side): ...".
[[nodiscard]] std::vector<std::string> others(const std::vector<const core::Comparison*>& list);

/// "Mood has been rising by about 0.12 a week (95% interval 0.05 to 0.19), about 1.4 points
/// over 12 weeks." and the steady and too-few forms.
[[nodiscard]] std::string trend_sentence(const core::Trend& trend);

/// A pattern's sentence: the comparison's or the trend's.
[[nodiscard]] std::string pattern_sentence(const core::Insights& insights,
                                           const core::Pattern& pattern);

/// What the summary says when no pattern passes, with the figures of why.
[[nodiscard]] std::string nothing_stands_out(const core::Insights& insights);

/// "Mon" ... "Sun", for a weekday index (Monday = 0).
[[nodiscard]] std::string_view short_weekday(int weekday);

/// A mean or difference for people: one decimal; "-" for none.
[[nodiscard]] std::string figure(const std::optional<double>& value);

}  // namespace tend::render::words
