// SHA-1, only for name-based (version 5) UUIDs: deterministic identities for imported records.
// Not for anything that needs collision resistance against an adversary.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace tend::util {

/// The 20-byte SHA-1 digest of `data`.
[[nodiscard]] std::array<std::uint8_t, 20> sha1(std::string_view data);

}  // namespace tend::util
