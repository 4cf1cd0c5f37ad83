#include "render/table.hpp"

#include <algorithm>

#include <utf8cpp/utf8.h>

#include "util/text.hpp"

namespace tend::render {

namespace {

/// Text cut to at most `columns` display columns, with "…" marking a cut.
std::string cut_to_width(const std::string& text, std::size_t columns) {
    if (util::display_width(text) <= columns) return text;
    std::string out;
    std::size_t used = 0;
    auto it = text.begin();
    while (it != text.end()) {
        auto start = it;
        utf8::unchecked::next(it);
        std::string_view piece(&*start, static_cast<std::size_t>(it - start));
        auto w = util::display_width(piece);
        if (used + w + 1 > columns) break;
        out.append(piece);
        used += w;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "…";
}

/// The columns a row takes: every shown column and the two spaces between them.
std::size_t table_width(const std::vector<std::size_t>& width, const std::vector<bool>& shown) {
    std::size_t total = 0, count = 0;
    for (std::size_t c = 0; c < width.size(); ++c)
        if (shown[c]) {
            total += width[c];
            ++count;
        }
    return count == 0 ? 0 : total + 2 * (count - 1);
}

/// Fits the table to `limit` columns (0: no limit): narrows the columns with a floor, the widest
/// first; when that is not enough, leaves out the rightmost optional column and fits again from
/// the natural widths, so that the room it frees goes to the others. Then cuts the cells.
void fit(std::size_t limit, const std::vector<Column>& columns, std::vector<std::size_t>& width,
         std::vector<bool>& shown, std::vector<std::vector<std::string>>& cells) {
    if (limit == 0) return;
    const auto natural = width;
    std::vector<std::size_t> floor(columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c)
        floor[c] = columns[c].floor == 0
                       ? width[c]
                       : std::max(columns[c].floor, util::display_width(columns[c].header));
    while (true) {
        width = natural;
        while (table_width(width, shown) > limit) {
            std::size_t widest = columns.size();
            for (std::size_t c = 0; c < columns.size(); ++c)
                if (shown[c] && width[c] > floor[c] &&
                    (widest == columns.size() || width[c] > width[widest]))
                    widest = c;
            if (widest == columns.size()) break;
            --width[widest];
        }
        if (table_width(width, shown) <= limit) break;
        std::size_t drop = columns.size();
        for (std::size_t c = columns.size(); c > 0 && drop == columns.size(); --c)
            if (shown[c - 1] && columns[c - 1].optional) drop = c - 1;
        if (drop == columns.size()) break;
        shown[drop] = false;
    }
    for (auto& row : cells)
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (columns[c].floor > 0) row[c] = cut_to_width(row[c], width[c]);
}

}  // namespace

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
    std::vector<bool> shown(columns.size(), true);
    fit(style.width, columns, width, shown, cells);
    std::size_t last_shown = 0;
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (shown[c]) last_shown = c;
    auto line = [&](const std::vector<std::string>& row, bool header) {
        std::string out;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (!shown[c]) continue;
            bool last = c == last_shown;
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
