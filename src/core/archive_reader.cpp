// Reading an export document back: every field checked against its kind's rules, and every
// problem reported with its place in the document (`.moods[3].score`), so that an import
// either takes the whole file or nothing.
#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/archive.hpp"
#include "core/choices.hpp"
#include "core/validate.hpp"
#include "util/error.hpp"
#include "util/text.hpp"
#include "util/uuid.hpp"

namespace tend::core {
namespace {

using Json = nlohmann::json;

class ArchiveReader {
public:
    ArchiveReader(std::string_view source, const Instant& now) : source_(source), now_(now) {}

    [[noreturn]] void fail(const std::string& where, const std::string& problem) const {
        throw usage_error(fmt::format("{}: {} {}", source_, where, problem));
    }

    [[noreturn]] void fail_value(const std::string& where, const std::string& problem,
                                 const Json& got) const {
        // Text shows quoted as the user wrote it; other values as JSON (cut short).
        auto shown = got.is_string() ? core::quoted(got.get<std::string>())
                                     : util::truncate(core::quoted(got.dump()), 40);
        if (!got.is_string()) shown = shown.substr(1, shown.size() - 2);
        fail(where, fmt::format("{} (got {})", problem, shown));
    }

    std::string text(const Json& v, const std::string& where) const {
        if (!v.is_string()) fail_value(where, "must be text", v);
        auto s = v.get<std::string>();
        if (text_problem(s)) fail(where, "must be " + text_rule());
        return s;
    }

    Value field(const Field& f, const Json& object, const std::string& where) const {
        auto at = where + "." + std::string(f.name);
        auto it = object.find(std::string(f.name));
        if (it == object.end() || it->is_null()) {
            if (f.nullable) return std::monostate{};
            if (it == object.end() && f.optional) {
                if (f.type == FieldType::utc) return now_.utc;
                if (f.type == FieldType::integer || f.type == FieldType::flag)
                    return std::int64_t{0};
                return std::string();
            }
            fail(at, it == object.end() ? "is missing" : "must not be null");
        }
        const Json& v = *it;
        switch (f.type) {
            case FieldType::uuid:
            case FieldType::ref: {
                auto s = text(v, at);
                if (!util::is_uuid(s)) fail_value(at, "must be a UUID", v);
                return util::to_lower(s);
            }
            case FieldType::text: {
                auto s = text(v, at);
                if (f.nonempty && s.empty()) fail(at, "must not be empty");
                return s;
            }
            case FieldType::choice: {
                auto s = text(v, at);
                if (std::find(f.choices.begin(), f.choices.end(), s) == f.choices.end())
                    fail_value(at, "must be one of " + comma_list(f.choices), v);
                return s;
            }
            case FieldType::integer: {
                if (!v.is_number_integer()) fail_value(at, "must be a whole number", v);
                auto n = v.is_number_unsigned() && v.get<std::uint64_t>() > 1'000'000'000'000
                             ? f.max + 1
                             : v.get<std::int64_t>();
                if (n < f.min || n > f.max)
                    fail_value(at, fmt::format("must be from {} to {}", f.min, f.max), v);
                return n;
            }
            case FieldType::flag:
                if (!v.is_boolean()) fail_value(at, "must be true or false", v);
                return std::int64_t{v.get<bool>() ? 1 : 0};
            case FieldType::day: {
                auto s = text(v, at);
                auto day = parse_day(s);
                if (!day) fail_value(at, "must be a day such as 2026-11-20", v);
                if (!in_supported_range(*day))
                    fail_value(at, fmt::format("must be a day {}", supported_range), v);
                return s;
            }
            case FieldType::instant:
            case FieldType::utc: {
                auto s = text(v, at);
                auto instant = parse_iso(s);
                if (!instant) fail_value(at, "must be a time such as 2026-11-20T08:30:00+01:00", v);
                if (!in_supported_range(day_of(*instant)))
                    fail_value(at, fmt::format("must be a time on a day {}", supported_range), v);
                if (f.type == FieldType::utc) return instant->utc;
                return *instant;
            }
        }
        return std::monostate{};
    }

