// Wins: a success or a pleasant surprise, noted in a few words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"

namespace tend::core {

struct Win {
    std::int64_t id = 0;
    std::string uuid;
    Instant at;
    Day day;
    std::string text;
    bool is_private = false;  ///< kept out of the summary and of export --share
};

/// A win's text from the words typed: joined with spaces and trimmed. Throws a usage error when
/// there are no words, or the text is not valid user text.
[[nodiscard]] std::string win_text(const std::vector<std::string>& words);

}  // namespace tend::core
