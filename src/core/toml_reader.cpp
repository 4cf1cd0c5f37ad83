#include "core/toml_reader.hpp"

#include <fmt/format.h>

#include "core/choices.hpp"
#include "core/validate.hpp"
#include "util/error.hpp"

namespace tend::core {
namespace {

constexpr std::size_t max_name_length = 64;

}  // namespace

bool is_document_name(std::string_view name) {
    if (name.empty() || name.size() > max_name_length || name[0] < 'a' || name[0] > 'z')
        return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

toml::table TomlReader::parse(std::string_view text) const {
    try {
        return toml::parse(text, std::string_view(origin_));
    } catch (const toml::parse_error& e) {
        throw usage_error(fmt::format("{}:{}: not valid TOML: {}", origin_, e.source().begin.line,
                                      e.description()));
    }
}

void TomlReader::fail(const toml::source_region& where, std::string_view problem) const {
    throw usage_error(fmt::format("{}:{}: {}", origin_, where.begin.line, problem));
}

void TomlReader::fail(std::string_view problem) const {
    throw usage_error(fmt::format("{}: {}", origin_, problem));
}

std::string TomlReader::text(const toml::node& node, std::string_view field, bool required) const {
    auto value = node.value_exact<std::string>();
    if (!value) fail(node.source(), fmt::format("{} must be a string in quotes", field));
    if (required && value->find_first_not_of(" \t\r\n") == std::string::npos)
        fail(node.source(), fmt::format("{} must not be empty", field));
    if (value->find('\0') != std::string::npos)
        fail(node.source(), fmt::format("{} must not contain a NUL character", field));
    return *value;
}

std::string TomlReader::name(const toml::node& node, std::string_view expected) const {
    auto name = text(node, "name", true);
    if (!is_document_name(name))
        fail(node.source(), fmt::format("name {} must be 1 to {} of a-z, 0-9 and '-', starting "
                                        "with a letter",
                                        core::quoted(name), max_name_length));
    if (!expected.empty() && name != expected)
        fail(node.source(), fmt::format("name {} does not match the file name {}.toml",
                                        core::quoted(name), expected));
    return name;
}

void TomlReader::fields(const toml::table& table, const toml::source_region& where,
                        std::string_view thing, const std::vector<TomlField>& fields) const {
    std::vector<bool> seen(fields.size());
    for (const auto& [key, node] : table) {
        std::size_t i = 0;
        while (i < fields.size() && fields[i].name != key.str()) ++i;
        if (i == fields.size()) {
            std::vector<std::string> names;
            for (const auto& f : fields) names.emplace_back(f.name);
            fail(key.source(), fmt::format("unknown field {} in {} ({} has {})",
                                           core::quoted(key.str()), thing, thing, all_of(names)));
        }
        fields[i].read(node);
        seen[i] = true;
    }
    auto noun = thing.substr(thing.find(' ') + 1);
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (!seen[i] && !fields[i].missing.empty())
            fail(where, fmt::format("this {} has no {} (add {} = {})", noun, fields[i].name,
                                    fields[i].name, fields[i].missing));
}

void TomlReader::not_tables(const toml::source_region& where, std::string_view field,
                            bool element) const {
    if (!element) fail(where, fmt::format("{0} must be a list of [[{0}]] tables", field));
    bool vowel = std::string_view("aeiou").find(field.front()) != std::string_view::npos;
    fail(where, fmt::format("each {0} must be {1} [[{0}]] table", field, vowel ? "an" : "a"));
}

}  // namespace tend::core
