#include "render/template_view.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/listing.hpp"
#include "render/markdown.hpp"
#include "render/table.hpp"

namespace tend::render {
namespace {

std::string source_text(const core::Template& t) {
    return t.builtin() ? std::string("built-in") : t.path.string();
}

}  // namespace

Json template_json(const core::Template& t) {
    Json prompts = Json::array();
    for (const auto& p : t.prompts)
        prompts.push_back(Json{{"key", p.key}, {"question", p.question}, {"hint", p.hint}});
    return Json{{"name", t.name},
                {"title", t.title},
                {"source", t.builtin() ? "built-in" : "file"},
                {"path", t.builtin() ? Json(nullptr) : Json(t.path.string())},
                {"prompts", prompts}};
}

std::string template_list(const std::vector<core::Template>& templates, core::Format format,
                          const Style& style) {
    if (format == core::Format::json) return json_list(templates, template_json);
    Rows rows;
    for (const auto& t : templates)
        rows.push_back({t.name, std::to_string(t.prompts.size()), t.title, source_text(t)});
    return listing(format, style, {{"Name"}, {"Prompts", Align::right}, {"Title"}, {"Source"}},
                   std::move(rows), "");
}

std::string template_show(const core::Template& t, core::Format format, const Style& style) {
    if (format == core::Format::json) return json_text(template_json(t));
    if (format == core::Format::markdown) {
        std::string out =
            fmt::format("## {}\n\nTemplate {}, {}.\n\n", md_escape(t.title), md_escape(t.name),
                        t.builtin() ? "built in" : "from " + md_escape(t.path.string()));
        std::vector<std::vector<std::string>> rows;
        for (const auto& p : t.prompts)
            rows.push_back({md_cell(p.key), md_cell(p.question), md_cell(p.hint)});
        return out + md_table({"Key", "Question", "Hint"}, {}, rows);
    }
    std::string out = fmt::format("{} ({}, {})\n\n", paint(style, sgr::bold, sanitize(t.title)),
                                  t.name, t.builtin() ? "built in" : sanitize(t.path.string()));
    std::size_t width = 0;
    for (const auto& p : t.prompts) width = std::max(width, p.key.size());
    for (const auto& p : t.prompts) {
        out += fmt::format("  {:<{}}  {}\n", p.key, width, sanitize(p.question));
        if (!p.hint.empty())
            out +=
                fmt::format("  {:<{}}  {}\n", "", width, paint(style, sgr::dim, sanitize(p.hint)));
    }
    return out;
}

std::string questions_intro(const core::Template& t, const std::string& about, const Style& style) {
    std::string heading = sanitize(t.title);
    if (!about.empty()) heading += ": " + about;
    return fmt::format("{}\n{}\n", paint(style, sgr::bold, heading),
                       paint(style, sgr::dim, "Press Enter to skip a question, Ctrl-D to stop."));
}

std::string question_text(const core::Prompt& p, std::size_t index, std::size_t total,
                          const Style& style) {
    std::string out =
        fmt::format("\n({}/{}) {}\n", index, total, paint(style, sgr::bold, sanitize(p.question)));
    if (!p.hint.empty()) out += paint(style, sgr::dim, sanitize(p.hint)) + "\n";
    return out;
}

}  // namespace tend::render
