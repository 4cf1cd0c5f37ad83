#include "render/insights_words.hpp"

#include <array>
#include <cmath>

#include <fmt/format.h>

#include "core/summary.hpp"
#include "render/summary_words.hpp"
#include "util/text.hpp"

namespace tend::render::words {
namespace {

using namespace core::insight_rules;

constexpr std::array<std::string_view, 7> weekdays_short{"Mon", "Tue", "Wed", "Thu",
                                                         "Fri", "Sat", "Sun"};
constexpr std::array<std::string_view, 7> weekdays_plural{
    "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"};

/// `places` decimals, with no "-0.0".
std::string fixed(double value, int places) {
    auto text = fmt::format("{:.{}f}", value, places);
    if (text.find_first_not_of("-0.") == std::string::npos && text.front() == '-') text.erase(0, 1);
    return text;
}

/// "+0.3", "-0.4", "0.0".
std::string signed_fixed(double value, int places) {
    auto text = fixed(value, places);
    if (text.front() == '-' || text.find_first_not_of("0.") == std::string::npos) return text;
    return fmt::format("+{}", text);
}

std::string level_percent() {
    return fmt::format("{:.0f}%", core::confidence_level * 100);
}

/// "95% interval 0.6 to 2.2": of the size of a difference whose sign is clear and said in words
/// (`magnitude`: "1.4 lower"), else signed.
std::string interval_text(const core::Interval& interval, double estimate, int places,
                          bool magnitude) {
    if (magnitude && interval.excludes_zero()) {
        double low = estimate < 0 ? -interval.high : interval.low;
        double high = estimate < 0 ? -interval.low : interval.high;
        return fmt::format("{} interval {} to {}", level_percent(), fixed(low, places),
                           fixed(high, places));
    }
    return fmt::format("{} interval {} to {}", level_percent(), signed_fixed(interval.low, places),
                       signed_fixed(interval.high, places));
}

/// "On days tagged walk" and what the other side is: the sentence around the figures.
std::pair<std::string, std::string> subject(const core::Comparison& c) {
    switch (c.aspect) {
        case core::Aspect::tag:
            return {fmt::format("On days tagged {}", c.label), ""};
        case core::Aspect::weekday:
            return {fmt::format("On {}", weekdays_plural.at(static_cast<std::size_t>(c.weekday))),
                    " than on other days"};
        case core::Aspect::homework_same_day:
            return {fmt::format("On days homework {} (\"{}\") was done", c.homework_id, c.label),
                    " than on days it was due and not done"};
        case core::Aspect::homework_next_day:
            return {
                fmt::format("The day after homework {} (\"{}\") was done", c.homework_id, c.label),
                " than the day after it was not"};
    }
    return {c.label, ""};
}

std::string brief_label(const core::Comparison& c) {
    switch (c.aspect) {
        case core::Aspect::tag:
            return c.label;
        case core::Aspect::weekday:
            return std::string(short_weekday(c.weekday));
        case core::Aspect::homework_same_day:
            return fmt::format("homework {} (\"{}\") that day", c.homework_id, c.label);
        case core::Aspect::homework_next_day:
            return fmt::format("homework {} (\"{}\") the day after", c.homework_id, c.label);
    }
    return c.label;
}

}  // namespace

std::string_view short_weekday(int weekday) {
    return weekdays_short.at(static_cast<std::size_t>(weekday));
}

std::string figure(const std::optional<double>& value) {
    return value ? fixed(*value, 1) : "-";
}

std::string insights_span(const core::Insights& in) {
    // Only the days are shown: the instants are those of the days themselves.
    return window_span({in.from, in.to, core::WindowBasis::given, core::start_of(in.from),
                        core::start_of(core::add_days(in.to, 1))});
}

std::string insights_coverage(const core::Insights& in) {
    if (in.entries == 0)
        return fmt::format("No moods logged in these {}.",
                           util::plural(in.days_in_window, "day", "days"));
    return fmt::format("Moods on {} of {}, {}; each day counts once, by its mean mood.",
                       in.days_logged, util::plural(in.days_in_window, "day", "days"),
                       util::plural(in.entries, "entry", "entries"));
}

std::string too_few_to_compare(const core::Insights& in, std::string_view what) {
    return fmt::format("{} with moods: too few to compare {}; about {} are needed.",
                       util::plural(in.days_logged, "day", "days"), what, min_days);
}

std::string comparison_sentence(const core::Comparison& c) {
    if (!c.test) return comparison_brief(c);
    const auto& t = *c.test;
    auto [lead, against] = subject(c);
    auto size = fixed(std::fabs(t.difference), 1);
    auto direction = size == "0.0"
                         ? std::string("about the same")
                         : fmt::format("{} {}", size, t.difference > 0 ? "higher" : "lower");
    return fmt::format(
        "{}, mood averaged {}{} ({} against {}; {} and {} days, {} and {} entries; {}).", lead,
        direction, against, figure(c.with.mean), figure(c.without.mean), c.with.days,
        c.without.days, c.with.entries, c.without.entries,
        interval_text(t.interval, t.difference, 1, true));
}

std::string comparison_brief(const core::Comparison& c) {
    if (!c.test)
        return fmt::format("{} ({} and {} days)", brief_label(c), c.with.days, c.without.days);
    return fmt::format(
        "{} {} ({}; {} and {} days)", brief_label(c), signed_fixed(c.test->difference, 1),
        interval_text(c.test->interval, c.test->difference, 1, false), c.with.days, c.without.days);
}

std::vector<std::string> others(const std::vector<const core::Comparison*>& list) {
    std::vector<std::string> small, unclear, few;
    for (const auto* c : list) {
        switch (c->verdict) {
            case core::Verdict::finding:
                break;
            case core::Verdict::too_small:
                small.push_back(comparison_brief(*c));
                break;
            case core::Verdict::unclear:
                unclear.push_back(comparison_brief(*c));
                break;
            case core::Verdict::too_few:
                few.push_back(comparison_brief(*c));
                break;
        }
    }
    std::vector<std::string> out;
    if (!small.empty())
        out.push_back(fmt::format("Clear, but under {} points: {}.", fixed(min_difference, 1),
                                  util::join(small, ", ")));
    if (!unclear.empty())
        out.push_back(fmt::format("No clear difference (it could be chance): {}.",
                                  util::join(unclear, ", ")));
    if (!few.empty())
        out.push_back(fmt::format("Too few days to compare ({} are needed on each side): {}.",
                                  min_days_per_side, util::join(few, ", ")));
    return out;
}

std::string trend_sentence(const core::Trend& trend) {
    if (!trend.fit)
        return fmt::format("{} with moods: too few for a trend; about {} are needed.",
                           util::plural(static_cast<long>(trend.weeks.size()), "week", "weeks"),
                           min_weeks);
    const auto& fit = *trend.fit;
    if (trend.direction == core::Direction::steady)
        return fmt::format("Steady: no clear rise or fall ({} a week; {}).",
                           signed_fixed(fit.slope, 2),
                           interval_text(fit.interval, fit.slope, 2, false));
    auto span = core::days_between(trend.weeks.front().monday, trend.weeks.back().monday) / 7;
    return fmt::format(
        "Mood has been {} by about {} a week ({}): about {} points over {}.",
        trend.direction == core::Direction::rising ? "rising" : "falling",
        fixed(std::fabs(fit.slope), 2), interval_text(fit.interval, fit.slope, 2, true),
        fixed(std::fabs(trend.fitted_change()), 1), util::plural(span, "week", "weeks"));
}

std::string pattern_sentence(const core::Insights& in, const core::Pattern& p) {
    if (const auto* c = in.comparison(p)) return comparison_sentence(*c);
    return trend_sentence(in.trend);
}

std::string nothing_stands_out(const core::Insights& in) {
    if (!in.enough_to_compare)
        return fmt::format(
            "Nothing stands out yet: {} with moods in the last {}; about {} are "
            "needed to compare.",
            util::plural(in.days_logged, "day", "days"), in.days_in_window, min_days);
    return fmt::format(
        "Nothing stands out yet in the last {} (tend insights shows what was "
        "compared).",
        util::plural(in.days_in_window, "day", "days"));
}

}  // namespace tend::render::words
