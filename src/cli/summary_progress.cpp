#include "cli/summary_progress.hpp"

#include <algorithm>
#include <cstdint>
#include <set>
#include <vector>

#include "core/measure_library.hpp"
#include "core/mood_stats.hpp"
#include "store/goal_store.hpp"
#include "store/homework_store.hpp"
#include "store/measure_store.hpp"
#include "store/mood_store.hpp"
#include "store/progress_store.hpp"
#include "store/summary_store.hpp"
#include "util/error.hpp"

namespace tend::cli {
namespace {

/// The definitions of the measures taken, where they can still be read: a file gone or broken
/// since leaves its trend without thresholds rather than failing the summary.
std::vector<core::Measure> known_measures(const std::vector<core::MeasureResult>& results) {
    std::set<std::string> names;
    for (const auto& r : results) names.insert(r.measure);
    std::vector<core::Measure> out;
    for (const auto& name : names) {
        try {
            if (auto m = core::measures().find(name)) out.push_back(*m);
        } catch (const Error&) {
        }
    }
    return out;
}

/// What load_homework_marks would read for [from, to], taken out of `all`, what it read for a
/// window holding [from, to]: the items whose days meet [from, to], by id, each with every one
/// of its check-offs, by item and day.
store::HomeworkWindow marks_within(const store::HomeworkWindow& all, core::Day from, core::Day to) {
    store::HomeworkWindow out;
    std::vector<std::int64_t> ids;  // rising, as the items are
    for (const auto& h : all.homework)
        if (!(to < h.start_day) && !(h.end_day && *h.end_day < from)) {
            out.homework.push_back(h);
            ids.push_back(h.id);
        }
    for (const auto& c : all.checkoffs)
        if (std::binary_search(ids.begin(), ids.end(), c.homework_id)) out.checkoffs.push_back(c);
    return out;
}

core::AcrossRow across_row(store::Database& db, const core::AcrossWindow& w,
                           const store::HomeworkWindow& marks,
                           const std::vector<core::MeasureResult>& results, core::Day today,
                           bool shared_only) {
    core::AcrossRow row;
    row.from = w.from;
    row.to = w.to;
    row.days = core::days_between(w.from, w.to) + 1;
    // From one session's time to the next one's, as the summaries of those windows count.
    core::SummaryWindow span{w.from, w.to, core::WindowBasis::given, w.start, w.end};
    core::Totals mood;
    for (const auto& d : store::mood_days(db, w.from, w.to, {w.start, w.end, shared_only})) {
        ++row.days_logged;
        mood.entries += d.entries;
        mood.sum += d.sum;
    }
    row.mood_mean = mood.mean();
    // Only the counts of each window: the items' marks, without their texts and steps.
    auto hw = marks_within(marks, w.from, w.to);
    for (const auto& item : core::homework_summaries(hw.homework, hw.checkoffs, span, today)) {
        row.homework_done += item.adherence.done;
        row.homework_scheduled += item.adherence.scheduled;
    }
    row.scores = core::scores_in(results, w.start, w.end);
    return row;
}

}  // namespace

core::Progress gather_progress(store::Database& db, const core::SummaryWindow& window,
                               core::Day today, bool shared_only) {
    core::Progress p;
    auto results = store::measure_results_until(db, window.to, "");
    p.safety = core::safety_flags(results, window.from, window.to);
    p.measures = core::measure_trends(results, known_measures(results));
    p.goals = core::goal_progress(store::goals_in_window(db, window.from, window.to), window.to);
    auto sessions = store::held_session_times(db, window.end, core::max_across_rows);
    p.across_by_session = !sessions.empty();
    auto windows = core::across_windows(sessions, window.to, window.end);
    if (windows.empty()) return p;
    // The items' marks are read once for all the rows (each row's read walked every check-off
    // of the history again), and each row takes its own window's part.
    auto first = windows.front().from, last = windows.front().to;
    for (const auto& w : windows) {
        first = std::min(first, w.from);
        last = std::max(last, w.to);
    }
    auto marks = store::load_homework_marks(db, first, last);
    for (const auto& w : windows)
        p.across.push_back(across_row(db, w, marks, results, today, shared_only));
    return p;
}

core::ChartFacts gather_charts(store::Database& db, const core::Summary& s, core::Day today,
                               bool shared_only) {
    core::ChartFacts facts;
    core::Period period{core::Bound{s.window.from, std::nullopt},
                        core::Bound{s.window.to, std::nullopt}};
    // Each mood is a dot on a chart by day; a window long enough to be drawn by week is drawn
    // from the days' figures alone, and years of moods are not read again for nothing.
    if (!core::shown_by_week(s.mood.days_in_window)) {
        facts.moods = store::list_moods(db, period);
        std::erase_if(facts.moods, [&](const core::Mood& m) {
            return !s.window.holds(m.at) || (shared_only && m.is_private);
        });
    }
    std::vector<core::Homework> items;
    for (const auto& h : s.homework) items.push_back(h.homework);
    auto hw = store::load_homework_window(db, s.window.from, s.window.to);
    facts.homework = core::homework_grid(items, hw.checkoffs, s.window.from, s.window.to, today);
    auto results = store::measure_results_until(db, s.window.to, "");
    facts.measures = core::measure_series(results, known_measures(results));
    return facts;
}

}  // namespace tend::cli
