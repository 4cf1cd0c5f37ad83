// Random (version 4) UUIDs for records, so they can be exported, imported and merged.
#pragma once

#include <string>
#include <string_view>

namespace tend::util {

/// A new random UUID in lower-case canonical form.
[[nodiscard]] std::string new_uuid();

/// True if text is a canonical UUID (8-4-4-4-12 hex digits).
[[nodiscard]] bool is_uuid(std::string_view text);

}  // namespace tend::util
