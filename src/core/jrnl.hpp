// jrnl's JSON export (`jrnl --format json`) read as journal entries: their title, body, local
// date and time, tags (with jrnl's tag symbol, such as "@walk") and star, each with a UUID
// derived from the entry, so that importing a later export finds the entries already here.
#pragma once

#include <string_view>

#include "core/archive.hpp"
#include "core/clock.hpp"

namespace tend::core {

/// The journal entries of a jrnl JSON export as an archive (the kind "journal" only), in file
/// order, created and updated `now`. An entry's UUID is jrnl's own when it has one, else one
/// derived from its date, time and title (and which of several such entries it is), so that a
/// later export with the body, tags or star edited gives the same UUID. Accepted: an object with
/// an "entries" array (a "tags" object beside it or not); each entry an object with a "title"
/// (text), a "date" (YYYY-MM-DD) and a "time" (HH:MM, local wall-clock time), and optionally a
/// "body" (text), "tags" (an array of text), "starred" (true or false) and "uuid" (text); other
/// fields are ignored. `source` names the file in errors. Throws a usage error naming the place
/// (such as `.entries[2].date`), the value and what is accepted.
[[nodiscard]] Archive read_jrnl(std::string_view text, std::string_view source, const Instant& now);

}  // namespace tend::core
