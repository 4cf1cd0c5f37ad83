#include "core/summary_entries.hpp"

#include <algorithm>

#include "core/summary.hpp"
#include "util/text.hpp"

namespace tend::core {

std::vector<ShownAnswer> shown_answers(const Entry& entry, std::string_view first_key) {
    std::vector<ShownAnswer> out;
    for (const auto& a : answers_with_first(entry, first_key)) {
        ShownAnswer shown{a.prompt, a.text, false};
        if (util::code_point_count(a.text) > summary_answer_length) {
            shown.text = util::truncate(a.text, summary_answer_length);
            shown.trimmed = shown.text != a.text;
        }
        out.push_back(std::move(shown));
    }
    return out;
}

bool any_trimmed(const std::vector<ShownAnswer>& answers) {
    return std::any_of(answers.begin(), answers.end(),
                       [](const ShownAnswer& a) { return a.trimmed; });
}

bool is_worksheet(const Entry& entry) {
    return entry.kind != EntryKind::reflection && entry.kind != EntryKind::prep;
}

}  // namespace tend::core
