// UTF-8 checks and small text helpers shared by validation and rendering.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tend::util {

/// True for a code point that acts on a terminal instead of showing: C0 and C1 controls, DEL,
/// and the bidirectional controls that reorder what follows.
[[nodiscard]] bool acts_on_terminal(std::uint32_t cp);

/// True if text is valid UTF-8.
[[nodiscard]] bool is_valid_utf8(std::string_view text);

/// Number of code points (the width used to align plain-text columns).
[[nodiscard]] std::size_t display_width(std::string_view text);

/// Text cut to at most `width` code points, with "…" marking a cut.
[[nodiscard]] std::string truncate(std::string_view text, std::size_t width);

/// Leading and trailing white space removed.
[[nodiscard]] std::string_view trim(std::string_view text);

/// ASCII lower case.
[[nodiscard]] std::string to_lower(std::string_view text);

/// The items with `separator` between them.
[[nodiscard]] std::string join(const std::vector<std::string>& items, std::string_view separator);

/// "1 day", "3 days".
[[nodiscard]] std::string plural(long n, std::string_view one, std::string_view many);

/// An ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st.
[[nodiscard]] std::string ordinal(long n);

}  // namespace tend::util
