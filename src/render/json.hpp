// JSON output: ordered objects (stable field order), two-space indent, a final newline, any
// invalid UTF-8 from old data replaced rather than fatal, and no character that acts on a
// terminal written raw. Only nlohmann/json's declarations: a file that builds or prints a
// document includes <nlohmann/json.hpp> itself, so that the many that pass one along do not
// parse it.
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/clock.hpp"

namespace tend::render {

using Json = nlohmann::ordered_json;

/// The document as text, ending with a newline.
[[nodiscard]] std::string json_text(const Json& doc);

/// An instant as PRODUCT.md's JSON shows it: local time with offset.
[[nodiscard]] Json json_instant(const core::Instant& at);

/// A day as `YYYY-MM-DD`.
[[nodiscard]] Json json_day(core::Day day);

}  // namespace tend::render
