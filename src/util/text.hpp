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

/// Number of code points (characters, as a length limit counts them); bytes if not UTF-8.
[[nodiscard]] std::size_t code_point_count(std::string_view text);

/// The columns text takes on a terminal, for aligning plain-text columns: two for each wide
/// character (CJK, most emoji), none for combining marks and zero-width characters, one for the
/// rest (Unicode's East Asian Width, as utf8proc gives it); bytes if not UTF-8.
[[nodiscard]] std::size_t display_width(std::string_view text);

/// Text followed by spaces up to `width` columns (as display_width counts them).
[[nodiscard]] std::string pad_right(std::string_view text, std::size_t width);

/// Text cut to at most `length` code points, with "…" marking a cut.
[[nodiscard]] std::string truncate(std::string_view text, std::size_t length);

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
