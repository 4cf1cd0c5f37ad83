// The summary's Measures, Goals and Across sessions sections (and the safety flags shown
// first), gathered from the store for a window.
#pragma once

#include "core/progress.hpp"
#include "core/summary.hpp"
#include "core/summary_charts.hpp"
#include "store/database.hpp"

namespace tend::cli {

/// The sections for the window, as of `today` (for homework that has not come due yet); with
/// `shared_only`, the mood figures leave private moods out.
[[nodiscard]] core::Progress gather_progress(store::Database& db, const core::SummaryWindow& window,
                                             core::Day today, bool shared_only);

/// What the HTML report's charts draw for the summary `s`: its window's moods, the homework
/// grid of its items, and each measure's results up to its end with the bands. With
/// `shared_only`, the mood chart leaves private moods out.
[[nodiscard]] core::ChartFacts gather_charts(store::Database& db, const core::Summary& s,
                                             core::Day today, bool shared_only);

}  // namespace tend::cli
