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
#include "core/journal.hpp"
#include "core/mood_stats.hpp"
#include "core/progress.hpp"
#include "core/session.hpp"
#include "core/win.hpp"

namespace tend::core {

/// Where the window came from.
enum class WindowBasis { last_session, default_days, given };

/// The days of the window, and the instants it runs between: a window opened by a session
/// starts at the session's time, not at the start of its day, so that consecutive summaries
/// tile time and nothing on a session day is counted twice or dropped.
struct SummaryWindow {
    Day from;
    Day to;
    WindowBasis basis = WindowBasis::default_days;
    Instant start;  ///< the first instant counted (the session's time, or the start of `from`)
    Instant end;    ///< the first instant no longer counted (just after now, or the day after)
    [[nodiscard]] int days() const { return days_between(from, to) + 1; }
    /// True when `at` falls in [start, end).
    [[nodiscard]] bool holds(const Instant& at) const {
        return start.utc <= at.utc && at.utc < end.utc;
    }
};

/// The window of the days [from, to] asked for: from the start of `from` to the end of `to`, or
/// to just after now when `to` is today.
[[nodiscard]] SummaryWindow days_window(Day from, Day to, WindowBasis basis, const Clock& clock);

/// The default window up to `until` (today, or the --until day): from the time of the last
/// session held (if any, and on or before `until`); else the 7 days ending on `until`.
[[nodiscard]] SummaryWindow default_window(const std::optional<Session>& last_session, Day until,
                                           const Clock& clock);

/// The window the mood is compared with: the previous session-to-session window when the
/// window starts at a session and an earlier session was held (`session_before`), else the
/// same number of days just before the window.
struct PreviousWindow {
    Day from;
    Day to;
    Instant start;
    Instant end;  ///< excluded: the window's own start
    bool between_sessions = false;
};
[[nodiscard]] PreviousWindow comparison_window(const SummaryWindow& window,
                                               const std::optional<Session>& session_before);

/// A one-off done in the window: the day, and how it stood against its due day.
struct DoneOnce {
    Day day;
    std::optional<int> days_after_due;  ///< negative when early; nullopt without a due day
    std::string note;
    bool with_plan = false;  ///< done with the backup plan instead
};

/// One homework item over the window.
struct HomeworkSummary {
    Homework homework;
    Adherence adherence;
    std::vector<Checkoff> skips;  ///< skipped occurrences in the window, oldest first
    /// The check-offs in the window with something to say, oldest first: every skip, every
    /// occurrence done with the backup plan instead, and every other done with a note (but a
    /// one-off's, which `done_once` tells).
    std::vector<Checkoff> noted;
    int with_plan = 0;                  ///< occurrences done with the backup plan in the window
    std::optional<DoneOnce> done_once;  ///< a one-off checked off as done in the window
    int steps_done = 0;                 ///< of the item's steps (as they stand now)
    /// An open one-off whose due day came before the window, not checked off by its end: the
    /// due day. Its miss was counted in the window it was due in; this one says it is still open.
    std::optional<Day> overdue_since;
};

/// What the summary names as missing.
struct Gaps {
    std::vector<Day> days_without_mood;
    /// Came due in the window with no check-off at all, or an open one-off still overdue.
    std::vector<Homework> never_checked;
    bool reflection_missing = false;  ///< a session was held and has no reflection
    bool prep_missing = false;        ///< a next session is known, and no prep written for it
};

struct Summary {
    SummaryWindow window;
    std::optional<Session> last_session;  ///< the latest held at or before the window's end
    std::optional<NextSession> next_session;
    /// A session in a window that runs to now whose time passed unrecorded
    /// (core::unconfirmed_session): the window would start there if it had been recorded.
    std::optional<UnconfirmedSession> unconfirmed;
    MoodStats mood;
    std::vector<HomeworkSummary> homework;
    std::vector<Entry> reflections;  ///< every reflection on the last session, oldest first
    /// Every worksheet (a guided entry that is neither a reflection nor prep) written in the
    /// window, oldest first.
    std::vector<Entry> worksheets;
    std::vector<Win> wins;
    std::vector<JournalEntry> journal;  ///< journal entries written in the window, oldest first
    std::optional<Entry> prep;          ///< the latest prep since the last session
    /// Patterns: the insights over the 90 days to the window's last day (a summary's own window
    /// is mostly too short to compare anything).
    Insights insights;
    /// Safety flags, Measures, Goals and Across sessions (core/progress.hpp).
    Progress progress;
    /// Private entries in the window whose text is not shown (core/privacy.hpp).
    int private_left_out = 0;
    bool private_reflection = false;  ///< a private reflection on the last session, left out
    bool private_prep = false;        ///< the latest prep is private, left out

    [[nodiscard]] Gaps gaps() const;
};

/// The homework section from the items and check-offs of the window: every item active in it,
/// by id, with its adherence, its check-offs with something to say, a one-off's day done
/// against its due day, and its steps done. A check-off on the window's first day recorded before
/// the window opened (before the session) belongs to the window before.
[[nodiscard]] std::vector<HomeworkSummary> homework_summaries(
    const std::vector<Homework>& homework, const std::vector<Checkoff>& checkoffs,
    const SummaryWindow& window, Day today);

/// The answers of an entry with the given key first (the intention of a reflection, what to
/// discuss in prep), then the rest in the template's order.
[[nodiscard]] std::vector<Answer> answers_with_first(const Entry& entry, std::string_view key);

}  // namespace tend::core
