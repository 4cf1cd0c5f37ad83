// User-facing choices shared by the command line and the config file: output format and colour,
// and the formats of export and import. Each set of words is one table (core/choices.hpp).
#pragma once

#include <optional>
#include <string_view>

#include "core/choices.hpp"

namespace tend::core {

enum class Format { text, markdown, json };
enum class ColorMode { automatic, always, never };
enum class ExportFormat { json, csv, markdown };
enum class ImportSource { tend, daylio, jrnl };

/// --format and the config's `format`: "text", "markdown" (or "md"), "json".
inline constexpr Choices<Format, 4> formats{{{
    {"text", Format::text},
    {"markdown", Format::markdown},
    {.word = "md", .value = Format::markdown, .offered = false},
    {"json", Format::json},
}}};

/// tend summary --format: the formats of every command, and "html", a report that only the
/// summary makes (never the config's `format`, which every command reads).
enum class SummaryFormat { text, markdown, json, html };
inline constexpr Choices<SummaryFormat, 5> summary_formats{{{
    {"text", SummaryFormat::text},
    {"markdown", SummaryFormat::markdown},
    {.word = "md", .value = SummaryFormat::markdown, .offered = false},
    {"json", SummaryFormat::json},
    {.word = "html",
     .value = SummaryFormat::html,
     .help = "one page with charts, to open in a browser, print or save as PDF"},
}}};

/// --color and the config's `color`: "auto", "always", "never".
inline constexpr Choices<ColorMode, 3> color_modes{{{
    {"auto", ColorMode::automatic},
    {"always", ColorMode::always},
    {"never", ColorMode::never},
}}};

/// export --format: "json", "csv", "markdown" (or "md").
inline constexpr Choices<ExportFormat, 4> export_formats{{{
    {"json", ExportFormat::json, "everything", "everything, for import"},
    {"csv", ExportFormat::csv, "moods only"},
    {.word = "markdown", .value = ExportFormat::markdown, .help = "a journal"},
    {.word = "md", .value = ExportFormat::markdown, .offered = false},
}}};

/// import --from: "tend", "daylio", "jrnl".
inline constexpr Choices<ImportSource, 3> import_sources{{{
    {.word = "tend", .value = ImportSource::tend, .help = "an export, the default"},
    {"daylio", ImportSource::daylio},
    {"jrnl", ImportSource::jrnl},
}}};

/// "text", "markdown" (or "md"), "json"; nullopt otherwise.
[[nodiscard]] std::optional<Format> parse_format(std::string_view text);

/// "auto", "always", "never"; nullopt otherwise.
[[nodiscard]] std::optional<ColorMode> parse_color_mode(std::string_view text);

}  // namespace tend::core
