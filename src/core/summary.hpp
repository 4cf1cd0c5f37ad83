// The pre-session summary as a value: the window, and each section's facts. Built by
// cli/summary.cpp from the store, rendered by render/summary_view; no SQLite, no terminal here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/mood_stats.hpp"

namespace tend::core {

/// Where the window came from.
enum class WindowBasis { last_session, default_days, given };

struct SummaryWindow {
    Day from;
    Day to;
    WindowBasis basis = WindowBasis::default_days;
};

/// The default window: from the day of the last session held (if any, and not after today) to
/// today; else the 7 days ending today.
[[nodiscard]] SummaryWindow default_window(std::optional<Day> last_session_day, Day today);

/// One answered prompt of a guided entry.
struct AnswerLine {
    std::string key;
    std::string prompt;
    std::string answer;
};

}  // namespace tend::core
