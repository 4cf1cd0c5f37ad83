// The pre-session summary as one self-contained HTML5 page: the sections of the text view in
// its order, with inline SVG charts (mood, homework, measures), each with a title, a
// description and its figures in a table. No script and no external resource (a
// Content-Security-Policy forbids them), all user text escaped, and a print style sheet for A4
// and US Letter. The page is also well-formed XML.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/summary.hpp"
#include "core/summary_charts.hpp"

namespace tend::render {

/// Where the report goes, piece by piece (each piece whole UTF-8).
using HtmlSink = std::function<void(std::string_view)>;

/// The report: `charts` holds what the charts draw beyond the summary's own figures.
[[nodiscard]] std::string summary_html(const core::Summary& summary,
                                       const core::ChartFacts& charts);

/// The same report written section by section to `write`, holding no more than a section.
void write_summary_html(const core::Summary& summary, const core::ChartFacts& charts,
                        const HtmlSink& write);

/// The policy the page carries: nothing may load or run; only its own inline styles apply.
inline constexpr const char* report_content_security_policy =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

}  // namespace tend::render
