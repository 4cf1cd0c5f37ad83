#include "core/summary.hpp"

#include <algorithm>

namespace tend::core {

SummaryWindow default_window(std::optional<Day> last_session_day, Day today) {
    if (last_session_day && days_between(*last_session_day, today) >= 0)
        return {*last_session_day, today, WindowBasis::last_session};
    return {add_days(today, -6), today, WindowBasis::default_days};
}

Gaps Summary::gaps() const {
    Gaps g;
    g.days_without_mood = mood.days_missing();
    for (const auto& h : homework)
        if (h.adherence.scheduled > 0 && h.adherence.done == 0 && h.adherence.skipped == 0)
            g.never_checked.push_back(h.homework);
    g.reflection_missing = last_session.has_value() && !reflection.has_value();
    g.prep_missing = !prep.has_value();
    return g;
}

std::vector<HomeworkSummary> homework_summaries(const std::vector<Homework>& homework,
                                                const std::vector<Checkoff>& checkoffs, Day from,
                                                Day to, Day today) {
    std::vector<HomeworkSummary> out;
    for (const auto& h : homework) {
        HomeworkSummary s{h, adherence_for(h, checkoffs, from, to, today), {}};
        for (const auto& c : checkoffs)
            if (c.homework_id == h.id && c.status == CheckoffStatus::skipped && c.day >= from &&
                c.day <= to)
                s.skips.push_back(c);
        std::sort(s.skips.begin(), s.skips.end(),
                  [](const Checkoff& a, const Checkoff& b) { return a.day < b.day; });
        out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const HomeworkSummary& a, const HomeworkSummary& b) {
        return a.homework.id < b.homework.id;
    });
    return out;
}

std::vector<Answer> answers_with_first(const Entry& entry, std::string_view key) {
    std::vector<Answer> out;
    for (const auto& a : entry.answers)
        if (a.key == key) out.push_back(a);
    for (const auto& a : entry.answers)
        if (a.key != key) out.push_back(a);
    return out;
}

}  // namespace tend::core
