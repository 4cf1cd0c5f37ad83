// Reminders: given what the store knows and the clock, which gentle nudges are due right now.
// Pure: no SQLite, no terminal. The order of the result is the order they are shown in.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/choices.hpp"
#include "core/clock.hpp"
#include "core/homework.hpp"
#include "core/rhythm.hpp"
#include "core/session.hpp"

namespace tend::core {

/// The kinds, in the order they are shown: the quickest and kindest first.
enum class ReminderKind {
    mood,
    homework_due,
    homework_overdue,
    session,
    reflection,
    prep,
    goal_rating,
    measure
};

inline constexpr std::array<ReminderKind, 8> all_reminder_kinds{
    ReminderKind::mood,        ReminderKind::homework_due, ReminderKind::homework_overdue,
    ReminderKind::session,     ReminderKind::reflection,   ReminderKind::prep,
    ReminderKind::goal_rating, ReminderKind::measure};

/// The kinds' names, in JSON and in the config file.
inline constexpr Choices<ReminderKind, 8> reminder_kinds{{{
    {"mood", ReminderKind::mood},
    {"homework_due", ReminderKind::homework_due},
    {"homework_overdue", ReminderKind::homework_overdue},
    {"session", ReminderKind::session},
    {"reflection", ReminderKind::reflection},
    {"prep", ReminderKind::prep},
    {"goal_rating", ReminderKind::goal_rating},
    {"measure", ReminderKind::measure},
}}};

/// "mood", "homework_due", "homework_overdue", "session", "reflection", "prep", "goal_rating",
/// "measure" (JSON and config names).
[[nodiscard]] std::string_view reminder_kind_name(ReminderKind kind);
/// The kind from its name; nullopt for anything else.
[[nodiscard]] std::optional<ReminderKind> parse_reminder_kind(std::string_view name);

/// A reflection is asked for this long after its session, and no longer.
inline constexpr std::int64_t reflection_reminder_seconds = 7 * 24 * 60 * 60;

/// How reminders are set up (the `[remind]` table of the config).
struct ReminderSettings {
    TimeOfDay mood_after{20, 0, 0};  ///< a day without a mood is mentioned from this time
    int prep_lead_hours = 24;        ///< prep is asked for this close to the next session
    std::vector<ReminderKind> kinds{all_reminder_kinds.begin(), all_reminder_kinds.end()};
    Rhythm goal_rating{true, 0};  ///< how often each open goal is rated
    /// The questionnaires to take, each with its rhythm (none by default).
    struct MeasureRhythm {
        std::string name;
        Rhythm rhythm;
        friend bool operator==(const MeasureRhythm&, const MeasureRhythm&) = default;
    };
    std::vector<MeasureRhythm> measures;

    [[nodiscard]] bool wants(ReminderKind kind) const;
};

/// What the rules need to know, gathered from the store by the caller.
struct ReminderFacts {
    bool mood_logged_today = false;
    std::vector<Homework> homework;      ///< the open items
    std::vector<Checkoff> checkoffs;     ///< their check-offs, at least those of the current week
    std::optional<Session> latest_held;  ///< the latest held session at or before now
    bool latest_held_reflected = false;  ///< it has at least one reflection
    std::optional<NextSession> next;     ///< the next session (core::next_session)
    /// A session whose time passed unrecorded (core::unconfirmed_session): it is asked about,
    /// and neither a reflection on the one before nor prep is asked for until it is settled.
    std::optional<UnconfirmedSession> unconfirmed;
    bool prep_written = false;  ///< a prep was written after the latest held session
    /// An open goal: when it was set and last rated.
    struct GoalFact {
        std::int64_t id = 0;
        std::string title;
        Instant set;
        std::optional<Instant> last_rated;
    };
    std::vector<GoalFact> goals;  ///< the open goals, by id
    /// A questionnaire of the settings: its title and when it was last taken.
    struct MeasureFact {
        std::string name;
        std::string title;
        std::optional<Instant> last_taken;
    };
    std::vector<MeasureFact> measures;  ///< as the settings list them
};

/// One thing that is due now.
struct Reminder {
    ReminderKind kind = ReminderKind::mood;
    /// The homework item; the session reflected on; the next session when it is recorded as
    /// scheduled (nullopt when it comes from the regular schedule); nullopt for a mood.
    std::optional<std::int64_t> id;
    std::optional<Homework> homework;   ///< homework kinds: the item
    std::optional<Day> due;             ///< homework kinds: today, or the missed due day
    int week_done = 0;                  ///< weekly homework: done this week
    int week_quota = 0;                 ///< weekly homework: asked for this week
    std::optional<Instant> session_at;  ///< session, reflection and prep: the session's time
    std::string day_word;               ///< session: the word naming its day ("tue")
    bool late = false;                  ///< reflection: more than 24 hours after the session
    std::string title;                  ///< goal_rating: the goal's; measure: the questionnaire's
    std::string measure;                ///< measure: its name
    std::optional<Rhythm> rhythm;       ///< goal_rating and measure: why it is due
};

/// True from `mood_after` on a day with no mood logged.
[[nodiscard]] bool mood_due(bool logged_today, const TimeOfDay& mood_after, const Clock& clock);

/// True while a session without a reflection is less than a week old (from its time on).
[[nodiscard]] bool reflection_due(const Session& held, bool reflected, const Clock& clock);

/// True when the next session is still ahead, at most `lead_hours` away, and no prep has been
/// written since the latest held session. A lead of 0 never asks.
[[nodiscard]] bool prep_due(const NextSession& next, bool prep_written, int lead_hours,
                            const Clock& clock);

/// Every reminder due now, in the order shown: the mood, homework due today (by id), overdue
/// one-off homework (the longest overdue first), an unconfirmed session, the reflection, prep,
/// goal ratings (by id), then questionnaires (by name). Kinds the settings leave out are never
/// due.
[[nodiscard]] std::vector<Reminder> due_reminders(const ReminderFacts& facts,
                                                  const ReminderSettings& settings,
                                                  const Clock& clock);

/// What to type to do it: "tend mood SCORE", "tend hw done 3", "tend session add tue, or tend
/// session cancel tue", "tend reflect", "tend prep", "tend goal rate 2 RATING", "tend check
/// phq-9".
[[nodiscard]] std::string reminder_command(const Reminder& reminder);

}  // namespace tend::core
