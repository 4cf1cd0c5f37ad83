#include "render/win_view.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/dates.hpp"
#include "render/markdown.hpp"
#include "render/table.hpp"

namespace tend::render {

Json win_json(const core::Win& w) {
    return Json{{"id", w.id},
                {"uuid", w.uuid},
                {"at", json_instant(w.at)},
                {"day", json_day(w.day)},
                {"text", w.text}};
}

std::string win_list(const std::vector<core::Win>& wins, core::Format format, const Style& style) {
    switch (format) {
        case core::Format::json: {
            Json list = Json::array();
            for (const auto& w : wins) list.push_back(win_json(w));
            return json_text(list);
        }
        case core::Format::markdown: {
            if (wins.empty()) return "*No wins to show.*\n";
            std::vector<std::vector<std::string>> rows;
            for (const auto& w : wins)
                rows.push_back({std::to_string(w.id), weekday_and_day(w.day),
                                core::format_hhmm(w.at), md_cell(w.text)});
            return md_table({"ID", "Day", "Time", "Win"}, {true, false, false, false}, rows);
        }
        case core::Format::text:
            break;
    }
    if (wins.empty()) return "No wins to show.\n";
    std::vector<std::vector<std::string>> rows;
    for (const auto& w : wins)
        rows.push_back(
            {std::to_string(w.id), weekday_and_day(w.day), core::format_hhmm(w.at), w.text});
    return text_table(style, {{"ID", Align::right}, {"DAY"}, {"TIME"}, {"WIN"}}, rows);
}

std::string win_noted(const core::Win& win, const Style& style) {
    return fmt::format("Noted a win for {}. {}\n", core::format_day_short(win.day),
                       paint(style, sgr::green, "Well done."));
}

}  // namespace tend::render
