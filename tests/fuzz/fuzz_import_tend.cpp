// libFuzzer target: the reader of tend's own export document (core::parse_archive), which
// `tend import` runs on files from elsewhere. Whatever the file holds: no crash, no exception
// but a usage error of one clean line naming the place or the JSON syntax error.
#include <cstdint>
#include <string_view>

#include "core/archive.hpp"
#include "core/clock.hpp"
#include "fuzz_check.hpp"
#include "util/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    const tend::core::Instant now{1'700'000'000, 3600};
    try {
        auto archive = tend::core::parse_archive(text, "fuzz.json", now);
        FUZZ_CHECK(archive.records.size() == tend::core::record_kinds().size());
    } catch (const tend::Error& e) {
        FUZZ_CHECK(e.code() == tend::Exit::usage);
        fuzz::check_one_clean_line(e.what());
    }
    return 0;
}
