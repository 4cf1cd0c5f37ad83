#include "render/mood_view.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/dates.hpp"
#include "render/listing.hpp"
#include "render/markdown.hpp"
#include "render/table.hpp"
#include "util/text.hpp"

namespace tend::render {
namespace {}  // namespace

Json mood_json(const core::Mood& m) {
    Json out{{"id", m.id},
             {"uuid", m.uuid},
             {"at", json_instant(m.at)},
             {"day", json_day(m.day)},
             {"score", m.score},
             {"note", m.note},
             {"tags", m.tags}};
    if (m.is_private) out["private"] = true;  // only where set, as in the export
    return out;
}

std::string mood_list(const std::vector<core::Mood>& moods, core::Format format,
                      const Style& style) {
    if (format == core::Format::json) return json_list(moods, mood_json);
    Rows rows;
    for (const auto& m : moods)
        rows.push_back({std::to_string(m.id), weekday_and_day(m.day), core::format_hhmm(m.at),
                        std::to_string(m.score), util::join(m.tags, ", "),
                        m.is_private ? private_marked(m.note) : m.note});
    return listing(
        format, style,
        {{"ID", Align::right}, {"Day"}, {"Time"}, {"Score", Align::right}, {"Tags"}, {"Note"}},
        std::move(rows), "No moods to show.");
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
