// The summary's view across weeks in text, Markdown and JSON: the safety flags (shown first,
// for the therapist; nothing when there are none), and the Measures, Goals and Across sessions
// sections, each present even when empty.
#pragma once

#include <string>

#include <vector>

#include "core/progress.hpp"
#include "core/summary_charts.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// The flags as lines at the top of the text summary; empty when there are none.
[[nodiscard]] std::string safety_flags_text(const core::Progress& progress, const Style& style);
[[nodiscard]] std::string safety_flags_markdown(const core::Progress& progress);
[[nodiscard]] Json safety_flags_json(const core::Progress& progress);
/// The flags as strong paragraphs at the top of the HTML report; empty when there are none.
[[nodiscard]] std::string safety_flags_html(const core::Progress& progress);

/// Measures: each one's latest score, band, change since the previous and the first (a
/// reliable change named only by the threshold), and caseness.
[[nodiscard]] std::string measures_text(const core::Progress& progress, core::Day from,
                                        const Style& style);
[[nodiscard]] std::string measures_markdown(const core::Progress& progress, core::Day from);
[[nodiscard]] Json measures_json(const core::Progress& progress, core::Day from);
/// The section body in HTML (no heading): the lines of the text view, then each measure's
/// chart (`series`, its results with its bands) and table.
[[nodiscard]] std::string measures_html(const core::Progress& progress, core::Day from,
                                        const std::vector<core::MeasureSeries>& series);

/// Goals: first and latest rating, milestones met, the why.
[[nodiscard]] std::string goals_text(const core::Progress& progress, const Style& style);
[[nodiscard]] std::string goals_markdown(const core::Progress& progress);
[[nodiscard]] Json goals_json(const core::Progress& progress);
[[nodiscard]] std::string goals_html(const core::Progress& progress);

/// Across sessions: one row per session-to-session window, oldest first.
[[nodiscard]] std::string across_text(const core::Progress& progress, const Style& style);
[[nodiscard]] std::string across_markdown(const core::Progress& progress);
[[nodiscard]] Json across_json(const core::Progress& progress);
[[nodiscard]] std::string across_html(const core::Progress& progress);

namespace words {

/// "No questionnaires taken yet (tend check phq-9 takes one)." and its kin.
inline constexpr const char* no_measures =
    "No questionnaires taken yet (tend check phq-9 takes one).";
inline constexpr const char* no_goals = "No goals set yet (tend goal add TITLE sets one).";
inline constexpr const char* nothing_across = "Nothing recorded yet.";

/// "PHQ-9 12 of 27, moderate, in the clinical range (Tue 17 Nov)".
[[nodiscard]] std::string measure_latest(const core::MeasureTrend& trend, core::Day from);

/// The change lines: "-3 since Tue 10 Nov: no reliable change", "-7 since the first, Tue 3
/// Nov: reliable improvement"; none for a single result.
[[nodiscard]] std::vector<std::string> measure_changes(const core::MeasureTrend& trend);

/// The cells of an Across sessions row: window, mood, homework, scores.
[[nodiscard]] std::vector<std::string> across_cells(const core::AcrossRow& row);

}  // namespace words

}  // namespace tend::render
