// Plain-text tables for listings: columns aligned by the width text takes on a terminal, a bold
// header on a colour terminal, every cell sanitised.
#pragma once

#include <string>
#include <vector>

#include "render/terminal.hpp"

namespace tend::render {

enum class Align { left, right };

struct Column {
    std::string header;
    Align align = Align::left;
    /// When the table is wider than the style's width, the columns with a floor are cut (with
    /// "…"), the widest first, down to their floor (or their header's width); 0: never cut.
    std::size_t floor = 0;
    /// Left out when the table is still too wide with every column at its floor.
    bool optional = false;
};

/// Lays out rows under a header; the last column is not padded. With a width in the style, the
/// table is fitted to it as Column says; it may stay wider when every column is at its floor.
[[nodiscard]] std::string text_table(const Style& style, const std::vector<Column>& columns,
                                     const std::vector<std::vector<std::string>>& rows);

}  // namespace tend::render
