// libFuzzer target: the jrnl JSON reader (core::read_jrnl). Whatever the file holds: no crash,
// no exception but a usage error of one clean line; every entry it reads is a journal record
// with a UUID and a day.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/jrnl.hpp"
#include "fuzz_check.hpp"
#include "util/error.hpp"
#include "util/uuid.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        auto archive = tend::core::read_jrnl(text, "fuzz.json", {1'795'000'000, 3600});
        for (const auto& r : archive.records[tend::core::kind_index("journal")]) {
            FUZZ_CHECK(tend::util::is_uuid(std::get<std::string>(r.values.at(0))));
            FUZZ_CHECK(std::get<std::string>(r.values.at(2)).size() == 10);
        }
    } catch (const tend::Error& e) {
        FUZZ_CHECK(e.code() == tend::Exit::usage);
        fuzz::check_one_clean_line(e.what());
    }
    return 0;
}
