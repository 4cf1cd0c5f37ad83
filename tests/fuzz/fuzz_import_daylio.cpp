// libFuzzer target: the Daylio CSV reader (core::read_daylio). Whatever the file holds: no
// crash, no exception but a usage error of one clean line; every mood it reads has a score from
// 1 to 10.
#include <cstdint>
#include <string_view>

#include "core/daylio.hpp"
#include "fuzz_check.hpp"
#include "util/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        for (const auto& mood : tend::core::read_daylio(text, {}, "fuzz.csv")) {
            FUZZ_CHECK(mood.score >= 1 && mood.score <= 10);
        }
    } catch (const tend::Error& e) {
        FUZZ_CHECK(e.code() == tend::Exit::usage);
        fuzz::check_one_clean_line(e.what());
    }
    return 0;
}
