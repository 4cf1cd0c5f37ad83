#include "render/export_view.hpp"

#include <iterator>

#include <fmt/format.h>
#include <utf8cpp/utf8.h>
#include <nlohmann/json.hpp>

#include "core/csv.hpp"
#include "render/json.hpp"
#include "util/text.hpp"

namespace tend::render {
namespace {

using core::FieldType;

/// Appends `text` as a JSON string, byte for byte as json_text writes it: nlohmann/json's
/// escapes, then \uXXXX for the other characters that act on a terminal. Text that is not valid
/// UTF-8 (old data) takes json_text itself, which replaces what is broken.
void append_json_string(std::string& out, std::string_view text) {
    if (!utf8::is_valid(text.begin(), text.end())) {
        auto quoted = json_text(Json(std::string(text)));
        quoted.pop_back();  // its final newline
        out += quoted;
        return;
    }
    out += '"';
    auto it = text.begin();
    while (it != text.end()) {
        auto start = it;
        auto cp = utf8::unchecked::next(it);
        switch (cp) {
            case '"':
                out += "\\\"";
                continue;
            case '\\':
                out += "\\\\";
                continue;
            case '\b':
                out += "\\b";
                continue;
            case '\t':
                out += "\\t";
                continue;
            case '\n':
                out += "\\n";
                continue;
            case '\f':
                out += "\\f";
                continue;
            case '\r':
                out += "\\r";
                continue;
            default:
                break;
        }
        if (util::acts_on_terminal(cp))
            fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned>(cp));
        else
            out.append(start, it);
    }
    out += '"';
}

/// Appends an instant as json_instant writes it (core::format_iso), without a string between.
void append_instant(std::string& out, const core::Instant& at) {
    auto d = core::day_of(at);
    auto t = core::time_of(at);
    auto off = at.offset;
    char sign = off < 0 ? '-' : '+';
    if (off < 0) off = -off;
    fmt::format_to(std::back_inserter(out), "\"{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}\"",
                   static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                   static_cast<unsigned>(d.day()), t.hour, t.minute, t.second, sign, off / 3600,
                   off / 60 % 60);
}

void append_value(std::string& out, const core::Field& f, const core::Value& v) {
    if (std::holds_alternative<std::monostate>(v)) {
        out += "null";
    } else if (const auto* at = std::get_if<core::Instant>(&v)) {
        append_instant(out, *at);
    } else if (const auto* n = std::get_if<std::int64_t>(&v)) {
        // Stored as UTC seconds; shown, like every instant, in local time with its offset.
        if (f.type == FieldType::utc)
            append_instant(out, core::in_local_zone(*n));
        else
            fmt::format_to(std::back_inserter(out), "{}", *n);
    } else {
        append_json_string(out, std::get<std::string>(v));
    }
}

/// `"name": ` at the depth of a record's fields.
void append_key(std::string& out, std::string_view indent, std::string_view name) {
    out += indent;
    out += '"';
    out += name;
    out += "\": ";
}

}  // namespace

ArchiveJsonWriter::ArchiveJsonWriter(std::string& out, const core::Instant& exported_at,
                                     bool with_deletions)
    : out_(out) {
    out_ += "{\n  \"format\": ";
    append_json_string(out_, core::archive_format);
    fmt::format_to(std::back_inserter(out_), ",\n  \"version\": {},\n  \"exported_at\": ",
                   with_deletions ? core::archive_version : core::archive_version_plain);
    append_instant(out_, exported_at);
}

void ArchiveJsonWriter::begin_kind(std::size_t kind) {
    kind_ = &core::record_kinds()[kind];
    first_ = true;
    if (!kind_->omit_when_empty) open_kind();
}

void ArchiveJsonWriter::open_kind() {
    out_ += ",\n  \"";
    out_ += kind_->name;
    out_ += "\": [";
}

