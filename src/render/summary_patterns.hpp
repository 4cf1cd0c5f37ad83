// The summary's Patterns section in text, Markdown and JSON: the top patterns of the insights
// over the 90 days to the summary's last day, or a line saying that nothing stands out yet.
#pragma once

#include <string>

#include "core/insights.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// The section body in plain text (indented two spaces, no heading).
[[nodiscard]] std::string summary_patterns_text(const core::Insights& insights);

/// The section body in Markdown (no heading).
[[nodiscard]] std::string summary_patterns_markdown(const core::Insights& insights);

/// The section body in HTML (no heading).
[[nodiscard]] std::string summary_patterns_html(const core::Insights& insights);

/// The section as the summary's JSON `patterns` object.
[[nodiscard]] Json summary_patterns_json(const core::Insights& insights);

}  // namespace tend::render
