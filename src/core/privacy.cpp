#include "core/privacy.hpp"

#include <algorithm>

namespace tend::core {

void leave_out_private(Summary& summary, int private_moods, const Privacy& privacy) {
    summary.private_left_out = 0;
    if (privacy.include) return;
    int left_out = private_moods;
    auto drop = [&left_out](auto& list) {
        left_out += static_cast<int>(
            std::erase_if(list, [](const auto& record) { return record.is_private; }));
    };
    auto reflections = summary.reflections.size();
    drop(summary.reflections);
    if (summary.reflections.size() < reflections) summary.private_reflection = true;
    drop(summary.worksheets);
    drop(summary.wins);
    if (summary.prep && summary.prep->is_private) {
        summary.prep.reset();
        summary.private_prep = true;
        ++left_out;
    }
    summary.private_left_out = left_out;
}

std::size_t leave_out_private(Archive& archive) {
    std::size_t left_out = 0;
    const auto& kinds = record_kinds();
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        const auto& fields = kinds[k].fields;
        auto flag = std::find_if(fields.begin(), fields.end(), [](const Field& f) {
            return f.type == FieldType::flag && f.name == "private";
        });
        if (flag == fields.end()) continue;
        auto at = static_cast<std::size_t>(flag - fields.begin());
        left_out += std::erase_if(archive.records[k], [at](const Record& r) {
            const auto* n = std::get_if<std::int64_t>(&r.values[at]);
            return n != nullptr && *n != 0;
        });
    }
    return left_out;
}

}  // namespace tend::core
