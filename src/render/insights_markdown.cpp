// `tend insights` as GitHub-flavoured Markdown: a heading per section, its sentences as a list,
// then its table; every piece of user text escaped.
#include "render/insights_view.hpp"
#include "render/insights_words.hpp"
#include "render/markdown.hpp"

namespace tend::render {

std::string insights_markdown(const core::Insights& in) {
    std::string out = "# Insights for " + md_escape(words::insights_span(in)) + "\n\n";
    out += md_escape(words::insights_coverage(in)) + "\n\n";
    out += md_escape(words::not_proof) + "\n";
    for (const auto& section : insights_sections(in)) {
        out += "\n## " + md_escape(section.title) + "\n\n";
        for (const auto& line : section.lines) out += "- " + md_escape(line) + "\n";
        if (section.columns.empty()) continue;
        // The tables hold figures, days and fixed names, never user text: nothing to escape.
        std::vector<std::string> header;
        std::vector<bool> right;
        for (const auto& c : section.columns) {
            header.push_back(c.header);
            right.push_back(c.align == Align::right);
        }
        out += "\n" + md_table(header, right, section.rows);
    }
    return out;
}

}  // namespace tend::render
