// Daylio's CSV export read as moods: its columns, its default mood names and their scores, the
// 12- and 24-hour times it writes, and a deterministic UUID per entry, from its date and time,
// so that importing a later export finds the entries already here (and their edits).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/mood.hpp"
#include "core/read_progress.hpp"

namespace tend::core {

/// Mood names (folded: trimmed, ASCII lower case) and their scores, from --map NAME=SCORE.
using MoodNames = std::map<std::string, int>;

/// Daylio's five default moods: awful 2, bad 4, meh 6, good 8, rad 10.
[[nodiscard]] const MoodNames& daylio_default_moods();

/// A mood name as it is matched: surrounding space trimmed, ASCII letters in lower case.
[[nodiscard]] std::string fold_mood_name(std::string_view name);

/// One --map value, `NAME=SCORE`: the folded name and the score (1 to 10). Throws a usage
/// error naming the value otherwise.
[[nodiscard]] std::pair<std::string, int> parse_mood_mapping(std::string_view text);

/// A `time` cell as Daylio writes it: `17:01`, `5:01 PM`, `10:00 pm`, `5:01:30 a.m.`; nullopt
/// if it is none of these.
[[nodiscard]] std::optional<TimeOfDay> parse_daylio_time(std::string_view text);

/// The moods of a Daylio CSV export, oldest first, each with its UUID, local time, day (from
/// `full_date`), score, note (`note_title` and `note` joined by a line break, line breaks as
/// `\n`) and tags (the activities). `mapped` adds to or overrides the default mood names. `source`
/// names the file in errors. Throws a usage error naming the line and the problem for a malformed
/// file, and one listing every unknown mood name (with how to --map them) when some are neither
/// default nor mapped.
[[nodiscard]] std::vector<Mood> read_daylio(std::string_view text, const MoodNames& mapped,
                                            std::string_view source);

/// A Daylio export as read for an import: its moods as read_daylio gives them, and for each the
/// UUID that earlier versions of tend gave the same row (from its day, time, mood name and note),
/// so that a mood imported under that identity is found again.
struct DaylioFile {
    std::vector<Mood> moods;
    std::vector<std::string> earlier_uuids;  ///< one per mood, in the same order
};

/// Reads a Daylio export as read_daylio does, with the earlier UUIDs. `progress`, if given,
/// hears now and then how far the read has come: the text's bytes as they are read, then as
/// much again while the moods' UUIDs are made (so the whole is twice the text's size).
[[nodiscard]] DaylioFile read_daylio_file(std::string_view text, const MoodNames& mapped,
                                          std::string_view source,
                                          const ReadProgress& progress = {});

/// True if the text starts like a Daylio export (its header), for a hint when --from is missing.
[[nodiscard]] bool looks_like_daylio(std::string_view text);

}  // namespace tend::core
