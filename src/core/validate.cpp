#include "core/validate.hpp"

#include <charconv>

#include <fmt/format.h>
#include <utf8cpp/utf8.h>

#include "util/error.hpp"
#include "util/text.hpp"

namespace tend::core {

std::string quoted(std::string_view text) {
    std::string out;
    if (!util::is_valid_utf8(text)) {
        // Bytes, not characters: every byte that is not printable ASCII is shown as \xNN.
        for (char ch : text) {
            auto c = static_cast<unsigned char>(ch);
            if (c < 0x20 || c >= 0x7f)
                out += fmt::format("\\x{:02x}", c);
            else
                out.push_back(ch);
        }
    } else {
        auto it = text.begin();
        while (it != text.end()) {
            auto start = it;
            auto cp = utf8::next(it, text.end());
            if (cp < 0x80 && util::acts_on_terminal(cp))
                out += fmt::format("\\x{:02x}", static_cast<unsigned>(cp));
            else if (util::acts_on_terminal(cp))
                out += fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
            else
                out.append(start, it);
        }
    }
    return fmt::format("\"{}\"", util::truncate(out, 40));
}

std::optional<std::string> text_problem(std::string_view text) {
    if (!util::is_valid_utf8(text))
        return fmt::format("must be valid UTF-8 text (got {})", core::quoted(text));
    if (text.find('\0') != std::string_view::npos) return "must not contain a NUL byte";
    if (text.size() > max_text_bytes)
        return fmt::format("must be at most {} bytes (got {} bytes)", max_text_bytes, text.size());
    return std::nullopt;
}

std::string text_rule() {
    return fmt::format("valid UTF-8 text without NUL, at most {} bytes", max_text_bytes);
}

std::string_view check_text(std::string_view text, std::string_view what) {
    if (auto problem = text_problem(text)) throw usage_error(fmt::format("{} {}", what, *problem));
    return text;
}

std::optional<long long> parse_whole_number(std::string_view text) {
    if (text.empty()) return std::nullopt;  // from_chars refuses anything out of range
    long long value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
    return value;
}

std::int64_t parse_id(std::string_view text, std::string_view what) {
    auto value = parse_whole_number(text);
    if (!value || *value < 1)
        throw usage_error(fmt::format("{} id must be a positive whole number (got {})", what,
                                      core::quoted(text)));
    return *value;
}

}  // namespace tend::core
