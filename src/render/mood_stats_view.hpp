// The mood section of the summary in text, Markdown and JSON.
#pragma once

#include <string>

#include <vector>

#include "core/mood.hpp"
#include "core/mood_stats.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// One character per day: ▁ to █ for the day's mean, · for no entry (ASCII: _ to @, and a
/// space, when the locale is not UTF-8). The summary shows it by week over a long window.
[[nodiscard]] std::string sparkline(const core::MoodStats& stats, bool utf8);

/// The section body in plain text (indented two spaces, no heading).
[[nodiscard]] std::string mood_stats_text(const core::MoodStats& stats, const Style& style);

/// The section body in Markdown (no heading).
[[nodiscard]] std::string mood_stats_markdown(const core::MoodStats& stats);

/// The section body in HTML (no heading): the figures, the chart of every mood (by week over a
/// long window) with its table, and the tags. `moods` are the window's moods, for the dots.
[[nodiscard]] std::string mood_stats_html(const core::MoodStats& stats,
                                          const std::vector<core::Mood>& moods);

/// The section as the summary's JSON `mood` object.
[[nodiscard]] Json mood_stats_json(const core::MoodStats& stats);

/// A mean for people: one decimal.
[[nodiscard]] std::string one_decimal(double value);

/// A mean for JSON: rounded to two decimals.
[[nodiscard]] double two_decimals(double value);

}  // namespace tend::render
