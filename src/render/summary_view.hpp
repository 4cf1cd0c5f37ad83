// The pre-session summary in text, Markdown and JSON. The sections and their order are the same
// in all three: window and next session (with any safety flag first), mood, patterns, homework,
// from the last session, wins, prep, measures, goals, across sessions, gaps.
// Each section is present even when empty, and says so in words.
#pragma once

#include <string>

#include "core/summary.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// One page of plain text for a terminal or a printer.
[[nodiscard]] std::string summary_text(const core::Summary& summary, const Style& style);

/// GitHub-flavoured Markdown; all user text escaped.
[[nodiscard]] std::string summary_markdown(const core::Summary& summary);

/// Every figure of the text view, as one JSON object.
[[nodiscard]] Json summary_json(const core::Summary& summary);

}  // namespace tend::render
