// What a file given to import looks like, judged from its first bytes, so that a file of the
// wrong kind is refused with what it seems to be rather than a bare syntax error.
#pragma once

#include <string_view>

namespace tend::core {

enum class FileShape {
    empty,        ///< nothing but white space
    binary,       ///< NUL bytes, or a first line that is not UTF-8
    tend_export,  ///< JSON naming the tend-export format
    jrnl_json,    ///< JSON with jrnl's "entries" (and "tags")
    json,         ///< other JSON: starts with { or [
    daylio_csv,   ///< Daylio's header, or a first line shaped like one of its rows
    csv,          ///< a first line with commas
    text,         ///< other text
};

/// The shape of a file's text (a leading byte-order mark and white space ignored).
[[nodiscard]] FileShape shape_of(std::string_view text);

/// The shape in words for a message: "a tend export", "jrnl's JSON export", "a JSON file",
/// "Daylio's CSV export", "a CSV file", "plain text", "not text", "empty".
[[nodiscard]] std::string_view shape_words(FileShape shape);

}  // namespace tend::core
