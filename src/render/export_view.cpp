#include "render/export_view.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/csv.hpp"
#include "render/json.hpp"
#include "util/text.hpp"

namespace tend::render {
namespace {

using core::FieldType;

Json value_json(const core::Field& f, const core::Value& v) {
    if (std::holds_alternative<std::monostate>(v)) return nullptr;
    if (const auto* at = std::get_if<core::Instant>(&v)) return json_instant(*at);
    if (const auto* n = std::get_if<std::int64_t>(&v)) {
        // Stored as UTC seconds; shown, like every instant, in local time with its offset.
        if (f.type == FieldType::utc) return json_instant(core::in_local_zone(*n));
        return *n;
    }
    return std::get<std::string>(v);
}

Json record_json(const core::RecordKind& kind, const core::Record& r) {
    Json out = Json::object();
    for (std::size_t i = 0; i < kind.fields.size(); ++i) {
        const auto& f = kind.fields[i];
        if (f.type == FieldType::flag) {
            // Only where set: an export without the mark reads as it always did.
            if (const auto* n = std::get_if<std::int64_t>(&r.values[i]); n && *n != 0)
                out[std::string(f.name)] = true;
            continue;
        }
        out[std::string(f.name)] = value_json(f, r.values[i]);
    }
    if (kind.nested == core::Nested::tags) out["tags"] = r.tags;
    if (kind.nested == core::Nested::answers) {
        Json answers = Json::array();
        for (const auto& a : r.answers)
            answers.push_back({{"key", a.key}, {"prompt", a.prompt}, {"answer", a.text}});
        out["answers"] = answers;
    }
    return out;
}

}  // namespace

std::string archive_json(const core::Archive& archive) {
    // Written record by record rather than as one document, so that ten years of history never
    // exist as a JSON tree in memory; the text is the same as dumping that tree.
    Json head{{"format", core::archive_format},
              {"version", core::archive_version},
              {"exported_at", json_instant(archive.exported_at)}};
    std::string text = json_text(head);
    text.resize(text.size() - std::string_view("\n}\n").size());
    const auto& kinds = core::record_kinds();
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        text += fmt::format(",\n  \"{}\": ", kinds[k].name);
        if (archive.records[k].empty()) {
            text += "[]";
            continue;
        }
        text += '[';
        bool first = true;
        for (const auto& r : archive.records[k]) {
            text += first ? "\n" : ",\n";
            first = false;
            auto record = json_text(record_json(kinds[k], r));
            record.pop_back();  // its final newline
            // Two levels deeper than a document of its own: four more spaces on every line
            // (a JSON string holds no raw line break, so every '\n' starts a line).
            text += "    ";
            for (char c : record) {
                text += c;
                if (c == '\n') text += "    ";
            }
        }
        text += "\n  ]";
    }
    text += "\n}\n";
    return text;
}

std::string moods_csv(const core::Archive& archive) {
    auto index = core::kind_index("moods");
    const auto& kind = core::record_kinds()[index];
    std::string out = core::csv_row({"id", "uuid", "at", "day", "score", "note", "tags"});
    for (const auto& r : archive.records[index]) {
        core::RecordView m(kind, r);
        auto at = m.instant("at");
        out += core::csv_row({std::to_string(r.id), m.text("uuid"),
                              at ? core::format_iso(*at) : std::string(), m.text("day"),
                              std::to_string(m.integer("score")),
                              core::spreadsheet_text(m.text("note")),
                              core::spreadsheet_text(util::join(r.tags, ";"))});
    }
    return out;
}

}  // namespace tend::render
