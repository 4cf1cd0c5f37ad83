// How moods look: the listing in text, Markdown and JSON, and the line that acknowledges a log.
#pragma once

#include <string>
#include <vector>

#include "core/mood.hpp"
#include "core/options.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// A mood as a JSON object: id, uuid, at, day, score, note, tags.
[[nodiscard]] Json mood_json(const core::Mood& mood);

/// A listing of moods in the chosen format.
[[nodiscard]] std::string mood_list(const std::vector<core::Mood>& moods, core::Format format,
                                    const Style& style);

/// The acknowledgement after logging: "Logged 7 for Thu 20 Nov, the 3rd today."
/// `nth` is the mood's position among those of its day; `today` is the clock's day.
[[nodiscard]] std::string mood_logged(const core::Mood& mood, int nth, core::Day today,
                                      const Style& style);

}  // namespace tend::render
