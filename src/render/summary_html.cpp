// The summary as one HTML page with inline SVG charts.
#include "render/summary_html.hpp"

#include <fmt/format.h>

#include "render/html.hpp"
#include "render/mood_stats_view.hpp"
#include "render/summary_entries.hpp"
#include "render/summary_patterns.hpp"
#include "render/summary_progress.hpp"
#include "render/summary_words.hpp"
#include "render/svg_chart.hpp"

namespace tend::render {
namespace {

// The page's only styles. Shapes, hatching and shades of grey carry every distinction, so
// that a black-and-white printout loses nothing; charts and sections are never split across
// pages where they fit on one.
constexpr const char* report_style_sheet = R"(
:root { color-scheme: light; }
body { font: 11pt/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #111;
  background: #fff; margin: 0 auto; max-width: 50rem; padding: 1.5rem; }
h1 { font-size: 1.45rem; margin: 0 0 .4rem; }
h2 { font-size: 1.1rem; border-bottom: 1px solid #777; margin: 1.1rem 0 .4rem;
  padding-bottom: .1rem; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 1rem; margin: .7rem 0 .2rem; break-after: avoid; }
p, ul, dl { margin: .25rem 0; }
ul { padding-left: 1.3rem; }
dt { font-weight: 600; }
dd { margin: 0 0 .3rem 1.2rem; }
.flag { border: 2px solid #000; padding: .3rem .6rem; }
section, figure.chart { break-inside: avoid; page-break-inside: avoid; }
figure.chart { margin: .5rem 0; }
figcaption { font-size: .85rem; color: #333; }
svg.chart { display: block; max-width: 100%; height: auto;
  font-family: system-ui, sans-serif; font-size: 10px; }
svg .label { fill: #222; }
svg .item { fill: #111; font-size: 11px; }
svg .count { fill: #000; font-size: 9px; }
svg .grid { stroke: #d5d5d5; stroke-width: 1; }
svg .axis { stroke: #555; stroke-width: 1; }
svg .hatch { stroke: #9a9a9a; stroke-width: 1.5; }
svg .none { stroke: none; }
svg .mean { fill: none; stroke: #08306b; stroke-width: 2; }
svg .dot { fill: #2171b5; stroke: #fff; stroke-width: 1; }
svg .range { fill: #c6dbef; stroke: #2171b5; stroke-width: 1; }
svg .hw-done { fill: #1b7837; stroke: #000; stroke-width: 1; }
svg .hw-plan { fill: #a6dba0; stroke: #000; stroke-width: 1; }
svg .hw-skipped { stroke: #b35806; stroke-width: 2.5; }
svg .hw-missed { fill: none; stroke: #d73027; stroke-width: 2; }
svg .hw-pending { fill: none; stroke: #555; stroke-width: 1.5; stroke-dasharray: 2 2; }
svg .hw-off { stroke: #9a9a9a; stroke-width: 1.5; }
svg .share { fill: #1b7837; }
svg .band { stroke: #fff; stroke-width: .5; }
svg .band-0 { fill: #f5f5f5; }
svg .band-1 { fill: #e3e3e3; }
svg .band-2 { fill: #d0d0d0; }
svg .band-3 { fill: #bdbdbd; }
svg .band-4 { fill: #a9a9a9; }
table { border-collapse: collapse; margin: .3rem 0 .7rem; font-size: .85rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .15rem; }
th, td { border: 1px solid #bbb; padding: .05rem .4rem; text-align: left; vertical-align: top; }
thead th { background: #eee; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
@page { margin: 10mm 11mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 8pt; line-height: 1.25; }
  p, ul, dl { margin: .1rem 0; }
  th, td { padding: 0 .3rem; }
  h1 { font-size: 1.25rem; }
  h2 { font-size: 1rem; margin: .45rem 0 .2rem; }
  section { break-inside: auto; page-break-inside: auto; }
  svg.chart { max-height: 36mm; width: auto; }
  table { font-size: 7pt; margin: .1rem 0 .3rem; line-height: 1.15; }
  thead th { background: none; }
}
)";

/// Writes a section: its heading, then its body as it is, so that a body of megabytes (the
/// homework of years) is never copied into a larger string.
std::string section_start(std::string_view id, std::string_view title) {
    return fmt::format("<section id=\"{}\">\n<h2>{}</h2>\n", id, html_escape(title));
}

void write_section(const HtmlSink& write, std::string_view id, std::string_view title,
                   std::string_view body) {
    write(section_start(id, title));
    write(body);
    write("</section>\n");
}

/// The homework section's figures: a row per day (or week), a column per item.
std::string report_homework_table(const core::Summary& s,
                                  const std::vector<core::HomeworkGridRow>& rows) {
    if (rows.empty()) return {};
    std::vector<std::string> header{core::shown_by_week(s.window.days()) ? "Week" : "Day"};
    for (const auto& r : rows) header.push_back(fmt::format("{}. {}", r.homework_id, r.title));
    std::vector<bool> right(header.size(), false);
    std::vector<std::vector<std::string>> cells;
    auto days = rows.front().marks.size();
    if (!core::shown_by_week(s.window.days())) {
        for (std::size_t i = 0; i < days; ++i) {
            std::vector<std::string> row{
                core::format_day_short(core::add_days(s.window.from, static_cast<int>(i)))};
            for (const auto& r : rows) row.emplace_back(core::homework_mark_name(r.marks[i]));
            cells.push_back(std::move(row));
        }
        return html_table("Homework by day", header, right, cells);
    }
    for (std::size_t i = 0; i < days;) {
        auto first = core::add_days(s.window.from, static_cast<int>(i));
        std::size_t end = i + 1;
        while (end < days &&
               core::weekday_index(core::add_days(s.window.from, static_cast<int>(end))) != 0)
            ++end;
        auto last = core::add_days(s.window.from, static_cast<int>(end) - 1);
        std::vector<std::string> row{first == last ? core::format_day_short(first)
                                                   : core::format_day_short(first) + " to " +
                                                         core::format_day_short(last)};
        for (const auto& r : rows) {
            int done = 0, plan = 0, skipped = 0, asked = 0;
            for (std::size_t d = i; d < end; ++d) {
                auto m = r.marks[d];
                done += m == core::HomeworkMark::done || m == core::HomeworkMark::plan;
                plan += m == core::HomeworkMark::plan;
                skipped += m == core::HomeworkMark::skipped;
                asked += m != core::HomeworkMark::not_scheduled;
            }
            if (asked == 0) {
                row.emplace_back("not scheduled");
                continue;
            }
            auto cell = fmt::format("{} of {} done", done, asked);
            if (plan > 0) cell += fmt::format(", {} with the plan", plan);
            if (skipped > 0) cell += fmt::format(", {} skipped", skipped);
            row.push_back(cell);
        }
        cells.push_back(std::move(row));
        i = end;
    }
    return html_table("Homework by week", header, right, cells);
}

/// The homework section, its list, grid and table written one after another: over years the
/// grid alone is megabytes.
void write_homework_section(const HtmlSink& write, const core::Summary& s,
                            const core::ChartFacts& charts) {
    write(section_start("homework", "Homework"));
    if (s.homework.empty()) {
        write(html_paragraph(words::no_homework));
    } else {
        std::string out = "<ul>\n";
        for (const auto& h : s.homework)
            out += "<li>" +
                   html_element("strong",
                                html_escape(fmt::format("{}. {}", h.homework.id,
                                                        words::homework_heading(h.homework)))) +
                   "\n" + html_list(words::homework_details(h)) + "</li>\n";
        out += "</ul>\n";
        write(out);
        write(homework_grid_figure(charts.homework, s.window.from));
        write(report_homework_table(s, charts.homework));
    }
    write("</section>\n");
}

std::string report_wins_html(const core::Summary& s) {
    if (s.wins.empty()) return html_paragraph(words::no_wins);
    std::vector<std::string> lines;
    for (const auto& w : s.wins) lines.push_back(core::format_day_short(w.day) + ": " + w.text);
    return html_list(lines);
}

}  // namespace

void write_summary_html(const core::Summary& s, const core::ChartFacts& charts,
                        const HtmlSink& write) {
    auto title = "Summary for " + words::window_span(s.window);
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n";
    out += fmt::format("<meta http-equiv=\"Content-Security-Policy\" content=\"{}\"/>\n",
                       report_content_security_policy);
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n";
    out += "<meta name=\"generator\" content=\"tend\"/>\n";
    out += html_element("title", html_escape(title)) + "\n";
    out += html_element("style", report_style_sheet) + "\n</head>\n<body>\n<main>\n";
    out += "<header>\n" + html_element("h1", html_escape(title)) + "\n";
    out += safety_flags_html(s.progress);
    out += html_paragraph(words::window_basis(s));
    out += html_paragraph(words::next_session(s));
    if (auto left_out = words::private_left_out(s); !left_out.empty())
        out += html_paragraph(left_out);
    out += "</header>\n";
    write(out);
    // Each section is made, written and let go in turn: the page is never held whole.
    write_section(write, "mood", "Mood", mood_stats_html(s.mood, charts.moods));
    write_section(write, "patterns", "Patterns", summary_patterns_html(s.insights));
    write_homework_section(write, s, charts);
    write_section(write, "last-session", "From the last session", last_session_html(s));
    write_section(write, "worksheets", "Worksheets", worksheets_html(s));
    write_section(write, "wins", "Wins", report_wins_html(s));
    if (!s.journal.empty()) {
        std::vector<std::string> lines;
        for (const auto& e : s.journal) lines.push_back(words::journal_line(e));
        write_section(write, "journal", "Journal", html_list(lines));
    }
    write_section(
        write, "prep", "Prep",
        s.prep ? entry_answers_html(*s.prep, "discuss") : html_paragraph(words::no_prep(s)));
    write_section(write, "measures", "Measures",
                  measures_html(s.progress, s.window.from, charts.measures));
    write_section(write, "goals", "Goals", goals_html(s.progress));
    write_section(write, "across", "Across sessions", across_html(s.progress));
    write_section(write, "gaps", "Gaps", html_list(words::gaps(s)));
    write("</main>\n</body>\n</html>\n");
}

std::string summary_html(const core::Summary& s, const core::ChartFacts& charts) {
    std::string out;
    write_summary_html(s, charts, [&out](std::string_view piece) { out += piece; });
    return out;
}

}  // namespace tend::render
