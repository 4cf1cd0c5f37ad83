// HTML pieces for the report: user text escaped so that it is only ever text, and the few
// elements the report is built of. The output is also well-formed XML (every element closed,
// only the entities XML knows, no character XML forbids), so that xmllint can check it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tend::render {

/// User text escaped for an element's content or an attribute's value: control characters and
/// bidirectional controls neutralised as for a terminal (render::sanitize, newlines kept), the
/// characters XML forbids replaced by U+FFFD, and & < > " ' written as entities.
[[nodiscard]] std::string html_escape(std::string_view text);

/// User text as element content: escaped, each line break a <br/>.
[[nodiscard]] std::string html_text(std::string_view text);

/// `<TAG>content</TAG>` with `content` already escaped; `attributes` (already escaped, with
/// their leading space) go inside the opening tag.
[[nodiscard]] std::string html_element(std::string_view tag, std::string_view content,
                                       std::string_view attributes = {});

/// A paragraph of user or report text: escaped, newlines kept by the style sheet.
[[nodiscard]] std::string html_paragraph(std::string_view text);

/// A list of lines, each escaped: `<ul><li>...</li></ul>`; nothing when there are none.
[[nodiscard]] std::string html_list(const std::vector<std::string>& lines);

/// A table with a caption; cells are escaped here. `right` marks right-aligned (figure)
/// columns.
[[nodiscard]] std::string html_table(std::string_view caption,
                                     const std::vector<std::string>& header,
                                     const std::vector<bool>& right,
                                     const std::vector<std::vector<std::string>>& rows);

}  // namespace tend::render
