// The reports of the data commands: what an import did, where a backup went.
#pragma once

#include <cstdint>
#include <string>

#include "core/archive.hpp"
#include "render/json.hpp"

namespace tend::render {

/// "Imported FILE: 12 added, 1 updated, 0 deleted, 3 unchanged, 1 skipped (1 check-off
/// skipped: ...)."
[[nodiscard]] std::string import_line(const core::ImportReport& report, std::string_view source);

/// The report as JSON: source, from, added, updated, deleted, unchanged, skipped, kinds, notes.
[[nodiscard]] Json import_json(const core::ImportReport& report, std::string_view source,
                               std::string_view from);

/// "Backed up to PATH (1.2 MB)."
[[nodiscard]] std::string backup_line(const std::string& path, std::uintmax_t bytes);

/// The backup as JSON: path, bytes, at.
[[nodiscard]] Json backup_json(const std::string& path, std::uintmax_t bytes,
                               const core::Instant& at);

/// A size for people: 512 bytes, 12 KB, 3.4 MB.
[[nodiscard]] std::string human_size(std::uintmax_t bytes);

}  // namespace tend::render
