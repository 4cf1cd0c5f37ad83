// Terminal facts in one place: is this a terminal, may we colour, does the locale speak UTF-8,
// and making user text safe to print (no control characters or escape sequences reach a
// terminal raw).
#pragma once

#include <string>
#include <string_view>

#include "core/options.hpp"

namespace tend::render {

/// How output may look on the stream it goes to.
struct Style {
    bool color = false;  ///< ANSI colours and bold allowed
    bool utf8 = true;    ///< the locale can show non-ASCII (sparklines, arrows)
    /// The columns a line may take: $COLUMNS, else the terminal's width; 0 for no limit (output
    /// that is not a terminal, without $COLUMNS).
    std::size_t width = 0;
};

/// True if the file descriptor is a terminal.
[[nodiscard]] bool is_terminal(int fd);

/// Where a colour mode came from: NO_COLOR outranks the config file, not the command line.
enum class ColorSource { config, command_line };

/// The style for a file descriptor: colour only on a terminal, never with NO_COLOR set or
/// `never`; with `always`, even off a terminal, but from the config only without NO_COLOR.
/// UTF-8 unless the locale says otherwise. The width from $COLUMNS (a whole number from 20 to
/// 10000), else the terminal's.
[[nodiscard]] Style style_for(int fd, core::ColorMode mode, ColorSource source);

/// User text made safe for a terminal or a text file: C0/C1 control characters and DEL shown in
/// caret or \u form (newlines and tabs become spaces unless `keep_newlines`), bidirectional
/// overrides neutralised, invalid UTF-8 replaced by U+FFFD.
[[nodiscard]] std::string sanitize(std::string_view text, bool keep_newlines = false);

/// Output bound for a terminal, whatever produced it (a listing, an export, an acknowledgement
/// naming a file): every character that would act on the terminal is shown as `sanitize` shows
/// it, newlines and tabs kept. With `keep_color`, tend's own colour codes (ESC [ digits and
/// semicolons m) pass; nothing else with an escape does. Text already sanitized is unchanged.
[[nodiscard]] std::string safe_for_terminal(std::string_view text, bool keep_color);

/// Text on a line of its own: `indent` spaces, the text sanitized, a newline.
[[nodiscard]] std::string text_line(std::string_view text, int indent = 2);

/// Every line of already rendered text moved right by `indent` spaces.
[[nodiscard]] std::string indent_lines(std::string_view text, int indent = 2);

/// Wraps text in an ANSI SGR sequence when colour is on.
[[nodiscard]] std::string paint(const Style& style, std::string_view sgr, std::string_view text);

/// SGR codes used by the renderers.
namespace sgr {
inline constexpr std::string_view bold = "1";
inline constexpr std::string_view dim = "2";
inline constexpr std::string_view green = "32";
inline constexpr std::string_view yellow = "33";
inline constexpr std::string_view cyan = "36";
}  // namespace sgr

}  // namespace tend::render
