// A library of named TOML documents (the guided templates, the measures): some compiled in,
// and the user's directory, whose NAME.toml adds one or overrides the built-in of that name.
// It finds and lists the documents' texts; each kind parses its own.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/builtin_toml.hpp"

namespace tend::core {

/// One document's text and where it came from.
struct TomlSource {
    std::string name;
    std::string origin;  ///< for messages: the file's path, or "built-in template NAME"
    std::string text;
    std::optional<std::filesystem::path> path;  ///< the user's file, if it is one
};

class TomlLibrary {
public:
    /// `noun` names a document in messages ("template"), `list_command` the command that lists
    /// them ("tend template list"); `is_name` says which names a document can have.
    TomlLibrary(std::string_view noun, std::string_view list_command,
                const std::vector<BuiltinToml>& builtins, bool (*is_name)(std::string_view));

    /// The document called `name`: the user's file in `dir` if there is one, else the
    /// built-in, else nullopt.
    [[nodiscard]] std::optional<TomlSource> find(std::string_view name,
                                                 const std::filesystem::path& dir) const;

    /// The names of every document, built-in and the user's, from file names alone.
    [[nodiscard]] std::set<std::string> names(const std::filesystem::path& dir) const;

    /// Every document, sorted by name, a user's file in place of the built-in of its name.
    [[nodiscard]] std::vector<TomlSource> all(const std::filesystem::path& dir) const;

    /// The usage error for a name that is no document, listing those there are.
    [[noreturn]] void refuse_unknown(std::string_view name, const std::filesystem::path& dir) const;

private:
    [[nodiscard]] TomlSource builtin(const BuiltinToml& b) const;

    std::string_view noun_;
    std::string_view list_command_;
    const std::vector<BuiltinToml>& builtins_;
    bool (*is_name_)(std::string_view);
};

}  // namespace tend::core
