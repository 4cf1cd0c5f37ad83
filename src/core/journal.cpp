#include "core/journal.hpp"

namespace tend::core {

std::string journal_heading(const JournalEntry& entry) {
    if (!entry.title.empty()) return entry.title;
    return entry.body.substr(0, entry.body.find('\n'));
}

}  // namespace tend::core
