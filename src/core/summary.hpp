// The pre-session summary as a value: the window, and each section's facts. Assembled by
// cli/summary.cpp from the store, rendered by render/summary_view; no SQLite, no terminal here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/adherence.hpp"
#include "core/clock.hpp"
#include "core/guided.hpp"
#include "core/homework.hpp"
#include "core/insights.hpp"
#include "core/mood_stats.hpp"
#include "core/progress.hpp"
#include "core/session.hpp"
#include "core/win.hpp"

namespace tend::core {

/// Where the window came from.
enum class WindowBasis { last_session, default_days, given };

struct SummaryWindow {
    Day from;
    Day to;
    WindowBasis basis = WindowBasis::default_days;
    [[nodiscard]] int days() const { return days_between(from, to) + 1; }
};

/// The default window: from the day of the last session held (if any, and not after today) to
/// today; else the 7 days ending today.
[[nodiscard]] SummaryWindow default_window(std::optional<Day> last_session_day, Day today);

/// One homework item over the window.
struct HomeworkSummary {
    Homework homework;
    Adherence adherence;
    std::vector<Checkoff> skips;  ///< skipped occurrences in the window, oldest first
};

/// What the summary names as missing.
struct Gaps {
    std::vector<Day> days_without_mood;
    std::vector<Homework> never_checked;  ///< came due in the window, no check-off at all
    bool reflection_missing = false;      ///< a session was held and has no reflection
    bool prep_missing = false;            ///< no prep written since the last session
};

struct Summary {
    SummaryWindow window;
    std::optional<Session> last_session;  ///< the latest held at or before the window's end
    std::optional<NextSession> next_session;
    MoodStats mood;
    std::vector<HomeworkSummary> homework;
    std::optional<Entry> reflection;  ///< the latest reflection on the last session
    std::vector<Win> wins;
    std::optional<Entry> prep;  ///< the latest prep since the last session
    /// Patterns: the insights over the 90 days to the window's last day (a summary's own window
    /// is mostly too short to compare anything).
    Insights insights;
    /// Safety flags, Measures, Goals and Across sessions (core/progress.hpp).
    Progress progress;

    [[nodiscard]] Gaps gaps() const;
};

/// The homework section from the items and check-offs of the window: every item active in it,
/// by id, with its adherence and skips.
[[nodiscard]] std::vector<HomeworkSummary> homework_summaries(
    const std::vector<Homework>& homework, const std::vector<Checkoff>& checkoffs, Day from, Day to,
    Day today);

/// The answers of an entry with the given key first (the intention of a reflection, what to
/// discuss in prep), then the rest in the template's order.
[[nodiscard]] std::vector<Answer> answers_with_first(const Entry& entry, std::string_view key);

}  // namespace tend::core
