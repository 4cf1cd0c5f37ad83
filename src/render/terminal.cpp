#include "render/terminal.hpp"

#include <unistd.h>

#include <cctype>
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
    return style;
}

std::string sanitize(std::string_view text, bool keep_newlines) {
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

std::string paint(const Style& style, std::string_view code, std::string_view text) {
    if (!style.color) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
}

}  // namespace tend::render
