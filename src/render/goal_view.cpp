#include "render/goal_view.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/dates.hpp"
#include "render/listing.hpp"
#include "render/markdown.hpp"
#include "render/table.hpp"

namespace tend::render {
namespace {

std::string latest_rating(const core::Goal& g) {
    if (g.ratings.empty()) return "-";
    return std::to_string(g.ratings.back().rating);
}

std::string milestone_count(const core::Goal& g) {
    auto met = std::count_if(g.milestones.begin(), g.milestones.end(),
                             [](const core::Milestone& m) { return m.done_at.has_value(); });
    return fmt::format("{}/{}", met, g.milestones.size());
}

std::string status_words(const core::Goal& g) {
    if (g.status == core::GoalStatus::open) return "open";
    return fmt::format("{} {}", core::goal_status_name(g.status),
                       g.end_day ? core::format_day_short(*g.end_day) : "");
}

/// The lines of a card, plain (the caller makes them safe or escapes them).
struct CardLines {
    std::vector<std::string> head;        ///< why, status, since
    std::vector<std::string> milestones;  ///< "[x] 1. text"
    std::vector<std::string> ratings;     ///< "Mon 2 Nov  4  note"
    std::vector<std::string> homework;    ///< "hw 3 title: adherence"
};

CardLines card_lines(const core::Goal& g, const std::vector<HomeworkLine>& homework) {
    CardLines c;
    if (!g.why.empty()) c.head.push_back("Why: " + g.why);
    c.head.push_back(fmt::format("Set on {}; {}.", weekday_and_day(g.start_day), status_words(g)));
    c.head.push_back(fmt::format("Rating: {}.", rating_span(g)));
    for (const auto& m : g.milestones)
        c.milestones.push_back(fmt::format(
            "[{}] {}. {}{}", m.done_at ? "x" : " ", m.position, m.text,
            m.done_at ? fmt::format(" (met {})", weekday_and_day(core::day_of(*m.done_at))) : ""));
    for (const auto& r : g.ratings)
        c.ratings.push_back(fmt::format("{}: {}/10{}", weekday_and_day(r.day), r.rating,
                                        r.note.empty() ? "" : " - " + r.note));
    for (const auto& line : homework)
        c.homework.push_back(fmt::format("hw {} {}: {}", line.homework.id, line.homework.title,
                                         adherence_sentence(line.adherence)));
    return c;
}

}  // namespace

Json goal_rating_json(const core::GoalRating& r) {
    return Json{{"id", r.id},
                {"uuid", r.uuid},
                {"goal_id", r.goal_id},
                {"at", json_instant(r.at)},
                {"day", json_day(r.day)},
                {"rating", r.rating},
                {"note", r.note}};
}

Json goal_json(const core::Goal& g) {
    Json milestones = Json::array();
    for (const auto& m : g.milestones)
        milestones.push_back(
            Json{{"number", m.position},
                 {"text", m.text},
                 {"done", m.done_at.has_value()},
                 {"done_at", m.done_at ? json_instant(*m.done_at) : Json(nullptr)}});
    Json ratings = Json::array();
    for (const auto& r : g.ratings) ratings.push_back(goal_rating_json(r));
    return Json{{"id", g.id},
                {"uuid", g.uuid},
                {"title", g.title},
                {"why", g.why},
                {"status", core::goal_status_name(g.status)},
                {"start_day", json_day(g.start_day)},
                {"end_day", g.end_day ? json_day(*g.end_day) : Json(nullptr)},
                {"milestones", milestones},
                {"ratings", ratings}};
}

std::string milestones_met(const core::Goal& g) {
    if (g.milestones.empty()) return "no milestones";
    auto met = std::count_if(g.milestones.begin(), g.milestones.end(),
                             [](const core::Milestone& m) { return m.done_at.has_value(); });
    return fmt::format("{} of {} milestone{} met", met, g.milestones.size(),
                       g.milestones.size() == 1 ? "" : "s");
}

std::string rating_span(const core::Goal& g) {
    if (g.ratings.empty()) return "not rated yet";
    const auto& first = g.ratings.front();
    const auto& last = g.ratings.back();
    if (g.ratings.size() == 1)
        return fmt::format("rated {} ({})", first.rating, weekday_and_day(first.day));
    return fmt::format("first {} ({}), latest {} ({})", first.rating, weekday_and_day(first.day),
                       last.rating, weekday_and_day(last.day));
}

std::string goal_list(const std::vector<core::Goal>& goals, bool all, core::Format format,
                      const Style& style) {
    if (format == core::Format::json) return json_list(goals, goal_json);
    Rows rows;
    for (const auto& g : goals)
        rows.push_back(
            {std::to_string(g.id), g.title, latest_rating(g), milestone_count(g), status_words(g)});
    return listing(format, style,
                   {{"ID", Align::right},
                    {"Goal"},
                    {"Rating", Align::right},
                    {"Milestones", Align::right},
                    {"Status"}},
                   std::move(rows),
                   all ? "No goals yet (tend goal add TITLE sets one)."
                       : "No open goals (tend goal add TITLE sets one; --all shows closed ones).");
}

std::string goal_card(const core::Goal& g, const std::vector<HomeworkLine>& homework,
                      core::Format format, const Style& style) {
    if (format == core::Format::json) {
        auto out = goal_json(g);
        Json hw = Json::array();
        for (const auto& line : homework)
            hw.push_back(Json{{"id", line.homework.id},
                              {"title", line.homework.title},
                              {"status", core::homework_status_name(line.homework.status)},
                              {"adherence", adherence_json(line.adherence)}});
        out["homework"] = hw;
        return json_text(out);
    }
    auto c = card_lines(g, homework);
    auto section = [](std::string& out, const char* title, const std::vector<std::string>& lines,
                      const char* none, bool markdown) {
        out += markdown ? fmt::format("\n### {}\n\n", title) : fmt::format("\n{}:\n", title);
        if (lines.empty()) {
            out += markdown ? fmt::format("*{}*\n", none) : fmt::format("  {}\n", none);
            return;
        }
        for (const auto& l : lines)
            out +=
                markdown ? fmt::format("- {}\n", md_escape(l)) : fmt::format("  {}\n", sanitize(l));
    };
    bool md = format == core::Format::markdown;
    std::string out =
        md ? fmt::format("## Goal {}: {}\n\n", g.id, md_escape(g.title))
           : paint(style, sgr::bold, fmt::format("Goal {}: {}", g.id, sanitize(g.title))) + "\n";
    for (const auto& l : c.head) out += md ? md_escape(l) + "  \n" : sanitize(l) + "\n";
    section(out, "Milestones", c.milestones, "None (tend goal edit ID --milestone TEXT adds one).",
            md);
    section(out, "Ratings", c.ratings, "None yet (tend goal rate ID 0-10).", md);
    section(out, "Homework", c.homework, "None serves it yet (tend hw add TITLE --goal ID).", md);
    return out;
}

std::string goal_added(const core::Goal& g) {
    return fmt::format("Added goal {}: \"{}\" ({}).\n", g.id, sanitize(g.title),
                       g.milestones.empty() ? "no milestones"
                                            : fmt::format("{} milestone{}", g.milestones.size(),
                                                          g.milestones.size() == 1 ? "" : "s"));
}

std::string goal_rated(const core::Goal& g, const core::GoalRating& r) {
    std::string was;
    for (const auto& earlier : g.ratings)
        if (earlier.id != r.id && earlier.at.utc <= r.at.utc)
            was = fmt::format(" (was {} on {})", earlier.rating, weekday_and_day(earlier.day));
    return fmt::format("Rated goal {} at {} of 10{}.\n", g.id, r.rating, was);
}

}  // namespace tend::render
