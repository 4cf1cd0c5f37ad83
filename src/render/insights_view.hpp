// `tend insights` in text, Markdown and JSON, and the pieces the summary's Patterns section
// shares with it. The sections and their order are the same in every format: the window and
// what was logged, tags, homework, weekdays, parts of day, the trend.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/insights.hpp"
#include "render/json.hpp"
#include "render/table.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// A section of the insights, before it is given a format: sentences (plain, unescaped: they
/// may hold tags and titles), then a table of figures, days and fixed names only.
struct InsightsSection {
    std::string title;
    std::vector<std::string> lines;
    std::vector<Column> columns;  ///< the table's, none for no table
    std::vector<std::vector<std::string>> rows;
};

/// Tags, Homework, Weekdays, Parts of day, Trend.
[[nodiscard]] std::vector<InsightsSection> insights_sections(const core::Insights& insights);

/// Plain text for a terminal or a printer.
[[nodiscard]] std::string insights_text(const core::Insights& insights, const Style& style);

/// GitHub-flavoured Markdown; all user text escaped.
[[nodiscard]] std::string insights_markdown(const core::Insights& insights);

/// Every figure and decision, as one JSON object.
[[nodiscard]] Json insights_json(const core::Insights& insights);

/// One pattern as JSON (a comparison's figures, or the trend's), as the insights and the
/// summary list them.
[[nodiscard]] Json pattern_json(const core::Insights& insights, const core::Pattern& pattern);

}  // namespace tend::render
