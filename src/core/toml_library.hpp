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
#include "util/files.hpp"

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

/// A library of one kind of document, parsed into `Doc` (a Template, a Measure), which has a
/// `path` for the user's file it came from. `dir` is the user's directory: `user_dir()` unless
/// given (tests give another).
template <class Doc>
class DocumentLibrary {
public:
    using Parser = Doc (*)(std::string_view text, const std::string& origin, std::string_view name);

    /// `subdir` is the user's directory under tend's configuration directory.
    DocumentLibrary(TomlLibrary toml, std::string_view subdir, Parser parse)
        : toml_(std::move(toml)), subdir_(subdir), parse_(parse) {}

    /// `$XDG_CONFIG_HOME/tend/SUBDIR`.
    [[nodiscard]] std::filesystem::path user_dir() const {
        return util::config_home() / "tend" / subdir_;
    }

    /// The document called `name`: the user's file if there is one, else the built-in, else
    /// nullopt. A malformed file is the parser's error.
    [[nodiscard]] std::optional<Doc> find(std::string_view name) const {
        return find(name, user_dir());
    }
    [[nodiscard]] std::optional<Doc> find(std::string_view name,
                                          const std::filesystem::path& dir) const {
        if (auto source = toml_.find(name, dir)) return parsed(*source);
        return std::nullopt;
    }

    /// As find, with a usage error naming `name` and listing the known documents when there is
    /// none.
    [[nodiscard]] Doc load(std::string_view name) const { return load(name, user_dir()); }
    [[nodiscard]] Doc load(std::string_view name, const std::filesystem::path& dir) const {
        if (auto doc = find(name, dir)) return *doc;
        toml_.refuse_unknown(name, dir);
    }

    /// The names of every document, built-in and the user's, from file names alone (a
    /// malformed file still names itself).
    [[nodiscard]] std::set<std::string> names(const std::filesystem::path& dir) const {
        return toml_.names(dir);
    }

    /// Every document, sorted by name, a user's file in place of the built-in of its name. A
    /// malformed file is an error.
    [[nodiscard]] std::vector<Doc> all() const { return all(user_dir()); }
    [[nodiscard]] std::vector<Doc> all(const std::filesystem::path& dir) const {
        std::vector<Doc> out;
        for (const auto& source : toml_.all(dir)) out.push_back(parsed(source));
        return out;
    }

private:
    [[nodiscard]] Doc parsed(const TomlSource& source) const {
        auto doc = parse_(source.text, source.origin, source.name);
        if (source.path) doc.path = *source.path;
        return doc;
    }

    TomlLibrary toml_;
    std::string_view subdir_;
    Parser parse_;
};

}  // namespace tend::core
