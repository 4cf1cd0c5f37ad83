// How journal entries look in their listing: text, Markdown and JSON.
#pragma once

#include <string>
#include <vector>

#include "core/journal.hpp"
#include "core/options.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// A journal entry as a JSON object: id, uuid, at, day, title, body, starred, tags.
[[nodiscard]] Json journal_entry_json(const core::JournalEntry& entry);

/// A listing of journal entries in the chosen format: id, day, time, star, title (else the
/// body's first line) and tags.
[[nodiscard]] std::string journal_list(const std::vector<core::JournalEntry>& entries,
                                       core::Format format, const Style& style);

}  // namespace tend::render
