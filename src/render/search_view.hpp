// How search results look: the kind and id of each record, its day, and a snippet with the
// matched words in bold on a colour terminal, [in brackets] otherwise, **emphasised** in
// Markdown; in JSON, the plain snippet with the matched words listed.
#pragma once

#include <string>
#include <vector>

#include "core/options.hpp"
#include "core/search.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// A match as a JSON object: kind, id, (homework_id,) day, snippet, matches, rank, score.
[[nodiscard]] Json search_hit_json(const core::SearchHit& hit, std::size_t rank);

/// The results in the chosen format, best first.
[[nodiscard]] std::string search_results(const std::vector<core::SearchHit>& hits,
                                         core::Format format, const Style& style);

}  // namespace tend::render
