// How measures look: the questions on a terminal, the line after one is taken, the list of
// measures and of past results in text, Markdown and JSON, and the safety message.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/measure.hpp"
#include "core/measure_result.hpp"
#include "core/options.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// What is shown before the first question: the title, its source and the stem.
[[nodiscard]] std::string measure_intro(const core::Measure& measure, const Style& style);

/// One question with its answer choices, numbered `n` of `count`.
[[nodiscard]] std::string measure_question(const core::MeasureItem& item, std::size_t n,
                                           std::size_t count, const Style& style);

/// A result as a JSON object: id, uuid, measure, title, at, day, total, band, answers.
[[nodiscard]] Json measure_result_json(const core::MeasureResult& result);

/// The safety message's lines as text, contact names made safe for a terminal; empty when
/// there are none.
[[nodiscard]] std::string safety_text(const std::vector<std::string>& lines, const Style& style);

/// How a new result compares with the one before and the first, for the acknowledgement.
struct ResultContext {
    std::optional<core::MeasureResult> previous;
    std::optional<core::MeasureResult> first;
};

/// The acknowledgement after taking a measure: the total out of its range, the band, caseness,
/// and the change since the previous result against the reliable-change threshold.
[[nodiscard]] std::string measure_taken(const core::Measure& measure,
                                        const core::MeasureResult& result,
                                        const ResultContext& before, const Style& style);

/// The JSON printed after taking a measure: the result, "is_case", "change" since the previous
/// result and since the first, and "safety" (the message's lines, empty when none).
[[nodiscard]] Json measure_taken_json(const core::Measure& measure,
                                      const core::MeasureResult& result,
                                      const ResultContext& before,
                                      const std::vector<std::string>& safety);

/// The available measures, each with when it was last taken (`latest`: one result per measure
/// at most).
[[nodiscard]] std::string measure_list(const std::vector<core::Measure>& measures,
                                       const std::vector<core::MeasureResult>& latest,
                                       core::Format format, const Style& style);

/// Past results, oldest first.
[[nodiscard]] std::string measure_history(const std::vector<core::MeasureResult>& results,
                                          core::Format format, const Style& style);

/// A change in a score with its sign: "+3", "0", "-2".
[[nodiscard]] std::string signed_number(int n);

}  // namespace tend::render