    std::vector<std::string> tags(const Json& object, const std::string& where) const {
        std::vector<std::string> out;
        auto it = object.find("tags");
        if (it == object.end()) return out;
        if (!it->is_array()) fail_value(where + ".tags", "must be an array of text", *it);
        for (std::size_t i = 0; i < it->size(); ++i) {
            auto at = fmt::format("{}.tags[{}]", where, i);
            auto raw = text((*it)[i], at);
            if (auto problem = tag_problem(raw))
                fail_value(at, "must be a tag of " + *problem, (*it)[i]);
            out.push_back(normalise_tag(raw));
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    std::vector<Answer> answers(const Json& object, const std::string& where) const {
        std::vector<Answer> out;
        auto it = object.find("answers");
        if (it == object.end()) return out;
        if (!it->is_array()) fail_value(where + ".answers", "must be an array", *it);
        for (std::size_t i = 0; i < it->size(); ++i) {
            auto at = fmt::format("{}.answers[{}]", where, i);
            const auto& a = (*it)[i];
            if (!a.is_object()) fail_value(at, "must be an object with key, prompt, answer", a);
            Answer answer;
            for (auto [name, slot] :
                 {std::pair{"key", &answer.key}, std::pair{"prompt", &answer.prompt},
                  std::pair{"answer", &answer.text}}) {
                auto field = a.find(name);
                if (field == a.end()) fail(at + "." + name, "is missing");
                *slot = text(*field, at + "." + name);
            }
            if (answer.key.empty()) fail(at + ".key", "must not be empty");
            for (const auto& seen : out)
                if (seen.key == answer.key) fail_value(at + ".key", "is used twice", a["key"]);
            for (const auto& [key, _] : a.items())
                if (key != "key" && key != "prompt" && key != "answer")
                    fail(at, fmt::format("has an unknown field {}", core::quoted(key)));
            out.push_back(std::move(answer));
        }
        return out;
    }

    Record record(const RecordKind& kind, const Json& object, const std::string& where) const {
        if (!object.is_object()) fail_value(where, "must be an object", object);
        Record r;
        for (const auto& f : kind.fields) r.values.push_back(field(f, object, where));
        if (kind.nested == Nested::tags) r.tags = tags(object, where);
        if (kind.nested == Nested::answers) r.answers = answers(object, where);
        // A record's day is the day of its time where it happened (in the time's own offset); a
        // check-off's day is the day it counts for, which may be earlier than when it was made.
        if (kind.id != KindId::checkoffs) day_matches_time(kind, r, where);
        for (const auto& item : object.items()) {
            const std::string& key = item.key();  // a plain name: clang 14 cannot capture bindings
            bool known = std::any_of(kind.fields.begin(), kind.fields.end(),
                                     [&](const Field& f) { return f.name == key; }) ||
                         (kind.nested == Nested::tags && key == "tags") ||
                         (kind.nested == Nested::answers && key == "answers");
            if (!known) fail(where, fmt::format("has an unknown field {}", core::quoted(key)));
        }
        return r;
    }

    void day_matches_time(const RecordKind& kind, const Record& r, const std::string& where) const {
        const Instant* at = nullptr;
        const std::string* day = nullptr;
        for (std::size_t i = 0; i < kind.fields.size(); ++i) {
            if (kind.fields[i].name == "at") at = std::get_if<Instant>(&r.values[i]);
            if (kind.fields[i].name == "day") day = std::get_if<std::string>(&r.values[i]);
        }
        if (at == nullptr || day == nullptr) return;
        auto expected = format_day(day_of(*at));
        if (*day != expected)
            fail(where + ".day", fmt::format("must be the day of its \"at\" time, {} (got {})",
                                             expected, core::quoted(*day)));
    }

    void header(const Json& doc) const {
        auto format = doc.find("format");
        if (format == doc.end() || *format != archive_format)
            throw usage_error(fmt::format(
                "{} is not a tend export: its \"format\" is not \"{}\" (for Daylio's CSV, add "
                "--from daylio)",
                source_, archive_format));
        auto version = doc.find("version");
        if (version == doc.end() || !version->is_number_integer() || *version < 1)
            fail_value(".version", "must be a whole number from 1",
                       version == doc.end() ? Json() : *version);
        if (*version > archive_version)
            throw usage_error(fmt::format(
                "{} was written by a newer tend (export version {}; this tend reads up to {}): "
                "upgrade tend to import it",
                source_, version->dump(), archive_version));
    }

    Archive archive(const Json& doc) const {
        if (!doc.is_object())
            throw usage_error(
                fmt::format("{} is not a tend export: it is not a JSON object "
                            "(for Daylio's CSV, add --from daylio)",
                            source_));
        header(doc);
        Archive out;
        out.exported_at = now_;
        const auto& kinds = record_kinds();
        for (const auto& item : doc.items()) {
            const std::string& key = item.key();  // a plain name: clang 14 cannot capture bindings
            const Json& value = item.value();
            if (key == "format" || key == "version" || key == "exported_at") continue;
            if (key == "deleted") {
                out.deleted = deletions(value);
                continue;
            }
            auto kind = std::find_if(kinds.begin(), kinds.end(),
                                     [&](const RecordKind& k) { return k.name == key; });
            if (kind == kinds.end()) fail("." + key, "is not a kind of record tend knows");
            if (!value.is_array()) fail_value("." + key, "must be an array", value);
            auto& list = out.records[static_cast<std::size_t>(kind - kinds.begin())];
            for (std::size_t i = 0; i < value.size(); ++i)
                list.push_back(record(*kind, value[i], fmt::format(".{}[{}]", key, i)));
        }
        return out;
    }

private:
    /// The "deleted" array: {"kind", "uuid", "at"} each, kept by kind and UUID.
    std::vector<Tombstone> deletions(const Json& value) const {
        if (!value.is_array()) fail_value(".deleted", "must be an array", value);
        std::vector<Tombstone> out;
        const auto& kinds = record_kinds();
        for (std::size_t i = 0; i < value.size(); ++i) {
            auto where = fmt::format(".deleted[{}]", i);
            const Json& item = value[i];
            if (!item.is_object()) fail_value(where, "must be an object", item);
            Tombstone t;
            auto kind = item.find("kind");
            if (kind == item.end()) fail(where + ".kind", "is missing");
            t.kind = text(*kind, where + ".kind");
            if (std::none_of(kinds.begin(), kinds.end(),
                             [&](const RecordKind& k) { return k.name == t.kind; }))
                fail_value(where + ".kind", "is not a kind of record tend knows", *kind);
            Field uuid_field;
            uuid_field.name = "uuid";
            uuid_field.type = FieldType::uuid;
            t.uuid = std::get<std::string>(field(uuid_field, item, where));
            Field at_field;
            at_field.name = "at";
            at_field.type = FieldType::utc;
            t.deleted = std::get<std::int64_t>(field(at_field, item, where));
            out.push_back(std::move(t));
        }
        std::sort(out.begin(), out.end(), [](const Tombstone& a, const Tombstone& b) {
            return std::tie(a.kind, a.uuid) < std::tie(b.kind, b.uuid);
        });
        return out;
    }

    std::string_view source_;
    Instant now_;
};

/// "line 3, column 5: syntax error ..." from nlohmann's message.
std::string syntax_problem(const std::string& what) {
    auto at = what.find(" at line ");
    if (at != std::string::npos) return what.substr(at + 4);
    return what;
}

}  // namespace

/// Builds the document as nlohmann's own parser does, keeping the place it has reached
/// (`.moods[0].score`), so that a number too large for a double is reported where it is.
class PlaceKeepingParser {
public:
    explicit PlaceKeepingParser(Json& doc) : dom_(doc, false) {}

