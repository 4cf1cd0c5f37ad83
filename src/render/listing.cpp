#include "render/listing.hpp"

#include <fmt/format.h>

#include "render/markdown.hpp"

namespace tend::render {

std::string listing(core::Format format, const Style& style, const std::vector<ListColumn>& columns,
                    Rows rows, std::string_view nothing) {
    bool md = format == core::Format::markdown;
    if (rows.empty() && !nothing.empty())
        return md ? fmt::format("*{}*\n", md_escape(nothing)) : fmt::format("{}\n", nothing);
    if (md) {
        std::vector<std::string> header;
        std::vector<bool> right;
        for (const auto& c : columns) {
            header.emplace_back(c.title);
            right.push_back(c.align == Align::right);
        }
        for (auto& row : rows)
            for (auto& cell : row) cell = md_cell(cell);
        return md_table(header, right, rows);
    }
    std::vector<Column> text_columns;
    for (const auto& c : columns) {
        std::string header(c.title);
        for (auto& ch : header)
            if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
        text_columns.push_back({header, c.align, c.floor, c.optional});
    }
    return text_table(style, text_columns, rows);
}

std::string private_marked(const std::string& text) {
    return text.empty() ? std::string("(private)") : text + " (private)";
}

}  // namespace tend::render
