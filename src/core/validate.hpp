// Checks for values a user types, shared by every command: ids, free text, and how a bad value
// is shown back in an error message.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tend::core {

/// The most bytes a note, answer or title may hold.
inline constexpr std::size_t max_text_bytes = 2 * 1024 * 1024;

/// A user value quoted for an error message: control characters (C0 and DEL as \xNN, C1 and
/// bidirectional controls as \uNNNN) and the bytes of invalid UTF-8 escaped, cut at 40
/// characters, so the message stays one line that cannot drive the terminal.
[[nodiscard]] std::string quoted(std::string_view text);

/// What is wrong with free text a user typed (a note, an answer, a title), as the words that
/// follow its name: "must be valid UTF-8 text (got ...)", "must not contain a NUL byte" or "must
/// be at most N bytes (got N bytes)"; nullopt if it is valid UTF-8, without NUL, within
/// max_text_bytes. Callers that report it in their own words add their place to this.
[[nodiscard]] std::optional<std::string> text_problem(std::string_view text);

/// The same rule in one phrase, for a message about text that is not given back:
/// "valid UTF-8 text without NUL, at most N bytes".
[[nodiscard]] std::string text_rule();

/// Free text a user typed, checked by text_problem: throws a usage error naming it `what`.
/// Returns it unchanged.
std::string_view check_text(std::string_view text, std::string_view what);

/// A whole number written in decimal with an optional minus sign, nothing else, that fits in 64
/// bits; nullopt if not.
[[nodiscard]] std::optional<long long> parse_whole_number(std::string_view text);

/// A record id from its text: a positive whole number. `what` names the record kind.
[[nodiscard]] std::int64_t parse_id(std::string_view text, std::string_view what);

}  // namespace tend::core
