// The moods the insights read: each entry's day, time of day, score and tags, with the tags
// interned so that ten years of dense history stay small, and the parts of the day. Pure: the
// store fills it row by row.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/clock.hpp"

namespace tend::core {

/// One mood entry. Its tags are tag_ids[first_tag, first_tag + tag_count) of its history.
struct MoodPoint {
    Day day;         ///< the local day it was written on
    TimeOfDay time;  ///< the local time it was written at
    int score = 0;
    std::uint32_t first_tag = 0;
    std::uint32_t tag_count = 0;
};

/// Entries in any order, their tags as one number per use and each name once. Filled row by
/// row (a query joining moods to their tags gives one row per tag): add_entry for a new entry,
/// then add_tag for each of its tags.
struct MoodHistory {
    std::vector<MoodPoint> entries;
    std::vector<std::string> tag_names;  ///< each tag once, in order of first use
    std::vector<std::uint32_t> tag_ids;  ///< the entries' tags, as indices into tag_names

    void add_entry(Day day, TimeOfDay time, int score);
    /// A tag of the entry added last (a tag given twice counts once). Needs an entry.
    void add_tag(std::string_view tag) { add_tag_id(intern(tag)); }
    /// The tag's index into tag_names, added there on its first use.
    [[nodiscard]] std::uint32_t intern(std::string_view tag);
    /// A tag of the entry added last, as intern() gave it. Needs an entry.
    void add_tag_id(std::uint32_t id);

private:
    std::unordered_map<std::string, std::uint32_t> index_;
};

/// The parts of a day, by the local time an entry was written.
enum class PartOfDay { morning, afternoon, evening, night };
inline constexpr std::array<PartOfDay, 4> parts_of_day{PartOfDay::morning, PartOfDay::afternoon,
                                                       PartOfDay::evening, PartOfDay::night};

/// The part of day of a local time: morning 05:00-11:59, afternoon 12:00-16:59, evening
/// 17:00-21:59, night 22:00-04:59. An entry after midnight is night of the day it is on.
[[nodiscard]] PartOfDay part_of_day(TimeOfDay time);
/// "morning", "afternoon", "evening", "night".
[[nodiscard]] std::string_view part_of_day_name(PartOfDay part);

}  // namespace tend::core
