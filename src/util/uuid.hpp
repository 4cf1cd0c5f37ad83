// UUIDs for records, so they can be exported, imported and merged: random (version 4) for new
// records, name-based (version 5) for records imported from elsewhere.
#pragma once

#include <string>
#include <string_view>

namespace tend::util {

/// A new random UUID in lower-case canonical form.
[[nodiscard]] std::string new_uuid();

/// True if text is a canonical UUID (8-4-4-4-12 hex digits).
[[nodiscard]] bool is_uuid(std::string_view text);

/// The name-based (version 5, SHA-1) UUID of `name` within the namespace UUID `space` (RFC 4122
/// section 4.3): the same name always gives the same UUID, so a re-imported record is known.
[[nodiscard]] std::string name_uuid(std::string_view space, std::string_view name);

}  // namespace tend::util
