// The WHEN grammar. Pure: everything relative is computed from the clock handed in.
#include "core/when.hpp"

#include <cctype>
#include <charconv>
#include <string>

#include <fmt/format.h>

#include "core/validate.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace tend::core {
namespace {

using util::trim;

/// "3d", "3 d", "3 days", "2w", "2 weeks" → a number of days, or nullopt.
std::optional<int> parse_span(std::string_view s) {
    s = trim(s);
    std::size_t digits = 0;
    while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits]))) ++digits;
    if (digits == 0 || digits > 5) return std::nullopt;
    int n = 0;
    std::from_chars(s.data(), s.data() + digits, n);
    auto unit = trim(s.substr(digits));
    if (unit == "d" || unit == "day" || unit == "days") return n;
    if (unit == "w" || unit == "week" || unit == "weeks") return n * 7;
    return std::nullopt;
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
        if (auto n = parse_span(s.substr(3))) return add_days(today, *n);
    }
    if (s.ends_with(" ago")) {
        if (auto n = parse_span(s.substr(0, s.size() - 4))) return add_days(today, -*n);
    }
    if (s.size() > 1 && (s[0] == '+' || s[0] == '-')) {
        if (auto n = parse_span(s.substr(1))) return add_days(today, s[0] == '+' ? *n : -*n);
    }
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
           "such as tue, 3d ago, -3d, in 2d or +2d, any of these days with a time (\"tue 17:00\")";
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
