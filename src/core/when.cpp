// The WHEN grammar. Pure: everything relative is computed from the clock handed in.
#include "core/when.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <string>

#include <fmt/format.h>

#include "core/validate.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace tend::core {
namespace {

using util::trim;

/// A stretch of time counted in days, or in calendar months (a year is twelve).
struct Span {
    int count = 0;
    bool months = false;
};

/// "3d", "3 d", "3 days", "2w", "2 weeks", "6mo", "6 months", "1y", "1 year" → a span, or
/// nullopt. ("m" alone is not a unit: minutes or months?)
std::optional<Span> parse_span(std::string_view s) {
    s = trim(s);
    std::size_t digits = 0;
    while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits]))) ++digits;
    if (digits == 0 || digits > 5) return std::nullopt;
    int n = 0;
    std::from_chars(s.data(), s.data() + digits, n);
    auto unit = trim(s.substr(digits));
    if (unit == "d" || unit == "day" || unit == "days") return Span{n, false};
    if (unit == "w" || unit == "wk" || unit == "week" || unit == "weeks") return Span{n * 7, false};
    // Months and years stay within what a calendar year can count; the day they reach is then
    // checked against the supported range like any other.
    if (unit == "mo" || unit == "month" || unit == "months") return Span{n, true};
    if ((unit == "y" || unit == "yr" || unit == "year" || unit == "years") && n <= 9999)
        return Span{n * 12, true};
    return std::nullopt;
}

/// The day a span after `day` (before it, for a negative sign). Months keep the day of the
/// month, or take the month's last day when it has fewer: a month before 31 March is 28 or 29
/// February.
Day shift(Day day, Span span, int sign) {
    if (!span.months) return add_days(day, sign * span.count);
    auto moved =
        std::chrono::year_month{day.year(), day.month()} + std::chrono::months{sign * span.count};
    auto last =
        std::chrono::year_month_day_last{moved.year(), std::chrono::month_day_last{moved.month()}};
    return Day{moved.year(), moved.month(), std::min(day.day(), last.day())};
}

/// A day word without a time, or nullopt.
std::optional<Day> parse_day_word(std::string_view s, const Clock& clock, Lean lean) {
    auto today = clock.today();
    if (s == "today" || s == "now") return today;
    if (s == "yesterday") return add_days(today, -1);
    if (s == "tomorrow") return add_days(today, 1);
    if (auto day = parse_day(s)) return day;
    if (auto wd = weekdays.parse(s)) {
        int diff = *wd - weekday_index(today);
        if (lean == Lean::back) return add_days(today, diff > 0 ? diff - 7 : diff);
        return add_days(today, diff < 0 ? diff + 7 : diff);
    }
    if (s.starts_with("in ")) {
        if (auto span = parse_span(s.substr(3))) return shift(today, *span, 1);
    }
    if (s.ends_with(" ago")) {
        if (auto span = parse_span(s.substr(0, s.size() - 4))) return shift(today, *span, -1);
    }
    if (s.size() > 1 && (s[0] == '+' || s[0] == '-')) {
        if (auto span = parse_span(s.substr(1))) return shift(today, *span, s[0] == '+' ? 1 : -1);
    }
    // A span alone counts the way the date looks: `--since 6mo` is six months back.
    if (auto span = parse_span(s)) return shift(today, *span, lean == Lean::back ? -1 : 1);
    return std::nullopt;
}

std::optional<When> parse(std::string_view raw, const Clock& clock, Lean lean) {
    auto s = util::to_lower(trim(raw));
    if (s.empty()) return std::nullopt;
    // 2026-11-20T18:30
    if (s.size() >= 16 && s[10] == 't') {
        auto day = parse_day(std::string_view(s).substr(0, 10));
        auto time = parse_time_of_day(std::string_view(s).substr(11));
        if (day && time) return When{*day, time};
        return std::nullopt;
    }
    if (auto time = parse_time_of_day(s)) return When{clock.today(), time};
    if (auto day = parse_day_word(s, clock, lean))
        return When{*day, std::nullopt, weekdays.parse(s).has_value()};
    // A day word followed by a time: "2026-11-20 18:30", "yesterday 21:00", "tue 17:00".
    if (auto space = s.rfind(' '); space != std::string::npos) {
        auto time = parse_time_of_day(std::string_view(s).substr(space + 1));
        auto word = trim(std::string_view(s).substr(0, space));
        auto day = parse_day_word(word, clock, lean);
        if (day && time) return When{*day, time, weekdays.parse(word).has_value()};
    }
    return std::nullopt;
}

}  // namespace

std::optional<int> parse_weekday(std::string_view name) {
    return weekdays.parse(util::to_lower(name));
}

std::string_view when_forms() {
    return "today, yesterday, tomorrow, 2026-11-20, \"2026-11-20 18:30\", 18:30, a weekday "
           "such as tue, 3d ago, -3d, in 2d or +2d (also w, mo and y: 2w, 6mo, 1y ago), any of "
           "these days with a time (\"tue 17:00\")";
}

When parse_when(std::string_view text, const Clock& clock, Lean lean, std::string_view option) {
    if (auto when = parse(text, clock, lean)) {
        // Typed, or reached by counting days from today: either way it must be storable.
        if (!in_supported_range(when->day))
            throw usage_error(fmt::format("{} must be a day {} (got {}, which is {})", option,
                                          supported_range, core::quoted(text),
                                          format_day(when->day)));
        return *when;
    }
    throw usage_error(fmt::format("{} must be a date or time: {} (got {})", option, when_forms(),
                                  core::quoted(text)));
}

Instant past_instant(std::string_view text, const Clock& clock, std::string_view option) {
    auto at = instant_for_record(parse_when(text, clock, Lean::back, option), clock);
    if (at.utc > clock.now.utc)
        throw usage_error(fmt::format("{} must not be in the future (got {}, which is {} {})",
                                      option, core::quoted(text), format_day_short(day_of(at)),
                                      format_hhmm(at)));
    return at;
}

Instant instant_for_record(const When& when, const Clock& clock) {
    if (when.time) return local_instant(when.day, *when.time);
    if (when.day == clock.today()) return clock.now;
    return local_instant(when.day, time_of(clock.now));
}

}  // namespace tend::core
