#include "render/win_view.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/dates.hpp"
#include "render/listing.hpp"
#include "render/markdown.hpp"
#include "render/table.hpp"

namespace tend::render {

Json win_json(const core::Win& w) {
    Json out{{"id", w.id},
             {"uuid", w.uuid},
             {"at", json_instant(w.at)},
             {"day", json_day(w.day)},
             {"text", w.text}};
    if (w.is_private) out["private"] = true;  // only where set, as in the export
    return out;
}

std::string win_list(const std::vector<core::Win>& wins, core::Format format, const Style& style) {
    if (format == core::Format::json) return json_list(wins, win_json);
    Rows rows;
    for (const auto& w : wins)
        rows.push_back({std::to_string(w.id), weekday_and_day(w.day), core::format_hhmm(w.at),
                        w.is_private ? private_marked(w.text) : w.text});
    return listing(format, style, {{"ID", Align::right}, {"Day"}, {"Time"}, {"Win"}},
                   std::move(rows), "No wins to show.");
}

std::string win_noted(const core::Win& win, const Style& style) {
    return fmt::format("Noted a win for {}. {}\n", core::format_day_short(win.day),
                       paint(style, sgr::green, "Well done."));
}

}  // namespace tend::render
