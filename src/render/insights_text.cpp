// `tend insights` as plain text: a heading per section, its sentences, then its table.
#include "render/insights_view.hpp"
#include "render/insights_words.hpp"

namespace tend::render {

std::string insights_text(const core::Insights& in, const Style& style) {
    std::string out = paint(style, sgr::bold, "Insights for " + words::insights_span(in)) + "\n";
    out += words::insights_coverage(in) + "\n";
    out += words::not_proof;
    out += '\n';
    for (const auto& section : insights_sections(in)) {
        out += "\n" + paint(style, sgr::bold, section.title) + "\n";
        for (const auto& line : section.lines) out += "  " + sanitize(line) + "\n";
        if (!section.columns.empty())
            out += indent_lines(text_table(style, section.columns, section.rows));
    }
    return out;
}

}  // namespace tend::render
