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
};

/// Lays out rows under a header; the last column is not padded.
[[nodiscard]] std::string text_table(const Style& style, const std::vector<Column>& columns,
                                     const std::vector<std::vector<std::string>>& rows);

}  // namespace tend::render
