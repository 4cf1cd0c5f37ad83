#include "render/transfer_view.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/terminal.hpp"

namespace tend::render {

std::string import_line(const core::ImportReport& report, std::string_view source) {
    auto total = report.total();
    std::string notes;
    for (const auto& n : report.notes) {
        const auto& kind = core::record_kinds()[n.kind];
        notes += fmt::format("{}{} {} {}", notes.empty() ? "" : "; ", n.count,
                             n.count == 1 ? kind.one : kind.many, n.what);
    }
    return fmt::format(
        "Imported {}: {} added, {} updated, {} deleted, {} unchanged, {} skipped{}.\n",
        sanitize(source), total.added, total.updated, total.deleted, total.unchanged, total.skipped,
        notes.empty() ? "" : " (" + notes + ")");
}

Json import_json(const core::ImportReport& report, std::string_view source, std::string_view from) {
    auto total = report.total();
    Json kinds = Json::object();
    const auto& all = core::record_kinds();
    for (std::size_t k = 0; k < all.size(); ++k)
        kinds[std::string(all[k].name)] = {{"added", report.kinds[k].added},
                                           {"updated", report.kinds[k].updated},
                                           {"deleted", report.kinds[k].deleted},
                                           {"unchanged", report.kinds[k].unchanged},
                                           {"skipped", report.kinds[k].skipped}};
    Json notes = Json::array();
    for (const auto& n : report.notes)
        notes.push_back({{"kind", all[n.kind].name}, {"count", n.count}, {"note", n.what}});
    return Json{{"source", source},
                {"from", from},
                {"added", total.added},
                {"updated", total.updated},
                {"deleted", total.deleted},
                {"unchanged", total.unchanged},
                {"skipped", total.skipped},
                {"kinds", kinds},
                {"notes", notes}};
}

std::string human_size(std::uintmax_t bytes) {
    if (bytes < 1024) return fmt::format("{} bytes", bytes);
    auto kb = static_cast<double>(bytes) / 1024.0;
    if (kb < 1024) return fmt::format("{:.0f} KB", kb);
    return fmt::format("{:.1f} MB", kb / 1024.0);
}

std::string backup_line(const std::string& path, std::uintmax_t bytes) {
    return fmt::format("Backed up to {} ({}).\n", sanitize(path), human_size(bytes));
}

Json backup_json(const std::string& path, std::uintmax_t bytes, const core::Instant& at) {
    return Json{{"path", path}, {"bytes", bytes}, {"at", json_instant(at)}};
}

}  // namespace tend::render
