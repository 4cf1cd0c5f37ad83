// The summary's Across sessions section: one row per session-to-session window, in text,
// Markdown and JSON. A window with nothing logged says so, rather than being left out.
#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/dates.hpp"
#include "render/html.hpp"
#include "render/markdown.hpp"
#include "render/mood_stats_view.hpp"
#include "render/summary_progress.hpp"
#include "render/table.hpp"

namespace tend::render {
namespace {

const std::vector<std::string> headers = {"From", "To", "Mood", "Homework", "Measures"};

std::string basis(const core::Progress& p) {
    return p.across_by_session
               ? "From each session held to the next; the last to the summary's end."
               : "No session held yet, so by week.";
}

}  // namespace

namespace words {

std::vector<std::string> across_cells(const core::AcrossRow& r) {
    std::string mood =
        r.mood_mean ? fmt::format("{:.1f} ({} of {} days)", *r.mood_mean, r.days_logged, r.days)
                    : fmt::format("none logged ({} days)", r.days);
    std::string homework =
        r.homework_scheduled == 0
            ? "nothing due"
            : fmt::format(
                  "{} of {} ({}%)", r.homework_done, r.homework_scheduled,
                  static_cast<int>(std::lround(100.0 * r.homework_done / r.homework_scheduled)));
    std::string scores;
    for (const auto& s : r.scores)
        scores += fmt::format("{}{} {}", scores.empty() ? "" : ", ", s.title, s.total);
    if (scores.empty()) scores = "-";
    return {core::format_day_short(r.from), core::format_day_short(r.to), mood, homework, scores};
}

}  // namespace words

std::string across_text(const core::Progress& p, const Style& style) {
    std::string out = "\n" + paint(style, sgr::bold, "Across sessions") + "\n";
    if (p.across.empty()) return out + "  " + words::nothing_across + "\n";
    out += "  " + basis(p) + "\n";
    std::vector<std::vector<std::string>> rows;
    for (const auto& r : p.across) rows.push_back(words::across_cells(r));
    std::vector<Column> columns;
    for (const auto& h : headers) columns.push_back({h});
    auto table = text_table(style, columns, rows);
    std::size_t start = 0;
    while (start < table.size()) {
        auto nl = table.find('\n', start);
        if (nl == std::string::npos) nl = table.size();
        out += "  " + table.substr(start, nl - start) + "\n";
        start = nl + 1;
    }
    return out;
}

std::string across_markdown(const core::Progress& p) {
    std::string out = "\n## Across sessions\n\n";
    if (p.across.empty()) return out + md_escape(words::nothing_across) + "\n";
    out += md_escape(basis(p)) + "\n\n";
    std::vector<std::vector<std::string>> rows;
    for (const auto& r : p.across) {
        auto cells = words::across_cells(r);
        for (auto& c : cells) c = md_cell(c);
        rows.push_back(cells);
    }
    return out + md_table(headers, {false, false, false, false, false}, rows);
}

std::string across_html(const core::Progress& p) {
    if (p.across.empty()) return html_paragraph(words::nothing_across);
    std::vector<std::vector<std::string>> rows;
    for (const auto& r : p.across) rows.push_back(words::across_cells(r));
    return html_paragraph(basis(p)) +
           html_table("Across sessions", headers, {false, false, true, true, false}, rows);
}

Json across_json(const core::Progress& p) {
    Json rows = Json::array();
    for (const auto& r : p.across) {
        Json scores = Json::array();
        for (const auto& s : r.scores)
            scores.push_back(Json{{"title", s.title}, {"total", s.total}});
        rows.push_back(
            Json{{"since", json_day(r.from)},
                 {"until", json_day(r.to)},
                 {"days", r.days},
                 {"days_logged", r.days_logged},
                 {"mood_mean", r.mood_mean ? Json(two_decimals(*r.mood_mean)) : Json(nullptr)},
                 {"homework_done", r.homework_done},
                 {"homework_scheduled", r.homework_scheduled},
                 {"scores", scores}});
    }
    return Json{{"basis", p.across_by_session ? "sessions" : "weeks"}, {"rows", rows}};
}

}  // namespace tend::render
