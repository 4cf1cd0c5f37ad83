// How often a goal rating or a questionnaire is asked for: at each session, or every so many
// days. Pure: the caller gathers when it was last done and when the latest session was held.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"

namespace tend::core {

struct Rhythm {
    bool each_session = false;  ///< once after each session held
    int days = 0;               ///< else every so many days (1 to 366)
    friend bool operator==(const Rhythm&, const Rhythm&) = default;
};

/// What rhythms are written as, for messages.
inline constexpr std::string_view rhythm_choices =
    "\"session\", or a number of days or weeks such as \"2 weeks\" or \"10 days\"";

/// "session", "N day(s)" or "N week(s)" (N from 1, up to a year); nullopt otherwise.
[[nodiscard]] std::optional<Rhythm> parse_rhythm(std::string_view text);

/// "each session", "every week", "every 2 weeks", "every 10 days".
[[nodiscard]] std::string rhythm_text(const Rhythm& rhythm);

/// Whether it is due now. `last`: when it was last done (nullopt: never). `since`: when the
/// thing it belongs to began (a goal's setting), if it has a beginning. `latest_held`: the
/// latest session held at or before now.
///
/// Each session: due when a session was held after it was last done and after it began.
/// Every N days: due when N days (by local calendar day) have passed since it was last done,
/// else since it began; never done and with no beginning, due at once.
[[nodiscard]] bool rhythm_due(const Rhythm& rhythm, const std::optional<Instant>& last,
                              const std::optional<Instant>& since,
                              const std::optional<Instant>& latest_held, const Clock& clock);

}  // namespace tend::core
