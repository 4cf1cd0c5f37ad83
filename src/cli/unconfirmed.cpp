#include "cli/unconfirmed.hpp"

#include <unistd.h>

#include <fmt/format.h>

#include "cli/line_editor.hpp"
#include "cli/shared.hpp"
#include "render/dates.hpp"
#include "render/terminal.hpp"
#include "store/session_store.hpp"
#include "util/error.hpp"
#include "util/text.hpp"
#include "util/uuid.hpp"

namespace tend::cli {
namespace {

/// Asks whether the session happened until the answer is yes or no; nullopt at Ctrl-D.
std::optional<bool> ask_happened(Context& ctx, const core::UnconfirmedSession& u) {
    LineEditor editor;
    ctx.print(fmt::format("Your session on {} is not recorded yet. Did it happen? (yes or no)\n",
                          render::day_and_time(u.at)));
    while (true) {
        auto line = typed_line(ctx, editor);
        if (!line) return std::nullopt;
        auto answer = util::to_lower(util::trim(*line));
        if (answer == "y" || answer == "yes") return true;
        if (answer == "n" || answer == "no") return false;
        ctx.print("Please type yes or no.\n");
    }
}

}  // namespace

core::Session save_session_write(store::Database& db, core::SessionWrite write,
                                 const core::Instant& now) {
    auto& s = write.session;
    if (write.replaces) {
        store::update_session(db, s, now);
    } else {
        s.uuid = util::new_uuid();
        s.id = store::insert_session(db, s, now);
    }
    return s;
}

std::optional<core::SessionWrite> settle_unconfirmed(Context& ctx, std::string_view command) {
    const auto& clock = ctx.clock();
    const auto& schedule = ctx.config().session_schedule;
    core::SessionFacts facts;
    if (auto* existing = ctx.existing_db()) facts = store::session_facts(*existing, clock);
    auto u = core::unconfirmed_session(facts, schedule, clock);
    if (!u) return std::nullopt;
    auto word = core::past_day_word(core::day_of(u->at), clock.today());
    auto ways =
        fmt::format("tend session add {0} if it happened, or tend session cancel {0} if not", word);
    if (!render::is_terminal(STDIN_FILENO) || !render::is_terminal(STDOUT_FILENO))
        throw usage_error(fmt::format(
            "your session on {} is not recorded, so tend {} cannot tell which session this is "
            "for: {}",
            render::day_and_time(u->at), command, ways));
    auto happened = ask_happened(ctx, *u);
    if (!happened)
        throw usage_error(fmt::format("nothing was saved: {}, then tend {} again", ways, command));
    if (!*happened) return *core::cancellation_on(core::day_of(u->at), facts, u, schedule);
    core::Session held;
    held.at = u->at;
    held.day = core::day_of(u->at);
    held.status = core::SessionStatus::held;
    return core::held_session_write(held, facts.scheduled, /*note_given=*/false);
}

}  // namespace tend::cli
