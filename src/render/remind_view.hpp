// How reminders look: one line each in text (what is due, then what to type), a bullet list in
// Markdown, an array of objects in JSON. Nothing at all in text and Markdown when nothing is due.
#pragma once

#include <string>
#include <vector>

#include "core/options.hpp"
#include "core/reminders.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// A reminder as a JSON object: kind, message, command, id, title, due, session_at (the fields a
/// kind does not use are null).
[[nodiscard]] Json reminder_json(const core::Reminder& reminder);

/// The reminders in the chosen format; an empty string for none, except "[]" in JSON.
[[nodiscard]] std::string reminder_list(const std::vector<core::Reminder>& reminders,
                                        core::Format format, const Style& style);

/// The body of a desktop notification: the text lines without colour, one per reminder, no
/// final newline, with &, < and > written as entities and every backslash doubled.
/// Notification servers read the body as markup, so a title such as "Read <b>ch. 2</b> & 3"
/// would otherwise lose text or the whole body; notify-send reads C escapes in it, so a title
/// holding a backslash and n would otherwise break its line, and one and 0 cut the body short.
[[nodiscard]] std::string notification_body(const std::vector<core::Reminder>& reminders);

}  // namespace tend::render
