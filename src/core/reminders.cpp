#include "core/reminders.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/guided.hpp"

namespace tend::core {
namespace {

bool at_or_after(const TimeOfDay& t, const TimeOfDay& from) {
    auto seconds = [](const TimeOfDay& x) { return (x.hour * 60 + x.minute) * 60 + x.second; };
    return seconds(t) >= seconds(from);
}

Reminder homework_reminder(ReminderKind kind, const Homework& hw, const TodayState& state,
                           Day due) {
    Reminder r;
    r.kind = kind;
    r.id = hw.id;
    r.homework = hw;
    r.due = due;
    r.week_done = state.week_done;
    r.week_quota = state.week_quota;
    return r;
}

/// Homework due today (by id), then overdue one-offs (the longest overdue first, then by id).
void add_homework(std::vector<Reminder>& out, const ReminderFacts& facts,
                  const ReminderSettings& settings, Day today) {
    std::vector<Reminder> due, overdue;
    for (const auto& hw : facts.homework) {
        if (hw.status != HomeworkStatus::open) continue;
        auto state = today_state(hw, facts.checkoffs, today);
        if (state.due && settings.wants(ReminderKind::homework_due))
            due.push_back(homework_reminder(ReminderKind::homework_due, hw, state, today));
        else if (state.overdue && settings.wants(ReminderKind::homework_overdue))
            overdue.push_back(
                homework_reminder(ReminderKind::homework_overdue, hw, state, *hw.schedule.due));
    }
    std::sort(due.begin(), due.end(),
              [](const Reminder& a, const Reminder& b) { return *a.id < *b.id; });
    std::sort(overdue.begin(), overdue.end(), [](const Reminder& a, const Reminder& b) {
        return *a.due != *b.due ? *a.due < *b.due : *a.id < *b.id;
    });
    out.insert(out.end(), due.begin(), due.end());
    out.insert(out.end(), overdue.begin(), overdue.end());
}

/// Goal ratings (by id) and questionnaires (by name) their rhythm calls for.

/// A reminder that a rhythm has come due: a goal's rating, or a questionnaire.
Reminder rhythm_reminder(ReminderKind kind, const std::string& title, const Rhythm& rhythm) {
    Reminder r;
    r.kind = kind;
    r.title = title;
    r.rhythm = rhythm;
    return r;
}

void add_progress(std::vector<Reminder>& out, const ReminderFacts& facts,
                  const ReminderSettings& settings, const Clock& clock) {
    std::optional<Instant> held;
    if (facts.latest_held) held = facts.latest_held->at;
    if (settings.wants(ReminderKind::goal_rating))
        for (const auto& g : facts.goals)
            if (rhythm_due(settings.goal_rating, g.last_rated, g.set, held, clock)) {
                auto r = rhythm_reminder(ReminderKind::goal_rating, g.title, settings.goal_rating);
                r.id = g.id;
                out.push_back(std::move(r));
            }
    if (!settings.wants(ReminderKind::measure)) return;
    for (const auto& m : settings.measures)
        for (const auto& f : facts.measures)
            if (f.name == m.name && rhythm_due(m.rhythm, f.last_taken, std::nullopt, held, clock)) {
                auto r = rhythm_reminder(ReminderKind::measure, f.title, m.rhythm);
                r.measure = f.name;
                out.push_back(std::move(r));
            }
}

}  // namespace

std::string_view reminder_kind_name(ReminderKind kind) {
    return reminder_kinds.word_for(kind);
}

std::optional<ReminderKind> parse_reminder_kind(std::string_view name) {
    return reminder_kinds.parse(name);
}

bool ReminderSettings::wants(ReminderKind kind) const {
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

bool mood_due(bool logged_today, const TimeOfDay& mood_after, const Clock& clock) {
    return !logged_today && at_or_after(time_of(clock.now), mood_after);
}

bool reflection_due(const Session& held, bool reflected, const Clock& clock) {
    auto since = clock.now.utc - held.at.utc;
    return !reflected && held.status == SessionStatus::held && since >= 0 &&
           since < reflection_reminder_seconds;
}

bool prep_due(const NextSession& next, bool prep_written, int lead_hours, const Clock& clock) {
    auto ahead = next.at.utc - clock.now.utc;
    return !prep_written && ahead > 0 && ahead <= std::int64_t{lead_hours} * 60 * 60;
}

std::vector<Reminder> due_reminders(const ReminderFacts& facts, const ReminderSettings& settings,
                                    const Clock& clock) {
    std::vector<Reminder> out;
    if (settings.wants(ReminderKind::mood) &&
        mood_due(facts.mood_logged_today, settings.mood_after, clock))
        out.push_back(Reminder{});
    add_homework(out, facts, settings, clock.today());
    // Until an unconfirmed session is settled, a reflection would go to the session before
    // it, and prep to the one after: the question about it takes their place. A config that
    // names them but predates the "session" kind gets the question too.
    if (facts.unconfirmed) {
        if (settings.wants(ReminderKind::session) || settings.wants(ReminderKind::reflection) ||
            settings.wants(ReminderKind::prep)) {
            Reminder r;
            r.kind = ReminderKind::session;
            if (facts.unconfirmed->session) r.id = facts.unconfirmed->session->id;
            r.session_at = facts.unconfirmed->at;
            r.day_word = past_day_word(day_of(facts.unconfirmed->at), clock.today());
            out.push_back(r);
        }
        add_progress(out, facts, settings, clock);
        return out;
    }
    if (settings.wants(ReminderKind::reflection) && facts.latest_held &&
        reflection_due(*facts.latest_held, facts.latest_held_reflected, clock)) {
        Reminder r;
        r.kind = ReminderKind::reflection;
        r.id = facts.latest_held->id;
        r.session_at = facts.latest_held->at;
        r.late = is_late_reflection(facts.latest_held->at, clock.now);
        out.push_back(r);
    }
    if (settings.wants(ReminderKind::prep) && facts.next &&
        prep_due(*facts.next, facts.prep_written, settings.prep_lead_hours, clock)) {
        Reminder r;
        r.kind = ReminderKind::prep;
        if (facts.next->session) r.id = facts.next->session->id;
        r.session_at = facts.next->at;
        out.push_back(r);
    }
    add_progress(out, facts, settings, clock);
    return out;
}

std::string reminder_command(const Reminder& reminder) {
    switch (reminder.kind) {
        case ReminderKind::mood:
            return "tend mood SCORE";
        case ReminderKind::homework_due:
        case ReminderKind::homework_overdue:
            return fmt::format("tend hw done {}", reminder.id.value_or(0));
        case ReminderKind::session:
            return fmt::format("tend session add {0}, or tend session cancel {0}",
                               reminder.day_word);
        case ReminderKind::reflection:
            return "tend reflect";
        case ReminderKind::prep:
            return "tend prep";
        case ReminderKind::goal_rating:
            return fmt::format("tend goal rate {} RATING", reminder.id.value_or(0));
        case ReminderKind::measure:
            return fmt::format("tend check {}", reminder.measure);
    }
    return "";
}

}  // namespace tend::core
