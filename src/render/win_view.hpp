// How wins look: the listing in text, Markdown and JSON, and the line that acknowledges one.
#pragma once

#include <string>
#include <vector>

#include "core/options.hpp"
#include "core/win.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// A win as a JSON object: id, uuid, at, day, text.
[[nodiscard]] Json win_json(const core::Win& win);

/// A listing of wins in the chosen format.
[[nodiscard]] std::string win_list(const std::vector<core::Win>& wins, core::Format format,
                                   const Style& style);

/// The acknowledgement after noting a win.
[[nodiscard]] std::string win_noted(const core::Win& win, const Style& style);

}  // namespace tend::render
