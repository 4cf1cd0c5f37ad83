// The summary's Goals section, in text, Markdown and JSON.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/goal_view.hpp"
#include "render/html.hpp"
#include "render/markdown.hpp"
#include "render/summary_progress.hpp"
#include "render/svg_chart.hpp"

namespace tend::render {
namespace {

/// "first 3 (Tue 10 Nov), latest 5 (Fri 20 Nov)", "rated 4 (Mon 2 Nov)" or "not rated yet".
std::string ratings(const core::Goal& g) {
    if (g.ratings.empty()) return "not rated yet";
    const auto& first = g.ratings.front();
    const auto& last = g.ratings.back();
    if (g.ratings.size() == 1)
        return fmt::format("rated {} ({})", first.rating, core::format_day_short(first.day));
    return fmt::format("first {} ({}), latest {} ({})", first.rating,
                       core::format_day_short(first.day), last.rating,
                       core::format_day_short(last.day));
}

/// "Rating: first 3 (Tue 10 Nov), latest 5 (Fri 20 Nov); 1 of 2 milestones met."
std::string rating_line(const core::GoalProgress& g) {
    auto milestones =
        g.goal.milestones.empty()
            ? std::string("no milestones")
            : fmt::format("{} of {} milestone{} met", g.milestones_met, g.goal.milestones.size(),
                          g.goal.milestones.size() == 1 ? "" : "s");
    return fmt::format("Rating: {}; {}.", ratings(g.goal), milestones);
}

std::string heading(const core::Goal& g) {
    auto out = fmt::format("{}. {}", g.id, g.title);
    if (g.status != core::GoalStatus::open)
        out += fmt::format(" ({} {})", core::goal_status_name(g.status),
                           core::format_day_short(g.end_day.value_or(g.start_day)));
    return out;
}

}  // namespace

std::string goals_text(const core::Progress& p, const Style& style) {
    std::string out = "\n" + paint(style, sgr::bold, "Goals") + "\n";
    if (p.goals.empty()) return out + "  " + words::no_goals + "\n";
    for (const auto& g : p.goals) {
        out += "  " + sanitize(heading(g.goal)) + "\n";
        if (!g.goal.why.empty()) out += "     " + sanitize("Why: " + g.goal.why) + "\n";
        out += "     " + sanitize(rating_line(g)) + "\n";
    }
    return out;
}

std::string goals_markdown(const core::Progress& p) {
    std::string out = "\n## Goals\n\n";
    if (p.goals.empty()) return out + md_escape(words::no_goals) + "\n";
    for (const auto& g : p.goals) {
        out += "- **" + md_escape(heading(g.goal)) + "**\n";
        if (!g.goal.why.empty()) out += "  - " + md_escape_indented("Why: " + g.goal.why, 4) + "\n";
        out += "  - " + md_escape(rating_line(g)) + "\n";
    }
    return out;
}

std::string goals_html(const core::Progress& p) {
    if (p.goals.empty()) return html_paragraph(words::no_goals);
    std::string out = "<ul>\n";
    for (const auto& g : p.goals) {
        std::vector<std::string> lines;
        if (!g.goal.why.empty()) lines.push_back("Why: " + g.goal.why);
        lines.push_back(rating_line(g));
        out += "<li>" + html_element("strong", html_escape(heading(g.goal))) + "\n" +
               html_list(lines) + "</li>\n";
    }
    out += "</ul>\n";
    // Each goal rated at least twice: its ratings as a chart, and in a table beside it.
    for (const auto& g : p.goals) {
        if (g.goal.ratings.size() < 2) continue;
        out += goal_chart_figure(g.goal);
        std::vector<std::vector<std::string>> rows;
        for (const auto& r : g.goal.ratings)
            rows.push_back({core::format_day_short(r.day), std::to_string(r.rating), r.note});
        out += html_table(g.goal.title + " ratings", {"Day", "Rating", "Note"},
                          {false, true, false}, rows);
    }
    return out;
}

Json goals_json(const core::Progress& p) {
    Json out = Json::array();
    for (const auto& g : p.goals) {
        const auto& r = g.goal.ratings;
        out.push_back(
            Json{{"id", g.goal.id},
                 {"title", g.goal.title},
                 {"why", g.goal.why},
                 {"status", core::goal_status_name(g.goal.status)},
                 {"first_rating", r.empty() ? Json(nullptr) : goal_rating_json(r.front())},
                 {"latest_rating", r.empty() ? Json(nullptr) : goal_rating_json(r.back())},
                 {"ratings", r.size()},
                 {"milestones", g.goal.milestones.size()},
                 {"milestones_met", g.milestones_met}});
    }
    return out;
}

}  // namespace tend::render
