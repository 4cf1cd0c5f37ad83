// `tend insights` as one JSON object: every figure and every decision, rounded for reading
// (means, differences and intervals to two decimals, p-values to three significant digits).
#include <string>

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "render/insights_view.hpp"
#include "render/insights_words.hpp"
#include "render/mood_stats_view.hpp"
#include "util/text.hpp"

namespace tend::render {
namespace {

using namespace core::insight_rules;

Json rounded(const std::optional<double>& value) {
    return value ? Json(two_decimals(*value)) : Json(nullptr);
}

double significant(double p) {
    return std::stod(fmt::format("{:.3g}", p));
}

Json interval_json(const core::Interval& interval) {
    return Json{{"low", two_decimals(interval.low)}, {"high", two_decimals(interval.high)}};
}

Json group_json(const core::Group& g) {
    return Json{
        {"days", g.days}, {"entries", g.entries}, {"mean", rounded(g.mean)}, {"sd", rounded(g.sd)}};
}

Json comparison_json(const core::Comparison& c) {
    Json out{{"aspect", core::aspect_name(c.aspect)}, {"label", c.label}};
    if (c.aspect == core::Aspect::homework_same_day || c.aspect == core::Aspect::homework_next_day)
        out["homework_id"] = c.homework_id;
    if (c.aspect == core::Aspect::weekday)
        out["weekday"] = util::to_lower(words::short_weekday(c.weekday));
    out["with"] = group_json(c.with);
    out["without"] = group_json(c.without);
    out["difference"] = c.test ? Json(two_decimals(c.test->difference)) : Json(nullptr);
    out["interval"] = c.test ? interval_json(c.test->interval) : Json(nullptr);
    out["p_value"] = c.test ? Json(significant(c.test->p_value)) : Json(nullptr);
    out["adjusted_p"] = c.adjusted_p ? Json(significant(*c.adjusted_p)) : Json(nullptr);
    out["verdict"] = core::verdict_name(c.verdict);
    return out;
}

Json comparisons_json(const std::vector<core::Comparison>& list) {
    Json out = Json::array();
    for (const auto& c : list) out.push_back(comparison_json(c));
    return out;
}

Json trend_json(const core::Trend& t) {
    Json weeks = Json::array();
    for (const auto& w : t.weeks)
        weeks.push_back(Json{{"week_of", json_day(w.monday)},
                             {"days", w.days},
                             {"entries", w.entries},
                             {"mean", two_decimals(w.mean)}});
    Json out{{"aspect", "trend"}, {"direction", core::direction_name(t.direction)}};
    out["slope"] = t.fit ? Json(two_decimals(t.fit->slope)) : Json(nullptr);
    out["interval"] = t.fit ? interval_json(t.fit->interval) : Json(nullptr);
    out["p_value"] = t.fit ? Json(significant(t.fit->p_value)) : Json(nullptr);
    out["change"] = t.fit ? Json(two_decimals(t.fitted_change())) : Json(nullptr);
    out["weeks"] = weeks;
    return out;
}

Json rules_json() {
    return Json{{"min_days", min_days},
                {"min_days_per_side", min_days_per_side},
                {"false_discovery_rate", false_discovery_rate},
                {"min_difference", min_difference},
                {"confidence_level", core::confidence_level},
                {"min_weeks", min_weeks}};
}

}  // namespace

Json pattern_json(const core::Insights& in, const core::Pattern& pattern) {
    if (const auto* c = in.comparison(pattern)) return comparison_json(*c);
    auto trend = trend_json(in.trend);
    trend.erase("weeks");
    return trend;
}

Json insights_json(const core::Insights& in) {
    Json parts = Json::array();
    for (const auto& p : in.parts)
        parts.push_back(Json{{"part", core::part_of_day_name(p.part)},
                             {"entries", p.entries},
                             {"mean", rounded(p.mean)}});
    Json patterns = Json::array();
    for (const auto& p : in.patterns) patterns.push_back(pattern_json(in, p));
    return Json{
        {"window", Json{{"since", json_day(in.from)},
                        {"until", json_day(in.to)},
                        {"days", in.days_in_window}}},
        {"days_logged", in.days_logged},
        {"entries", in.entries},
        {"enough_to_compare", in.enough_to_compare},
        {"rules", rules_json()},
        {"tests", in.tests},
        {"patterns", patterns},
        {"tags", comparisons_json(in.tags)},
        {"homework", comparisons_json(in.homework)},
        {"weekdays", comparisons_json(in.weekdays)},
        {"parts_of_day", parts},
        {"trend", trend_json(in.trend)},
    };
}

}  // namespace tend::render
