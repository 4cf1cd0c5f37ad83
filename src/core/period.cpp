#include "core/period.hpp"

namespace tend::core {

Period period_from(const std::string& since, const std::string& until, const Clock& clock) {
    Period period;
    if (!since.empty()) period.since = bound_of(parse_when(since, clock, Lean::back, "--since"));
    if (!until.empty()) period.until = bound_of(parse_when(until, clock, Lean::back, "--until"));
    return period;
}

Period period_from(const std::optional<std::string>& since, const std::optional<std::string>& until,
                   const Clock& clock) {
    Period period;
    if (since) period.since = bound_of(parse_when(*since, clock, Lean::back, "--since"));
    if (until) period.until = bound_of(parse_when(*until, clock, Lean::back, "--until"));
    return period;
}

}  // namespace tend::core
