#include "render/mood_view.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/dates.hpp"
#include "render/markdown.hpp"
#include "render/table.hpp"
#include "util/text.hpp"

namespace tend::render {
namespace {}  // namespace

Json mood_json(const core::Mood& m) {
    return Json{{"id", m.id},
                {"uuid", m.uuid},
                {"at", json_instant(m.at)},
                {"day", json_day(m.day)},
                {"score", m.score},
                {"note", m.note},
                {"tags", m.tags}};
}

std::string mood_list(const std::vector<core::Mood>& moods, core::Format format,
                      const Style& style) {
    switch (format) {
        case core::Format::json: {
            Json list = Json::array();
            for (const auto& m : moods) list.push_back(mood_json(m));
            return json_text(list);
        }
        case core::Format::markdown: {
            if (moods.empty()) return "*No moods to show.*\n";
            std::vector<std::vector<std::string>> rows;
            for (const auto& m : moods) {
                std::vector<std::string> tags;
                for (const auto& t : m.tags) tags.push_back(md_cell(t));
                rows.push_back({std::to_string(m.id), weekday_and_day(m.day),
                                core::format_hhmm(m.at), std::to_string(m.score),
                                util::join(tags, ", "), md_cell(m.note)});
            }
            return md_table({"ID", "Day", "Time", "Score", "Tags", "Note"},
                            {true, false, false, true, false, false}, rows);
        }
        case core::Format::text:
            break;
    }
    if (moods.empty()) return "No moods to show.\n";
    std::vector<std::vector<std::string>> rows;
    for (const auto& m : moods)
        rows.push_back({std::to_string(m.id), weekday_and_day(m.day), core::format_hhmm(m.at),
                        std::to_string(m.score), util::join(m.tags, ", "), m.note});
    return text_table(
        style,
        {{"ID", Align::right}, {"DAY"}, {"TIME"}, {"SCORE", Align::right}, {"TAGS"}, {"NOTE"}},
        rows);
}

std::string mood_logged(const core::Mood& mood, int nth, core::Day today, const Style& style) {
    auto score = paint(style, sgr::bold, std::to_string(mood.score));
    std::string when = core::format_day_short(mood.day);
    std::string which;
    if (nth > 1)
        which = fmt::format(", the {} {}", util::ordinal(nth),
                            mood.day == today ? "today" : "that day");
    return fmt::format("Logged {} for {}{}.\n", score, when, which);
}

}  // namespace tend::render
