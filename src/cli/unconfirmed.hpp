// A session whose time passed with neither `session add` nor `session cancel`: settled before an
// entry is tied to a session, so that nothing silently goes to an older one.
#pragma once

#include <string_view>

#include "cli/context.hpp"

namespace tend::cli {

/// Before `reflect` (on the latest session) and `prep`: when a session is unconfirmed
/// (core::unconfirmed_session), asks on a terminal whether it happened and records the answer,
/// held or cancelled; elsewhere refuses with a usage error naming both commands. `command` is
/// "reflect" or "prep", for the message.
void settle_unconfirmed(Context& ctx, std::string_view command);

}  // namespace tend::cli
