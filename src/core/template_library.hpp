// Finding templates: the user's directory ($XDG_CONFIG_HOME/tend/templates/NAME.toml) overrides
// or adds to the built-in ones.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/template.hpp"

namespace tend::core {

/// `$XDG_CONFIG_HOME/tend/templates`.
[[nodiscard]] std::filesystem::path user_templates_dir();

/// The template called `name`: the user's file if there is one, else the built-in, else
/// nullopt. A malformed file is the parser's error.
[[nodiscard]] std::optional<Template> find_template(std::string_view name,
                                                    const std::filesystem::path& dir);

/// The template called `name`: the user's file if there is one, else the built-in. Throws a
/// usage error naming it and listing the known templates when there is neither, and the
/// parser's error when the file is malformed.
[[nodiscard]] Template load_template(std::string_view name, const std::filesystem::path& dir);

/// The names of every template, built-in and the user's, from file names alone (a malformed
/// file still names itself).
[[nodiscard]] std::set<std::string> template_names(const std::filesystem::path& dir);

/// Every template, built-in and the user's, sorted by name (a file overrides a built-in of
/// its name). A malformed file is an error.
[[nodiscard]] std::vector<Template> all_templates(const std::filesystem::path& dir);

}  // namespace tend::core
