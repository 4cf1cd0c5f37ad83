#include "render/json.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <utf8cpp/utf8.h>
#include <nlohmann/json.hpp>

#include "util/text.hpp"

namespace tend::render {

std::string json_text(const Json& doc) {
    auto text = doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    // The dump escapes C0 controls but writes DEL, C1 controls and bidirectional overrides as
    // they are, and JSON is often read on a terminal: escape those too (the same string to any
    // JSON reader). They can only stand inside strings, where \uXXXX is always valid. Text
    // below DEL holds none of them, and is kept as it is rather than copied.
    if (std::all_of(text.begin(), text.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x7f; })) {
        text += '\n';
        return text;
    }
    std::string out;
    out.reserve(text.size() + 1);
    auto it = text.begin();
    while (it != text.end()) {
        auto start = it;
        auto cp = utf8::next(it, text.end());
        if (cp >= 0x20 && util::acts_on_terminal(cp))
            out += fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
        else
            out.append(start, it);
    }
    out += '\n';
    return out;
}

Json json_instant(const core::Instant& at) {
    return core::format_iso(at);
}

Json json_day(core::Day day) {
    return core::format_day(day);
}

}  // namespace tend::render
