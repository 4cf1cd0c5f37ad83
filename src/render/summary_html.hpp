// The pre-session summary as one self-contained HTML5 page: the sections of the text view in
// its order, with inline SVG charts (mood, homework, measures), each with a title, a
// description and its figures in a table. No script and no external resource (a
// Content-Security-Policy forbids them), all user text escaped, and a print style sheet for A4
// and US Letter. The page is also well-formed XML.
#pragma once

#include <string>

#include "core/summary.hpp"
#include "core/summary_charts.hpp"

namespace tend::render {

/// The report: `charts` holds what the charts draw beyond the summary's own figures.
[[nodiscard]] std::string summary_html(const core::Summary& summary,
                                       const core::ChartFacts& charts);

/// The policy the page carries: nothing may load or run; only its own inline styles apply.
inline constexpr const char* report_content_security_policy =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

}  // namespace tend::render
