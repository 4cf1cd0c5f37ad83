// How guided entries look: the listing and one entry in text, Markdown and JSON, and the lines
// that acknowledge saving, changing and removing one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/guided.hpp"
#include "core/options.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// An entry as a JSON object: id, uuid, kind, template, session_id, session_at, at, day,
/// hours_after_session and late (null unless a reflection on an existing session), answers
/// (key, prompt, answer).
[[nodiscard]] Json entry_json(const core::Entry& entry);

/// "3 h after", "2 days after": how long after its session a reflection was written.
[[nodiscard]] std::string timing_text(const core::Timing& timing);

/// A listing of entries in the chosen format.
[[nodiscard]] std::string entry_list(const std::vector<core::Entry>& entries, core::Format format,
                                     const Style& style);

/// One entry with its answers in the chosen format.
[[nodiscard]] std::string entry_show(const core::Entry& entry, core::Format format,
                                     const Style& style);

/// After saving: "Saved reflection 4 on the session of Tue 17 Nov at 17:00 (3 of 3 answered)."
/// `prompts` is how many the template asks; `session_at` is the session reflected on or
/// prepared for (for prep, possibly the next one from the regular schedule).
[[nodiscard]] std::string entry_saved(const core::Entry& entry, std::size_t prompts,
                                      const std::optional<core::Instant>& session_at);

/// After `entry edit`.
[[nodiscard]] std::string entry_updated(const core::Entry& entry, std::size_t prompts);

/// After `entry rm`.
[[nodiscard]] std::string entry_removed(const core::Entry& entry);

}  // namespace tend::render
