#include "core/measure_input.hpp"

#include <fmt/format.h>

#include "core/validate.hpp"
#include "util/error.hpp"

namespace tend::core {

std::vector<ItemAnswer> answers_from_text(const Measure& measure, std::string_view text) {
    std::vector<ItemAnswer> answers;
    std::size_t next = 0;  // the index of the item a bare value answers
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto end = text.find_first_of(" \t\r\n", pos);
        if (end == std::string_view::npos) end = text.size();
        auto word = text.substr(pos, end - pos);
        pos = end + 1;
        if (word.empty()) continue;
        ItemAnswer a;
        if (word.find('=') != std::string_view::npos) {
            a = measure.parse_answer(word);
        } else {
            if (next >= measure.items.size())
                throw usage_error(fmt::format("{} has {} items; the answer {} is one too many",
                                              measure.title, measure.items.size(),
                                              core::quoted(word)));
            a = measure.parse_answer(fmt::format("{}={}", measure.items[next].key, word));
        }
        for (std::size_t i = 0; i < measure.items.size(); ++i)
            if (measure.items[i].key == a.item) next = i + 1;
        answers.push_back(a);
    }
    return answers;
}

}  // namespace tend::core
