// What a device keeps about itself in its database (table `setting`): its name in a sync folder.
#pragma once

#include <optional>
#include <string>

#include "store/database.hpp"

namespace tend::store {

/// The setting's value, if it was set.
[[nodiscard]] std::optional<std::string> setting(Database& db, const std::string& key);

/// Sets a setting (inside the caller's transaction).
void set_setting(Database& db, const std::string& key, const std::string& value);

}  // namespace tend::store
