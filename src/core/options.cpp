#include "core/options.hpp"

namespace tend::core {

std::optional<Format> parse_format(std::string_view text) {
    return formats.parse(text);
}

std::optional<ColorMode> parse_color_mode(std::string_view text) {
    return color_modes.parse(text);
}

}  // namespace tend::core
