// User-facing choices shared by the command line and the config file: output format and colour.
#pragma once

#include <optional>
#include <string_view>

namespace tend::core {

enum class Format { text, markdown, json };
enum class ColorMode { automatic, always, never };

/// "text", "markdown" (or "md"), "json"; nullopt otherwise.
[[nodiscard]] std::optional<Format> parse_format(std::string_view text);

/// "auto", "always", "never"; nullopt otherwise.
[[nodiscard]] std::optional<ColorMode> parse_color_mode(std::string_view text);

inline constexpr std::string_view format_choices = "text, markdown or json";
inline constexpr std::string_view color_choices = "auto, always or never";

}  // namespace tend::core
