// tend remind [--notify]: what is due now, for cron and systemd timers. Silent when nothing is
// due; never creates the database; exits non-zero only on a real error.
#include <unistd.h>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/context.hpp"
#include "core/measure_library.hpp"
#include "core/reminders.hpp"
#include "render/remind_view.hpp"
#include "render/terminal.hpp"
#include "store/entry_store.hpp"
#include "store/goal_store.hpp"
#include "store/homework_store.hpp"
#include "store/measure_store.hpp"
#include "store/mood_store.hpp"
#include "store/session_store.hpp"
#include "util/error.hpp"
#include "util/process.hpp"

namespace tend::cli {
namespace {

using core::ReminderKind;

core::ReminderSettings settings_from(const core::Config& config) {
    return {config.remind_mood_after, config.remind_prep_lead_hours, config.remind_kinds,
            config.remind_goal_rating, config.remind_measures};
}

/// The open goals and the questionnaires of the settings, with when each was last done.
void gather_progress_facts(store::Database& db, const core::ReminderSettings& settings,
                           core::ReminderFacts& facts) {
    if (settings.wants(ReminderKind::goal_rating))
        for (const auto& g : store::list_goals(db, /*include_closed=*/false)) {
            // Set at the end of its day: a goal set on a session's day waits for the next one.
            auto next_day = core::start_of(core::add_days(g.start_day, 1));
            core::ReminderFacts::GoalFact f{g.id, g.title, {next_day.utc - 1, next_day.offset}, {}};
            if (!g.ratings.empty()) f.last_rated = g.ratings.back().at;
            facts.goals.push_back(std::move(f));
        }
    if (!settings.wants(ReminderKind::measure)) return;
    auto latest = store::latest_measure_results(db);
    for (const auto& m : settings.measures) {
        core::ReminderFacts::MeasureFact f{m.name, m.name, {}};
        for (const auto& r : latest)
            if (r.measure == m.name) {
                f.title = r.title;
                f.last_taken = r.at;
            }
        if (!f.last_taken) {
            try {
                if (auto known = core::measures().find(m.name)) f.title = known->title;
            } catch (const Error&) {
                // a broken file is for tend check to report; the reminder names it as configured
            }
        }
        facts.measures.push_back(std::move(f));
    }
}

/// What the rules need, asking only the questions of the kinds wanted. Each is one or two
/// indexed lookups whose cost does not grow with the years of history.
core::ReminderFacts gather_facts(store::Database& db, const core::ReminderSettings& settings,
                                 const core::Config& config, const core::Clock& clock) {
    core::ReminderFacts facts;
    auto today = clock.today();
    if (settings.wants(ReminderKind::mood))
        facts.mood_logged_today = store::count_moods_on(db, today) > 0;
    if (settings.wants(ReminderKind::homework_due) ||
        settings.wants(ReminderKind::homework_overdue)) {
        facts.homework = store::list_homework(db, /*include_closed=*/false);
        // Today's state needs no check-off older than this week's Monday.
        facts.checkoffs = store::checkoffs_since(db, facts.homework, core::week_start(today));
    }
    gather_progress_facts(db, settings, facts);
    bool reflection = settings.wants(ReminderKind::reflection);
    bool prep = settings.wants(ReminderKind::prep);
    bool progress = settings.wants(ReminderKind::goal_rating) ||
                    (settings.wants(ReminderKind::measure) && !settings.measures.empty());
    if (!reflection && !prep && !progress && !settings.wants(ReminderKind::session)) return facts;
    auto sessions = store::session_facts(db, clock);
    facts.latest_held = sessions.latest_held;
    facts.unconfirmed = core::unconfirmed_session(sessions, config.session_schedule, clock);
    if (reflection && facts.latest_held)
        facts.latest_held_reflected =
            !store::reflections_for_session(db, facts.latest_held->id).empty();
    if (prep) {
        facts.next = core::next_session(sessions, config.session_schedule, clock);
        std::optional<core::Instant> since;
        if (facts.latest_held) since = facts.latest_held->at;
        facts.prep_written = store::latest_prep(db, since, clock.now).has_value();
    }
    return facts;
}

/// Shows the reminders as a desktop notification through notify-send, run without a shell.
/// A missing notify-send is a warning (the reminders were printed all the same); one that runs
/// and fails is an error.
void notify(Context& ctx, const std::vector<core::Reminder>& reminders) {
    auto program = util::find_program("notify-send");
    if (!program) {
        ctx.warn(
            "--notify: notify-send is not on PATH, so no desktop notification was shown "
            "(it comes with libnotify)");
        return;
    }
    auto code = util::run_program(*program, {"notify-send", "--app-name=tend", "--", "tend",
                                             render::notification_body(reminders)});
    if (code != 0)
        throw failure(
            fmt::format("--notify: {} exited with status {}, so no desktop "
                        "notification was shown",
                        program->string(), code));
}

void remind(Context& ctx, bool with_notification) {
    auto format = ctx.format();
    auto style = ctx.style();
    // Cron mails exactly what remind printed: off a terminal it never colours, whatever
    // --color or the config say.
    if (!render::is_terminal(STDOUT_FILENO)) style.color = false;
    const auto& config = ctx.config();
    auto settings = settings_from(config);
    const auto& clock = ctx.clock();

    std::vector<core::Reminder> reminders;
    if (auto* db = ctx.existing_db())
        reminders =
            core::due_reminders(gather_facts(*db, settings, config, clock), settings, clock);
    ctx.print(render::reminder_list(reminders, format, style));
    if (with_notification && !reminders.empty()) notify(ctx, reminders);
}

}  // namespace

void add_remind_commands(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand(
        "remind", "What is due now, one line each; prints nothing when nothing is due");
    auto with_notification = std::make_shared<bool>(false);
    cmd->add_flag("--notify", *with_notification,
                  "Also show the reminders as a desktop notification (notify-send)");
    cmd->footer(
        "Made for cron and systemd timers: it never prompts, never colours output that is not a\n"
        "terminal, and exits 0 whether or not something is due. Settings: [remind] in the\n"
        "config (CONFIG in tend(1)). A crontab and a systemd timer: Reminders in tend(1), and\n"
        "examples/crontab and examples/systemd/ in the source.");
    cmd->callback([&ctx, with_notification] { remind(ctx, *with_notification); });
}

}  // namespace tend::cli
