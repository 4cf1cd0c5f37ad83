// `tend insights` as plain text: a heading per section, its sentences, then its table.
#include "render/insights_view.hpp"
#include "render/insights_words.hpp"

namespace tend::render {
namespace {

/// The table indented by two spaces, as the sentences are.
std::string indented(const std::string& table) {
    std::string out;
    std::size_t start = 0;
    while (start < table.size()) {
        auto nl = table.find('\n', start);
        if (nl == std::string::npos) nl = table.size() - 1;
        out += "  " + table.substr(start, nl - start + 1);
        start = nl + 1;
    }
    return out;
}

}  // namespace

std::string insights_text(const core::Insights& in, const Style& style) {
    std::string out = paint(style, sgr::bold, "Insights for " + words::insights_span(in)) + "\n";
    out += words::insights_coverage(in) + "\n";
    out += words::not_proof;
    out += '\n';
    for (const auto& section : insights_sections(in)) {
        out += "\n" + paint(style, sgr::bold, section.title) + "\n";
        for (const auto& line : section.lines) out += "  " + sanitize(line) + "\n";
        if (!section.columns.empty())
            out += indented(text_table(style, section.columns, section.rows));
    }
    return out;
}

}  // namespace tend::render
