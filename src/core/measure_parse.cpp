// The measure parser: TOML in, a checked Measure out, or one error naming file, line and
// problem. Fields are read first and checked against each other after (the range of totals
// depends on every item), each error still naming the line of the value at fault.
#include <algorithm>
#include <cstdint>
#include <set>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "core/measure.hpp"
#include "core/toml_reader.hpp"
#include "core/validate.hpp"
#include "util/error.hpp"

namespace tend::core {
namespace {

constexpr std::size_t max_item_key_length = 32;
constexpr std::size_t max_items = 100;
constexpr std::size_t min_choices = 2;
constexpr std::size_t max_choices = 20;
constexpr std::size_t max_bands = 50;

bool is_item_key(std::string_view key) {
    if (key.empty() || key.size() > max_item_key_length) return false;
    for (char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    return true;
}

/// A value as the file wrote it, for "(got ...)".
std::string shown(const toml::node& node) {
    if (auto i = node.value_exact<std::int64_t>()) return std::to_string(*i);
    if (auto d = node.value_exact<double>()) return fmt::format("{}", *d);
    if (auto b = node.value_exact<bool>()) return *b ? "true" : "false";
    if (auto s = node.value_exact<std::string>()) return core::quoted(*s);
    if (node.is_array()) return "a list";
    if (node.is_table()) return "a table";
    return "a date or time";
}

/// A band as read, with where it was written.
struct PlacedBand {
    Band band;
    toml::source_region where;
};

/// The fields checked once everything is read.
struct Pending {
    std::vector<AnswerChoice> shared;                      ///< the [[choice]] list
    std::vector<toml::source_region> own_choices_missing;  ///< items needing `shared`
    std::vector<PlacedBand> bands;
    const toml::node* reliable_change = nullptr;
    const toml::node* caseness = nullptr;
    const toml::node* critical = nullptr;
};

/// Reads one measure, throwing "ORIGIN:LINE: problem".
struct MeasureReader : TomlReader {
    using TomlReader::TomlReader;

    std::int64_t whole(const toml::node& node, std::string_view field, std::int64_t low,
                       std::int64_t high, std::string_view why = "") const {
        auto value = node.value_exact<std::int64_t>();
        if (!value || *value < low || *value > high)
            fail(node.source(), fmt::format("{} must be a whole number from {} to {}{} (got {})",
                                            field, low, high, why, shown(node)));
        return *value;
    }

    bool flag(const toml::node& node, std::string_view field) const {
        auto value = node.value_exact<bool>();
        if (!value)
            fail(node.source(),
                 fmt::format("{} must be true or false (got {})", field, shown(node)));
        return *value;
    }

    AnswerChoice choice(const toml::table& table, const toml::source_region& where) const {
        AnswerChoice c;
        fields(
            table, where, "a choice",
            {{"value",
              [&](const toml::node& n) {
                  c.value = static_cast<int>(whole(n, "value", 0, max_choice_value));
              },
              "N"},
             {"label", [&](const toml::node& n) { c.label = text(n, "label", true); }, "\"...\""}});
        return c;
    }

    /// `[[choice]]` at the top, or an item's `choices = [...]`.
    std::vector<AnswerChoice> choices(const toml::node& node, std::string_view field) const {
        const auto* array = node.as_array();
        if (array == nullptr)
            fail(node.source(),
                 fmt::format("{} must be a list of tables with value and label", field));
        std::vector<AnswerChoice> out;
        for (const auto& element : *array) {
            const auto* table = element.as_table();
            if (table == nullptr)
                fail(element.source(), "each choice must be a table with value and label");
            auto c = choice(*table, element.source());
            for (const auto& other : out) {
                if (other.value == c.value)
                    fail(element.source(),
                         fmt::format("value {} is used twice in these choices", c.value));
                if (other.label == c.label)
                    fail(element.source(), fmt::format("label {} is used twice in these choices",
                                                       core::quoted(c.label)));
            }
            out.push_back(std::move(c));
        }
        if (out.size() < min_choices || out.size() > max_choices)
            fail(node.source(), fmt::format("a list of choices has {} to {} choices (this one "
                                            "has {})",
                                            min_choices, max_choices, out.size()));
        return out;
    }

    MeasureItem item(const toml::table& table, const toml::source_region& where, Pending& p) const {
        MeasureItem it;
        bool has_choices = false;
        auto key = [&](const toml::node& node) {
            it.key = text(node, "key", true);
            if (!is_item_key(it.key))
                fail(node.source(), fmt::format("key {} must be 1 to {} of a-z, 0-9, '-' and '_'",
                                                core::quoted(it.key), max_item_key_length));
        };
        fields(table, where, "an item",
               {{"key", key, "\"...\""},
                {"text", [&](const toml::node& n) { it.text = text(n, "text", true); }, "\"...\""},
                {"choices",
                 [&](const toml::node& n) {
                     it.choices = choices(n, "choices");
                     has_choices = true;
                 }},
                {"scored", [&](const toml::node& n) { it.scored = flag(n, "scored"); }},
                {"required", [&](const toml::node& n) { it.required = flag(n, "required"); }}});
        if (!has_choices) p.own_choices_missing.push_back(where);
        return it;
    }

    void items(const toml::node& node, Measure& m, Pending& p) const {
        tables(node, "item", [&](const toml::table& table, const toml::source_region& where) {
            auto it = item(table, where, p);
            if (m.item(it.key) != nullptr)
                fail(where, fmt::format("key {} is used twice", core::quoted(it.key)));
            if (m.items.size() == max_items)
                fail(where, fmt::format("a measure has at most {} items", max_items));
            it.number = static_cast<int>(m.items.size()) + 1;
            m.items.push_back(std::move(it));
        });
    }

    Band band(const toml::table& table, const toml::source_region& where) const {
        Band b;
        constexpr auto limit = static_cast<std::int64_t>(max_items) * max_choice_value;
        fields(
            table, where, "a band",
            {{"min",
              [&](const toml::node& n) { b.min = static_cast<int>(whole(n, "min", 0, limit)); },
              "N"},
             {"max",
              [&](const toml::node& n) { b.max = static_cast<int>(whole(n, "max", 0, limit)); },
              "N"},
             {"label", [&](const toml::node& n) { b.label = text(n, "label", true); }, "\"...\""}});
        if (b.min > b.max)
            fail(where, fmt::format("band {} has min {} above max {}", core::quoted(b.label), b.min,
                                    b.max));
        return b;
    }

    void bands(const toml::node& node, Pending& p) const {
        tables(node, "band", [&](const toml::table& table, const toml::source_region& where) {
            auto b = band(table, where);
            for (const auto& other : p.bands)
                if (other.band.label == b.label)
                    fail(where, fmt::format("band label {} is used twice", core::quoted(b.label)));
            if (p.bands.size() == max_bands)
                fail(where, fmt::format("a measure has at most {} bands", max_bands));
            p.bands.push_back({std::move(b), where});
        });
    }

    void better(const toml::node& node, Measure& m) const {
        auto value = node.value_exact<std::string>();
        if (value && *value == "lower") {
            m.better = Better::lower;
        } else if (value && *value == "higher") {
            m.better = Better::higher;
        } else {
            fail(node.source(),
                 fmt::format("better must be \"lower\" or \"higher\" (got {})", shown(node)));
        }
    }

    /// Reads every field; returns what must wait for the items.
    Pending read(const toml::table& root, Measure& m, std::string_view expected_name) const {
        Pending p;
        bool has_name = false, has_title = false, has_better = false, has_items = false,
             has_bands = false;
        for (const auto& [key, node] : root) {
            if (key == "name") {
                m.name = name(node, expected_name);
                has_name = true;
            } else if (key == "title") {
                m.title = text(node, "title", true);
                has_title = true;
            } else if (key == "description") {
                m.description = text(node, "description", false);
            } else if (key == "source") {
                m.source = text(node, "source", false);
            } else if (key == "stem") {
                m.stem = text(node, "stem", false);
            } else if (key == "better") {
                better(node, m);
                has_better = true;
            } else if (key == "reliable_change") {
                p.reliable_change = &node;
            } else if (key == "caseness") {
                p.caseness = &node;
            } else if (key == "critical") {
                p.critical = &node;
            } else if (key == "choice") {
                p.shared = choices(node, "choice");
            } else if (key == "item") {
                items(node, m, p);
                has_items = true;
            } else if (key == "band") {
                bands(node, p);
                has_bands = true;
            } else {
                fail(key.source(),
                     fmt::format("unknown field {} (a measure has name, title, description, "
                                 "source, stem, better, reliable_change, caseness, critical, and "
                                 "[[choice]], [[item]] and [[band]] tables)",
                                 core::quoted(key.str())));
            }
        }
        if (!has_name) fail("no name (add name = \"...\" at the top)");
        if (!has_title) fail("no title (add title = \"...\" at the top)");
        if (!has_better) fail("no better (add better = \"lower\" or better = \"higher\")");
        if (!has_items) fail("no items (add an [[item]] table with key and text)");
        if (!has_bands) fail("no bands (add [[band]] tables with min, max and label)");
        return p;
    }

    /// Gives the items without choices of their own the shared ones.
    void share_choices(Measure& m, const Pending& p) const {
        std::size_t missing = 0;
        for (auto& it : m.items) {
            if (!it.choices.empty()) continue;
            if (p.shared.empty())
                fail(p.own_choices_missing[missing],
                     fmt::format("item {} has no choices (add [[choice]] tables for every item, "
                                 "or choices = [...] to this one)",
                                 it.key));
            it.choices = p.shared;
            ++missing;
        }
        bool any_scored = std::any_of(m.items.begin(), m.items.end(),
                                      [](const MeasureItem& it) { return it.scored; });
        if (!any_scored) fail("no scored items (at least one item must count toward the total)");
    }

    void critical(Measure& m, const toml::node& node) const {
        const auto* array = node.as_array();
        if (array == nullptr)
            fail(node.source(), "critical must be a list of item keys in quotes, such as [\"9\"]");
        for (const auto& element : *array) {
            auto key = element.value_exact<std::string>();
            if (!key)
                fail(element.source(), fmt::format("critical must list item keys in quotes (got "
                                                   "{})",
                                                   shown(element)));
            auto it = std::find_if(m.items.begin(), m.items.end(),
                                   [&](const MeasureItem& i) { return i.key == *key; });
            if (it == m.items.end())
                fail(element.source(), fmt::format("critical item {} is not an item (the items "
                                                   "are {})",
                                                   core::quoted(*key), m.key_list()));
            if (it->critical)
                fail(element.source(),
                     fmt::format("critical item {} is listed twice", core::quoted(*key)));
            it->critical = true;
        }
    }

    /// The bands, sorted, must cover every possible total exactly once.
    void cover(Measure& m, std::vector<PlacedBand> bands) const {
        const int low = m.min_total(), high = m.max_total();
        std::stable_sort(bands.begin(), bands.end(),
                         [](const auto& a, const auto& b) { return a.band.min < b.band.min; });
        int next = low;  // the smallest total not yet covered
        const Band* previous = nullptr;
        for (const auto& [b, where] : bands) {
            if (b.min < low || b.max > high)
                fail(where, fmt::format("band {} ({} to {}) goes beyond the possible totals, {} "
                                        "to {}",
                                        core::quoted(b.label), b.min, b.max, low, high));
            if (b.min > next)
                fail(where, fmt::format("no band covers {} to {}; the bands must cover every "
                                        "total from {} to {} once",
                                        next, b.min - 1, low, high));
            if (b.min < next && previous != nullptr)
                fail(where,
                     fmt::format("band {} ({} to {}) overlaps band {} ({} to {})",
                                 core::quoted(b.label), b.min, b.max, core::quoted(previous->label),
                                 previous->min, previous->max));
            next = b.max + 1;
            previous = &b;
        }
        if (next <= high)
            fail(bands.back().where, fmt::format("no band covers {} to {}; the bands must cover "
                                                 "every total from {} to {} once",
                                                 next, high, low, high));
        for (auto& placed : bands) m.bands.push_back(std::move(placed.band));
    }

    void thresholds(Measure& m, const Pending& p) const {
        const int low = m.min_total(), high = m.max_total();
        if (p.reliable_change != nullptr)
            m.reliable_change = static_cast<int>(whole(*p.reliable_change, "reliable_change", 1,
                                                       high - low, ", the span of the totals"));
        if (p.caseness != nullptr)
            m.caseness = static_cast<int>(
                whole(*p.caseness, "caseness", low, high, ", the possible totals"));
    }

    void check(Measure& m, const Pending& p) const {
        share_choices(m, p);
        if (p.critical != nullptr) critical(m, *p.critical);
        cover(m, p.bands);
        thresholds(m, p);
    }
};

}  // namespace

Measure parse_measure(std::string_view text, const std::string& origin,
                      std::string_view expected_name) {
    Measure m;
    MeasureReader reader(origin);
    auto root = reader.parse(text);  // outlives `pending`, which points into it
    auto pending = reader.read(root, m, expected_name);
    reader.check(m, pending);
    m.toml = std::string(text);
    return m;
}

}  // namespace tend::core
