// How sessions look: the listing (past, scheduled, and the next one from the regular schedule)
// in text, Markdown and JSON, and the lines that acknowledge a change.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/options.hpp"
#include "core/session.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// A session as a JSON object: id, uuid, at, day, status, note, from_schedule (false).
[[nodiscard]] Json session_json(const core::Session& session);

/// The next session from the regular schedule as a JSON object shaped like a session: id and
/// uuid null, status "scheduled", from_schedule true.
[[nodiscard]] Json schedule_json(const core::Instant& at);

/// What the listing shows besides the records.
struct SessionListing {
    /// The next session from the regular schedule, when no session is scheduled.
    std::optional<core::Instant> regular;
    /// A session whose time passed unrecorded (core::unconfirmed_session).
    std::optional<core::UnconfirmedSession> unconfirmed;
};

/// The listing: every session, an unconfirmed one from the regular schedule in its place in
/// time, then the next one from the regular schedule. Each JSON object also says whether it is
/// unconfirmed; the text and Markdown end with the question an unconfirmed session asks.
[[nodiscard]] std::string session_list(const std::vector<core::Session>& sessions,
                                       const SessionListing& extra,
                                       const std::optional<core::SessionSchedule>& schedule,
                                       core::Day today, core::Format format, const Style& style);

/// "Did your session on Tue 1 Dec at 17:00 happen? tend session add tue, or tend session cancel
/// tue".
[[nodiscard]] std::string unconfirmed_question(const core::UnconfirmedSession& unconfirmed,
                                               core::Day today);

/// After `session add`: "Recorded your session on Tue 17 Nov at 17:00; ...".
[[nodiscard]] std::string session_recorded(const core::Session& session, bool was_scheduled);

/// After `session next`: the new time, and the old one when it moved.
[[nodiscard]] std::string session_scheduled(const core::Session& session,
                                            const std::optional<core::Instant>& moved_from);

/// After `session cancel`.
[[nodiscard]] std::string session_cancelled(const core::Session& session, bool from_schedule);

/// After `session rm`: what was removed, and how many entries lost their session.
[[nodiscard]] std::string session_removed(const core::Session& session, int entries);

}  // namespace tend::render
