#include "core/mood_calendar.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/validate.hpp"
#include "util/error.hpp"

namespace tend::core {
namespace {

using std::chrono::year_month;

year_month months_after(year_month month, int n) {
    return month + std::chrono::months{n};
}

Day first_day_of(year_month month) {
    return Day{month.year(), month.month(), std::chrono::day{1}};
}

Day last_day_of(year_month month) {
    return Day{
        std::chrono::year_month_day_last{month.year(), std::chrono::month_day_last{month.month()}}};
}

CalendarMonth calendar_month(year_month month) {
    CalendarMonth out;
    out.month = month;
    auto first = first_day_of(month);
    auto count = static_cast<unsigned>(last_day_of(month).day());
    out.days.resize(count);
    for (unsigned i = 0; i < count; ++i) out.days[i].day = add_days(first, static_cast<int>(i));
    // The cell of the 1st is its weekday; each later day follows it, seven to a week.
    auto lead = static_cast<std::size_t>(weekday_index(first));
    for (std::size_t cell = 0; cell < lead + out.days.size(); ++cell) {
        if (cell % 7 == 0) out.weeks.emplace_back();
        if (cell >= lead) out.weeks.back()[cell % 7] = cell - lead;
    }
    return out;
}

}  // namespace

int parse_calendar_months(std::string_view text) {
    auto value = parse_whole_number(text);
    if (!value || *value < 1 || *value > max_calendar_months)
        throw usage_error(fmt::format("--months must be a whole number from 1 to {} (got {})",
                                      max_calendar_months, core::quoted(text)));
    return static_cast<int>(*value);
}

year_month MonthSpan::last() const {
    return months_after(first, count - 1);
}

Day MonthSpan::from() const {
    return first_day_of(first);
}

Day MonthSpan::to() const {
    return last_day_of(last());
}

MonthSpan calendar_span(Day today, std::optional<int> months, bool year) {
    if (months && year) throw usage_error("give either --months or --year, not both");
    if (year) return {year_month{today.year(), std::chrono::January}, 12};
    int n = months.value_or(1);
    return {months_after(year_month{today.year(), today.month()}, 1 - n), n};
}

int rounded_mean(const DayAggregate& day) {
    // sum / entries to the nearest whole number, halves up, in integers: no floating point
    // decides whether 6.5 is 6 or 7.
    return static_cast<int>((2 * day.sum + day.entries) / (2L * day.entries));
}

MoodCalendar mood_calendar(MonthSpan span, const std::vector<DayAggregate>& days, Day today) {
    MoodCalendar cal;
    cal.span = span;
    cal.today = today;
    for (int i = 0; i < span.count; ++i)
        cal.months.push_back(calendar_month(months_after(span.first, i)));
    auto from = span.from();
    for (const auto& d : days) {
        if (d.day < from || d.day > span.to() || d.entries == 0) continue;
        auto index = (year_month{d.day.year(), d.day.month()} - span.first).count();
        auto& month = cal.months[static_cast<std::size_t>(index)];
        month.days[static_cast<unsigned>(d.day.day()) - 1] = d;
        if (d.day > today) continue;  // only from an import: the figures stop at today
        cal.totals.entries += d.entries;
        cal.totals.sum += d.sum;
        ++cal.days_logged;
    }
    if (today >= from) cal.days_so_far = days_between(from, std::min(today, span.to())) + 1;
    return cal;
}

}  // namespace tend::core
