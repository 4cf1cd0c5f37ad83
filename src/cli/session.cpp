// tend session add | next | list | edit | rm | cancel: the sessions that give tend its rhythm.

#include <algorithm>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/context.hpp"
#include "cli/shared.hpp"
#include "cli/unconfirmed.hpp"
#include "core/session.hpp"
#include "core/validate.hpp"
#include "core/when.hpp"
#include "render/dates.hpp"
#include "render/session_view.hpp"
#include "render/terminal.hpp"
#include "store/entry_store.hpp"
#include "store/session_store.hpp"
#include "util/error.hpp"

namespace tend::cli {
namespace {

struct SessionAddArgs {
    std::string when;
    std::optional<std::string> note;
};

struct SessionEditArgs {
    std::string id;
    std::optional<std::string> at;
    std::optional<std::string> note;
};

/// Refuses a time that breaks the rule of the session's status (core::session_time_problem).
void check_time(core::SessionStatus status, const core::Instant& at, const core::Clock& clock,
                std::string_view typed) {
    if (auto problem = core::session_time_problem(status, at, typed, clock))
        throw usage_error(*problem);
}

/// A session saved, and the write that saved it.
struct SavedSession {
    core::Session session;
    core::SessionWrite write;
};

/// Saves `s` in one transaction as `decide(s, the session already scheduled, note_given)`
/// writes it: in the place of that one or as a new record.
SavedSession save_over_scheduled(Context& ctx, const core::Session& s, bool note_given,
                                 core::SessionWrite (*decide)(core::Session,
                                                              const std::optional<core::Session>&,
                                                              bool)) {
    auto& db = ctx.db();
    store::WriteTransaction tx(db);
    auto write = decide(s, store::scheduled_session(db), note_given);
    auto saved = save_session_write(db, write, ctx.clock().now);
    tx.commit();
    return {saved, write};
}

void add_session(Context& ctx, const SessionAddArgs& args) {
    const auto& clock = ctx.clock();
    core::When when{clock.today(), std::nullopt};
    if (!args.when.empty()) when = core::parse_when(args.when, clock, core::Lean::back, "WHEN");
    const auto held = core::SessionStatus::held;
    if (when.time) check_time(held, core::local_instant(when.day, *when.time), clock, args.when);
    if (when.day > clock.today()) check_time(held, core::start_of(when.day), clock, args.when);
    if (args.note) core::check_text(*args.note, "session note");
    const auto& schedule = ctx.config().session_schedule;
    auto format = ctx.format();

    std::optional<core::Session> scheduled;
    if (auto* existing = ctx.existing_db()) scheduled = store::scheduled_session(*existing);
    core::Session s;
    if (when.time)
        s.at = core::local_instant(when.day, *when.time);
    else
        s.at = core::expected_time_on(when.day, scheduled, schedule, clock)
                   .value_or(core::instant_for_record(when, clock));
    s.day = core::day_of(s.at);
    s.status = core::SessionStatus::held;
    s.note = args.note.value_or("");

    auto saved = save_over_scheduled(ctx, s, args.note.has_value(), core::held_session_write);
    report_change(ctx, format, render::session_json(saved.session),
                  render::session_recorded(saved.session, saved.write.replaces));
}

/// The time of day of the usual appointment (core::usual_time); nothing without a database.
std::optional<core::TimeOfDay> usual_session_time(Context& ctx) {
    auto* db = ctx.existing_db();
    if (db == nullptr) return std::nullopt;
    return core::usual_time(store::scheduled_session(*db),
                            store::latest_held_session(*db, ctx.clock().now));
}

void schedule_next(Context& ctx, const SessionAddArgs& args) {
    const auto& clock = ctx.clock();
    auto when = core::parse_when(args.when, clock, core::Lean::ahead, "WHEN");
    const auto scheduled = core::SessionStatus::scheduled;
    if (when.day < clock.today()) check_time(scheduled, core::start_of(when.day), clock, args.when);
    if (args.note) core::check_text(*args.note, "session note");
    auto time = core::next_session_time(when.time, ctx.config().session_schedule);
    if (!time) time = usual_session_time(ctx);
    if (!time)
        throw usage_error(
            fmt::format("give the session's time too, e.g. tend session next \"{} 17:00\": there "
                        "is no earlier session to take it from (or set [session] schedule in the "
                        "config file)",
                        args.when));
    core::Session s;
    s.at = core::local_instant(when.day, *time);
    // "fri" on a Friday after the session's time has passed: next Friday.
    if (when.weekday && when.day == clock.today() && s.at.utc <= clock.now.utc) {
        auto next_week = core::add_days(when.day, 7);
        if (!core::in_supported_range(next_week))
            throw usage_error(fmt::format("WHEN must be a day {} (got {}, which would be {})",
                                          core::supported_range, core::quoted(args.when),
                                          core::format_day(next_week)));
        s.at = core::local_instant(next_week, *time);
    }
    check_time(scheduled, s.at, clock, args.when);
    s.day = core::day_of(s.at);
    s.status = scheduled;
    s.note = args.note.value_or("");
    auto format = ctx.format();

    auto saved = save_over_scheduled(ctx, s, args.note.has_value(), core::next_session_write);
    report_change(ctx, format, render::session_json(saved.session),
                  render::session_scheduled(saved.session, saved.write.moved_from));
}

void list_sessions(Context& ctx) {
    const auto& clock = ctx.clock();
    const auto& schedule = ctx.config().session_schedule;
    auto format = ctx.format();
    auto style = ctx.style();
    std::vector<core::Session> sessions;
    core::SessionFacts facts;
    if (auto* db = ctx.existing_db()) {
        sessions = store::list_sessions(*db);
        facts = store::session_facts(*db, clock);
    }
    render::SessionListing extra;
    if (auto next = core::next_session(facts, schedule, clock); next && next->from_schedule())
        extra.regular = next->at;
    extra.unconfirmed = core::unconfirmed_session(facts, schedule, clock);
    ctx.print(render::session_list(sessions, extra, schedule, clock.today(), format, style));
}

/// The session `session cancel WHEN` means: the unconfirmed one when WHEN names its day looking
/// back ("tue" on the Thursday after), else the one expected on the day WHEN names looking
/// ahead, which cannot be in the past.
std::optional<core::SessionWrite> cancellation_for(
    const std::string& when_text, const core::SessionFacts& facts,
    const std::optional<core::SessionSchedule>& schedule, const core::Clock& clock) {
    auto unconfirmed = core::unconfirmed_session(facts, schedule, clock);
    auto back = core::parse_when(when_text, clock, core::Lean::back, "WHEN").day;
    auto day = core::parse_when(when_text, clock, core::Lean::ahead, "WHEN").day;
    bool settles = unconfirmed && core::day_of(unconfirmed->at) == back;
    if (settles) day = back;
    auto named = fmt::format("{} (got {})", core::format_day_short(day), core::quoted(when_text));
    if (std::find(facts.cancelled_days.begin(), facts.cancelled_days.end(), day) !=
        facts.cancelled_days.end())
        throw usage_error(fmt::format("the session on {} is already cancelled", named));
    if (day < clock.today() && !settles)
        throw usage_error(fmt::format(
            "there is no session to cancel on {}: a past session can be cancelled only while it "
            "is unconfirmed; tend session list shows your sessions",
            named));
    auto write = core::cancellation_on(day, facts, unconfirmed, schedule);
    if (!write)
        throw usage_error(fmt::format(
            "no session is expected on {}; tend session list shows your sessions", named));
    return write;
}

void cancel_session(Context& ctx, const std::string& when_text) {
    const auto& clock = ctx.clock();
    const auto& schedule = ctx.config().session_schedule;
    if (!when_text.empty()) (void)core::parse_when(when_text, clock, core::Lean::ahead, "WHEN");
    auto format = ctx.format();
    core::SessionFacts facts;
    if (auto* existing = ctx.existing_db()) facts = store::session_facts(*existing, clock);
    std::optional<core::SessionWrite> write;
    if (when_text.empty()) {
        write = core::cancellation(facts, core::next_session(facts, schedule, clock));
        if (!write)
            throw usage_error(
                "there is no scheduled session to cancel; tend session list shows your "
                "sessions");
    } else {
        write = cancellation_for(when_text, facts, schedule, clock);
    }

    auto& db = ctx.db();
    store::WriteTransaction tx(db);
    auto s = save_session_write(db, *write, clock.now);
    tx.commit();
    report_change(ctx, format, render::session_json(s),
                  render::session_cancelled(s, !write->replaces));
}

/// The new instant for `session edit --at`: a day without a time keeps the session's time of
/// day; a held session cannot move into the future, a scheduled one not into the past.
core::Instant edited_time(const core::Session& s, const std::string& text,
                          const core::Clock& clock) {
    auto lean = s.status == core::SessionStatus::scheduled ? core::Lean::ahead : core::Lean::back;
    auto when = core::parse_when(text, clock, lean, "--at");
    auto at = core::local_instant(when.day, when.time.value_or(core::time_of(s.at)));
    check_time(s.status, at, clock, text);
    return at;
}

void edit_session(Context& ctx, const SessionEditArgs& args) {
    auto id = core::parse_id(args.id, "session");
    if (!args.at && !args.note)
        throw usage_error("tend session edit needs something to change: --at or --note");
    const auto& clock = ctx.clock();
    if (args.at) (void)core::parse_when(*args.at, clock, core::Lean::back, "--at");
    if (args.note) core::check_text(*args.note, "session note");
    auto format = ctx.format();

    auto* db = ctx.existing_db();
    auto s = existing(db, id, session_record, store::find_session);
    if (args.at) {
        s.at = edited_time(s, *args.at, clock);
        s.day = core::day_of(s.at);
    }
    if (args.note) s.note = *args.note;
    store::WriteTransaction tx(*db);
    store::update_session(*db, s, clock.now);
    tx.commit();
    report_change(ctx, format, render::session_json(s),
                  fmt::format("Updated session {} ({}, {}).\n", s.id, core::status_name(s.status),
                              render::day_and_time(s.at)));
}

void remove_session(Context& ctx, const std::string& id_text) {
    auto id = core::parse_id(id_text, "session");
    auto format = ctx.format();
    int entries = 0;
    auto s = remove_existing(ctx, id, session_record, store::find_session,
                             [&entries](store::Database& db, std::int64_t session_id) {
                                 entries = store::count_entries_for_session(db, session_id);
                                 store::delete_session(db, session_id);
                             });
    report_change(ctx, format, render::session_json(s), render::session_removed(s, entries));
}

}  // namespace

void add_session_commands(CLI::App& app, Context& ctx) {
    auto* session = app.add_subcommand("session", "Record, schedule and list therapy sessions");
    when_alone(*session, [&ctx] { list_sessions(ctx); });

    auto* add = session->add_subcommand("add", "Record a session that took place");
    auto aargs = std::make_shared<SessionAddArgs>();
    add->add_option("WHEN", aargs->when, "When it was (default: now; see WHEN in tend(1))");
    add->add_option("--note", aargs->note, "A few words about it")->type_name("TEXT");
    add->callback([&ctx, aargs] { add_session(ctx, *aargs); });

    auto* next = session->add_subcommand("next", "Schedule the next session, or move it");
    auto nargs = std::make_shared<SessionAddArgs>();
    next->add_option("WHEN", nargs->when, "When it will be, e.g. \"tue 17:00\"")->required();
    next->add_option("--note", nargs->note, "A few words about it")->type_name("TEXT");
    next->callback([&ctx, nargs] { schedule_next(ctx, *nargs); });

    auto* list = session->add_subcommand("list", "List sessions, past and scheduled");
    list->callback([&ctx] { list_sessions(ctx); });

    auto* edit = session->add_subcommand("edit", "Change a session's time or note");
    auto eargs = std::make_shared<SessionEditArgs>();
    edit->add_option("ID", eargs->id, "The session's id (tend session list shows it)")->required();
    edit->add_option("--at", eargs->at, "Its new day or time")->type_name("WHEN");
    edit->add_option("--note", eargs->note, "Its new note (\"\" clears it)")->type_name("TEXT");
    edit->callback([&ctx, eargs] { edit_session(ctx, *eargs); });

    add_id_command(*session, ctx, "rm", "Remove a session recorded by mistake", "The session's id",
                   remove_session);

    auto* cancel = session->add_subcommand(
        "cancel",
        "Cancel the next session (the scheduled one, else the regular one), or the one on WHEN");
    auto cancel_when = std::make_shared<std::string>();
    cancel->add_option("WHEN", *cancel_when,
                       "Its day: a coming one, or an unconfirmed one that did not take place");
    cancel->callback([&ctx, cancel_when] { cancel_session(ctx, *cancel_when); });
}

}  // namespace tend::cli
