// JSON output: ordered objects (stable field order), two-space indent, a final newline, any
// invalid UTF-8 from old data replaced rather than fatal, and no character that acts on a
// terminal written raw.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/clock.hpp"

namespace tend::render {

using Json = nlohmann::ordered_json;

/// The document as text, ending with a newline.
[[nodiscard]] std::string json_text(const Json& doc);

/// An instant as PRODUCT.md's JSON shows it: local time with offset.
[[nodiscard]] inline Json json_instant(const core::Instant& at) {
    return core::format_iso(at);
}

/// A day as `YYYY-MM-DD`.
[[nodiscard]] inline Json json_day(core::Day day) {
    return core::format_day(day);
}

}  // namespace tend::render
