// The template parser: TOML in, a checked Template out, or one error naming file, line and
// problem.
#include "core/template.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include "core/toml_reader.hpp"
#include "core/validate.hpp"
#include "util/error.hpp"

namespace tend::core {
namespace {

constexpr std::size_t max_prompt_key_length = 32;
constexpr std::size_t max_prompts = 50;

bool is_lower_or_digit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool is_prompt_key(std::string_view key) {
    if (key.empty() || key.size() > max_prompt_key_length || key[0] < 'a' || key[0] > 'z')
        return false;
    for (char c : key)
        if (!is_lower_or_digit(c) && c != '-' && c != '_') return false;
    return true;
}

/// Reads one template, throwing "ORIGIN:LINE: problem".
struct TemplateReader : TomlReader {
    using TomlReader::TomlReader;

    Prompt prompt(const toml::table& table, const toml::source_region& where) const {
        Prompt p;
        auto key = [&](const toml::node& node) {
            p.key = text(node, "key", true);
            if (!is_prompt_key(p.key))
                fail(node.source(), fmt::format("key {} must be 1 to {} of a-z, 0-9, '-' and '_', "
                                                "starting with a letter",
                                                core::quoted(p.key), max_prompt_key_length));
        };
        fields(table, where, "a prompt",
               {{"key", key, "\"...\""},
                {"question", [&](const toml::node& n) { p.question = text(n, "question", true); },
                 "\"...\""},
                {"hint", [&](const toml::node& n) { p.hint = text(n, "hint", false); }}});
        return p;
    }

    void prompts(const toml::node& node, Template& t) const {
        tables(node, "prompt", [&](const toml::table& table, const toml::source_region& where) {
            auto p = prompt(table, where);
            if (t.prompt(p.key) != nullptr)
                fail(where, fmt::format("key {} is used twice", core::quoted(p.key)));
            t.prompts.push_back(std::move(p));
        });
        if (t.prompts.size() > max_prompts)
            fail(node.source(), fmt::format("a template has at most {} prompts", max_prompts));
    }

    Template read(const toml::table& root, std::string_view expected_name) const {
        Template t;
        bool has_name = false, has_title = false, has_prompts = false;
        for (const auto& [key, node] : root) {
            if (key == "name") {
                t.name = name(node, expected_name);
                has_name = true;
            } else if (key == "title") {
                t.title = text(node, "title", true);
                has_title = true;
            } else if (key == "prompt") {
                prompts(node, t);
                has_prompts = true;
            } else {
                fail(key.source(), fmt::format("unknown field {} (a template has name, title "
                                               "and [[prompt]] tables)",
                                               core::quoted(key.str())));
            }
        }
        if (!has_name) fail("no name (add name = \"...\" at the top)");
        if (!has_title) fail("no title (add title = \"...\" at the top)");
        if (!has_prompts) fail("no prompts (add a [[prompt]] table with key and question)");
        return t;
    }
};

}  // namespace

Template parse_template(std::string_view text, const std::string& origin,
                        std::string_view expected_name) {
    TemplateReader reader(origin);
    auto t = reader.read(reader.parse(text), expected_name);
    t.source = std::string(text);
    return t;
}

}  // namespace tend::core
