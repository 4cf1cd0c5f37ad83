// Text helpers (util/text): above all, what counts as acting on a terminal.
#include <catch2/catch.hpp>

#include "util/text.hpp"

using tend::util::acts_on_terminal;

TEST_CASE("C0, DEL, C1 and bidirectional controls act on a terminal", "[text]") {
    for (std::uint32_t cp : {0x00u, 0x07u, 0x0au, 0x1bu, 0x1fu, 0x7fu, 0x80u, 0x9bu, 0x9fu, 0x200eu,
                             0x200fu, 0x202au, 0x202eu, 0x2066u, 0x2069u, 0x061cu})
        CHECK(acts_on_terminal(cp));
    for (std::uint32_t cp : {0x20u, 0x41u, 0x7eu, 0xa0u, 0xe9u, 0x2026u, 0x65e5u, 0x1f600u})
        CHECK_FALSE(acts_on_terminal(cp));
}
