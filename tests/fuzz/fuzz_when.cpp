// libFuzzer target: the WHEN grammar (core::parse_when) and the ISO parsers behind --at, --since,
// --until and TEND_NOW. Whatever the input: no crash, no exception but a usage error whose
// message is one line without control characters, and only real days and times accepted, which
// read back to what was parsed.
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "core/period.hpp"
#include "core/when.hpp"
#include "fuzz_check.hpp"
#include "util/error.hpp"

using namespace tend::core;

namespace {

void check_when(const When& when, const Clock& clock) {
    FUZZ_CHECK(when.day.ok());
    if (when.time) {
        FUZZ_CHECK(when.time->hour >= 0 && when.time->hour <= 23);
        FUZZ_CHECK(when.time->minute >= 0 && when.time->minute <= 59);
        FUZZ_CHECK(when.time->second >= 0 && when.time->second <= 59);
    }
    auto at = instant_for_record(when, clock);
    (void)format_iso(at);
    auto bound = bound_of(when);
    FUZZ_CHECK(bound.day == when.day);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bool zone = [] {
        ::setenv("TZ", "Europe/Berlin", 1);  // a zone with daylight-saving changes
        ::tzset();
        return true;
    }();
    (void)zone;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    static const Clock clock{parse_iso("2026-11-20T08:30:00+01:00").value()};

    for (auto lean : {Lean::back, Lean::ahead}) {
        try {
            check_when(parse_when(text, clock, lean, "--at"), clock);
        } catch (const tend::Error& e) {
            FUZZ_CHECK(e.code() == tend::Exit::usage);
            fuzz::check_one_clean_line(e.what());
        }
    }
    if (auto at = parse_iso(text)) {
        auto again = parse_iso(format_iso(*at));
        FUZZ_CHECK(again && *again == *at);
    }
    if (auto at = parse_local_datetime(text)) {
        FUZZ_CHECK(day_of(*at).ok());
        (void)format_iso(*at);
    }
    if (auto day = parse_day(text)) FUZZ_CHECK(format_day(*day) == text);
    if (auto time = parse_time_of_day(text)) FUZZ_CHECK(time->hour <= 23 && time->minute <= 59);
    return 0;
}
