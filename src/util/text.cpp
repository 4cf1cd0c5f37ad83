#include "util/text.hpp"

#include <cctype>
#include <iterator>

#include <fmt/format.h>
#include <utf8cpp/utf8.h>
#include <utf8proc.h>

namespace tend::util {

bool acts_on_terminal(std::uint32_t cp) {
    bool bidi = (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e ||
                cp == 0x200f || cp == 0x061c;
    return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || bidi;
}

bool is_valid_utf8(std::string_view text) {
    return utf8::is_valid(text.begin(), text.end());
}

std::size_t code_point_count(std::string_view text) {
    if (!is_valid_utf8(text)) return text.size();
    return static_cast<std::size_t>(utf8::distance(text.begin(), text.end()));
}

std::size_t display_width(std::string_view text) {
    if (!is_valid_utf8(text)) return text.size();
    std::size_t width = 0;
    for (auto it = text.begin(); it != text.end();) {
        auto cp = static_cast<utf8proc_int32_t>(utf8::next(it, text.end()));
        width += static_cast<std::size_t>(utf8proc_charwidth(cp));
    }
    return width;
}

std::string pad_right(std::string_view text, std::size_t width) {
    std::string out(text);
    auto taken = display_width(text);
    if (taken < width) out.append(width - taken, ' ');
    return out;
}

std::string truncate(std::string_view text, std::size_t length) {
    if (code_point_count(text) <= length || !is_valid_utf8(text)) return std::string(text);
    auto it = text.begin();
    for (std::size_t i = 0; i + 1 < length; ++i) utf8::next(it, text.end());
    return std::string(text.begin(), it) + "…";
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::string to_lower(std::string_view text) {
    std::string out(text);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

std::string plural(long n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string ordinal(long n) {
    const char* suffix = "th";
    if (n % 100 < 11 || n % 100 > 13) {
        if (n % 10 == 1)
            suffix = "st";
        else if (n % 10 == 2)
            suffix = "nd";
        else if (n % 10 == 3)
            suffix = "rd";
    }
    return fmt::format("{}{}", n, suffix);
}

}  // namespace tend::util
