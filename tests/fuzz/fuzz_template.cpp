// libFuzzer target: the template parser (core::parse_template), which reads the user's own TOML
// templates. Whatever the file holds: no crash, no exception but a usage error of one clean line,
// and every template it accepts has prompts, each with a question and a key no other has.
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "core/template.hpp"
#include "fuzz_check.hpp"
#include "util/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        auto t = tend::core::parse_template(text, "fuzz.toml", "");
        FUZZ_CHECK(!t.prompts.empty());
        std::set<std::string> keys;
        for (const auto& p : t.prompts) {
            FUZZ_CHECK(!p.key.empty() && !p.question.empty());
            FUZZ_CHECK(keys.insert(p.key).second);
            FUZZ_CHECK(t.prompt(p.key) == &p);
        }
    } catch (const tend::Error& e) {
        FUZZ_CHECK(e.code() == tend::Exit::usage);
        fuzz::check_one_clean_line(e.what());
    }
    return 0;
}
