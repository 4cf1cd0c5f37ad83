#include "render/summary_words.hpp"

#include <fmt/format.h>

#include "render/dates.hpp"
#include "render/entry_view.hpp"
#include "render/homework_view.hpp"
#include "util/text.hpp"

namespace tend::render::words {

using util::plural;

std::string window_span(const core::SummaryWindow& w) {
    auto year = [](core::Day d) { return static_cast<int>(d.year()); };
    auto from = core::format_day_short(w.from);
    if (year(w.from) != year(w.to)) from += fmt::format(" {}", year(w.from));
    if (w.from == w.to)
        return fmt::format("{} {} (1 day)", core::format_day_short(w.to), year(w.to));
    return fmt::format("{} to {} {} ({})", from, core::format_day_short(w.to), year(w.to),
                       plural(w.days(), "day", "days"));
}

namespace {

std::string basis_only(const core::Summary& s) {
    switch (s.window.basis) {
        case core::WindowBasis::last_session:
            return fmt::format("Since the session on {}.", day_and_time(s.last_session->at));
        case core::WindowBasis::default_days:
            return "The last 7 days: no session is recorded yet (tend session add records one).";
        case core::WindowBasis::given:
            break;
    }
    return "The days asked for.";
}

}  // namespace

std::string window_basis(const core::Summary& s) {
    auto out = basis_only(s);
    if (!s.unconfirmed) return out;
    auto word = core::past_day_word(core::day_of(s.unconfirmed->at), core::day_of(s.window.end));
    return out + fmt::format(
                     " The session on {} is not recorded: if it happened, tend session add {} "
                     "(a summary then starts there); if not, tend session cancel {}.",
                     day_and_time(s.unconfirmed->at), word, word);
}

std::string private_left_out(const core::Summary& s) {
    if (s.private_left_out == 0) return {};
    return fmt::format("{} not shown.",
                       util::plural(s.private_left_out, "private entry", "private entries"));
}

std::string next_session(const core::Summary& s) {
    if (!s.next_session)
        return "Next session: not scheduled (tend session next WHEN schedules it).";
    return fmt::format("Next session: {}{}.", day_and_time(s.next_session->at),
                       s.next_session->from_schedule() ? " (from the regular schedule)" : "");
}

std::string homework_heading(const core::Homework& hw) {
    std::string out = fmt::format("{} ({}", hw.title, describe_schedule(hw.schedule));
    if (!hw.anchor.empty()) out += ", " + hw.anchor;
    out += ")";
    if (hw.status == core::HomeworkStatus::dropped) out += ", dropped";
    if (hw.status == core::HomeworkStatus::done) out += ", done";
    return out;
}

namespace {

/// "3 days after it was due", "on the day it was due", "1 day before it was due".
std::string against_due(int days_after) {
    if (days_after == 0) return "on the day it was due";
    if (days_after > 0) return plural(days_after, "day", "days") + " after it was due";
    return plural(-days_after, "day", "days") + " before it was due";
}

/// "Done Mon 23 Nov, 3 days after it was due: finally called."
std::string done_once_line(const core::DoneOnce& d) {
    auto out = fmt::format("Done {}{}", core::format_day_short(d.day),
                           d.with_plan ? " with the backup plan instead" : "");
    if (d.days_after_due) out += ", " + against_due(*d.days_after_due);
    return d.note.empty() ? out + "." : out + ": " + d.note;
}

/// "Skipped Wed 11 Nov: too tired", "Done Thu 12 Nov: felt calmer", "Did the backup plan
/// instead Fri 13 Nov."
std::string noted_line(const core::Checkoff& c) {
    std::string_view what = "Done";
    if (c.status == core::CheckoffStatus::skipped) what = "Skipped";
    if (c.status == core::CheckoffStatus::plan) what = "Did the backup plan instead";
    auto day = core::format_day_short(c.day);
    return c.note.empty() ? fmt::format("{} {}.", what, day)
                          : fmt::format("{} {}: {}", what, day, c.note);
}

}  // namespace

std::vector<std::string> homework_details(const core::HomeworkSummary& item) {
    std::vector<std::string> out;
    auto sentence = item.overdue_since
                        ? fmt::format("not done yet: it was due {}, before this window",
                                      core::format_day_short(*item.overdue_since))
                        : adherence_sentence(item.adherence);
    sentence[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence[0])));
    if (item.with_plan > 0)
        sentence += fmt::format("; {} done with the backup plan", item.with_plan);
    out.push_back(sentence + ".");
    if (item.done_once) out.push_back(done_once_line(*item.done_once));
    if (!item.homework.steps.empty())
        out.push_back(
            fmt::format("Steps: {} of {} done.", item.steps_done, item.homework.steps.size()));
    for (const auto& c : item.noted) out.push_back(noted_line(c));
    const auto& hw = item.homework;
    if (!hw.barrier.empty() && !hw.plan.empty())
        out.push_back(fmt::format("If {}: {}", hw.barrier, hw.plan));
    else if (!hw.barrier.empty())
        out.push_back(fmt::format("May get in the way: {}", hw.barrier));
    else if (!hw.plan.empty())
        out.push_back(fmt::format("Plan: {}", hw.plan));
    return out;
}

