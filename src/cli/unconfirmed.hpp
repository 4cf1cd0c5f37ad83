// A session whose time passed with neither `session add` nor `session cancel`: settled before an
// entry is tied to a session, so that nothing silently goes to an older one.
#pragma once

#include <optional>
#include <string_view>

#include "cli/context.hpp"
#include "core/session.hpp"
#include "store/database.hpp"

namespace tend::cli {

/// Before `reflect` (on the latest session) and `prep`: when a session is unconfirmed
/// (core::unconfirmed_session), asks on a terminal whether it happened and returns the answer
/// as a write (held at its expected time, or cancelled), which the caller saves in the same
/// transaction as its entry, so that a command that then fails changes nothing; elsewhere
/// refuses with a usage error naming both commands. nullopt when nothing is unconfirmed.
/// `command` is "reflect" or "prep", for the messages.
[[nodiscard]] std::optional<core::SessionWrite> settle_unconfirmed(Context& ctx,
                                                                   std::string_view command);

/// Writes the session over the record it replaces, else as a new record with a new UUID; the
/// session as saved, with its id.
core::Session save_session_write(store::Database& db, core::SessionWrite write,
                                 const core::Instant& now);

}  // namespace tend::cli
