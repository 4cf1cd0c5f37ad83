// libFuzzer target: the measure parser (core::parse_measure), which reads the user's own TOML
// questionnaires. Whatever the file holds: no crash, no exception but a usage error of one clean
// line; every measure it accepts has items that each offer choices, and bands that cover each
// possible total exactly once, so that scoring any complete set of answers finds its band.
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/measure.hpp"
#include "fuzz_check.hpp"
#include "util/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        auto m = tend::core::parse_measure(text, "fuzz.toml", "");
        FUZZ_CHECK(!m.items.empty());
        FUZZ_CHECK(m.min_total() <= m.max_total());
        for (int total = m.min_total(); total <= m.max_total(); ++total) {
            const auto* band = m.band_for(total);
            FUZZ_CHECK(band != nullptr && band->min <= total && total <= band->max);
        }
        // The lowest and the highest answer to every item.
        for (bool highest : {false, true}) {
            std::vector<tend::core::ItemAnswer> answers;
            for (const auto& item : m.items) {
                FUZZ_CHECK(!item.choices.empty());
                const auto* pick = &item.choices.front();
                for (const auto& c : item.choices)
                    if (highest ? c.value > pick->value : c.value < pick->value) pick = &c;
                answers.push_back({item.key, pick->value});
            }
            auto score = m.score(answers);
            FUZZ_CHECK(score.total == (highest ? m.max_total() : m.min_total()));
            FUZZ_CHECK(m.band_for(score.total) != nullptr);
        }
    } catch (const tend::Error& e) {
        FUZZ_CHECK(e.code() == tend::Exit::usage);
        fuzz::check_one_clean_line(e.what());
    }
    return 0;
}
