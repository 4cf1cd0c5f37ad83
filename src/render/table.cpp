#include "render/table.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace tend::render {

std::string text_table(const Style& style, const std::vector<Column>& columns,
                       const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::vector<std::string>> cells;
    cells.reserve(rows.size());
    std::vector<std::size_t> width(columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c)
        width[c] = util::display_width(columns[c].header);
    for (const auto& row : rows) {
        auto& clean = cells.emplace_back();
        for (std::size_t c = 0; c < columns.size(); ++c) {
            clean.push_back(c < row.size() ? sanitize(row[c]) : std::string());
            width[c] = std::max(width[c], util::display_width(clean.back()));
        }
    }
    auto line = [&](const std::vector<std::string>& row, bool header) {
        std::string out;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            bool last = c + 1 == columns.size();
            std::size_t pad = width[c] - util::display_width(row[c]);
            std::string cell;
            if (columns[c].align == Align::right) cell.append(pad, ' ');
            cell += row[c];
            if (columns[c].align == Align::left && !last) cell.append(pad, ' ');
            out += header ? paint(style, sgr::bold, cell) : cell;
            if (!last) out += "  ";
        }
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out + "\n";
    };
    std::vector<std::string> header;
    for (const auto& col : columns) header.push_back(col.header);
    std::string out = line(header, true);
    for (const auto& row : cells) out += line(row, false);
    return out;
}

}  // namespace tend::render
