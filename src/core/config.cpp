// Reading config.toml: each known key has a check; anything else is reported, not fatal.
#include "core/config.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "core/measure.hpp"
#include "core/rhythm.hpp"
#include "core/toml_reader.hpp"
#include "core/validate.hpp"
#include "util/error.hpp"
#include "util/files.hpp"

namespace tend::core {
namespace {

/// A wait such as "5s" or "250ms": a whole number of seconds or milliseconds, at most
/// max_lock_wait_ms; nullopt for anything else.
std::optional<int> parse_wait_ms(std::string_view text) {
    int scale = 1;
    if (text.ends_with("ms")) {
        text.remove_suffix(2);
    } else if (text.ends_with("s")) {
        text.remove_suffix(1);
        scale = 1000;
    } else {
        return std::nullopt;
    }
    if (text.empty() || text.find_first_not_of("0123456789") != std::string_view::npos)
        return std::nullopt;  // no sign, space or fraction
    auto value = parse_whole_number(text);
    if (!value || *value > max_lock_wait_ms / scale) return std::nullopt;
    return static_cast<int>(*value * scale);
}

struct ConfigReader {
    const std::string& origin;
    Config& config;

    [[noreturn]] void invalid(const toml::node& node, std::string_view key,
                              std::string_view accepted) const {
        // The value as the user wrote it, escaped and cut short like any value in a message.
        std::string shown;
        if (auto s = node.value<std::string>(); s && node.is_string()) {
            shown = core::quoted(*s);
        } else {
            std::ostringstream out;
            node.visit([&out](const auto& v) { out << v; });
            shown = core::quoted(out.str());
            shown = shown.substr(1, shown.size() - 2);  // not a string: no quotes
        }
        throw usage_error(fmt::format("{}:{}: {} must be {} (got {})", origin,
                                      node.source().begin.line, key, accepted, shown));
    }

    void unknown(const toml::key& key, std::string_view table) const {
        config.warnings.push_back(fmt::format("{}:{}: unknown key \"{}{}\" (ignored)", origin,
                                              key.source().begin.line, table, key.str()));
    }

    std::string string_value(const toml::node& node, std::string_view key,
                             std::string_view accepted) const {
        auto s = node.value<std::string>();
        if (!s || !node.is_string()) invalid(node, key, accepted);
        return *s;
    }

    /// What `parse` makes of the string at `key`; refused, saying what is accepted, when it is
    /// not a string or `parse` makes nothing of it.
    template <class Parse>
    auto parsed(const toml::node& node, std::string_view key, std::string_view accepted,
                Parse parse) const {
        auto v = parse(string_value(node, key, accepted));
        if (!v) invalid(node, key, accepted);
        return *v;
    }

    /// The table at `key`; refused when it is a value instead.
    const toml::table& table_at(const toml::node& node, std::string_view key) const {
        if (!node.is_table())
            invalid(node, key, fmt::format("a table ([{}] on a line of its own)", key));
        return *node.as_table();
    }

    void top_level(const toml::table& table) const {
        for (const auto& [key, node] : table) {
            if (key == "format") {
                config.format = parsed(node, "format", formats.one_of(),
                                       [](std::string_view t) { return formats.parse(t); });
            } else if (key == "color") {
                config.color = parsed(node, "color", color_modes.one_of(),
                                      [](std::string_view t) { return color_modes.parse(t); });
            } else if (key == "safety") {
                safety(table_at(node, "safety"));
            } else if (key == "database") {
                database(table_at(node, "database"));
            } else if (key == "privacy") {
                privacy(table_at(node, "privacy"));
            } else if (key == "remind") {
                remind(table_at(node, "remind"));
            } else if (key == "session") {
                session(table_at(node, "session"));
            } else if (key == "sync") {
                sync(table_at(node, "sync"));
            } else {
                unknown(key, "");
            }
        }
    }

    void remind(const toml::table& table) const {
        for (const auto& [key, node] : table) {
            if (key == "mood_after") {
                config.remind_mood_after =
                    parsed(node, "remind.mood_after", "a time of day such as \"20:00\"",
                           parse_time_of_day);
            } else if (key == "prep_lead_hours") {
                auto accepted = "a whole number of hours from 0 to 336";
                auto v = node.value<std::int64_t>();
                if (!node.is_integer() || !v || *v < 0 || *v > 336)
                    invalid(node, "remind.prep_lead_hours", accepted);
                config.remind_prep_lead_hours = static_cast<int>(*v);
            } else if (key == "kinds") {
                remind_kinds(node);
            } else if (key == "goal_rating") {
                config.remind_goal_rating =
                    parsed(node, "remind.goal_rating", rhythm_choices, parse_rhythm);
            } else if (key == "measures") {
                remind_measures(node);
            } else {
                unknown(key, "remind.");
            }
        }
    }

    /// `kinds = ["mood", "prep"]`: a list of kind names, each at most once; [] turns all off.
    void remind_kinds(const toml::node& node) const {
        auto accepted = "a list of reminder kinds from " + reminder_kinds.listed();
        const auto* list = node.as_array();
        if (list == nullptr) invalid(node, "remind.kinds", accepted);
        std::vector<ReminderKind> kinds;
        for (const auto& item : *list) {
            auto kind = parsed(item, "remind.kinds", accepted, parse_reminder_kind);
            if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) kinds.push_back(kind);
        }
        config.remind_kinds = kinds;
    }

    void safety(const toml::table& table) const {
        for (const auto& [key, node] : table) {
            if (key == "contacts")
                safety_contacts(node);
            else
                unknown(key, "safety.");
        }
    }

