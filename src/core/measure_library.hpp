// Finding measures: the user's directory ($XDG_CONFIG_HOME/tend/measures/NAME.toml) overrides or
// adds to the built-in ones, as for templates.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/measure.hpp"

namespace tend::core {

/// `$XDG_CONFIG_HOME/tend/measures`.
[[nodiscard]] std::filesystem::path user_measures_dir();

/// The measure called `name`: the user's file in `dir` if there is one, else the built-in,
/// else nullopt. A malformed file is the parser's error.
[[nodiscard]] std::optional<Measure> find_measure(std::string_view name,
                                                  const std::filesystem::path& dir);

/// The measure called `name`: the user's file if there is one, else the built-in. Throws a
/// usage error naming it and listing the known measures when there is neither, and the
/// parser's error when the file is malformed.
[[nodiscard]] Measure load_measure(std::string_view name, const std::filesystem::path& dir);

/// The names of every measure, built-in and the user's, from file names alone (a malformed
/// file still names itself).
[[nodiscard]] std::set<std::string> measure_names(const std::filesystem::path& dir);

/// Every measure, built-in and the user's, sorted by name (a file overrides a built-in of its
/// name). A malformed file is an error.
[[nodiscard]] std::vector<Measure> all_measures(const std::filesystem::path& dir);

}  // namespace tend::core
