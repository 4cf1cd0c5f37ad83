#include "core/file_shape.hpp"

#include <algorithm>

#include "core/daylio.hpp"
#include "util/text.hpp"

namespace tend::core {

FileShape shape_of(std::string_view text) {
    if (text.starts_with("\xef\xbb\xbf")) text.remove_prefix(3);
    // A NUL byte, or a first line that is not UTF-8: a text file with one bad character further
    // on is left to its reader, which names the line.
    auto start = text.substr(0, 64 * 1024);
    if (start.find('\0') != std::string_view::npos) return FileShape::binary;
    auto first_line = start.substr(0, start.find_first_of("\r\n"));
    if (first_line.size() == 64 * 1024) {
        // Cut short: a character may have been cut in two.
        while (!first_line.empty() &&
               (static_cast<unsigned char>(first_line.back()) & 0xC0U) == 0x80U)
            first_line.remove_suffix(1);
        if (!first_line.empty() && static_cast<unsigned char>(first_line.back()) >= 0xC0U)
            first_line.remove_suffix(1);
    }
    if (!util::is_valid_utf8(first_line)) return FileShape::binary;
    auto body = util::trim(text);
    if (body.empty()) return FileShape::empty;
    if (body.front() == '{' || body.front() == '[') {
        // The keys are near the start of an export: its header, or jrnl's "tags" then "entries".
        auto head = body.substr(0, 4096);
        if (head.find("\"tend-export\"") != std::string_view::npos) return FileShape::tend_export;
        if (head.find("\"entries\"") != std::string_view::npos &&
            (head.find("\"tags\"") != std::string_view::npos ||
             head.find("\"starred\"") != std::string_view::npos))
            return FileShape::jrnl_json;
        return FileShape::json;
    }
    if (looks_like_daylio(text)) return FileShape::daylio_csv;
    auto first = body.substr(0, std::min(body.find_first_of("\r\n"), std::size_t{4096}));
    if (first.find(',') != std::string_view::npos) return FileShape::csv;
    return FileShape::text;
}

std::string_view shape_words(FileShape shape) {
    switch (shape) {
        case FileShape::empty:
            return "empty";
        case FileShape::binary:
            return "not text";
        case FileShape::tend_export:
            return "a tend export";
        case FileShape::jrnl_json:
            return "jrnl's JSON export";
        case FileShape::json:
            return "a JSON file";
        case FileShape::daylio_csv:
            return "Daylio's CSV export";
        case FileShape::csv:
            return "a CSV file";
        case FileShape::text:
            return "plain text";
    }
    return "unknown";
}

}  // namespace tend::core
