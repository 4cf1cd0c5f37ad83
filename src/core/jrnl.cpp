#include "core/jrnl.hpp"

#include <algorithm>
#include <map>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/validate.hpp"
#include "util/error.hpp"
#include "util/text.hpp"
#include "util/uuid.hpp"

namespace tend::core {
namespace {

using Json = nlohmann::json;

/// The namespace of the name-based UUIDs given to jrnl entries.
constexpr std::string_view jrnl_namespace = "b7e0f5f2-6a1d-4c3e-9d6b-2f8a41c7e9d3";

/// Reads the entries of one document, naming the place of each problem.
class JrnlReader {
public:
    JrnlReader(std::string_view source, const Instant& now) : source_(source), now_(now) {}

    Archive read(const Json& doc) {
        if (!doc.is_object())
            throw usage_error(fmt::format(
                "{} is not jrnl's JSON export: it is not a JSON object with \"entries\"", source_));
        auto tags = doc.find("tags");
        if (tags != doc.end() && !tags->is_object())
            fail_value(".tags", "an object of tag counts", *tags);
        auto entries = doc.find("entries");
        if (entries == doc.end())
            throw usage_error(fmt::format(
                "{} is not jrnl's JSON export: it has no \"entries\" (jrnl --format json "
                "writes them)",
                source_));
        if (!entries->is_array()) fail_value(".entries", "an array", *entries);
        Archive archive;
        archive.exported_at = now_;
        auto& list = archive.records[kind_index("journal")];
        for (std::size_t i = 0; i < entries->size(); ++i)
            list.push_back(entry((*entries)[i], fmt::format(".entries[{}]", i)));
        return archive;
    }

private:
    [[noreturn]] void fail_value(const std::string& where, const std::string& accepted,
                                 const Json& got) const {
        // Text shows quoted as written; other values as JSON, cut short.
        auto shown = got.is_string() ? core::quoted(got.get<std::string>())
                                     : util::truncate(core::quoted(got.dump()), 40);
        if (!got.is_string()) shown = shown.substr(1, shown.size() - 2);
        throw usage_error(
            fmt::format("{}: {} must be {} (got {})", source_, where, accepted, shown));
    }

    [[noreturn]] void missing(const std::string& where) const {
        throw usage_error(fmt::format("{}: {} is missing", source_, where));
    }

    std::string text(const Json& v, const std::string& where) const {
        if (!v.is_string()) fail_value(where, "text", v);
        auto s = v.get<std::string>();
        if (auto problem = text_problem(s))
            throw usage_error(fmt::format("{}: {} {}", source_, where, *problem));
        return s;
    }

    /// A text field that may be missing (then empty).
    std::string optional_text(const Json& object, const char* name,
                              const std::string& where) const {
        auto it = object.find(name);
        if (it == object.end()) return {};
        return text(*it, where + "." + name);
    }

    Day date(const Json& object, const std::string& where) const {
        auto it = object.find("date");
        if (it == object.end()) missing(where + ".date");
        auto s = it->is_string() ? it->get<std::string>() : std::string();
        auto day = s.size() == 10 ? parse_day(s) : std::nullopt;
        if (!day || !in_supported_range(*day))
            fail_value(where + ".date", "a date YYYY-MM-DD from 1970 to 9999", *it);
        return *day;
    }

    TimeOfDay time(const Json& object, const std::string& where) const {
        auto it = object.find("time");
        if (it == object.end()) missing(where + ".time");
        auto s = it->is_string() ? it->get<std::string>() : std::string();
        auto digit = [&](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; };
        bool shaped = s.size() == 5 && digit(0) && digit(1) && s[2] == ':' && digit(3) && digit(4);
        TimeOfDay t;
        if (shaped) {
            t.hour = (s[0] - '0') * 10 + (s[1] - '0');
            t.minute = (s[3] - '0') * 10 + (s[4] - '0');
        }
        if (!shaped || t.hour > 23 || t.minute > 59)
            fail_value(where + ".time", "a time HH:MM from 00:00 to 23:59", *it);
        return t;
    }

    std::vector<std::string> tags(const Json& object, const std::string& where) const {
        auto it = object.find("tags");
        if (it == object.end()) return {};
        if (!it->is_array()) fail_value(where + ".tags", "an array of tags", *it);
        std::vector<std::string> out;
        for (std::size_t i = 0; i < it->size(); ++i) {
            auto at = fmt::format("{}.tags[{}]", where, i);
            auto tag = text((*it)[i], at);
            if (tag.empty()) fail_value(at, "a tag such as \"@work\"", (*it)[i]);
            out.push_back(std::move(tag));
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    bool starred(const Json& object, const std::string& where) const {
        auto it = object.find("starred");
        if (it == object.end()) return false;
        if (!it->is_boolean()) fail_value(where + ".starred", "true or false", *it);
        return it->get<bool>();
    }

    Record entry(const Json& object, const std::string& where) {
        if (!object.is_object()) fail_value(where, "an object (a jrnl entry)", object);
        if (object.find("title") == object.end()) missing(where + ".title");
        auto title = optional_text(object, "title", where);
        auto body = optional_text(object, "body", where);
        auto day = date(object, where);
        auto t = time(object, where);
        auto own = optional_text(object, "uuid", where);
        auto identity = fmt::format("jrnl\x1f{}\x1f{:02}:{:02}\x1f{}", format_day(day), t.hour,
                                    t.minute, title);
        auto occurrence = seen_[identity]++;
        auto uuid =
            !own.empty() && util::is_uuid(own)
                ? util::to_lower(own)
                : util::name_uuid(jrnl_namespace,
                                  own.empty() ? fmt::format("{}\x1f{}", identity, occurrence)
                                              : "jrnl\x1f" + own);
        Record r;
        r.values = {uuid,
                    local_instant(day, t),
                    format_day(day),
                    std::move(title),
                    std::move(body),
                    std::int64_t{starred(object, where) ? 1 : 0},
                    now_.utc,
                    now_.utc};
        r.tags = tags(object, where);
        return r;
    }

    std::string_view source_;
    Instant now_;
    std::map<std::string, int> seen_;  ///< entries of each date, time and title so far
};

}  // namespace

Archive read_jrnl(std::string_view text, std::string_view source, const Instant& now) {
    Json doc;
    try {
        doc = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
        throw usage_error(fmt::format(
            "{} is not a JSON document (a syntax error at byte {}); jrnl --format json writes one",
            source, e.byte));
    } catch (const Json::out_of_range&) {
        throw usage_error(fmt::format(
            "{} holds a number too large to read; jrnl's export holds no numbers in its entries",
            source));
    }
    return JrnlReader(source, now).read(doc);
}

}  // namespace tend::core
