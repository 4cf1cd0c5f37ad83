// Shared by the fuzz targets: a check that stops the run with a message (libFuzzer keeps the
// input that did it), and the properties every error message must have.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <utf8cpp/utf8.h>

#include "render/terminal.hpp"
#include "util/text.hpp"

/// Stops the fuzzer, naming the failed condition, when `cond` is false.
#define FUZZ_CHECK(cond)                                                                  \
    do {                                                                                  \
        if (!(cond)) {                                                                    \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            std::abort();                                                                 \
        }                                                                                 \
    } while (false)

namespace fuzz {

/// Valid UTF-8 without any character that acts on a terminal, except those in `allowed`.
inline void check_shows_safely(std::string_view text, std::string_view allowed = "") {
    FUZZ_CHECK(utf8::is_valid(text.begin(), text.end()));
    auto it = text.begin();
    while (it != text.end()) {
        auto cp = utf8::next(it, text.end());
        if (cp < 0x80 && allowed.find(static_cast<char>(cp)) != std::string_view::npos) continue;
        FUZZ_CHECK(!tend::util::acts_on_terminal(cp));
    }
}

/// An error message as main prints it: one line, safe on a terminal.
inline void check_one_clean_line(std::string_view message) {
    check_shows_safely(tend::render::sanitize(message));
}

}  // namespace fuzz