void ArchiveJsonWriter::record(const core::Record& r) {
    const auto& kind = *kind_;
    if (first_ && kind.omit_when_empty) open_kind();
    out_ += first_ ? "\n    {" : ",\n    {";
    first_ = false;
    bool first_field = true;
    auto key = [&](std::string_view name) {
        append_key(out_, first_field ? "\n      " : ",\n      ", name);
        first_field = false;
    };
    for (std::size_t i = 0; i < kind.fields.size(); ++i) {
        const auto& f = kind.fields[i];
        if (f.type == FieldType::flag) {
            // Only where set: an export without the mark reads as it always did.
            if (const auto* n = std::get_if<std::int64_t>(&r.values[i]); n && *n != 0) {
                key(f.name);
                out_ += "true";
            }
            continue;
        }
        if (f.zero_when_missing) {
            // Only once changed: an export of records never changed reads as it always did.
            if (const auto* n = std::get_if<std::int64_t>(&r.values[i]); n == nullptr || *n == 0)
                continue;
        }
        key(f.name);
        append_value(out_, f, r.values[i]);
    }
    if (kind.nested == core::Nested::tags) {
        key("tags");
        if (r.tags.empty()) {
            out_ += "[]";
        } else {
            out_ += '[';
            for (std::size_t i = 0; i < r.tags.size(); ++i) {
                out_ += i == 0 ? "\n        " : ",\n        ";
                append_json_string(out_, r.tags[i]);
            }
            out_ += "\n      ]";
        }
    }
    if (kind.nested == core::Nested::answers) {
        key("answers");
        if (r.answers.empty()) {
            out_ += "[]";
        } else {
            out_ += '[';
            for (std::size_t i = 0; i < r.answers.size(); ++i) {
                const auto& a = r.answers[i];
                out_ += i == 0 ? "\n        {" : ",\n        {";
                append_key(out_, "\n          ", "key");
                append_json_string(out_, a.key);
                append_key(out_, ",\n          ", "prompt");
                append_json_string(out_, a.prompt);
                append_key(out_, ",\n          ", "answer");
                append_json_string(out_, a.text);
                out_ += "\n        }";
            }
            out_ += "\n      ]";
        }
    }
    out_ += "\n    }";
}

void ArchiveJsonWriter::end_kind() {
    if (first_ && kind_->omit_when_empty) return;
    out_ += first_ ? "]" : "\n  ]";
}

void ArchiveJsonWriter::deleted(const core::Tombstone& t) {
    out_ += first_deleted_ ? ",\n  \"deleted\": [\n    {" : ",\n    {";
    first_deleted_ = false;
    append_key(out_, "\n      ", "kind");
    append_json_string(out_, t.kind);
    append_key(out_, ",\n      ", "uuid");
    append_json_string(out_, t.uuid);
    append_key(out_, ",\n      ", "at");
    append_instant(out_, core::in_local_zone(t.deleted));
    out_ += "\n    }";
}

void ArchiveJsonWriter::finish() {
    if (!first_deleted_) out_ += "\n  ]";
    out_ += "\n}\n";
}

std::string archive_json(const core::Archive& archive) {
    std::string text;
    ArchiveJsonWriter writer(text, archive.exported_at, !archive.deleted.empty());
    for (std::size_t k = 0; k < archive.records.size(); ++k) {
        writer.begin_kind(k);
        for (const auto& r : archive.records[k]) writer.record(r);
        writer.end_kind();
    }
    for (const auto& t : archive.deleted) writer.deleted(t);
    writer.finish();
    return text;
}

std::string moods_csv_header() {
    return core::csv_row({"id", "uuid", "at", "day", "score", "note", "tags"});
}

std::string mood_csv_row(const core::Record& mood) {
    const auto& kind = core::record_kinds()[core::kind_index("moods")];
    core::RecordView m(kind, mood);
    auto at = m.instant("at");
    return core::csv_row(
        {std::to_string(mood.id), m.text("uuid"), at ? core::format_iso(*at) : std::string(),
         m.text("day"), std::to_string(m.integer("score")), core::spreadsheet_text(m.text("note")),
         core::spreadsheet_text(util::join(mood.tags, ";"))});
}

std::string moods_csv(const core::Archive& archive) {
    std::string out = moods_csv_header();
    for (const auto& r : archive.records[core::kind_index("moods")]) out += mood_csv_row(r);
    return out;
}

}  // namespace tend::render
