// Reading a TOML document the user may have written (a template, a measure): every problem is
// one usage error naming where it is, "ORIGIN:LINE: problem", and the rules every such
// document shares (its text fields, its name) are stated here once.
#pragma once

#include <string>
#include <string_view>

#include <toml++/toml.h>

namespace tend::core {

/// True if `name` can name a document of a library: 1 to 64 of a-z, 0-9 and '-', starting with
/// a letter (the name is also its file's name).
[[nodiscard]] bool is_document_name(std::string_view name);

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

private:
    const std::string& origin_;
};

}  // namespace tend::core
