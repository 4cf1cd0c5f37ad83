// How homework looks: the listing and one item in text, Markdown and JSON, the JSON of records
// written, and the short lines that acknowledge an action.
#pragma once

#include <string>
#include <vector>

#include "core/adherence.hpp"
#include "core/checkoff.hpp"
#include "core/homework.hpp"
#include "core/options.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// An item with where it stands today and its adherence so far.
struct HomeworkLine {
    core::Homework homework;
    core::TodayState today;
    core::Adherence adherence;  ///< from its start to today
};

/// The record as stored: id, uuid, title, session_id, schedule {kind, due, days,
/// times_per_week}, anchor, barrier, plan, link, details, steps [{position, text, done,
/// done_at}], status, start_day, end_day.
[[nodiscard]] Json homework_json(const core::Homework& homework);

/// The record with due_today, overdue, done_today, skipped_today, this_week and adherence.
[[nodiscard]] Json homework_line_json(const HomeworkLine& line);

/// A check-off: id, uuid, homework_id, day, status, note, at.
[[nodiscard]] Json checkoff_json(const core::Checkoff& checkoff);

/// scheduled, done, skipped, missing, pending, extra, share, current_streak, longest_streak,
/// streak_unit.
[[nodiscard]] Json adherence_json(const core::Adherence& adherence);

/// "4 of 5 done (80%), 1 skipped, 1 not checked off; 3 days in a row, longest 4 days in a
/// row"; weekly work in weeks, "2 of 2 weeks met (100%); this week 1 of 3 so far; 2 weeks in a
/// row"; or "nothing has come due yet".
[[nodiscard]] std::string adherence_sentence(const core::Adherence& adherence);

/// A streak, in the one wording every view uses: "3 days in a row", "2 weeks in a row", "4
/// times in a row" (work on set weekdays). Views say nothing of a streak of 0.
[[nodiscard]] std::string streak_text(core::StreakUnit unit, int n);

/// "daily", "Mon Wed Fri", "3 times a week", "by Fri 27 Nov", "once".
[[nodiscard]] std::string describe_schedule(const core::Schedule& schedule);

/// The listing, in the order given; `all` says whether done and dropped items were asked for.
[[nodiscard]] std::string homework_list(const std::vector<HomeworkLine>& lines, bool all,
                                        core::Format format, const Style& style);

/// One item in full, with its check-offs (newest first).
[[nodiscard]] std::string homework_card(const HomeworkLine& line,
                                        const std::vector<core::Checkoff>& checkoffs,
                                        core::Format format, const Style& style);

/// "Added homework 1: "Breathe" (daily, after my morning coffee)."
[[nodiscard]] std::string homework_added(const core::Homework& homework, const Style& style);

/// What a check-off has come to, for its acknowledgement.
struct CheckoffProgress {
    core::Adherence history;  ///< from the item's start to today, the new check-off included
    int week_done = 0;        ///< weekly: done in the check-off's week
    int week_planned = 0;     ///< weekly: asked for in that week
    bool this_week = true;    ///< weekly: the check-off's week is the current one
};

/// One line noticing the effort: the streak, "3 of 4 this week", or the first one.
[[nodiscard]] std::string checked_off(const core::Homework& homework,
                                      const core::Checkoff& checkoff,
                                      const CheckoffProgress& progress, const Style& style);

/// "Skipped "Breathe" for Thu 19 Nov; the reason is noted."
[[nodiscard]] std::string skip_noted(const core::Homework& homework,
                                     const core::Checkoff& checkoff);

/// A kind answer for a second check-off of the same occurrence.
[[nodiscard]] std::string already_checked(const core::Homework& homework,
                                          const core::Checkoff& existing);

/// "Removed homework 3 ("Walk") with its 4 check-offs and 2 steps."
[[nodiscard]] std::string homework_removed(const core::Homework& homework, int checkoffs);

/// "Took back the check-off of "Breathe" for Fri 20 Nov." (and "It is open again.").
[[nodiscard]] std::string checkoff_taken_back(const core::Homework& homework,
                                              const core::Checkoff& removed, bool reopened);

/// "Step 2 of 3 done: sit down." and, when it was the last, what became of the item (`last`):
/// a one-off checked off as done, recurring work still open.
[[nodiscard]] std::string step_done(const core::Homework& homework, int position,
                                    core::LastStep last);

/// The title in quotes, safe for a terminal and cut to 40 characters.
[[nodiscard]] std::string quoted_title(const core::Homework& homework);

}  // namespace tend::render
