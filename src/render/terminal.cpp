#include "render/terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>
#include <utf8cpp/utf8.h>

#include "util/env.hpp"
#include "util/text.hpp"

namespace tend::render {
namespace {

bool locale_is_utf8() {
    for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
        if (auto value = util::env(name)) {
            auto s = util::to_lower(*value);
            return s.find("utf-8") != std::string::npos || s.find("utf8") != std::string::npos;
        }
    }
    return false;  // the C locale
}

/// $COLUMNS when it is a sensible width, else the terminal's width, else 0 (no limit).
std::size_t line_width(int fd, bool tty) {
    if (auto columns = util::env("COLUMNS")) {
        std::size_t n = 0;
        auto [end, ec] = std::from_chars(columns->data(), columns->data() + columns->size(), n);
        if (ec == std::errc() && end == columns->data() + columns->size() && n >= 20 && n <= 10000)
            return n;
    }
    winsize size{};
    if (tty && ::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20) return size.ws_col;
    return 0;
}

}  // namespace

bool is_terminal(int fd) {
    return ::isatty(fd) == 1;
}

Style style_for(int fd, core::ColorMode mode, ColorSource source) {
    Style style;
    style.utf8 = locale_is_utf8();
    bool no_color = util::env("NO_COLOR").has_value();
    bool tty = is_terminal(fd);
    const char* term = std::getenv("TERM");
    bool dumb = term == nullptr || std::strcmp(term, "dumb") == 0;
    switch (mode) {
        case core::ColorMode::always:
            style.color = source == ColorSource::command_line || !no_color;
            break;
        case core::ColorMode::never:
            style.color = false;
            break;
        case core::ColorMode::automatic:
            style.color = tty && !dumb && !no_color;
            break;
    }
    style.width = line_width(fd, tty);
    return style;
}

std::string text_line(std::string_view text, int indent) {
    return std::string(static_cast<std::size_t>(indent), ' ') + sanitize(text) + "\n";
}

std::string indent_lines(std::string_view text, int indent) {
    std::string pad(static_cast<std::size_t>(indent), ' '), out;
    std::size_t start = 0;
    while (start < text.size()) {
        auto nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size() - 1;
        out += pad;
        out += text.substr(start, nl - start + 1);
        start = nl + 1;
    }
    return out;
}

std::string sanitize(std::string_view text, bool keep_newlines) {
    // Most text is printable ASCII, which stays as it is: only a byte outside it needs a look.
    auto plain = [keep_newlines](char c) {
        auto b = static_cast<unsigned char>(c);
        return (b >= 0x20 && b < 0x7f) || (keep_newlines && (b == '\n' || b == '\t'));
    };
    if (std::all_of(text.begin(), text.end(), plain)) return std::string(text);
    std::string valid;
    if (!utf8::is_valid(text.begin(), text.end())) {
        utf8::replace_invalid(text.begin(), text.end(), std::back_inserter(valid));
        text = valid;
    }
    std::string out;
    out.reserve(text.size());
    auto it = text.begin();
    while (it != text.end()) {
        auto start = it;
        auto cp = utf8::next(it, text.end());
        if (keep_newlines && (cp == '\n' || cp == '\t')) {
            out.push_back(static_cast<char>(cp));
        } else if (cp == '\n' || cp == '\t' || cp == '\r') {
            out.push_back(' ');
        } else if (cp < 0x20) {
            out.push_back('^');
            out.push_back(static_cast<char>(cp + 0x40));
        } else if (cp == 0x7f) {
            out += "^?";
        } else if (util::acts_on_terminal(cp)) {  // C1 controls, bidirectional controls
            out += fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
        } else {
            out.append(start, it);
        }
    }
    return out;
}

namespace {

/// The length of the colour code (ESC [ digits and semicolons m) at the start of `text`, or 0.
std::size_t color_code_length(std::string_view text) {
    if (text.size() < 3 || text[0] != '\x1b' || text[1] != '[') return 0;
    for (std::size_t i = 2; i < text.size(); ++i) {
        char c = text[i];
        if (c == 'm') return i + 1;
        if ((c < '0' || c > '9') && c != ';') return 0;
    }
    return 0;
}

}  // namespace

std::string safe_for_terminal(std::string_view text, bool keep_color) {
    if (!keep_color) return sanitize(text, /*keep_newlines=*/true);
    std::string out;
    out.reserve(text.size());
    std::size_t start = 0;
    for (auto esc = text.find('\x1b'); esc != std::string_view::npos;
         esc = text.find('\x1b', esc + 1)) {
        auto n = color_code_length(text.substr(esc));
        if (n == 0) continue;
        out += sanitize(text.substr(start, esc - start), /*keep_newlines=*/true);
        out.append(text.substr(esc, n));
        start = esc + n;
        esc = start - 1;
    }
    out += sanitize(text.substr(start), /*keep_newlines=*/true);
    return out;
}

std::string paint(const Style& style, std::string_view code, std::string_view text) {
    if (!style.color) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
}

}  // namespace tend::render
