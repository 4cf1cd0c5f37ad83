#include "core/options.hpp"

namespace tend::core {

std::optional<Format> parse_format(std::string_view text) {
    if (text == "text") return Format::text;
    if (text == "markdown" || text == "md") return Format::markdown;
    if (text == "json") return Format::json;
    return std::nullopt;
}

std::optional<ColorMode> parse_color_mode(std::string_view text) {
    if (text == "auto") return ColorMode::automatic;
    if (text == "always") return ColorMode::always;
    if (text == "never") return ColorMode::never;
    return std::nullopt;
}

}  // namespace tend::core
