// The report of a Daylio import: the moods it added, and those already here that it brought up
// to date or found the same.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/archive.hpp"
#include "render/json.hpp"

namespace tend::render {

/// What a Daylio import did besides adding: the moods already here.
struct DaylioCounts {
    std::size_t updated = 0;
    std::size_t unchanged = 0;
};

/// "Imported FILE: 2 added, 1 updated, 5 unchanged, 0 skipped."
[[nodiscard]] std::string daylio_import_line(const core::ImportReport& report,
                                             const DaylioCounts& here, std::string_view source);

/// The report as JSON: import_json's, with updated and unchanged (already_present is their sum).
[[nodiscard]] Json daylio_import_json(const core::ImportReport& report, const DaylioCounts& here,
                                      std::string_view source, std::string_view from);

}  // namespace tend::render
