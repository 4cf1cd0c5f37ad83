#include "render/daylio_view.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/terminal.hpp"
#include "render/transfer_view.hpp"

namespace tend::render {

std::string daylio_import_line(const core::ImportReport& report, const DaylioCounts& here,
                               std::string_view source) {
    auto total = report.total();
    std::string notes;
    for (const auto& n : report.notes) {
        const auto& kind = core::record_kinds()[n.kind];
        notes += fmt::format("{}{} {} {}", notes.empty() ? "" : "; ", n.count,
                             n.count == 1 ? kind.one : kind.many, n.what);
    }
    return fmt::format("Imported {}: {} added, {} updated, {} unchanged, {} skipped{}.\n",
                       sanitize(source), total.added, here.updated, here.unchanged + total.present,
                       total.skipped, notes.empty() ? "" : " (" + notes + ")");
}

Json daylio_import_json(const core::ImportReport& report, const DaylioCounts& here,
                        std::string_view source, std::string_view from) {
    auto json = import_json(report, source, from);
    auto present = report.total().present + here.updated + here.unchanged;
    json["already_present"] = present;
    json["updated"] = here.updated;
    json["unchanged"] = here.unchanged + report.total().present;
    auto& moods = json["kinds"]["moods"];
    moods["already_present"] = present;
    moods["updated"] = here.updated;
    moods["unchanged"] = here.unchanged + report.total().present;
    return json;
}

}  // namespace tend::render
