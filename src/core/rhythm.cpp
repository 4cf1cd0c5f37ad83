#include "core/rhythm.hpp"

#include <fmt/format.h>

#include "core/validate.hpp"
#include "util/text.hpp"

namespace tend::core {

std::optional<Rhythm> parse_rhythm(std::string_view text) {
    auto t = util::trim(text);
    if (t == "session" || t == "each session") return Rhythm{true, 0};
    auto space = t.find(' ');
    if (space == std::string_view::npos) return std::nullopt;
    auto n = parse_whole_number(t.substr(0, space));
    auto unit = util::trim(t.substr(space + 1));
    int per = 0;
    if (unit == "day" || unit == "days") per = 1;
    if (unit == "week" || unit == "weeks") per = 7;
    if (!n || per == 0 || *n < 1 || *n * per > 366) return std::nullopt;
    return Rhythm{false, static_cast<int>(*n) * per};
}

std::string rhythm_text(const Rhythm& r) {
    if (r.each_session) return "each session";
    if (r.days == 7) return "every week";
    if (r.days % 7 == 0) return fmt::format("every {} week{}", r.days / 7, r.days == 7 ? "" : "s");
    return fmt::format("every {} day{}", r.days, r.days == 1 ? "" : "s");
}

bool rhythm_due(const Rhythm& rhythm, const std::optional<Instant>& last,
                const std::optional<Instant>& since, const std::optional<Instant>& latest_held,
                const Clock& clock) {
    if (rhythm.each_session) {
        if (!latest_held) return false;
        if (last && last->utc >= latest_held->utc) return false;
        return !since || since->utc < latest_held->utc;
    }
    auto from = last ? last : since;
    if (!from) return true;
    return days_between(day_of(*from), clock.today()) >= rhythm.days;
}

}  // namespace tend::core
