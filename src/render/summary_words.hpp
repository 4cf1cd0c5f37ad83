// The sentences the text and Markdown summaries share, as plain (unescaped) text: the caller
// sanitises it for a terminal or escapes it for Markdown.
#pragma once

#include <string>
#include <vector>

#include "core/summary.hpp"

namespace tend::render::words {

/// "Sat 14 Nov to Fri 20 Nov 2026 (7 days)".
[[nodiscard]] std::string window_span(const core::SummaryWindow& window);

/// "Since the session on Sat 14 Nov." and its kin.
[[nodiscard]] std::string window_basis(const core::Summary& summary);

/// "Next session: Tue 24 Nov at 17:00 (from the regular schedule)." or how to set one.
[[nodiscard]] std::string next_session(const core::Summary& summary);

/// "2 private entries not shown.", or empty when none was left out.
[[nodiscard]] std::string private_left_out(const core::Summary& summary);

/// "3 minutes of breathing (daily, after my morning coffee)".
[[nodiscard]] std::string homework_heading(const core::Homework& homework);

/// The lines under a homework item: adherence in the window (with how many were done with the
/// backup plan), a one-off's day done against its due day, steps done, each check-off with
/// something to say (skips, the backup plan, notes), barrier and plan.
[[nodiscard]] std::vector<std::string> homework_details(const core::HomeworkSummary& item);

/// "Session on Sat 14 Nov at 17:00." or that none is recorded.
[[nodiscard]] std::string last_session(const core::Summary& summary);

/// When the reflection was written, neutrally; empty when there is none.
[[nodiscard]] std::string reflection_timing(const core::Entry& reflection);

/// The empty states, each with what to type.
inline constexpr const char* no_homework = "No homework in this window.";
inline constexpr const char* no_wins = "No wins noted in this window (tend win TEXT notes one).";
/// "No prep written yet (tend prep).", or that the latest prep is private.
[[nodiscard]] std::string no_prep(const core::Summary& summary);

/// "No reflection on this session yet (tend reflect)." etc.
[[nodiscard]] std::string no_reflection(const core::Summary& summary);

/// One line per gap, or one line saying there are none.
[[nodiscard]] std::vector<std::string> gaps(const core::Summary& summary);

/// A journal entry in the summary: "Nov 2  Long day. (starred; @walk)".
[[nodiscard]] std::string journal_line(const core::JournalEntry& entry);

}  // namespace tend::render::words
