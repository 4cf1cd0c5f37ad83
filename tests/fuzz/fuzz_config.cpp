// libFuzzer target: the config parser (core::parse_config). Whatever the file holds: no crash,
// no exception but a usage error, and every error or warning one clean line once printed.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/config.hpp"
#include "fuzz_check.hpp"
#include "util/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        auto config = tend::core::parse_config(text, "config.toml");
        for (const auto& warning : config.warnings) fuzz::check_one_clean_line(warning);
        FUZZ_CHECK(config.remind_prep_lead_hours >= 0 && config.remind_prep_lead_hours <= 336);
        FUZZ_CHECK(config.remind_mood_after.hour >= 0 && config.remind_mood_after.hour <= 23);
    } catch (const tend::Error& e) {
        FUZZ_CHECK(e.code() == tend::Exit::usage);
        fuzz::check_one_clean_line(e.what());
    }
    return 0;
}
