// The export as a readable journal in Markdown: every record of every kind, day by day in time
// order, user text escaped so that it never changes the layout.
#pragma once

#include <string>

#include "core/archive.hpp"

namespace tend::render {

/// The journal: a heading per day, a list item per record (answers, steps and homework details
/// nested under theirs).
[[nodiscard]] std::string archive_journal(const core::Archive& archive);

}  // namespace tend::render
