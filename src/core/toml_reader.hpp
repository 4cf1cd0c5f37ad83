// Reading a TOML document the user may have written (a template, a measure): every problem is
// one usage error naming where it is, "ORIGIN:LINE: problem", and the rules every such
// document shares (its text fields, its name) are stated here once.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

namespace tend::core {

/// True if `name` can name a document of a library: 1 to 64 of a-z, 0-9 and '-', starting with
/// a letter (the name is also its file's name).
[[nodiscard]] bool is_document_name(std::string_view name);

/// One field a table may have: its name, what to do with its value, and, for a required field,
/// what the message that it is missing shows in its place ("N", "\"...\"").
struct TomlField {
    std::string_view name;
    std::function<void(const toml::node&)> read;
    std::string_view missing = {};  ///< empty for a field that may be left out
};

class TomlReader {
public:
    /// `origin` names the document in messages: a path, or "built-in template NAME".
    explicit TomlReader(const std::string& origin) : origin_(origin) {}

    /// The whole document, or "ORIGIN:LINE: not valid TOML: ...".
    [[nodiscard]] toml::table parse(std::string_view text) const;

    [[noreturn]] void fail(const toml::source_region& where, std::string_view problem) const;
    [[noreturn]] void fail(std::string_view problem) const;

    /// A string field: quoted, without NUL, and not blank when `required`.
    [[nodiscard]] std::string text(const toml::node& node, std::string_view field,
                                   bool required) const;

    /// The document's `name` field: a document name, and its file's name when `expected` is
    /// not empty.
    [[nodiscard]] std::string name(const toml::node& node, std::string_view expected) const;

    /// Reads each field of `table` (`thing`, as messages name it: "a band", "an item") by the
    /// TomlField of its name. Any other field is "unknown field F in a band (a band has min, max
    /// and label)"; a required one left out is "this band has no min (add min = N)" at `where`.
    void fields(const toml::table& table, const toml::source_region& where, std::string_view thing,
                const std::vector<TomlField>& fields) const;

    /// Calls `each(table, where)` for every table of `node`, which must be a non-empty array of
    /// tables, as `[[band]]` makes one; `field` names it ("band").
    template <class Each>
    void tables(const toml::node& node, std::string_view field, Each&& each) const {
        const auto* array = node.as_array();
        if (array == nullptr || array->empty()) not_tables(node.source(), field, false);
        for (const auto& element : *array) {
            const auto* table = element.as_table();
            if (table == nullptr) not_tables(element.source(), field, true);
            each(*table, element.source());
        }
    }

private:
    [[noreturn]] void not_tables(const toml::source_region& where, std::string_view field,
                                 bool element) const;

    const std::string& origin_;
};

}  // namespace tend::core
