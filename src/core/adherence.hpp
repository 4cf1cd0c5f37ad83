// Adherence: for a window of days, how much of each homework item came due, was done, skipped
// or missed, and its streaks. Pure arithmetic on days; no SQLite, no terminal.
//
// The rules, in words:
// - Only days from the item's start_day count; for a dropped item, days before its drop day
//   (and the drop day itself only if it was checked off). The day daily or days work was set
//   is a day of grace: it counts only if it was checked off (homework is often set in the
//   evening, after the routine it is anchored to).
// - An occurrence is "scheduled" once it has come due: it is done, skipped, or its time has
//   passed (missing). An occurrence whose time has not passed yet (today's, the rest of the
//   current week's, a one-off not yet due) is "pending", never missing.
// - daily/days: one occurrence per scheduled day; the streak counts scheduled days in a row.
//   Done on a day a days-schedule does not ask for counts as extra.
// - weekly (N times in any week, weeks from Monday): judged by whole weeks. Every week that
//   meets the window is judged by all of its check-offs, those on days outside the window
//   included. A week asks for N occurrences; the item's first week (from the day it was set)
//   and, once dropped, its last week ask for N x days/7 rounded to the nearest whole number,
//   and at least 1 (the quota `tend hw` shows). What was done in a week counts up to its N;
//   done beyond that is extra. A week is met when done reaches its quota; a week over and not
//   met is skipped when skips make up the rest, else missed. The week still running is
//   "so far": it counts once it is met, and is never missed. The streak counts weeks met.
// - A skip is neutral in a streak: it neither extends nor breaks it. A missing occurrence ends
//   it. Today's (or this week's) unfinished occurrence does not end it either.
// - once: one occurrence, dated on its check-off day when done or skipped, else on its due
//   day (missing once that day has passed, pending until then); without a due day and not yet
//   checked off it is pending. One-offs have no streak.
// - adherence (share) is done / scheduled, and nullopt when nothing has come due.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <vector>

#include "core/clock.hpp"
#include "core/homework.hpp"

namespace tend::core {

/// What a streak counts: scheduled days (daily), scheduled occurrences (days), weeks met
/// (weekly), or nothing (once).
enum class StreakUnit { none, days, occurrences, weeks };

/// Weekly work in weeks: the weeks of the window judged, and the one still running.
struct WeekTally {
    int judged = 0;   ///< weeks over, and the running week once it is met
    int met = 0;      ///< done reached the week's quota
    int skipped = 0;  ///< over, not met, and skips make up the rest
    int missed = 0;   ///< over and not met
    /// The week holding today, when it meets the window: done so far and its quota.
    std::optional<WeekProgress> this_week;
};

struct Adherence {
    std::int64_t homework_id = 0;
    int scheduled = 0;  ///< occurrences come due in the window: done + skipped + missing
    int done = 0;
    int skipped = 0;
    int missing = 0;
    int pending = 0;  ///< occurrences in the window whose time has not passed yet
    int extra = 0;    ///< done beyond what the schedule asks for
    /// done / scheduled (weekly: weeks met / weeks judged); nullopt when nothing has come due
    std::optional<double> share;
    std::optional<WeekTally> weeks;  ///< weekly work only
    StreakUnit streak_unit = StreakUnit::none;
    int current_streak = 0;  ///< as of today, over the item's whole history
    /// The longest run that reaches into the window, counted in full; never less than the
    /// current streak when the window holds today.
    int longest_streak = 0;
};

/// The adherence of one item over the window [from, to] (both included), as of `today`.
/// `checkoffs` may hold other items' check-offs; they are ignored. For the current streak it
/// needs the item's check-offs from its start, not only those in the window. A window opened
/// at an instant of its first day (`opened_at`, a session's time) leaves that day's occurrence
/// to the window before when it was checked off or skipped before then; weeks are judged
/// whole all the same.
[[nodiscard]] Adherence adherence_for(const Homework& homework, std::span<const Checkoff> checkoffs,
                                      Day from, Day to, Day today,
                                      const std::optional<Instant>& opened_at = std::nullopt);

/// True when a check-off falls in the window [from, to] opened at `opened_at`: on one of its
/// days, and not recorded on the first day before the window opened.
[[nodiscard]] bool in_window(const Checkoff& checkoff, Day from, Day to,
                             const std::optional<Instant>& opened_at);

/// adherence_for each item, in the order given.
[[nodiscard]] std::vector<Adherence> adherence_for(const std::vector<Homework>& homework,
                                                   const std::vector<Checkoff>& checkoffs, Day from,
                                                   Day to, Day today);

/// One item's check-offs by day.
using CheckoffMarks = std::map<Day, CheckoffStatus>;

/// The check-offs of `homework` among `checkoffs` (other items' are ignored), by day.
[[nodiscard]] CheckoffMarks checkoff_marks(const Homework& homework,
                                           std::span<const Checkoff> checkoffs);

/// Check-offs grouped by item once, so that each item's are found by a binary search instead
/// of a pass over every item's: over years, many items times thousands of check-offs.
class CheckoffsByItem {
public:
    /// Holds a copy only when the check-offs are not already in the order of their items (the
    /// store reads them so); an item's keep their order either way.
    explicit CheckoffsByItem(std::span<const Checkoff> checkoffs);
    /// The item's check-offs, in the order given.
    [[nodiscard]] std::span<const Checkoff> of(std::int64_t homework_id) const;

private:
    std::vector<Checkoff> sorted_;
    std::span<const Checkoff> all_;
};

/// The last day that counts for recurring work, or nullopt while it is open. The drop day
/// counts only when it was checked off.
[[nodiscard]] std::optional<Day> last_active_day(const Homework& homework,
                                                 const CheckoffMarks& marks);

}  // namespace tend::core
