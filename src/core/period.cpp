#include "core/period.hpp"

#include <string>

#include <fmt/format.h>

#include "util/error.hpp"

namespace tend::core {
namespace {

std::string shown(const Bound& b) {
    return b.at ? format_day(b.day) + " " + format_hhmm(*b.at) : format_day(b.day);
}

}  // namespace

Period in_order(Period period) {
    if (!period.since || !period.until) return period;
    const auto& since = *period.since;
    const auto& until = *period.until;
    bool backwards = since.day > until.day || (since.day == until.day && since.at && until.at &&
                                               since.at->utc > until.at->utc);
    if (backwards)
        throw usage_error(
            fmt::format("--since ({}) must not be after --until ({})", shown(since), shown(until)));
    return period;
}

Period period_from(const std::optional<std::string>& since, const std::optional<std::string>& until,
                   const Clock& clock) {
    Period period;
    if (since) period.since = bound_of(parse_when(*since, clock, Lean::back, "--since"));
    if (until) period.until = bound_of(parse_when(*until, clock, Lean::back, "--until"));
    return in_order(period);
}

}  // namespace tend::core
