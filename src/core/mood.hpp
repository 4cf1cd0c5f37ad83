// A mood rating: the record, and the rules for its score and tags.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"

namespace tend::core {

struct Mood {
    std::int64_t id = 0;
    std::string uuid;
    Instant at;
    Day day;  ///< the local calendar day when it was written
    int score = 0;
    std::string note;
    std::vector<std::string> tags;  ///< normalised, sorted, unique
    bool is_private = false;        ///< kept out of the summary's text and of export --share
};

inline constexpr int min_score = 1;
inline constexpr int max_score = 10;
inline constexpr std::size_t max_tag_length = 64;

/// "1 to 10": the scores a mood takes, for messages and help.
[[nodiscard]] std::string score_range();

/// A score from its text: a whole number from 1 to 10. Throws a usage error otherwise.
[[nodiscard]] int parse_score(std::string_view text);

/// Tags from `-t` values: each split on commas, trimmed, lower-cased, de-duplicated and sorted.
/// Throws a usage error for an empty, over-long or control-character tag.
[[nodiscard]] std::vector<std::string> normalise_tags(const std::vector<std::string>& raw);

/// One tag as it is stored: trimmed and lower-cased, not split. Throws a usage error for an
/// empty, over-long or control-character tag.
[[nodiscard]] std::string normalise_tag(std::string_view tag);

/// The rule `tag` breaks once trimmed and lower-cased, as the words a message puts after "must
/// be": "1 to 64 characters without control characters"; nullopt if it can be a tag. Callers that
/// report it in their own words (a file's line, an archive's field) add their place to this.
[[nodiscard]] std::optional<std::string> tag_problem(std::string_view tag);

}  // namespace tend::core
