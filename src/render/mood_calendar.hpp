// `tend mood cal`: the calendar as text (months side by side, each day coloured or numbered by
// its mean mood), as Markdown (a table per month) and as JSON (the days with moods).
#pragma once

#include <string>

#include "core/mood_calendar.hpp"
#include "core/options.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// The calendar in the chosen format: one of the three below (JSON as text).
[[nodiscard]] std::string mood_calendar_view(const core::MoodCalendar& cal, core::Format format,
                                             const Style& style);

/// The months in rows of up to three, 70 columns wide, then the legend and a sentence of
/// figures. With colour, each day's number on the colour of its mean (a 256-colour scale);
/// without, the mean itself, rounded, and a dot for a day without a mood. Today in brackets.
[[nodiscard]] std::string mood_calendar_text(const core::MoodCalendar& cal, const Style& style);

/// A heading, the figures, and a table per month: each day's number with its rounded mean in
/// brackets, today in bold.
[[nodiscard]] std::string mood_calendar_markdown(const core::MoodCalendar& cal);

/// {from, to, days: [{day, mean, count, min, max}]}, one object per day with a mood.
[[nodiscard]] Json mood_calendar_json(const core::MoodCalendar& cal);

}  // namespace tend::render