    bool null() { return value(dom_.null()); }
    bool boolean(bool v) { return value(dom_.boolean(v)); }
    bool number_integer(Json::number_integer_t v) { return value(dom_.number_integer(v)); }
    bool number_unsigned(Json::number_unsigned_t v) { return value(dom_.number_unsigned(v)); }
    bool number_float(Json::number_float_t v, const Json::string_t& s) {
        return value(dom_.number_float(v, s));
    }
    bool string(Json::string_t& v) { return value(dom_.string(v)); }
    bool binary(Json::binary_t& v) { return value(dom_.binary(v)); }
    bool start_object(std::size_t n) {
        levels_.push_back({false, 0, {}});
        return dom_.start_object(n);
    }
    bool key(Json::string_t& k) {
        levels_.back().key = k;
        return dom_.key(k);
    }
    bool end_object() {
        levels_.pop_back();
        return value(dom_.end_object());
    }
    bool start_array(std::size_t n) {
        levels_.push_back({true, 0, {}});
        return dom_.start_array(n);
    }
    bool end_array() {
        levels_.pop_back();
        return value(dom_.end_array());
    }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& token, const Exception& e) {
        overflow_ = e.id == 406;  // out_of_range.406: a number beyond a double
        what_ = e.what();
        token_ = token;
        dom_.parse_error(position, token, e);
        return false;
    }

    [[nodiscard]] bool overflow() const { return overflow_; }
    [[nodiscard]] const std::string& what() const { return what_; }
    [[nodiscard]] const std::string& token() const { return token_; }
    /// Where the parser is: ".moods[0].score".
    [[nodiscard]] std::string place() const {
        std::string out;
        for (const auto& l : levels_) out += l.array ? fmt::format("[{}]", l.count) : "." + l.key;
        return out;
    }

private:
    struct Level {
        bool array;
        std::size_t count;  ///< values completed in an array: the index of the next one
        std::string key;    ///< the last key read in an object
    };

    bool value(bool ok) {
        if (!levels_.empty() && levels_.back().array) ++levels_.back().count;
        return ok;
    }

    nlohmann::detail::json_sax_dom_parser<Json> dom_;
    std::vector<Level> levels_;
    bool overflow_ = false;
    std::string what_;
    std::string token_;
};

Archive parse_archive(std::string_view text, std::string_view source, const Instant& now) {
    Json doc;
    PlaceKeepingParser parser(doc);
    if (!Json::sax_parse(text.begin(), text.end(), &parser)) {
        if (parser.overflow())
            throw usage_error(fmt::format("{}: {} must be a number tend can store (got {})", source,
                                          parser.place(), core::quoted(parser.token())));
        throw usage_error(
            fmt::format("{} is not a JSON document ({})", source, syntax_problem(parser.what())));
    }
    return ArchiveReader(source, now).archive(doc);
}

}  // namespace tend::core
