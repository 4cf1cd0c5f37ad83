// tend reflect | prep | worksheet: guided entries, each the answers to a template's prompts,
// tied to the session reflected on or prepared for.
#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/answers.hpp"
#include "cli/context.hpp"
#include "cli/shared.hpp"
#include "cli/unconfirmed.hpp"
#include "core/guided.hpp"
#include "core/session.hpp"
#include "core/template_library.hpp"
#include "core/validate.hpp"
#include "render/dates.hpp"
#include "render/entry_view.hpp"
#include "store/entry_store.hpp"
#include "store/session_store.hpp"
#include "util/error.hpp"
#include "util/uuid.hpp"

namespace tend::cli {
namespace {

struct GuidedArgs {
    std::string session;
    std::string template_name;
    bool again = false;
    bool is_private = false;
    AnswerArgs answers;
};

/// The session to reflect on: the one named, which must have been held, else the latest held.
core::Session session_to_reflect_on(store::Database* db, const std::optional<std::int64_t>& id,
                                    const core::Clock& clock) {
    if (id) {
        auto s = existing(db, *id, session_record, store::find_session);
        if (s.status != core::SessionStatus::held)
            throw usage_error(
                fmt::format("session {} is {}, not held; a reflection follows a "
                            "session that took place",
                            *id, core::status_name(s.status)));
        return s;
    }
    std::optional<core::Session> latest;
    if (db != nullptr) latest = store::latest_held_session(*db, clock.now);
    if (!latest)
        throw usage_error(
            "there is no session to reflect on yet; record one with tend "
            "session add [WHEN]");
    return *latest;
}

/// A new entry written now.
core::Entry new_entry(core::EntryKind kind, const core::Template& t, const core::AnswerTexts& texts,
                      const core::Clock& clock) {
    core::Entry e;
    e.uuid = util::new_uuid();
    e.kind = kind;
    e.template_name = t.name;
    e.at = clock.now;
    e.day = clock.today();
    e.answers = core::ordered_answers(t, texts);
    if (e.answers.empty())
        throw usage_error(
            fmt::format("nothing was answered, so no {} was saved", core::kind_name(kind)));
    return e;
}

/// Writes the entry and reports it, with the answer about an unconfirmed session (`settled`) in
/// the same transaction; the entry is on that session when `on_settled`.
void save(Context& ctx, core::Entry& e, std::size_t prompts,
          const std::optional<core::Instant>& about, core::Format format,
          const std::optional<core::SessionWrite>& settled = std::nullopt,
          bool on_settled = false) {
    auto& db = ctx.db();
    store::WriteTransaction tx(db);
    std::optional<core::Session> session;
    if (settled) {
        session = save_session_write(db, *settled, ctx.clock().now);
        if (on_settled) e.session_id = session->id;
    }
    e.id = store::insert_entry(db, e, ctx.clock().now);
    tx.commit();
    if (session && format != core::Format::json)
        ctx.say(fmt::format("Recorded the session on {} as {}.\n",
                            render::day_and_time(session->at), core::status_name(session->status)));
    report_change(ctx, format, render::entry_json(e), render::entry_saved(e, prompts, about));
}

void reflect(Context& ctx, const GuidedArgs& args) {
    std::optional<std::int64_t> id;
    if (!args.session.empty()) id = core::parse_id(args.session, "session");
    auto t = core::templates().load(args.template_name.empty() ? "reflection" : args.template_name);
    auto given = given_answers(t, args.answers);
    const auto& clock = ctx.clock();
    auto format = ctx.format();
    // Saved with the reflection, or not at all.
    std::optional<core::SessionWrite> settled;
    if (!id) settled = settle_unconfirmed(ctx, "reflect");
    bool on_settled = settled && settled->session.status == core::SessionStatus::held;
    auto* db = ctx.existing_db();
    auto session = on_settled ? settled->session : session_to_reflect_on(db, id, clock);
    if (db != nullptr && session.id != 0)
        core::check_new_reflection(session.id, store::reflections_for_session(*db, session.id),
                                   args.again);

    auto about = render::day_and_time(session.at);
    auto texts = gather_answers(ctx, t, args.answers, given, about);
    auto e = new_entry(core::EntryKind::reflection, t, texts, clock);
    e.is_private = args.is_private;
    e.session_id = session.id;
    e.session_at = session.at;
    save(ctx, e, t.prompts.size(), session.at, format, settled, on_settled);
}

void prep(Context& ctx, const GuidedArgs& args) {
    auto t = core::templates().load(args.template_name.empty() ? "prep" : args.template_name);
    auto given = given_answers(t, args.answers);
    const auto& clock = ctx.clock();
    const auto& schedule = ctx.config().session_schedule;
    auto format = ctx.format();
    // Saved with the prep, or not at all; the next session is the one after it either way.
    auto settled = settle_unconfirmed(ctx, "prep");
    core::SessionFacts facts;
    if (auto* db = ctx.existing_db()) facts = store::session_facts(*db, clock);
    if (settled) facts = core::with_write(facts, *settled);
    auto next = core::next_session(facts, schedule, clock);

    std::string about = next ? render::day_and_time(next->at) : "";
    auto texts = gather_answers(ctx, t, args.answers, given, about);
    auto e = new_entry(core::EntryKind::prep, t, texts, clock);
    e.is_private = args.is_private;
    if (next && next->session) {
        e.session_id = next->session->id;
        e.session_at = next->session->at;
    }
    std::optional<core::Instant> next_at;
    if (next) next_at = next->at;
    save(ctx, e, t.prompts.size(), next_at, format, settled);
}

void worksheet(Context& ctx, const GuidedArgs& args) {
    auto t = core::templates().load(args.template_name);
    auto given = given_answers(t, args.answers);
    const auto& clock = ctx.clock();
    auto format = ctx.format();
    auto texts = gather_answers(ctx, t, args.answers, given, "");
    auto e = new_entry(core::EntryKind::worksheet, t, texts, clock);
    e.is_private = args.is_private;
    save(ctx, e, t.prompts.size(), std::nullopt, format);
}

}  // namespace

void add_guided_commands(CLI::App& app, Context& ctx) {
    auto* reflect_cmd = app.add_subcommand(
        "reflect", "Reflect on a session with guided prompts (default: the latest held)");
    auto rargs = std::make_shared<GuidedArgs>();
    reflect_cmd->add_option("--session", rargs->session, "The session's id (tend session list)")
        ->type_name("ID");
    reflect_cmd
        ->add_option("--template", rargs->template_name,
                     "The template to follow (default: reflection)")
        ->type_name("NAME");
    reflect_cmd->add_flag("--again", rargs->again,
                          "Add another reflection on a session that already has one");
    reflect_cmd->add_flag("--private", rargs->is_private, private_help);
    add_answer_options(*reflect_cmd, rargs->answers);
    reflect_cmd->callback([&ctx, rargs] { reflect(ctx, *rargs); });

    auto* prep_cmd = app.add_subcommand("prep", "Get ready for the next session");
    auto pargs = std::make_shared<GuidedArgs>();
    prep_cmd
        ->add_option("--template", pargs->template_name, "The template to follow (default: prep)")
        ->type_name("NAME");
    prep_cmd->add_flag("--private", pargs->is_private, private_help);
    add_answer_options(*prep_cmd, pargs->answers);
    prep_cmd->callback([&ctx, pargs] { prep(ctx, *pargs); });

    auto* sheet_cmd =
        app.add_subcommand("worksheet", "Fill in a worksheet, such as thought-record");
    auto wargs = std::make_shared<GuidedArgs>();
    sheet_cmd->add_option("NAME", wargs->template_name, "The template to follow")->required();
    sheet_cmd->add_flag("--private", wargs->is_private, private_help);
    add_answer_options(*sheet_cmd, wargs->answers);
    sheet_cmd->callback([&ctx, wargs] { worksheet(ctx, *wargs); });
}

}  // namespace tend::cli
