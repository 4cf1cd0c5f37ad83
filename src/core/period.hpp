// A span of time given by --since/--until: each bound is a whole local day or an exact instant.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "core/when.hpp"

namespace tend::core {

/// One end of a period: a whole day (date-only WHEN) or an exact instant (WHEN with a time).
struct Bound {
    Day day;
    std::optional<Instant> at;  ///< set when a time was given
};

/// Records with `since <= record <= until`; a day bound includes the whole day.
struct Period {
    std::optional<Bound> since;
    std::optional<Bound> until;
};

/// The period of `--since` and `--until` as typed (nullopt when not given); both look back.
/// Throws a usage error naming the option for a bad WHEN (an empty one too), and in_order's.
[[nodiscard]] Period period_from(const std::optional<std::string>& since,
                                 const std::optional<std::string>& until, const Clock& clock);

/// The period unchanged if it does not end before it starts; otherwise throws a usage error
/// saying so: a window that ends before it starts is a mistake to say, not an empty listing.
Period in_order(Period period);

/// A bound from a parsed WHEN.
[[nodiscard]] inline Bound bound_of(const When& when) {
    if (when.time) return {when.day, local_instant(when.day, *when.time)};
    return {when.day, std::nullopt};
}

}  // namespace tend::core
