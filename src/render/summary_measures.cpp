// The summary's safety flags and Measures section, in text, Markdown and JSON.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/safety.hpp"
#include "render/dates.hpp"
#include "render/html.hpp"
#include "render/markdown.hpp"
#include "render/measure_view.hpp"
#include "render/summary_progress.hpp"
#include "render/svg_chart.hpp"

namespace tend::render {
namespace {

std::string flag_line(const core::SafetyFlag& f) {
    return core::safety_flag(f.answer, core::format_day_short(f.day)) +
           "; it is worth asking about first.";
}

Json change_json(const std::optional<core::MeasureResult>& from, int total,
                 const std::optional<core::ScoreChange>& change) {
    if (!from) return nullptr;
    return Json{{"from_day", json_day(from->day)},
                {"from_total", from->total},
                {"points", total - from->total},
                {"verdict", change ? Json(core::change_name(*change)) : Json(nullptr)}};
}

}  // namespace

namespace words {

std::string measure_latest(const core::MeasureTrend& t, core::Day from) {
    auto out = t.max_total ? fmt::format("{} {} of {}, {}", t.title, t.latest.total, *t.max_total,
                                         t.latest.band)
                           : fmt::format("{} {}, {}", t.title, t.latest.total, t.latest.band);
    if (t.is_case) out += *t.is_case ? ", in the clinical range" : ", below the clinical range";
    out += fmt::format(" ({}{})", core::format_day_short(t.latest.day),
                       t.in_window(from) ? "" : ", before this window");
    return out;
}

std::vector<std::string> measure_changes(const core::MeasureTrend& t) {
    std::vector<std::string> out;
    auto line = [&](const core::MeasureResult& r, const std::optional<core::ScoreChange>& c,
                    const char* what) {
        auto text = fmt::format("{} since {}{}", signed_number(t.latest.total - r.total), what,
                                core::format_day_short(r.day));
        if (c) text += ": " + std::string(core::change_name(*c));
        out.push_back(text);
    };
    if (t.previous) line(*t.previous, t.since_previous, "");
    if (t.first && t.results > 2) line(*t.first, t.since_first, "the first, ");
    return out;
}

}  // namespace words

std::string safety_flags_text(const core::Progress& p, const Style& style) {
    std::string out;
    for (const auto& f : p.safety)
        out += paint(style, sgr::bold, sanitize("! " + flag_line(f))) + "\n";
    return out;
}

std::string safety_flags_markdown(const core::Progress& p) {
    std::string out;
    for (const auto& f : p.safety) out += "> **" + md_escape(flag_line(f)) + "**\n";
    return out.empty() ? out : out + "\n";
}

Json safety_flags_json(const core::Progress& p) {
    Json out = Json::array();
    for (const auto& f : p.safety)
        out.push_back(Json{{"measure", f.answer.measure},
                           {"item", f.answer.item},
                           {"number", f.answer.number},
                           {"value", f.answer.value},
                           {"label", f.answer.label},
                           {"day", json_day(f.day)}});
    return out;
}

std::string measures_text(const core::Progress& p, core::Day from, const Style& style) {
    std::string out = "\n" + paint(style, sgr::bold, "Measures") + "\n";
    if (p.measures.empty()) return out + "  " + words::no_measures + "\n";
    for (const auto& t : p.measures) {
        out += "  " + sanitize(words::measure_latest(t, from)) + "\n";
        for (const auto& c : words::measure_changes(t)) out += "     " + sanitize(c) + "\n";
    }
    return out;
}

std::string measures_markdown(const core::Progress& p, core::Day from) {
    std::string out = "\n## Measures\n\n";
    if (p.measures.empty()) return out + md_escape(words::no_measures) + "\n";
    for (const auto& t : p.measures) {
        out += "- " + md_escape(words::measure_latest(t, from)) + "\n";
        for (const auto& c : words::measure_changes(t)) out += "  - " + md_escape(c) + "\n";
    }
    return out;
}

std::string safety_flags_html(const core::Progress& p) {
    std::string out;
    for (const auto& f : p.safety)
        out += html_element("p", html_element("strong", html_escape(flag_line(f))),
                            " class=\"flag\"") +
               "\n";
    return out;
}

std::string measures_html(const core::Progress& p, core::Day from,
                          const std::vector<core::MeasureSeries>& series) {
    if (p.measures.empty()) return html_paragraph(words::no_measures);
    std::string out = "<ul>\n";
    for (const auto& t : p.measures)
        out += "<li>" + html_escape(words::measure_latest(t, from)) + "\n" +
               html_list(words::measure_changes(t)) + "</li>\n";
    out += "</ul>\n";
    for (std::size_t i = 0; i < series.size(); ++i) {
        const auto& s = series[i];
        out += measure_chart_figure(s, i);
        std::vector<std::vector<std::string>> rows;
        for (const auto& point : s.points)
            rows.push_back(
                {core::format_day_short(point.day), std::to_string(point.total), point.band});
        out +=
            html_table(s.title + " results", {"Day", "Total", "Band"}, {false, true, false}, rows);
    }
    return out;
}

Json measures_json(const core::Progress& p, core::Day from) {
    Json out = Json::array();
    for (const auto& t : p.measures)
        out.push_back(Json{
            {"measure", t.measure},
            {"title", t.title},
            {"results", t.results},
            {"latest", measure_result_json(t.latest)},
            {"latest_in_window", t.in_window(from)},
            {"max_total", t.max_total ? Json(*t.max_total) : Json(nullptr)},
            {"is_case", t.is_case ? Json(*t.is_case) : Json(nullptr)},
            {"change_since_previous", change_json(t.previous, t.latest.total, t.since_previous)},
            {"change_since_first", change_json(t.first, t.latest.total, t.since_first)}});
    return out;
}

}  // namespace tend::render
