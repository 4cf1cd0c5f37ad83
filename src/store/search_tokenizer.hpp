// The words of a text as search sees them, in every script: folded (compatibility forms made
// one, case folded, accents and other diacritics dropped) so that `σοφια`, `ΣΟΦΙΑ` and `σοφία`
// are one word, and cut where a reader of the script would look for a match: a word between
// spaces in scripts that have them, each character in those that do not (Chinese, Japanese,
// Korean, Thai and their neighbours) and each emoji, so that a phrase of those characters is
// found inside a longer run. FTS5 uses it through the tokenizer `tend` (migration 7), which
// every connection of tend registers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <sqlite3.h>

namespace tend::store {

/// The name the schema gives the tokenizer (tokenize = 'tend').
inline constexpr const char* search_tokenizer_name = "tend";

/// The longest folded token, in bytes; a longer word is cut there (at a character), in the
/// text and in a query alike.
inline constexpr std::size_t max_token_bytes = 255;

/// One token: its folded text and where it stands in the original text (bytes [start, end)),
/// so that the match marks of a snippet land on the characters as they were written.
struct SearchToken {
    std::string text;
    std::size_t start = 0;
    std::size_t end = 0;
};

/// `text` folded: NFKC, full case folding, diacritical marks (Latin, Greek, Cyrillic, Hebrew
/// and Arabic points, emoji skin tones and variation selectors) removed, default-ignorable
/// characters dropped. Invalid UTF-8 bytes are dropped.
[[nodiscard]] std::string fold_for_search(std::string_view text);

/// The tokens of `text`, in order.
[[nodiscard]] std::vector<SearchToken> search_tokens(std::string_view text);

/// Adds the tokenizer to FTS5 through its API; returns an SQLite result code.
int add_search_tokenizer(fts5_api* api);

}  // namespace tend::store
