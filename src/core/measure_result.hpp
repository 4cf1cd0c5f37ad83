// A measure as taken: when, the total and band it scored, and each answer with the words chosen
// and whether it raised the safety message, kept as they were so that history and the safety flag
// need no questionnaire file (the file may change or go).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/measure.hpp"

namespace tend::core {

/// One stored answer.
struct ResultAnswer {
    std::string uuid;
    int position = 0;  ///< the item's number in the measure, from 1
    std::string item;  ///< the item's key
    int value = 0;
    std::string label;      ///< the chosen answer's words
    bool critical = false;  ///< a critical item answered above its lowest value: it raised the
                            ///< safety message
};

struct MeasureResult {
    std::int64_t id = 0;
    std::string uuid;
    std::string measure;  ///< its name, e.g. "phq-9"
    std::string title;    ///< its title when taken, e.g. "PHQ-9"
    Instant at;
    Day day;
    int total = 0;
    std::string band;
    std::vector<ResultAnswer> answers;  ///< in item order
};

/// The result of a scored measure: its answers with their labels, critical marks and numbers.
[[nodiscard]] MeasureResult make_result(const Measure& measure, const MeasureScore& score,
                                        const Instant& at);

/// The answers that raised the safety message, as the safety flag names them.
[[nodiscard]] std::vector<CriticalAnswer> critical_answers(const MeasureResult& result);

}  // namespace tend::core
