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

/// The period of `--since` and `--until` as typed (empty when not given); both look back.
/// Throws a usage error naming the option for a bad WHEN.
[[nodiscard]] Period period_from(const std::string& since, const std::string& until,
                                 const Clock& clock);

/// The same for options that tell "not given" (nullopt) from "given empty" (refused).
[[nodiscard]] Period period_from(const std::optional<std::string>& since,
                                 const std::optional<std::string>& until, const Clock& clock);

/// A bound from a parsed WHEN.
[[nodiscard]] inline Bound bound_of(const When& when) {
    if (when.time) return {when.day, local_instant(when.day, *when.time)};
    return {when.day, std::nullopt};
}

}  // namespace tend::core
