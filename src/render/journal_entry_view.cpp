#include "render/journal_entry_view.hpp"

#include <nlohmann/json.hpp>

#include "render/dates.hpp"
#include "render/listing.hpp"
#include "render/table.hpp"
#include "util/text.hpp"

namespace tend::render {

Json journal_entry_json(const core::JournalEntry& e) {
    return Json{
        {"id", e.id},       {"uuid", e.uuid}, {"at", json_instant(e.at)}, {"day", json_day(e.day)},
        {"title", e.title}, {"body", e.body}, {"starred", e.starred},     {"tags", e.tags}};
}

std::string journal_list(const std::vector<core::JournalEntry>& entries, core::Format format,
                         const Style& style) {
    if (format == core::Format::json) return json_list(entries, journal_entry_json);
    Rows rows;
    for (const auto& e : entries)
        rows.push_back({std::to_string(e.id), weekday_and_day(e.day), core::format_hhmm(e.at),
                        e.starred ? "*" : "", core::journal_heading(e), util::join(e.tags, " ")});
    return listing(format, style,
                   {{"ID", Align::right}, {"Day"}, {"Time"}, {"Star"}, {"Title"}, {"Tags"}},
                   std::move(rows), "No journal entries to show.");
}

}  // namespace tend::render
