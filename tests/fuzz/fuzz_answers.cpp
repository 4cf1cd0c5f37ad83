// libFuzzer target: answers to a questionnaire typed on standard input
// (core::answers_from_text), against the built-in PHQ-9. Whatever the text: no crash, no
// exception but a usage error of one clean line; every answer it accepts names an item with a
// value that item offers, and scoring them either refuses with a usage error (an item answered
// twice, a required one missing) or gives a total in range from answers naming each item once.
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "core/measure.hpp"
#include "core/measure_input.hpp"
#include "core/measure_library.hpp"
#include "fuzz_check.hpp"
#include "util/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto phq = tend::core::measures().load("phq-9", "/nonexistent");
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        auto answers = tend::core::answers_from_text(phq, text);
        for (const auto& a : answers) {
            const auto* item = phq.item(a.item);
            FUZZ_CHECK(item != nullptr);
            FUZZ_CHECK(item->choice(a.value) != nullptr);
        }
        auto score = phq.score(answers);
        FUZZ_CHECK(score.total >= phq.min_total() && score.total <= phq.max_total());
        std::set<std::string> items;
        for (const auto& a : score.answers) FUZZ_CHECK(items.insert(a.item).second);
    } catch (const tend::Error& e) {
        FUZZ_CHECK(e.code() == tend::Exit::usage);
        fuzz::check_one_clean_line(e.what());
    }
    return 0;
}
