// What the summary shows of what the client wrote in guided entries: every reflection on the
// last session, every worksheet written in the window, and each answer whole up to a length,
// cut beyond it with a pointer to the entry.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/guided.hpp"

namespace tend::core {

/// The longest answer the summary shows whole, in characters; a longer one is cut to this
/// length (its last character "…") and followed by a pointer to `tend entry show ID`.
inline constexpr std::size_t summary_answer_length = 300;

/// One answer as the summary shows it.
struct ShownAnswer {
    std::string prompt;
    std::string text;      ///< whole, or cut to summary_answer_length characters
    bool trimmed = false;  ///< the text was cut
};

/// The answers of `entry` with the one keyed `first_key` first (none: the template's order),
/// each cut to summary_answer_length characters.
[[nodiscard]] std::vector<ShownAnswer> shown_answers(const Entry& entry,
                                                     std::string_view first_key = {});

/// True if any of `answers` was cut.
[[nodiscard]] bool any_trimmed(const std::vector<ShownAnswer>& answers);

/// Worksheets: guided entries that are neither a reflection nor prep (thought records,
/// behavioural experiments, the client's own templates).
[[nodiscard]] bool is_worksheet(const Entry& entry);

}  // namespace tend::core
