// GitHub-flavoured Markdown pieces: user text escaped so that it never changes the layout.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tend::render {

/// User text escaped for use inside a paragraph, list item or heading: Markdown and HTML
/// metacharacters backslash-escaped, line breaks kept as hard breaks, control characters
/// neutralised.
[[nodiscard]] std::string md_escape(std::string_view text);

/// As md_escape, with each line after the first indented by `indent` spaces, so that text of
/// several lines stays inside the list item it is written in.
[[nodiscard]] std::string md_escape_indented(std::string_view text, std::size_t indent);

/// User text escaped for a table cell: as md_escape, with `|` escaped and line breaks as <br>.
[[nodiscard]] std::string md_cell(std::string_view text);

/// A GFM table; `right` marks right-aligned columns. Cells must already be escaped.
[[nodiscard]] std::string md_table(const std::vector<std::string>& header,
                                   const std::vector<bool>& right,
                                   const std::vector<std::vector<std::string>>& rows);

}  // namespace tend::render
