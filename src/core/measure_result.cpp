#include "core/measure_result.hpp"

#include <algorithm>

#include "util/uuid.hpp"

namespace tend::core {

MeasureResult make_result(const Measure& measure, const MeasureScore& score, const Instant& at) {
    MeasureResult r;
    r.uuid = util::new_uuid();
    r.measure = measure.name;
    r.title = measure.title;
    r.at = at;
    r.day = day_of(at);
    r.total = score.total;
    r.band = score.band;
    for (const auto& a : score.answers) {
        const auto* item = measure.item(a.item);
        if (item == nullptr) continue;
        const auto* choice = item->choice(a.value);
        bool raised = std::any_of(score.critical.begin(), score.critical.end(),
                                  [&](const CriticalAnswer& c) { return c.item == a.item; });
        r.answers.push_back(
            ResultAnswer{util::new_uuid(), item->number, a.item, a.value,
                         choice != nullptr ? choice->label : std::to_string(a.value), raised});
    }
    return r;
}

std::vector<CriticalAnswer> critical_answers(const MeasureResult& result) {
    std::vector<CriticalAnswer> out;
    for (const auto& a : result.answers)
        if (a.critical)
            out.push_back(CriticalAnswer{result.title, a.item, a.position, "", a.value, a.label});
    return out;
}

}  // namespace tend::core
