// The summary's guided entries in text, Markdown and JSON: the From the last session section
// (every reflection on that session, each with when it was written), the Worksheets section
// (every worksheet written in the window, with its answers), and the answers of prep. Answers
// longer than core::summary_answer_length are cut, with a pointer to tend entry show.
#pragma once

#include <string>
#include <string_view>

#include "core/summary.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// An entry's answers, the one keyed `first_key` first: text ("  Question\n    answer") and
/// Markdown (a list, the question in bold).
[[nodiscard]] std::string entry_answers_text(const core::Entry& entry,
                                             std::string_view first_key = {});
[[nodiscard]] std::string entry_answers_markdown(const core::Entry& entry,
                                                 std::string_view first_key = {});

/// The answers in HTML: a definition list, the question as the term.
[[nodiscard]] std::string entry_answers_html(const core::Entry& entry,
                                             std::string_view first_key = {});

/// From the last session, heading included.
[[nodiscard]] std::string last_session_text(const core::Summary& summary, const Style& style);
[[nodiscard]] std::string last_session_markdown(const core::Summary& summary);

/// Worksheets, heading included; present even when empty, and says so.
[[nodiscard]] std::string worksheets_text(const core::Summary& summary, const Style& style);
[[nodiscard]] std::string worksheets_markdown(const core::Summary& summary);
/// The bodies of From the last session and Worksheets in HTML (no heading).
[[nodiscard]] std::string last_session_html(const core::Summary& summary);
[[nodiscard]] std::string worksheets_html(const core::Summary& summary);
/// The worksheets, oldest first, each with its answers whole.
[[nodiscard]] Json worksheets_json(const core::Summary& summary);

namespace words {

inline constexpr const char* no_worksheets =
    "No worksheets written in this window (tend worksheet NAME fills one in).";

}  // namespace words

}  // namespace tend::render
