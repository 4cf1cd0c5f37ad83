// UTF-8 checks and small text helpers shared by validation and rendering.
#pragma once

#include <string>
#include <string_view>
#include <cstdint>
#include <vector>

namespace tend::util {

/// True if text is valid UTF-8.
[[nodiscard]] bool is_valid_utf8(std::string_view text);

/// The code points of valid UTF-8 text.
[[nodiscard]] std::vector<std::uint32_t> code_points(std::string_view text);

/// Appends one code point as UTF-8.
void append_utf8(std::string& out, std::uint32_t cp);

/// C1 control characters (U+0080 to U+009F) and the bidirectional controls that can reorder
/// or hide text on a terminal (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069).
[[nodiscard]] bool is_terminal_control(std::uint32_t cp);

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
