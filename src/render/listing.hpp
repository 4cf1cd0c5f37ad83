// A listing declared once: its columns and rows become a Markdown table or a text table (the
// same headers, in capitals), or one line saying there is nothing; JSON lists the records' own
// objects. Every listing command renders through here, so the formats cannot drift apart.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/options.hpp"
#include "render/json.hpp"
#include "render/table.hpp"
#include "render/terminal.hpp"

namespace tend::render {

struct ListColumn {
    std::string_view title;  ///< as Markdown shows it; the text table writes it in capitals
    Align align = Align::left;
    std::size_t floor = 0;  ///< cut no narrower than this to fit the width (Column::floor)
    bool optional = false;  ///< left out when still too wide (Column::optional)
};

using Rows = std::vector<std::vector<std::string>>;

/// A listing's cell for a record the client marked private: "its text (private)".
[[nodiscard]] std::string private_marked(const std::string& text);

/// The rows, unescaped, as a Markdown or text table; `nothing` (a sentence) when there are none.
[[nodiscard]] std::string listing(core::Format format, const Style& style,
                                  const std::vector<ListColumn>& columns, Rows rows,
                                  std::string_view nothing);

/// The records as a JSON array, each the object `to_json` makes of it.
template <class Items, class ToJson>
[[nodiscard]] std::string json_list(const Items& items, ToJson to_json) {
    Json list = Json::array();
    for (const auto& item : items) list.push_back(to_json(item));
    return json_text(list);
}

}  // namespace tend::render
