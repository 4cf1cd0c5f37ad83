// libFuzzer target: the checks on values typed on the command line (scores, ids, tags, free
// text) and core::quoted, which shows a bad value back. Whatever the input: a value is accepted
// in range or refused with a usage error of one clean line, and a quoted value is one short line.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <utf8cpp/utf8.h>

#include "core/mood.hpp"
#include "core/validate.hpp"
#include "fuzz_check.hpp"
#include "util/error.hpp"

using namespace tend;

namespace {

template <typename F>
void refused_cleanly_or(F&& accept) {
    try {
        accept();
    } catch (const tend::Error& e) {
        FUZZ_CHECK(e.code() == tend::Exit::usage);
        fuzz::check_one_clean_line(e.what());
        // Even unsanitised, a refusal is one line: values go through quoted().
        FUZZ_CHECK(std::string_view(e.what()).find('\n') == std::string_view::npos);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);

    auto shown = core::quoted(text);
    fuzz::check_shows_safely(shown);
    FUZZ_CHECK(utf8::distance(shown.begin(), shown.end()) <= 42);

    refused_cleanly_or([&] {
        int score = core::parse_score(text);
        FUZZ_CHECK(score >= core::min_score && score <= core::max_score);
    });
    refused_cleanly_or([&] { FUZZ_CHECK(core::parse_id(text, "mood") >= 1); });
    refused_cleanly_or([&] {
        for (const auto& tag : core::normalise_tags({text})) {
            FUZZ_CHECK(!tag.empty() && tag.find(',') == std::string::npos);
            fuzz::check_shows_safely(tag);
        }
    });
    refused_cleanly_or([&] { (void)core::check_text(text, "mood note"); });
    return 0;
}