std::string last_session(const core::Summary& s) {
    if (!s.last_session) return "No session recorded yet.";
    std::string out = fmt::format("Session on {}.", day_and_time(s.last_session->at));
    if (!s.last_session->note.empty()) out += " Note: " + s.last_session->note;
    return out;
}

std::string reflection_timing(const core::Entry& reflection) {
    auto timing = core::reflection_timing(reflection);
    auto written = fmt::format("Written {}", day_and_time(reflection.at));
    if (!timing) return written + ".";
    return fmt::format("{}, {} the session.", written, timing_text(*timing));
}

std::string no_reflection(const core::Summary& s) {
    if (!s.last_session) return "Nothing to reflect on yet.";
    if (s.private_reflection) return "The reflection on this session is private (not shown).";
    return "No reflection on this session yet (tend reflect).";
}

std::string no_prep(const core::Summary& s) {
    if (s.private_prep) return "The latest prep is private (not shown).";
    return "No prep written yet (tend prep).";
}

/// Days in order, as "Sat 14 Nov, Mon 16 Nov to Thu 19 Nov": a run of three days or more as
/// its first and last, so that a long window stays one readable line; with the year when the
/// window spans more than one.
std::string day_runs(const std::vector<core::Day>& days, bool with_year) {
    auto shown = [with_year](core::Day d) {
        auto text = core::format_day_short(d);
        if (with_year) text += fmt::format(" {}", static_cast<int>(d.year()));
        return text;
    };
    std::string out;
    for (std::size_t i = 0; i < days.size();) {
        std::size_t end = i;
        while (end + 1 < days.size() && core::add_days(days[end], 1) == days[end + 1]) ++end;
        if (!out.empty()) out += ", ";
        if (end - i >= 2) {
            out += shown(days[i]) + " to " + shown(days[end]);
            i = end + 1;
        } else {
            out += shown(days[i]);
            ++i;
        }
    }
    return out;
}

std::vector<std::string> gaps(const core::Summary& s) {
    auto g = s.gaps();
    std::vector<std::string> out;
    if (!g.days_without_mood.empty()) {
        bool with_year = s.window.from.year() != s.window.to.year();
        out.push_back(fmt::format("No mood logged on {} of {}: {}.", g.days_without_mood.size(),
                                  plural(s.window.days(), "day", "days"),
                                  day_runs(g.days_without_mood, with_year)));
    }
    for (const auto& hw : g.never_checked)
        out.push_back(
            fmt::format("No check-off in this window for homework {}: {}.", hw.id, hw.title));
    if (g.reflection_missing)
        out.push_back(fmt::format("No reflection on the session of {}.",
                                  core::format_day_short(s.last_session->day)));
    if (g.prep_missing) out.push_back("No prep for the next session.");
    if (out.empty()) out.push_back("None: every day has a mood, and nothing is missing.");
    return out;
}

std::string journal_line(const core::JournalEntry& entry) {
    std::vector<std::string> marks;
    if (entry.starred) marks.emplace_back("starred");
    if (!entry.tags.empty()) marks.push_back(util::join(entry.tags, " "));
    auto line = core::format_day_short(entry.day) + "  " + core::journal_heading(entry);
    if (!marks.empty()) line += " (" + util::join(marks, "; ") + ")";
    return line;
}

}  // namespace tend::render::words
