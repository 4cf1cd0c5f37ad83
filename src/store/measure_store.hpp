// Measures taken, in SQLite: every statement about the measure_result and measure_answer tables.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/measure_result.hpp"
#include "core/period.hpp"
#include "store/database.hpp"

namespace tend::store {

/// Inserts a result with its answers (inside the caller's transaction); returns its id.
std::int64_t insert_measure_result(Database& db, const core::MeasureResult& result,
                                   const core::Instant& now);

/// Results within a period, oldest first, with their answers; of one measure when `measure` is
/// not empty.
[[nodiscard]] std::vector<core::MeasureResult> list_measure_results(Database& db,
                                                                    const core::Period& period,
                                                                    const std::string& measure);

/// The results taken up to a day (included), oldest first, with their answers: all of them when
/// `measure` is empty.
[[nodiscard]] std::vector<core::MeasureResult> measure_results_until(Database& db, core::Day to,
                                                                     const std::string& measure);

/// One result by id, with its answers.
[[nodiscard]] std::optional<core::MeasureResult> find_measure_result(Database& db, std::int64_t id);

/// The latest result of each measure taken, by measure name.
[[nodiscard]] std::vector<core::MeasureResult> latest_measure_results(Database& db);

}  // namespace tend::store