    /// `contacts = [{ name = "...", phone = "..." }]`: a name each, a phone if wanted.
    void safety_contacts(const toml::node& node) const {
        constexpr auto accepted =
            "a list of contacts such as [{ name = \"My therapist\", phone = \"020 7946 0000\" }]";
        const auto* list = node.as_array();
        if (list == nullptr) invalid(node, "safety.contacts", accepted);
        std::vector<SafetyContact> contacts;
        for (const auto& item : *list) {
            const auto* entry = item.as_table();
            if (entry == nullptr) invalid(item, "safety.contacts", accepted);
            SafetyContact contact;
            for (const auto& [k, v] : *entry) {
                if (k == "name")
                    contact.name =
                        contact_text(v, "safety.contacts name", "a name such as \"My therapist\"");
                else if (k == "phone")
                    contact.phone =
                        contact_text(v, "safety.contacts phone",
                                     "a phone number as text, such as \"020 7946 0000\"");
                else
                    config.warnings.push_back(
                        fmt::format("{}:{}: unknown key \"safety.contacts.{}\" (ignored)", origin,
                                    k.source().begin.line, k.str()));
            }
            if (contact.name.empty())
                invalid(item, "safety.contacts", "contacts that each have a name");
            contacts.push_back(std::move(contact));
        }
        config.safety_contacts = std::move(contacts);
    }

    /// A contact's text: a string of one line, not empty, at most 200 bytes.
    std::string contact_text(const toml::node& node, std::string_view key,
                             std::string_view accepted) const {
        auto text = string_value(node, key, accepted);
        // TOML strings are UTF-8 already; control characters (a newline, an escape) have no
        // place in a name or a number shown in a crisis.
        bool control = std::any_of(text.begin(), text.end(), [](char c) {
            auto u = static_cast<unsigned char>(c);
            return u < 0x20 || u == 0x7f;
        });
        if (text.empty() || text.size() > 200 || control)
            invalid(node, key, fmt::format("{}, on one line of at most 200 bytes", accepted));
        return text;
    }

    /// `measures = { "phq-9" = "2 weeks" }`: questionnaire names, each with its rhythm.
    void remind_measures(const toml::node& node) const {
        const auto* table = node.as_table();
        if (table == nullptr)
            invalid(node, "remind.measures",
                    "a table of questionnaires and rhythms such as { \"phq-9\" = \"2 weeks\" }");
        std::vector<ReminderSettings::MeasureRhythm> out;
        for (const auto& [name, value] : *table) {
            if (!is_document_name(name.str()))
                throw usage_error(fmt::format(
                    "{}:{}: remind.measures must name questionnaires such as phq-9 (got {})",
                    origin, name.source().begin.line, core::quoted(name.str())));
            auto key = fmt::format("remind.measures.{}", name.str());
            out.push_back(
                {std::string(name.str()), parsed(value, key, rhythm_choices, parse_rhythm)});
        }
        config.remind_measures = std::move(out);
    }

    void database(const toml::table& table) const {
        for (const auto& [key, node] : table) {
            if (key == "lock_wait") {
                config.lock_wait_ms =
                    parsed(node, "database.lock_wait",
                           "a wait such as \"5s\" or \"250ms\", from 0s to 600s", parse_wait_ms);
            } else {
                unknown(key, "database.");
            }
        }
    }

    void privacy(const toml::table& table) const {
        for (const auto& [key, node] : table) {
            if (key == "count_private") {
                if (!node.is_boolean()) invalid(node, "privacy.count_private", "true or false");
                config.count_private = *node.value<bool>();
            } else {
                unknown(key, "privacy.");
            }
        }
    }

    void sync(const toml::table& table) const {
        for (const auto& [key, node] : table) {
            if (key == "device") {
                config.sync_device = parsed(
                    node, "sync.device",
                    "a name of 1 to 64 letters, digits, dots, dashes and underscores, such as "
                    "\"laptop\"",
                    [](std::string_view t) -> std::optional<std::string> {
                        if (!is_device_name(t)) return std::nullopt;
                        return std::string(t);
                    });
            } else {
                unknown(key, "sync.");
            }
        }
    }

    void session(const toml::table& table) const {
        for (const auto& [key, node] : table) {
            if (key == "schedule") {
                config.session_schedule = parsed(
                    node, "session.schedule", "a weekday and a 24-hour time such as \"tue 17:00\"",
                    parse_session_schedule);
            } else {
                unknown(key, "session.");
            }
        }
    }
};

}  // namespace

bool is_device_name(std::string_view name) {
    if (name.empty() || name.size() > 64) return false;
    auto plain = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    if (!plain(name.front())) return false;
    return std::all_of(name.begin(), name.end(),
                       [&](char c) { return plain(c) || c == '.' || c == '-' || c == '_'; });
}

Config parse_config(std::string_view text, const std::string& origin) {
    Config config;
    toml::table table;
    try {
        table = toml::parse(text, origin);
    } catch (const toml::parse_error& e) {
        throw usage_error(fmt::format("{}:{}: not valid TOML: {}", origin, e.source().begin.line,
                                      e.description()));
    }
    ConfigReader{origin, config}.top_level(table);
    return config;
}

Config load_config(const std::filesystem::path& path, bool required) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        if (required)
            throw usage_error(fmt::format("config file {} does not exist", path.string()));
        return {};
    }
    if (std::filesystem::is_directory(path, ec))
        throw failure(fmt::format("cannot read config file {}", path.string()));
    // A FIFO or a device is refused without waiting on it; at most one byte past the limit is
    // read, so a config given as a huge file must not eat memory.
    auto content = util::read_regular_file(path, max_config_bytes, "config file");
    return parse_config(content, path.string());
}

}  // namespace tend::core
