// Journal entries, such as those imported from jrnl: a title, a body, a star and tags, kept
// apart from guided entries (which have a template and answers).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.hpp"

namespace tend::core {

struct JournalEntry {
    std::int64_t id = 0;
    std::string uuid;
    Instant at;
    Day day;
    std::string title;
    std::string body;
    bool starred = false;
    std::vector<std::string> tags;  ///< as written, with their tag symbol ("@walk"), sorted
};

/// What the entry is called in a list: its title, else the first line of its body.
[[nodiscard]] std::string journal_heading(const JournalEntry& entry);

}  // namespace tend::core
