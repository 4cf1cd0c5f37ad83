#include "core/period.hpp"

namespace tend::core {

Period period_from(std::string_view since, std::string_view until, const Clock& clock) {
    Period period;
    if (!since.empty()) period.since = bound_of(parse_when(since, clock, Lean::back, "--since"));
    if (!until.empty()) period.until = bound_of(parse_when(until, clock, Lean::back, "--until"));
    return period;
}

}  // namespace tend::core
