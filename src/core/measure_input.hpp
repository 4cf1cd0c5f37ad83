// Answers to a measure given as text on standard input: one answer a line (or several separated
// by spaces), each either KEY=N or a bare N for the next item in order.
#pragma once

#include <string_view>
#include <vector>

#include "core/measure.hpp"

namespace tend::core {

/// The answers in `text`. A bare value answers the item after the one answered last (the
/// first item at the start). Throws a usage error for a malformed answer, an unknown item, a
/// value the item does not offer, or a bare value past the last item.
[[nodiscard]] std::vector<ItemAnswer> answers_from_text(const Measure& measure,
                                                        std::string_view text);

}  // namespace tend::core
