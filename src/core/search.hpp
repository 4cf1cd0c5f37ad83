// Full-text search as the user asks for it: plain words (each one, spaces and all, searched as
// it is written, so no character can be taken for query syntax), or raw FTS5 syntax with
// --query; and what a match looks like.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"

namespace tend::core {

/// Marks around the matched words inside a snippet; the renderer turns them into bold, [...]
/// or Markdown emphasis. Bytes that valid UTF-8 never holds, and every text is stored as valid
/// UTF-8, so no character a user can write (control characters included) reads as a mark.
inline constexpr char match_start = '\xfe';
inline constexpr char match_end = '\xff';

/// The FTS5 query for plain words: each word quoted as an FTS5 string (its quotes doubled),
/// so that a word with spaces is a phrase and `"`, `*`, `-`, `AND`, `:` are only text; all must
/// match. Empty words are dropped. With `prefix`, the last word of each also matches longer
/// words that begin with it (`walk` finds walked, walking and walks).
[[nodiscard]] std::string plain_words_query(const std::vector<std::string>& words,
                                            bool prefix = false);

/// One match.
struct SearchHit {
    std::string kind;  ///< mood, session, reflection, prep, worksheet, homework, checkoff, win
    std::int64_t id = 0;
    std::optional<std::int64_t> homework_id;  ///< for a check-off: its homework
    Day day;
    std::string snippet;      ///< the text around the matches, marked with match_start/match_end
    double score = 0;         ///< relevance (bm25, higher is better)
    bool is_private = false;  ///< a mood, win or guided entry the client marked private
};

}  // namespace tend::core
