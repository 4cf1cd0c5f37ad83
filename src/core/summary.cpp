#include "core/summary.hpp"

namespace tend::core {

SummaryWindow default_window(std::optional<Day> last_session_day, Day today) {
    if (last_session_day && days_between(*last_session_day, today) >= 0)
        return {*last_session_day, today, WindowBasis::last_session};
    return {add_days(today, -6), today, WindowBasis::default_days};
}

}  // namespace tend::core
