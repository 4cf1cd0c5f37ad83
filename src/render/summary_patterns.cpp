#include "render/summary_patterns.hpp"

#include <vector>

#include <nlohmann/json.hpp>

#include "render/html.hpp"
#include "render/insights_view.hpp"
#include "render/insights_words.hpp"
#include "render/markdown.hpp"

namespace tend::render {
namespace {

/// The section as sentences: where the patterns come from, each one, and that none is a cause.
std::vector<std::string> sentences(const core::Insights& in) {
    auto top = in.top_patterns();
    if (top.empty()) return {words::nothing_stands_out(in)};
    std::vector<std::string> out{"Over " + words::insights_span(in) +
                                 "; tend insights shows the rest."};
    for (const auto& p : top) out.push_back(words::pattern_sentence(in, p));
    out.emplace_back(words::not_proof);
    return out;
}

}  // namespace

std::string summary_patterns_text(const core::Insights& in) {
    std::string out;
    for (const auto& s : sentences(in)) out += "  " + sanitize(s) + "\n";
    return out;
}

std::string summary_patterns_markdown(const core::Insights& in) {
    auto lines = sentences(in);
    if (lines.size() == 1) return md_escape(lines.front()) + "\n";
    std::string out = md_escape(lines.front()) + "\n\n";
    for (std::size_t i = 1; i + 1 < lines.size(); ++i) out += "- " + md_escape(lines[i]) + "\n";
    return out + "\n" + md_escape(lines.back()) + "\n";
}

std::string summary_patterns_html(const core::Insights& in) {
    auto lines = sentences(in);
    if (lines.size() == 1) return html_paragraph(lines.front());
    std::vector<std::string> items(lines.begin() + 1, lines.end() - 1);
    return html_paragraph(lines.front()) + html_list(items) + html_paragraph(lines.back());
}

Json summary_patterns_json(const core::Insights& in) {
    Json items = Json::array();
    for (const auto& p : in.top_patterns()) items.push_back(pattern_json(in, p));
    return Json{{"since", json_day(in.from)},
                {"until", json_day(in.to)},
                {"days_logged", in.days_logged},
                {"enough_to_compare", in.enough_to_compare},
                {"items", items}};
}

}  // namespace tend::render
